/**
 * The overview as a CSV file: one row per customer tenant with the card's figures as plain numbers
 * (active rate in percent with one decimal, idle spend a month with its currency) and its problems as
 * codes. Tenant names are the admins' own, but every cell still goes through the formula escaping of
 * report-csv.ts, as every file does.
 */
import type { ReportMeta } from '../reports/report-service.js';
import type { OverviewRow } from '../view-models.js';
import { rowsFrom, type ExportFile } from './export-file.js';
import type { CsvColumn } from './report-csv.js';

/** The overview file's columns, in the card's order. */
export const OVERVIEW_COLUMNS: readonly CsvColumn[] = [
  { key: 'tenant', header: 'Tenant' },
  { key: 'tenantId', header: 'Tenant Id' },
  { key: 'seats', header: 'Copilot Seats' },
  { key: 'activeRate', header: 'Active Rate (%)' },
  { key: 'idlePeriod', header: 'Idle Window' },
  { key: 'idleSeats', header: 'Idle Seats' },
  { key: 'idleSpend', header: 'Idle Spend a Month' },
  { key: 'currency', header: 'Currency' },
  { key: 'refreshDate', header: 'Report Refresh Date' },
  { key: 'problems', header: 'Problems' },
];

/** The file of `rows` (already sorted), named for the day it was made; `demo` marks the emulator's data. */
export function overviewExport(rows: readonly OverviewRow[], today: string, demo: boolean): ExportFile {
  const refreshDates = rows.flatMap((row) => (row.refreshDate !== undefined ? [row.refreshDate] : [])).sort();
  // The file's own columns are written, so the report named is only what the metadata's type asks for.
  const meta: ReportMeta = {
    report: 'copilot-users',
    title: 'Customer overview',
    privacy: 'aggregate',
    graphFunction: 'overview',
    rowCount: rows.length,
    identities: 'none',
    source: demo ? 'Graph reports emulator' : 'Microsoft Graph',
    fetchedAt: `${today}T00:00:00.000Z`,
    cache: 'hit',
    ...(refreshDates.length > 0 ? { refreshDate: refreshDates.at(-1)! } : {}),
    ...(demo ? { demo: true as const } : {}),
  };
  return {
    fileName: `${demo ? 'demo-' : ''}overview-${today}.csv`,
    meta,
    columns: OVERVIEW_COLUMNS,
    rows: () => rowsFrom(rows.map(csvRowOf)),
  };
}

function csvRowOf(row: OverviewRow): Record<string, string | number> {
  return {
    tenant: row.name,
    tenantId: row.tenantId,
    seats: row.seats ?? '',
    activeRate: row.activeRate !== undefined ? Math.round(row.activeRate * 1000) / 10 : '',
    idlePeriod: row.idlePeriod ?? '',
    idleSeats: row.idleSeats ?? '',
    idleSpend: row.idleSpend?.monthly ?? '',
    currency: row.idleSpend?.currency ?? '',
    refreshDate: row.refreshDate ?? '',
    problems: row.problems.map((problem) => ('permissions' in problem && problem.permissions ? `${problem.code} (${problem.permissions.join(' ')})` : problem.code)).join('; '),
  };
}
