/**
 * `inactive users [period]`: the reclaim list across SKUs, users with a paid licence and no activity in any
 * workload in the period, each with their licences, last activity per workload and what their licences
 * cost a month, most expensive first (personal chat; elsewhere the totals and a private offer). A week is no
 * reclaim list: `inactive users D7` counts, explains and offers the 30 days, with no list, file or cost.
 * Its CSV holds every listed user in the card's order; the totals go on the card and the file offer.
 */
import { phrase } from '../i18n/message-types.js';
import { workloadActivityOf } from '../reports/active-users-snapshot.js';
import type { AnyRow } from '../reports/catalog.js';
import { scopeOfPeriod, WORKLOAD_IDLE_PERIOD, type PeriodScope } from '../reports/figures.js';
import {
  copilotSeatOf,
  createLicencePricer,
  isReclaimable,
  mostExpensiveFirst,
  readReclaim,
  reclaimUserOf,
  type ReclaimReading,
  type ReclaimUser,
} from '../reports/reclaim-list.js';
import { ReportRequestError } from '../reports/report-errors.js';
import { SNAPSHOT_ROW_LIMIT } from '../reports/report-snapshot.js';
import type { LicenceSettings } from '../reports/copilot-licences.js';
import { WORKLOADS } from '../reports/workload-catalog.js';
import type { ExportFigure } from '../files/export-file.js';
import type { CsvColumn } from '../files/report-csv.js';
import type { InactiveUsersFigures } from '../workload-view-models.js';
import type { ReportCommandEntry } from './report-commands.js';

/** What the list is read with: its scope, and for the idle window and longer the joined list. */
type ReclaimInputs = { readonly scope: PeriodScope; readonly reading?: ReclaimReading; readonly settings: LicenceSettings };

/** Skype for Business Online was retired in 2021: its column stays in the report, not in the file. */
const FILE_WORKLOADS = WORKLOADS.filter((workload) => workload.key !== 'skypeForBusiness');

const COPILOT_SEAT_NAMES = { idle: 'Idle', 'in-use': 'In use', unknown: 'Not known', none: '' } as const;

const INACTIVE_USERS_COLUMNS: readonly CsvColumn[] = [
  { key: 'userPrincipalName', header: 'User Principal Name' },
  { key: 'displayName', header: 'Display Name' },
  { key: 'licences', header: 'Licences' },
  { key: 'skuPartNumbers', header: 'SKU Part Numbers' },
  { key: 'monthlyCost', header: 'Monthly Cost' },
  { key: 'currency', header: 'Currency' },
  { key: 'lastActivityDate', header: 'Last Activity Date' },
  ...FILE_WORKLOADS.map((workload) => ({ key: workload.key, header: `${workload.label} Last Activity Date` })),
  { key: 'copilotSeat', header: 'Copilot Seat' },
  { key: 'copilotLastActivityDate', header: 'Copilot Last Activity Date' },
  { key: 'reportRefreshDate', header: 'Report Refresh Date' },
  { key: 'reportPeriod', header: 'Report Period' },
];

/** A listed user as a row of the file. */
function fileRow(user: ReclaimUser, currency: string | undefined, refreshDate: string | undefined, days: number): AnyRow {
  return {
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    licences: user.licences.map((licence) => licence.productName).join('; '),
    skuPartNumbers: user.licences.flatMap((licence) => (licence.skuPartNumber !== undefined ? [licence.skuPartNumber] : [])).join('; '),
    monthlyCost: currency !== undefined ? user.monthlyCost : undefined,
    currency,
    lastActivityDate: user.lastActivityDate,
    ...Object.fromEntries(FILE_WORKLOADS.map((workload) => [workload.key, user.workloads[workload.key]])),
    copilotSeat: COPILOT_SEAT_NAMES[user.copilot],
    copilotLastActivityDate: user.copilotLastActivityDate,
    reportRefreshDate: refreshDate,
    reportPeriod: days,
  };
}

export const INACTIVE_USERS_COMMAND: ReportCommandEntry<'active-users', InactiveUsersFigures, ReclaimInputs> = {
  words: 'inactive users',
  description: phrase('command.inactive-users'),
  example: 'inactive users D90',
  menus: ['personal'],
  reports: ['active-users'],
  lists: true,
  up: { title: phrase('action.allLicences'), command: 'licenses' },
  linksOf: (figures) => (figures.scope === 'shorter' ? [{ title: phrase('action.inactiveForDays', { days: 30 }), command: 'inactive-users', period: WORKLOAD_IDLE_PERIOD }] : []),
  async inputs({ reports }, sources) {
    const active = reports['active-users'];
    const scope = scopeOfPeriod(active.meta.period ?? WORKLOAD_IDLE_PERIOD, undefined);
    if (scope === 'shorter') return { scope, settings: sources.licences };
    const reading = await readReclaim(sources.reports, active, active.window, sources.licences, sources.copilotVersion, SNAPSHOT_ROW_LIMIT);
    return { scope, reading, settings: sources.licences };
  },
  figures({ reports, inputs, listRows }) {
    const { snapshot, window } = reports['active-users'];
    const { reading, settings } = inputs;
    const currency = settings.price?.currency;
    const list = reading?.list;
    return {
      kind: 'inactive-users',
      scope: inputs.scope,
      idlePeriod: WORKLOAD_IDLE_PERIOD,
      inactive: workloadActivityOf(snapshot, window).anyWorkload.inactive,
      ...(list && reading
        ? {
            list: {
              users: list.users,
              monthlyCost: list.monthlyCost,
              licences: list.licences,
              copilot: list.copilot,
              head: list.head.slice(0, listRows),
              copilotIdentities: reading.copilotMeta.identities,
            },
          }
        : {}),
      ...(currency !== undefined ? { currency } : {}),
    };
  },
  fileRows: (figures) => figures.list?.users ?? 0,
  csv({ reports, inputs }, { figures, sortRows }) {
    const { reading, settings } = inputs;
    const active = reports['active-users'];
    if (!reading) {
      throw new ReportRequestError('UNSUPPORTED_PARAMETER', phrase('inactiveUsers.noFile', { period: active.meta.period ?? '', idle: WORKLOAD_IDLE_PERIOD }));
    }
    const priceOf = createLicencePricer(reading.skus, settings);
    const { window, meta } = active;
    async function* listed(): AsyncGenerator<ReclaimUser> {
      for await (const row of active.rows()) {
        const holding = priceOf(row.assignedProducts);
        if (!isReclaimable(row, window, holding)) continue;
        const seat = copilotSeatOf(holding.holdsCopilot, reading!.list, row.userPrincipalName, window);
        yield reclaimUserOf(row, holding, seat, reading!.list.copilotActivity.get(row.userPrincipalName));
      }
    }
    async function* rows(): AsyncGenerator<AnyRow> {
      for await (const user of sortRows(listed(), mostExpensiveFirst)) yield fileRow(user, figures.currency, meta.refreshDate, window.days);
    }
    const list = figures.list!;
    const totals: ExportFigure[] = [
      { name: 'inactiveLicensed', value: list.users },
      ...(figures.currency !== undefined ? [{ name: 'licenceCostMonthly' as const, value: list.monthlyCost, unit: 'money' as const, currency: figures.currency }] : []),
    ];
    return { report: 'active-users', rows, columns: INACTIVE_USERS_COLUMNS, totals };
  },
};
