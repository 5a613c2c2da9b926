/**
 * Turns any failure while answering a command into the error view: the report layer's own message
 * (written for admins) with the Graph request it names replaced by the command asked, its code, when
 * to retry, and what to do next. Anything unexpected becomes a generic message: raw error text may
 * carry report data or internals, and is never shown.
 */
import { phrase, type Phrase } from '../i18n/message-types.js';
import {
  DirectoryJoinError,
  GraphReportError,
  ReportDataError,
  ReportRequestError,
  type DirectoryJoinErrorCode,
  type GraphReportErrorCode,
  type ReportRequestErrorCode,
} from '../reports/report-errors.js';
import { isReportCommand, type Command, type ParsedCommand, type ReportCommand } from './command.js';
import { formatCommand } from './parse.js';
import type { Reply } from './reply.js';
import type { CommandAction, ViewModels } from '../view-models.js';

/** The code of a failure the report layer did not describe. */
export const INTERNAL_ERROR_CODE = 'INTERNAL';

type Remedy = 'fix-input' | 'retry' | 'fix-access';

const REMEDIES: Readonly<Record<string, Remedy>> = {
  // Refused before Graph was asked.
  UNKNOWN_REPORT: 'fix-input',
  BAD_PERIOD: 'fix-input',
  BAD_DATE: 'fix-input',
  DATE_OUT_OF_RANGE: 'fix-input',
  UNSUPPORTED_PARAMETER: 'fix-input',
  BUDGET_EXHAUSTED: 'retry',
  SHARED_FETCH_TIMEOUT: 'retry',
  STORAGE_UNAVAILABLE: 'retry',
  // Microsoft Graph's answers; its 400 is a parameter it does not take (a date it has no data for, a period of the other report version).
  UNAUTHORIZED: 'fix-access',
  FORBIDDEN: 'fix-access',
  LICENSE_FORBIDDEN: 'fix-access',
  DIRECTORY_FORBIDDEN: 'fix-access',
  TOKEN: 'fix-access',
  BAD_REQUEST: 'fix-input',
  NOT_FOUND: 'fix-access',
  // Joining the reports to the directory.
  NAMES_CONCEALED: 'fix-access',
  UNKNOWN_VALUE: 'fix-input',
};

/** The data itself could not be read: one title for all of these. */
const UNREADABLE: ReadonlySet<string> = new Set(['MALFORMED_CSV', 'MALFORMED_JSON', 'MISSING_COLUMN', 'BAD_VALUE']);

/** The report failures with a title of their own (each has `errorTitle.<code>` in the catalogs). */
const TITLED = [
  ...(['UNKNOWN_REPORT', 'BAD_PERIOD', 'BAD_DATE', 'DATE_OUT_OF_RANGE', 'UNSUPPORTED_PARAMETER', 'BUDGET_EXHAUSTED', 'SHARED_FETCH_TIMEOUT', 'STORAGE_UNAVAILABLE'] as const),
  ...(['UNAUTHORIZED', 'FORBIDDEN', 'LICENSE_FORBIDDEN', 'DIRECTORY_FORBIDDEN', 'TOKEN', 'BAD_REQUEST', 'NOT_FOUND', 'THROTTLED', 'UNAVAILABLE', 'DOWNLOAD_FAILED', 'NETWORK', 'UNEXPECTED_RESPONSE'] as const),
  ...(['NAMES_CONCEALED', 'UNKNOWN_VALUE'] as const),
] satisfies readonly (ReportRequestErrorCode | GraphReportErrorCode | DirectoryJoinErrorCode)[];

/** The title of an error card for a report failure with `code`. */
function titleOf(code: string): Phrase {
  if (UNREADABLE.has(code)) return phrase('errorTitle.unreadableReport');
  const titled = TITLED.find((candidate) => candidate === code);
  return titled !== undefined ? phrase(`errorTitle.${titled}`) : phrase('errorTitle.fetchFailed');
}

