/**
 * Builds a `DirectoryIndex` from users as they arrive page by page (a full read), or from an index and
 * a delta round's changes (adds, changes, removals by object id). Values are interned per attribute;
 * code arrays start at 8 bits and widen to 16 or 32 only when an attribute has that many values, so a
 * million users' codes take a few MB while they are read, not four bytes each.
 */
import { foldedHash } from './folded-hash.js';
import {
  buildHashTable,
  DIRECTORY_ATTRIBUTES,
  DirectoryIndex,
  NOT_SET_CODE,
  type AttributeColumn,
  type CodeArray,
  type DirectoryAttribute,
  type DirectoryRecord,
} from './directory-index.js';

const INITIAL_CAPACITY = 1024;

type Interned = { readonly values: string[]; readonly codes: Map<string, number> };

export class DirectoryIndexBuilder {
  private count = 0;
  private idHashes = new Uint32Array(2 * INITIAL_CAPACITY);
  private upnHashes = new Uint32Array(2 * INITIAL_CAPACITY);
  private readonly codes = new Map<DirectoryAttribute, CodeArray>();
  private readonly interned = new Map<DirectoryAttribute, Interned>();

  /** Starts empty, or with `base`'s value tables so its users can be copied code for code. */
  constructor(private readonly base?: DirectoryIndex) {
    for (const attribute of DIRECTORY_ATTRIBUTES) {
      const values = base ? [...base.parts.columns[attribute].values] : [''];
      this.interned.set(attribute, { values, codes: new Map(values.map((value, code) => [value, code])) });
      this.codes.set(attribute, codeArrayFor(values.length, INITIAL_CAPACITY));
    }
  }

  /** Users added so far. */
  get size(): number {
    return this.count;
  }

  /** Adds a user; a later user with the same object id replaces the earlier one. */
  add(record: DirectoryRecord): void {
    const position = this.grow();
    foldedHash(record.id, this.idHashes, 2 * position);
    foldedHash(record.userPrincipalName, this.upnHashes, 2 * position);
    for (const attribute of DIRECTORY_ATTRIBUTES) this.codes.get(attribute)![position] = this.intern(attribute, record[attribute]);
  }

  /** Copies user `position` of the index this builder started from. */
  copy(position: number): void {
    const base = this.base!.parts;
    const to = this.grow();
    this.idHashes.set(base.idHashes.subarray(2 * position, 2 * position + 2), 2 * to);
    this.upnHashes.set(base.upnHashes.subarray(2 * position, 2 * position + 2), 2 * to);
    for (const attribute of DIRECTORY_ATTRIBUTES) this.codes.get(attribute)![to] = base.columns[attribute].codes[position]!;
  }

  /** The index of the users added, each object id once (its last record). */
  build(): DirectoryIndex {
    const keep = this.lastOfEachId();
    const size = keep?.length ?? this.count;
    // No user twice and little room unused: the arrays themselves, not copies (a million users' hashes are 16 MB).
    if (!keep && 4 * size >= 3 * (this.idHashes.length / 2)) {
      return this.indexOf(size, this.idHashes.subarray(0, 2 * size), this.upnHashes.subarray(0, 2 * size), (codes) => codes.subarray(0, size));
    }
    const from = (to: number) => (keep ? keep[to]! : to);
    const idHashes = new Uint32Array(2 * size);
    const upnHashes = new Uint32Array(2 * size);
    for (let to = 0; to < size; to++) {
      idHashes[2 * to] = this.idHashes[2 * from(to)]!;
      idHashes[2 * to + 1] = this.idHashes[2 * from(to) + 1]!;
      upnHashes[2 * to] = this.upnHashes[2 * from(to)]!;
      upnHashes[2 * to + 1] = this.upnHashes[2 * from(to) + 1]!;
    }
    return this.indexOf(size, idHashes, upnHashes, (source, valueCount) => {
      const codes = codeArrayFor(valueCount, size);
      for (let to = 0; to < size; to++) codes[to] = source[from(to)]!;
      return codes;
    });
  }

