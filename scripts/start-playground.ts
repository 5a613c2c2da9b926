/**
 * `npm start`: the bot on the built-in Graph reports emulator plus the Microsoft 365 Agents
 * Playground (a local Teams-like client) in front of it, both on loopback. Prints the address to
 * open, and stops both on Ctrl+C, on SIGTERM, or when either one stops.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { watchParents } from './parent-watch.js';
import { startPlaygroundStack, StackStartError } from './playground-stack.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOG_DIR = path.join(ROOT, '.playground');
const DEFAULT_BOT_PORT = 3978;
const DEFAULT_PLAYGROUND_PORT = 56150;

function readPort(name: string, fallback: number): number {
  const text = process.env[name]?.trim();
  if (!text) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) {
    throw new StackStartError(`${name} is "${text}"; use a port number from 1 to 65535.`);
  }
  return port;
}

/** Linux without DISPLAY or WAYLAND_DISPLAY (a server, a container, CI) has no browser to open. */
function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
}

/** Resolves with the reason once the launcher is asked to stop: Ctrl+C, SIGTERM, a closed terminal, npm gone. */
function whenAskedToStop(): Promise<string> {
  return new Promise((resolve) => {
    // `on`, not `once`: npm and tsx pass a terminal's Ctrl+C on again, and a second SIGINT without a
    // handler would kill the launcher before it has stopped the children.
    process.on('SIGINT', () => resolve('Ctrl+C'));
    process.on('SIGTERM', () => resolve('SIGTERM'));
    process.on('SIGHUP', () => resolve('The terminal closed'));
    watchParents(() => resolve('npm stopped'));
  });
}

async function main(): Promise<number> {
  const askedToStop = whenAskedToStop();
  const cancelStart = new AbortController();
  void askedToStop.then(() => cancelStart.abort());
  const openBrowser = hasDisplay() && process.env['TEAMSAPPTESTER_BROWSER'] !== 'none';
  const stack = await startPlaygroundStack({
    root: ROOT,
    botPort: readPort('PORT', DEFAULT_BOT_PORT),
    playgroundPort: readPort('PLAYGROUND_PORT', DEFAULT_PLAYGROUND_PORT),
    logDir: LOG_DIR,
    configPath: path.join(ROOT, '.m365agentsplayground.yml'),
    env: process.env,
    botEcho: process.stderr,
    openBrowser,
    signal: cancelStart.signal,
  });
  const logs = path.relative(process.cwd(), LOG_DIR) || '.';
  process.stdout.write(
    [
      '',
      `Bot:                ${stack.messagesUrl}`,
      `Agents Playground:  ${stack.playgroundUrl}/  <- open this in a browser${openBrowser ? ' (opening it for you)' : ''}`,
      `Logs:               ${logs}/bot.log, ${logs}/playground.log`,
      'Try "help" or "copilot summary D30" in the personal chat, or @mention the bot in a channel.',
      'Press Ctrl+C to stop both.',
      '',
    ].join('\n'),
  );
  const [reason, code] = await Promise.race([
    askedToStop.then((why) => [why, 0] as const),
    stack.exited.then(({ name, code: exitCode, signal }) => {
      const other = name === 'bot' ? 'the Agents Playground' : 'the bot';
      return [`The ${name} stopped (${signal ?? `exit code ${exitCode}`}), so ${other} is stopped too`, 1] as const;
    }),
  ]);
  process.stdout.write(`\n${reason}; stopping…\n`);
  await stack.stop();
  return code;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof StackStartError)) throw error;
  process.stderr.write(`npm start: ${error.message}\n`);
  process.exitCode = 1;
}
