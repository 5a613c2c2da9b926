/**
 * The card a command gets while its report is fetched from Graph: which report, how far the download
 * and parse have got, and that this card turns into the answer. It is updated in place, then replaced.
 */
import type { ViewModels } from '../view-models.js';
import { DIRECTORY_USERS, type FetchProgress } from '../reports/fetch-progress.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** "Fetching Microsoft 365 Copilot usage user detail" / "Downloading · 45 % · 180,000 of about 400,097 rows read". */
export function buildProgressCard({ progress, command }: ViewModels['progress'], { format, encode }: ViewContext): CardData['progress'] {
  return {
    title: encode(`⏳ Fetching ${progress.title}`),
    status: encode(describeProgress(progress, format)),
    note: encode(`This card becomes the answer to "${command}" when the data is in.`),
  };
}

function describeProgress(progress: FetchProgress, format: ViewContext['format']): string {
  const what = progress.report === DIRECTORY_USERS ? "the directory's users" : 'the report';
  if (progress.phase === 'requesting') return `Asking Microsoft Graph for ${what}…`;
  const expected = progress.previousRows !== undefined ? ` of about ${format.number(progress.previousRows)}` : '';
  // JSON pages (the directory's users among them) come without a byte count: the rows read tell the progress.
  if (progress.bytes === 0) {
    if (progress.rows === 0) return `Downloading ${what}…`;
    return `Downloading · ${format.number(progress.rows)}${expected} ${progress.report === DIRECTORY_USERS ? 'users' : 'rows'} read`;
  }
  const done =
    progress.totalBytes !== undefined && progress.totalBytes > 0
      ? `${Math.min(100, Math.floor((progress.bytes / progress.totalBytes) * 100))} %`
      : format.bytes(progress.bytes);
  return `Downloading · ${done} · ${format.number(progress.rows)}${expected} rows read`;
}
