/**
 * Turns failed Graph (and download) requests into `GraphReportError`s whose messages name the request
 * and tell the admin what to do. Requests are named by method and origin+path only: download URLs carry
 * their credential in the query string, and Graph's own query strings add nothing an admin can act on.
 */
import { GraphReportError, type GraphReportErrorCode } from './report-errors.js';

export type FailedRequest = { readonly method: string; readonly url: string };

/** Graph's `{"error":{"code","message"}}`, after unwrapping errors nested as JSON inside `message`. */
export type GraphErrorDetail = { readonly code?: string; readonly message?: string };

const MAX_DETAIL_CHARS = 500;
const MAX_NESTING = 3;

/** `origin + path` of a URL, dropping query and fragment (and any user info), for logs and messages. */
export function redactUrl(url: string | URL): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * Reads Graph's error body. Some services behind Graph put a whole `{"error":{…}}` document, as a
 * JSON string, into the outer `message` (seen on report 404s); the innermost one is the real error.
 */
export function parseGraphErrorBody(body: string): GraphErrorDetail | undefined {
  let detail = readErrorObject(parseJson(body));
  for (let depth = 0; detail?.message !== undefined && depth < MAX_NESTING; depth++) {
    const inner = readErrorObject(parseJson(detail.message));
    if (!inner) break;
    detail = inner;
  }
  return detail;
}

/**
 * The error for a final, non-2xx Graph answer: 400, 401, 403, 404, an exhausted 429 or 5xx, or anything
 * else. `attempts` is how many times the request was sent; `retryAt` is when Graph said to come back.
 */
export function mapGraphErrorResponse(
  request: FailedRequest,
  status: number,
  body: string,
  attempts = 1,
  retryAt?: number,
): GraphReportError {
  const detail = parseGraphErrorBody(body);
  const said = describeDetail(detail);
  const target = describeRequest(request);
  // Graph's own code travels with the error, for callers that act on it (a delta token Graph no longer knows).
  const options = detail?.code !== undefined ? { graphCode: detail.code } : undefined;
  switch (true) {
    case status === 400:
      return new GraphReportError(
        'BAD_REQUEST',
        `Microsoft Graph refused a parameter of ${target} (400${said}). ` +
          'Check the report parameters (period, date, version) against the values Graph names in its message.',
        request,
        status,
        undefined,
        options,
      );
    case status === 401:
      return new GraphReportError(
        'UNAUTHORIZED',
        `Microsoft Graph rejected the access token for ${target} (401${said}). ` +
          "Check that the app registration's tenant and client id belong to the tenant being queried, " +
          'that its secret or certificate is current, and that the token was issued for this Graph cloud.',
        request,
        status,
        undefined,
        options,
      );
    case status === 403:
      return new GraphReportError(
        'FORBIDDEN',
        `Microsoft Graph denied access to ${target} (403${said}). ` +
          'The app registration needs the Reports.Read.All application permission with admin consent granted ' +
          '(Entra ID › App registrations › API permissions › Grant admin consent). For delegated use the signed-in ' +
          'user also needs a reports reader role: Reports Reader, Usage Summary Reports Reader, Global Reader, or ' +
          'an administrator role such as Exchange, SharePoint or Teams Service Administrator.',
        request,
        status,
        undefined,
        options,
      );
    case status === 404:
      return new GraphReportError(
        'NOT_FOUND',
        `Microsoft Graph does not know ${target} (404${said}). ` +
          'The report function or API version may not exist in this tenant or cloud (some reports are beta only); ' +
          'check the report name and the API version in the request.',
        request,
        status,
        undefined,
        options,
      );
    case status === 429:
      return new GraphReportError(
        'THROTTLED',
        `Microsoft Graph is throttling ${target} (429 after ${countAttempts(attempts)}${said}). ` +
          `${describeRetryAt(retryAt)} Graph allows 14 CSV requests per report per 10 minutes for each app, ` +
          'and 40 across all apps in the tenant; other apps reading reports share that budget.',
        request,
        status,
        retryAt,
        options,
      );
    case status >= 500 && status <= 599:
      return new GraphReportError(
        'UNAVAILABLE',
        `Microsoft Graph could not serve ${target} (${status} after ${countAttempts(attempts)}${said}). ` +
          `${describeRetryAt(retryAt)} If it persists, check Microsoft 365 service health in the admin center.`,
        request,
        status,
        retryAt,
        options,
      );
    default:
      return new GraphReportError(
        'UNEXPECTED_RESPONSE',
        `Microsoft Graph answered ${target} with HTTP ${status} (not documented for the reports API${said}). ` +
          'Try again later; if it persists, report it with the time of the request.',
        request,
        status,
        undefined,
        options,
      );
  }
}

