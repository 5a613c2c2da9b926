/**
 * The licence CSV (`csv copilot licenses`): one row per Copilot SKU, each row adding up on its own
 * (purchased − assigned = unassigned − over-assigned), readable product names beside Graph's part number.
 * No total row: the totals of the rows, with the idle seats and idle spend (which are not per SKU: the
 * usage report does not say which SKU a user holds), go on the card and on the file offer.
 */
import { readCopilotLicences, type CopilotLicences, type LicenceSettings } from '../reports/copilot-licences.js';
import type { AnyRow } from '../reports/catalog.js';
import type { SeatCounts } from '../reports/figures.js';
import type { ReportService } from '../reports/report-service.js';
import type { ExportTotals } from './export-file.js';
import type { CsvColumn } from './report-csv.js';

/** A SKU's names and state: the first columns of both licence files. */
export const SKU_COLUMNS: readonly CsvColumn[] = [
  { key: 'productName', header: 'Product' },
  { key: 'skuPartNumber', header: 'SKU Part Number' },
  { key: 'skuId', header: 'SKU Id' },
  { key: 'capabilityStatus', header: 'Capability Status' },
];

/** A SKU's seats, as both licence files count them. */
export const SEAT_COLUMNS: readonly CsvColumn[] = [
  { key: 'purchased', header: 'Purchased Seats' },
  { key: 'inWarning', header: 'Of Which In Warning' },
  { key: 'assigned', header: 'Assigned Seats' },
  { key: 'unassigned', header: 'Unassigned Seats' },
  { key: 'overAssigned', header: 'Over-Assigned Seats' },
  { key: 'suspended', header: 'Suspended Units (Not Purchased)' },
  { key: 'lockedOut', header: 'Locked Out Units (Not Purchased)' },
];

/** The cells of SKU_COLUMNS and SEAT_COLUMNS for one SKU. */
export function skuSeatCells(sku: SeatCounts & { readonly productName: string; readonly skuPartNumber: string; readonly skuId: string; readonly capabilityStatus: string }) {
  return {
    productName: sku.productName,
    skuPartNumber: sku.skuPartNumber,
    skuId: sku.skuId,
    capabilityStatus: sku.capabilityStatus,
    purchased: sku.purchased,
    inWarning: sku.inWarning,
    assigned: sku.assigned,
    unassigned: sku.unassigned,
    overAssigned: sku.overAssigned,
    suspended: sku.suspended,
    lockedOut: sku.lockedOut,
  };
}

/** The Copilot licence file's columns. */
export const LICENCE_COLUMNS: readonly CsvColumn[] = [
  ...SKU_COLUMNS,
  ...SEAT_COLUMNS,
  { key: 'monthlyPrice', header: 'Monthly Price per Seat' },
  { key: 'unassignedMonthlySpend', header: 'Unassigned Seats Spend per Month' },
  { key: 'currency', header: 'Currency' },
];

/** The licence file: reads the same (cached) SKUs and usage reports as the card. */
export async function readLicenceExport(reports: ReportService, period: string | undefined, today: string, settings: LicenceSettings) {
  const reading = await readCopilotLicences(reports, period, today, settings);
  const { licences } = reading;
  return { meta: reading.usageMeta, rows: licenceRows(licences), totals: licenceTotals(licences) };
}

/** One row per Copilot SKU: its seats, its price and what its unassigned seats cost a month. */
function licenceRows(licences: CopilotLicences): AnyRow[] {
  const currency = licences.spend?.currency;
  return licences.skus.map((sku) => ({
    ...skuSeatCells(sku),
    ...(sku.monthlyPrice !== undefined && currency !== undefined
      ? { monthlyPrice: sku.monthlyPrice, unassignedMonthlySpend: Math.round(sku.unassigned * sku.monthlyPrice * 100) / 100, currency }
      : {}),
  }));
}

/** What the offer states beside the rows: their totals, and the idle seats and idle spend. */
function licenceTotals(licences: CopilotLicences): ExportTotals {
  return { kind: 'licences', seats: licences.total, idle: licences.idle, ...(licences.spend ? { spend: licences.spend } : {}) };
}
