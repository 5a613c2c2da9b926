/**
 * How the emulator answers a request an injected fault matched: a dropped connection, a body cut off
 * halfway, a raw body, or a Graph error body with the fault's status and Retry-After.
 */
import type { EmulatorFault } from './fault-queue.js';
import { codeForStatus, messageForStatus } from './graph-error.js';
import { resetConnection, sendGraphError, sendText, writeHead, type Exchange } from './http-exchange.js';
import { CSV_TYPE, type PlannedBody } from './report-bodies.js';
import { measureChunks, writeTruncated } from './write-body.js';

/** Answers `exchange` as `fault` says; `body` is what the request would have had, for a truncated answer (none: reset). */
export async function applyFault(exchange: Exchange, fault: EmulatorFault, body: PlannedBody | undefined): Promise<void> {
  const kind = fault.kind ?? 'status';
  if (kind === 'reset' || (kind === 'truncate' && !body)) return resetConnection(exchange);
  if (kind === 'truncate' && body) {
    const total = measureChunks(body.chunks());
    writeHead(exchange, body.status, { 'Content-Type': body.contentType, 'Content-Length': total });
    return writeTruncated(exchange.res, body.chunks(), Math.floor(total / 2));
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
  if (fault.body !== undefined) {
    // A successful download with a raw body stands in for report bytes; anything else for an error body.
    const type = fault.target === 'download' && status < 300 ? CSV_TYPE : 'application/json';
    return sendText(exchange, status, type, fault.body, headers);
  }
  sendGraphError(exchange, { status, code: codeForStatus(status), message: messageForStatus(status) }, headers);
}
