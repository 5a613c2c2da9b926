/**
 * How far a fetch from Graph has got (a report's download, or a read of the directory), for the
 * progress card: everyone waiting for the same fetch hears of it, a late joiner at once.
 */
import type { ReportId } from './catalog.js';

/** What the directory's progress is told as, where reports give their id. */
export const DIRECTORY_USERS = 'directory-users';

/**
 * Graph asked, then bytes downloaded (against the stated size when Graph gave one) and rows parsed
 * while they arrive; for the directory, users read page by page.
 */
export type FetchProgress = {
  readonly report: ReportId | typeof DIRECTORY_USERS;
  readonly title: string;
  readonly phase: 'requesting' | 'downloading';
  readonly bytes: number;
  readonly totalBytes?: number;
  readonly rows: number;
  /** Rows of the cached copy this fetch replaces: about how many to expect. */
  readonly previousRows?: number;
};

/** Told of a fetch's progress as it happens; it must return at once and not throw. */
export type FetchListener = (progress: FetchProgress) => void;

/** One fetch's progress and the listeners that wait for it. */
export class FetchRelay {
  private readonly listeners = new Set<FetchListener>();

  constructor(private latest: FetchProgress) {}

  /** Adds a listener and tells it the progress so far. */
  join(listener: FetchListener): void {
    this.listeners.add(listener);
    listener(this.latest);
  }

  /** Records an update and tells every listener. */
  update(update: Partial<FetchProgress>): void {
    this.latest = { ...this.latest, ...update };
    for (const listener of this.listeners) listener(this.latest);
  }
}
