/**
 * The state-store interface: small JSON documents by key, with compare-and-set, for subscriptions,
 * conversation references, digest claims and snapshots. Every implementation passes the contract
 * suite in `test/support/state-store-contract.ts`; the embedded default is `FileStateStore`, the scale-out
 * one `BlobStateStore`.
 */
import { AppError } from '../app-error.js';

/**
 * What a store keeps: anything JSON can represent. Values are copied in and out, never shared; an
 * object property that is undefined is left out, as JSON.stringify does, so optional fields just work.
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

/** A stored value and the etag of the write that produced it. */
export type StoredEntry<T extends JsonValue = JsonValue> = { readonly value: T; readonly etag: string };

/**
 * Conditions on a write: `ifMatch` an etag (update only that exact version) or `ifNoneMatch: '*'`
 * (create only). Without either, the write is unconditional.
 */
export type PutCondition = { readonly ifMatch?: string; readonly ifNoneMatch?: '*' };

export type DeleteCondition = { readonly ifMatch?: string };

export type StateStore = {
  /** The value and its etag, or undefined when the key has none. */
  get(key: string): Promise<StoredEntry | undefined>;
  /** Writes `value` if the condition holds and returns the new etag; throws `StoreConflictError` if not. */
  put(key: string, value: JsonValue, condition?: PutCondition): Promise<string>;
  /** Removes the key; false when there was nothing to remove (and no condition). Throws `StoreConflictError` on a failed `ifMatch`. */
  delete(key: string, condition?: DeleteCondition): Promise<boolean>;
  /** Every key starting with `prefix` (case-sensitive), sorted by UTF-16 code units. */
  list(prefix: string): Promise<string[]>;
};

/** Which condition failed: the key exists (create-only), or its etag differs or it is gone (`ifMatch`). */
export type StoreConflictCode = 'ALREADY_EXISTS' | 'ETAG_MISMATCH' | 'NOT_FOUND';

/** A conditional write or delete whose condition did not hold; nothing was changed. */
export class StoreConflictError extends AppError<StoreConflictCode> {
  override readonly name = 'StoreConflictError';
  constructor(
    code: StoreConflictCode,
    readonly key: string,
  ) {
    super(
      code,
      code === 'ALREADY_EXISTS'
        ? `"${key}" already exists, and the write was create-only.`
        : code === 'NOT_FOUND'
          ? `"${key}" does not exist, and the write expected a version of it.`
          : `"${key}" has changed since it was read; read it again and retry.`,
    );
  }
}

/**
 * A stored record that cannot be read back (a truncated or hand-edited file). Only that key is affected:
 * an unconditional put replaces it and a delete removes it; conditional writes see it as a conflict.
 */
export class StoreRecordError extends AppError<'UNREADABLE_RECORD'> {
  override readonly name = 'StoreRecordError';
  constructor(readonly key: string) {
    super('UNREADABLE_RECORD', `The stored record of "${key}" cannot be read (damaged); write or delete the key to replace it.`);
  }
}

/** The store could not be reached, or answered in a way the operation cannot use (a write may or may not have landed). */
export class StoreUnavailableError extends AppError<'STORE_UNAVAILABLE'> {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, cause?: unknown) {
    super('STORE_UNAVAILABLE', message, { cause });
  }
}

/** Longest key, in UTF-16 code units. */
export const MAX_STORE_KEY_LENGTH = 400;

// Control characters would make keys hard to log and to list; unpaired surrogates cannot be encoded.
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Throws a RangeError naming the problem when `key` is not a usable store key (empty, too long, control characters). */
export function checkStoreKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new RangeError('A store key must be a non-empty string.');
  if (key.length > MAX_STORE_KEY_LENGTH) {
    throw new RangeError(`A store key may have at most ${MAX_STORE_KEY_LENGTH} characters; this one has ${key.length}.`);
  }
  if (CONTROL.test(key)) throw new RangeError('A store key must not contain control characters.');
  if (LONE_SURROGATE.test(key)) throw new RangeError('A store key must be well-formed Unicode (no unpaired surrogates).');
}

/** Throws a RangeError when a condition asks for both create-only and an etag. */
export function checkPutCondition(condition: PutCondition | undefined): void {
  if (condition?.ifMatch !== undefined && condition.ifNoneMatch !== undefined) {
    throw new RangeError('A write is either create-only (ifNoneMatch) or an update of one version (ifMatch), not both.');
  }
  if (condition?.ifNoneMatch !== undefined && condition.ifNoneMatch !== '*') {
    throw new RangeError(`ifNoneMatch accepts only '*', not ${JSON.stringify(condition.ifNoneMatch)}.`);
  }
}

/** The condition's verdict for a key whose current etag is `current` (undefined: absent); undefined when it holds. */
export function failedCondition(condition: PutCondition | undefined, current: string | undefined): StoreConflictCode | undefined {
  if (condition?.ifNoneMatch === '*' && current !== undefined) return 'ALREADY_EXISTS';
  if (condition?.ifMatch !== undefined) {
    if (current === undefined) return 'NOT_FOUND';
    if (current !== condition.ifMatch) return 'ETAG_MISMATCH';
  }
  return undefined;
}

/**
 * `value` as JSON text. Throws a TypeError for what JSON cannot hold faithfully (non-finite numbers,
 * functions, undefined at the top or in an array); an object property that is undefined is left out, as JSON does.
 */
export function serializeJsonValue(value: JsonValue): string {
  if (value === undefined) throw new TypeError('A store value must be JSON, not undefined.');
  return JSON.stringify(value, function (this: unknown, _key: string, inner: unknown) {
    if (typeof inner === 'number' && !Number.isFinite(inner)) throw new TypeError('A store value must not contain NaN or Infinity.');
    if (typeof inner === 'function' || typeof inner === 'symbol' || typeof inner === 'bigint') {
      throw new TypeError(`A store value must be JSON; it contains a ${typeof inner}.`);
    }
    if (inner === undefined && Array.isArray(this)) throw new TypeError('A store value must be JSON; an array holds undefined.');
    return inner;
  });
}

/** The order `list` returns keys in: by UTF-16 code units, the same in every implementation. */
export function compareStoreKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The entry at `key`, `damaged` when its record cannot be read (`StoreRecordError`), or undefined when there is none. */
export async function getReadable(store: StateStore, key: string): Promise<StoredEntry | 'damaged' | undefined> {
  try {
    return await store.get(key);
  } catch (error) {
    if (error instanceof StoreRecordError) return 'damaged';
    throw error;
  }
}

/** `store.put` under `condition`: the new etag, or undefined when the condition did not hold (nothing was written). */
export async function putIfCondition(store: StateStore, key: string, value: JsonValue, condition: PutCondition): Promise<string | undefined> {
  try {
    return await store.put(key, value, condition);
  } catch (error) {
    if (error instanceof StoreConflictError) return undefined;
    throw error;
  }
}
