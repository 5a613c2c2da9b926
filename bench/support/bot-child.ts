/**
 * Starts `bot-process.ts` as a child process (its own heap, so one benchmark's garbage does not weigh on
 * another's figures) and drives it: the URL it listens on, a CPU profile of a phase, its peak RSS at stop.
 * Its stderr (the bot's JSON logs) goes to a file; the last lines are printed if it dies.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { summarizeCpuProfile } from './cpu-profile.js';

export type ChildRequest =
  | { readonly id: number; readonly type: 'profile-start' }
  | { readonly id: number; readonly type: 'profile-stop'; readonly path: string }
  | { readonly id: number; readonly type: 'stop' };

export type ChildReply = { readonly id: number; readonly url?: string; readonly maxRssBytes?: number; readonly error?: string };

export type BotChild = {
  /** Base URL; Teams would post to `${url}/api/messages`. */
  readonly url: string;
  /** Runs `phase` with the child's CPU profiler on and returns the summary of where its time went. */
  profile(phase: () => Promise<void>): Promise<string>;
  /** Closes the bot and ends the process; resolves with its peak resident set size. */
  stop(): Promise<number>;
};

const ENTRY = new URL('./bot-process.ts', import.meta.url).pathname;

/** `usage`: the bot as `npm run bot` runs it; `echo`: the echo bot on the same stack. `env` is its whole configuration. */
export async function startBotChild(kind: 'usage' | 'echo', env: Record<string, string>): Promise<BotChild> {
  const folder = mkdtempSync(path.join(tmpdir(), `bench-${kind}-`));
  const logPath = path.join(folder, 'stderr.log');
  const logFd = openSync(logPath, 'w');
  const child = fork(ENTRY, [kind], {
    execArgv: ['--import', 'tsx'],
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: path.join(folder, 'data'), ...env },
    stdio: ['ignore', 'ignore', logFd, 'ipc'],
  });
  closeSync(logFd);
  const pending = new Map<number, { resolve: (reply: ChildReply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const died = new Promise<never>((_, reject) => {
    child.once('exit', (code) => {
      const error = new Error(`${kind} bot exited with ${code}; its last log lines:\n${tail(logPath)}`);
      for (const waiter of pending.values()) waiter.reject(error);
      reject(error);
    });
  });
  died.catch(() => undefined);
  child.on('message', (reply: ChildReply) => {
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  const request = (message: Record<string, unknown> & { type: ChildRequest['type'] }) =>
    new Promise<ChildReply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ ...message, id });
    }).then((reply) => {
      if (reply.error) throw new Error(`${kind} bot: ${reply.error}`);
      return reply;
    });

  const ready = await Promise.race([
    new Promise<ChildReply>((resolve) => pending.set(0, { resolve, reject: () => undefined })),
    died,
  ]);
  return {
    url: ready.url ?? '',
    async profile(phase) {
      const file = path.join(folder, `profile-${nextId}.cpuprofile`);
      await request({ type: 'profile-start' });
      await phase();
      await request({ type: 'profile-stop', path: file });
      return summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')));
    },
    async stop() {
      const reply = await request({ type: 'stop' });
      await waitForExit(child);
      rmSync(folder, { recursive: true, force: true });
      return reply.maxRssBytes ?? 0;
    },
  };
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-12).join('\n');
  } catch {
    return '(no log)';
  }
}
