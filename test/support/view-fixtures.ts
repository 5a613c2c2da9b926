/**
 * Hand-made, realistically shaped view models for the views tests (a Contoso-like tenant), and a
 * checker for the basic Adaptive Card structure Teams expects.
 */
import type { Attachment } from 'botbuilder';
import type { DirectoryMeta } from '../../src/reports/directory-reader.js';
import type { AppCount, DigestWorkloads, Freshness, GroupRow, ReplyMessage, ViewModels } from '../../src/view-models.js';
import { COPILOT_APPS } from '../../src/reports/catalog.js';
import { WORD_JOINER } from '../../src/views/escape-card-text.js';
import { phrase } from '../../src/i18n/message-types.js';
import { WORKLOAD_VIEWS } from './workload-fixtures.js';

export const FRESHNESS: Freshness = {
  refreshDate: '2026-11-19',
  lagDays: 3,
  source: 'Microsoft Graph',
  fetchedAt: '2026-11-21T14:05:00.000Z',
  cache: 'miss',
};

export const OFFICE_FRESHNESS: Freshness = { ...FRESHNESS, lagDays: 2 };

const ACTIVE_PER_APP: Record<string, number> = {
  microsoftTeams: 123341,
  word: 98012,
  excel: 41230,
  powerPoint: 36511,
  outlook: 88410,
  oneNote: 9120,
  loop: 2210,
  copilotChat: 65480,
};

/** Per-app counts with 359,096 enabled users; Teams has 123,341 active (34.3%). */
export function copilotApps(scale = 1): AppCount[] {
  return COPILOT_APPS.filter((app) => !('since' in app)).map(({ key, label }) => ({
    key,
    label,
    // One base for every app: the users enabled for Copilot in any app.
    enabled: 359096,
    active: Math.round((ACTIVE_PER_APP[key] ?? 0) * scale),
  }));
}

export const SUMMARY_D30: ViewModels['copilot-summary'] = {
  period: 'D30',
  version: 'v1',
  freshness: FRESHNESS,
  periods: [{ period: 'D30', days: 30, enabled: 359096, active: 165115, apps: copilotApps() }],
  actions: [
    { title: phrase('action.lastDays', { days: 7 }), command: 'copilot summary D7' },
    { title: phrase('action.lastDays', { days: 90 }), command: 'copilot summary D90' },
    { title: phrase('action.inactiveSeats'), command: 'copilot inactive D30' },
    { title: phrase('action.users'), command: 'copilot users D30' },
    { title: phrase('action.trend'), command: 'copilot trend D30' },
  ],
};

export const SUMMARY_ALL: ViewModels['copilot-summary'] = {
  period: 'ALL',
  version: 'v2',
  freshness: FRESHNESS,
  periods: [
    { period: 'D7', days: 7, enabled: 359096, active: 101220, apps: copilotApps(0.6), promptsSubmitted: 812400 },
    { period: 'D28', days: 28, enabled: 359096, active: 158771, apps: copilotApps(0.95), promptsSubmitted: 3120455 },
    { period: 'D90', days: 90, enabled: 359096, active: 201002, apps: copilotApps(), promptsSubmitted: 9855120 },
  ],
  actions: [],
};

const USER_ROWS = [
  { userPrincipalName: 'megan.bowen@contoso.com', displayName: 'Megan Bowen', lastActivityDate: '2026-11-18', appsUsed: ['Teams', 'Word'] },
  { userPrincipalName: 'adele_vance@contoso.com', displayName: 'Adele Vance', lastActivityDate: '2026-11-17', appsUsed: ['Outlook'] },
  { userPrincipalName: 'isaiah.langer@contoso.com', lastActivityDate: '2026-11-02', appsUsed: [] },
] as const;

export const USERS_SHOWN: ViewModels['copilot-users'] = {
  period: 'D30',
  freshness: FRESHNESS,
  identities: 'visible',
  enabled: 359096,
  active: 165115,
  neverActive: 120433,
  apps: copilotApps(),
  rows: USER_ROWS,
  totalRows: 165115,
  detail: { kind: 'shown' },
  actions: [
    { title: phrase('action.inactiveSeats'), command: 'copilot inactive D30' },
    { title: phrase('action.summary'), command: 'copilot summary D30' },
  ],
};

export const USERS_WITHHELD: ViewModels['copilot-users'] = {
  ...USERS_SHOWN,
  rows: [],
  detail: { kind: 'withheld', privateCommand: 'copilot users D30' },
  actions: [{ title: phrase('action.sendPrivately'), command: 'copilot users D30', delivery: 'private' }, ...USERS_SHOWN.actions],
};

/** Concealed tenants send MD5 hashes (32 uppercase hex characters) for names and UPNs. */
export const USERS_CONCEALED: ViewModels['copilot-users'] = {
  ...USERS_SHOWN,
  identities: 'concealed',
  rows: [
    { userPrincipalName: '5E0A1E3C6A1C2B7D9F00C1D2E3F4A5B6', displayName: 'A1B2C3D4E5F60718293A4B5C6D7E8F90', lastActivityDate: '2026-11-18', appsUsed: ['Teams'] },
  ],
};

