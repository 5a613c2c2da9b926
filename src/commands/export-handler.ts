/**
 * `csv <command>`: the rows behind that command's answer, from the same (cached) report call, as a
 * file for the asker's personal chat. One rule for every export, per-user or not: asked in a channel
 * or group chat, the reply there only says the file is on its way privately.
 */
import { toIsoDate } from '../clock.js';
import { copilotVersion } from '../reports/report-request.js';
import { exportCommandRows } from './command-export.js';
import type { ExportCommand } from './command.js';
import { checkGroupsDate, groupsDateRange } from './groups-date-range.js';
import type { ExportFile } from '../files/export-file.js';
import { overviewExport } from '../files/overview-export.js';
import type { Handler, HandlerContext, HandlerDeps } from './handler-context.js';
import { overviewElsewhereReply } from './overview-handler.js';
import type { Reply } from './reply.js';
import type { ReplyMessage } from '../view-models.js';

/** Resolves the export (a bad period fails here, as it would for the answer) and hands the file to the bot. */
export const handleExport: Handler<ExportCommand> = async (command, context, deps) => {
  const today = toIsoDate(deps.clock.now());
  if (command.target.name === 'overview') return exportOverview(command, context, deps);
  if (command.target.name === 'groups' && command.target.date !== undefined) checkGroupsDate(command.target.date, groupsDateRange(today, deps.reports));
  const file = await exportCommandRows(command.target, deps.reports, today, deps.licences, copilotVersion(deps.copilotApi));
  return fileReply(command, file, context);
};

/** `csv overview`: every customer tenant's row as a file, in the managing tenant only. */
async function exportOverview(command: ExportCommand, context: HandlerContext, deps: HandlerDeps): Promise<Reply> {
  if (!deps.overview) return overviewElsewhereReply();
  const rows = await deps.overview.read();
  return fileReply(command, overviewExport(rows, toIsoDate(deps.clock.now()), deps.overview.demo), context);
}

/** The file, and in a channel or group chat the note that it went privately. */
function fileReply(command: ExportCommand, file: ExportFile, context: HandlerContext): Reply {
  const note: ReplyMessage[] =
    context.conversation === 'personal' ? [] : [{ view: 'sent-privately', model: { what: { kind: 'file', fileName: file.fileName } } }];
  return { messages: note, file: { command, export: file } };
}
