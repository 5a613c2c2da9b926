/**
 * The data behind a command's answer, as the rows of the CSV file an admin asks for: the same report
 * call as the card (answered from cache when fresh, so no second Graph request), every row the answer
 * counts and no other, in the card's order — `copilot users D30` exports every enabled user, most
 * recently active first; `copilot inactive D90` the inactive seats, never active first.
 */
import { readReportCommand } from './report-command-reading.js';
import { REPORT_COMMANDS, isTableCommandName, type InputSources, type TableCommandName } from './report-commands.js';
import type { ReportId, RowOf } from '../reports/catalog.js';
import type { LicenceSettings } from '../reports/copilot-licences.js';
import type { ReportVersion } from '../reports/figures.js';
import {
  compareText,
  copilotSeatScope,
  groupSortKey,
  groupsActivityWindow,
  isActiveIn,
  longestInactiveFirst,
  mostActiveGroupFirst,
  mostRecentlyActiveFirst,
} from '../reports/insights.js';
import type { ReportMeta, ReportService } from '../reports/report-service.js';
import { rowsFrom, type ExportFile } from '../files/export-file.js';
import { LICENCE_COLUMNS, readLicenceExport } from '../files/licence-export.js';
import { exportColumns } from '../files/report-csv.js';
import { activationProductName } from '../reports/product-names.js';
import { isReportCommand, type Command, type ReportCommand } from './command.js';
import { filtersOf, isGroupedCommand } from './grouped-answers.js';
import { exportGroups } from './grouped-export.js';
import { readUserFilter } from '../reports/directory-joins.js';
import { GROUP_ATTRIBUTES } from '../reports/group-attributes.js';

/** The commands with rows behind their answer: every report command. */
export type ExportableCommand = ReportCommand;

/** What `csv <command>` sends: the file name (e.g. `copilot-inactive-D30-2026-11-20.csv`: command, period or date, refresh date), the report's metadata and its rows. */
export type CommandExport = ExportFile;

/** Whether `command` answers from a report (`help`, `status` and `csv` itself do not). */
export function isExportable(command: Command): command is ExportableCommand {
  return isReportCommand(command);
}

/**
 * The rows behind `command`'s answer, from the same (cached) report call the answer makes; `today` narrows
 * as the answer does; `licences` prices the licence files; `version` is the tenant's Copilot report version.
 * Data rows only: totals go on the file offer.
 */
export async function exportCommandRows(
  command: ExportableCommand,
  reports: ReportService,
  today: string,
  licences: LicenceSettings = { extraSkuIds: [] },
  version: ReportVersion = 'v1',
): Promise<CommandExport> {
  if (isGroupedCommand(command)) return exportGroups(command, { reports, licences, copilotVersion: version }, today, (meta) => fileNameFor(command, meta, today));
  if (isTableCommand(command)) return exportTableCommand(command, { reports, today, licences, copilotVersion: version });
  switch (command.name) {
    case 'copilot-summary': {
      // The card's columns: shortest period first.
      const report = await reports.getReport(command.name, periodOf(command));
      return ordered(command, reports, report, today, () => true, (a, b) => a.reportPeriod - b.reportPeriod);
    }
    case 'copilot-trend': {
      // For ALL Graph repeats the days once per period; the card counts the longest period's, oldest day first.
      const report = await reports.getReport(command.name, periodOf(command));
      const longest = await longestPeriodOf(report);
      return ordered(command, reports, report, today, (row) => row.reportPeriod === undefined || row.reportPeriod === longest, (a, b) =>
        compareText(a.reportDate, b.reportDate),
      );
    }
    case 'activations': {
      // The product's name first, Graph's product type kept in its own column.
      const report = await reports.getReport('activations');
      async function* named() {
        for await (const row of report.rows()) yield { productName: activationProductName(row.productType), ...row };
      }
      const columns = [{ key: 'productName', header: 'Product' }, ...exportColumns(report.meta)];
      return { fileName: fileNameFor(command, report.meta, today), meta: report.meta, rows: named, columns };
    }
    case 'groups': {
      const report = await reports.getReport('groups', command.date ? { date: command.date } : periodOf(command));
      return ordered(command, reports, report, today, () => true, mostActiveGroupFirst);
    }
    case 'copilot-users':
    case 'copilot-inactive': {
      const report = await reports.getReport('copilot-users', periodOf(command));
      const { window, counts: counted } = copilotSeatScope(report.meta, today);
      // With filters, only the users the directory says pass them.
      const passes = await readUserFilter(reports, report, filtersOf(command));
      const counts = passes ? (row: RowOf<'copilot-users'>) => counted(row) && passes(row.userPrincipalName) : counted;
      const lastActivity = (row: RowOf<'copilot-users'>) => row.lastActivityDate;
      const userName = (row: RowOf<'copilot-users'>) => row.userPrincipalName;
      if (command.name === 'copilot-users') return ordered(command, reports, report, today, counts, mostRecentlyActiveFirst(lastActivity, userName));
      const inactive = (row: RowOf<'copilot-users'>) => counts(row) && !isActiveIn(window, row.lastActivityDate);
      return ordered(command, reports, report, today, inactive, longestInactiveFirst(lastActivity, userName));
    }
    case 'copilot-licenses': {
      const { meta, rows, totals } = await readLicenceExport(reports, command.period, today, licences);
      return { fileName: fileNameFor(command, meta, today), meta, rows: () => rowsFrom(rows), columns: LICENCE_COLUMNS, totals };
    }
    case 'groups-inactive': {
      const report = await reports.getReport('groups', periodOf(command));
      const window = groupsActivityWindow(report.meta, today);
      const inactive = (row: RowOf<'groups'>) => row.isDeleted !== true && !isActiveIn(window, row.lastActivityDate);
      return ordered(command, reports, report, today, inactive, longestInactiveFirst((row) => row.lastActivityDate, groupSortKey));
    }
  }
}

