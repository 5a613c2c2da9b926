/**
 * One request/response pair of the emulator with its log entry: every answer goes through these
 * helpers, so the recorded status always matches what was sent and Graph's request-id headers are set.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatBlobError, formatGraphError, type ErrorContext, type GraphError } from './graph-error.js';

/** One request the emulator received (status 0: the connection was dropped without an answer). */
export type RecordedRequest = {
  /** `token`: a request to the token endpoint; `consent`: to the admin consent page. */
  kind: 'api' | 'download' | 'token' | 'consent';
  method: string;
  path: string;
  functionName?: string;
  hadAuthorization: boolean;
  status: number;
  /** The customer tenant the request's token was issued for, or the token endpoint was asked for; absent: the emulator's own. */
  tenant?: string;
};

/** A request being answered. */
export type Exchange = {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly record: RecordedRequest;
  readonly errorContext: ErrorContext;
};

/** Starts an exchange; `client-request-id` is echoed as Graph does, or made up when absent. */
export function openExchange(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, now: number): Exchange {
  const clientRequestId = req.headers['client-request-id'];
  return {
    req,
    res,
    record,
    errorContext: {
      now,
      requestId: randomUUID(),
      clientRequestId: typeof clientRequestId === 'string' ? clientRequestId : randomUUID(),
    },
  };
}

/** Sends the status line and headers, and records the status. */
export function writeHead(exchange: Exchange, status: number, headers: Record<string, string | number>): void {
  exchange.record.status = status;
  exchange.res.writeHead(status, {
    'request-id': exchange.errorContext.requestId,
    'client-request-id': exchange.errorContext.clientRequestId,
    ...headers,
  });
}

/** Answers with a complete body. */
export function sendText(
  exchange: Exchange,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  writeHead(exchange, status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...headers });
  exchange.res.end(body);
}

/** Answers with a Graph error body. */
export function sendGraphError(exchange: Exchange, error: GraphError, headers: Record<string, string> = {}): void {
  sendText(exchange, error.status, 'application/json', formatGraphError(error, exchange.errorContext), headers);
}

/** Answers like the blob storage behind download URLs does. */
export function sendBlobError(exchange: Exchange, status: number, code: string, message: string): void {
  sendText(exchange, status, 'application/xml', formatBlobError(code, message, exchange.errorContext));
}

/** Drops the connection without an answer. */
export function resetConnection(exchange: Exchange): void {
  exchange.record.status = 0;
  exchange.req.socket.destroy();
}
