/**
 * ETags for report answers: a hash of everything that determines the bytes (function, arguments,
 * format, refresh date, concealment, tenant), so a new refresh date means a new ETag.
 */
import { createHash } from 'node:crypto';

/** A strong ETag for the given parts. */
export function computeReportEtag(parts: readonly (string | number | boolean | undefined)[]): string {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27);
  return `"${digest}"`;
}

/** True when an `If-None-Match` header value matches `etag` (weak comparison, lists and `*` allowed). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}