/** The error view for a failure while answering `parsed`. */
export function errorReply(error: unknown, parsed: ParsedCommand): Reply {
  const { command, delivery } = parsed;
  const asked = formatCommand(command);
  const retry: CommandAction = { title: phrase('action.tryAgain'), command: asked, ...(delivery === 'private' ? { delivery } : {}) };
  const help: CommandAction = { title: phrase('action.help'), command: 'help' };
  const status: CommandAction = { title: phrase('action.status'), command: 'status' };
  const known = describeKnown(error, asked);
  if (!known) {
    return errorView({ code: INTERNAL_ERROR_CODE, title: phrase('errorTitle.INTERNAL'), message: phrase('errorMessage.internal', { command: asked }), actions: [retry, help] });
  }
  const { code, message, retryAt } = known;
  const remedy = REMEDIES[code] ?? 'retry';
  const actions: CommandAction[] =
    error instanceof DirectoryJoinError
      ? joinActions(error, command, help)
      : remedy === 'fix-input'
        ? [...defaultPeriodAction(command), help]
      : remedy === 'fix-access'
        ? [retry, status]
        : [retry, ...(retryAt !== undefined ? [status] : [])];
  return errorView({ code, title: titleOf(code), message, ...(retryAt !== undefined ? { retryAt } : {}), actions });
}

/** The failure's code, what to say about it (worded from its code where the report layer gave no phrase) and when to retry. */
function describeKnown(error: unknown, command: string): { code: string; message: Phrase; retryAt?: string } | undefined {
  if (error instanceof GraphReportError) {
    const retryAt = toIso(error.retryAt);
    // The Graph URL is for the log; the admin knows the request as the command they typed.
    const message = error.code === 'BAD_REQUEST' ? badInputMessage(error.message) : phrase(`errorMessage.${error.code}`, { command });
    return { code: error.code, message, ...(retryAt !== undefined ? { retryAt } : {}) };
  }
  if (error instanceof ReportRequestError) {
    const retryAt = toIso(error.retryAt);
    const message =
      error.phrase ??
      (error.code === 'SHARED_FETCH_TIMEOUT' || error.code === 'STORAGE_UNAVAILABLE' ? phrase(`errorMessage.${error.code}`, { command }) : phrase('errorMessage.internal', { command }));
    return { code: error.code, message, ...(retryAt !== undefined ? { retryAt } : {}) };
  }
  if (error instanceof ReportDataError) return { code: error.code, message: phrase('errorMessage.unreadableReport', { command, code: error.code, line: error.line ?? 0 }) };
  if (error instanceof DirectoryJoinError) return { code: error.code, message: error.phrase };
  return undefined;
}

/** Graph's own words on a refused parameter, then what the admin can change (not a permission: 400 is never one). */
function badInputMessage(message: string): Phrase {
  const said = /Graph said: (.*)\)\. /.exec(message)?.[1];
  return said ? phrase('errorMessage.badRequestSaid', { said }) : phrase('errorMessage.badRequest');
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
  return [{ title: phrase('action.useDefaultPeriod'), command: formatCommand(retry) }];
}

/**
 * After a join refused: for a filter value no user has, the same command with each of the closest values;
 * for concealed names, the command without its directory part (which needs no names).
 */
function joinActions(error: DirectoryJoinError, command: Command, help: CommandAction): CommandAction[] {
  const asked = command.name === 'export' ? command.target : command;
  const wrap = (target: ReportCommand): Command => (command.name === 'export' ? { name: 'export', target } : target);
  if (error.unknown && 'filters' in asked) {
    const { filter, closest } = error.unknown;
    const others = (asked.filters ?? []).filter((each) => each.attribute !== filter.attribute);
    return closest.map((value) => ({ title: phrase('action.value', { value }), command: formatCommand(wrap({ ...asked, filters: [...others, { attribute: filter.attribute, value }] })) }));
  }
  if (!isReportCommand(asked)) return [help];
  const { by: _by, filters: _filters, ...plain } = asked as ReportCommand & { by?: unknown; filters?: unknown };
  return [{ title: phrase('action.withoutGrouping'), command: formatCommand(wrap(plain)) }, help];
}

function errorView(model: ViewModels['error']): Reply {
  return { messages: [{ view: 'error', model }] };
}
