/**
 * Folders only this process's user can read (0700), for files that hold report data (cached report rows,
 * CSV exports waiting for consent). They live under the bot's own data folder, never in the shared
 * temp folder: `<DATA_DIR>/private/<kind>-<host>-<pid>-<random>/`. A process that crashes leaves its
 * folder behind; `removeLeftoverFolders` at start-up deletes those of processes of this host that are
 * gone, and never a folder of a process still running (a CLI next to the bot, say).
 */
import { mkdir, mkdtemp, readdir, rm, chmod } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

const FOLDER_MODE = 0o700;
/** `<DATA_DIR>/private` for DATA_DIR's default, `.data` (config.ts; not imported: reports/ must not depend on the bot's config). */
const DEFAULT_ROOT = path.join('.data', 'private');
/** Folder names: kind, host (reduced to safe characters), pid, and mkdtemp's six random characters. */
const FOLDER_NAME = /^[a-z]+-(.+)-(\d+)-[A-Za-z0-9]{6}$/;
/** Folders this process made: never leftovers, whatever their pid says (tests run several stacks in one process). */
const ownFolders = new Set<string>();

/** Where the private folders of a data folder go. */
export function privateFolderRoot(dataDir: string): string {
  return path.join(dataDir, 'private');
}

/** Hands out fresh file paths inside one private folder of this process. */
export class PrivateFolder {
  private folder: Promise<string> | undefined;
  private sequence = 0;

  /** `kind` names the folder (e.g. `reports`) inside `root` (default `.data/private`). */
  constructor(
    private readonly kind: string,
    private readonly root: string = DEFAULT_ROOT,
  ) {}

  /** A path for a new file, unique within this folder; nothing is created yet. */
  async newFilePath(extension: string): Promise<string> {
    this.folder ??= this.create();
    return path.join(await this.folder, `${++this.sequence}${extension}`);
  }

  /** Deletes the folder and every file in it; a later `newFilePath` makes a new one. */
  async remove(): Promise<void> {
    const folder = this.folder;
    this.folder = undefined;
    if (folder) {
      const made = await folder;
      await rm(made, { recursive: true, force: true });
      ownFolders.delete(made);
    }
  }

  private async create(): Promise<string> {
    await makeRoot(this.root);
    const made = await mkdtemp(path.join(this.root, `${this.kind}-${hostLabel()}-${process.pid}-`));
    ownFolders.add(made);
    return made;
  }
}

/** Deletes the private folders under `root` that processes of this host left behind; returns their names. */
export async function removeLeftoverFolders(root: string): Promise<string[]> {
  await makeRoot(root);
  const removed: string[] = [];
  for (const name of await readdir(root)) {
    const match = FOLDER_NAME.exec(name);
    const folder = path.join(root, name);
    if (!match || match[1] !== hostLabel() || ownFolders.has(folder)) continue;
    const pid = Number(match[2]);
    // Our own pid on a folder we did not make: a previous process in a restarted container had it.
    if (pid !== process.pid && isRunning(pid)) continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

async function makeRoot(root: string): Promise<void> {
  await mkdir(root, { recursive: true, mode: FOLDER_MODE });
  if (process.platform !== 'win32') await chmod(root, FOLDER_MODE);
}

function hostLabel(): string {
  return hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
