/**
 * CSV files built for a consent card and kept, privately on disk, until the user answers it: taken
 * for upload on accept, deleted on decline, and deleted unasked after a time limit so abandoned offers
 * do not pile up. An offer answered after its file went is built again from its command.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Clock } from '../clock.js';
import { errorFields, type Logger } from '../logger.js';
import { writeExportFile, type ExportFile, type ExportTotals } from './export-file.js';
import { PrivateFolder } from '../private-folder.js';

/** A prepared file: what it holds, who it is for, where it is and until when it is kept. */
export type PendingExport = {
  readonly id: string;
  /** Who may take it: the asker, as the bot identifies users (tenant and user id). */
  readonly owner: string;
  /** The `csv …` command that builds it. */
  readonly command: string;
  /** The tenant whose data it holds (absent where the bot serves one tenant only). */
  readonly tenant?: string;
  readonly fileName: string;
  readonly refreshDate?: string;
  /** Present when the file holds demo data (the built-in emulator's). */
  readonly demo?: true;
  readonly path: string;
  readonly sizeInBytes: number;
  readonly rowCount: number;
  /** What the rows add up to, for the offer to state. */
  readonly totals?: ExportTotals;
  readonly expiresAt: number;
};

export type PendingExportsOptions = {
  readonly clock: Clock;
  /** How long an unanswered offer's file is kept (default one hour). */
  readonly ttlMs?: number;
  /** At most this many files are kept; the oldest goes first (default 100). */
  readonly maxFiles?: number;
  /** Where the private folder is made (default: `.data/private`; the bot passes its DATA_DIR's). */
  readonly parentFolder?: string;
  /** How often expired files are looked for without being asked (default 5 minutes; 0: only on `prepare` and `sweep`). */
  readonly sweepEveryMs?: number;
  /** Where a failed unasked sweep is reported. */
  readonly logger?: Logger;
};

const DEFAULT_TTL_MS = 60 * 60_000;
const DEFAULT_MAX_FILES = 100;
const DEFAULT_SWEEP_EVERY_MS = 5 * 60_000;

/** The files waiting for an answer to their consent card. */
export class PendingExports {
  private readonly entries = new Map<string, PendingExport>();
  private readonly folder: PrivateFolder;
  private readonly ttlMs: number;
  private readonly maxFiles: number;
  private readonly sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly options: PendingExportsOptions) {
    this.folder = new PrivateFolder('exports', options.parentFolder);
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    const every = options.sweepEveryMs ?? DEFAULT_SWEEP_EVERY_MS;
    // The timer only asks; what has expired is decided on the injected clock. unref: it never keeps the process alive.
    const sweepUnasked = () =>
      this.sweep().catch((error: unknown) => options.logger?.warn('expired CSV exports could not be deleted', errorFields(error)));
    this.sweeper = every > 0 ? setInterval(() => void sweepUnasked(), every).unref() : undefined;
  }

  /** Builds `file` (streaming to disk), the answer to `command` about `tenant`, and keeps it for `owner` until taken, withdrawn or expired. */
  async prepare(file: ExportFile, command: string, owner: string, tenant?: string): Promise<PendingExport> {
    await this.sweep();
    const written = await writeExportFile(file, await this.folder.newFilePath('.csv'));
    const refreshDate = file.meta.refreshDate;
    const entry: PendingExport = {
      id: randomUUID(),
      owner,
      command,
      ...(tenant !== undefined ? { tenant } : {}),
      fileName: file.fileName,
      ...(refreshDate !== undefined ? { refreshDate } : {}),
      ...(file.meta.demo ? { demo: true as const } : {}),
      ...(file.totals ? { totals: file.totals } : {}),
      ...written,
      expiresAt: this.options.clock.now() + this.ttlMs,
    };
    this.entries.set(entry.id, entry);
    for (const [id] of this.entries) {
      if (this.entries.size <= this.maxFiles) break;
      await this.withdraw(id);
    }
    return entry;
  }

  /** Hands `id`'s file to its owner for upload; it is no longer pending, and `release` deletes it. Undefined when gone or not theirs. */
  take(id: string, owner: string): PendingExport | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== owner || entry.expiresAt <= this.options.clock.now()) return undefined;
    this.entries.delete(id);
    return entry;
  }

  /** Deletes a pending file: its offer was declined, or could not be delivered. */
  async withdraw(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    await rm(entry.path, { force: true });
  }

  /** Deletes the pending files holding `tenant`'s data (the tenant was removed); returns how many went. */
  async withdrawTenant(tenant: string): Promise<number> {
    const held = [...this.entries.values()].filter((entry) => entry.tenant === tenant);
    for (const entry of held) await this.withdraw(entry.id);
    return held.length;
  }

  /** Deletes a file handed out by `take` (or built for a single upload). */
  async release(file: Pick<PendingExport, 'path'>): Promise<void> {
    await rm(file.path, { force: true });
  }

  /** Deletes the files of offers not answered within the time limit; returns how many went. */
  async sweep(): Promise<number> {
    const now = this.options.clock.now();
    const expired = [...this.entries.values()].filter((entry) => entry.expiresAt <= now);
    for (const entry of expired) await this.withdraw(entry.id);
    return expired.length;
  }

  /** How many files are waiting for an answer. */
  get size(): number {
    return this.entries.size;
  }

  /** Deletes every file, pending or handed out, and the folder. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.entries.clear();
    await this.folder.remove();
  }
}
