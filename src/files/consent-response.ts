/**
 * What a FileConsentCard's `fileConsent/invoke` carries back to the bot: the card's context (which
 * prepared file, and what builds it again: the `csv …` command and the report's refresh date; never
 * rows) and, on accept, Teams' `uploadInfo`. Both arrive as input and are checked here, once.
 */

/** The consent card's `acceptContext` and `declineContext`. */
export type ConsentContext = {
  /** The prepared file, while it is kept. */
  readonly exportId: string;
  /** The `csv …` command that builds the file, e.g. `csv copilot inactive D90`. */
  readonly command: string;
  /** The refresh date of the report the offered file was built from; a rebuilt file must match it. */
  readonly refreshDate?: string;
};

/** Where to upload the accepted file, and how Teams will show it. */
export type UploadInfo = {
  /** A pre-authenticated upload session URL: never logged. */
  readonly uploadUrl: string;
  readonly name?: string;
  readonly contentUrl?: string;
  readonly uniqueId?: string;
  readonly fileType?: string;
};

const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** As long as a card's command may be (parse.ts MAX_SUBMIT_COMMAND_LENGTH). */
const MAX_COMMAND_LENGTH = 200;
const MAX_URL_LENGTH = 8192;
const MAX_FIELD_LENGTH = 1024;

/** The context as sent, or undefined when `value` is not one (missing, malformed, or too long). */
export function readConsentContext(value: unknown): ConsentContext | undefined {
  if (!isPlainObject(value)) return undefined;
  const { exportId, command, refreshDate } = value;
  if (typeof exportId !== 'string' || !EXPORT_ID.test(exportId)) return undefined;
  if (typeof command !== 'string' || command.length === 0 || command.length > MAX_COMMAND_LENGTH) return undefined;
  if (refreshDate !== undefined && (typeof refreshDate !== 'string' || !ISO_DATE.test(refreshDate))) return undefined;
  return { exportId, command, ...(refreshDate !== undefined ? { refreshDate } : {}) };
}

/** The accept's `uploadInfo` with an upload URL, or undefined; optional fields that are not short strings are dropped. */
export function readUploadInfo(value: unknown): UploadInfo | undefined {
  if (!isPlainObject(value)) return undefined;
  const { uploadUrl } = value;
  if (typeof uploadUrl !== 'string' || uploadUrl.length === 0 || uploadUrl.length > MAX_URL_LENGTH) return undefined;
  const optional: Record<string, string> = {};
  for (const key of ['name', 'contentUrl', 'uniqueId', 'fileType'] as const) {
    const field = value[key];
    const limit = key === 'contentUrl' ? MAX_URL_LENGTH : MAX_FIELD_LENGTH;
    if (typeof field === 'string' && field.length > 0 && field.length <= limit) optional[key] = field;
  }
  return { uploadUrl, ...optional };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