export const INACTIVE_SHOWN: ViewModels['copilot-inactive'] = {
  period: 'D90',
  freshness: FRESHNESS,
  identities: 'visible',
  enabled: 359096,
  inactive: 158094,
  neverActive: 120433,
  idlePeriod: 'D30',
  scope: 'longer',
  idle: {
    status: 'ok',
    data: {
      idle: { period: 'D30', unassigned: 904, inactive: 193981, neverActive: 120433, seats: 194885 },
      spend: { currency: 'USD', monthly: 5846550, yearly: 70158600, inactiveSeatPrice: 30, unpricedSkus: [] },
    },
  },
  rows: [
    { userPrincipalName: 'lynne.robbins@contoso.com', displayName: 'Lynne Robbins', appsUsed: [] },
    { userPrincipalName: 'patti.fernandez@contoso.com', displayName: 'Patti Fernandez', lastActivityDate: '2026-07-30', appsUsed: [] },
  ],
  totalRows: 158094,
  detail: { kind: 'shown' },
  actions: [{ title: phrase('action.users'), command: 'copilot users D90' }],
};

export const INACTIVE_WITHHELD: ViewModels['copilot-inactive'] = {
  ...INACTIVE_SHOWN,
  rows: [],
  detail: { kind: 'withheld', privateCommand: 'copilot inactive D90' },
  actions: [{ title: phrase('action.sendPrivately'), command: 'copilot inactive D90', delivery: 'private' }, ...INACTIVE_SHOWN.actions],
};

/** `count` days ending on 2026-11-19, active users growing by 150 a day. */
export function trendDays(count: number): ViewModels['copilot-trend']['days'] {
  const end = Date.UTC(2026, 10, 19);
  return Array.from({ length: count }, (_, index) => {
    const daysBack = count - 1 - index;
    return {
      date: new Date(end - daysBack * 86_400_000).toISOString().slice(0, 10),
      enabled: 359096 - daysBack * 20,
      active: 165115 - daysBack * 150,
    };
  });
}

export const TREND_D30: ViewModels['copilot-trend'] = {
  period: 'D30',
  freshness: FRESHNESS,
  days: trendDays(30),
  periodActive: { period: 'D30', enabled: 359096, active: 265008 },
  actions: [{ title: phrase('action.summary'), command: 'copilot summary D30' }],
};

export const ACTIVATIONS: ViewModels['activations'] = {
  freshness: OFFICE_FRESHNESS,
  products: [
    { productType: 'MICROSOFT 365 APPS FOR ENTERPRISE', productName: 'Microsoft 365 Apps for enterprise', assigned: 359096, activated: 301422, sharedComputerActivation: 1204 },
    { productType: 'PROJECT ONLINE DESKTOP CLIENT', productName: 'Project Online Desktop Client', assigned: 1200, activated: 388 },
    { productType: 'VISIO ONLINE PLAN 2', productName: 'Visio Online Plan 2', assigned: 860, activated: 502, sharedComputerActivation: 12 },
  ],
  actions: [{ title: phrase('action.groups'), command: 'groups' }],
};

