/**
 * The pre-authenticated download a report function's 302 points to: the report's CSV, fetched without a
 * token, refused as the storage host refuses it when the link is unknown, expired or sent a bearer token.
 */
import type { Clock } from '../clock.js';
import type { DownloadLinks } from './download-links.js';
import type { FaultQueue } from './fault-queue.js';
import { applyFault } from './fault-answers.js';
import { sendBlobError, writeHead, type Exchange } from './http-exchange.js';
import { csvBody, CSV_TYPE } from './report-bodies.js';
import type { ReportContext } from './report-view.js';
import { createReportView } from './render-report.js';
import { writeChunks } from './write-body.js';

/** The path every download link starts with. */
export const DOWNLOAD_PREFIX = '/_download/';

/** Answers a request to a download link issued by `links`, unless an injected download fault comes first. */
export async function answerDownload(exchange: Exchange, url: URL, links: DownloadLinks<ReportContext>, faults: FaultQueue, clock: Clock): Promise<void> {
  const { req, res } = exchange;
  const lookup = links.resolve(url.pathname.slice(DOWNLOAD_PREFIX.length));
  const context = lookup.state === 'unknown' ? undefined : lookup.payload;
  exchange.record.functionName = context?.call.functionName;

  const fault = faults.take('download', context?.call.functionName);
  if (fault) return applyFault(exchange, fault, lookup.state === 'valid' ? csvBody(lookup.payload) : undefined);

  if (req.headers.authorization !== undefined) {
    const message =
      'This is a pre-authenticated download URL: fetch it without an Authorization header. ' +
      'A bearer token sent to the storage host is refused (and would be leaked).';
    return sendBlobError(exchange, 400, 'InvalidAuthenticationInfo', message);
  }
  if (req.method !== 'GET') {
    const message = `The resource doesn't support the HTTP verb ${req.method}.`;
    return sendBlobError(exchange, 405, 'UnsupportedHttpVerb', message);
  }
  if (lookup.state === 'unknown') {
    const message = 'Server failed to authenticate the request. The download token is not valid.';
    return sendBlobError(exchange, 403, 'AuthenticationFailed', message);
  }
  if (lookup.state === 'expired') {
    const message =
      `Server failed to authenticate the request. Signed expiry time [${new Date(lookup.expiresAt).toUTCString()}] ` +
      `must be after current time [${new Date(clock.now()).toUTCString()}]. ` +
      'Request the report again for a new download URL.';
    return sendBlobError(exchange, 403, 'AuthenticationFailed', message);
  }
  await createReportView(lookup.payload).prepare?.();
  writeHead(exchange, 200, { 'Content-Type': CSV_TYPE });
  await writeChunks(res, csvBody(lookup.payload).chunks());
}
