/**
 * The directory as the joins need it, compact enough for a million users: per attribute, its distinct
 * values once and a typed array of value codes; per user, 64-bit hashes of the UPN (case-insensitive)
 * and of the object id; and open-addressing tables over those hashes for O(1) lookups. No map of a
 * million strings: about 40 bytes a user (hashes 16, the UPN table 8, value codes 6 to 10, the id table
 * 8 once a delta is applied), 40 MB for a million (see `byteSize`).
 */
import { foldedHash } from './folded-hash.js';

/** The directory attributes usage can be grouped by. */
export const DIRECTORY_ATTRIBUTES = ['department', 'country', 'officeLocation', 'companyName', 'jobTitle', 'accountEnabled'] as const;
export type DirectoryAttribute = (typeof DIRECTORY_ATTRIBUTES)[number];

/** A user's attributes (null: not set; `accountEnabled` as `true` or `false`). */
export type DirectoryAttributes = { readonly [A in DirectoryAttribute]: string | null };

/** One user as the index takes it in. */
export type DirectoryRecord = DirectoryAttributes & { readonly id: string; readonly userPrincipalName: string };

/** A column's value codes, as narrow as its number of distinct values allows. */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/** One attribute of every user: `values[code]` for each user's code; code 0 (value '') means not set. */
export type AttributeColumn = { readonly values: readonly string[]; readonly codes: CodeArray };

/** What an index is made of (the builder makes it, the codec stores it). */
export type DirectoryIndexParts = {
  readonly size: number;
  /** Per user i, the folded hash of its object id: high lane at 2i, low lane at 2i + 1. */
  readonly idHashes: Uint32Array;
  /** Per user i, the folded hash of its user principal name, laid out the same way. */
  readonly upnHashes: Uint32Array;
  readonly columns: Readonly<Record<DirectoryAttribute, AttributeColumn>>;
};

/** The code of "not set" in every column. */
export const NOT_SET_CODE = 0;

export class DirectoryIndex {
  readonly size: number;
  private readonly upnTable: Int32Array;
  private idTable?: Int32Array;
  private readonly key = new Uint32Array(2);

  constructor(readonly parts: DirectoryIndexParts) {
    this.size = parts.size;
    this.upnTable = buildHashTable(parts.upnHashes, parts.size);
  }

  /** The position of the user with this UPN (any case), or -1 when the directory has none. */
  find(userPrincipalName: string): number {
    foldedHash(userPrincipalName, this.key);
    return probe(this.upnTable, this.parts.upnHashes, this.key[0]!, this.key[1]!);
  }

  /** The position of the user with this object id, or -1; the id table is built on first use (delta refreshes). */
  findById(id: string): number {
    this.idTable ??= buildHashTable(this.parts.idHashes, this.size);
    foldedHash(id, this.key);
    return probe(this.idTable, this.parts.idHashes, this.key[0]!, this.key[1]!);
  }

  /** The code of user `position`'s value of `attribute` (NOT_SET_CODE when not set). */
  codeAt(position: number, attribute: DirectoryAttribute): number {
    return this.parts.columns[attribute].codes[position]!;
  }

  /** How many codes `attribute` has, "not set" included: codes run from 0 to this minus 1. */
  codeCount(attribute: DirectoryAttribute): number {
    return this.parts.columns[attribute].values.length;
  }

  /** The value a code stands for; null for NOT_SET_CODE. */
  valueOf(attribute: DirectoryAttribute, code: number): string | null {
    return code === NOT_SET_CODE ? null : (this.parts.columns[attribute].values[code] ?? null);
  }

  /** The attributes of the user with this UPN (any case), or undefined when the directory has none. */
  lookup(userPrincipalName: string): DirectoryAttributes | undefined {
    const position = this.find(userPrincipalName);
    if (position < 0) return undefined;
    const entries = DIRECTORY_ATTRIBUTES.map((attribute) => [attribute, this.valueOf(attribute, this.codeAt(position, attribute))]);
    return Object.fromEntries(entries) as DirectoryAttributes;
  }

  /** Bytes the index holds in typed arrays and value tables (strings at two bytes a character), for memory budgets. */
  byteSize(): number {
    let bytes = this.parts.idHashes.byteLength + this.parts.upnHashes.byteLength + this.upnTable.byteLength + (this.idTable?.byteLength ?? 0);
    for (const attribute of DIRECTORY_ATTRIBUTES) {
      const column = this.parts.columns[attribute];
      bytes += column.codes.byteLength + column.values.reduce((sum, value) => sum + 16 + 2 * value.length, 0);
    }
    return bytes;
  }
}

/**
 * An open-addressing table over `size` hash pairs: slot → position + 1 (0: empty), linear probing from
 * the low lane, at most half full. Of positions with the same hash the later one wins; `replaced` hears of the earlier.
 */
export function buildHashTable(hashes: Uint32Array, size: number, replaced?: (earlier: number) => void): Int32Array {
  let capacity = 16;
  while (capacity < size * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  const mask = capacity - 1;
  for (let position = 0; position < size; position++) {
    const high = hashes[2 * position]!;
    const low = hashes[2 * position + 1]!;
    let slot = low & mask;
    for (;;) {
      const held = table[slot]! - 1;
      if (held < 0) break;
      if (hashes[2 * held] === high && hashes[2 * held + 1] === low) {
        replaced?.(held);
        break;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = position + 1;
  }
  return table;
}

function probe(table: Int32Array, hashes: Uint32Array, high: number, low: number): number {
  const mask = table.length - 1;
  for (let slot = low & mask; ; slot = (slot + 1) & mask) {
    const position = table[slot]! - 1;
    if (position < 0) return -1;
    if (hashes[2 * position] === high && hashes[2 * position + 1] === low) return position;
  }
}
