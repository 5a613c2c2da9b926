/**
 * Turns any failure while answering a command into the error view: the report layer's own message
 * (written for admins) with the Graph request it names replaced by the command asked, its code, when
 * to retry, and what to do next. Anything unexpected becomes a generic message: raw error text may
 * carry report data or internals, and is never shown.
 */
import { describeRequest } from '../reports/graph-error-response.js';
import { DirectoryJoinError, GraphReportError, ReportDataError, ReportRequestError } from '../reports/report-errors.js';
import { isReportCommand, type Command, type ParsedCommand, type ReportCommand } from './command.js';
import { formatCommand } from './parse.js';
import type { Reply } from './reply.js';
import type { CommandAction } from '../view-models.js';

/** The code of a failure the report layer did not describe. */
export const INTERNAL_ERROR_CODE = 'INTERNAL';

type Remedy = 'fix-input' | 'retry' | 'fix-access';

const KNOWN: Readonly<Record<string, { readonly title: string; readonly remedy: Remedy }>> = {
  // Refused before Graph was asked.
  UNKNOWN_REPORT: { title: 'Unknown report', remedy: 'fix-input' },
  BAD_PERIOD: { title: 'Period not available', remedy: 'fix-input' },
  BAD_DATE: { title: 'Not a date', remedy: 'fix-input' },
  DATE_OUT_OF_RANGE: { title: 'Date out of range', remedy: 'fix-input' },
  UNSUPPORTED_PARAMETER: { title: 'Parameter not supported', remedy: 'fix-input' },
  BUDGET_EXHAUSTED: { title: 'Graph request budget used up', remedy: 'retry' },
  SHARED_FETCH_TIMEOUT: { title: 'The report is still being fetched', remedy: 'retry' },
  STORAGE_UNAVAILABLE: { title: 'The bot\'s storage could not be reached', remedy: 'retry' },
  // Microsoft Graph's answers.
  UNAUTHORIZED: { title: 'Microsoft Graph rejected the bot\'s credentials', remedy: 'fix-access' },
  FORBIDDEN: { title: 'The bot may not read usage reports', remedy: 'fix-access' },
  LICENSE_FORBIDDEN: { title: 'The bot may not read licence counts', remedy: 'fix-access' },
  DIRECTORY_FORBIDDEN: { title: 'The bot may not read the directory\'s users', remedy: 'fix-access' },
  // Joining the reports to the directory.
  NAMES_CONCEALED: { title: 'Names are concealed in the usage reports', remedy: 'fix-access' },
  UNKNOWN_VALUE: { title: 'No user has that value', remedy: 'fix-input' },
  TOKEN: { title: 'No access token for Microsoft Graph', remedy: 'fix-access' },
  // Graph's 400 is a parameter it does not take (a date it has no data for, a period of the other report version).
  BAD_REQUEST: { title: 'Microsoft Graph did not accept the period or date', remedy: 'fix-input' },
  NOT_FOUND: { title: 'Report not found in Microsoft Graph', remedy: 'fix-access' },
  THROTTLED: { title: 'Microsoft Graph is throttling the bot', remedy: 'retry' },
  UNAVAILABLE: { title: 'Microsoft Graph is unavailable', remedy: 'retry' },
  DOWNLOAD_FAILED: { title: 'The report download failed', remedy: 'retry' },
  NETWORK: { title: 'Microsoft Graph could not be reached', remedy: 'retry' },
  UNEXPECTED_RESPONSE: { title: 'Unexpected answer from Microsoft Graph', remedy: 'retry' },
  // The data itself.
  MALFORMED_CSV: { title: 'The report could not be read', remedy: 'retry' },
  MALFORMED_JSON: { title: 'The report could not be read', remedy: 'retry' },
  MISSING_COLUMN: { title: 'The report could not be read', remedy: 'retry' },
  BAD_VALUE: { title: 'The report could not be read', remedy: 'retry' },
};

