/**
 * The embedded state store: one JSON file per key in a folder under DATA_DIR (`.data/state/` by
 * default), written atomically (temporary file, fsync, rename, fsync of the folder), mode 0600 in a
 * 0700 folder. Writes to one key are serialized within this process; writes to different keys (different
 * files) overlap, so their fsyncs do not queue behind one another.
 *
 * One process per folder: a second process writing the same folder is not supported. Create-only
 * writes stay exclusive even then (they use link(2), which fails if the name exists), but `ifMatch`
 * updates and deletes are checked against what this process read, so two processes could both
 * succeed. The scale-out store is the answer for several instances.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  StoreConflictError,
  StoreRecordError,
  checkPutCondition,
  checkStoreKey,
  compareStoreKeys,
  failedCondition,
  serializeJsonValue,
  type DeleteCondition,
  type JsonValue,
  type PutCondition,
  type StateStore,
  type StoredEntry,
} from './state-store.js';
import { createKeyNames } from './key-names.js';

/** The file operations the store uses; tests pass a wrapper that fails at a chosen step. */
export type StoreFileSystem = Pick<typeof fsPromises, 'mkdir' | 'chmod' | 'open' | 'readFile' | 'readdir' | 'rename' | 'link' | 'unlink'>;

export type FileStateStoreOptions = { readonly fileSystem?: StoreFileSystem };

/** The folder the state store uses under a data folder. */
export function stateStoreFolder(dataDir: string): string {
  return path.join(dataDir, 'state');
}

/** What a key's file holds: the key itself (hashed file names cannot be decoded), the etag and the value. */
type FileRecord = { readonly key: string; readonly etag: string; readonly value: JsonValue };

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;
const SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';
/** Encoded names longer than this become a hash: most file systems stop at 255 bytes per name. */
const MAX_PLAIN_NAME_LENGTH = 200;
const HASHED_PREFIX = '~';
// Bytes kept as they are in file names: lower case only, so names stay distinct on case-insensitive file systems.
const PLAIN_BYTE = /^[a-z0-9_-]$/;
// File systems without hard links: create-only falls back to the in-process check.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

const UNREADABLE = Symbol('unreadable record');
const fileRecordSchema = z.object({ key: z.string(), etag: z.string(), value: z.unknown().refine((value) => value !== undefined) });

/** A damaged record has an etag no condition can name: create-only and `ifMatch` fail on it, unconditional writes replace it. */
function etagOf(record: FileRecord | typeof UNREADABLE | undefined): string | undefined {
  return record === UNREADABLE ? 'unreadable' : record?.etag;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A truncated file (a crash mid-write on a file system without atomic rename): reported as unreadable.
    return undefined;
  }
}

/** The last queued write per file (absolute path), shared by every store object this process opens on the folder. */
const writeQueues = new Map<string, Promise<unknown>>();
/** Temporary files this process is writing now: the sweep on open leaves them alone. */
const temporaryFilesInUse = new Set<string>();

export class FileStateStore implements StateStore {
  private constructor(
    /** The absolute folder the files live in. */
    readonly folder: string,
    private readonly fs: StoreFileSystem,
  ) {}

  /** Opens (creating with mode 0700) the store in `folder`, and removes temporary files a crash left behind. */
  static async open(folder: string, options: FileStateStoreOptions = {}): Promise<FileStateStore> {
    const fs = options.fileSystem ?? fsPromises;
    const resolved = path.resolve(folder);
    await fs.mkdir(resolved, { recursive: true, mode: FOLDER_MODE });
    if (process.platform !== 'win32') await fs.chmod(resolved, FOLDER_MODE);
    const store = new FileStateStore(resolved, fs);
    await store.removeTemporaryFiles();
    return store;
  }

  async get(key: string): Promise<StoredEntry | undefined> {
    checkStoreKey(key);
    const record = await this.readRecord(fileNameOf(key));
    if (record === UNREADABLE) throw new StoreRecordError(key);
    return record && record.key === key ? { value: record.value, etag: record.etag } : undefined;
  }

  async put(key: string, value: JsonValue, condition?: PutCondition): Promise<string> {
    checkStoreKey(key);
    checkPutCondition(condition);
    const valueText = serializeJsonValue(value);
    const name = fileNameOf(key);
    return this.serialize(name, async () => {
      const failed = failedCondition(condition, etagOf(await this.readRecord(name)));
      if (failed) throw new StoreConflictError(failed, key);
      const etag = randomUUID();
      const text = `{"key":${JSON.stringify(key)},"etag":${JSON.stringify(etag)},"value":${valueText}}\n`;
      await this.replaceFile(name, text, condition?.ifNoneMatch === '*' ? key : undefined);
      return etag;
    });
  }

  async delete(key: string, condition?: DeleteCondition): Promise<boolean> {
    checkStoreKey(key);
    const name = fileNameOf(key);
    return this.serialize(name, async () => {
      const current = await this.readRecord(name);
      const failed = failedCondition(condition, etagOf(current));
      if (failed) throw new StoreConflictError(failed, key);
      if (!current) return false;
      await this.fs.unlink(path.join(this.folder, name));
      await this.syncFolder();
      return true;
    });
  }

