/**
 * The data each card template in `cards/` binds, by card name: formatted, escaped text
 * (`DisplayText`), booleans for `$when`, and numbers only where a chart plots them. A template and
 * its entry here change together; `renderCard` accepts nothing else for that name.
 */
import type { CatalogLanguage } from '../i18n/languages.js';
import type { DisplayText } from './display-text.js';

/** One FactSet line; as a template binds FactSet `facts` directly, the shape is Adaptive Card's own. */
export type Fact = { readonly title: DisplayText; readonly value: DisplayText };

/** An Action.Submit: the bot receives `data` as the activity's `value`. */
export type CardAction = {
  readonly title: string;
  readonly data: { readonly command: string; readonly delivery?: 'private' };
};

/** The lines every report card starts and ends with. */
export type ReportHeader = {
  /** "Copilot adoption · last 30 days" */
  readonly title: DisplayText;
  /** "Data as of Nov 19, 2026; Microsoft reports lag up to 3 days" */
  readonly freshness: DisplayText;
  readonly isStale: boolean;
  /** Why older cached numbers are shown; empty unless `isStale`. */
  readonly staleNote: DisplayText;
  /** "Source: Microsoft Graph · fetched Nov 21, 2026, 2:05 PM UTC" */
  readonly source: DisplayText;
};

/** The concealed-names explanation, shown when the tenant hides identities in reports. */
export type IdentityNote = { readonly isConcealed: boolean; readonly text: DisplayText };

/** What a list's rows are. */
export type RowNoun = 'users' | 'groups' | 'accounts' | 'sites' | 'skus' | 'products' | 'customers' | 'problems';

/**
 * A list the size guard may shorten from the end. `language`, `locale` and `noun` let it restate the count it
 * dropped ("Showing 40 of 1,000 users …"), `totalRows` is how many the report has in all.
 */
export type RowList = {
  readonly kind: 'row-list';
  readonly rows: readonly Fact[];
  readonly totalRows: number;
  readonly noun: RowNoun;
  /** The reader's language and locale, to restate the note when the size guard drops rows. */
  readonly language: CatalogLanguage;
  readonly locale: string;
  readonly hasNote: boolean;
  readonly note: DisplayText;
};

/** Per-user or per-owner rows that were withheld in a channel, with the button that sends them privately. */
export type WithheldDetail = {
  readonly isWithheld: boolean;
  readonly text: DisplayText;
  readonly offer: readonly CardAction[];
};

/** A point of a chart series, as Teams documents it. */
export type ChartPoint = { readonly x: string; readonly y: number };

/** A Chart.Line series, as Teams documents it: `{ legend, values: [{ x, y }] }`. */
export type ChartSeries = { readonly legend: string; readonly values: readonly ChartPoint[] };

/** A Chart.Donut slice, as Teams documents it. */
export type DonutSlice = { readonly legend: string; readonly value: number };

/** One section of the digest: heading, a note (freshness, or why it is missing) and its facts. */
export type DigestSectionData = {
  readonly title: DisplayText;
  readonly note: DisplayText;
  readonly hasFacts: boolean;
  readonly facts: readonly Fact[];
};

/** The data `cards/digest.json` binds. */
export type DigestCardData = {
  /** "Weekly Microsoft 365 digest" */
  readonly title: DisplayText;
  /** "Every Monday at 09:00 (Europe/Berlin) · Nov 23, 2026" */
  readonly subtitle: DisplayText;
  readonly copilot: DigestSectionData & {
    readonly isStale: boolean;
    readonly staleNote: DisplayText;
    readonly hasApps: boolean;
    readonly appsTitle: DisplayText;
    readonly appFacts: readonly Fact[];
  };
  /** Copilot seats and idle spend; hidden for a digest composed without them. */
  readonly seats: DigestSectionData & { readonly isShown: boolean; readonly actions: readonly CardAction[] };
  /** The departments whose Copilot active rate moved most; hidden for a digest composed without them. */
  readonly departments: DigestSectionData & { readonly isShown: boolean };
  readonly activations: DigestSectionData;
  readonly groups: DigestSectionData;
  /** Active users per workload on one line; hidden for a digest composed without it. */
  readonly workloads: {
    readonly isShown: boolean;
    readonly title: DisplayText;
    readonly note: DisplayText;
    readonly line: DisplayText;
    readonly actions: readonly CardAction[];
  };
  /** Idle seats and idle spend per licence and of all, with their changes; hidden for a digest composed without it. */
  readonly licences: DigestSectionData & { readonly isShown: boolean; readonly actions: readonly CardAction[] };
  /** The channel's alerts that are firing; hidden where it has none. */
  readonly alerts: DigestSectionData & { readonly isShown: boolean; readonly actions: readonly CardAction[] };
  /** What an admin could do this week, each with its detail button. */
  readonly toDo: { readonly title: DisplayText; readonly items: readonly { readonly text: DisplayText; readonly actions: readonly CardAction[] }[] };
  readonly source: DisplayText;
  readonly actions: readonly CardAction[];
};

