/**
 * Report commands as data. Each entry says what the command is typed as and what help says of it, which
 * reports it reads for its period, whether its lists name people or sites (personal chat only), how its
 * figures come from the reports' snapshots, which answers it links to and what its CSV file holds. The
 * grammar, help, the handler, the terminal and CSV export all read this table: a new report answer is an
 * entry here (with its snapshot and its part of the workload card), not a new code path.
 */
import { getReportDefinition, type AnyRow, type PeriodSpec, type ReportId } from '../reports/catalog.js';
import type { LicenceSettings } from '../reports/copilot-licences.js';
import type { ReportVersion } from '../reports/figures.js';
import type { ActivityWindow } from '../reports/insights.js';
import type { SnapshotReport } from '../reports/read-snapshot.js';
import type { ReportService } from '../reports/report-service.js';
import type { ExportFigure } from '../files/export-file.js';
import type { Phrase } from '../i18n/message-types.js';
import type { CsvColumn } from '../files/report-csv.js';
import type { WorkloadFigures } from '../workload-view-models.js';
import type { CommandMenu } from './command-guide.js';
import { APPS_COMMAND } from './apps-command.js';
import { EMAIL_COMMAND } from './email-command.js';
import { INACTIVE_USERS_COMMAND } from './inactive-users-command.js';
import { LICENSES_COMMAND } from './licenses-command.js';
import { ONEDRIVE_COMMAND, SHAREPOINT_COMMAND } from './storage-commands.js';
import { TEAMS_COMMAND } from './teams-command.js';
import { USAGE_COMMAND } from './usage-command.js';

/** The commands of the table: each is typed as its words and takes a period. */
export type TableCommandName = 'usage' | 'teams' | 'email' | 'onedrive' | 'sharepoint' | 'apps' | 'licenses' | 'inactive-users';

/** A report read for the answer: rows, metadata, its snapshot, and the period's days ending on its refresh date. */
export type ReadReport<Id extends ReportId> = SnapshotReport<Id> & { readonly window: ActivityWindow };

/** What an entry's figures and CSV are made from: every report it reads, for one period, and its own inputs. */
export type ReportReading<R extends ReportId, I = undefined> = {
  readonly reports: { readonly [Id in R]: ReadReport<Id> };
  /** How many items each list shows: 0 where lists are withheld (a channel) or not wanted (a CSV). */
  readonly listRows: number;
  /** What the entry's `inputs` read besides its reports (the licence counts, a join of reports). */
  readonly inputs: I;
};

/** What an entry's inputs are read with: the report service (licence counts, kept joins), today and the licence settings. */
export type InputSources = {
  readonly reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'derive'>;
  readonly today: string;
  readonly licences: LicenceSettings;
  /** The tenant's Copilot report version: its month is 28 days under v2. */
  readonly copilotVersion: ReportVersion;
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

/** The answers a button may lead to: the table's, and the Copilot licence answers the licence answers sit beside. */
export type LinkedCommandName = TableCommandName | 'copilot-licenses' | 'copilot-inactive';

/** A button to another answer, for the same period unless `period` says another (`default`: that command's own default). */
export type TableLink = { readonly title: Phrase; readonly command: LinkedCommandName; readonly period?: string };

export type ReportCommandEntry<R extends ReportId = ReportId, F extends WorkloadFigures = WorkloadFigures, I = undefined> = {
  /** As typed, e.g. `teams`; the period follows. */
  readonly words: string;
  /** Other spellings of the words, e.g. `licences` for `licenses`. */
  readonly aliases?: readonly string[];
  /** Help's line for it (`command.<words>` in the catalogs); the Teams command menus take its English. */
  readonly description: Phrase;
  readonly example: string;
  readonly menus: readonly CommandMenu[];
  /** The reports it reads for its period; the first is the one whose items it counts (freshness, rows, names). */
  readonly reports: readonly [R, ...R[]];
  /** Present when its lists name people or sites: shown in personal chat only, offered privately elsewhere (the notes name them by the command). */
  readonly lists?: true;
  /** Answers it leads to, as buttons under its figures (the usage card's workloads). */
  readonly links?: readonly TableLink[];
  /** The answer it comes from, as a button beside the periods (a workload card's "All workloads"). */
  readonly up?: TableLink;
  /** What it reads besides its reports, once they are read: the licence counts and prices, a join of reports. */
  inputs?(reading: ReportReading<R>, sources: InputSources): Promise<I>;
  /** The card's figures, from the snapshots (and inputs): lists hold at most `listRows` items. */
  figures(reading: ReportReading<R, I>): F;
  /** Buttons its figures call for besides `links` (the reclaim list's 30 days from a week). */
  linksOf?(figures: F): readonly TableLink[];
  /** Rows its CSV file holds, for the CSV button (none: no button); default: the first report's rows. */
  fileRows?(figures: F): number;
  /** The CSV file behind the answer. */
  csv(reading: ReportReading<R, I>, context: CsvContext<F>): CommandCsv;
};

/** Every report command of the table; a name without an entry does not compile. */
export const REPORT_COMMANDS: { readonly [K in TableCommandName]: ReportCommandEntry<ReportId, WorkloadFigures, unknown> } = {
  usage: USAGE_COMMAND,
  teams: TEAMS_COMMAND,
  email: EMAIL_COMMAND,
  onedrive: ONEDRIVE_COMMAND,
  sharepoint: SHAREPOINT_COMMAND,
  apps: APPS_COMMAND,
  licenses: LICENSES_COMMAND,
  'inactive-users': INACTIVE_USERS_COMMAND,
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
