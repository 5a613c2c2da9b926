/**
 * The two Teams file attachments of the file-consent flow: the FileConsentCard that asks the user to
 * accept a file (name, size, description, and the context Teams hands back), and the FileInfoCard that
 * points at the uploaded file in the user's OneDrive. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4
 */
import type { ConsentContext } from '../files/consent-response.js';
import type { ExportFigure, ExportTotals } from '../files/export-file.js';
import type { Audience } from '../i18n/audience.js';
import type { CardAttachment } from '../teams-message.js';
import { cleanText } from './display-text.js';
import { periodIn } from './describe-period.js';
import { idleSpendText } from './figure-text.js';
import { formatMoney } from './format-money.js';
import { titleWithDemoLabel } from './report-header.js';
import { textViewContext, type ViewContext } from './view-context.js';

export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/** The file being offered, as the consent card describes it. */
export type FileOffer = {
  readonly fileName: string;
  readonly sizeInBytes: number;
  readonly rowCount: number;
  /** The `csv …` command that built it. */
  readonly command: string;
  readonly refreshDate?: string;
  /** Present when the file holds demo data: the card and its text say so. */
  readonly demo?: true;
  /** What the rows add up to: stated here, never as a row of the file. */
  readonly totals?: ExportTotals;
};

/** The consent card for `offer`; the same context comes back on accept and on decline. */
export function fileConsentCard(offer: FileOffer, context: ConsentContext, audience: Audience): CardAttachment {
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: offer.fileName,
    content: {
      description: describeFileOffer(offer, audience),
      sizeInBytes: offer.sizeInBytes,
      acceptContext: context,
      declineContext: context,
    },
  };
}

/**
 * The text that goes with the consent card: which file, its size and how to get the same file from
 * the terminal, for clients that cannot show the offer (the Agents Playground, some mobile clients).
 */
export function fileOfferText(offer: FileOffer, audience: Audience): string {
  const ctx = textViewContext(audience);
  const { format, messages } = ctx;
  const rows = messages.t('file.rows', { count: offer.rowCount });
  const sentences = [
    offer.demo ? messages.t('file.demoNotice') : undefined,
    messages.t('file.offerText', { file: offer.fileName, rows, size: format.bytes(offer.sizeInBytes) }),
    offer.totals ? messages.t('file.totals', { totals: totalsText(offer.totals, ctx) }) : undefined,
    messages.t('file.offerTerminal', { terminal: terminalCommand(offer) }),
  ];
  return cleanText(sentences.filter((sentence) => sentence !== undefined).join(' '));
}

/**
 * The terminal command that writes the same file: `--silent`, or npm prints its banner ("> m365-usage-bot@… report")
 * to stdout, into the file.
 */
export function terminalCommand(offer: Pick<FileOffer, 'command' | 'fileName'>): string {
  return `npm run --silent report -- ${offer.command} > ${offer.fileName}`;
}

/**
 * What the rows add up to, without a lead-in: "830 purchased seats, 798 assigned, 32 unassigned, 0 over-assigned.
 * Idle seats: 241 (…), $7,230.00 a month · …" for licences, "12,345 team chat messages, 1.2 TB storage used." for figures.
 */
export function totalsText(totals: ExportTotals, ctx: ViewContext): string {
  const { t } = ctx.messages;
  if (totals.kind === 'figures') {
    return `${totals.figures.map((figure) => exportFigureText(figure, ctx)).join(', ')}.`;
  }
  const { seats, idle, spend } = totals;
  const rows = t('file.seatTotals', { purchased: seats.purchased, assigned: seats.assigned, unassigned: seats.unassigned, overAssigned: seats.overAssigned });
  const idleSeats = t('file.idleTotals', {
    seats: idle.seats,
    unassigned: idle.unassigned,
    inactive: idle.inactive,
    period: periodIn(idle.period, ctx.messages),
    spend: spend ? idleSpendText(spend, ctx) : 'none',
  });
  return `${rows} ${idleSeats}`;
}

/** "1.2 TB storage used", "12,345 team chat messages", "$4,560.00 a month for their licences". */
function exportFigureText(figure: ExportFigure, { format, messages: { t } }: ViewContext): string {
  if (figure.unit === 'money') return t('file.money', { money: formatMoney(figure.value, figure.currency, format.locale), name: figure.name });
  if (figure.unit === 'bytes') return t('file.storageUsed', { size: format.bytes(figure.value) });
  return t('file.figure', { name: figure.name, value: figure.value });
}

/** "1,234 rows behind “copilot users D30” · data as of Nov 19, 2026 · CSV (UTF-8) for Excel" */
export function describeFileOffer(offer: FileOffer, audience: Audience): string {
  const ctx = textViewContext(audience);
  const { format, messages } = ctx;
  const rows = messages.t('file.rows', { count: offer.rowCount });
  const date = offer.refreshDate !== undefined ? format.date(offer.refreshDate) : 'none';
  const description = messages.t('file.description', { rows, command: offer.command.replace(/^csv /, ''), date });
  const totals = offer.totals ? ` · ${messages.t('file.totals', { totals: totalsText(offer.totals, ctx) })}` : '';
  return cleanText(`${titleWithDemoLabel(description, [offer], messages)}${totals}`);
}

/** Where Teams put the accepted file (the invoke's `uploadInfo`). */
export type UploadedFile = {
  readonly name: string;
  readonly contentUrl?: string;
  readonly uniqueId?: string;
  readonly fileType?: string;
};

/** The card that opens the uploaded file: preview in Teams, open in OneDrive, or download. */
export function fileInfoCard(file: UploadedFile): CardAttachment {
  return {
    contentType: FILE_INFO_CONTENT_TYPE,
    name: file.name,
    ...(file.contentUrl !== undefined ? { contentUrl: file.contentUrl } : {}),
    content: { ...(file.uniqueId !== undefined ? { uniqueId: file.uniqueId } : {}), fileType: file.fileType ?? 'csv' },
  };
}