function group(name: string, extra: Partial<GroupRow> = {}): GroupRow {
  const id = `${[...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
  return { name, id, type: 'Public', memberCount: 42, storageBytes: 5_368_709_120, deleted: false, ...extra };
}

export const GROUPS_D30: ViewModels['groups'] = {
  period: 'D30',
  freshness: OFFICE_FRESHNESS,
  identities: 'visible',
  total: 1840,
  active: 1203,
  inactive: 637,
  deleted: 12,
  byType: [
    { type: 'Public', count: 1310 },
    { type: 'Private', count: 530 },
  ],
  topByActivity: [
    group('Sales EMEA', { lastActivityDate: '2026-11-19', exchangeReceivedEmailCount: 12840, sharePointActiveFileCount: 321 }),
    group('Project Falcon', { lastActivityDate: '2026-11-18', exchangeReceivedEmailCount: 5320, deleted: true }),
  ],
  topByStorage: [group('Engineering Archive', { storageBytes: 1_649_267_441_664, memberCount: 310 })],
  actions: [{ title: phrase('action.inactiveGroups'), command: 'groups inactive D30' }],
};

export const GROUPS_INACTIVE_SHOWN: ViewModels['groups-inactive'] = {
  period: 'D90',
  freshness: OFFICE_FRESHNESS,
  identities: 'visible',
  total: 1840,
  inactive: 637,
  rows: [
    group('Summer Party 2024', { owner: 'alex.wilber@contoso.com', lastActivityDate: '2025-08-01', memberCount: 12, storageBytes: 1536 }),
    group('Old Intranet', { deleted: true }),
  ],
  totalRows: 637,
  detail: { kind: 'shown' },
  actions: [{ title: phrase('action.groups'), command: 'groups D90' }],
};

export const GROUPS_INACTIVE_WITHHELD: ViewModels['groups-inactive'] = {
  ...GROUPS_INACTIVE_SHOWN,
  rows: [],
  detail: { kind: 'withheld', privateCommand: 'groups inactive D90' },
  actions: [{ title: phrase('action.sendPrivately'), command: 'groups inactive D90', delivery: 'private' }],
};

export const HELP: ViewModels['help'] = {
  defaultPeriod: 'D30',
  commands: [
    { usage: 'copilot summary [D7|D30|D90|D180|ALL]', description: phrase('command.copilot-summary'), example: 'copilot summary D30' },
    { usage: 'groups [D7|D30|D90|D180|YYYY-MM-DD]', description: phrase('command.groups'), example: 'groups D7' },
    { usage: 'help', description: phrase('command.help'), example: 'help' },
  ],
  questions: {
    en: [
      { question: 'how many people use copilot', command: 'copilot summary' },
      { question: 'who is not using copilot', command: 'copilot inactive' },
    ],
    ru: [{ question: 'сводка copilot за 30 дней', command: 'copilot summary D30' }],
    it: [{ question: 'riepilogo copilot D30', command: 'copilot summary D30' }],
    de: [{ question: 'copilot Zusammenfassung D30', command: 'copilot summary D30' }],
    fr: [{ question: 'résumé copilot D30', command: 'copilot summary D30' }],
    es: [{ question: 'resumen copilot D30', command: 'copilot summary D30' }],
  },
};

/** The short answer to a typo: the line, and the closest commands as buttons. */
export const HELP_UNKNOWN: ViewModels['help'] = {
  brief: true,
  reason: [phrase('parse.unknownDidYouMean', { input: 'copilot sumary', suggestion: 'copilot summary' })],
  suggestion: 'copilot summary',
  options: ['copilot summary', 'copilot users', 'copilot inactive'],
  defaultPeriod: 'D30',
  commands: [],
};

export const STATUS: ViewModels['status'] = {
  source: 'Microsoft Graph (contoso.onmicrosoft.com)',
  copilotApi: 'copilot-v1',
  cached: [
    { report: 'copilot-summary', parameter: 'D30', refreshDate: '2026-11-19', fetchedAt: '2026-11-21T14:05:00.000Z' },
    { report: 'activations', fetchedAt: '2026-11-21T13:00:00.000Z' },
  ],
  budgets: [
    { graphFunction: 'getMicrosoft365CopilotUserCountSummary', used: 3, limit: 14 },
    { graphFunction: 'getOffice365GroupsActivityDetail', used: 14, limit: 14, freeAt: '2026-11-21T14:15:00.000Z' },
  ],
};

export const ERROR_BUDGET: ViewModels['error'] = {
  code: 'BUDGET_EXHAUSTED',
  title: phrase('errorTitle.BUDGET_EXHAUSTED'),
  message: phrase('reportError.budget', { key: 'getMicrosoft365CopilotUserCountSummary', used: 14, minutes: 10, time: '14:15' }),
  retryAt: '2026-11-21T14:15:00.000Z',
  actions: [
    { title: phrase('action.tryAgain'), command: 'copilot summary D30' },
    { title: phrase('action.status'), command: 'status' },
  ],
};

export const ACCESS_DENIED: ViewModels['access-denied'] = { reason: 'user', contact: 'it-admins@contoso.com' };

export const SENT_PRIVATELY: ViewModels['sent-privately'] = { what: { kind: 'copilot-users', period: 'D30' } };

export const FILE_DECLINED: ViewModels['file-declined'] = { command: 'csv copilot inactive D90' };

export const FILE_FALLBACK: ViewModels['file-fallback'] = {
  fileName: 'copilot-inactive-D90-2026-11-19.csv',
  rowCount: 1162,
  sizeInBytes: 120_412,
  command: 'csv copilot inactive D90',
  reason: 'not-shown',
};

const DIGEST_APPS = [
  { key: 'microsoftTeams', label: 'Teams', enabled: 359096, active: { current: 123341, change: { previous: 120000, difference: 3341, relative: 3341 / 120000 } } },
  { key: 'word', label: 'Word', enabled: 359096, active: { current: 98012, change: { previous: 99012, difference: -1000, relative: -1000 / 99012 } } },
  { key: 'loop', label: 'Loop', enabled: 359096, active: { current: 2210, change: { previous: 0, difference: 2210 } } },
  { key: 'excel', label: 'Excel', enabled: 359096, active: { current: 41230, change: { previous: 41230, difference: 0, relative: 0 } } },
];

/** A second-week digest: every Copilot figure with its change (up, down, none, from zero), a seat price, things to act on. */
export const DIGEST: ViewModels['digest'] = {
  generatedAt: '2026-11-23T08:00:02.000Z',
  schedule: { day: 'monday', time: '09:00', timeZone: 'Europe/Berlin' },
  copilot: {
    status: 'ok',
    data: {
      period: 'D7',
      freshness: FRESHNESS,
      comparedWith: '2026-11-12',
      enabled: { current: 359096, change: { previous: 358000, difference: 1096, relative: 1096 / 358000 } },
      active: { current: 165115, change: { previous: 160000, difference: 5115, relative: 5115 / 160000 } },
      adoption: { current: 165115 / 359096, change: { previous: 160000 / 358000, difference: 165115 / 359096 - 160000 / 358000, relative: 0.0288 } },
      apps: DIGEST_APPS,
    },
  },
  activations: {
    status: 'ok',
    data: {
      freshness: OFFICE_FRESHNESS,
      products: [
        { productType: 'MICROSOFT 365 APPS FOR ENTERPRISE', productName: 'Microsoft 365 Apps for enterprise', assigned: 341, activated: 253 },
        { productType: 'PROJECT', productName: 'Project', assigned: 24, activated: 15 },
      ],
    },
  },
  groups: { status: 'ok', data: { period: 'D30', freshness: OFFICE_FRESHNESS, total: 1200, active: 1144, inactive: 56 } },
  inactiveSeats: {
    status: 'ok',
    data: {
      period: 'D30',
      freshness: FRESHNESS,
      enabled: 359096,
      inactive: 193981,
      idle: {
        idle: { period: 'D30', unassigned: 904, inactive: 193981, neverActive: 41234, seats: 194885 },
        spend: { currency: 'USD', monthly: 5846550, yearly: 70158600, inactiveSeatPrice: 30, unpricedSkus: [] },
      },
      action: { title: phrase('action.inactiveSeats'), command: 'copilot inactive D30', delivery: 'private' },
    },
  },
  departments: {
    status: 'ok',
    data: {
      period: 'D7',
      freshness: FRESHNESS,
      directoryDay: '2026-11-23',
      comparedWith: '2026-11-12',
      compared: 41,
      up: [
        { department: 'Customer Support', users: 21210, active: 10931, points: 6.2 },
        { department: 'Marketing', users: 16870, active: 8012, points: 3.9 },
      ],
      down: [{ department: 'Legal', users: 7140, active: 2140, points: -4.4 }],
    },
  },
  inactiveGroups: {
    status: 'ok',
    data: { period: 'D30', total: 1200, inactive: 56, action: { title: phrase('action.inactiveGroups'), command: 'groups inactive D30', delivery: 'private' } },
  },
  actions: [
    { title: phrase('action.copilotSummary'), command: 'copilot summary D7' },
    { title: phrase('action.copilotTrend'), command: 'copilot trend D30' },
    { title: phrase('action.activations'), command: 'activations' },
    { title: phrase('action.groups'), command: 'groups D30' },
  ],
};

/** The digest's Workloads line: active users per workload over the week, with their changes. */
export const DIGEST_WORKLOADS: DigestWorkloads = {
  period: 'D7',
  freshness: { ...FRESHNESS, refreshDate: '2026-11-20' },
  comparedWith: '2026-11-13',
  workloads: [
    { key: 'any', label: 'Any workload', active: { current: 1150, change: { previous: 1100, difference: 50, relative: 50 / 1100 } } },
    { key: 'exchange', label: 'Exchange', active: { current: 1101, change: { previous: 1101, difference: 0, relative: 0 } } },
    { key: 'yammer', label: 'Viva Engage (Yammer)', active: { current: 40, change: { previous: 0, difference: 40 } } },
    { key: 'teams', label: 'Teams', active: { current: 1012, change: { previous: 1040, difference: -28, relative: -28 / 1040 } } },
  ],
  action: { title: phrase('action.usage'), command: 'usage D7' },
};

/** A digest with its Workloads line. */
export const DIGEST_WITH_WORKLOADS: ViewModels['digest'] = { ...DIGEST, workloads: { status: 'ok', data: DIGEST_WORKLOADS } };

/** A digest whose every report failed. */
export const DIGEST_ALL_UNAVAILABLE: ViewModels['digest'] = {
  generatedAt: '2026-11-23T08:00:02.000Z',
  copilot: { status: 'unavailable', code: 'FORBIDDEN' },
  activations: { status: 'unavailable', code: 'THROTTLED' },
  groups: { status: 'unavailable', code: 'UNAVAILABLE' },
  inactiveSeats: { status: 'unavailable', code: 'FORBIDDEN' },
  inactiveGroups: { status: 'unavailable', code: 'UNAVAILABLE' },
  departments: { status: 'unavailable', code: 'FORBIDDEN' },
  actions: DIGEST.actions,
};

/** The same digest in a channel with three alerts, two of them firing on its idle seats and idle spend. */
export const DIGEST_WITH_ALERTS: ViewModels['digest'] = {
  ...DIGEST,
  alerts: {
    watched: 3,
    firing: [
      { number: 1, kind: 'idle-seats', threshold: { amount: 150_000, unit: 'count' }, figure: { amount: 194_885, unit: 'count' }, since: '2026-11-12' },
      { number: 3, kind: 'idle-spend', threshold: { amount: 5_000_000, unit: 'money', currency: 'USD' }, figure: { amount: 5_846_550, unit: 'money', currency: 'USD' }, since: '2026-11-19' },
    ],
    action: { title: phrase('action.alerts'), command: 'alerts' },
  },
};

/** Two Copilot SKUs, one over-assigned with units in warning and suspended, priced per SKU. */
export const LICENCES: ViewModels['copilot-licenses'] = {
  period: 'D30',
  freshness: FRESHNESS,
  licenceSource: { source: 'Microsoft Graph', fetchedAt: '2026-11-22T14:05:00.000Z', cache: 'miss' },
  licences: {
    skus: [
      {
        skuId: '639dec6b-bb19-468b-871c-c5c441c4b0cb',
        skuPartNumber: 'Microsoft_365_Copilot',
        productName: 'Microsoft 365 Copilot',
        capabilityStatus: 'Enabled',
        purchased: 360000,
        inWarning: 0,
        suspended: 0,
        lockedOut: 0,
        assigned: 359096,
        unassigned: 904,
        overAssigned: 0,
        monthlyPrice: 30,
      },
      {
        skuId: 'ad9c22b3-52d7-4e7e-973c-88121ea96436',
        skuPartNumber: 'Microsoft_365_Copilot_EDU',
        productName: 'Microsoft 365 Copilot (Education Faculty)',
        capabilityStatus: 'Warning',
        purchased: 120,
        inWarning: 20,
        suspended: 15,
        lockedOut: 0,
        assigned: 124,
        unassigned: 0,
        overAssigned: 4,
        monthlyPrice: 18,
      },
    ],
    total: { purchased: 360120, inWarning: 20, suspended: 15, lockedOut: 0, assigned: 359220, unassigned: 904, overAssigned: 4 },
    usage: { period: 'D30', enabled: 359096, active: 165115, inactive: 193981, neverActive: 41234 },
    idle: { period: 'D30', unassigned: 904, inactive: 193981, neverActive: 41234, seats: 194885 },
    spend: { currency: 'USD', monthly: 5846550, yearly: 70158600, inactiveSeatPrice: 29.99, unpricedSkus: [] },
  },
  extraSkuIds: [],
  actions: [
    { title: phrase('action.inactiveSeats'), command: 'copilot inactive D30' },
    { title: phrase('action.csv'), command: 'csv copilot licenses D30' },
    { title: phrase('action.summary'), command: 'copilot summary D30' },
  ],
};

/** The directory read this morning with the delta query. */
export const DIRECTORY: DirectoryMeta = {
  source: 'Microsoft Graph',
  day: '2026-11-22',
  fetchedAt: '2026-11-22T06:12:00.000Z',
  users: 412380,
  refresh: 'delta',
  cache: 'miss',
};

/** `copilot licenses D30 by department` in a channel: three departments, "(not set)", and the rest folded into "other". */
export const LICENCES_BY_DEPARTMENT: ViewModels['attribute-groups'] = {
  focus: 'idle',
  subject: 'copilot',
  attribute: 'department',
  period: 'D30',
  freshness: FRESHNESS,
  directory: DIRECTORY,
  filters: [],
  total: { users: 359096, active: 165115, neverActive: 41234, idle: 193981, idleMonthly: 5819430 },
  valueCount: 44,
  rows: [
    { kind: 'value', label: 'Sales', users: 81230, active: 30122, neverActive: 9120, idle: 51108, idleMonthly: 1533240 },
    { kind: 'value', label: 'Engineering', users: 70411, active: 41230, neverActive: 5011, idle: 29181, idleMonthly: 875430 },
    { kind: 'not-set', label: '(not set)', users: 17950, active: 6012, neverActive: 3020, idle: 11938, idleMonthly: 358140 },
    { kind: 'value', label: 'Research & Development', users: 18012, active: 9981, neverActive: 1190, idle: 8031, idleMonthly: 240930 },
    { kind: 'other', label: '', values: 41, users: 171493, active: 77770, neverActive: 22893, idle: 93723, idleMonthly: 2811690 },
  ],
  smallGroupsFolded: 3,
  concealed: 0,
  licences: { licenceMeta: LICENCES.licenceSource, idle: LICENCES.licences.idle, spend: { ...LICENCES.licences.spend!, inactiveSeatPrice: 30 } },
  actions: [
    { title: phrase('action.lastDays', { days: 7 }), command: 'copilot licenses D7 by department' },
    { title: phrase('action.adoption'), command: 'copilot summary D30 by department' },
    { title: phrase('action.inactive'), command: 'copilot inactive D30 by department' },
    { title: phrase('action.csv'), command: 'csv copilot licenses D30 by department' },
  ],
};

/** A channel's subscription right after `digest run-now` posted. */
export const DIGEST_STATUS: ViewModels['digest-status'] = {
  event: 'ran',
  conversation: 'channel',
  subscription: { schedule: { day: 'friday', time: '08:00', timeZone: 'Europe/Berlin' }, language: 'en', active: true, createdAt: '2026-11-20T10:15:00.000Z' },
  nextRun: '2026-11-27T07:00:00.000Z',
  lastRun: { occurrence: '2026-11-22T08:00:00.000Z', trigger: 'run-now', state: 'posted', finishedAt: '2026-11-22T08:00:03.000Z' },
  defaultSchedule: { day: 'monday', time: '09:00', timeZone: 'UTC' },
  actions: [
    { title: phrase('action.preview'), command: 'digest preview' },
    { title: phrase('action.runNow'), command: 'digest run-now' },
    { title: phrase('action.status'), command: 'digest status' },
  ],
};

/** Half of a 1,000,000-user tenant's Copilot detail downloaded, the last copy having had 400,097 rows. */
export const PROGRESS_HALFWAY: ViewModels['progress'] = {
  progress: {
    report: 'copilot-users',
    title: 'Microsoft 365 Copilot usage user detail',
    phase: 'downloading',
    bytes: 45_000_000,
    totalBytes: 100_000_000,
    rows: 180_043,
    previousRows: 400_097,
  },
  command: 'copilot inactive D90',
};

/** Idle Copilot seats past 100 in a Contoso-like tenant, with four weeks of evaluations. */
export const ALERT_FIRED: ViewModels['alert'] = {
  event: 'fired',
  rule: { number: 2, kind: 'idle-seats', threshold: { amount: 100, unit: 'count' } },
  figure: { amount: 128, unit: 'count' },
  dataDate: '2026-11-19',
  since: '2026-11-19',
  breakdown: {
    kind: 'idle-seats',
    idle: { period: 'D30', unassigned: 40, inactive: 88, neverActive: 21, seats: 128 },
    purchased: 1200,
    spend: { currency: 'USD', monthly: 3840, yearly: 46_080, inactiveSeatPrice: 30, unpricedSkus: [] },
  },
  trend: [
    { date: '2026-10-29', amount: 91 },
    { date: '2026-11-05', amount: 95 },
    { date: '2026-11-12', amount: 99 },
    { date: '2026-11-19', amount: 128 },
  ],
  excludedSkus: ['Microsoft_365_Copilot_Trial'],
  actions: [
    { title: phrase('action.inactiveSeats'), command: 'copilot inactive D30', delivery: 'private' },
    { title: phrase('action.licences'), command: 'copilot licenses D30' },
    { title: phrase('action.csv'), command: 'csv copilot inactive D30' },
    { title: phrase('action.alerts'), command: 'alerts' },
  ],
};

/** Users with a paid licence and no activity over 90 days past 200, with what their licences cost. */
export const ALERT_INACTIVE_USERS: ViewModels['alert'] = {
  ...ALERT_FIRED,
  rule: { number: 3, kind: 'inactive-users', threshold: { amount: 200, unit: 'count' }, period: 'D90' },
  figure: { amount: 214, unit: 'count' },
  breakdown: { kind: 'inactive-users', period: 'D90', users: 214, monthlyCost: 9_876.5, currency: 'USD' },
  excludedSkus: [],
  actions: [
    { title: phrase('action.inactiveUsers'), command: 'inactive users D90', delivery: 'private' },
    { title: phrase('action.licences'), command: 'licenses D90' },
    { title: phrase('action.csv'), command: 'csv inactive users D90' },
    { title: phrase('action.alerts'), command: 'alerts' },
  ],
};

/** The same rule back under its threshold. */
export const ALERT_RESOLVED: ViewModels['alert'] = { ...ALERT_FIRED, event: 'resolved', figure: { amount: 97, unit: 'count' }, dataDate: '2026-11-24', since: '2026-11-24', actions: [{ title: phrase('action.alerts'), command: 'alerts' }] };

/** A channel's three alerts: one firing, one quiet and snoozed, one paused after a refused post. */
export const ALERT_RULES: ViewModels['alert-rules'] = {
  event: 'list',
  conversation: 'channel',
  rules: [
    { number: 1, kind: 'idle-spend', threshold: { amount: 5000, unit: 'money', currency: 'USD' }, language: 'en', state: 'quiet', lastEvaluation: { dataDate: '2026-11-19', at: '2026-11-22T09:15:00.000Z', figure: { amount: 3840, unit: 'money', currency: 'USD' } } },
    {
      number: 2,
      kind: 'idle-seats',
      threshold: { amount: 100, unit: 'count' },
      language: 'en',
      state: 'firing',
      since: '2026-11-19',
      snoozedUntil: '2026-11-29T09:00:00.000Z',
      lastEvaluation: { dataDate: '2026-11-19', at: '2026-11-22T09:15:00.000Z', figure: { amount: 128, unit: 'count' } },
      lastPost: { event: 'fired', outcome: 'failed', at: '2026-11-22T09:15:03.000Z', reason: 'HTTP_502' },
    },
    { number: 3, kind: 'adoption-drop', threshold: { amount: 10, unit: 'points' }, language: 'it', state: 'new', paused: { at: '2026-11-20T09:00:00.000Z', status: 403, reason: 'HTTP_403' } },
  ],
  excludedSkus: ['Microsoft_365_Copilot_Trial'],
  maxRules: 25,
  actions: [],
};

/** The tenants a managing tenant serves: one with every permission, one missing two with its consent page, one whose token failed. */
export const TENANTS: ViewModels['tenants'] = {
  event: 'list',
  managingName: 'Home',
  tenants: [
    {
      name: 'Contoso',
      id: '1b0c7a52-55c4-4d2a-9a6e-2f0f6b8e1c01',
      allowedUsers: 3,
      check: { checkedAt: '2026-11-21T09:30:00.000Z', consent: 'granted', missing: [], unknown: [] },
    },
    {
      name: 'Tailspin_Toys',
      id: '2c1d8b63-66d5-4e3b-8b7f-3a1a7c9f2d02',
      allowedUsers: 0,
      check: { checkedAt: '2026-11-21T09:31:00.000Z', consent: 'granted', missing: ['LicenseAssignment.Read.All', 'User.Read.All'], unknown: [] },
      consentUrl: 'https://login.microsoftonline.com/2c1d8b63-66d5-4e3b-8b7f-3a1a7c9f2d02/adminconsent?client_id=6e6e6e6e-0000-4000-8000-000000000006',
    },
    {
      name: 'Northwind',
      id: '3d2e9c74-77e6-4f4c-9c80-4b2b8d0a3e03',
      allowedUsers: 1,
      check: { checkedAt: '2026-11-21T09:32:00.000Z', consent: 'failed', missing: [], unknown: [], entraCode: 'AADSTS7000215' },
    },
  ],
  actions: [],
};

/** One realistic message per view. */
export const EVERY_VIEW: readonly ReplyMessage[] = [
  { view: 'copilot-summary', model: SUMMARY_D30 },
  { view: 'copilot-users', model: USERS_SHOWN },
  { view: 'copilot-inactive', model: INACTIVE_SHOWN },
  { view: 'copilot-trend', model: TREND_D30 },
  { view: 'copilot-licenses', model: LICENCES },
  { view: 'attribute-groups', model: LICENCES_BY_DEPARTMENT },
  { view: 'activations', model: ACTIVATIONS },
  { view: 'groups', model: GROUPS_D30 },
  { view: 'groups-inactive', model: GROUPS_INACTIVE_SHOWN },
  { view: 'help', model: HELP_UNKNOWN },
  { view: 'status', model: STATUS },
  { view: 'error', model: ERROR_BUDGET },
  { view: 'access-denied', model: ACCESS_DENIED },
  { view: 'sent-privately', model: SENT_PRIVATELY },
  { view: 'file-declined', model: FILE_DECLINED },
  { view: 'file-fallback', model: FILE_FALLBACK },
  { view: 'digest', model: DIGEST },
  { view: 'digest-status', model: DIGEST_STATUS },
  { view: 'progress', model: PROGRESS_HALFWAY },
  { view: 'tenants', model: TENANTS },
  { view: 'alert', model: ALERT_FIRED },
  { view: 'alert', model: ALERT_INACTIVE_USERS },
  { view: 'alert-rules', model: ALERT_RULES },
  ...WORKLOAD_VIEWS,
];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function cardOf(attachment: Attachment): Json {
  expectContentType(attachment);
  return attachment.content as Json;
}

function expectContentType(attachment: Attachment): void {
  if (attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`not an Adaptive Card attachment: ${attachment.contentType}`);
  }
}

/** Every text an admin reads on the card (chart fallbacks included), word joiners removed. */
export function visibleTexts(card: Json): string[] {
  const texts: string[] = [];
  const visit = (element: unknown): void => {
    if (!isObject(element)) return;
    if (element['type'] === 'TextBlock') texts.push(String(element['text']));
    if (element['type'] === 'FactSet') for (const fact of list(element['facts'])) if (isObject(fact)) texts.push(`${String(fact['title'])}: ${String(fact['value'])}`);
    if (typeof element['type'] === 'string' && element['type'].startsWith('Action.')) texts.push(`[${String(element['title'])}]`);
    if (typeof element['type'] === 'string' && element['type'].startsWith('Chart.')) texts.push(`chart: ${String(element['title'])}`);
    for (const key of ['body', 'items', 'columns', 'actions', 'fallback']) {
      const child = element[key];
      if (Array.isArray(child)) child.forEach(visit);
      else visit(child);
    }
  };
  visit(card);
  return texts.map((text) => text.replaceAll(WORD_JOINER, ''));
}

/** Every Action.Submit on the card, in the body and at the bottom. */
export function submitActions(card: Json): { title: string; data: Json }[] {
  const found: { title: string; data: Json }[] = [];
  const visit = (element: unknown): void => {
    if (!isObject(element)) return;
    if (element['type'] === 'Action.Submit') found.push({ title: String(element['title']), data: element['data'] as Json });
    for (const key of ['body', 'items', 'columns', 'actions', 'fallback']) {
      const child = element[key];
      if (Array.isArray(child)) child.forEach(visit);
      else visit(child);
    }
  };
  visit(card);
  return found;
}

const ELEMENT_TYPES = new Set(['TextBlock', 'FactSet', 'ColumnSet', 'Container', 'ActionSet']);
const CHART_TYPES = new Set(['Chart.HorizontalBar', 'Chart.VerticalBar', 'Chart.Line', 'Chart.Donut', 'Chart.Gauge']);
const ACTION_TYPES = new Set(['Action.Submit', 'Action.OpenUrl', 'Action.ShowCard', 'Action.ToggleVisibility', 'Action.Execute']);

/**
 * What is wrong with `card` as an Adaptive Card 1.5 for Teams, or [] when nothing: the envelope,
 * known element and action types, facts and columns shaped as the schema says, charts with data and
 * fallback "drop", submit actions carrying a command, and no `${…}` left unbound.
 */
export function structureProblems(card: Json): string[] {
  const problems: string[] = [];
  const problem = (path: string, message: string) => problems.push(`${path}: ${message}`);
  if (card['type'] !== 'AdaptiveCard') problem('$', 'type is not AdaptiveCard');
  if (card['version'] !== '1.5') problem('$', `version ${String(card['version'])} is not 1.5`);
  if (typeof card['$schema'] !== 'string' || !String(card['$schema']).includes('adaptive-card.json')) problem('$', 'no $schema');
  if (!Array.isArray(card['body']) || card['body'].length === 0) problem('$', 'body is not a non-empty array');

  const checkAction = (action: unknown, path: string) => {
    if (!isObject(action) || !ACTION_TYPES.has(String(action['type']))) return problem(path, `unknown action ${JSON.stringify(action)}`);
    if (typeof action['title'] !== 'string' || action['title'] === '') problem(path, 'action without a title');
    if (action['type'] === 'Action.Submit') {
      const data = action['data'];
      if (!isObject(data) || typeof data['command'] !== 'string' || data['command'] === '') problem(path, 'Action.Submit without data.command');
      else if (data['delivery'] !== undefined && data['delivery'] !== 'private') problem(path, `delivery ${JSON.stringify(data['delivery'])}`);
    }
  };
  const checkElement = (element: unknown, path: string): void => {
    if (!isObject(element)) return void problem(path, 'not an object');
    const type = String(element['type']);
    if (type === 'Column') return void list(element['items']).forEach((item, i) => checkElement(item, `${path}.items[${i}]`));
    if (!ELEMENT_TYPES.has(type) && !CHART_TYPES.has(type)) return void problem(path, `unknown element type ${type}`);
    if (type === 'TextBlock' && typeof element['text'] !== 'string') problem(path, 'TextBlock without text');
    if (type === 'FactSet') {
      const facts = element['facts'];
      if (!Array.isArray(facts) || facts.some((fact) => !isObject(fact) || typeof fact['title'] !== 'string' || typeof fact['value'] !== 'string')) {
        problem(path, 'FactSet facts are not {title, value} strings');
      }
    }
    if (type === 'Container') {
      if (!Array.isArray(element['items'])) problem(path, 'Container without items');
      list(element['items']).forEach((item, i) => checkElement(item, `${path}.items[${i}]`));
    }
    if (type === 'ColumnSet') {
      const columns = element['columns'];
      if (!Array.isArray(columns)) problem(path, 'ColumnSet without columns');
      list(columns).forEach((column, i) => {
        if (!isObject(column) || column['type'] !== 'Column') problem(`${path}.columns[${i}]`, 'not a Column');
        checkElement(column, `${path}.columns[${i}]`);
      });
    }
    if (type === 'ActionSet') list(element['actions']).forEach((action, i) => checkAction(action, `${path}.actions[${i}]`));
    if (CHART_TYPES.has(type)) {
      if (!Array.isArray(element['data'])) problem(path, `${type} without a data array`);
      // The card states every number the chart draws, so a client without charts drops it.
      if (element['fallback'] !== 'drop') problem(path, `${type} without fallback "drop"`);
    }
  };
  list(card['body']).forEach((element, i) => checkElement(element, `body[${i}]`));
  list(card['actions']).forEach((action, i) => checkAction(action, `actions[${i}]`));
  if (JSON.stringify(card).includes('${')) problem('$', 'unbound ${…} left in the card');
  return problems;
}
