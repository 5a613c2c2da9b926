/**
 * A file archive in process memory, for tests of what instances share without a blob container: names
 * as the blob archive takes them, whole files stored on upload, a missing file refused as it refuses it.
 */
import { Readable } from 'node:stream';
import { ArchivedFileMissingError } from '../../src/store/blob-file-archive.js';
import type { FileArchive } from '../../src/store/file-archive.js';

export class MemoryFileArchive implements FileArchive {
  readonly files = new Map<string, Buffer>();

  async upload(name: string, source: Readable): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.from(chunk as Uint8Array));
    this.files.set(name, Buffer.concat(chunks));
  }

  async download(name: string): Promise<Readable> {
    const file = this.files.get(name);
    if (!file) throw new ArchivedFileMissingError(name);
    return Readable.from([file]);
  }

  async prune(prefix: string, keep: ReadonlySet<string>): Promise<number> {
    const doomed = [...this.files.keys()].filter((name) => name.startsWith(prefix) && !keep.has(name));
    for (const name of doomed) this.files.delete(name);
    return doomed.length;
  }
}
