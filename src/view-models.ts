/**
 * The view models' contract: what a handler's reply asks the views to show (models with raw numbers
 * and ISO dates), shared by commands/, digest/ and views/. It imports nothing from those folders, so
 * each of them depends on it and none on another through it.
 */
import type { ExportTotals } from './files/export-file.js';
import type { Language } from './i18n/languages.js';
import type { Phrase } from './i18n/message-types.js';
import type { ReportId } from './reports/catalog.js';
import type { CopilotLicenceReading, CopilotLicences, CopilotSeatUsage } from './reports/copilot-licences.js';
import type { DirectoryMeta } from './reports/directory-reader.js';
import type { AttributeFilter, GroupAttribute } from './reports/group-attributes.js';
import type { IdleSeats, IdleSpend, PeriodScope, SeatCounts } from './reports/figures.js';
import type { CopilotUsage } from './reports/insights.js';
import type { LicenceMeta } from './reports/licence-reader.js';
import type { Freshness } from './reports/report-freshness.js';
import type { FetchProgress } from './reports/report-service.js';
import type { IdentityVisibility } from './reports/rows-summary.js';
import type { WorkloadFigures, WorkloadKind } from './workload-view-models.js';

export type { Freshness };

/** Where a command was asked: a personal chat, a team channel or a group chat. */
export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/** The days a weekly digest can go out on. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** When a digest is due each week, in the subscription's own time zone. */
export type DigestSchedule = {
  readonly day: Weekday;
  /** 24-hour `HH:MM`, e.g. `09:00`. */
  readonly time: string;
  /** An IANA time zone as Intl resolves it, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
};

/** A list that names people, owners or sites, and its period: a workload answer's by its kind. */
export type PrivateList =
  | { readonly kind: 'copilot-users' | 'copilot-inactive' | 'groups-inactive'; readonly period: string }
  | { readonly kind: 'workload'; readonly workload: WorkloadKind; readonly period: string };

/** The per-user detail (a list and its period), a filtered answer (its command) or the CSV file that went to the asker's personal chat. */
export type PrivateDetail = PrivateList | { readonly kind: 'answer'; readonly command: string } | { readonly kind: 'file'; readonly fileName: string };

/** How a digest run ended. */
export type DigestOutcome = 'posted' | 'failed' | 'missed' | 'gone';

/** A button that sends `command` as if typed, titled in the reader's language; `delivery: 'private'` asks for the detail in personal chat. */
export type CommandAction = { readonly title: Phrase; readonly command: string; readonly delivery?: 'private' };


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
  /** Copilot report v2 only: prompts submitted and active usage days in the period. */
  readonly usage?: CopilotUsage;
};

/** What a grouped answer is about: its rows are sorted by it (most users, most inactive, most idle spend first). */
export type GroupFocus = 'users' | 'inactive' | 'idle';

/** Whose users a grouped answer counts: Copilot's enabled users, or the users licensed for any Microsoft 365 workload. */
export type GroupSubject = 'copilot' | 'microsoft-365';

/** One row of a grouped answer: a value of the attribute, or several folded into "other". */
export type AttributeRow = {
  /** `other`: values folded together (beyond the card's rows, or groups too small to show in a channel). */
  readonly kind: 'value' | 'not-set' | 'not-in-directory' | 'other';
  /** The value, "(not set)" or "(not in directory)"; empty for `other`. */
  readonly label: string;
  /** For `other`: how many values it holds. */
  readonly values?: number;
  readonly users: number;
  readonly active: number;
  readonly neverActive?: number;
  /** Licences: idle seats (assigned, no activity in the idle window) and what they cost a month. */
  readonly idle?: number;
  readonly idleMonthly?: number;
};

