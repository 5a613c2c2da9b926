/**
 * `licenses [period]` (also `licences`): every subscribed SKU with its seats purchased, assigned and
 * unassigned, its holders in the active-user detail and those with no activity in any workload in the
 * period, and the idle seats and idle spend of each SKU and of all licences (the last 30 days whatever the
 * period). Copilot SKUs keep their Copilot-usage meaning; free and trial SKUs are marked and never spend.
 * Aggregates only, so it answers in channels too; its CSV has one row per SKU (and per product no SKU matches).
 */
import { phrase } from '../i18n/message-types.js';
import { readAllLicences, type AllLicences, type AllLicencesReading } from '../reports/all-licences.js';
import type { AnyRow } from '../reports/catalog.js';
import { freshnessOf } from '../reports/report-freshness.js';
import type { ExportFigure } from '../files/export-file.js';
import { SEAT_COLUMNS, SKU_COLUMNS, skuSeatCells } from '../files/licence-export.js';
import type { CsvColumn } from '../files/report-csv.js';
import type { LicencesFigures } from '../workload-view-models.js';
import { inMemoryRows } from './detail-lists.js';
import type { ReportCommandEntry } from './report-commands.js';

/** The licence file's columns: one row per SKU, each adding up on its own. */
const LICENSES_COLUMNS: readonly CsvColumn[] = [
  ...SKU_COLUMNS,
  { key: 'kind', header: 'Kind' },
  ...SEAT_COLUMNS,
  { key: 'holders', header: 'Holders in Usage Report' },
  { key: 'inactiveHolders', header: 'Holders Inactive in Period' },
  { key: 'idleSeats', header: 'Idle Seats (Last 30 Days)' },
  { key: 'monthlyPrice', header: 'Monthly Price per Seat' },
  { key: 'idleMonthlySpend', header: 'Idle Spend per Month' },
  { key: 'currency', header: 'Currency' },
  { key: 'reportPeriod', header: 'Report Period' },
];

const KIND_NAMES = { paid: 'Paid', copilot: 'Copilot', free: 'Free or trial' } as const;

/** One row per SKU, then one per product of the report that matches no SKU. */
function licenceRows(licences: AllLicences, days: number): AnyRow[] {
  const { copilot, currency } = licences;
  // Copilot's idle seats are one figure for all Copilot SKUs: they belong to a row only when there is one.
  const copilotSkus = licences.skus.filter((sku) => sku.kind === 'copilot');
  const copilotIdle = copilot && copilotSkus.length === 1 ? copilot : undefined;
  const money = (amount: number | undefined) => (amount !== undefined && currency !== undefined ? amount : undefined);
  const skuRows = licences.skus.map((sku) => {
    const idleSeats = sku.idle?.seats ?? (sku.kind === 'copilot' ? copilotIdle?.idle.seats : undefined);
    const spend = sku.idleMonthlySpend ?? (sku.kind === 'copilot' ? copilotIdle?.spend?.monthly : undefined);
    return {
      ...skuSeatCells(sku),
      kind: KIND_NAMES[sku.kind],
      holders: sku.holders,
      inactiveHolders: sku.inactiveHolders,
      idleSeats,
      monthlyPrice: money(sku.monthlyPrice),
      idleMonthlySpend: money(spend),
      currency: sku.monthlyPrice !== undefined ? currency : undefined,
      reportPeriod: days,
    };
  });
  const productRows = licences.unmatched.map((product) => ({
    productName: product.productName,
    kind: product.free ? KIND_NAMES.free : 'No SKU found',
    holders: product.holders,
    inactiveHolders: product.inactiveHolders,
    idleSeats: product.free ? undefined : product.idleHolders,
    reportPeriod: days,
  }));
  return [...skuRows, ...productRows];
}

/** What the rows add up to, stated on the file offer. */
function licenceTotals(licences: AllLicences): ExportFigure[] {
  const { total, idle } = licences;
  return [
    { name: 'seatsPurchased', value: total.purchased },
    { name: 'seatsAssigned', value: total.assigned },
    { name: 'seatsUnassigned', value: total.unassigned },
    { name: 'seatsOverAssigned', value: total.overAssigned },
    { name: 'idleSeats', value: idle.seats },
    ...(idle.spend ? [{ name: 'idleSpendMonthly' as const, value: idle.spend.monthly, unit: 'money' as const, currency: idle.spend.currency }] : []),
  ];
}

export const LICENSES_COMMAND: ReportCommandEntry<'active-users', LicencesFigures, AllLicencesReading> = {
  words: 'licenses',
  aliases: ['licences'],
  description: phrase('command.licenses'),
  example: 'licenses D30',
  menus: ['personal', 'channel'],
  reports: ['active-users'],
  links: [
    { title: phrase('action.reclaimList'), command: 'inactive-users' },
    { title: phrase('action.copilotLicences'), command: 'copilot-licenses', period: 'default' },
  ],
  inputs({ reports }, sources) {
    const period = reports['active-users'].meta.period ?? 'D30';
    return readAllLicences(sources.reports, period, sources.today, sources.licences, sources.copilotVersion);
  },
  figures: ({ inputs }) => ({
    kind: 'licences',
    licences: inputs.licences,
    licenceSource: inputs.licenceMeta,
    copilotFreshness: freshnessOf(inputs.copilotMeta),
  }),
  fileRows: (figures) => figures.licences.skus.length + figures.licences.unmatched.length,
  csv({ reports }, { figures }) {
    const rows = licenceRows(figures.licences, reports['active-users'].window.days);
    return { report: 'active-users', rows: () => inMemoryRows(rows), columns: LICENSES_COLUMNS, totals: licenceTotals(figures.licences) };
  },
};
