/**
 * Report commands as data. Each entry says what the command is typed as and what help says of it, which
 * reports it reads for its period, whether its lists name people or sites (personal chat only), how its
 * figures come from the reports' snapshots, which answers it links to and what its CSV file holds. The
 * grammar, help, the handler, the terminal and CSV export all read this table: a new report answer is an
 * entry here (with its snapshot and its part of the workload card), not a new code path.
 */
import { getReportDefinition, type AnyRow, type PeriodSpec, type ReportId } from '../reports/catalog.js';
import type { ActivityWindow } from '../reports/insights.js';
import type { SnapshotReport } from '../reports/read-snapshot.js';
import type { ReportService } from '../reports/report-service.js';
import type { ExportFigure } from '../files/export-file.js';
import type { CsvColumn } from '../files/report-csv.js';
import type { WorkloadFigures } from '../workload-view-models.js';
import type { CommandMenu } from './command-guide.js';
import { APPS_COMMAND } from './apps-command.js';
import { EMAIL_COMMAND } from './email-command.js';
import { ONEDRIVE_COMMAND, SHAREPOINT_COMMAND } from './storage-commands.js';
import { TEAMS_COMMAND } from './teams-command.js';
import { USAGE_COMMAND } from './usage-command.js';

/** The commands of the table: each is typed as its words and takes a period. */
export type TableCommandName = 'usage' | 'teams' | 'email' | 'onedrive' | 'sharepoint' | 'apps';

/** A report read for the answer: rows, metadata, its snapshot, and the period's days ending on its refresh date. */
export type ReadReport<Id extends ReportId> = SnapshotReport<Id> & { readonly window: ActivityWindow };

/** What an entry's figures and CSV are made from: every report it reads, for one period. */
export type ReportReading<R extends ReportId> = {
  readonly reports: { readonly [Id in R]: ReadReport<Id> };
  /** How many items each list shows: 0 where lists are withheld (a channel) or not wanted (a CSV). */
  readonly listRows: number;
};

/** The CSV file behind an answer: one of its reports' rows (every row the answer counts, in the card's order) or rows made from its figures. */
export type CommandCsv = {
  /** The report whose metadata (refresh date, demo data) the file carries. */
  readonly report: ReportId;
  readonly rows: () => AsyncIterable<AnyRow>;
  /** The file's columns, when they are not that report's own. */
  readonly columns?: readonly CsvColumn[];
  /** What the rows add up to, for the file offer: never a row of the file. */
  readonly totals: readonly ExportFigure[];
};

/** What an entry's CSV may use besides the reading: the answer's figures and the service's bounded sort. */
export type CsvContext<F extends WorkloadFigures> = { readonly figures: F; readonly sortRows: ReportService['sortRows'] };

/** A button to another answer of the table, for the same period. */
export type TableLink = { readonly title: string; readonly command: TableCommandName };

export type ReportCommandEntry<R extends ReportId = ReportId, F extends WorkloadFigures = WorkloadFigures> = {
  /** As typed, e.g. `teams`; the period follows. */
  readonly words: string;
  /** Help's line for it, and for the Teams command menus. */
  readonly description: string;
  readonly example: string;
  readonly menus: readonly CommandMenu[];
  /** The reports it reads for its period; the first is the one whose items it counts (freshness, rows, names). */
  readonly reports: readonly [R, ...R[]];
  /** Present when its lists name people or sites: what they are, for the note in a channel ("the Teams user lists"). */
  readonly lists?: string;
  /** Answers it leads to, as buttons under its figures (the usage card's workloads). */
  readonly links?: readonly TableLink[];
  /** The answer it comes from, as a button beside the periods (a workload card's "All workloads"). */
  readonly up?: TableLink;
  /** The card's figures, from the snapshots: lists hold at most `listRows` items. */
  figures(reading: ReportReading<R>): F;
  /** The CSV file behind the answer. */
  csv(reading: ReportReading<R>, context: CsvContext<F>): CommandCsv;
};

/** Every report command of the table; a name without an entry does not compile. */
export const REPORT_COMMANDS: { readonly [K in TableCommandName]: ReportCommandEntry } = {
  usage: USAGE_COMMAND,
  teams: TEAMS_COMMAND,
  email: EMAIL_COMMAND,
  onedrive: ONEDRIVE_COMMAND,
  sharepoint: SHAREPOINT_COMMAND,
  apps: APPS_COMMAND,
};

export const TABLE_COMMAND_NAMES = Object.keys(REPORT_COMMANDS) as TableCommandName[];

/** Whether `name` is a command of the table. */
export function isTableCommandName(name: string): name is TableCommandName {
  return Object.hasOwn(REPORT_COMMANDS, name);
}

/** The periods a table command takes: its first report's (none for a report Graph gives as of today only). */
export function tablePeriods(name: TableCommandName): PeriodSpec | undefined {
  return getReportDefinition(REPORT_COMMANDS[name].reports[0]).period;
}