/** One period of the Copilot summary: a column of headline numbers and its per-app bars. */
export type CopilotPeriodData = {
  /** "Adoption · last 30 days" */
  readonly label: DisplayText;
  /** Overall adoption, "34.3%" */
  readonly adoption: DisplayText;
  readonly bar: DisplayText;
  /** "123,341 of 359,096 enabled users active" */
  readonly activeOfEnabled: DisplayText;
  readonly hasPrompts: boolean;
  readonly prompts: DisplayText;
  /** Heading over the per-app bars, e.g. "Active users per app · Last 7 days". */
  readonly appsTitle: DisplayText;
  readonly appFacts: readonly Fact[];
};

/** A titled group of facts on a workload card, with a note under them. */
export type CardSection = {
  readonly title: DisplayText;
  readonly facts: readonly Fact[];
  readonly hasNote: boolean;
  readonly note: DisplayText;
};

/** A ranked list on a workload card (most active, largest, inactive the longest), a name line and a details line per row; the size guard may shorten it. */
export type CardList = { readonly title: DisplayText; readonly items: RowList };

/** The data `cards/workload.json` binds: every workload answer (`usage`, `teams`, `email`, …) is drawn with it. */
export type WorkloadCardData = {
  readonly header: ReportHeader;
  readonly identities: IdentityNote;
  /** The report had no rows: only the note says so, no figures. */
  readonly isEmpty: boolean;
  readonly emptyNote: DisplayText;
  readonly facts: readonly Fact[];
  readonly sections: readonly CardSection[];
  /** Buttons to the neighbouring answers, under the figures (the card's own actions are kept to six). */
  readonly hasLinks: boolean;
  readonly linksTitle: DisplayText;
  readonly links: readonly CardAction[];
  readonly withheld: WithheldDetail;
  readonly showLists: boolean;
  readonly lists: readonly CardList[];
  readonly actions: readonly CardAction[];
};

