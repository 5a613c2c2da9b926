/**
 * The one handler of every command of the report command table: reads the entry's reports for the
 * period, makes its figures from their snapshots and answers with the workload card. Lists that name
 * people or sites are shown in personal chat only; elsewhere the card has the figures and offers them privately.
 */
import { toIsoDate } from '../clock.js';
import { freshnessOf } from '../reports/report-freshness.js';
import { copilotVersion } from '../reports/report-request.js';
import type { ViewModels } from '../view-models.js';
import type { TableCommand } from './command.js';
import { needsRows, replyWithDetail } from './detail-delivery.js';
import type { Handler, HandlerDeps } from './handler-context.js';
import { tableCommandActions, tableLinkAction } from './neighbour-actions.js';
import { readReportCommand } from './report-command-reading.js';
import { REPORT_COMMANDS, type InputSources } from './report-commands.js';

/** Items each list of a workload card shows: the top of a ranking, not the report (the CSV has every row). */
const WORKLOAD_LIST_ROWS = 10;

export const handleReportCommand: Handler<TableCommand> = async (command, context, deps) => {
  const entry = REPORT_COMMANDS[command.name];
  const listRows = needsRows(context) ? Math.min(deps.rowLimit, WORKLOAD_LIST_ROWS) : 0;
  const reading = await readReportCommand(command.name, command.period, inputSourcesOf(deps), listRows);
  const { meta } = reading.reports[entry.reports[0]];
  const period = meta.period ?? '';
  const figures = entry.figures(reading);
  const links = [...(entry.links ?? []), ...(entry.linksOf?.(figures) ?? [])];
  // What a file would hold: the entry says when it is not the first report's rows (none for a list it refuses).
  const fileRows = entry.fileRows ? entry.fileRows(figures) : meta.rowCount;
  const model: ViewModels['workload'] = {
    period,
    freshness: freshnessOf(meta),
    identities: meta.identities,
    reportRows: meta.rowCount,
    figures,
    detail: { kind: 'shown' },
    links: links.map((link) => tableLinkAction(link, period)),
    actions: tableCommandActions(command.name, period, fileRows),
  };
  // An empty report, or an answer that lists nobody: nothing to withhold.
  if (entry.lists === undefined || meta.rowCount === 0 || fileRows === 0) return { messages: [{ view: 'workload', model }] };
  return replyWithDetail('workload', model, command, context, { kind: 'workload', workload: figures.kind, period });
};

/** What the table's entries read their inputs with, from the handler's dependencies. */
export function inputSourcesOf(deps: Pick<HandlerDeps, 'reports' | 'clock' | 'licences' | 'copilotApi'>): InputSources {
  return {
    reports: deps.reports,
    today: toIsoDate(deps.clock.now()),
    licences: deps.licences ?? { extraSkuIds: [] },
    copilotVersion: copilotVersion(deps.copilotApi),
  };
}