/** The error view for a failure while answering `parsed`. */
export function errorReply(error: unknown, parsed: ParsedCommand): Reply {
  const { command, delivery } = parsed;
  const retry: CommandAction = { title: 'Try again', command: formatCommand(command), ...(delivery === 'private' ? { delivery } : {}) };
  const known = describeKnown(error, `"${formatCommand(command)}"`);
  if (!known) {
    return errorView({
      code: INTERNAL_ERROR_CODE,
      title: 'Something went wrong',
      message: `The bot could not answer "${formatCommand(command)}" because of an unexpected problem on its side. Try again; if it keeps happening, tell whoever runs the bot.`,
      actions: [retry, { title: 'Help', command: 'help' }],
    });
  }
  const { code, message, retryAt } = known;
  const { title, remedy } = KNOWN[code] ?? { title: 'The report could not be fetched', remedy: 'retry' };
  const actions: CommandAction[] =
    error instanceof DirectoryJoinError
      ? joinActions(error, command)
      : remedy === 'fix-input'
      ? [...defaultPeriodAction(command), { title: 'Help', command: 'help' }]
      : remedy === 'fix-access'
        ? [retry, { title: 'Status', command: 'status' }]
        : [retry, ...(retryAt !== undefined ? [{ title: 'Status', command: 'status' }] : [])];
  return errorView({ code, title, message, ...(retryAt !== undefined ? { retryAt } : {}), actions });
}

function describeKnown(error: unknown, asked: string): { code: string; message: string; retryAt?: string } | undefined {
  if (error instanceof GraphReportError) {
    const retryAt = toIso(error.retryAt);
    // The Graph URL is for the log; the admin knows the request as the command they typed.
    const what = /\/users(?:\/|\?|$)/.test(error.request.url) ? 'the directory\'s users' : 'the report';
    const message = error.message.split(describeRequest(error.request)).join(`${what} for ${asked}`);
    return { code: error.code, message: error.code === 'BAD_REQUEST' ? badInputMessage(message) : message, ...(retryAt !== undefined ? { retryAt } : {}) };
  }
  if (error instanceof ReportRequestError) {
    const retryAt = toIso(error.retryAt);
    return { code: error.code, message: error.message, ...(retryAt !== undefined ? { retryAt } : {}) };
  }
  if (error instanceof ReportDataError || error instanceof DirectoryJoinError) return { code: error.code, message: error.message };
  return undefined;
}

/** Graph's own words on a refused parameter, then what the admin can change (not a permission: 400 is never one). */
function badInputMessage(message: string): string {
  const said = /Graph said: (.*)\)\. /.exec(message)?.[1];
  return (
    `Microsoft Graph did not accept the period or date of this request${said ? `: ${said}` : ''}. ` +
    'Ask for a period the report offers, or for groups a day within the last 28 days up to the report\'s refresh date.'
  );
}

function toIso(epochMs: number | undefined): string | undefined {
  return epochMs !== undefined && Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : undefined;
}

/** For a refused period or date: the same command (or its csv) with the report's default period. */
function defaultPeriodAction(command: Command): CommandAction[] {
  const asked = command.name === 'export' ? command.target : command;
  if (!('period' in asked || 'date' in asked)) return [];
  const plain = { name: asked.name } as Command;
  const retry: Command = command.name === 'export' && isReportCommand(plain) ? { name: 'export', target: plain } : plain;
  return [{ title: 'Use the default period', command: formatCommand(retry) }];
}

/**
 * After a join refused: for a filter value no user has, the same command with each of the closest values;
 * for concealed names, the command without its directory part (which needs no names).
 */
function joinActions(error: DirectoryJoinError, command: Command): CommandAction[] {
  const asked = command.name === 'export' ? command.target : command;
  const wrap = (target: ReportCommand): Command => (command.name === 'export' ? { name: 'export', target } : target);
  if (error.unknown && 'filters' in asked) {
    const { filter, closest } = error.unknown;
    const others = (asked.filters ?? []).filter((each) => each.attribute !== filter.attribute);
    return closest.map((value) => ({ title: value, command: formatCommand(wrap({ ...asked, filters: [...others, { attribute: filter.attribute, value }] })) }));
  }
  if (!isReportCommand(asked)) return [{ title: 'Help', command: 'help' }];
  const { by: _by, filters: _filters, ...plain } = asked as ReportCommand & { by?: unknown; filters?: unknown };
  return [{ title: 'Without grouping or filters', command: formatCommand(wrap(plain)) }, { title: 'Help', command: 'help' }];
}

function errorView(model: { code: string; title: string; message: string; retryAt?: string; actions: CommandAction[] }): Reply {
  return { messages: [{ view: 'error', model }] };
}
