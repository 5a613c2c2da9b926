/**
 * How the Graph client names a request in its errors and logs: a Graph URL by origin and path, a
 * pre-authenticated download link by its origin only, since its path and query are its credential.
 */
import { redactUrl, type FailedRequest } from './graph-error-response.js';

/** A GET to Graph itself, named by origin and path (its query adds nothing an admin can act on). */
export function describeGraphRequest(url: URL): FailedRequest {
  return { method: 'GET', url: redactUrl(url) };
}

/** A pre-authenticated download link is a credential in its path and query alike: only its origin is shown. */
export function describeDownload(url: URL): FailedRequest {
  return { method: 'GET', url: `${url.origin}/(pre-authenticated download link)` };
}
