import { phrase } from '../../src/i18n/message-types.js';
import type { ReplyMessage, ViewModels, ViewName } from '../../src/view-models.js';
import type { WorkloadFigures } from '../../src/workload-view-models.js';
import {
  ACCESS_DENIED,
  ACTIVATIONS,
  ALERT_FIRED,
  ALERT_INACTIVE_USERS,
  ALERT_RESOLVED,
  ALERT_RULES,
  DIGEST,
  DIGEST_STATUS,
  DIGEST_ALL_UNAVAILABLE,
  DIGEST_WITH_ALERTS,
  DIGEST_WITH_WORKLOADS,
  DIGEST_WORKLOADS,
  ERROR_BUDGET,
  FILE_DECLINED,
  FILE_FALLBACK,
  FRESHNESS,
  GROUPS_D30,
  GROUPS_INACTIVE_SHOWN,
  GROUPS_INACTIVE_WITHHELD,
  HELP,
  HELP_UNKNOWN,
  INACTIVE_SHOWN,
  INACTIVE_WITHHELD,
  LICENCES,
  LICENCES_BY_DEPARTMENT,
  PROGRESS_HALFWAY,
  SENT_PRIVATELY,
  STATUS,
  SUMMARY_ALL,
  SUMMARY_D30,
  TENANTS,
  TREND_D30,
  USERS_CONCEALED,
  USERS_SHOWN,
  USERS_WITHHELD,
  trendDays,
} from './view-fixtures.js';
import { APPS, EMAIL, INACTIVE_USERS, LICENCES as ALL_LICENCES, ONEDRIVE, SHAREPOINT, TEAMS, WORKLOAD_FIGURES, workloadModel } from './workload-fixtures.js';

const STALE_DEMO = { ...FRESHNESS, cache: 'stale', demo: true, source: 'Graph reports emulator' } as const;
const IDLE = INACTIVE_SHOWN.idle;
const IDLE_SEATS = { period: 'D30', unassigned: 40, inactive: 88, neverActive: 21, seats: 128 };
const NOBODY = { total: 1200, active: 0, inactive: 1200 };
const DEPARTMENTS = DIGEST.departments?.status === 'ok' ? DIGEST.departments.data : undefined;
const RULE = { number: 4, kind: 'unassigned', threshold: { amount: 50, unit: 'count' }, sku: 'SPE_E5' } as const;
const SEATS = { purchased: 500, inWarning: 0, suspended: 0, lockedOut: 0, assigned: 440, unassigned: 60, overAssigned: 0 };

const RECLAIM = INACTIVE_USERS.list!;

