/**
 * The two Teams file attachments of the file-consent flow: the FileConsentCard that asks the user to
 * accept a file (name, size, description, and the context Teams hands back), and the FileInfoCard that
 * points at the uploaded file in the user's OneDrive. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4
 */
import type { ConsentContext } from '../files/consent-response.js';
import type { ExportFigure, ExportTotals } from '../files/export-file.js';
import type { CardAttachment } from '../teams-message.js';
import { cleanText } from './display-text.js';
import { idleMeaning, idleSpendText } from './figure-text.js';
import { formatMoney } from './format-money.js';
import { formatValuesFor, type ValueFormat } from './format-values.js';
import { DEMO_DATA_LABEL } from './report-header.js';

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
export function fileConsentCard(offer: FileOffer, context: ConsentContext, locale: string | undefined): CardAttachment {
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: offer.fileName,
    content: {
      description: describeFileOffer(offer, locale),
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
export function fileOfferText(offer: FileOffer, locale: string | undefined): string {
  const format = formatValuesFor(locale);
  const totals = offer.totals ? ` ${TOTALS_LABEL}: ${totalsText(offer.totals, format)}` : '';
  return cleanText(
    `${offer.demo ? `${DEMO_DATA_LABEL}, not your tenant's. ` : ''}` +
      `The file ${offer.fileName} (${rowsText(offer.rowCount, format)}, ${format.bytes(offer.sizeInBytes)}) is offered below: choose Allow to save it to your OneDrive.${totals} ` +
      `If no file offer shows here, the same file comes from a terminal where the bot is installed: ${terminalCommand(offer)}`,
  );
}

/**
 * The terminal command that writes the same file: `--silent`, or npm prints its banner ("> m365-usage-bot@… report")
 * to stdout, into the file.
 */
export function terminalCommand(offer: Pick<FileOffer, 'command' | 'fileName'>): string {
  return `npm run --silent report -- ${offer.command} > ${offer.fileName}`;
}

/** "1 row", "1,234 rows" in the asker's locale. */
export function rowsText(rowCount: number, format: ValueFormat): string {
  return `${format.number(rowCount)} ${rowCount === 1 ? 'row' : 'rows'}`;
}

/** How the totals are introduced wherever they are stated. */
export const TOTALS_LABEL = 'Totals of the rows';

/**
 * What the rows add up to: "830 purchased seats, 798 assigned, 32 unassigned, 0 over-assigned. Idle seats: 241 (…),
 * $7,230.00 a month · …" for licences, "12,345 team chat messages, 1.2 TB storage used." for figures.
 */
export function totalsText(totals: ExportTotals, format: ValueFormat): string {
  if (totals.kind === 'figures') {
    return `${totals.figures.map((figure) => exportFigureText(figure, format)).join(', ')}.`;
  }
  const { seats, idle, spend } = totals;
  const rows =
    `${format.number(seats.purchased)} purchased seats, ${format.number(seats.assigned)} assigned, ` +
    `${format.number(seats.unassigned)} unassigned, ${format.number(seats.overAssigned)} over-assigned.`;
  const idleSeats =
    `Idle seats: ${format.number(idle.seats)} = ${format.number(idle.unassigned)} unassigned + ${format.number(idle.inactive)} assigned, ${idleMeaning(idle)}` +
    (spend ? `; idle spend ${idleSpendText(spend, format)}.` : '.');
  return `${rows} ${idleSeats}`;
}

/** "1.2 TB storage used", "12,345 team chat messages", "$4,560.00 a month for their licences". */
function exportFigureText(figure: ExportFigure, format: ValueFormat): string {
  if (figure.unit === 'money') return `${formatMoney(figure.value, figure.currency, format.locale)} ${figure.label}`;
  return `${figure.unit === 'bytes' ? format.bytes(figure.value) : format.number(figure.value)} ${figure.label}`;
}

/** "1,234 rows behind “csv copilot users D30” · data as of Nov 19, 2026 · CSV (UTF-8) for Excel" */
export function describeFileOffer(offer: FileOffer, locale: string | undefined): string {
  const format = formatValuesFor(locale);
  const rows = rowsText(offer.rowCount, format);
  const asked = offer.command.replace(/^csv /, '');
  const asOf = offer.refreshDate !== undefined ? ` · data as of ${format.date(offer.refreshDate)}` : '';
  const totals = offer.totals ? ` · ${TOTALS_LABEL}: ${totalsText(offer.totals, format)}` : '';
  return cleanText(`${offer.demo ? `${DEMO_DATA_LABEL} · ` : ''}${rows} behind “${asked}”${asOf} · CSV (UTF-8) for Excel${totals}`);
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
