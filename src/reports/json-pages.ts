/**
 * A JSON answer from Graph as its pages' `value` arrays: `@odata.nextLink` paging that keeps the token on
 * Graph's own origin, and the last page's `@odata.deltaLink` for a later delta query.
 */
import { createNetworkError, createUnexpectedResponseError } from './graph-error-response.js';
import { describeGraphRequest } from './graph-request-names.js';
import { buildIfNoneMatch, isSuccess, withEtag, type GraphTransport, type RequestOptions } from './graph-transport.js';

/**
 * A JSON answer as its pages' `value` arrays, fetched lazily while iterating (once), or "unchanged".
 * `deltaLink()`, once the pages are read, is the last page's `@odata.deltaLink` (delta queries) as a
 * path and query relative to the base URL, ready to be asked for with `getJson`.
 */
export type JsonResponse =
  | { kind: 'json'; etag?: string; pages: AsyncIterable<readonly unknown[]>; deltaLink(): string | undefined }
  | { kind: 'not-modified' };

/** Where the client's requests go: its base URL (origin and path, no trailing slash) and that URL's origin. */
export type GraphRoot = { readonly base: string; readonly origin: string };

type JsonPage = { value: readonly unknown[]; nextLink?: string; deltaLink?: string };

/** GETs the JSON at `url` as `GraphClient.getJson` describes. */
export async function getJsonPages(transport: GraphTransport, root: GraphRoot, url: URL, options: RequestOptions): Promise<JsonResponse> {
  const answer = await transport.sendToGraph(url, options, {
    accept: 'application/json',
    ...buildIfNoneMatch(options.ifNoneMatch),
  });
  if (answer.status === 304) {
    await transport.discard(answer, describeGraphRequest(url));
    return { kind: 'not-modified' };
  }
  const first = await readPage(transport, answer, url);
  const etag = answer.headers.get('etag') ?? undefined;
  let deltaLink: string | undefined;
  const pages = followPages(transport, root, first, url, options, (link, pageUrl) => (deltaLink = pathOf(root, link, pageUrl)));
  return { kind: 'json', ...withEtag(etag), pages, deltaLink: () => deltaLink };
}

async function* followPages(
  transport: GraphTransport,
  root: GraphRoot,
  first: JsonPage,
  firstUrl: URL,
  options: RequestOptions,
  onDeltaLink: (link: string, pageUrl: URL) => void,
): AsyncGenerator<readonly unknown[]> {
  const seen = new Set([firstUrl.href]);
  let page = first;
  let pageUrl = firstUrl;
  for (;;) {
    if (page.deltaLink !== undefined) onDeltaLink(page.deltaLink, pageUrl);
    yield page.value;
    if (page.nextLink === undefined) return;
    const nextUrl = resolveNextLink(root, page.nextLink, pageUrl, seen);
    const answer = await transport.sendToGraph(nextUrl, options, { accept: 'application/json' });
    page = await readPage(transport, answer, nextUrl);
    pageUrl = nextUrl;
    seen.add(nextUrl.href);
  }
}

// A deltaLink is asked for later through getJson, so it must lead to this client's base URL.
function pathOf(root: GraphRoot, link: string, pageUrl: URL): string {
  let url: URL;
  try {
    url = new URL(link, pageUrl);
  } catch {
    throw createUnexpectedResponseError(describeGraphRequest(pageUrl), '"@odata.deltaLink" is not a URL');
  }
  if (url.origin !== root.origin || !url.href.startsWith(`${root.base}/`)) {
    throw createUnexpectedResponseError(describeGraphRequest(pageUrl), `"@odata.deltaLink" leads away from ${root.base}`);
  }
  return url.href.slice(root.base.length);
}

async function readPage(transport: GraphTransport, answer: Response, url: URL): Promise<JsonPage> {
  if (!isSuccess(answer.status)) {
    await transport.discard(answer, describeGraphRequest(url));
    throw createUnexpectedResponseError(describeGraphRequest(url), `HTTP ${answer.status} to a JSON request`, answer.status);
  }
  let text: string;
  try {
    text = await answer.text();
  } catch (error) {
    throw createNetworkError(describeGraphRequest(url), 1, error);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which may hold report rows: say only what was wrong.
    throw createUnexpectedResponseError(describeGraphRequest(url), 'the body is not valid JSON', answer.status);
  }
  if (typeof document !== 'object' || document === null || !Array.isArray((document as { value?: unknown }).value)) {
    throw createUnexpectedResponseError(describeGraphRequest(url), 'the JSON body has no "value" array', answer.status);
  }
  const { value, '@odata.nextLink': nextLink, '@odata.deltaLink': deltaLink } = document as Record<string, unknown> & { value: unknown[] };
  for (const [name, link] of [['@odata.nextLink', nextLink], ['@odata.deltaLink', deltaLink]] as const) {
    if (link !== undefined && link !== null && typeof link !== 'string') {
      throw createUnexpectedResponseError(describeGraphRequest(url), `"${name}" is not a string`, answer.status);
    }
  }
  return {
    value,
    ...(typeof nextLink === 'string' ? { nextLink } : {}),
    ...(typeof deltaLink === 'string' ? { deltaLink } : {}),
  };
}

// The token goes only to Graph's own origin: a nextLink elsewhere is refused, not followed.
function resolveNextLink(root: GraphRoot, nextLink: string, pageUrl: URL, seen: ReadonlySet<string>): URL {
  let next: URL;
  try {
    next = new URL(nextLink, pageUrl);
  } catch {
    // An unparseable link cannot be named safely; the page it came from can.
    throw createUnexpectedResponseError(describeGraphRequest(pageUrl), '"@odata.nextLink" is not a URL');
  }
  if (next.origin !== root.origin) {
    throw createUnexpectedResponseError(
      describeGraphRequest(pageUrl),
      `"@odata.nextLink" points to another host (${next.origin}), and the access token is only sent to ${root.origin}`,
    );
  }
  if (seen.has(next.href)) {
    throw createUnexpectedResponseError(describeGraphRequest(pageUrl), '"@odata.nextLink" points back to a page already read');
  }
  return next;
}
