/**
 * The data behind a command's answer, as the rows of the CSV file an admin asks for: the same report
 * call as the card (answered from cache when fresh, so no second Graph request), narrowed to what the
 * answer lists — `copilot inactive D90` exports the inactive seats, not every licensed user.
 */
import type { AnyRow, ReportId, RowOf } from '../reports/catalog.js';
import type { LicenceSettings } from '../reports/copilot-licences.js';
import { seatPriceOf } from '../reports/licence-price.js';
import { copilotSeatScope, groupsActivityWindow, isActiveIn } from '../reports/insights.js';
import type { ReportMeta, ReportService } from '../reports/report-service.js';
import { isReportCommand, type Command, type ReportCommand } from '../commands/command.js';
import { INACTIVE_COST_COLUMNS, LICENCE_COLUMNS, readLicenceExport, withInactiveSeatCost } from './licence-export.js';
import { exportColumns, type CsvColumn } from './report-csv.js';

/** The commands with rows behind their answer: every report command. */
export type ExportableCommand = ReportCommand;

/** What `csv <command>` sends: the file name, the report's metadata and its rows, streamed on demand. */
export type CommandExport = {
  /** e.g. `copilot-inactive-D30-2026-11-20.csv`: command, period or date, report refresh date. */
  readonly fileName: string;
  readonly meta: ReportMeta;
  readonly rows: () => AsyncIterable<AnyRow>;
  /** The file's columns when they are not the report's own (licences, the reclaim list with costs). */
  readonly columns?: readonly CsvColumn[];
};

/** Whether `command` answers from a report (`help`, `status` and `csv` itself do not). */
export function isExportable(command: Command): command is ExportableCommand {
  return isReportCommand(command);
}

/**
 * The rows behind `command`'s answer, from the same (cached) report call the answer makes; `today` narrows
 * as the answer does; `licences` prices the reclaim list and the licence file.
 */
export async function exportCommandRows(
  command: ExportableCommand,
  reports: ReportService,
  today: string,
  licences?: LicenceSettings,
): Promise<CommandExport> {
  switch (command.name) {
    case 'copilot-summary':
    case 'copilot-trend':
      return whole(command, await reports.getReport(command.name, periodOf(command)), today);
    case 'activations':
      return whole(command, await reports.getReport('activations'), today);
    case 'groups':
      return whole(command, await reports.getReport('groups', command.date ? { date: command.date } : periodOf(command)), today);
    case 'copilot-users':
    case 'copilot-inactive': {
      const report = await reports.getReport('copilot-users', periodOf(command));
      const { window, counts } = copilotSeatScope(report.meta, today);
      const wantActive = command.name === 'copilot-users';
      const file = narrowed(command, report, today, (row) => counts(row) && isActiveIn(window, row.lastActivityDate) === wantActive);
      const price = wantActive ? undefined : licences?.price;
      const seatPrice = price && seatPriceOf(price);
      if (!price || seatPrice === undefined) return file;
      const rows = () => withInactiveSeatCost(file.rows(), seatPrice, price.currency);
      return { ...file, rows, columns: [...exportColumns(report.meta), ...INACTIVE_COST_COLUMNS] };
    }
    case 'copilot-licenses': {
      const { meta, rows } = await readLicenceExport(reports, command.period, today, licences ?? { extraSkuIds: [] });
      return { fileName: fileNameFor(command, meta, today), meta, rows: () => toAsync(rows), columns: LICENCE_COLUMNS };
    }
    case 'groups-inactive': {
      const report = await reports.getReport('groups', periodOf(command));
      const window = groupsActivityWindow(report.meta, today);
      return narrowed(command, report, today, (row) => row.isDeleted !== true && !isActiveIn(window, row.lastActivityDate));
    }
  }
}

type Fetched<Id extends ReportId> = { readonly meta: ReportMeta; rows(): AsyncIterable<RowOf<Id>> };

function whole<Id extends ReportId>(command: ExportableCommand, report: Fetched<Id>, today: string): CommandExport {
  return { fileName: fileNameFor(command, report.meta, today), meta: report.meta, rows: () => report.rows() };
}

function narrowed<Id extends ReportId>(
  command: ExportableCommand,
  report: Fetched<Id>,
  today: string,
  keep: (row: RowOf<Id>) => boolean,
): CommandExport {
  async function* rows() {
    for await (const row of report.rows()) if (keep(row)) yield row;
  }
  return { fileName: fileNameFor(command, report.meta, today), meta: report.meta, rows };
}

async function* toAsync(rows: readonly AnyRow[]): AsyncGenerator<AnyRow> {
  yield* rows;
}

function periodOf(command: { readonly period?: string }): { period?: string } {
  return command.period !== undefined ? { period: command.period } : {};
}

function fileNameFor(command: ExportableCommand, meta: ReportMeta, today: string): string {
  const refreshDate = meta.refreshDate ?? today;
  const parts = [command.name, meta.period ?? meta.date, refreshDate];
  return `${[...new Set(parts.filter((part): part is string => Boolean(part)))].join('-')}.csv`;
}