  async list(prefix: string): Promise<string[]> {
    // A plain name starts with the encoded prefix exactly when its key starts with the prefix (the
    // encoding is byte by byte and reads back unambiguously), so only matching names are decoded.
    const encodedPrefix = FILE_NAMES.encode(prefix);
    const keys: string[] = [];
    for (const name of await this.fs.readdir(this.folder)) {
      if (!name.endsWith(SUFFIX) || name.startsWith('.')) continue;
      let key: string | undefined;
      if (name.startsWith(HASHED_PREFIX)) {
        // A hashed name says nothing about its key: the file does (and may vanish while we look).
        // An unreadable hashed file names no key, so it cannot be listed.
        const record = await this.readRecord(name);
        key = record === UNREADABLE ? undefined : record?.key;
      } else if (name.startsWith(encodedPrefix)) {
        key = decodeFileName(name);
      }
      if (key !== undefined && key.startsWith(prefix)) keys.push(key);
    }
    return keys.sort(compareStoreKeys);
  }

  /** Runs `write` after every write queued before it on the file `name` (whether those succeeded or not). */
  private serialize<T>(name: string, write: () => Promise<T>): Promise<T> {
    const file = path.join(this.folder, name);
    const run = (writeQueues.get(file) ?? Promise.resolve()).then(write);
    const tail = run.catch(() => undefined);
    writeQueues.set(file, tail);
    void tail.then(() => {
      if (writeQueues.get(file) === tail) writeQueues.delete(file);
    });
    return run;
  }

  /** The file's record, undefined when there is none, or UNREADABLE when it is not one (truncated, edited). */
  private async readRecord(name: string): Promise<FileRecord | typeof UNREADABLE | undefined> {
    let text: string;
    try {
      text = await this.fs.readFile(path.join(this.folder, name), 'utf8');
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return undefined;
      throw error;
    }
    const parsed = fileRecordSchema.safeParse(parseJson(text));
    return parsed.success ? (parsed.data as FileRecord) : UNREADABLE;
  }

  /**
   * Writes `text` to a temporary file (mode 0600, fsynced), then moves it to `name` and fsyncs the
   * folder, so a crash at any point leaves either the old file or the new one. With `createOnly` the
   * move is a hard link, which fails if another writer created the name meanwhile.
   */
  private async replaceFile(name: string, text: string, createOnly: string | undefined): Promise<void> {
    const temporary = path.join(this.folder, `.${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`);
    temporaryFilesInUse.add(temporary);
    try {
      await this.moveIntoPlace(temporary, path.join(this.folder, name), text, createOnly);
    } finally {
      temporaryFilesInUse.delete(temporary);
    }
    await this.syncFolder();
  }

  private async moveIntoPlace(temporary: string, target: string, text: string, createOnly: string | undefined): Promise<void> {
    const handle = await this.fs.open(temporary, 'wx', FILE_MODE);
    try {
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (createOnly !== undefined && (await this.linkExclusive(temporary, target, createOnly))) {
        // The value is in place; a temporary name left over is swept on the next open.
        await this.fs.unlink(temporary).catch(() => undefined);
      } else {
        await this.fs.rename(temporary, target);
      }
    } catch (error) {
      await this.fs.unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  /** True when linked; false when the file system has no hard links (the caller renames instead). */
  private async linkExclusive(temporary: string, target: string, key: string): Promise<boolean> {
    try {
      await this.fs.link(temporary, target);
      return true;
    } catch (error) {
      if (isErrorCode(error, 'EEXIST')) throw new StoreConflictError('ALREADY_EXISTS', key);
      if (NO_HARD_LINKS.has(errorCode(error) ?? '')) return false;
      throw error;
    }
  }

  /** Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals renames. */
  private async syncFolder(): Promise<void> {
    if (process.platform === 'win32') return;
    const handle = await this.fs.open(this.folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Removes what crashed writes left behind; temporary files this process is still writing are kept. */
  private async removeTemporaryFiles(): Promise<void> {
    for (const name of await this.fs.readdir(this.folder)) {
      const file = path.join(this.folder, name);
      if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX) && !temporaryFilesInUse.has(file)) await this.fs.unlink(file).catch(() => undefined);
    }
  }
}

const FILE_NAMES = createKeyNames('%', PLAIN_BYTE);

/**
 * The file name for a key: bytes other than `a-z 0-9 _ -` as `%XX` (upper-case hex), so any key
 * (slashes, dots, capitals, Unicode) gives a distinct, portable name; a SHA-256 when that is too long.
 */
export function fileNameOf(key: string): string {
  const name = FILE_NAMES.encode(key);
  if (name.length <= MAX_PLAIN_NAME_LENGTH) return name + SUFFIX;
  return `${HASHED_PREFIX}${createHash('sha256').update(key, 'utf8').digest('hex')}${SUFFIX}`;
}

/** The key of a plain file name, or undefined for a name `fileNameOf` would not have written. */
function decodeFileName(name: string): string | undefined {
  const key = FILE_NAMES.decode(name.slice(0, -SUFFIX.length));
  return key !== undefined && fileNameOf(key) === name ? key : undefined;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;
}

function isErrorCode(error: unknown, code: string): boolean {
  return errorCode(error) === code;
}
