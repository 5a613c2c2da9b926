/**
 * Writes generated text to an HTTP response with backpressure: waits for 'drain' whenever
 * `res.write()` says the buffer is full, and stops generating when the client goes away.
 */
import type { ServerResponse } from 'node:http';

function waitForDrainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Streams `chunks` and ends the response; returns false when the client disconnected first. */
export async function writeChunks(res: ServerResponse, chunks: Iterable<string>): Promise<boolean> {
  for (const chunk of chunks) {
    if (res.destroyed) return false;
    if (!res.write(chunk)) await waitForDrainOrClose(res);
  }
  if (res.destroyed) return false;
  res.end();
  return true;
}

/** Total UTF-8 size of `chunks` (generates them once without keeping them). */
export function measureChunks(chunks: Iterable<string>): number {
  let bytes = 0;
  for (const chunk of chunks) bytes += Buffer.byteLength(chunk, 'utf8');
  return bytes;
}

/**
 * Sends the first `limitBytes` bytes of `chunks` and then destroys the connection, so a client that
 * was promised more (Content-Length) sees a truncated download.
 */
export async function writeTruncated(res: ServerResponse, chunks: Iterable<string>, limitBytes: number): Promise<void> {
  let left = limitBytes;
  for (const chunk of chunks) {
    if (res.destroyed || left <= 0) break;
    const bytes = Buffer.from(chunk, 'utf8');
    const part = bytes.length > left ? bytes.subarray(0, left) : bytes;
    left -= part.length;
    if (!res.write(part)) await waitForDrainOrClose(res);
  }
  if (res.destroyed) return;
  // Let the bytes reach the socket before cutting it.
  await new Promise<void>((resolve) => res.write('', () => resolve()));
  res.destroy();
}
