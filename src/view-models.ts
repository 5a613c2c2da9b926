/**
 * The view models' contract: what a handler's reply asks the views to show (models with raw numbers
 * and ISO dates), shared by commands/, digest/ and views/. It imports nothing from those folders, so
 * each of them depends on it and none on another through it. The models' parts (alerts, the digest,
 * tenants, rows) live in view-models/ and are re-exported here, the one place importers read them from.
 */
import type { ExportTotals } from './files/export-file.js';
import type { Language } from './i18n/languages.js';
import type { Phrase } from './i18n/message-types.js';
import type { ReportId } from './reports/catalog.js';
import type { CopilotLicenceReading, CopilotLicences } from './reports/copilot-licences.js';
import type { DirectoryMeta } from './reports/directory-reader.js';
import type { AttributeFilter, GroupAttribute } from './reports/group-attributes.js';
import type { IdleSeats, IdleSpend, PeriodScope } from './reports/figures.js';
import type { CopilotUsage } from './reports/insights.js';
import type { LicenceMeta } from './reports/licence-reader.js';
import type { Freshness } from './reports/report-freshness.js';
import type { FetchProgress } from './reports/report-service.js';
import type { IdentityVisibility } from './reports/rows-summary.js';
import type { WorkloadFigures } from './workload-view-models.js';
import type { AlertModel, AlertRuleModel, AlertRulesModel, AlertTenantRow } from './view-models/alert-models.js';
import type { CommandAction, ConversationKind, Detail, FilterNote, PrivateDetail } from './view-models/answer-parts.js';
import type { AppCount, AttributeRow, CopilotPeriodCounts, CopilotUserRow, GroupFocus, GroupRow, GroupSubject } from './view-models/answer-rows.js';
import type { DigestModel, IdleFigures, Section } from './view-models/digest-model.js';
import type { DigestRun, DigestSchedule } from './view-models/digest-runs.js';
import type { OverviewRow, TenantRow } from './view-models/tenant-models.js';

export type { Freshness };
export type * from './view-models/alert-models.js';
export type * from './view-models/answer-parts.js';
export type * from './view-models/answer-rows.js';
export type * from './view-models/digest-model.js';
export type * from './view-models/digest-runs.js';
export type * from './view-models/tenant-models.js';

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

export type ViewName = keyof ViewModels;

/** One message: a view and its model, kept together by type. */
export type ReplyMessage = { [K in ViewName]: { readonly view: K; readonly model: ViewModels[K] } }[ViewName];
