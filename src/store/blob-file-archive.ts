/**
 * The file archive in the state store's blob container: block blobs under `files/`, a prefix no state
 * key's blob name can have (those never contain '/'). Uploads stream in blocks, downloads
 * stream to the reader; a download that breaks off is resumed by the SDK from where it stopped.
 */
import type { Readable } from 'node:stream';
import type { ContainerClient } from '@azure/storage-blob';
import { AppError } from '../app-error.js';
import { statusOf, unavailable } from './blob-errors.js';
import type { FileArchive } from './file-archive.js';

const PREFIX = 'files/';
/** Names are ours (report keys hashed), so a plain alphabet is enough; anything else is a bug. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,900}$/;
const UPLOAD_BLOCK_BYTES = 4 * 1024 * 1024;
const UPLOAD_CONCURRENCY = 4;
/** How often a broken-off download is resumed from where it stopped. */
const DOWNLOAD_RETRIES = 5;

/** The archived file asked for is not there (pruned, or the container was emptied). */
export class ArchivedFileMissingError extends AppError<'ARCHIVED_FILE_MISSING'> {
  override readonly name = 'ArchivedFileMissingError';
  constructor(readonly fileName: string) {
    super('ARCHIVED_FILE_MISSING', `The shared file "${fileName}" is no longer stored.`);
  }
}

export class BlobFileArchive implements FileArchive {
  /** `container` must exist (the blob state store creates it when it opens). */
  constructor(private readonly container: ContainerClient) {}

  async upload(name: string, source: Readable): Promise<void> {
    try {
      await this.container.getBlockBlobClient(blobNameOf(name)).uploadStream(source, UPLOAD_BLOCK_BYTES, UPLOAD_CONCURRENCY, {
        blobHTTPHeaders: { blobContentType: 'application/gzip' },
      });
    } catch (error) {
      throw unavailable('upload', name, error);
    }
  }

  async download(name: string): Promise<Readable> {
    try {
      const response = await this.container.getBlobClient(blobNameOf(name)).download(0, undefined, { maxRetryRequests: DOWNLOAD_RETRIES });
      if (!response.readableStreamBody) throw new Error('the answer carried no body');
      return response.readableStreamBody as Readable;
    } catch (error) {
      if (statusOf(error) === 404) throw new ArchivedFileMissingError(name);
      throw unavailable('download', name, error);
    }
  }

  async prune(prefix: string, keep: ReadonlySet<string>): Promise<number> {
    let deleted = 0;
    try {
      for await (const item of this.container.listBlobsFlat({ prefix: blobNameOf(prefix) })) {
        if (keep.has(item.name.slice(PREFIX.length))) continue;
        // Already gone (another instance pruned it first) is as good as deleted.
        const response = await this.container.deleteBlob(item.name).catch((error: unknown) => {
          if (statusOf(error) !== 404) throw error;
          return undefined;
        });
        if (response) deleted += 1;
      }
    } catch (error) {
      throw unavailable('prune', prefix, error);
    }
    return deleted;
  }
}

function blobNameOf(name: string): string {
  if (!SAFE_NAME.test(name) || name.includes('..')) throw new RangeError(`"${name}" is not a usable archive file name (letters, digits, . _ / - only).`);
  return PREFIX + name;
}
