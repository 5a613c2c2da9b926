/**
 * What an answer read from the caches of the report services, noted while it ran, so that the bot can send
 * the same answer again while every one of those reads would still give the same data (bot/reply-cache.ts).
 * A read that went to Graph, served older data or has no way to be checked makes the answer one not to reuse.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** An answer's reads: a check per cached read (does it still hold?), and false `reusable` once any could not be checked. */
export type CachedReads = { reusable: boolean; readonly checks: (() => boolean)[] };

/** One record for every service, so that an answer reading several tenants' reports notes them all. */
const RECORDS = new AsyncLocalStorage<CachedReads>();

/** A record with nothing read yet. */
export function emptyReads(): CachedReads {
  return { reusable: true, checks: [] };
}

/** Runs `work`, noting in `reads` what it reads from the report services' caches. */
export function recordReads<T>(reads: CachedReads, work: () => Promise<T>): Promise<T> {
  return RECORDS.run(reads, work);
}

/**
 * Notes a read in the answer being recorded, if one is: `check` says whether the same read would give the
 * same data now; without one (a download, older data served), the answer must not be reused.
 */
export function noteRead(check?: () => boolean): void {
  const reads = RECORDS.getStore();
  if (!reads) return;
  if (check) reads.checks.push(check);
  else reads.reusable = false;
}

/** True while an answer that read `reads` would read the same data again (and read something at all). */
export function readsStillHold(reads: CachedReads): boolean {
  return reads.reusable && reads.checks.length > 0 && reads.checks.every((check) => check());
}
