/**
 * What a handler may know about the question besides the command itself, and what it may use.
 * No TurnContext: the same handlers serve Teams, the weekly digest and the terminal.
 */
import type { ConversationKind, OverviewRow } from '../view-models.js';
import type { EveryCustomer } from './alert-fan-out.js';
import type { Clock } from '../clock.js';
import type { DigestComposer } from '../digest/digest-composer.js';
import type { DigestRunner } from '../digest/digest-runner.js';
import type { ConversationRef } from '../digest/subscription.js';
import type { Logger } from '../logger.js';
import type { LicenceSettings } from '../reports/copilot-licences.js';
import type { ReportService } from '../reports/report-service.js';
import type { CopilotReportApi } from '../reports/report-request.js';
import type { StateStore } from '../store/state-store.js';
import type { Command, Delivery } from './command.js';
import type { Reply } from './reply.js';

export type { ConversationKind };

/**
 * Where a command was asked and by whom, as the `digest …` commands need it. The bot fills it from the
 * activity; the terminal has none of it.
 */
export type CommandOrigin = {
  /** The conversation asked in (a channel's root, never a thread), for subscribing it to the digest. */
  readonly conversationRef?: ConversationRef;
  /** Microsoft Entra object id of the asker, kept on subscriptions and run-now records (never shown). */
  readonly requestedBy?: string;
  /** The asker's Teams locale, kept on a subscription for its digest's number and date formats. */
  readonly locale?: string;
};

export type HandlerContext = CommandOrigin & {
  /** Per-user rows are answered only in `personal`; elsewhere aggregates and a private offer. */
  readonly conversation: ConversationKind;
  readonly delivery: Delivery;
};

/** What the `digest …` commands work with: subscriptions in the store, the composer and the runner's run-now. */
export type DigestHandlerDeps = {
  readonly store: StateStore;
  /** The digest `digest preview` shows; absent where `preview` answers instead. */
  readonly composer?: Pick<DigestComposer, 'compose'>;
  /** Answers `digest preview` where the digest is not the composer's (the overview digest of every customer). */
  readonly preview?: () => Promise<Reply>;
  /** Absent in the terminal, which cannot post to Teams. */
  readonly runner?: Pick<DigestRunner, 'runNow'>;
  /** The zone of a subscription that names none (`DIGEST_TIME_ZONE`). */
  readonly defaultTimeZone: string;
};

export type HandlerDeps = {
  readonly reports: ReportService;
  readonly clock: Clock;
  readonly copilotApi: CopilotReportApi;
  /** How many rows a list view carries at most (cards must stay well under 40 KB). */
  readonly rowLimit: number;
  /** Failures that become error replies are logged here (name and code only, never data). */
  readonly logger?: Logger;
  /** Absent where there is no digest (the `digest …` commands then say where to ask). */
  readonly digest?: DigestHandlerDeps;
  /** The licence price and extra Copilot SKU ids; absent: no price, the documented SKUs only. */
  readonly licences?: LicenceSettings;
  /** Where alert rules live; absent where there are no alerts (the `alert …` commands then say where to ask). */
  readonly alerts?: { readonly store: StateStore };
  /** The name of the tenant these deps answer about, while the bot serves several (cards then name it). */
  readonly tenantName?: () => string | undefined;
  /** Every customer tenant's deps and the rules kept for all: present when an alert command was asked for all of them (`@all`) in the managing tenant. */
  readonly everyCustomer?: EveryCustomer;
  /** The overview of every customer tenant: present in the managing tenant's conversations only. */
  readonly overview?: OverviewSource;
};

/** Where the overview's rows come from, and the managing tenant's name it is shown under. */
export type OverviewSource = {
  readonly managingName: string;
  /** True when the data is the emulator's: the file's name and offer say so. */
  readonly demo: boolean;
  read(): Promise<OverviewRow[]>;
};

export type Handler<C extends Command> = (command: C, context: HandlerContext, deps: HandlerDeps) => Promise<Reply>;

/** One handler per command name: a command without a handler is a compile error. */
export type HandlerTable = { readonly [K in Command['name']]: Handler<Extract<Command, { name: K }>> };

/** The tenant's name for a card's title, while the bot serves several. */
export function tenantOf(deps: Pick<HandlerDeps, 'tenantName'>): { readonly tenant?: string } {
  const tenant = deps.tenantName?.();
  return tenant !== undefined ? { tenant } : {};
}
