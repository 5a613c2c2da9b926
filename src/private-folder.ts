/**
 * A temporary folder only this process's user can read (0700, made on first use), for files that hold
 * report data until they are sent; its files are created 0600 by their writers, and `remove` deletes
 * the folder with whatever is left in it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Hands out fresh file paths inside one private temporary folder. */
export class PrivateFolder {
  private folder: Promise<string> | undefined;
  private sequence = 0;

  /** `prefix` names the folder (e.g. `m365-usage-bot-exports-`) inside `parent` (the system temp folder). */
  constructor(
    private readonly prefix: string,
    private readonly parent: string = tmpdir(),
  ) {}

  /** A path for a new file, unique within this folder; nothing is created yet. */
  async newFilePath(extension: string): Promise<string> {
    this.folder ??= mkdtemp(path.join(this.parent, this.prefix));
    return path.join(await this.folder, `${++this.sequence}${extension}`);
  }

  /** Deletes the folder and every file in it; a later `newFilePath` makes a new one. */
  async remove(): Promise<void> {
    const folder = this.folder;
    this.folder = undefined;
    if (folder) await rm(await folder, { recursive: true, force: true });
  }
}