/**
 * A 403 of an endpoint whose least-privileged permission differs from the reports' (licences, users):
 * `needs` names it, the message says where consent is granted.
 */
export function createPermissionError(error: GraphReportError, code: GraphReportErrorCode, needs: string): GraphReportError {
  return new GraphReportError(
    code,
    `Microsoft Graph denied access to ${describeRequest(error.request)} (403). ${needs} with admin consent granted: ` +
      'Entra ID › App registrations › API permissions › Grant admin consent.',
    error.request,
    403,
  );
}

/** No HTTP answer at all after every attempt: connection refused, DNS, TLS, reset or timeout. */
export function createNetworkError(request: FailedRequest, attempts: number, cause: unknown): GraphReportError {
  const host = new URL(request.url).host;
  return new GraphReportError(
    'NETWORK',
    `No answer from ${host} for ${describeRequest(request)} after ${countAttempts(attempts)} (${describeNetworkCause(cause)}). ` +
      `Check that this host can reach ${host} (DNS, firewall, proxy) and try again.`,
    request,
  );
}

/**
 * The pre-authenticated download URL Graph redirected to failed. The download host's body is never
 * quoted: storage error bodies can echo parts of the signed URL.
 */
export function createDownloadError(
  request: FailedRequest,
  detail: { status?: number; attempts: number; cause?: unknown; retryAt?: number },
): GraphReportError {
  const outcome =
    detail.status === undefined ? `no answer: ${describeNetworkCause(detail.cause)}` : `HTTP ${detail.status}`;
  return new GraphReportError(
    'DOWNLOAD_FAILED',
    `Downloading the report from ${describeRequest(request)} failed (${outcome}, after ${countAttempts(detail.attempts)}). ` +
      'Download links from Graph are valid for a few minutes only and a fresh one was already requested once; ' +
      'check that this host can reach the download host and that its clock is correct, then try again.',
    request,
    detail.status,
    detail.retryAt,
  );
}

/** A report body that stopped mid-stream: nothing of it may be used, since a shorter report would look complete. */
export function createCutOffError(request: FailedRequest, cause: unknown): GraphReportError {
  return new GraphReportError(
    'DOWNLOAD_FAILED',
    `The report from ${describeRequest(request)} was cut off mid-transfer (${describeNetworkCause(cause)}). ` +
      'None of it was used; try again.',
    request,
  );
}

/** An answer Graph's contract does not allow: a redirect without `Location`, a JSON page without `value`, … */
export function createUnexpectedResponseError(request: FailedRequest, problem: string, status?: number): GraphReportError {
  return new GraphReportError(
    'UNEXPECTED_RESPONSE',
    `Microsoft Graph answered ${describeRequest(request)} in a way the reports API does not document: ${problem}. ` +
      'Try again later; if it persists, report it with the time of the request.',
    request,
    status,
  );
}

/** `GET https://graph.microsoft.com/v1.0/reports/…`, the way every message names its request. */
export function describeRequest(request: FailedRequest): string {
  return `${request.method} ${request.url}`;
}

function describeDetail(detail: GraphErrorDetail | undefined): string {
  if (!detail) return '';
  const parts = [detail.code, detail.message].filter((part): part is string => !!part?.trim());
  return parts.length === 0 ? '' : `, Graph said: ${truncate(parts.join(': '))}`;
}

function describeRetryAt(retryAt: number | undefined): string {
  return retryAt === undefined
    ? 'Wait a few minutes and try again.'
    : `Graph accepts requests again from ${new Date(retryAt).toISOString()}; try again after that.`;
}

function countAttempts(attempts: number): string {
  return attempts === 1 ? '1 attempt' : `${attempts} attempts`;
}

/**
 * Names a failed fetch by its error code (ECONNREFUSED, UND_ERR_SOCKET, …) only: undici's messages can
 * repeat the URL, and a download URL's query string is a credential.
 */
export function describeNetworkCause(cause: unknown): string {
  const code = findErrorCode(cause);
  if (code) return code;
  return cause instanceof Error && cause.name !== 'Error' ? cause.name : 'connection failed';
}

function findErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
  }
  return undefined;
}

function readErrorObject(document: unknown): GraphErrorDetail | undefined {
  if (!isRecord(document) || !isRecord(document.error)) return undefined;
  const { code, message } = document.error;
  if (typeof code !== 'string' && typeof message !== 'string') return undefined;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    // Not JSON after all (an HTML error page from a gateway): the caller reports the status alone.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function truncate(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_DETAIL_CHARS ? oneLine : `${oneLine.slice(0, MAX_DETAIL_CHARS - 1)}…`;
}
