/**
 * Reads the body of Graph's own error answer (never a download's, whose bodies are not quoted), up to
 * 64 KiB, for the error message to quote what Graph said.
 */
import type { Logger } from '../logger.js';
import { describeNetworkCause, redactUrl } from './graph-error-response.js';

const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** The error body as text, cut at 64 KiB; a body that fails mid-read yields what arrived (the loss is logged). */
export async function readErrorBody(response: Response, url: URL, logger: Logger): Promise<string> {
  if (!response.body) return '';
  // fetch's body is typed ReadableStream<any>; its chunks are bytes.
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    await reader.cancel();
  } catch (error) {
    // The status alone still makes a useful error; the lost body is only logged.
    logger.warn('could not read the error body', { url: redactUrl(url), error: describeNetworkCause(error) });
  }
  return Buffer.concat(chunks).toString('utf8', 0, Math.min(size, MAX_ERROR_BODY_BYTES));
}