type Fetched<Id extends ReportId> = { readonly meta: ReportMeta; rows(): AsyncIterable<RowOf<Id>> };

/**
 * The rows `keep` accepts, sorted as the card lists them: in memory for a mid-size tenant, through
 * sorted runs on disk for a large one (`ReportService.sortRows`), so memory stays flat.
 */
function ordered<Id extends ReportId>(
  command: ExportableCommand,
  reports: Pick<ReportService, 'sortRows'>,
  report: Fetched<Id>,
  today: string,
  keep: (row: RowOf<Id>) => boolean,
  compare: (a: RowOf<Id>, b: RowOf<Id>) => number,
): CommandExport {
  async function* kept() {
    for await (const row of report.rows()) if (keep(row)) yield row;
  }
  return { fileName: fileNameFor(command, report.meta, today), meta: report.meta, rows: () => reports.sortRows(kept(), compare) };
}


async function longestPeriodOf(report: Fetched<'copilot-trend'>): Promise<number | undefined> {
  let longest: number | undefined;
  for await (const row of report.rows()) if (row.reportPeriod !== undefined) longest = Math.max(longest ?? 0, row.reportPeriod);
  return longest;
}

function periodOf(command: { readonly period?: string }): { period?: string } {
  return command.period !== undefined ? { period: command.period } : {};
}

function fileNameFor(command: ExportableCommand, meta: ReportMeta, today: string): string {
  const refreshDate = meta.refreshDate ?? today;
  const by = 'by' in command && command.by !== undefined ? `by-${fileNamePart(GROUP_ATTRIBUTES[command.by].singular)}` : undefined;
  const filters = filtersOf(command).map((filter) => `${GROUP_ATTRIBUTES[filter.attribute].filter}-${fileNamePart(filter.value)}`);
  // Demo data says so in the name, where it stays when the file is passed on; never inside the CSV. So does
  // the tenant, while the bot serves several (its name is letters, digits, dots, dashes and underscores).
  const parts = [meta.demo ? 'demo' : undefined, meta.tenant?.toLowerCase(), command.name, meta.period ?? meta.date, by, ...filters, refreshDate];
  return `${[...new Set(parts.filter((part): part is string => Boolean(part)))].join('-')}.csv`;
}

/** A directory value as part of a file name: letters and digits, the rest as single dashes, at most 40 characters. */
function fileNamePart(value: string): string {
  return value.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).toLowerCase() || 'value';
}

/** A command of the report command table. */
type TableCommand = Extract<ExportableCommand, { readonly name: TableCommandName }>;

function isTableCommand(command: ExportableCommand): command is TableCommand {
  return isTableCommandName(command.name);
}

/** A table command's file, as its entry says: from the same reading (and figures) as its answer; totals for the offer. */
async function exportTableCommand(command: TableCommand, sources: InputSources & { readonly reports: ReportService }): Promise<CommandExport> {
  const entry = REPORT_COMMANDS[command.name];
  const { reports, today } = sources;
  const reading = await readReportCommand(command.name, command.period, sources, 0);
  const csv = entry.csv(reading, { figures: entry.figures(reading), sortRows: (rows, compare) => reports.sortRows(rows, compare) });
  const { meta } = reading.reports[csv.report];
  return {
    fileName: fileNameFor(command, meta, today),
    meta,
    rows: csv.rows,
    ...(csv.columns ? { columns: csv.columns } : {}),
    totals: { kind: 'figures', figures: csv.totals },
  };
}
