/**
 * Uploads a file to the upload session Teams hands out when a user accepts a FileConsentCard (a
 * OneDrive for Business upload URL): sequential HTTP PUTs of byte ranges, each with Content-Length and
 * `Content-Range: bytes start-end/total`, streamed from disk. Rules from Microsoft Graph's
 * "Upload bytes to the upload session" (https://learn.microsoft.com/graph/api/driveitem-createuploadsession):
 * ranges are multiples of 320 KiB and under 60 MiB, 202 Accepted while more is expected and 200/201 for
 * the last one, no Authorization header on the PUTs, 5xx retried with backoff, 404 means the session is gone.
 */
import { createReadStream } from 'node:fs';
import type { Clock } from '../clock.js';
import { retryWithPolicy } from '../outbound/retry.js';
import { parseRetryAfter, resolveRetryPolicy, type RetryPolicy } from '../outbound/retry-policy.js';
import { isLoopbackUrl } from '../reports/graph-token.js';
import { AppError } from '../app-error.js';

/** Every byte range but the last must be a multiple of this (320 KiB); ranges of other sizes can fail to commit. */
export const UPLOAD_RANGE_UNIT = 320 * 1024;
/** 16 × 320 KiB = 5 MiB: a multiple of 320 KiB within the 5–10 MiB Graph recommends (4 MiB is not a multiple). */
export const DEFAULT_UPLOAD_CHUNK_BYTES = 16 * UPLOAD_RANGE_UNIT;
/** Graph: "the maximum bytes in any given request is less than 60 MiB". */
const MAX_CHUNK_BYTES = 60 * 1024 * 1024;

/** `UPLOAD_EXPIRED`: the session is gone (404/410), ask for a new one; `UPLOAD_REFUSED`: not a URL the bot uploads to. */
export type UploadErrorCode = 'UPLOAD_EXPIRED' | 'UPLOAD_FAILED' | 'UPLOAD_REFUSED';

