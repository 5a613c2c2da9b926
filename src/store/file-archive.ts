/**
 * Files several instances share, by name: the report rows behind CSV exports, which are too large for
 * the JSON state store. Written once under a fresh name and never changed, so readers need no locking.
 */
import type { Readable } from 'node:stream';

export type FileArchive = {
  /** Stores the bytes of `source` as `name`, replacing nothing (names are fresh). */
  upload(name: string, source: Readable): Promise<void>;
  /** The bytes stored as `name`, streamed; throws `ArchivedFileMissingError` when it is gone. */
  download(name: string): Promise<Readable>;
  /** Deletes every file whose name starts with `prefix` except those in `keep`; returns how many went. */
  prune(prefix: string, keep: ReadonlySet<string>): Promise<number>;
};
