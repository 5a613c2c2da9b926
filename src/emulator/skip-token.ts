/**
 * JSON paging tokens. A `$skiptoken` carries the next item position and the refresh date of the first
 * page, so every page of one listing comes from the same day's data even if the clock passes midnight.
 */

/** Where a listing continues. */
export type SkipPosition = { readonly cursor: number; readonly refreshDay: number };

/** Encodes a position as an opaque, URL-safe token. */
export function encodeSkipToken(position: SkipPosition): string {
  return Buffer.from(`${position.cursor}:${position.refreshDay}:`, 'utf8').toString('base64url');
}

/** Decodes a token from `encodeSkipToken`; undefined when it is not one. */
export function decodeSkipToken(token: string): SkipPosition | undefined {
  const match = /^(\d+):(\d+):$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) return undefined;
  return { cursor: Number(match[1]), refreshDay: Number(match[2]) };
}

/**
 * The absolute `@odata.nextLink` for a request: its own path and query as the client spelled them
 * (Graph's links read `?$format=…&$skiptoken=…`), with the new `$skiptoken`.
 */
export function buildNextLink(baseUrl: string, url: URL, token: string): string {
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !/^(\$|%24)skiptoken=/i.test(part));
  return `${baseUrl}${url.pathname}?${[...kept, `$skiptoken=${token}`].join('&')}`;
}
