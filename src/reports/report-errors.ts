/**
 * The report layer's error hierarchy. Each error carries a literal code that callers switch on and a
 * message an admin can act on: what was wrong, what is allowed, what to do next.
 */
import { AppError } from '../app-error.js';
import { englishText } from '../i18n/messages.js';
import type { Phrase } from '../i18n/message-types.js';
import type { AttributeFilter } from './group-attributes.js';
import { SingleFlightTimeoutError } from '../store/single-flight.js';
import { StoreUnavailableError } from '../store/state-store.js';

export type GraphReportErrorCode =
  | 'UNAUTHORIZED' // 401: token rejected
  | 'FORBIDDEN' // 403: missing Reports.Read.All or a reports reader role
  | 'LICENSE_FORBIDDEN' // 403 on subscribedSkus: missing LicenseAssignment.Read.All
  | 'DIRECTORY_FORBIDDEN' // 403 on users: missing User.Read.All
  | 'BAD_REQUEST' // 400: Graph refused a parameter
  | 'NOT_FOUND' // 404: unknown report function or API version
  | 'THROTTLED' // 429 still after the retries, or a Retry-After longer than we wait
  | 'UNAVAILABLE' // 5xx still after the retries
  | 'DOWNLOAD_FAILED' // the pre-authenticated download URL failed or expired
  | 'NETWORK' // no HTTP answer at all
  | 'TOKEN' // Entra ID would not issue a token
  | 'UNEXPECTED_RESPONSE'; // an answer Graph's contract does not allow (302 without Location, bad JSON, ...)

/** A failed request to Microsoft Graph (or to the download URL it redirected to). */
export class GraphReportError extends AppError<GraphReportErrorCode> {
  override readonly name = 'GraphReportError';
  constructor(
    code: GraphReportErrorCode,
    message: string,
    readonly request: { readonly method: string; readonly url: string },
    readonly status?: number,
    /** For THROTTLED: when Graph said it would take requests again (epoch ms). */
    readonly retryAt?: number,
    options?: { readonly cause?: unknown; readonly graphCode?: string },
  ) {
    super(code, message, options);
    this.graphCode = options?.graphCode;
  }

  /** Graph's own error code (e.g. `syncStateNotFound`), when its error body had one. */
  readonly graphCode?: string;
}

export type ReportRequestErrorCode =
  | 'UNKNOWN_REPORT'
  | 'BAD_PERIOD'
  | 'BAD_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'UNSUPPORTED_PARAMETER'
  | 'BUDGET_EXHAUSTED'
  | 'SHARED_FETCH_TIMEOUT'
  | 'STORAGE_UNAVAILABLE';

/**
 * A report request refused before it reached Graph: bad parameters, no request budget left, or the shared
 * storage failing. Given a phrase, the answer words it in the reader's language (`message` is its English).
 */
export class ReportRequestError extends AppError<ReportRequestErrorCode> {
  override readonly name = 'ReportRequestError';
  readonly phrase?: Phrase;
  constructor(
    code: ReportRequestErrorCode,
    message: string | Phrase,
    /** For BUDGET_EXHAUSTED: when the next request fits in the budget again (epoch ms). */
    readonly retryAt?: number,
  ) {
    super(code, typeof message === 'string' ? message : englishText(message));
    if (typeof message !== 'string') this.phrase = message;
  }
}

export type ReportDataErrorCode = 'MALFORMED_CSV' | 'MISSING_COLUMN' | 'BAD_VALUE' | 'MALFORMED_JSON';

/** Report data that does not match the catalog: unreadable CSV or JSON, a missing column, a bad value. */
export class ReportDataError extends AppError<ReportDataErrorCode> {
  override readonly name = 'ReportDataError';
  constructor(
    code: ReportDataErrorCode,
    message: string,
    /** 1-based line (CSV) or row number (JSON) where the problem was found, when known. */
    readonly line?: number,
    options?: { readonly cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export type DirectoryJoinErrorCode =
  | 'NAMES_CONCEALED' // the report's users are hashes: nothing joins the directory
  | 'UNKNOWN_VALUE'; // a filter value no user has

/**
 * Report rows that cannot be joined to the directory as asked: concealed names, or a filter value nobody
 * has. The answer words `phrase` in the reader's language (`message` is its English).
 */
export class DirectoryJoinError extends AppError<DirectoryJoinErrorCode> {
  override readonly name = 'DirectoryJoinError';
  constructor(
    code: DirectoryJoinErrorCode,
    readonly phrase: Phrase,
    /** For UNKNOWN_VALUE: the filter no user passes, and the values of its attribute closest to the one asked for, best first. */
    readonly unknown?: { readonly filter: AttributeFilter; readonly closest: readonly string[] },
  ) {
    super(code, englishText(phrase));
  }
}

const STALE_SERVABLE: ReadonlySet<string> = new Set(['BUDGET_EXHAUSTED', 'THROTTLED', 'UNAVAILABLE', 'NETWORK']);

/**
 * The code of a refusal older data can answer well enough (budget spent, throttled, Graph down or out of
 * reach), so the admin gets that data marked stale; undefined for any other error.
 */
export function staleServableCode(error: unknown): string | undefined {
  const code = error instanceof GraphReportError || error instanceof ReportRequestError ? error.code : undefined;
  return code !== undefined && STALE_SERVABLE.has(code) ? code : undefined;
}

/** The shared storage's failures as the admin should read them (`what`: what was being fetched); undefined for any other error. */
export function describeSharingFailure(error: unknown, what: string): ReportRequestError | undefined {
  if (error instanceof SingleFlightTimeoutError) {
    return new ReportRequestError('SHARED_FETCH_TIMEOUT', `Another instance of the bot is still fetching ${what} from Microsoft Graph. Try again in a few minutes.`);
  }
  if (error instanceof StoreUnavailableError) {
    return new ReportRequestError('STORAGE_UNAVAILABLE', `The bot could not reach its shared storage (Azure Blob Storage) to fetch ${what}. Try again shortly.`);
  }
  return undefined;
}