/** Customers of the overview: figures with a price, without one, with no figures, and each problem. */
const OVERVIEW_ROWS: ViewModels['overview']['rows'] = [
  { name: 'Contoso', tenantId: '1b0c7a52-55c4-4d2a-9a6e-2f0f6b8e1c01', seats: 120, activeRate: 0.642, idlePeriod: 'D30', idleSeats: 43, idleSpend: { monthly: 1290, currency: 'USD' }, refreshDate: '2026-11-20', problems: [] },
  { name: 'Tailspin_Toys', tenantId: '2c1d8b63-66d5-4e3b-8b7f-3a1a7c9f2d02', seats: 1, activeRate: 1, idlePeriod: 'D28', idleSeats: 1, refreshDate: '2026-11-20', problems: [{ code: 'permissions-missing', permissions: ['LicenseAssignment.Read.All', 'User.Read.All'] }] },
  { name: 'Northwind', tenantId: '3d2e9c74-77e6-4f4c-9c80-4b2b8d0a3e03', problems: [{ code: 'consent-missing' }] },
  { name: 'Fabrikam-EU', tenantId: '4e3fad85-88f7-4a5d-ad91-5c3c9e1b4f04', problems: [{ code: 'throttled' }, { code: 'permissions-missing' }] },
  { name: 'Adatum', tenantId: '5f40be96-9908-4b6e-bea2-6d4daf2c5a05', problems: [{ code: 'unreadable' }] },
];
/** A card's worth of customers and more: the list is cut and says the CSV has them all. */
const MANY_CUSTOMERS: ViewModels['overview']['rows'] = Array.from({ length: 400 }, (_, index) => ({
  ...OVERVIEW_ROWS[0]!,
  name: `Customer-${String(index + 1).padStart(3, '0')}`,
  tenantId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
}));
const OVERVIEW_ACTIONS = [{ title: phrase('action.csv'), command: 'csv overview' }, { title: phrase('action.tenants'), command: 'tenants' }];
const EVERY_CUSTOMER_RULE = { kind: 'idle-seats', threshold: { amount: 100, unit: 'count' } } as const;
const ALERT_TENANT_ROWS: ViewModels['alert-tenants']['rows'] = [
  { tenant: 'Contoso', outcome: 'set', number: 2, current: { figure: { amount: 143, unit: 'count' }, dataDate: '2026-11-19' } },
  { tenant: 'Tailspin_Toys', outcome: 'set', number: 1, current: { unavailable: { code: 'NO_PRICE' } } },
  { tenant: 'Northwind', outcome: 'set', number: 5 },
  { tenant: 'Fabrikam-EU', outcome: 'exists', number: 3 },
  { tenant: 'Adatum', outcome: 'full', maxRules: 25 },
  { tenant: 'Litware', outcome: 'refused', reason: phrase('errorMessage.badActivity', { problems: 'conversation' }) },
  { tenant: 'Proseware', outcome: 'refused', reason: phrase('alertTenants.notAnswered') },
];
const MANY_ALERT_TENANTS: ViewModels['alert-tenants']['rows'] = Array.from({ length: 75 }, (_, index) => ({ tenant: `Customer-${String(index + 1).padStart(3, '0')}`, outcome: 'set', number: 1 }));
/** A tenant refusal as its error card shows it. */
function tenantRefusal(code: string, title: ViewModels['error']['title'], message: ViewModels['error']['message']): ViewModels['error'] {
  return { code, title, message, actions: [{ title: phrase('action.tenants'), command: 'tenants' }] };
}const tracked = (current: number, previous: number) => ({ current, change: { previous, difference: current - previous, relative: (current - previous) / previous } });
const DIGEST_LICENCES = {
  period: 'D30',
  freshness: FRESHNESS,
  comparedWith: '2026-11-13',
  currency: 'USD',
  lines: [
    { key: 'copilot', label: 'Microsoft 365 Copilot', seats: tracked(241, 250), monthlySpend: tracked(7230, 7500) },
    { key: 'POWER_BI_PRO', label: 'Power BI Pro', seats: tracked(12, 10) },
  ],
  more: { licences: 2, seats: 9 },
  total: { seats: tracked(401, 389), monthlySpend: tracked(12234, 12504) },
  action: { title: phrase('action.licences'), command: 'licenses D30' },
};

/** A conversation's alerts after a command that changed them (`event`), with rule 4 as the one changed. */
function changedRules(event: ViewModels['alert-rules']['event'], extra: Partial<ViewModels['alert-rules']> = {}): ViewModels['alert-rules'] {
  return { ...ALERT_RULES, event, changed: RULE, actions: [{ title: phrase('action.alerts'), command: 'alerts' }], ...extra };
}

/** A workload answer asked in a channel: its figures, its lists offered privately. */
function withheldWorkload(figures: WorkloadFigures): ViewModels['workload'] {
  const model = workloadModel(figures);
  const privateCommand = `${figures.kind} D30`;
  return { ...model, detail: { kind: 'withheld', privateCommand }, actions: [{ title: phrase('action.sendPrivately'), command: privateCommand, delivery: 'private' }, ...model.actions] };
}

/**
 * Every view, in the states that between them show all of its text: the pseudo-locale, size and width
 * tests render each through every language. Typed over every view name, so a view added without states
 * here does not compile, and its words are checked from the start.
 */
