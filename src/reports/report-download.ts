/**
 * A CSV report from Graph: Graph answers a report request with a 302 to a pre-authenticated download
 * link, fetched without the bearer token (or with a direct 200); a link that has expired by the time it
 * is fetched sends us back to Graph for a new one, once.
 */
import type { Readable } from 'node:stream';
import { createDownloadError, createUnexpectedResponseError } from './graph-error-response.js';
import { describeDownload, describeGraphRequest } from './graph-request-names.js';
import { isLoopbackUrl } from './graph-token.js';
import { buildIfNoneMatch, isSuccess, withEtag, type GraphTransport, type RequestOptions } from './graph-transport.js';
import { toReportStream, withLength } from './report-body-stream.js';

/**
 * A CSV report as raw bytes, streamed and untouched (BOM included: parsing is elsewhere), or "unchanged".
 * `contentLength` is the body's size when the answer stated it for the bytes the stream yields (not compressed).
 */
export type CsvResponse = { kind: 'csv'; body: Readable; etag?: string; contentLength?: number } | { kind: 'not-modified' };

/** Download answers that mean the pre-authenticated link expired or was refused: ask Graph for a new one. */
const EXPIRED_DOWNLOAD_STATUSES: ReadonlySet<number> = new Set([403, 404, 410]);
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const DOWNLOAD_ROUNDS = 2;

/** GETs the report at `url` from Graph and follows its redirect to the download, as `GraphClient.getCsv` describes. */
export async function downloadReport(transport: GraphTransport, url: URL, options: RequestOptions): Promise<CsvResponse> {
  for (let round = 1; ; round++) {
    const answer = await transport.sendToGraph(url, options, buildIfNoneMatch(options.ifNoneMatch));
    const etag = answer.headers.get('etag') ?? undefined;
    if (answer.status === 304) {
      await transport.discard(answer, describeGraphRequest(url));
      return { kind: 'not-modified' };
    }
    if (isSuccess(answer.status)) {
      return { kind: 'csv', body: toReportStream(answer, describeGraphRequest(url)), ...withEtag(etag), ...withLength(answer) };
    }
    if (!REDIRECT_STATUSES.has(answer.status)) {
      await transport.discard(answer, describeGraphRequest(url));
      throw createUnexpectedResponseError(describeGraphRequest(url), `HTTP ${answer.status} to a CSV request`, answer.status);
    }
    const downloadUrl = readDownloadLocation(answer, url);
    await transport.discard(answer, describeGraphRequest(url));
    const download = await transport.send(downloadUrl, { target: 'download', headers: {}, signal: options.signal });
    if (isSuccess(download.response.status)) {
      const downloadEtag = download.response.headers.get('etag') ?? undefined;
      return {
        kind: 'csv',
        body: toReportStream(download.response, describeDownload(downloadUrl)),
        ...withEtag(etag ?? downloadEtag),
        ...withLength(download.response),
      };
    }
    await transport.discard(download.response, describeDownload(downloadUrl));
    if (round < DOWNLOAD_ROUNDS && EXPIRED_DOWNLOAD_STATUSES.has(download.response.status)) {
      transport.logger.warn('report download refused, asking Graph for a new link', {
        url: describeDownload(downloadUrl).url,
        status: download.response.status,
      });
      continue;
    }
    throw createDownloadError(describeDownload(downloadUrl), { status: download.response.status, attempts: round });
  }
}

function readDownloadLocation(answer: Response, url: URL): URL {
  const location = answer.headers.get('location');
  if (!location) {
    throw createUnexpectedResponseError(describeGraphRequest(url), `a ${answer.status} redirect without a Location header`, answer.status);
  }
  let downloadUrl: URL;
  try {
    downloadUrl = new URL(location, url);
  } catch {
    // The Location itself is a credential; name only the Graph request that produced it.
    throw createUnexpectedResponseError(describeGraphRequest(url), 'a redirect whose Location is not a URL', answer.status);
  }
  if (downloadUrl.protocol !== 'https:' && !(downloadUrl.protocol === 'http:' && isLoopbackUrl(downloadUrl.href))) {
    throw createUnexpectedResponseError(
      describeGraphRequest(url),
      `a redirect to a ${downloadUrl.protocol} download URL, where only https is expected`,
      answer.status,
    );
  }
  return downloadUrl;
}
