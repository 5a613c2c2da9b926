/**
 * Starts real bot processes (test/support/bot-instance.ts → `runBot` of src/index.ts, through tsx) on
 * free loopback ports, each with its own empty DATA_DIR, and drives their clocks and digest runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InstanceMessage, InstanceReport } from './bot-instance.js';

export type BotProcess = {
  /** Base URL; Teams posts to `${url}/api/messages`. */
  readonly url: string;
  readonly pid: number;
  readonly dataDir: string;
  /** Its log lines (JSON), for a failing test's message. */
  readonly logs: string[];
  /** Sets its clock to `at` (epoch ms); the clock runs on from there. */
  setTime(at: number): void;
  /** Runs its digest scheduler's pending run now; resolves when that run has finished (or the process has exited). */
  tick(): Promise<void>;
  /** Kills it at once (SIGKILL): no shutdown, claims left as they were. */
  kill(): Promise<void>;
  /** Stops it as the platform would (SIGTERM) and removes its data folder. */
  stop(): Promise<void>;
};

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('./bot-instance.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;

/** Starts one bot with `env` (on top of loopback defaults) and its clock at `clockStart`. */
export async function startBotProcess(env: Record<string, string>, clockStart: number): Promise<BotProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'usage-bot-instance-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: ROOT,
    // Nothing from the test runner's environment: no credentials or settings leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, TEST_CLOCK_START: String(clockStart), ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const logs: string[] = [];
  const exited = once(child, 'exit');
  // Started means listening and idle: the scheduler's first run starts with the process, and until it has
  // finished, what a test writes to the store could be picked up by it before the test holds or moves anything.
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot process did not start in time:\n${logs.join('\n')}`)), START_TIMEOUT_MS);
    let endpoint: string | undefined;
    let idle = false;
    const resolveWhenStarted = () => {
      if (endpoint === undefined || !idle) return;
      clearTimeout(timer);
      resolve(endpoint);
    };
    child.once('message', () => {
      idle = true;
      resolveWhenStarted();
    });
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        endpoint ??= /"message":"bot listening".*"endpoint":"([^"]+)\/api\/messages"/.exec(line)?.[1];
        resolveWhenStarted();
      }
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`bot process exited with ${String(code)} before it had started:\n${logs.join('\n')}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const send = (message: InstanceMessage) => {
    if (child.connected) child.send(message);
  };
  const running = () => child.exitCode === null && child.signalCode === null;
  // Each finished run announces itself; a tick waits for the announcement after it.
  let runFinished: (() => void) | undefined;
  child.on('message', (report: InstanceReport) => {
    if (report.type === 'scheduled') runFinished?.();
  });
  void exited.then(() => runFinished?.());
  return {
    url,
    pid: child.pid!,
    dataDir,
    logs,
    setTime: (at) => send({ type: 'time', at }),
    tick() {
      if (!running()) return Promise.resolve();
      const finished = new Promise<void>((resolve) => {
        runFinished = resolve;
      });
      send({ type: 'tick' });
      return finished;
    },
    async kill() {
      if (running()) {
        child.kill('SIGKILL');
        await exited;
      }
    },
    async stop() {
      if (running()) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs `activity` to `bot` as the Bot Connector would; throws with the answer unless it is 200. */
export async function deliverActivity(bot: Pick<BotProcess, 'url'>, activity: unknown): Promise<void> {
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`the bot answered ${response.status} to an activity: ${text}`);
}

/** Polls `check` until it returns true; fails naming `what` after `timeoutMs` of real time (processes run on it). */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The earliest and latest `claimedAt` of some claims (epoch ms): a lease runs from each claim's own time. */
export function claimTimes(claims: readonly { readonly claimedAt: string }[]): { first: number; last: number } {
  const times = claims.map((claim) => Date.parse(claim.claimedAt));
  return { first: Math.min(...times), last: Math.max(...times) };
}