/** A filtered list's filters and the directory they were matched against. */
export type FilterNote = { readonly filters: readonly AttributeFilter[]; readonly directory: DirectoryMeta };

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
    /** Copilot report v2 only: prompts and active usage days summed over the enabled users. */
    readonly usage?: CopilotUsage;
    /** Every enabled user, the most recently active first, at most `rowLimit`; empty when withheld. */
    readonly rows: readonly CopilotUserRow[];
    /** Present when only the users passing filters are counted and listed. */
    readonly filter?: FilterNote;
    readonly totalRows: number;
    readonly detail: Detail;
    readonly actions: readonly CommandAction[];
  };
  'copilot-inactive': {
    readonly period: string;
    readonly freshness: Freshness;
    readonly identities: IdentityVisibility;
    /** Enabled users the report lists. */
    readonly enabled: number;
    /** Enabled users without Copilot activity in the period. */
    readonly inactive: number;
    /** Of the inactive: never active at all. */
    readonly neverActive: number;
    /** The idle window (`D30`, `D28` under Copilot report v2): only it and longer periods list seats to reclaim. */
    readonly idlePeriod: string;
    readonly scope: PeriodScope;
    /** The idle seats and idle spend of the idle window, whatever the period; absent for a shorter period. */
    readonly idle?: Section<IdleFigures>;
    /** For a shorter period: the button to the idle window's list, the seats to reclaim. */
    readonly reclaimAction?: CommandAction;
    /** Never active first, then the longest inactive; empty when withheld or for a period shorter than the idle window. */
    readonly rows: readonly CopilotUserRow[];
    /** Present when only the users passing filters are counted and listed (the idle figures are the tenant's, so absent then). */
    readonly filter?: FilterNote;
    readonly totalRows: number;
    readonly detail: Detail;
    readonly actions: readonly CommandAction[];
  };
  'copilot-trend': {
    readonly period: string;
    readonly freshness: Freshness;
    /** Oldest day first. */
    readonly days: readonly { readonly date: string; readonly enabled: number; readonly active: number }[];
    /** Users active at least once in the whole period, from the summary report: the period's adoption beside the daily average. */
    readonly periodActive?: { readonly period: string; readonly enabled: number; readonly active: number };
    readonly actions: readonly CommandAction[];
  };
  /**
   * A per-user report by directory attribute (`copilot summary D30 by department`): one row per value,
   * the long tail folded into "other". Aggregates; in a channel, values of fewer than 5 users fold too.
   */
  'attribute-groups': {
    readonly focus: GroupFocus;
    readonly subject: GroupSubject;
    readonly attribute: GroupAttribute;
    readonly period: string;
    readonly freshness: Freshness;
    readonly directory: DirectoryMeta;
    /** Filters the users passed (personal chat only). */
    readonly filters: readonly AttributeFilter[];
    /** Every group summed: the users the answer counts. */
    readonly total: Omit<AttributeRow, 'kind' | 'label' | 'values'>;
    /** How many values the users have, "(not set)" and "(not in directory)" not counted. */
    readonly valueCount: number;
    /** Sorted by the focus, "other" last. */
    readonly rows: readonly AttributeRow[];
    /** Values folded into "other" because they have fewer users than a channel may see singled out. */
    readonly smallGroupsFolded: number;
    /** Report rows with concealed names (a tenant mid-change): in no group. */
    readonly concealed: number;
    /** Licences: the tenant's seats, idle seats and spend the rows are part of. */
    readonly licences?: Pick<CopilotLicenceReading, 'licenceMeta'> & { readonly idle: IdleSeats; readonly spend?: IdleSpend };
    /** Idle spend counted from the users' own licences (inactive users): the prices' currency, when they have prices. */
    readonly currency?: string;
    readonly actions: readonly CommandAction[];
  };
  /** Copilot seats bought, assigned, used and idle, and what idle seats cost. Aggregates only. */
  'copilot-licenses': {
    readonly period: string;
    /** Of the usage report (which seats were used); licence counts are live. */
    readonly freshness: Freshness;
    readonly licenceSource: LicenceMeta;
    readonly licences: CopilotLicences;
    /** The SKU ids configured beside the documented Copilot SKUs (COPILOT_SKU_IDS), named to a tenant that has none. */
    readonly extraSkuIds: readonly string[];
    readonly actions: readonly CommandAction[];
  };
  activations: {
    readonly freshness: Freshness;
    readonly products: readonly {
      /** Graph's product type, e.g. `MICROSOFT 365 APPS FOR ENTERPRISE`. */
      readonly productType: string;
      /** The product's name, e.g. "Microsoft 365 Apps for enterprise". */
      readonly productName: string;
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
  /** A workload answer (`usage`, `teams`, `email`, …): its figures by kind, lists only in personal chat. */
  workload: {
    readonly period: string;
    /** Of the report whose items the answer counts (the active user detail for `usage`). */
    readonly freshness: Freshness;
    readonly identities: IdentityVisibility;
    /** Rows of that report: 0 is a tenant without this workload's data (Graph sent the headers only). */
    readonly reportRows: number;
    readonly figures: WorkloadFigures;
    readonly detail: Detail;
    /** The neighbouring answers the card lists in its body (the usage card's workloads). */
    readonly links: readonly CommandAction[];
    readonly actions: readonly CommandAction[];
  };
  help: {
    /** Only the line about what was not understood and the commands to try: the answer to text that maps to no command. */
    readonly brief?: true;
    /** What the admin typed, when it was not understood and the reason does not quote it. */
    readonly unknownInput?: string;
    /** What was not understood and why, a sentence each, e.g. `I don't know "copilt sumary". Did you mean "copilot summary"?`. */
    readonly reason?: readonly Phrase[];
    /** A did-you-mean: the command a typo or two from what was typed. */
    readonly suggestion?: string;
    /** Commands to try instead, best first (at most three), as buttons. */
    readonly options?: readonly string[];
    readonly defaultPeriod: string;
    readonly commands: readonly { readonly usage: string; readonly description: Phrase; readonly example: string }[];
    /** Plain questions the bot understands, per language, and the command each runs (the full guide only). */
    readonly questions?: Readonly<Record<Language, readonly { readonly question: string; readonly command: string }[]>>;
  };
  status: {
    readonly source: string;
    readonly copilotApi: string;
    readonly cached: readonly {
      readonly report: ReportId;
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
    readonly title: Phrase;
    readonly message: Phrase;
    /** When to try again (ISO time), for throttling and budget refusals. */
    readonly retryAt?: string;
    readonly actions: readonly CommandAction[];
  };
  'access-denied': {
    readonly reason: 'tenant' | 'user';
    /** Who to ask for access (configuration), if known. */
    readonly contact?: string;
  };
  /** Posted in the channel when the per-user detail went to the asker's personal chat: which list (and period), or which file. */
  'sent-privately': { readonly what: PrivateDetail };
  /** The acknowledgement of a declined file offer; `command` is the `csv …` that asks for it again. */
  'file-declined': { readonly command: string };
  /**
   * Asked for a CSV in a personal chat whose client did not take the file offer: the file's name, rows and
   * size, and the terminal command that writes the same file. `not-shown`: Teams took the message but
   * shows no offer (the Agents Playground); `not-sent`: Teams did not take it now (a retry may work).
   */
  'file-fallback': {
    readonly fileName: string;
    readonly rowCount: number;
    readonly sizeInBytes: number;
    /** The `csv …` command that builds the file. */
    readonly command: string;
    readonly reason: 'not-shown' | 'not-sent';
    /** Present when the file holds demo data: the card's title says so. */
    readonly demo?: true;
    /** What the rows add up to, as the file offer would have said. */
    readonly totals?: ExportTotals;
  };
  /** The weekly digest: posted by the schedule, `digest run-now` and `digest preview`. Aggregates only. */
  digest: DigestModel;
  /** A conversation's digest subscription, after `digest status`, `subscribe`, `unsubscribe` or `run-now`. */
  'digest-status': {
    /** What the card answers: the status, a new subscription, a changed schedule or language, an unsubscribe, a run (one under way, or one too soon). */
    readonly event: 'status' | 'subscribed' | 'rescheduled' | 'language' | 'unsubscribed' | 'ran' | 'busy' | 'too-soon';
    /** The tenant the digest is about when the bot serves several (the overview digest: every customer). */
    readonly tenant?: string;
    /** After `too-soon`: when the next `digest run-now` is possible (ISO instant), a minute after the last one. */
    readonly nextRunNowAt?: string;
    readonly conversation: ConversationKind;
    /** Absent when the conversation has no subscription (or no longer has one). */
    readonly subscription?: {
      readonly schedule: DigestSchedule;
      /** The language the digest is posted in. */
      readonly language: Language;
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
  /** An alert rule crossed its threshold (the alert card), or went back (one short message). Aggregates only. */
  alert: AlertModel;
  /** A conversation's alert rules, after `alerts` or a command that changed them. */
  'alert-rules': AlertRulesModel;
  /** The customer tenants the bot serves, after `tenants`, a `tenant …` command or `use`. */
  tenants: {
    /** What the card answers: the list, a tenant added, checked, removed, a user allowed or no longer, the tenant in use here, or a new one chosen. */
    readonly event: 'list' | 'added' | 'checked' | 'removed' | 'allowed' | 'disallowed' | 'in-use' | 'use-set';
    /** The deployment's own tenant's name. */
    readonly managingName: string;
    /** The tenants the event is about (every one for `list`). */
    readonly tenants: readonly TenantRow[];
    /** `in-use`, `use-set`: the tenant this conversation answers for when a command names none. */
    readonly inUse?: string;
    readonly actions: readonly CommandAction[];
  };
  /** An alert command for every customer tenant at once (`@all`): how it went in each. */
  'alert-tenants': {
    /** `set`: the rule set in each customer; `list`: each customer's alerts here; `removed`: a rule for all removed from each; `not-found`: no such rule for all. */
    readonly event: 'set' | 'list' | 'removed' | 'not-found';
    readonly conversation: ConversationKind;
    /** The rule asked for (`set`, `removed`). */
    readonly rule?: Omit<AlertRuleModel, 'number'>;
    /** Its number among the rules for every customer here (`set`, `removed`, `not-found`). */
    readonly number?: number;
    /** The rules for every customer here (`list`). */
    readonly rules?: readonly AlertRuleModel[];
    readonly rows: readonly AlertTenantRow[];
    readonly actions: readonly CommandAction[];
  };
  /** The managing tenant's overview of its customer tenants, after `overview`. Aggregates only. */
  overview: {
    /** The deployment's own tenant's name. */
    readonly managingName: string;
    /** Most idle spend first. */
    readonly rows: readonly OverviewRow[];
    /** The figures are the emulator's: the title says so. */
    readonly demo?: true;
    readonly actions: readonly CommandAction[];
  };
};

/** How an `@all` alert command went in one customer tenant. */
export type AlertTenantRow = { readonly tenant: string } & (
  | { readonly outcome: 'set'; readonly number: number; readonly current?: AlertRulesModel['current'] }
  | { readonly outcome: 'exists'; readonly number: number }
  | { readonly outcome: 'full'; readonly maxRules: number }
  | { readonly outcome: 'refused'; readonly reason: Phrase }
  | { readonly outcome: 'removed'; readonly number: number }
  /** The customer had no such rule here (removed there before). */
  | { readonly outcome: 'absent' }
  | { readonly outcome: 'rules'; readonly rules: number; readonly firing: number }
);

/** Why a customer's figures are missing or may be incomplete. */
export type OverviewProblem =
  | { readonly code: 'consent-missing' | 'throttled' | 'unreadable' }
  | { readonly code: 'permissions-missing'; readonly permissions?: readonly string[] };

/** One customer tenant in the overview; a figure is absent when it could not be read. */
export type OverviewRow = {
  readonly name: string;
  readonly tenantId: string;
  /** Purchased Copilot seats. */
  readonly seats?: number;
  /** Active users ÷ enabled users over the idle window, as a ratio. */
  readonly activeRate?: number;
  /** The idle window: D30, or D28 under Copilot report v2. */
  readonly idlePeriod?: string;
  readonly idleSeats?: number;
  /** A month's idle spend; absent without a licence price. */
  readonly idleSpend?: { readonly monthly: number; readonly currency: string };
  /** The day the usage data describes. */
  readonly refreshDate?: string;
  readonly problems: readonly OverviewProblem[];
};

// Alerts as data: rules on tenant figures, their state, and what a firing says. Aggregates only.

/** The figures an alert rule can watch. */
export type AlertKindName = 'idle-seats' | 'unassigned' | 'idle-spend' | 'adoption-drop' | 'never-used' | 'inactive-users';

/** What a threshold and its figure count: seats, a share in percent, money a month, or percentage points. */
export type AlertUnit = 'count' | 'percent' | 'money' | 'points';

/** A threshold or a figure, e.g. 100 seats, 10.5 %, 5,000 USD a month, 10 points. */
export type AlertValue = { readonly amount: number; readonly unit: AlertUnit; readonly currency?: string };

/** One rule as typed: `alert unassigned > 50 SPE_E5` is rule `number` of its conversation. */
export type AlertRuleModel = {
  readonly number: number;
  readonly kind: AlertKindName;
  readonly threshold: AlertValue;
  readonly sku?: string;
  /** The period a kind that takes one counts over (`D90`); absent for the others. */
  readonly period?: string;
};

/** Why an evaluation had no figure. */
export type AlertUnavailable = {
  readonly code: 'NO_PRICE' | 'CURRENCY_CHANGED' | 'NO_SEATS' | 'SKU_NOT_FOUND' | 'NO_WEEK_BEFORE' | 'NO_USERS';
  /** The SKU not found, the configured currency, or the day whose adoption is missing. */
  readonly detail?: string;
};

/** What a figure is made of, for the alert card: the figures of reports/figures.ts, as the licence card and the digest state them. */
export type AlertBreakdown =
  | { readonly kind: 'idle-seats'; readonly idle: IdleSeats; readonly purchased: number; readonly spend?: IdleSpend }
  /** The Copilot SKUs counted (or the one SKU named) by product name and Graph's name, with their seats summed. */
  | { readonly kind: 'unassigned'; readonly seats: SeatCounts; readonly skus: readonly { readonly productName: string; readonly skuPartNumber: string }[] }
  | { readonly kind: 'idle-spend'; readonly idle: IdleSeats; readonly spend: IdleSpend }
  /** Adoption over the last 7 days, now and on the data day a week before. */
  | {
      readonly kind: 'adoption-drop';
      readonly period: string;
      readonly enabled: number;
      readonly active: number;
      readonly weekBefore: { readonly date: string; readonly enabled: number; readonly active: number };
    }
  /** The idle window's usage: the never active are a part of the inactive enabled users. */
  | { readonly kind: 'never-used'; readonly usage: CopilotSeatUsage }
  /** The reclaim list over the period: its users and what their licences cost a month (in `currency`, when priced). */
  | { readonly kind: 'inactive-users'; readonly period: string; readonly users: number; readonly monthlyCost?: number; readonly currency?: string };

export type AlertModel = {
  readonly event: 'fired' | 'resolved';
  readonly rule: AlertRuleModel;
  readonly figure: AlertValue;
  /** The day the figure's data describes (a report's refresh date; for licence counts, the day they were read). */
  readonly dataDate: string;
  /** The data day the rule crossed its threshold (fired) or went back under it (resolved). */
  readonly since: string;
  readonly breakdown: AlertBreakdown;
  /** The tenant's name, when the bot serves several: the card's header names it. */
  readonly tenant?: string;
  /** Present when the figure is demo data (the emulator's): the card's header says so. */
  readonly demo?: true;
  /** The figure at its evaluations over the last weeks, oldest first. */
  readonly trend: readonly { readonly date: string; readonly amount: number }[];
  /** SKUs this conversation leaves out of its Copilot seat rules. */
  readonly excludedSkus: readonly string[];
  readonly actions: readonly CommandAction[];
};

/** A rule with where it stands. */
export type AlertRuleStatus = AlertRuleModel & {
  /** The language its cards are posted in. */
  readonly language: Language;
  /** `new`: not evaluated yet. */
  readonly state: 'new' | 'quiet' | 'firing';
  /** The data day the rule started firing (or went quiet). */
  readonly since?: string;
  /** While snoozed (ISO instant): evaluated and recorded, nothing posted. */
  readonly snoozedUntil?: string;
  /** Teams refused or no longer knows the conversation: nothing is posted until an alert here is set or changed. */
  readonly paused?: AlertPause;
  readonly lastEvaluation?: { readonly dataDate: string; readonly at: string; readonly figure?: AlertValue; readonly unavailable?: AlertUnavailable };
  /** The last card or resolution the rule tried to post, and what became of it. */
  readonly lastPost?: { readonly event: 'fired' | 'resolved'; readonly outcome: 'posted' | 'failed' | 'gone'; readonly at: string; readonly reason?: string };
};

/** Why a conversation's rules post nothing: Teams answered `status` (403/404) when the bot posted there. */
export type AlertPause = { readonly at: string; readonly status?: number; readonly reason: string };

export type AlertRulesModel = {
  /** What the card answers: the list, a rule set (or already there), removed, snoozed, a SKU left out or counted again, or no such rule. */
  readonly event: 'list' | 'set' | 'exists' | 'removed' | 'snoozed' | 'excluded' | 'included' | 'not-found' | 'full' | 'language';
  readonly conversation: ConversationKind;
  /** The tenant whose figures the rules watch, when the bot serves several. */
  readonly tenant?: string;
  /** The rule the command was about. */
  readonly changed?: AlertRuleModel;
  /** The rule number asked for (`not-found`), the SKU excluded or included, or the language code asked for. */
  readonly asked?: string;
  /** The figure the new rule reads now, when it could be read. */
  readonly current?: { readonly figure: AlertValue; readonly dataDate: string } | { readonly unavailable: AlertUnavailable };
  /** Paused rules this command resumed. */
  readonly resumed?: AlertPause;
  readonly rules: readonly AlertRuleStatus[];
  readonly excludedSkus: readonly string[];
  /** At most this many rules per conversation. */
  readonly maxRules: number;
  readonly actions: readonly CommandAction[];
};

/** The alerts of the digest's channel: how many it has, and those firing now. */
export type DigestAlerts = {
  readonly watched: number;
  readonly firing: readonly (AlertRuleModel & { readonly figure: AlertValue; readonly since: string })[];
  readonly action: CommandAction;
};

/** A customer tenant as the tenant commands show it. */
export type TenantRow = {
  readonly name: string;
  readonly id: string;
  /** How many of the tenant's own users may use the bot in its Teams. */
  readonly allowedUsers: number;
  /** The last permission check; absent before the first. */
  readonly check?: {
    readonly checkedAt: string;
    /** `missing`: the tenant's admin has not consented to the app; `failed`: no token for another reason. */
    readonly consent: 'granted' | 'missing' | 'failed';
    readonly missing: readonly string[];
    readonly unknown: readonly string[];
    /** Entra ID's error code (`AADSTS7000215`) when no token was issued: data, shown as it is. */
    readonly entraCode?: string;
  };
  /** Where the tenant's admin grants the app its permissions, when a consent or permission is missing. */
  readonly consentUrl?: string;
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
  /** Graph's group id, to tell apart groups of the same name. */
  readonly id: string;
};

export type ViewName = keyof ViewModels;

/** One message: a view and its model, kept together by type. */
export type ReplyMessage = { [K in ViewName]: { readonly view: K; readonly model: ViewModels[K] } }[ViewName];

// The weekly digest as data: tenant aggregates only (no user or owner appears anywhere), raw numbers
// and ISO dates, each Copilot figure with its change since the previous digest.

/** How a figure moved since the previous digest's snapshot. */
export type Change = {
  readonly previous: number;
  /** current − previous. */
  readonly difference: number;
  /** difference / previous; absent when previous was 0. */
  readonly relative?: number;
};

/** A figure and, when there is a previous digest to compare with, its change. */
export type TrackedFigure = { readonly current: number; readonly change?: Change };

/** A part of the digest whose report could not be read this time; the rest still goes out. */
export type Section<T> = { readonly status: 'ok'; readonly data: T } | { readonly status: 'unavailable'; readonly code: string };

export type DigestCopilot = {
  /** The period the figures count, `D7`. */
  readonly period: string;
  readonly freshness: Freshness;
  /** The refresh date of the snapshot the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  readonly enabled: TrackedFigure;
  readonly active: TrackedFigure;
  /** active / enabled as a ratio (0.343); its change is in ratio points (0.012 = 1.2 points). */
  readonly adoption: TrackedFigure;
  /** COPILOT_APPS order. */
  readonly apps: readonly { readonly key: string; readonly label: string; readonly enabled: number; readonly active: TrackedFigure }[];
};

export type DigestActivations = {
  readonly freshness: Freshness;
  readonly products: readonly { readonly productType: string; readonly productName: string; readonly assigned: number; readonly activated: number }[];
};

export type DigestGroups = {
  /** The period activity is counted over, `D30`. */
  readonly period: string;
  readonly freshness: Freshness;
  readonly total: number;
  readonly active: number;
  readonly inactive: number;
};

/** Idle seats and what they cost (when a price is configured), as `reports/figures.ts` defines them. */
export type IdleFigures = { readonly idle: IdleSeats; readonly spend?: IdleSpend };

/** The digest's seats to act on: enabled users without Copilot activity in the idle window, and the idle seats when licence counts could be read. */
export type InactiveSeats = {
  /** The idle window, `D30` (`D28` under Copilot report v2). */
  readonly period: string;
  readonly freshness: Freshness;
  readonly enabled: number;
  readonly inactive: number;
  readonly idle?: IdleFigures;
  readonly action: CommandAction;
};

/** Copilot seats bought, assigned and used over a month, the idle ones and their cost, with changes. */
export type DigestSeats = {
  /** The period activity is judged over, `D30` (`D28` under Copilot report v2). */
  readonly period: string;
  /** Of the usage report; licence counts are live. */
  readonly freshness: Freshness;
  /** The refresh date of the snapshot the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  /** False when the tenant has no Copilot SKU: the figures are all zero. */
  readonly hasCopilotSkus: boolean;
  readonly purchased: TrackedFigure;
  readonly assigned: TrackedFigure;
  /** Enabled users the usage report lists: the base `active` is a share of. */
  readonly enabled: number;
  readonly active: TrackedFigure;
  /** Unassigned plus inactive seats. */
  readonly idle: TrackedFigure;
  readonly unassigned: number;
  readonly inactive: number;
  /** Monthly idle spend, when a licence price is configured. */
  readonly idleSpend?: { readonly currency: string; readonly monthly: TrackedFigure };
  /** The licence answer behind the section. */
  readonly action: CommandAction;
};

/** One department whose Copilot active rate moved since the previous digest. */
export type DepartmentMove = {
  readonly department: string;
  /** Enabled users this week, and those active in the week. */
  readonly users: number;
  readonly active: number;
  /** Its active rate's change in percentage points (1.2 = 1.2 points). */
  readonly points: number;
};

/** The departments whose Copilot active rate moved most week over week; departments of fewer than 5 users are left out. */
export type DigestDepartments = {
  /** The week the rates count, `D7`. */
  readonly period: string;
  readonly freshness: Freshness;
  /** The directory's day. */
  readonly directoryDay: string;
  /** The refresh date of the digest compared with; absent on the first digest (then no moves). */
  readonly comparedWith?: string;
  /** Departments in both weeks, with 5 users or more in each. */
  readonly compared: number;
  /** Most points up first, then most points down first: at most three each. */
  readonly up: readonly DepartmentMove[];
  readonly down: readonly DepartmentMove[];
};

/** Active users per workload over the week, each with its change since the previous digest. */
export type DigestWorkloads = {
  /** The period the figures count, `D7`. */
  readonly period: string;
  readonly freshness: Freshness;
  /** The refresh date of the figures the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  readonly workloads: readonly { readonly key: string; readonly label: string; readonly active: TrackedFigure }[];
  /** The usage answer behind the line. */
  readonly action: CommandAction;
};

/** One licence's idle seats and idle spend over the idle window, with their changes since the previous digest. */
export type DigestLicenceLine = {
  /** A SKU part number, `copilot` for all Copilot SKUs, or `product:<name>` for a product no SKU matches. */
  readonly key: string;
  readonly label: string;
  readonly seats: TrackedFigure;
  /** Per month, when a price applies. */
  readonly monthlySpend?: TrackedFigure;
};

/** The digest's "Licences" section: idle seats and idle spend per licence and of all, each with its change. */
export type DigestLicences = {
  /** The idle window, `D30`. */
  readonly period: string;
  /** Of the active-user detail; licence counts are live. */
  readonly freshness: Freshness;
  /** The refresh date of the figures the changes are measured against; absent on the first digest. */
  readonly comparedWith?: string;
  /** The prices' currency; absent without LICENSE_PRICES. */
  readonly currency?: string;
  /** The licences with the most idle spend (then idle seats), a few. */
  readonly lines: readonly DigestLicenceLine[];
  /** Licences with idle seats past the lines shown, and their idle seats. */
  readonly more: { readonly licences: number; readonly seats: number };
  readonly total: { readonly seats: TrackedFigure; readonly monthlySpend?: TrackedFigure };
  /** The licences answer behind the section. */
  readonly action: CommandAction;
};

export type InactiveGroups = { readonly period: string; readonly total: number; readonly inactive: number; readonly action: CommandAction };

export type DigestModel = {
  /** When the digest was composed (ISO instant). */
  readonly generatedAt: string;
  /** The subscription's schedule; absent for a preview where nothing is subscribed. */
  readonly schedule?: DigestSchedule;
  readonly copilot: Section<DigestCopilot>;
  readonly activations: Section<DigestActivations>;
  readonly groups: Section<DigestGroups>;
  readonly inactiveSeats: Section<InactiveSeats>;
  /** Absent in digests composed before the section existed. */
  readonly seats?: Section<DigestSeats>;
  /** Absent in digests composed before the section existed. */
  readonly departments?: Section<DigestDepartments>;
  readonly inactiveGroups: Section<InactiveGroups>;
  /** Absent in digests composed before the line existed. */
  readonly workloads?: Section<DigestWorkloads>;
  /** Absent in digests composed before the section existed. */
  readonly licences?: Section<DigestLicences>;
  /** The alerts of the channel, for a subscription's digest where it has any. */
  readonly alerts?: DigestAlerts;
  /** Buttons to the detail commands under the card. */
  readonly actions: readonly CommandAction[];
};
