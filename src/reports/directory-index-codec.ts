/**
 * A directory index as bytes, for the file archive the instances share: a magic word, a JSON header
 * (size, each column's values and code width), then the hash and code arrays as they sit in memory
 * (little-endian, as on every platform Node supports), each padded to four bytes. A file that does
 * not read back exactly (damaged, truncated, another layout) is refused with what was wrong.
 */
import { DIRECTORY_ATTRIBUTES, DirectoryIndex, type AttributeColumn, type CodeArray, type DirectoryAttribute } from './directory-index.js';

const MAGIC = 'M365DIX1';
const HEADER_LENGTH_BYTES = 4;

type Header = {
  readonly size: number;
  readonly columns: Readonly<Record<DirectoryAttribute, { readonly values: readonly string[]; readonly width: 1 | 2 | 4 }>>;
};

/** The index as a list of buffers to write one after the other. */
export function encodeDirectoryIndex(index: DirectoryIndex): Buffer[] {
  const { size, idHashes, upnHashes, columns } = index.parts;
  const header: Header = {
    size,
    columns: Object.fromEntries(
      DIRECTORY_ATTRIBUTES.map((attribute) => [attribute, { values: columns[attribute].values, width: columns[attribute].codes.BYTES_PER_ELEMENT }]),
    ) as Header['columns'],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(HEADER_LENGTH_BYTES);
  length.writeUInt32LE(headerBytes.length);
  const arrays = [idHashes, upnHashes, ...DIRECTORY_ATTRIBUTES.map((attribute) => columns[attribute].codes)];
  return [Buffer.from(MAGIC, 'latin1'), length, padded(headerBytes), ...arrays.map((array) => padded(Buffer.from(array.buffer, array.byteOffset, array.byteLength)))];
}

/** Reads an index `encodeDirectoryIndex` wrote; throws an Error naming the problem for anything else. */
export function decodeDirectoryIndex(bytes: Buffer): DirectoryIndex {
  let offset = 0;
  const take = (length: number, what: string): Buffer => {
    if (offset + length > bytes.length) throw new Error(`The stored directory index is cut off in its ${what}.`);
    const slice = bytes.subarray(offset, offset + length);
    offset += align(length);
    return slice;
  };
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('The stored file is not a directory index of this version.');
  offset = MAGIC.length;
  const headerLength = take(HEADER_LENGTH_BYTES, 'header length').readUInt32LE();
  const header = readHeader(take(headerLength, 'header').toString('utf8'));
  const { size } = header;
  const idHashes = copyInto(new Uint32Array(2 * size), take(8 * size, 'object ids'));
  const upnHashes = copyInto(new Uint32Array(2 * size), take(8 * size, 'user principal names'));
  const columns = {} as Record<DirectoryAttribute, AttributeColumn>;
  for (const attribute of DIRECTORY_ATTRIBUTES) {
    const { values, width } = header.columns[attribute];
    const codes = copyInto(width === 1 ? new Uint8Array(size) : width === 2 ? new Uint16Array(size) : new Uint32Array(size), take(width * size, attribute));
    for (let position = 0; position < size; position++) {
      if (codes[position]! >= values.length) throw new Error(`The stored directory index has a code with no value in its ${attribute} column.`);
    }
    columns[attribute] = { values, codes };
  }
  if (offset !== align(bytes.length)) throw new Error('The stored directory index has bytes after its last column.');
  return new DirectoryIndex({ size, idHashes, upnHashes, columns });
}

function readHeader(text: string): Header {
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch {
    throw new Error('The stored directory index has a header that is not JSON.');
  }
  const { size, columns } = (typeof header === 'object' && header !== null ? header : {}) as Partial<Record<keyof Header, unknown>>;
  if (!Number.isSafeInteger(size) || (size as number) < 0 || typeof columns !== 'object' || columns === null) {
    throw new Error('The stored directory index has a header without its size and columns.');
  }
  for (const attribute of DIRECTORY_ATTRIBUTES) {
    const column = (columns as Record<string, { values?: unknown; width?: unknown } | undefined>)[attribute];
    const valid =
      column !== undefined &&
      Array.isArray(column.values) &&
      column.values.every((value) => typeof value === 'string') &&
      (column.width === 1 || column.width === 2 || column.width === 4);
    if (!valid) throw new Error(`The stored directory index has no readable ${attribute} column.`);
  }
  return header as Header;
}

function copyInto<T extends CodeArray>(array: T, bytes: Buffer): T {
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
  return array;
}

function padded(bytes: Buffer): Buffer {
  const length = align(bytes.length);
  return length === bytes.length ? bytes : Buffer.concat([bytes, Buffer.alloc(length - bytes.length)]);
}

function align(length: number): number {
  return Math.ceil(length / 4) * 4;
}
