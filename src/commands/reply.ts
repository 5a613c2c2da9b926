/**
 * What a handler returns: which views to show and their models, with raw numbers and ISO dates.
 * Presentation (locale formatting, bars, escaping, card size) is the views' job, so the same reply
 * becomes an Adaptive Card in Teams and text or JSON in the terminal.
 */
import type { DigestOutcome } from '../digest/digest-claims.js';
import type { DigestModel } from '../digest/digest-model.js';
import type { DigestSchedule } from '../digest/subscription.js';
import type { CommandExport } from '../files/command-export.js';
import type { CopilotLicences } from '../reports/copilot-licences.js';
import type { SeatCost } from '../reports/licence-price.js';
import type { LicenceMeta } from '../reports/licence-reader.js';
import type { IdentityVisibility } from '../reports/rows-summary.js';
import type { FetchProgress, ReportMeta } from '../reports/report-service.js';
import type { ExportCommand } from './command.js';
import type { ConversationKind } from './handler-context.js';

/** A button that sends `command` as if typed; `delivery: 'private'` asks for the detail in personal chat. */
export type CommandAction = { readonly title: string; readonly command: string; readonly delivery?: 'private' };

/** Where the numbers come from and how old they are. */
export type Freshness = {
  /** Graph's Report Refresh Date (YYYY-MM-DD); absent for an empty report. */
  readonly refreshDate?: string;
  /** Graph's documented lag: 2 days for Office reports, up to 3 for Copilot. */
  readonly lagDays: number;
  readonly source: string;
  readonly fetchedAt: string;
  readonly cache: ReportMeta['cache'];
};

export type AppCount = { readonly key: string; readonly label: string; readonly enabled: number; readonly active: number };

export type CopilotPeriodCounts = {
  readonly period: string;
  readonly days: number;
  readonly enabled: number;
  readonly active: number;
  readonly apps: readonly AppCount[];
  /** Copilot report v2 only. */
  readonly promptsSubmitted?: number;
};

export type CopilotUserRow = {
  readonly userPrincipalName: string;
  readonly displayName?: string;
  readonly lastActivityDate?: string;
  /** Labels of the apps used within the period, e.g. ['Teams', 'Word']. */
  readonly appsUsed: readonly string[];
};

/** When per-user rows are withheld because the question came from a channel or group chat. */
export type Detail = { readonly kind: 'shown' } | { readonly kind: 'withheld'; readonly privateCommand: string };

