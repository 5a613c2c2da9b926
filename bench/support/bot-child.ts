/**
 * Starts `bot-process.ts` as a child process (its own heap, so one benchmark's garbage does not weigh on
 * another's figures) and drives it: the URL it listens on, a CPU profile of a phase, its peak RSS at stop.
 * The child runs the built `dist/` with plain node, as `npm run bot` does in production (`npm run bench`
 * builds it first), and nothing else: no tsx, no TypeScript. Its stderr (the bot's JSON logs) goes to a
 * file; the last lines are printed if it dies.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { botNodeFlags, launchNodeFlags } from './bench-run.js';
import { summarizeCpuProfile } from './cpu-profile.js';

export type ChildRequest =
  | { readonly id: number; readonly type: 'profile-start' }
  | { readonly id: number; readonly type: 'profile-stop'; readonly path: string }
  | { readonly id: number; readonly type: 'memory' }
  /** CPU time the process used so far (user and system), and its heap in use after a full collection. */
  | { readonly id: number; readonly type: 'cpu' }
  | { readonly id: number; readonly type: 'heap-after-gc' }
  /** Starts the peaks of `memory` again from now (Linux: the peak RSS too), to measure one phase. */
  | { readonly id: number; readonly type: 'reset-peak' }
  | { readonly id: number; readonly type: 'stop' }
  /** The emulator only: moves its clock on (a day later, the delta query has a day's changes to return). */
  | { readonly id: number; readonly type: 'advance-clock'; readonly ms: number }
  /** The emulator only: the requests it answered so far, by Graph function (users, users/delta, report functions). */
  | { readonly id: number; readonly type: 'requests' };

/** The process's memory at the highest RSS sampled: V8's heap (reserved and used, and reserved by space) and buffers outside it. */
export type MemoryAtPeak = {
  readonly rss: number;
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly external: number;
  readonly spaces: Readonly<Record<string, number>>;
};

/** Peak resident set size, the sampled peaks of the JavaScript heap and of memory outside it (buffers), and the parts at the peak. */
export type PeakMemory = { readonly maxRss: number; readonly peakHeapUsed: number; readonly peakExternal: number; readonly atPeak?: MemoryAtPeak };

export type ChildReply = {
  readonly id: number;
  readonly url?: string;
  readonly memory?: PeakMemory;
  readonly requests?: Readonly<Record<string, number>>;
  /** Microseconds of CPU time (`cpu`), or bytes of heap in use after a full collection (`heap-after-gc`). */
  readonly value?: number;
  /** `cpu`: the part of `value` the main thread used (the rest is V8's and libuv's threads: the collector, the compilers, file work). */
  readonly mainThread?: number;
  readonly error?: string;
};

/** The bot as `npm run bot` runs it, the echo bot on the same stack, the echo bot that sends a typing indicator first, or the Graph emulator alone. */
export type BotKind = 'usage' | 'echo' | 'echo-typing' | 'emulator';

/** Microseconds of CPU time (user + system): the whole process, and its main thread alone. */
export type CpuTime = { readonly total: number; readonly mainThread: number };

export type BotChild = {
  /** Base URL; Teams would post to `${url}/api/messages`. */
  readonly url: string;
  /** Runs `phase` with the child's CPU profiler on and returns the summary of where its time went. */
  profile(phase: () => Promise<void>): Promise<string>;
  /** Its peak memory so far (read it before profiling: the profiler's own memory would count). */
  memory(): Promise<PeakMemory>;
  /** Starts its peak memory again from what it uses now, so `memory` reports the phase that follows (on Linux, RSS too). */
  resetPeakMemory(): Promise<void>;
  /** CPU time (user + system) the process has used since it started, in microseconds: all its threads, and its main thread alone. */
  cpuTime(): Promise<CpuTime>;
  /** Heap in use after a full collection, in bytes (collected through the inspector: the bot runs without --expose-gc). */
  heapAfterGc(): Promise<number>;
  /** Closes the bot and ends the process; resolves with its peak memory. */
  stop(): Promise<PeakMemory>;
  /** The emulator only: moves its clock on by `ms`. */
  advanceClock(ms: number): Promise<void>;
  /** The emulator only: requests answered so far by Graph function, e.g. `{ users: 1002, 'users/delta': 1 }`. */
  requestCounts(): Promise<Readonly<Record<string, number>>>;
};

