/**
 * The scale-out state store: one block blob per key in an Azure Blob Storage container, so several
 * bot instances share subscriptions, conversation references, claims and the Graph request budget.
 * Conditions are the service's own: `If-None-Match: *` for create-only, `If-Match` with the blob's
 * ETag for compare-and-set, so two instances can never both win a claim.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { statusOf, unavailable } from './blob-errors.js';
import {
  StoreConflictError,
  checkPutCondition,
  checkStoreKey,
  compareStoreKeys,
  serializeJsonValue,
  type DeleteCondition,
  type JsonValue,
  type PutCondition,
  type StateStore,
  type StoredEntry,
} from './state-store.js';
import { createKeyNames } from './key-names.js';

/** Metadata on every blob: the key (encoded, as metadata is ASCII) and the id of the write that produced it. */
const KEY_METADATA = 'key';
const WRITE_METADATA = 'writeid';
/** Encoded names longer than this keep a readable head and end in a hash: Azure allows 1,024 characters. */
const MAX_PLAIN_NAME_LENGTH = 960;
const HASHED_HEAD_LENGTH = 900;
const HASH_MARKER = '~~';
// Kept as they are in blob names; every other byte is `~XX`. No '/', '.' or '%': no empty, dot or escaped segments.
const PLAIN_BYTE = /^[A-Za-z0-9_-]$/;
const BLOB_NAMES = createKeyNames('~', PLAIN_BYTE);

export class BlobStateStore implements StateStore {
  private constructor(private readonly container: ContainerClient) {}

  /** Opens the store on `container`, creating the container if it does not exist yet. */
  static async open(container: ContainerClient): Promise<BlobStateStore> {
    try {
      await container.createIfNotExists();
    } catch (error) {
      throw unavailable('open the container', container.containerName, error);
    }
    return new BlobStateStore(container);
  }

  async get(key: string): Promise<StoredEntry | undefined> {
    checkStoreKey(key);
    const blob = this.container.getBlobClient(blobNameOf(key));
    let text: string;
    let etag: string | undefined;
    try {
      const response = await blob.download();
      etag = response.etag;
      text = await readText(response.readableStreamBody);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw unavailable('read', key, error);
    }
    if (!etag) throw unavailable('read', key, new Error('the answer carried no ETag'));
    try {
      return { value: JSON.parse(text) as JsonValue, etag };
    } catch {
      throw new Error(`The state blob for "${key}" is not valid JSON; delete it to start that key afresh.`);
    }
  }

  async put(key: string, value: JsonValue, condition?: PutCondition): Promise<string> {
    checkStoreKey(key);
    checkPutCondition(condition);
    const text = serializeJsonValue(value);
    const blob = this.container.getBlockBlobClient(blobNameOf(key));
    const writeId = randomUUID();
    try {
      const response = await blob.upload(text, Buffer.byteLength(text, 'utf8'), {
        metadata: { [KEY_METADATA]: BLOB_NAMES.encode(key), [WRITE_METADATA]: writeId },
        blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
        conditions: condition?.ifNoneMatch ? { ifNoneMatch: '*' } : condition?.ifMatch ? { ifMatch: condition.ifMatch } : {},
      });
      if (!response.etag) throw new Error('the answer carried no ETag');
      return response.etag;
    } catch (error) {
      const status = statusOf(error);
      if (!condition || (status !== 409 && status !== 412 && status !== 404)) throw unavailable('write', key, error);
      // The client retries a write whose answer was lost: a conflict with our own landed write is a success.
      const current = await this.properties(key);
      if (current?.writeId === writeId) return current.etag;
      if (condition.ifNoneMatch) throw new StoreConflictError('ALREADY_EXISTS', key);
      throw new StoreConflictError(current ? 'ETAG_MISMATCH' : 'NOT_FOUND', key);
    }
  }

  async delete(key: string, condition?: DeleteCondition): Promise<boolean> {
    checkStoreKey(key);
    const blob = this.container.getBlobClient(blobNameOf(key));
    try {
      await blob.delete(condition?.ifMatch ? { conditions: { ifMatch: condition.ifMatch } } : {});
      return true;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 && !condition?.ifMatch) return false;
      if (status === 404) throw new StoreConflictError('NOT_FOUND', key);
      if (status === 412) throw new StoreConflictError((await this.properties(key)) ? 'ETAG_MISMATCH' : 'NOT_FOUND', key);
      throw unavailable('delete', key, error);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    try {
      for await (const item of this.container.listBlobsFlat({ prefix: listPrefixOf(prefix), includeMetadata: true })) {
        const key = item.name.includes(HASH_MARKER) ? BLOB_NAMES.decode(item.metadata?.[KEY_METADATA] ?? '') : BLOB_NAMES.decode(item.name);
        if (key !== undefined && key.startsWith(prefix)) keys.push(key);
      }
    } catch (error) {
      throw unavailable('list', prefix, error);
    }
    return keys.sort(compareStoreKeys);
  }

  private async properties(key: string): Promise<{ etag: string; writeId?: string } | undefined> {
    try {
      const properties = await this.container.getBlobClient(blobNameOf(key)).getProperties();
      return properties.etag ? { etag: properties.etag, writeId: properties.metadata?.[WRITE_METADATA] } : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw unavailable('read', key, error);
    }
  }
}

/**
 * The blob name for a key: bytes other than `A-Z a-z 0-9 _ -` as `~XX` (upper-case hex), so any key
 * (slashes, dots, '%', Unicode) gives a distinct name that no URL handling changes, and a key's prefix
 * encodes to a prefix of its name. Too long a name keeps its first 900 characters and ends in a SHA-256.
 */
export function blobNameOf(key: string): string {
  const encoded = BLOB_NAMES.encode(key);
  if (encoded.length <= MAX_PLAIN_NAME_LENGTH) return encoded;
  const hash = createHash('sha256').update(key, 'utf8').digest('hex');
  return `${headOf(encoded)}${HASH_MARKER}${hash}`;
}

/** The name prefix under which every key starting with `prefix` lives (callers still filter by key). */
function listPrefixOf(prefix: string): string {
  // A prefix ending in half a surrogate pair cannot be encoded as it stands: list from the character before.
  const whole = /[\ud800-\udbff]$/.test(prefix) ? prefix.slice(0, -1) : prefix;
  const encoded = BLOB_NAMES.encode(whole);
  return encoded.length <= HASHED_HEAD_LENGTH ? encoded : headOf(encoded);
}

/** The first characters of an encoded name, up to the head length, never cutting a `~XX` escape. */
function headOf(encoded: string): string {
  let end = HASHED_HEAD_LENGTH;
  const escape = encoded.lastIndexOf('~', end - 1);
  if (escape > end - 3) end = escape;
  return encoded.slice(0, end);
}

async function readText(body: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!body) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
