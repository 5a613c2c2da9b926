/**
 * A state store in process memory: the reference implementation of the contract, for tests and for
 * runs that need no state across restarts. Values are kept as JSON text, so callers never share objects.
 */
import { randomUUID } from 'node:crypto';
import {
  StoreConflictError,
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

/** Every operation completes synchronously inside its promise, so each one is atomic. */
/* eslint-disable @typescript-eslint/require-await -- async on purpose: a thrown error must reject, and nothing is awaited */
export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, { readonly text: string; readonly etag: string }>();

  async get(key: string): Promise<StoredEntry | undefined> {
    checkStoreKey(key);
    const entry = this.entries.get(key);
    return entry ? { value: JSON.parse(entry.text) as JsonValue, etag: entry.etag } : undefined;
  }

  async put(key: string, value: JsonValue, condition?: PutCondition): Promise<string> {
    checkStoreKey(key);
    checkPutCondition(condition);
    const text = serializeJsonValue(value);
    const failed = failedCondition(condition, this.entries.get(key)?.etag);
    if (failed) throw new StoreConflictError(failed, key);
    const etag = randomUUID();
    this.entries.set(key, { text, etag });
    return etag;
  }

  async delete(key: string, condition?: DeleteCondition): Promise<boolean> {
    checkStoreKey(key);
    const failed = failedCondition(condition, this.entries.get(key)?.etag);
    if (failed) throw new StoreConflictError(failed, key);
    return this.entries.delete(key);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.entries.keys()].filter((key) => key.startsWith(prefix)).sort(compareStoreKeys);
  }
}