const NO_MEMORY: PeakMemory = { maxRss: 0, peakHeapUsed: 0, peakExternal: 0 };
/** Where the child's entry goes as JavaScript; at the same depth as this folder, so its `../../dist/` is the build. */
const OUT = new URL('../out/', import.meta.url);
const BUILT_ENTRY = new URL('../../dist/index.js', import.meta.url).pathname;
const SOURCES = new URL('../../src/', import.meta.url).pathname;

let entry: string | undefined;

/**
 * The child's entry, `bot-process.ts` and the `echo-bot.ts` it imports, with their types stripped into
 * `bench/out/`, once per benchmark. Node would strip them itself, but with a TypeScript transformer
 * (about 17 MiB resident) loaded into the very process whose memory is measured.
 */
function childEntry(): string {
  if (entry) return entry;
  mkdirSync(OUT, { recursive: true });
  for (const name of ['bot-process', 'echo-bot']) {
    const source = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(new URL(`${name}.js`, OUT), outputText);
  }
  entry = new URL('bot-process.js', OUT).pathname;
  return entry;
}

/** Refuses to measure a `dist/` that is missing or older than a source file: the figures would be another code's. */
function requireFreshBuild(): void {
  if (!existsSync(BUILT_ENTRY)) throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does).');
  const builtAt = statSync(BUILT_ENTRY).mtimeMs;
  const newer = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).find((file) => statSync(path.join(SOURCES, file)).mtimeMs > builtAt);
  if (newer) throw new Error(`dist/ is older than src/${newer}: run \`npm run build\` first (\`npm run bench\` does).`);
}

/**
 * Starts a bot of `kind`; `env` is its whole configuration. With `profileStartup`, V8 profiles the
 * process from its first line, and `stop` prints where its time went.
 */
export async function startBotChild(kind: BotKind, env: Record<string, string>, options: { profileStartup?: boolean } = {}): Promise<BotChild> {
  requireFreshBuild();
  const folder = mkdtempSync(path.join(tmpdir(), `bench-${kind}-`));
  const logPath = path.join(folder, 'stderr.log');
  const logFd = openSync(logPath, 'w');
  const child = fork(childEntry(), [kind], {
    // `npm run bot`'s own options, then any under trial; the emulator stands for Graph and runs as Node defaults it.
    execArgv: [...(kind === 'emulator' ? ['--enable-source-maps'] : [...launchNodeFlags, ...botNodeFlags]), ...(options.profileStartup ? ['--cpu-prof', `--cpu-prof-dir=${folder}`] : [])],
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
      // BENCH_PROFILE_DIR keeps the raw profile (open it in Chrome DevTools' Performance panel).
      if (process.env.BENCH_PROFILE_DIR) copyFileSync(file, path.join(process.env.BENCH_PROFILE_DIR, `${kind}-${path.basename(file)}`));
      return summarizeCpuProfile(JSON.parse(readFileSync(file, 'utf8')));
    },
    async memory() {
      return (await request({ type: 'memory' })).memory ?? NO_MEMORY;
    },
    async resetPeakMemory() {
      await request({ type: 'reset-peak' });
    },
    async cpuTime() {
      const reply = await request({ type: 'cpu' });
      return { total: reply.value ?? Number.NaN, mainThread: reply.mainThread ?? Number.NaN };
    },
    async heapAfterGc() {
      return (await request({ type: 'heap-after-gc' })).value ?? Number.NaN;
    },
    async advanceClock(ms) {
      await request({ type: 'advance-clock', ms });
    },
    async requestCounts() {
      return (await request({ type: 'requests' })).requests ?? {};
    },
    async stop() {
      const reply = await request({ type: 'stop' });
      await waitForExit(child);
      const startupProfile = readdirSync(folder).find((name) => name.startsWith('CPU.') && name.endsWith('.cpuprofile'));
      if (startupProfile) console.log(summarizeCpuProfile(JSON.parse(readFileSync(path.join(folder, startupProfile), 'utf8'))));
      rmSync(folder, { recursive: true, force: true });
      return reply.memory ?? NO_MEMORY;
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
