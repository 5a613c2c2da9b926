/**
 * Plain questions as data: the ideas a question may carry (each with the words that say it) and the
 * intents that pick a command from them, with example questions for the help card and README. The
 * exact grammar (parse.ts) is not here; read-question.ts reads a question with these tables.
 */

/** The words (lower case, apostrophes dropped: "don't" is "dont") that say one idea; several words are a phrase. */
export const CONCEPTS = {
  copilot: ['copilot', 'copilots', 'co-pilot', 'microsoft 365 copilot', 'm365 copilot', 'copilot chat'],
  /** Asking for a figure: how many, how much, the adoption. */
  count: ['how many', 'how much', 'number of', 'count', 'adoption', 'adopted', 'usage', 'uptake', 'summary', 'overview', 'stats', 'statistics', 'rate', 'percentage', 'share', 'total'],
  /** Asking for names: who, which, a list. */
  who: ['who', 'whom', 'whose', 'which', 'list', 'names'],
  people: ['people', 'users', 'user', 'persons', 'employees', 'staff', 'colleagues'],
  inactive: [
    'inactive', 'unused', 'idle', 'dormant', 'reclaim', 'reclaimable', 'not using', 'not use', 'not used', 'not active', 'never used',
    'never use', 'never active', 'dont use', 'doesnt use', 'arent using', 'isnt using', 'havent used', 'hasnt used', 'stopped using',
    'no activity', 'without activity', 'nobody uses', 'no one uses', 'use nothing', 'uses nothing', 'used nothing', 'using nothing',
  ],
  cost: ['cost', 'costs', 'costing', 'spend', 'spending', 'spent', 'waste', 'wasted', 'wasting', 'pay', 'paying', 'paid', 'money', 'price', 'expensive'],
  licences: ['licence', 'licences', 'license', 'licenses', 'licensed', 'licensing', 'sku', 'skus', 'subscription', 'subscriptions'],
  seats: ['seat', 'seats'],
  trend: ['trend', 'trends', 'trending', 'over time', 'per day', 'daily', 'by day', 'each day', 'history', 'growth', 'growing', 'changed', 'change', 'evolution'],
  activations: ['activations', 'activation', 'activated', 'activate', 'installs', 'installed', 'install', 'installations'],
  office: ['office', 'office apps', 'microsoft office', 'microsoft 365 apps', 'm365 apps'],
  groups: ['group', 'groups', 'microsoft 365 groups', 'm365 groups', 'office 365 groups'],
  status: ['status', 'freshness', 'fresh', 'refreshed', 'up to date', 'how old', 'last updated', 'data source'],
  /** The whole tenant's workloads at once; "microsoft 365 apps", "… copilot" and "… groups" are longer phrases of their own. */
  microsoft365: ['microsoft 365', 'm365', 'office 365', 'o365', 'workload', 'workloads', 'service', 'services', 'every workload', 'all workloads'],
  teams: ['teams', 'microsoft teams', 'meeting', 'meetings', 'chat', 'chats', 'call', 'calls', 'calling', 'channel messages'],
  email: ['email', 'emails', 'e-mail', 'mail', 'mails', 'mailbox', 'mailboxes', 'exchange', 'inbox'],
  onedrive: ['onedrive', 'onedrives', 'one drive'],
  sharepoint: ['sharepoint', 'share point', 'site', 'sites', 'intranet', 'page views'],
  /** The apps of the Microsoft 365 Apps report and the platforms it tells apart ("office" alone asks for activations). */
  apps: ['word', 'excel', 'powerpoint', 'onenote', 'desktop', 'mobile', 'web', 'platform', 'platforms', 'desktop apps', 'mobile apps', 'web apps'],
  /** Asking for the file rather than the card: the question then runs `csv <command>`. */
  export: ['csv', 'export', 'download', 'spreadsheet'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type Concept = keyof typeof CONCEPTS;

/** One way to recognise an intent: every concept of `all` is in the question and none of `none`. */
export type IntentPattern = { readonly all: readonly Concept[]; readonly none?: readonly Concept[] };

export type QuestionIntent = {
  /** The command's words, without a period (`copilot inactive`); the question's period is added to them. */
  readonly command: string;
  /** Any one pattern that fits selects the intent; a question two intents fit is not guessed. */
  readonly patterns: readonly IntentPattern[];
  /** Questions that run this command: shown in help and the README, and each one tested. */
  readonly examples: readonly string[];
};

/** The ideas that name what a question is about: a question naming none of them asks about the tenant as a whole. */
const SUBJECTS: readonly Concept[] = [
  'copilot', 'groups', 'activations', 'office', 'licences', 'cost', 'seats', 'status', 'teams', 'email', 'onedrive', 'sharepoint', 'apps',
];

/** The ideas that name one workload: a question about one of them is that workload's, not the tenant's. */
const WORKLOAD_SUBJECTS: readonly Concept[] = ['teams', 'email', 'onedrive', 'sharepoint', 'apps'];

/** The intents, one per command a question may run (`csv …` is any of them with an export word). */
export const QUESTION_INTENTS: readonly QuestionIntent[] = [
  {
    command: 'copilot summary',
    patterns: [
      { all: ['copilot'], none: ['count', 'who', 'people', 'inactive', 'cost', 'licences', 'seats', 'trend', 'groups', 'activations', 'office', 'status'] },
      { all: ['copilot', 'count'], none: ['who', 'inactive', 'cost', 'licences', 'seats', 'trend', 'groups', 'activations', 'office', 'status'] },
    ],
    examples: ['how many people use copilot', 'copilot last month'],
  },
  {
    command: 'copilot users',
    patterns: [
      { all: ['copilot', 'who'], none: ['count', 'inactive', 'cost', 'trend', 'groups'] },
      { all: ['copilot', 'people'], none: ['count', 'inactive', 'cost', 'licences', 'seats', 'trend', 'groups', 'activations'] },
    ],
    examples: ['who uses copilot', 'list copilot users this quarter'],
  },
  {
    command: 'copilot inactive',
    patterns: [
      { all: ['copilot', 'inactive'], none: ['cost'] },
      // Seats are Copilot's: the licence answers count "seats" of Copilot, "licences" of every SKU.
      { all: ['seats', 'inactive'], none: ['cost', 'groups'] },
    ],
    examples: ['who is not using copilot', 'inactive copilot seats this quarter'],
  },
  {
    command: 'copilot trend',
    patterns: [
      { all: ['trend', 'copilot'], none: ['inactive', 'cost', 'groups', 'activations'] },
      { all: ['trend', 'count'], none: ['inactive', 'cost', 'groups', 'activations'] },
    ],
    examples: ['copilot usage over time', 'how has copilot adoption changed in half a year'],
  },
  {
    command: 'copilot licenses',
    patterns: [
      { all: ['licences', 'copilot'], none: ['who', 'groups', 'activations', 'office', 'trend'] },
      { all: ['cost', 'copilot'], none: ['groups', 'activations', 'trend'] },
      { all: ['cost', 'seats'], none: ['groups', 'activations', 'trend', 'licences'] },
      { all: ['seats', 'count'], none: ['who', 'groups', 'trend', 'licences'] },
    ],
    examples: ['what do unused copilot seats cost', 'how many copilot seats do we have'],
  },
  {
    // "Licences" without Copilot are every licence the tenant pays for, as `licenses` typed is.
    command: 'licenses',
    patterns: [
      { all: ['licences'], none: ['copilot', 'seats', 'who', 'people', 'groups', 'activations', 'office', 'trend'] },
    ],
    examples: ['what do unused licences cost', 'how many licences do we have', 'how much are we wasting on licences this quarter'],
  },
  {
    command: 'inactive users',
    patterns: [
      { all: ['people', 'inactive'], none: ['copilot', 'seats', 'groups', 'activations', 'office', 'cost', ...WORKLOAD_SUBJECTS] },
      { all: ['who', 'inactive'], none: ['copilot', 'seats', 'groups', 'activations', 'office', 'cost', ...WORKLOAD_SUBJECTS] },
    ],
    examples: ['who has a licence and uses nothing', 'which users were inactive this quarter'],
  },
  {
    command: 'activations',
    patterns: [
      { all: ['activations'], none: ['copilot', 'groups'] },
      { all: ['office'], none: ['copilot', 'groups'] },
    ],
    examples: ['how many office activations', 'who installed office'],
  },
  {
    command: 'groups',
    patterns: [{ all: ['groups'], none: ['inactive'] }],
    examples: ['how many groups are active', 'groups last week'],
  },
  {
    command: 'groups inactive',
    patterns: [{ all: ['groups', 'inactive'] }],
    examples: ['which groups are not used', 'inactive groups this quarter'],
  },
  {
    command: 'usage',
    patterns: [
      { all: ['microsoft365'], none: [...SUBJECTS, 'inactive'] },
      // "usage last month", "how many people are active": a count of nothing in particular is the whole tenant's.
      { all: ['count'], none: [...SUBJECTS, 'inactive', 'trend', 'who'] },
    ],
    examples: ['how many people use microsoft 365', 'which workloads are used this quarter', 'usage last month'],
  },
  {
    command: 'teams',
    patterns: [{ all: ['teams'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'email', 'onedrive', 'sharepoint', 'apps'] }],
    examples: ['how many people use teams', 'who uses teams the most'],
  },
  {
    command: 'email',
    patterns: [{ all: ['email'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'teams', 'onedrive', 'sharepoint', 'apps'] }],
    examples: ['how much email was sent last week', 'who reads the most mail'],
  },
  {
    command: 'onedrive',
    patterns: [{ all: ['onedrive'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'teams', 'email', 'sharepoint', 'apps'] }],
    examples: ['who uses onedrive the most', 'how much onedrive storage is used'],
  },
  {
    command: 'sharepoint',
    patterns: [{ all: ['sharepoint'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'teams', 'email', 'onedrive', 'apps'] }],
    examples: ['which sharepoint sites are not used', 'sharepoint page views last week'],
  },
  {
    command: 'apps',
    patterns: [{ all: ['apps'], none: ['copilot', 'groups', 'activations', 'office', 'licences', 'cost', 'seats', 'teams', 'email', 'onedrive', 'sharepoint'] }],
    examples: ['who uses word and excel', 'how many people use excel on mobile'],
  },
  {
    command: 'status',
    patterns: [{ all: ['status'] }],
    examples: ['how fresh is the data', 'when was the data refreshed'],
  },
];

/** Words that name a stretch of time, in days (`month` is 30, or 28 under Copilot report v2). */
export const PERIOD_UNITS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  quarter: 90,
  quarters: 90,
  year: 365,
  years: 365,
};

/** Number words a period may be written with ("three months"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
  seven: 7,
  twelve: 12,
  thirty: 30,
  ninety: 90,
};

/** Words before a unit that mean one of it: "last week", "this quarter", "past month". */
export const PERIOD_LEAD_WORDS: readonly string[] = ['last', 'past', 'this', 'previous'];

/** Fixed phrases for a stretch of time, in days; 0 is all the data there is (ALL). */
export const PERIOD_PHRASES: Readonly<Record<string, number>> = {
  'half a year': 180,
  'half year': 180,
  'half-year': 180,
  quarter: 90,
  yesterday: 1,
  today: 1,
  'all time': 0,
  ever: 0,
  'since the beginning': 0,
  'since the start': 0,
};