export type ViewModels = {
  'copilot-summary': {
    readonly period: string;
    readonly version: 'v1' | 'v2';
    readonly freshness: Freshness;
    /** One entry, or one per period for ALL (side by side). */
    readonly periods: readonly CopilotPeriodCounts[];
    readonly actions: readonly CommandAction[];
  };
  'copilot-users': {
    readonly period: string;
    readonly freshness: Freshness;
    readonly identities: IdentityVisibility;
    readonly enabled: number;
    readonly active: number;
    readonly neverActive: number;
    readonly apps: readonly AppCount[];
    /** The most recently active users first, at most `rowLimit`; empty when withheld. */
    readonly rows: readonly CopilotUserRow[];
    readonly totalRows: number;
    readonly detail: Detail;
    readonly actions: readonly CommandAction[];
  };
  'copilot-inactive': {
    readonly period: string;
    readonly freshness: Freshness;
    readonly identities: IdentityVisibility;
    readonly enabled: number;
    readonly inactive: number;
    /** Inactive seats that were never active at all. */
    readonly neverActive: number;
    /** What the inactive seats cost a month, when a licence price is configured. */
    readonly cost?: SeatCost;
    /** Never active first, then the longest inactive; empty when withheld. */
    readonly rows: readonly CopilotUserRow[];
    readonly totalRows: number;
    readonly detail: Detail;
    readonly actions: readonly CommandAction[];
  };
  'copilot-trend': {
    readonly period: string;
    readonly freshness: Freshness;
    /** Oldest day first. */
    readonly days: readonly { readonly date: string; readonly enabled: number; readonly active: number }[];
    readonly actions: readonly CommandAction[];
  };
  /** Copilot seats bought, assigned, used and idle, and what idle seats cost. Aggregates only. */
  'copilot-licenses': {
    readonly period: string;
    /** Of the usage report (which seats were used); licence counts are live. */
    readonly freshness: Freshness;
    readonly licenceSource: LicenceMeta;
    readonly licences: CopilotLicences;
    /** Which SKUs count as Copilot seats, for a tenant that has none. */
    readonly lookedFor: string;
    readonly actions: readonly CommandAction[];
  };
  activations: {
    readonly freshness: Freshness;
    readonly products: readonly {
      readonly productType: string;
      readonly assigned: number;
      readonly activated: number;
      readonly sharedComputerActivation?: number;
    }[];
    readonly actions: readonly CommandAction[];
  };
  groups: {
    readonly period?: string;
    readonly date?: string;
    readonly freshness: Freshness;
    readonly identities: IdentityVisibility;
    readonly total: number;
    readonly active: number;
    readonly inactive: number;
    readonly deleted: number;
    readonly byType: readonly { readonly type: string; readonly count: number }[];
    /** Group names only, never owners: this view is allowed in channels. */
    readonly topByActivity: readonly GroupRow[];
    readonly topByStorage: readonly GroupRow[];
    readonly actions: readonly CommandAction[];
  };
  'groups-inactive': {
    readonly period: string;
    readonly freshness: Freshness;
    readonly identities: IdentityVisibility;
    readonly total: number;
    readonly inactive: number;
    /** Longest inactive first, with owners; empty when withheld. */
    readonly rows: readonly GroupRow[];
    readonly totalRows: number;
    readonly detail: Detail;
    readonly actions: readonly CommandAction[];
  };
  help: {
    /** What the admin typed, when it was not understood. */
    readonly unknownInput?: string;
    /** Why a known command was refused, e.g. `"status" has no data behind it to export; …`. */
    readonly reason?: string;
    /** A did-you-mean: the command closest to what was typed. */
    readonly suggestion?: string;
    readonly defaultPeriod: string;
    readonly commands: readonly { readonly usage: string; readonly description: string; readonly example: string }[];
  };
  status: {
    readonly source: string;
    readonly copilotApi: string;
    readonly cached: readonly {
      readonly title: string;
      readonly parameter?: string;
      readonly refreshDate?: string;
      readonly fetchedAt: string;
    }[];
    readonly budgets: readonly {
      readonly graphFunction: string;
      readonly used: number;
      readonly limit: number;
      readonly freeAt?: string;
    }[];
  };
  error: {
    /** Which kind of failure, e.g. BAD_PERIOD, FORBIDDEN, BUDGET_EXHAUSTED, UNAVAILABLE. */
    readonly code: string;
    readonly title: string;
    readonly message: string;
    /** When to try again (ISO time), for throttling and budget refusals. */
    readonly retryAt?: string;
    readonly actions: readonly CommandAction[];
  };
  'access-denied': {
    readonly reason: 'tenant' | 'user';
    /** Who to ask for access (configuration), if known. */
    readonly contact?: string;
  };
  /** Posted in the channel when the per-user detail went to the asker's personal chat. */
  'sent-privately': { readonly what: string };
  /** The acknowledgement of a declined file offer; `command` is the `csv …` that asks for it again. */
  'file-declined': { readonly command: string };
  /** The weekly digest: posted by the schedule, `digest run-now` and `digest preview`. Aggregates only. */
  digest: DigestModel;
  /** A conversation's digest subscription, after `digest status`, `subscribe`, `unsubscribe` or `run-now`. */
  'digest-status': {
    /** What the card answers: the status, a new subscription, a changed schedule, an unsubscribe, a run (or one already under way). */
    readonly event: 'status' | 'subscribed' | 'rescheduled' | 'unsubscribed' | 'ran' | 'busy';
    readonly conversation: ConversationKind;
    /** Absent when the conversation has no subscription (or no longer has one). */
    readonly subscription?: {
      readonly schedule: DigestSchedule;
      /** False once Teams answered 403/404 for the conversation; subscribing again resumes it. */
      readonly active: boolean;
      readonly createdAt: string;
      readonly deactivatedAt?: string;
      readonly deactivatedStatus?: number;
    };
    /** The next scheduled digest (ISO instant); absent while inactive. */
    readonly nextRun?: string;
    /** The newest run: the last one and its outcome, or one under way. */
    readonly lastRun?: DigestRun;
    /** What `digest subscribe` without arguments sets up here. */
    readonly defaultSchedule: DigestSchedule;
    readonly actions: readonly CommandAction[];
  };
  /** The bot's card while a command's report is fetched; `command` is the one it answers, as typed. */
  progress: { readonly progress: FetchProgress; readonly command: string };
};

/** One digest run as admins see it. */
export type DigestRun = {
  /** When it was due (ISO), or the minute `digest run-now` was asked for. */
  readonly occurrence: string;
  readonly trigger: 'schedule' | 'run-now';
  readonly state: 'claimed' | DigestOutcome;
  readonly finishedAt?: string;
  /** Why it failed or was missed: `HTTP_500`, `THROTTLED`, `LEASE_EXPIRED`, `PAST_GRACE`, … */
  readonly reason?: string;
  readonly status?: number;
};

export type GroupRow = {
  readonly name: string;
  readonly type?: string;
  readonly owner?: string;
  readonly lastActivityDate?: string;
  readonly memberCount?: number;
  readonly guestCount?: number;
  readonly exchangeReceivedEmailCount?: number;
  readonly sharePointActiveFileCount?: number;
  readonly storageBytes?: number;
  readonly deleted: boolean;
};

export type ViewName = keyof ViewModels;

/** One message: a view and its model, kept together by type. */
export type ReplyMessage = { [K in ViewName]: { readonly view: K; readonly model: ViewModels[K] } }[ViewName];

/** A CSV file for the asker's personal chat: Teams lets a bot send files only there, once the user consents. */
export type FileReply = {
  /** The `csv …` command that builds this file again (a retry, or an offer accepted after its file was removed). */
  readonly command: ExportCommand;
  readonly export: CommandExport;
};

export type Reply = {
  /** For the conversation the command came from. */
  readonly messages: readonly ReplyMessage[];
  /** For the asker's personal chat (per-user detail asked for from a channel or group chat). */
  readonly privateMessages?: readonly ReplyMessage[];
  /** For the asker's personal chat, through the file-consent flow. */
  readonly file?: FileReply;
};
