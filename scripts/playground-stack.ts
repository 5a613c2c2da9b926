/**
 * Starts the bot (`tsx src/index.ts`) and the Microsoft 365 Agents Playground pointed at it, both on
 * loopback, waits until both answer, and stops them together. Shared by `npm start` and the e2e tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { isPortFree, LOOPBACK } from './ports.js';

export type PlaygroundStackOptions = {
  /** Project root: holds src/index.ts, node_modules and scripts/bind-loopback.cjs. */
  readonly root: string;
  readonly botPort: number;
  readonly playgroundPort: number;
  /** Git-ignored folder for bot.log, playground.log and playground.out. */
  readonly logDir: string;
  /** The Playground's teams, channels and users (.m365agentsplayground.yml). */
  readonly configPath: string;
  /** Where the Playground sends activities; default the bot's /api/messages (the e2e tests put a proxy there). */
  readonly appEndpoint?: string;
  /** The environment both children start from, e.g. process.env plus GRAPH_BASE_URL. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Also copy the bot's output here (the terminal for `npm start`); it always goes to bot.log. */
  readonly botEcho?: Writable;
  /** Let the Playground open a browser (only with a display); default false. */
  readonly openBrowser?: boolean;
  /** How long both get to answer, default 90 s (the first tsx compile on a slow machine). */
  readonly readyTimeoutMs?: number;
  /** Aborting it while starting stops both children and rejects with a StackStartError. */
  readonly signal?: AbortSignal;
};

export type ChildName = 'bot' | 'Agents Playground';

export type PlaygroundStack = {
  readonly botUrl: string;
  readonly messagesUrl: string;
  readonly playgroundUrl: string;
  readonly logDir: string;
  /** Resolves when either child exits on its own (not through stop()). */
  readonly exited: Promise<{ readonly name: ChildName; readonly code: number | null; readonly signal: NodeJS.Signals | null }>;
  /** SIGTERM to both, SIGKILL after `graceMs` (default 5 s); resolves when both are gone. */
  stop(graceMs?: number): Promise<void>;
};

/** The stack could not start; the message names the child, the port or the log to read. */
export class StackStartError extends Error {
  override readonly name = 'StackStartError';
}

