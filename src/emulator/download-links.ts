/**
 * Short-lived, unguessable, pre-authenticated download links, like the `Location` Graph answers CSV
 * requests with. A link works any number of times until it expires on the emulator's clock.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';

/** What a download token resolves to. */
export type LinkLookup<T> =
  | { readonly state: 'valid'; readonly payload: T }
  | { readonly state: 'expired'; readonly payload: T; readonly expiresAt: number }
  | { readonly state: 'unknown' };

/** Issues and resolves download tokens carrying a payload of type T. */
export type DownloadLinks<T> = {
  issue(payload: T): string;
  resolve(token: string): LinkLookup<T>;
};

// Expired links are remembered this long, so a late download gets "expired" rather than "unknown".
const FORGET_AFTER_MS = 60 * 60 * 1000;

/** Creates the link table; links expire `ttlMs` after issue, on `clock`. */
export function createDownloadLinks<T>(clock: Clock, ttlMs: number): DownloadLinks<T> {
  const links = new Map<string, { payload: T; expiresAt: number }>();
  return {
    issue(payload) {
      const now = clock.now();
      for (const [token, link] of links) if (link.expiresAt + FORGET_AFTER_MS < now) links.delete(token);
      const token = randomBytes(24).toString('base64url');
      links.set(token, { payload, expiresAt: now + ttlMs });
      return token;
    },
    resolve(token) {
      const link = links.get(token);
      if (!link) return { state: 'unknown' };
      if (clock.now() >= link.expiresAt) return { state: 'expired', payload: link.payload, expiresAt: link.expiresAt };
      return { state: 'valid', payload: link.payload };
    },
  };
}
