/** A report answer's body as the Node stream the CSV parser reads, and the size the answer stated for it. */
import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createCutOffError, type FailedRequest } from './graph-error-response.js';

/** The answer's body as raw bytes, untouched (BOM included: parsing is elsewhere). */
export function toReportStream(response: Response, request: FailedRequest): Readable {
  if (!response.body) return Readable.from([]);
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  const out = new PassThrough();
  // A body cut off mid-stream fails as a typed error naming the request, not as undici's bare "terminated";
  // a reader that gives up early releases the connection.
  body.on('error', (cause) => out.destroy(createCutOffError(request, cause)));
  // The failure reaches the reader through its own listener; one that had already stopped reading
  // (its parse failed first) needs no second word of it, which would otherwise be an uncaught exception.
  out.on('error', ignoreLateFailure);
  out.on('close', () => body.destroy());
  body.pipe(out);
  return out;
}

/** The body's stated size; none when it is compressed (fetch yields the bytes decoded) or not stated. */
export function withLength(response: Response): { contentLength?: number } {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return {};
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? { contentLength: length } : {};
}

/** See toReportStream: a reader that stopped has had its answer. */
function ignoreLateFailure(): void {
  return undefined;
}