const PLAYGROUND_CLI = path.join('node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

export async function startPlaygroundStack(options: PlaygroundStackOptions): Promise<PlaygroundStack> {
  const { root, botPort, playgroundPort, logDir } = options;
  for (const [name, port, variable] of [
    ['the bot', botPort, 'PORT'],
    ['the Agents Playground', playgroundPort, 'PLAYGROUND_PORT'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new StackStartError(`Port ${port} on ${LOOPBACK} is in use, so ${name} cannot listen there. Stop what uses it, or set ${variable} to another port.`);
    }
  }
  mkdirSync(logDir, { recursive: true });
  const botUrl = `http://${LOOPBACK}:${botPort}`;
  const playgroundUrl = `http://${LOOPBACK}:${playgroundPort}`;
  const messagesUrl = `${botUrl}/api/messages`;

  const botLog = createWriteStream(path.join(logDir, 'bot.log'));
  const botOutput = new OutputTail();
  const bot = spawn(process.execPath, ['--import', 'tsx', path.join('src', 'index.ts')], {
    cwd: root,
    env: { ...options.env, HOST: LOOPBACK, PORT: String(botPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: a terminal's Ctrl+C reaches only the launcher, which stops both in order.
    detached: true,
  });
  pipeOutput(bot, [botLog, botOutput], options.botEcho);

  const playgroundOut = createWriteStream(path.join(logDir, 'playground.out'));
  const playgroundOutput = new OutputTail();
  const playground = spawn(
    process.execPath,
    [
      '-r',
      path.join(root, 'scripts', 'bind-loopback.cjs'),
      path.join(root, PLAYGROUND_CLI),
      '--app-endpoint',
      options.appEndpoint ?? messagesUrl,
      '--channel-id',
      'msteams',
      '--port',
      String(playgroundPort),
      '--service-url',
      `${playgroundUrl}/_connector`,
      '--disable-telemetry',
    ],
    {
      // The Playground writes next to its cwd (./devTools) whatever is not redirected below.
      cwd: logDir,
      env: {
        ...options.env,
        ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(logDir, 'playground.log'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  pipeOutput(playground, [playgroundOut, playgroundOutput]);

  const children: [ChildName, ChildProcess][] = [
    ['bot', bot],
    ['Agents Playground', playground],
  ];
  let stopping = false;
  const exits = children.map(([name, child]) => exitOf(name, child));
  const exited = Promise.race(exits).then((exit) => {
    if (stopping) return new Promise<never>(() => {});
    return exit;
  });

  // A launcher that exits without stop() (an uncaught error) must not leave the detached children behind.
  const killOnExit = () => children.forEach(([, child]) => child.pid && signalGroup(child.pid, 'SIGKILL'));
  process.once('exit', killOnExit);
  const stop = async (graceMs = 5_000): Promise<void> => {
    stopping = true;
    await Promise.all(children.map(([, child]) => terminate(child, graceMs)));
    process.off('exit', killOnExit);
    await Promise.all([closeStream(botLog), closeStream(playgroundOut)]);
  };

  const waiting = new AbortController();
  const cancelled = new Promise<never>((_, reject) => {
    const cancel = () => reject(new StackStartError('Start-up cancelled.'));
    if (options.signal?.aborted) cancel();
    options.signal?.addEventListener('abort', cancel, { once: true });
    waiting.signal.addEventListener('abort', () => options.signal?.removeEventListener('abort', cancel), { once: true });
  });
  try {
    await Promise.race([
      cancelled,
      waitUntilReady(
        [
          ['bot', `${botUrl}/healthz`, () => true],
          ['Agents Playground', `${playgroundUrl}/_debug/ping`, (body) => body.trim() === 'pong'],
        ],
        options.readyTimeoutMs ?? 90_000,
        logDir,
        waiting.signal,
      ),
      exited.then(({ name, code, signal }) => {
        const how = `The ${name} stopped while starting (${signal ?? `exit code ${code}`})`;
        if (name === 'bot' && options.botEcho) throw new StackStartError(`${how}; its output is above.`);
        const output = (name === 'bot' ? botOutput : playgroundOutput).lastLines(20) || '(none)';
        throw new StackStartError(`${how}. Its last output:\n${output}`);
      }),
    ]);
    const listening = /Listening on (\d+)/.exec(playgroundOutput.text)?.[1];
    if (listening !== undefined && Number(listening) !== playgroundPort) {
      throw new StackStartError(`The Agents Playground moved to port ${listening} instead of ${playgroundPort}; is ${playgroundPort} taken?`);
    }
  } catch (error) {
    await stop(1_000);
    throw error;
  } finally {
    waiting.abort();
  }
  return { botUrl, messagesUrl, playgroundUrl, logDir, exited, stop };
}

/** The last 64 KB a child wrote, for error messages that should not wait for a log file to flush. */
class OutputTail {
  text = '';
  write(chunk: Buffer): void {
    this.text = (this.text + chunk.toString('utf8')).slice(-65_536);
  }
  lastLines(count: number): string {
    return this.text.trimEnd().split('\n').slice(-count).join('\n');
  }
}

function pipeOutput(child: ChildProcess, sinks: readonly { write(chunk: Buffer): unknown }[], echo?: Writable): void {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      for (const sink of sinks) sink.write(chunk);
      echo?.write(chunk);
    });
  }
}

function exitOf(name: ChildName, child: ChildProcess) {
  return new Promise<{ name: ChildName; code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ name, code: child.exitCode, signal: child.signalCode });
    child.once('exit', (code, signal) => resolve({ name, code, signal }));
    // A child that could not be started at all emits 'error' and never 'exit'.
    child.once('error', () => resolve({ name, code: null, signal: null }));
  });
}

async function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = once(child, 'exit');
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid ?? 0, 'SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

/** Signals the child's process group (it was started detached), so helpers it spawned go too. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone; the child's own pid may still be reaped, so try it directly.
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }
}

type Probe = readonly [ChildName, string, (body: string) => boolean];

async function waitUntilReady(probes: readonly Probe[], timeoutMs: number, logDir: string, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(probes);
  while (pending.size > 0 && !signal.aborted) {
    for (const probe of [...pending]) {
      if (await answers(probe)) pending.delete(probe);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      const names = [...pending].map(([name, url]) => `${name} (${url})`).join(' and ');
      throw new StackStartError(`${names} did not answer within ${Math.round(timeoutMs / 1000)} s; logs are in ${logDir}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function answers([, url, accept]: Probe): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.ok && accept(await response.text());
  } catch {
    return false; // not listening yet
  }
}

async function closeStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  stream.end();
  await once(stream, 'close');
}
