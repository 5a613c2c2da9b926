/**
 * The handler table: one handler per command name (a command without one does not compile), and
 * the single entry point every front end (chat, digest, terminal) uses to answer a parsed command.
 */
import { handleAlertExclude, handleAlertInclude, handleAlertLanguage, handleAlertList, handleAlertRemove, handleAlertSet, handleAlertSnooze } from './alert-handlers.js';
import type { ParsedCommand, TableCommand } from './command.js';
import { handleCopilotInactive, handleCopilotSummary, handleCopilotTrend, handleCopilotUsers } from './copilot-handlers.js';
import {
  handleDigestLanguage,
  handleDigestPreview,
  handleDigestRunNow,
  handleDigestStatus,
  handleDigestSubscribe,
  handleDigestUnsubscribe,
} from './digest-handlers.js';
import { errorReply } from './error-reply.js';
import { handleGrouped, isGroupedCommand } from './grouped-answers.js';
import { handleCopilotLicenses } from './licence-handler.js';
import { handleExport } from './export-handler.js';
import type { CommandOrigin, ConversationKind, Handler, HandlerDeps, HandlerTable } from './handler-context.js';
import { handleHelp, handleStatus, helpReply, refusalReply } from './info-handlers.js';
import { handleActivations, handleGroups, handleGroupsInactive } from './office-handlers.js';
import { handleOverview } from './overview-handler.js';
import { handleReportCommand } from './report-command-handler.js';
import { TABLE_COMMAND_NAMES, type TableCommandName } from './report-commands.js';
import type { Reply } from './reply.js';

/** The report command table's commands: one handler answers them all from their entries. */
const TABLE_HANDLERS = Object.fromEntries(TABLE_COMMAND_NAMES.map((name) => [name, handleReportCommand])) as {
  readonly [K in TableCommandName]: Handler<Extract<TableCommand, { name: K }>>;
};

/** Every command's handler, chosen by name. */
export const handlers: HandlerTable = {
  ...TABLE_HANDLERS,
  'copilot-summary': handleCopilotSummary,
  'copilot-users': handleCopilotUsers,
  'copilot-inactive': handleCopilotInactive,
  'copilot-trend': handleCopilotTrend,
  'copilot-licenses': handleCopilotLicenses,
  activations: handleActivations,
  groups: handleGroups,
  'groups-inactive': handleGroupsInactive,
  export: handleExport,
  help: handleHelp,
  status: handleStatus,
  overview: handleOverview,
  'digest-subscribe': handleDigestSubscribe,
  'digest-unsubscribe': handleDigestUnsubscribe,
  'digest-status': handleDigestStatus,
  'digest-preview': handleDigestPreview,
  'digest-run-now': handleDigestRunNow,
  'digest-language': handleDigestLanguage,
  'alert-set': handleAlertSet,
  'alert-list': handleAlertList,
  'alert-remove': handleAlertRemove,
  'alert-snooze': handleAlertSnooze,
  'alert-exclude': handleAlertExclude,
  'alert-include': handleAlertInclude,
  'alert-language': handleAlertLanguage,
};

/**
 * Dispatches through the table; every failure (ReportRequestError, GraphReportError, ReportDataError, anything else) becomes an 'error' view reply — never throws.
 * `origin` (where and by whom, filled by the bot) is what the `digest …` and `alert …` commands need; report commands ignore it.
 */
export async function handleCommand(parsed: ParsedCommand, conversation: ConversationKind, deps: HandlerDeps, origin: CommandOrigin = {}): Promise<Reply> {
  const { command, delivery } = parsed;
  // Commands are parsed at the edge, but a value built elsewhere (e.g. a stored digest) may not be one.
  if (!Object.hasOwn(handlers, command.name)) return helpReply(deps.copilotApi, { overview: deps.overview !== undefined });
  const handler = handlers[command.name] as Handler<typeof command>;
  const context = { ...origin, conversation, delivery };
  try {
    // `by <attribute>` is one answer for every command that takes it.
    if (isGroupedCommand(command)) return await handleGrouped(command, context, deps);
    return await handler(command, context, deps);
  } catch (error) {
    // The reply says what went wrong; the log keeps only what is safe: the command and the error's kind.
    const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
    deps.logger?.warn('command failed', { command: command.name, error: error instanceof Error ? error.name : typeof error, code });
    return errorReply(error, parsed);
  }
}

export { helpReply, refusalReply };
