/**
 * What a FileConsentCard's `fileConsent/invoke` carries back to the bot: the card's context (which
 * prepared file, and what builds it again: the `csv …` command and the report's refresh date; never
 * rows) and, on accept, Teams' `uploadInfo`. Both arrive as input and are checked here, once, with
 * the same schema library as the rest of the edge (zod).
 */
import { z } from 'zod';

/** The consent card's `acceptContext` and `declineContext`. */
export type ConsentContext = {
  /** The prepared file, while it is kept. */
  readonly exportId: string;
  /** The `csv …` command that builds the file, e.g. `csv copilot inactive D90`. */
  readonly command: string;
  /** The refresh date of the report the offered file was built from; a rebuilt file must match it. */
  readonly refreshDate?: string;
  /** The tenant whose data the file holds, where the bot serves several; a rebuilt file is about it again (if the asker may still see it). */
  readonly tenant?: string;
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
/** As long as a card's command may be (parse.ts MAX_SUBMIT_COMMAND_LENGTH). */
const MAX_COMMAND_LENGTH = 200;
const MAX_URL_LENGTH = 8192;
const MAX_FIELD_LENGTH = 1024;

const consentContextSchema = z.object({
  exportId: z.string().regex(EXPORT_ID),
  command: z.string().min(1).max(MAX_COMMAND_LENGTH),
  refreshDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  tenant: z.string().regex(/^[0-9a-f-]{1,64}$/).optional(),
});

/** An optional short string: kept when it is one, dropped (not refused) when it is anything else. */
const optionalText = (limit: number) => z.string().min(1).max(limit).optional().catch(undefined);
const uploadInfoSchema = z.object({
  uploadUrl: z.string().min(1).max(MAX_URL_LENGTH),
  name: optionalText(MAX_FIELD_LENGTH),
  contentUrl: optionalText(MAX_URL_LENGTH),
  uniqueId: optionalText(MAX_FIELD_LENGTH),
  fileType: optionalText(MAX_FIELD_LENGTH),
});

/** The context as sent, or undefined when `value` is not one (missing, malformed, or too long). */
export function readConsentContext(value: unknown): ConsentContext | undefined {
  const parsed = consentContextSchema.safeParse(value);
  return parsed.success ? withoutUndefined(parsed.data) : undefined;
}

/** The accept's `uploadInfo` with an upload URL, or undefined; optional fields that are not short strings are dropped. */
export function readUploadInfo(value: unknown): UploadInfo | undefined {
  const parsed = uploadInfoSchema.safeParse(value);
  return parsed.success ? withoutUndefined(parsed.data) : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
