/**
 * What a handler may know about the question besides the command itself, and what it may use.
 * No TurnContext: the same handlers serve Teams, the weekly digest and the terminal.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { ReportService } from '../reports/report-service.js';
import type { CopilotReportApi } from '../reports/report-request.js';
import type { Command, Delivery } from './command.js';
import type { Reply } from './reply.js';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

export type HandlerContext = {
  /** Per-user rows are answered only in `personal`; elsewhere aggregates and a private offer. */
  readonly conversation: ConversationKind;
  readonly delivery: Delivery;
};

export type HandlerDeps = {
  readonly reports: ReportService;
  readonly clock: Clock;
  readonly copilotApi: CopilotReportApi;
  /** How many rows a list view carries at most (cards must stay well under 40 KB). */
  readonly rowLimit: number;
  /** Failures that become error replies are logged here (name and code only, never data). */
  readonly logger?: Logger;
};

export type Handler<C extends Command> = (command: C, context: HandlerContext, deps: HandlerDeps) => Promise<Reply>;

/** One handler per command name: a command without a handler is a compile error. */
export type HandlerTable = { readonly [K in Command['name']]: Handler<Extract<Command, { name: K }>> };
