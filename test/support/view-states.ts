import { phrase } from '../../src/i18n/message-types.js';
import type { ReplyMessage, ViewModels, ViewName } from '../../src/view-models.js';
import type { WorkloadFigures } from '../../src/workload-view-models.js';
import {
  ACCESS_DENIED,
  ACTIVATIONS,
  DIGEST,
  DIGEST_STATUS,
  DIGEST_ALL_UNAVAILABLE,
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
  PROGRESS_HALFWAY,
  SENT_PRIVATELY,
  STATUS,
  SUMMARY_ALL,
  SUMMARY_D30,
  TREND_D30,
  USERS_CONCEALED,
  USERS_SHOWN,
  USERS_WITHHELD,
  trendDays,
} from './view-fixtures.js';
import { APPS, EMAIL, ONEDRIVE, SHAREPOINT, TEAMS, WORKLOAD_FIGURES, workloadModel } from './workload-fixtures.js';

const STALE_DEMO = { ...FRESHNESS, cache: 'stale', demo: true, source: 'Graph reports emulator' } as const;
const IDLE = INACTIVE_SHOWN.idle;
const NOBODY = { total: 1200, active: 0, inactive: 1200 };

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
    ['email, nobody active', workloadModel({ ...EMAIL, users: NOBODY, mostActive: [], inactive: [] })],
    ['onedrive, nothing active or stored', workloadModel({ ...ONEDRIVE, accounts: NOBODY, mostActive: [], largest: [], inactive: [] })],
    ['sharepoint, nothing viewed or stored', workloadModel({ ...SHAREPOINT, sites: NOBODY, mostViewed: [], largest: [], inactive: [] })],
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
    ['every report unavailable', { ...DIGEST_ALL_UNAVAILABLE, seats: { status: 'unavailable', code: 'LICENSE_FORBIDDEN' } }],
  ],
  'digest-status': [
    ['ran', DIGEST_STATUS],
    ['none', { ...DIGEST_STATUS, event: 'status', subscription: undefined, lastRun: undefined, nextRun: undefined }],
  ],
  progress: [['halfway', PROGRESS_HALFWAY]],
};

/** Every state of every view as `[name, message]` pairs, for `test.each`. */
export const ALL_VIEW_STATES: readonly (readonly [string, ReplyMessage])[] = (Object.keys(VIEW_STATES) as ViewName[]).flatMap((view) =>
  VIEW_STATES[view].map(([state, model]) => [`${view} (${state})`, { view, model } as ReplyMessage] as const),
);
