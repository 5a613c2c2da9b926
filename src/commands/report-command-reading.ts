/**
 * Reads what a report command's entry needs for one period: each of its reports (from cache when fresh,
 * one Graph call among concurrent askers), with its snapshot and the period's days ending on its own
 * refresh date. The answer and its CSV read the same way, so a fresh cache answers both without Graph.
 */
import type { ReportId } from '../reports/catalog.js';
import { activityWindow, periodDays, type ActivityWindow } from '../reports/insights.js';
import { withSnapshot } from '../reports/read-snapshot.js';
import type { ReportMeta } from '../reports/report-service.js';
import { REPORT_COMMANDS, tablePeriods, type InputSources, type ReadReport, type ReportReading, type TableCommandName } from './report-commands.js';

/**
 * The entry's reports for `requested` (its default period when absent; a period it does not take is
 * refused by the report service, naming those it takes), all for one period, read at once; then what
 * the entry reads besides them (its `inputs`).
 */
export async function readReportCommand(
  name: TableCommandName,
  requested: string | undefined,
  sources: InputSources,
  listRows: number,
): Promise<ReportReading<ReportId, unknown>> {
  const entry = REPORT_COMMANDS[name];
  const period = requested ?? tablePeriods(name)?.defaultValue;
  const params = period !== undefined ? { period } : {};
  const read = await Promise.all(
    entry.reports.map(async (id) => {
      const report = await withSnapshot(await sources.reports.getReport(id, params));
      return [id, { ...report, window: windowOf(report.meta, sources.today) }] as const;
    }),
  );
  // Keyed by the entry's reports: the only ones its figures and CSV read.
  const reading = { reports: Object.fromEntries(read) as { readonly [Id in ReportId]: ReadReport<Id> }, listRows, inputs: undefined };
  return { ...reading, inputs: entry.inputs ? await entry.inputs(reading, sources) : undefined };
}

/** The report's period ending on its refresh date (today stands in for an empty report's). */
function windowOf(meta: ReportMeta, today: string): ActivityWindow {
  const days = periodDays(meta.period ?? '');
  if (days === undefined) throw new Error(`${meta.report} came back with a period the bot cannot count (${meta.period ?? 'none'}).`);
  return activityWindow(meta.refreshDate ?? today, days);
}