  /** An index of `size` users with these hashes, each attribute's codes taken from the builder's by `codesOf`. */
  private indexOf(size: number, idHashes: Uint32Array, upnHashes: Uint32Array, codesOf: (codes: CodeArray, valueCount: number) => CodeArray): DirectoryIndex {
    const columns = {} as Record<DirectoryAttribute, AttributeColumn>;
    for (const attribute of DIRECTORY_ATTRIBUTES) {
      const values = this.interned.get(attribute)!.values;
      columns[attribute] = { values: [...values], codes: codesOf(this.codes.get(attribute)!, values.length) };
    }
    return new DirectoryIndex({ size, idHashes, upnHashes, columns });
  }

  // Positions to keep, in order: of users sharing an object id, only the last added; undefined when none is dropped.
  private lastOfEachId(): Uint32Array | undefined {
    const dropped = new Uint8Array(this.count);
    let drops = 0;
    buildHashTable(this.idHashes, this.count, (earlier) => {
      dropped[earlier] = 1;
      drops++;
    });
    if (drops === 0) return undefined;
    const keep = new Uint32Array(this.count - drops);
    for (let position = 0, to = 0; position < this.count; position++) if (dropped[position] === 0) keep[to++] = position;
    return keep;
  }

  private grow(): number {
    if (this.count === this.idHashes.length / 2) {
      const capacity = this.count * 2;
      this.idHashes = resized(this.idHashes, 2 * capacity);
      this.upnHashes = resized(this.upnHashes, 2 * capacity);
      for (const attribute of DIRECTORY_ATTRIBUTES) {
        const codes = this.codes.get(attribute)!;
        this.codes.set(attribute, widened(codes, codeArrayFor(this.interned.get(attribute)!.values.length, capacity)));
      }
    }
    return this.count++;
  }

  private intern(attribute: DirectoryAttribute, value: string | null): number {
    if (value === null || value === '') return NOT_SET_CODE;
    const table = this.interned.get(attribute)!;
    let code = table.codes.get(value);
    if (code === undefined) {
      code = table.values.length;
      table.values.push(value);
      table.codes.set(value, code);
      // The 257th (or 65,537th) value needs wider codes from here on.
      const codes = this.codes.get(attribute)!;
      if (code > maxCode(codes)) this.codes.set(attribute, widened(codes, codeArrayFor(table.values.length, codes.length)));
    }
    return code;
  }
}

/**
 * `index` with a delta round's changes applied: by object id (lower-cased), a record adds or replaces
 * the user, null removes it. Ids the index does not have are added (records) or ignored (removals).
 */
export function applyDirectoryChanges(index: DirectoryIndex, changes: ReadonlyMap<string, DirectoryRecord | null>): DirectoryIndex {
  const replaced = new Uint8Array(index.size);
  for (const id of changes.keys()) {
    const position = index.findById(id);
    if (position >= 0) replaced[position] = 1;
  }
  const builder = new DirectoryIndexBuilder(index);
  for (let position = 0; position < index.size; position++) if (replaced[position] === 0) builder.copy(position);
  for (const record of changes.values()) if (record) builder.add(record);
  return builder.build();
}

/** A code array of `length` as narrow as `valueCount` values allow: 8, 16 or 32 bits. */
function codeArrayFor(valueCount: number, length: number): CodeArray {
  if (valueCount <= 0x100) return new Uint8Array(length);
  return valueCount <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

function maxCode(codes: CodeArray): number {
  return codes instanceof Uint8Array ? 0xff : codes instanceof Uint16Array ? 0xffff : 0xffffffff;
}

/** `into` with `codes` copied to its start (as many as fit). */
function widened(codes: CodeArray, into: CodeArray): CodeArray {
  into.set(codes.subarray(0, Math.min(codes.length, into.length)));
  return into;
}

function resized(array: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(length);
  grown.set(array.subarray(0, Math.min(array.length, length)));
  return grown;
}