/** Card name → the data its template binds. */
export type CardData = {
  'copilot-summary': {
    readonly header: ReportHeader;
    readonly hasData: boolean;
    readonly emptyNote: DisplayText;
    /** One column per period, side by side (one for a single period). */
    readonly periods: readonly CopilotPeriodData[];
    /** Which users the per-app shares are of, e.g. "Shares of the 798 users enabled for Copilot in any app …". */
    readonly baseNote: DisplayText;
    readonly actions: readonly CardAction[];
  };
  'copilot-users': {
    readonly header: ReportHeader;
    readonly identities: IdentityNote;
    /** Which users a filtered list counts, and the directory's day; hidden without filters. */
    readonly filterNote: { readonly isShown: boolean; readonly text: DisplayText };
    readonly facts: readonly Fact[];
    readonly appsTitle: DisplayText;
    readonly appFacts: readonly Fact[];
    readonly baseNote: DisplayText;
    readonly listTitle: DisplayText;
    readonly showRows: boolean;
    readonly users: RowList;
    readonly withheld: WithheldDetail;
    readonly actions: readonly CardAction[];
  };
  'copilot-inactive': {
    readonly header: ReportHeader;
    readonly identities: IdentityNote;
    /** Which users a filtered list counts, and the directory's day; hidden without filters. */
    readonly filterNote: { readonly isShown: boolean; readonly text: DisplayText };
    readonly facts: readonly Fact[];
    /** For a period shorter than the idle window: why it lists no seats to reclaim, and the button to the idle window. */
    readonly tooShort: { readonly isShown: boolean; readonly text: DisplayText; readonly actions: readonly CardAction[] };
    /** The idle window's idle seats and idle spend; empty for a shorter period. */
    readonly idleTitle: DisplayText;
    readonly idleFacts: readonly Fact[];
    readonly listTitle: DisplayText;
    readonly showRows: boolean;
    readonly users: RowList;
    readonly withheld: WithheldDetail;
    readonly actions: readonly CardAction[];
  };
  'copilot-trend': {
    readonly header: ReportHeader;
    readonly hasData: boolean;
    readonly emptyNote: DisplayText;
    readonly facts: readonly Fact[];
    /** How the period's adoption and the average active per day relate. */
    readonly note: DisplayText;
    /** The line chart (at most MAX_CHART_POINTS points) and, always under it, the table of the numbers it draws. */
    readonly chart: {
      readonly title: DisplayText;
      readonly series: readonly ChartSeries[];
      /** The y axis's top: a whole number whose four ticks are whole numbers too. */
      readonly yMax: number;
      readonly tableTitle: DisplayText;
      /** A week per row (a day per row for a week or two), oldest first, as text: the chart is the only drawing. */
      readonly facts: readonly Fact[];
    };
    readonly actions: readonly CardAction[];
  };
  'attribute-groups': {
    readonly header: ReportHeader;
    /** The directory's day and how it was read; with a warning when an older copy stands in. */
    readonly directory: { readonly text: DisplayText; readonly isStale: boolean; readonly staleNote: DisplayText };
    /** "Only users whose department is Sales." */
    readonly filterNote: { readonly isShown: boolean; readonly text: DisplayText };
    readonly facts: readonly Fact[];
    readonly hasRows: boolean;
    /** For an answer with no users at all. */
    readonly emptyNote: DisplayText;
    /** "Departments · most users first" */
    readonly rowsTitle: DisplayText;
    /** One per value (bold name, figures under it), "other" last. */
    readonly rows: readonly Fact[];
    /** What "(not set)", "(not in directory)" and "other" hold, unassigned seats, the channel's rule. */
    readonly notes: readonly { readonly text: DisplayText }[];
    readonly actions: readonly CardAction[];
  };
  'copilot-licenses': {
    readonly header: ReportHeader;
    /** When the licence counts were read, and whether older cached ones stand in. */
    readonly licenceNote: DisplayText;
    readonly hasLicences: boolean;
    /** For a tenant without Copilot SKUs: what was looked for. */
    readonly noLicences: DisplayText;
    readonly seatsTitle: DisplayText;
    readonly seatFacts: readonly Fact[];
    readonly usageTitle: DisplayText;
    readonly usageFacts: readonly Fact[];
    readonly idleTitle: DisplayText;
    readonly idleFacts: readonly Fact[];
    readonly skusTitle: DisplayText;
    /** One line per Copilot SKU: part number, state, seats, price. */
    readonly skuLines: readonly { readonly text: DisplayText }[];
    readonly actions: readonly CardAction[];
  };
  activations: {
    readonly header: ReportHeader;
    readonly hasData: boolean;
    readonly emptyNote: DisplayText;
    readonly facts: readonly Fact[];
    /** Activated of assigned per product, as text bars. */
    readonly productsTitle: DisplayText;
    readonly productFacts: readonly Fact[];
    readonly hasSharedComputer: boolean;
    readonly sharedComputerTitle: DisplayText;
    readonly sharedComputerFacts: readonly Fact[];
    readonly actions: readonly CardAction[];
  };
  groups: {
    readonly header: ReportHeader;
    readonly identities: IdentityNote;
    readonly facts: readonly Fact[];
    /** Active vs inactive groups as a donut, illustrating the facts above it. */
    readonly chart: {
      readonly title: DisplayText;
      readonly slices: readonly DonutSlice[];
    };
    readonly hasTypes: boolean;
    readonly typesTitle: DisplayText;
    readonly typeFacts: readonly Fact[];
    readonly activityTitle: DisplayText;
    readonly byActivity: RowList;
    readonly storageTitle: DisplayText;
    readonly byStorage: RowList;
    readonly actions: readonly CardAction[];
  };
  'groups-inactive': {
    readonly header: ReportHeader;
    readonly identities: IdentityNote;
    readonly facts: readonly Fact[];
    readonly listTitle: DisplayText;
    readonly showRows: boolean;
    readonly groups: RowList;
    readonly withheld: WithheldDetail;
    readonly actions: readonly CardAction[];
  };
  workload: WorkloadCardData;
  help: {
    /** Just the not-understood line and the buttons of the commands to try. */
    readonly brief: boolean;
    readonly title: DisplayText;
    /** The not-understood line: what was typed, why, the did-you-mean and "type help". */
    readonly line: DisplayText;
    readonly hasOptions: boolean;
    readonly options: readonly CardAction[];
    readonly intro: DisplayText;
    readonly commands: readonly {
      readonly usage: DisplayText;
      readonly description: DisplayText;
      readonly example: readonly CardAction[];
    }[];
    readonly hasQuestions: boolean;
    readonly questionsTitle: DisplayText;
    /** “how many people use copilot” → copilot summary */
    readonly questions: readonly { readonly question: DisplayText; readonly command: DisplayText }[];
    readonly footer: DisplayText;
  };
  status: {
    readonly title: DisplayText;
    readonly facts: readonly Fact[];
    readonly cachedTitle: DisplayText;
    readonly cachedFacts: readonly Fact[];
    readonly budgetsTitle: DisplayText;
    readonly budgetFacts: readonly Fact[];
  };
  error: {
    readonly title: DisplayText;
    readonly message: DisplayText;
    readonly advice: DisplayText;
    readonly hasRetry: boolean;
    readonly retry: DisplayText;
    readonly code: DisplayText;
    readonly actions: readonly CardAction[];
  };
  'access-denied': {
    readonly title: DisplayText;
    readonly message: DisplayText;
    readonly advice: DisplayText;
  };
  'file-declined': {
    readonly message: DisplayText;
    readonly actions: readonly CardAction[];
  };
  'file-fallback': {
    readonly title: DisplayText;
    readonly message: DisplayText;
    /** File, rows, size. */
    readonly facts: readonly Fact[];
    /** `npm run --silent report -- csv … > <file name>` */
    readonly terminalCommand: DisplayText;
    readonly actions: readonly CardAction[];
  };
  'sent-privately': {
    readonly message: DisplayText;
  };
  digest: DigestCardData;
  'digest-status': {
    readonly title: DisplayText;
    /** What happened or holds: "Subscribed: this channel gets the weekly digest every Friday at 08:00 (Europe/Berlin)." */
    readonly message: DisplayText;
    readonly hasFacts: boolean;
    /** Schedule, status, next run, last run. */
    readonly facts: readonly Fact[];
    readonly hasNote: boolean;
    readonly note: DisplayText;
    readonly actions: readonly CardAction[];
  };
  progress: {
    readonly title: DisplayText;
    /** "Downloading · 45 % · 180,000 rows read" */
    readonly status: DisplayText;
    readonly note: DisplayText;
  };
  /** A firing alert (facts, trend, buttons), or the short message of one that went back (title and message only). */
  alert: {
    /** "🔔 Alert 2 · Idle Copilot seats above 100" */
    readonly title: DisplayText;
    /** "Idle Copilot seats: 128, 28 above the threshold of 100, since the data of Dec 4, 2026." */
    readonly message: DisplayText;
    readonly hasFacts: boolean;
    /** What the figure is made of, and the day of its data. */
    readonly facts: readonly Fact[];
    readonly hasTrend: boolean;
    readonly trendTitle: DisplayText;
    /** The figure at the bot's evaluations over the last weeks, oldest first. */
    readonly trendFacts: readonly Fact[];
    readonly hasNote: boolean;
    readonly note: DisplayText;
    readonly actions: readonly CardAction[];
  };
  /** A conversation's alerts: what just changed, each rule with its state, and the SKUs left out. */
  'alert-rules': {
    readonly title: DisplayText;
    readonly message: DisplayText;
    readonly rules: readonly { readonly heading: DisplayText; readonly facts: readonly Fact[] }[];
    readonly hasNote: boolean;
    readonly note: DisplayText;
    readonly actions: readonly CardAction[];
  };
  tenants: {
    readonly title: DisplayText;
    /** "The bot serves Home and 2 customer tenants." */
    readonly summary: DisplayText;
    readonly hasRows: boolean;
    /** One per tenant: its name, then id, consent and allowed users. */
    readonly rows: readonly Fact[];
    /** What is missing where, and how to grant it. */
    readonly notes: readonly { readonly text: DisplayText }[];
    /** Each tenant's admin consent page, as an Action.OpenUrl. */
    readonly links: readonly { readonly title: string; readonly url: string }[];
    readonly actions: readonly CardAction[];
  };
  /** An alert command for every customer: one fact per tenant. */
  'alert-tenants': {
    readonly title: DisplayText;
    readonly summary: DisplayText;
    readonly hasRows: boolean;
    readonly rows: readonly Fact[];
    readonly note: DisplayText;
    readonly actions: readonly CardAction[];
  };
  /** The customer tenants' figures, one fact per tenant, and their problems under them. */
  overview: {
    readonly title: DisplayText;
    readonly summary: DisplayText;
    /** One fact per customer: its name, then its figures. */
    readonly customers: RowList;
    /** One fact per problem: the customer's name, then what is wrong and what to do. */
    readonly problems: RowList;
    readonly note: DisplayText;
    readonly actions: readonly CardAction[];
  };
};

/** The cards there are templates for; the same names as the views. */
export type CardName = keyof CardData;
