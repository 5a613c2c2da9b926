/**
 * The card a command gets while its report is fetched from Graph: which report, how far the download
 * and parse have got, and that this card turns into the answer. It is updated in place, then replaced.
 */
import type { Messages } from '../i18n/messages.js';
import type { ViewModels } from '../view-models.js';
import { DIRECTORY_USERS, type FetchProgress } from '../reports/fetch-progress.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** "Fetching Microsoft 365 Copilot usage user detail" / "Downloading · 45 % · 180,000 of about 400,097 rows read". */
export function buildProgressCard({ progress, command }: ViewModels['progress'], { format, encode, messages }: ViewContext): CardData['progress'] {
  const { t } = messages;
  return {
    title: encode(t('progress.title', { report: t(`report.${progress.report}`) })),
    status: encode(describeProgress(progress, format, messages)),
    note: encode(t('progress.note', { command })),
  };
}

function describeProgress(progress: FetchProgress, format: ViewContext['format'], { t }: Messages): string {
  const what = progress.report === DIRECTORY_USERS ? 'directory' : 'report';
  if (progress.phase === 'requesting') return t('progress.requesting', { what });
  const { rows, previousRows: expected } = progress;
  // JSON pages (the directory's users among them) come without a byte count: the rows read tell the progress.
  if (progress.bytes === 0) {
    if (rows === 0) return t('progress.downloading', { what });
    const unit = progress.report === DIRECTORY_USERS ? 'users' : 'rows';
    return expected !== undefined ? t('progress.rowsOfAbout', { rows, expected, unit }) : t('progress.rows', { rows, unit });
  }
  const done =
    progress.totalBytes !== undefined && progress.totalBytes > 0
      ? `${Math.min(100, Math.floor((progress.bytes / progress.totalBytes) * 100))} %`
      : format.bytes(progress.bytes);
  return expected !== undefined ? t('progress.bytesOfAbout', { done, rows, expected }) : t('progress.bytes', { done, rows });
}
