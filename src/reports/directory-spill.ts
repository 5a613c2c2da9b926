/**
 * A directory index moved out of memory to a private file of this process, and read back: what the
 * shared memory bound (cache-memory.ts) does with a tenant's directory that nobody asked about lately,
 * so a hundred tenants' directories need not stay in memory, and none is read from Graph again for it.
 */
import { open, readFile, rm } from 'node:fs/promises';
import type { PrivateFolder } from '../private-folder.js';
import type { DirectoryIndex } from './directory-index.js';
import { decodeDirectoryIndex, encodeDirectoryIndex } from './directory-index-codec.js';

/** Writes `index` to a new file of `folder` (0600); resolves to its path. */
export async function spillDirectoryIndex(folder: PrivateFolder, index: DirectoryIndex): Promise<string> {
  const file = await folder.newFilePath('.directory');
  const handle = await open(file, 'w', 0o600);
  try {
    await handle.writev(encodeDirectoryIndex(index));
  } finally {
    await handle.close();
  }
  return file;
}

/** The index a spill file holds; the file is deleted once read (the index is back in memory). */
export async function loadSpilledIndex(file: string): Promise<DirectoryIndex> {
  const index = decodeDirectoryIndex(await readFile(file));
  await rm(file, { force: true });
  return index;
}