export const VIEW_STATES: { readonly [K in ViewName]: readonly (readonly [state: string, model: ViewModels[K]])[] } = {
  'copilot-summary': [
    ['D30', SUMMARY_D30],
    ['D30 of a customer tenant, demo data', { ...SUMMARY_D30, freshness: { ...FRESHNESS, demo: true, tenant: 'Tailspin_Toys' } }],
    ['ALL, report v2 with prompts, stale demo data', { ...SUMMARY_ALL, freshness: STALE_DEMO }],
    ['no data yet', { ...SUMMARY_D30, freshness: { ...FRESHNESS, refreshDate: undefined }, periods: [] }],
  ],
  'copilot-users': [
    ['shown, report v2 usage', { ...USERS_SHOWN, usage: { promptsSubmitted: 4_738_300, activeUsageDays: 1_210_560 }, rows: USERS_SHOWN.rows.map((row) => ({ ...row, usage: { promptsSubmitted: 120, activeUsageDays: 21 } })) }],
    ['withheld', USERS_WITHHELD],
    ['concealed', USERS_CONCEALED],
    ['empty', { ...USERS_SHOWN, rows: [], totalRows: 0 }],
  ],
  'copilot-inactive': [
    ['longer than the idle window', INACTIVE_SHOWN],
    ['the idle window, withheld', { ...INACTIVE_WITHHELD, period: 'D30', scope: 'same' }],
    [
      'shorter than the idle window',
      { ...INACTIVE_SHOWN, period: 'D7', scope: 'shorter', idle: undefined, rows: [], totalRows: 0, reclaimAction: { title: phrase('action.inactiveForDays', { days: 30 }), command: 'copilot inactive D30' } },
    ],
    ['licence counts unreadable', { ...INACTIVE_SHOWN, scope: 'same', period: 'D30', idle: { status: 'unavailable', code: 'LICENSE_FORBIDDEN' } }],
    ['nobody inactive', { ...INACTIVE_SHOWN, inactive: 0, neverActive: 0, rows: [], totalRows: 0, idle: IDLE }],
  ],
  'copilot-trend': [
    ['D30', TREND_D30],
    ['D7, a row per day', { ...TREND_D30, period: 'D7', days: trendDays(7), periodActive: undefined }],
    ['D180, a row per week', { ...TREND_D30, period: 'D180', days: trendDays(180) }],
    ['no data yet', { ...TREND_D30, days: [], periodActive: undefined }],
  ],
  'copilot-licenses': [
    ['two SKUs, one over-assigned and in warning', LICENCES],
    [
      'locked out, unpriced SKUs and stale licence counts',
      {
        ...LICENCES,
        licenceSource: { ...LICENCES.licenceSource, cache: 'stale' },
        licences: {
          ...LICENCES.licences,
          total: { ...LICENCES.licences.total, lockedOut: 3 },
          skus: LICENCES.licences.skus.map((sku) => ({ ...sku, lockedOut: 3, monthlyPrice: undefined })),
          usage: { ...LICENCES.licences.usage, enabled: 359000 },
          spend: { ...LICENCES.licences.spend!, unpricedSkus: ['Microsoft_365_Copilot_EDU'] },
        },
      },
    ],
    ['no price', { ...LICENCES, licences: { ...LICENCES.licences, spend: undefined } }],
    [
      'no Copilot SKU',
      { ...LICENCES, licences: { ...LICENCES.licences, skus: [], total: { purchased: 0, inWarning: 0, suspended: 0, lockedOut: 0, assigned: 0, unassigned: 0, overAssigned: 0 } }, extraSkuIds: ['0f1e2d3c-0000-4000-8000-000000000001'] },
    ],
  ],
  activations: [
    ['products', ACTIVATIONS],
    ['no data yet', { ...ACTIVATIONS, products: [] }],
  ],
  groups: [
    ['D30', GROUPS_D30],
    [
      'one day, a name twice, concealed, stale demo data',
      {
        ...GROUPS_D30,
        period: undefined,
        date: '2026-11-10',
        identities: 'concealed',
        freshness: STALE_DEMO,
        byType: [...GROUPS_D30.byType, { type: 'Unknown', count: 0 }],
        topByActivity: [...GROUPS_D30.topByActivity, { ...GROUPS_D30.topByActivity[0]!, id: 'ffffffff-0000-4000-8000-000000000000', lastActivityDate: undefined }],
      },
    ],
  ],
  'groups-inactive': [
    ['shown', GROUPS_INACTIVE_SHOWN],
    ['withheld', GROUPS_INACTIVE_WITHHELD],
    ['none inactive', { ...GROUPS_INACTIVE_SHOWN, inactive: 0, rows: [], totalRows: 0 }],
  ],
  workload: [
    ...WORKLOAD_FIGURES.map((figures) => [figures.kind, workloadModel(figures)] as const),
    ...[TEAMS, EMAIL, ONEDRIVE, SHAREPOINT, APPS].map((figures) => [`${figures.kind}, withheld`, withheldWorkload(figures)] as const),
    ...WORKLOAD_FIGURES.map((figures) => [`${figures.kind}, a report without rows`, workloadModel(figures, 0)] as const),
    [
      'teams without a daily average and nobody active, concealed, stale demo data',
      { ...workloadModel({ ...TEAMS, users: NOBODY, perDay: undefined, mostActive: [], inactive: [] }), identities: 'concealed', freshness: STALE_DEMO },
    ],
    ['licences, stale counts, no price', workloadModel({ ...ALL_LICENCES, licenceSource: { ...ALL_LICENCES.licenceSource, cache: 'stale' }, licences: { ...ALL_LICENCES.licences, currency: undefined, idle: { ...ALL_LICENCES.licences.idle, spend: undefined } } })],
    ['inactive users for a week: no list', workloadModel({ ...INACTIVE_USERS, scope: 'shorter', list: undefined })],
    ['inactive users without prices, names concealed in the Copilot report', workloadModel({ ...INACTIVE_USERS, scope: 'longer', currency: undefined, list: { ...RECLAIM, copilot: { ...RECLAIM.copilot, join: 'concealment-differs' }, copilotIdentities: 'concealed' } })],
    ['inactive users, concealed names that differ, nobody inactive', workloadModel({ ...INACTIVE_USERS, list: { ...RECLAIM, copilot: { holders: 3, inUse: 0, join: 'names-differ' }, head: [] } })],
    ['inactive users, Copilot unused', workloadModel({ ...INACTIVE_USERS, list: { ...RECLAIM, copilot: { holders: 3, inUse: 0, join: 'matched' }, head: RECLAIM.head.map((user) => ({ ...user, copilot: 'unknown' as const })) } })],
    ['email, nobody active', workloadModel({ ...EMAIL, users: NOBODY, mostActive: [], inactive: [] })],
    ['onedrive, nothing active or stored', workloadModel({ ...ONEDRIVE, accounts: NOBODY, mostActive: [], largest: [], inactive: [] })],
    ['sharepoint, nothing viewed or stored', workloadModel({ ...SHAREPOINT, sites: NOBODY, mostViewed: [], largest: [], inactive: [] })],
  ],
  'attribute-groups': [
    ['idle seats by department in a channel, folded, "(not set)" and "other"', LICENCES_BY_DEPARTMENT],
    [
      'inactive by country, filtered, not in the directory, concealed names, a stale directory read in full',
      {
        ...LICENCES_BY_DEPARTMENT,
        focus: 'inactive',
        attribute: 'country',
        filters: [
          { attribute: 'officeLocation', value: 'Berlin' },
          { attribute: 'companyName', value: '(not set)' },
        ],
        directory: { ...LICENCES_BY_DEPARTMENT.directory, refresh: 'full', cache: 'stale' },
        rows: [...LICENCES_BY_DEPARTMENT.rows, { kind: 'not-in-directory', label: '', users: 12, active: 1 }],
        smallGroupsFolded: 0,
        concealed: 1,
        licences: undefined,
      },
    ],
    ['inactive users and their licences by department', { ...LICENCES_BY_DEPARTMENT, subject: 'microsoft-365', licences: undefined, currency: 'USD' }],
    ['Microsoft 365 usage by job title', { ...LICENCES_BY_DEPARTMENT, focus: 'users', subject: 'microsoft-365', attribute: 'jobTitle', valueCount: 1, licences: undefined, smallGroupsFolded: 1 }],
    ['Copilot adoption by company, one row each', { ...LICENCES_BY_DEPARTMENT, focus: 'users', attribute: 'companyName', licences: undefined, rows: LICENCES_BY_DEPARTMENT.rows.map((row) => (row.kind === 'other' ? { ...row, values: 1 } : row)) }],
    ['inactive Microsoft 365 users by office, nobody', { ...LICENCES_BY_DEPARTMENT, focus: 'inactive', subject: 'microsoft-365', attribute: 'officeLocation', rows: [], valueCount: 0, licences: undefined, total: { users: 0, active: 0 } }],
  ],
  alert: [
    ['idle seats fired', ALERT_FIRED],
    ['inactive users', ALERT_INACTIVE_USERS],
    ['inactive users, no price', { ...ALERT_INACTIVE_USERS, breakdown: { kind: 'inactive-users', period: 'D90', users: 214 } }],
    ['resolved, demo data', { ...ALERT_RESOLVED, demo: true }],
    ['idle share', { ...ALERT_FIRED, rule: { number: 12, kind: 'idle-seats', threshold: { amount: 10, unit: 'percent' } }, figure: { amount: 10.7, unit: 'percent' }, excludedSkus: [] }],
    ['unassigned of one SKU', { ...ALERT_FIRED, rule: RULE, figure: { amount: 60, unit: 'count' }, breakdown: { kind: 'unassigned', seats: SEATS, skus: [{ productName: 'Microsoft 365 E5', skuPartNumber: 'SPE_E5' }] }, trend: [] }],
    ['unassigned Copilot seats, none counted', { ...ALERT_FIRED, rule: { ...RULE, sku: undefined }, figure: { amount: 60, unit: 'count' }, breakdown: { kind: 'unassigned', seats: SEATS, skus: [] }, trend: [] }],
    [
      'idle spend with an unpriced SKU',
      {
        ...ALERT_FIRED,
        rule: { number: 1, kind: 'idle-spend', threshold: { amount: 5000, unit: 'money', currency: 'USD' } },
        figure: { amount: 5123.45, unit: 'money', currency: 'USD' },
        breakdown: { kind: 'idle-spend', idle: ALERT_FIRED.breakdown.kind === 'idle-seats' ? ALERT_FIRED.breakdown.idle : IDLE_SEATS, spend: { currency: 'USD', monthly: 5123.45, yearly: 61_481.4, inactiveSeatPrice: 30.14, unpricedSkus: ['Microsoft_365_Copilot_EDU'] } },
      },
    ],
    [
      'adoption drop',
      {
        ...ALERT_FIRED,
        rule: { number: 3, kind: 'adoption-drop', threshold: { amount: 10, unit: 'points' } },
        figure: { amount: 10.2, unit: 'points' },
        breakdown: { kind: 'adoption-drop', period: 'D7', enabled: 798, active: 346, weekBefore: { date: '2026-11-12', enabled: 790, active: 423 } },
      },
    ],
    [
      'never used',
      {
        ...ALERT_FIRED,
        rule: { number: 5, kind: 'never-used', threshold: { amount: 20, unit: 'count' } },
        figure: { amount: 21, unit: 'count' },
        breakdown: { kind: 'never-used', usage: { period: 'D30', enabled: 1160, active: 1072, inactive: 88, neverActive: 21 } },
      },
    ],
  ],
  'alert-rules': [
    ['three rules in a channel', ALERT_RULES],
    ['none in a chat', { ...ALERT_RULES, conversation: 'groupChat', rules: [], excludedSkus: [] }],
    ['set, above the threshold, resumed', changedRules('set', { current: { figure: { amount: 60, unit: 'count' }, dataDate: '2026-11-19' }, resumed: { at: '2026-11-20T09:00:00.000Z', reason: 'HTTP_410' } })],
    ['set, no price', changedRules('set', { current: { unavailable: { code: 'NO_PRICE' } } })],
    ['set, currency changed', changedRules('set', { current: { unavailable: { code: 'CURRENCY_CHANGED', detail: 'EUR' } } })],
    ['set, no seats', changedRules('set', { current: { unavailable: { code: 'NO_SEATS' } } })],
    ['set, SKU not found', changedRules('set', { current: { unavailable: { code: 'SKU_NOT_FOUND', detail: 'SPE_E5' } } })],
    ['set, no week before', changedRules('set', { current: { unavailable: { code: 'NO_WEEK_BEFORE', detail: '2026-11-12' } } })],
    ['set, no users', changedRules('set', { current: { unavailable: { code: 'NO_USERS' } } })],
    ['exists', changedRules('exists')],
    ['removed', changedRules('removed')],
    ['snoozed', changedRules('snoozed', { rules: [...ALERT_RULES.rules, { ...RULE, language: 'de', state: 'quiet', snoozedUntil: '2026-11-29T09:00:00.000Z', lastPost: { event: 'resolved', outcome: 'gone', at: '2026-11-22T09:15:03.000Z' } }] })],
    ['excluded', changedRules('excluded', { changed: undefined, asked: 'Microsoft_365_Copilot_Trial' })],
    ['included', changedRules('included', { changed: undefined, asked: 'Microsoft_365_Copilot_Trial' })],
    ['not found', changedRules('not-found', { changed: undefined, asked: '7' })],
    ['full', changedRules('full', { changed: undefined })],
    ['language', changedRules('language', { changed: undefined, asked: 'ru' })],
  ],
  help: [
    ['full', HELP],
    ['brief', { ...HELP_UNKNOWN, unknownInput: 'copilot sumary D31' }],
  ],
  status: [['cached reports and budgets', STATUS]],
  error: [
    ['budget', ERROR_BUDGET],
    [
      'permission',
      {
        code: 'FORBIDDEN',
        title: phrase('errorTitle.FORBIDDEN'),
        message: phrase('errorMessage.FORBIDDEN', { command: 'copilot summary D30' }),
        actions: [
          { title: phrase('action.tryAgain'), command: 'copilot summary D30' },
          { title: phrase('action.status'), command: 'status' },
        ],
      },
    ],
    ['tenant words not understood', tenantRefusal('TENANT_COMMAND', phrase('tenantParse.title'), phrase('tenantParse.addForm', { example: '0a0a0a0a-0000-4000-8000-000000000001' }))],
    ['no tenant name', tenantRefusal('TENANT_COMMAND', phrase('tenantParse.title'), phrase('tenantParse.noName', { typed: '@9lives' }))],
    ['registry: no such tenant', tenantRefusal('NO_SUCH_TENANT', phrase('tenantRegistry.title'), phrase('tenantRegistry.noSuchTenant', { name: 'Contso', names: 'Contoso, Tailspin_Toys, Northwind' }))],
    ['registry: too many', tenantRefusal('REGISTRY_BUSY', phrase('tenantRegistry.title'), phrase('tenantRegistry.tooManyTenants', { max: 500 }))],
    ['unknown tenant', tenantRefusal('TENANT_UNKNOWN', phrase('tenantRefusal.unknownTitle'), phrase('tenantRefusal.unknown', { name: 'Contso', names: 'Home, Contoso, Tailspin_Toys' }))],
    ['another tenant from a customer', tenantRefusal('TENANT_NOT_HERE', phrase('tenantRefusal.notHereTitle'), phrase('tenantRefusal.notHere', { own: 'Contoso', named: 'Northwind' }))],
    ['@all from a customer', tenantRefusal('TENANT_NOT_HERE', phrase('tenantRefusal.notHereTitle'), phrase('tenantRefusal.everyCustomerNotHere', { own: 'Contoso', typed: 'all' }))],
    ['tenant commands from a customer', tenantRefusal('TENANT_ADMINS_ONLY', phrase('tenantRefusal.adminsOnlyTitle'), phrase('tenantRefusal.adminsOnly', { own: 'Contoso' }))],
    ['tenant list unreadable', tenantRefusal('TENANT_LIST_UNREADABLE', phrase('tenantRefusal.unreadableTitle'), phrase('tenantRefusal.unreadable', { tenantId: '0a0a0a0a-0000-4000-8000-000000000001' }))],
    ['@all with a report', tenantRefusal('TENANT_ALL', phrase('tenantRefusal.everyCustomerTitle'), phrase('tenantRefusal.everyCustomer'))],
    ['the overview for one tenant', tenantRefusal('TENANT_OVERVIEW', phrase('tenantRefusal.overviewNamedTitle'), phrase('tenantRefusal.overviewNamed', { name: 'Contoso' }))],
    ['the overview in a customer tenant', tenantRefusal('OVERVIEW_MANAGING_ONLY', phrase('tenantRefusal.overviewElsewhereTitle'), phrase('tenantRefusal.overviewElsewhere'))],
  ],
  'access-denied': [
    ['user', ACCESS_DENIED],
    ['tenant', { reason: 'tenant' }],
  ],
  'sent-privately': [['list', SENT_PRIVATELY]],
  'file-declined': [['declined', FILE_DECLINED]],
  'file-fallback': [
    ['not shown', FILE_FALLBACK],
    ['not sent, demo data', { ...FILE_FALLBACK, reason: 'not-sent', demo: true }],
  ],
  digest: [
    ['week two', DIGEST],
    ['with the Workloads line', DIGEST_WITH_WORKLOADS],
    ['the Workloads line on its first week', { ...DIGEST, workloads: { status: 'ok', data: { ...DIGEST_WORKLOADS, comparedWith: undefined } } }],
    ['the Workloads line without data', { ...DIGEST, workloads: { status: 'ok', data: { ...DIGEST_WORKLOADS, freshness: { ...FRESHNESS, refreshDate: undefined } } } }],
    ['the Workloads line unavailable', { ...DIGEST, workloads: { status: 'unavailable', code: 'FORBIDDEN' } }],
    [
      'preview, first week, demo data from a stale cache',
      {
        ...DIGEST,
        schedule: undefined,
        copilot: DIGEST.copilot.status === 'ok' ? { status: 'ok', data: { ...DIGEST.copilot.data, comparedWith: undefined, freshness: STALE_DEMO } } : DIGEST.copilot,
        seats: { status: 'ok', data: { period: 'D30', freshness: FRESHNESS, hasCopilotSkus: true, enabled: 359096, purchased: { current: 360000 }, assigned: { current: 359096 }, active: { current: 165115 }, idle: { current: 194885 }, unassigned: 904, inactive: 193981, idleSpend: { currency: 'USD', monthly: { current: 5846550 } }, action: { title: phrase('action.copilotLicences'), command: 'copilot licenses D30' } } },
      },
    ],
    ['with alerts firing', DIGEST_WITH_ALERTS],
    ['the Licences section', { ...DIGEST, licences: { status: 'ok', data: DIGEST_LICENCES } }],
    ['the Licences section on its first week, no price', { ...DIGEST, licences: { status: 'ok', data: { ...DIGEST_LICENCES, comparedWith: undefined, currency: undefined, lines: [{ key: 'POWER_BI_PRO', label: 'Power BI Pro', seats: { current: 12 } }], total: { seats: { current: 12 } } } } }],
    ['the Licences section without usage', { ...DIGEST, licences: { status: 'ok', data: { ...DIGEST_LICENCES, freshness: { ...FRESHNESS, refreshDate: undefined } } } }],
    ['the Licences section unavailable', { ...DIGEST, licences: { status: 'unavailable', code: 'LICENSE_FORBIDDEN' } }],
    ['alerts, none firing', { ...DIGEST_WITH_ALERTS, alerts: { ...DIGEST_WITH_ALERTS.alerts!, watched: 1, firing: [] } }],
    ['departments on their first week, no usage data yet', { ...DIGEST, departments: DEPARTMENTS && { status: 'ok', data: { ...DEPARTMENTS, comparedWith: undefined, freshness: { ...FRESHNESS, refreshDate: undefined } } } }],
    ['no department moved', { ...DIGEST, departments: DEPARTMENTS && { status: 'ok', data: { ...DEPARTMENTS, up: [], down: [] } } }],
    ['departments concealed', { ...DIGEST, departments: { status: 'unavailable', code: 'NAMES_CONCEALED' } }],
    ['departments forbidden', { ...DIGEST, departments: { status: 'unavailable', code: 'DIRECTORY_FORBIDDEN' } }],
    ['every report unavailable', { ...DIGEST_ALL_UNAVAILABLE, seats: { status: 'unavailable', code: 'LICENSE_FORBIDDEN' } }],
  ],
  'digest-status': [
    ['ran', DIGEST_STATUS],
    ['none', { ...DIGEST_STATUS, event: 'status', subscription: undefined, lastRun: undefined, nextRun: undefined }],
  ],
  progress: [['halfway', PROGRESS_HALFWAY]],
  tenants: [
    ['three customers: granted, permissions missing, no token', TENANTS],
    ['none yet', { ...TENANTS, tenants: [] }],
    ['one added, not checked', { ...TENANTS, event: 'added', tenants: [{ name: 'Contoso', id: '1b0c7a52-55c4-4d2a-9a6e-2f0f6b8e1c01', allowedUsers: 0 }] }],
    ['checked, no consent', { ...TENANTS, event: 'checked', tenants: [{ ...TENANTS.tenants[2]!, check: { ...TENANTS.tenants[2]!.check!, consent: 'missing' }, consentUrl: TENANTS.tenants[1]!.consentUrl! }] }],
    ['checked, a permission not checked', { ...TENANTS, event: 'checked', tenants: [{ ...TENANTS.tenants[0]!, check: { ...TENANTS.tenants[0]!.check!, unknown: ['User.Read.All'] } }] }],
    ['removed', { ...TENANTS, event: 'removed', tenants: [TENANTS.tenants[0]!] }],
    ['one user allowed', { ...TENANTS, event: 'allowed', tenants: [{ ...TENANTS.tenants[2]!, allowedUsers: 1 }] }],
    ['users no longer allowed', { ...TENANTS, event: 'disallowed', tenants: [{ ...TENANTS.tenants[0]!, allowedUsers: 2 }] }],
    ['in use: a customer', { event: 'in-use', managingName: 'Home', tenants: [], inUse: 'Contoso', actions: [] }],
    ['use set: the managing tenant', { event: 'use-set', managingName: 'Home', tenants: [], inUse: 'Home', actions: [] }],
  ],
  'alert-tenants': [
    ['set in every customer, each outcome', { event: 'set', conversation: 'channel', rule: EVERY_CUSTOMER_RULE, number: 1, rows: ALERT_TENANT_ROWS, actions: [{ title: phrase('action.alertsEveryCustomer'), command: 'alerts @all' }] }],
    ['set, not kept, in a chat, more customers than shown', { event: 'set', conversation: 'groupChat', rule: EVERY_CUSTOMER_RULE, rows: MANY_ALERT_TENANTS, actions: [] }],
    [
      'list with kept rules',
      {
        event: 'list',
        conversation: 'channel',
        rules: [{ number: 1, ...EVERY_CUSTOMER_RULE }, { number: 2, kind: 'idle-spend', threshold: { amount: 5000, unit: 'money', currency: 'USD' } }],
        rows: [
          { tenant: 'Contoso', outcome: 'rules', rules: 2, firing: 1 },
          { tenant: 'Northwind', outcome: 'rules', rules: 1, firing: 0 },
          { tenant: 'Adatum', outcome: 'rules', rules: 0, firing: 0 },
        ],
        actions: [],
      },
    ],
    ['removed', { event: 'removed', conversation: 'channel', rule: EVERY_CUSTOMER_RULE, number: 1, rows: [{ tenant: 'Contoso', outcome: 'removed', number: 2 }, { tenant: 'Adatum', outcome: 'absent' }], actions: [] }],
    ['no customers yet', { event: 'set', conversation: 'channel', rule: EVERY_CUSTOMER_RULE, number: 1, rows: [], actions: [] }],
    ['not found', { event: 'not-found', conversation: 'channel', number: 7, rows: [], actions: [] }],
  ],
  overview: [
    ['each figure and problem', { managingName: 'Home', rows: OVERVIEW_ROWS, actions: OVERVIEW_ACTIONS }],
    ['one customer, demo data', { managingName: 'Home', rows: [OVERVIEW_ROWS[0]!], demo: true, actions: OVERVIEW_ACTIONS }],
    ['more customers than a card holds', { managingName: 'Home', rows: MANY_CUSTOMERS, actions: OVERVIEW_ACTIONS }],
    ['no customer yet', { managingName: 'Home', rows: [], actions: [OVERVIEW_ACTIONS[1]!] }],
  ],
};

/** Every state of every view as `[name, message]` pairs, for `test.each`. */
export const ALL_VIEW_STATES: readonly (readonly [string, ReplyMessage])[] = (Object.keys(VIEW_STATES) as ViewName[]).flatMap((view) =>
  VIEW_STATES[view].map(([state, model]) => [`${view} (${state})`, { view, model } as ReplyMessage] as const),
);