/** An upload that did not complete; the message names the byte range and status, never the URL (it is pre-authenticated). */
export class UploadError extends AppError<UploadErrorCode> {
  override readonly name = 'UploadError';
  constructor(
    code: UploadErrorCode,
    message: string,
    readonly status?: number,
    options?: { readonly cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export type UploadOptions = {
  readonly clock: Clock;
  /** Jitter for retries; tests pass a fixed one. */
  readonly random?: () => number;
  /** Bytes per PUT: a multiple of 320 KiB below 60 MiB (default 5 MiB). */
  readonly chunkBytes?: number;
  /** False when the bot runs without authentication: then only a loopback upload URL is accepted. */
  readonly allowRemote: boolean;
  readonly retry?: Partial<RetryPolicy>;
  /** How long one PUT may take, body included, before it counts as failed (default 2 minutes). */
  readonly requestTimeoutMs?: number;
  /** Stops the upload (the bot is shutting down): it fails at once instead of retrying. */
  readonly signal?: AbortSignal;
};

/** What was sent: the PUTs that succeeded and the final status (200 or 201). */
export type UploadResult = { readonly chunks: number; readonly bytes: number; readonly status: number };

/** Four attempts per range, backing off from 1 s to 16 s; Retry-After up to a minute is honoured. */
const UPLOAD_RETRY: Partial<RetryPolicy> = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 16_000, maxRetryAfterMs: 60_000 };
const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;

/** Puts the `sizeInBytes` bytes of the file at `path` to `uploadUrl`, range by range; throws `UploadError`. */
export async function uploadToSession(
  file: { readonly path: string; readonly sizeInBytes: number },
  uploadUrl: string,
  options: UploadOptions,
): Promise<UploadResult> {
  const url = checkUploadUrl(uploadUrl, options.allowRemote);
  const chunkBytes = options.chunkBytes ?? DEFAULT_UPLOAD_CHUNK_BYTES;
  if (!Number.isInteger(chunkBytes) || chunkBytes <= 0 || chunkBytes % UPLOAD_RANGE_UNIT !== 0 || chunkBytes >= MAX_CHUNK_BYTES) {
    throw new RangeError(`chunkBytes must be a multiple of ${UPLOAD_RANGE_UNIT} bytes (320 KiB) below 60 MiB, got ${chunkBytes}.`);
  }
  const total = file.sizeInBytes;
  if (!Number.isInteger(total) || total <= 0) throw new RangeError(`An upload needs at least one byte, got ${total}.`);
  const policy = resolveRetryPolicy({ ...UPLOAD_RETRY, ...options.retry });
  let chunks = 0;
  for (let start = 0; start < total; start += chunkBytes) {
    const end = Math.min(start + chunkBytes, total) - 1;
    const status = await putRange(url, file.path, { start, end, total }, policy, options);
    chunks += 1;
    const last = end === total - 1;
    if (last && (status === 200 || status === 201)) return { chunks, bytes: total, status };
    if (!last && status === 202) continue;
    throw new UploadError(
      'UPLOAD_FAILED',
      last
        ? `The upload server answered HTTP ${status} to the last bytes (${describeRange({ start, end, total })}) instead of completing the file.`
        : `The upload server answered HTTP ${status} to bytes ${describeRange({ start, end, total })} instead of asking for the rest.`,
      status,
    );
  }
  throw new UploadError('UPLOAD_FAILED', 'The upload ended without the server completing the file.');
}

/** The upload URL as a URL: https, or plain http to this machine; only this machine without authentication. */
export function checkUploadUrl(uploadUrl: string, allowRemote: boolean): URL {
  const url = URL.canParse(uploadUrl) ? new URL(uploadUrl) : undefined;
  const loopback = url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackUrl(url.href);
  if (!url || (!loopback && !(allowRemote && url.protocol === 'https:'))) {
    const allowed = allowRemote ? 'an https URL (or http on this machine)' : 'a URL on this machine, since the bot runs without authentication';
    throw new UploadError('UPLOAD_REFUSED', `The upload URL Teams sent is not ${allowed}.`);
  }
  return url;
}

type Range = { readonly start: number; readonly end: number; readonly total: number };

/** One byte range, retried on 429, 5xx and network failures; returns the status of the attempt that got an answer. */
async function putRange(url: URL, path: string, range: Range, policy: RetryPolicy, options: UploadOptions): Promise<number> {
  const { value, attempts } = await retryWithPolicy<number | undefined>(
    async () => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'PUT',
          headers: {
            'content-length': String(range.end - range.start + 1),
            'content-range': `bytes ${range.start}-${range.end}/${range.total}`,
          },
          // Streamed from disk: one range at a time passes through, never the file.
          body: createReadStream(path, { start: range.start, end: range.end }),
          duplex: 'half',
          redirect: 'error',
          signal: withTimeout(options.signal, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
        });
      } catch {
        if (options.signal?.aborted) throw new UploadError('UPLOAD_FAILED', 'The upload was stopped because the bot is shutting down.');
        return { retry: true, value: undefined };
      }
      await response.body?.cancel();
      const { status } = response;
      if (status === 404 || status === 410) {
        throw new UploadError('UPLOAD_EXPIRED', `The upload session has expired (HTTP ${status} to bytes ${describeRange(range)}).`, status);
      }
      if (status !== 429 && status < 500) return { retry: false, value: status };
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.clock.now());
      return { retry: true, value: status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    },
    { policy, clock: options.clock, ...(options.random ? { random: options.random } : {}) },
  );
  if (value === undefined) {
    throw new UploadError('UPLOAD_FAILED', `Bytes ${describeRange(range)} could not be sent to the upload server after ${attempts} attempts.`);
  }
  if (value === 429 || value >= 500) {
    throw new UploadError('UPLOAD_FAILED', `The upload server answered HTTP ${value} to bytes ${describeRange(range)}, ${attempts} times.`, value);
  }
  return value;
}

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function describeRange({ start, end, total }: Range): string {
  return `${start}-${end} of ${total}`;
}
