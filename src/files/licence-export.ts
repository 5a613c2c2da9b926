/**
 * The CSV files of licence economics: `csv copilot licenses` (one row per Copilot SKU and a total row,
 * the same numbers as the card), and the cost columns the reclaim list (`csv copilot inactive`) carries
 * when a seat price applies: each inactive seat's monthly cost, and a total row.
 */
import { readCopilotLicences, type CopilotLicences, type LicenceSettings } from '../reports/copilot-licences.js';
import type { AnyRow } from '../reports/catalog.js';
import type { ReportService } from '../reports/report-service.js';
import type { CsvColumn } from './report-csv.js';

/** The licence file's columns. */
export const LICENCE_COLUMNS: readonly CsvColumn[] = [
  { key: 'skuPartNumber', header: 'SKU Part Number' },
  { key: 'skuId', header: 'SKU Id' },
  { key: 'capabilityStatus', header: 'Capability Status' },
  { key: 'purchasedEnabled', header: 'Purchased Enabled' },
  { key: 'purchasedWarning', header: 'Purchased Warning' },
  { key: 'purchasedSuspended', header: 'Purchased Suspended' },
  { key: 'purchasedLockedOut', header: 'Purchased Locked Out' },
  { key: 'assigned', header: 'Assigned' },
  { key: 'unassigned', header: 'Unassigned' },
  { key: 'active', header: 'Active' },
  { key: 'inactive', header: 'Inactive' },
  { key: 'neverActive', header: 'Never Active' },
  { key: 'idleSeats', header: 'Idle Seats' },
  { key: 'monthlyPrice', header: 'Monthly Price per Seat' },
  { key: 'idleSpendPerMonth', header: 'Idle Spend per Month' },
  { key: 'idleSpendPerYear', header: 'Idle Spend per Year' },
  { key: 'currency', header: 'Currency' },
];

/** The licence file: reads the same (cached) SKUs and usage report as the card. */
export async function readLicenceExport(reports: ReportService, period: string | undefined, today: string, settings: LicenceSettings) {
  const reading = await readCopilotLicences(reports, period, today, settings);
  return { meta: reading.usageMeta, rows: licenceRows(reading.licences) };
}

/**
 * One row per Copilot SKU (usage is not known per SKU: the usage report does not say which SKU a user
 * holds), then the total with the usage and the idle spend.
 */
export function licenceRows(licences: CopilotLicences): AnyRow[] {
  const { spend } = licences;
  const currency = spend ? { currency: spend.currency } : {};
  const skuRows = licences.skus.map((sku) => ({
    skuPartNumber: sku.skuPartNumber,
    skuId: sku.skuId,
    capabilityStatus: sku.capabilityStatus,
    purchasedEnabled: sku.purchased.enabled,
    purchasedWarning: sku.purchased.warning,
    purchasedSuspended: sku.purchased.suspended,
    purchasedLockedOut: sku.purchased.lockedOut,
    assigned: sku.assigned,
    unassigned: sku.unassigned,
    idleSeats: Math.max(0, sku.unassigned),
    ...(sku.monthlyPrice !== undefined && spend
      ? { monthlyPrice: sku.monthlyPrice, idleSpendPerMonth: cents(Math.max(0, sku.unassigned) * sku.monthlyPrice), ...currency }
      : {}),
  }));
  const { total, usage } = licences;
  const totalRow = {
    skuPartNumber: 'Total',
    purchasedEnabled: total.purchased.enabled,
    purchasedWarning: total.purchased.warning,
    purchasedSuspended: total.purchased.suspended,
    purchasedLockedOut: total.purchased.lockedOut,
    assigned: total.assigned,
    unassigned: total.unassigned,
    active: usage.active,
    inactive: usage.inactive,
    neverActive: usage.neverActive,
    idleSeats: licences.idleSeats,
    ...(spend ? { idleSpendPerMonth: spend.monthly, idleSpendPerYear: spend.yearly, ...currency } : {}),
  };
  return [...skuRows, totalRow];
}

/** The reclaim list's extra columns, when a seat price applies. */
export const INACTIVE_COST_COLUMNS: readonly CsvColumn[] = [
  { key: 'monthlySeatCost', header: 'Monthly Seat Cost' },
  { key: 'currency', header: 'Currency' },
];

/** Adds each inactive seat's monthly cost (`seatPrice`) to its row, then a total row: `Total`, the seat count, the sum. */
export async function* withInactiveSeatCost(rows: AsyncIterable<AnyRow>, seatPrice: number, currency: string): AsyncGenerator<AnyRow> {
  let seats = 0;
  for await (const row of rows) {
    seats += 1;
    yield { ...row, monthlySeatCost: seatPrice, currency };
  }
  yield { userPrincipalName: 'Total', displayName: `${seats} inactive seats`, monthlySeatCost: cents(seats * seatPrice), currency };
}

function cents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
