/**
 * Starts, once for every e2e file, a Graph reports emulator, the bot reading from it
 * (GRAPH_BASE_URL) and the Agents Playground in front of the bot, all on free loopback ports, with the
 * locale proxy between the Playground and the bot (it passes activities through unchanged until a test
 * makes the user a Russian or Italian Teams client). Tests read the same emulator to know which numbers
 * the cards must show. Logs: .playground/e2e/.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startGraphEmulator, type EmulatorOptions, type GraphEmulator } from '../../../src/emulator/graph-emulator.js';
import { startPlaygroundStack } from '../../../scripts/playground-stack.js';
import { startLocaleProxy } from './locale-proxy.js';
import { findFreePort } from '../../../scripts/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Playground's page, e.g. http://127.0.0.1:41234 */
    playgroundUrl: string;
    /** The emulator the bot reads, for expected values. */
    graphUrl: string;
    /** The locale proxy between the Playground and the bot (locale-proxy.ts). */
    localeProxyUrl: string;
  }
}

/** The Copilot seat price the bot runs with, so cards show idle spend. */
export const E2E_LICENSE_PRICE = '30 USD';
/** The other SKUs' prices (expected-reports.ts's E2E_LICENCE_RULES say the same). */
export const E2E_LICENSE_PRICES = 'SPE_E5=57 USD, SPE_E3=36 USD';

const E2E_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

// Settings a developer's shell might carry that would point the bot elsewhere or switch on Bot Framework authentication.
const HOST_SETTINGS = /^(BOT_|GRAPH_|EMULATOR_|ALERT_|ALLOWED_|ACCESS_|COPILOT_|LICENSE_|REPORT_|DATA_DIR$|HOST$|PORT$|TEAMSAPPTESTER_|M365_AGENTS_PLAYGROUND_)/;

/** An emulator and the bot with the Playground in front of it, all on free loopback ports, each run with a fresh state store. */
export type E2eStack = { readonly playgroundUrl: string; readonly emulator: GraphEmulator; readonly localeProxyUrl: string; stop(): Promise<void> };

/**
 * Starts an emulator, the bot reading from it and the Playground, logging to `.playground/<logName>`;
 * `settings` add to the bot's environment (a file that needs the bot configured apart starts its own),
 * `emulator` to the emulator's options (customer tenants, for instance).
 */
export async function startE2eStack(logName: string, settings: Readonly<Record<string, string>> = {}, emulatorOptions: EmulatorOptions = {}): Promise<E2eStack> {
  const logDir = path.join(E2E_ROOT, '.playground', logName);
  const dataDir = path.join(logDir, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  const emulator = await startGraphEmulator({ seed: 42, users: 2000, ...emulatorOptions });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !HOST_SETTINGS.test(name)));
  const botPort = await findFreePort();
  let playgroundPort = await findFreePort();
  while (playgroundPort === botPort) playgroundPort = await findFreePort();
  const proxy = await startLocaleProxy(`http://127.0.0.1:${botPort}`);
  const stack = await startPlaygroundStack({
    root: E2E_ROOT,
    botPort,
    playgroundPort,
    logDir,
    configPath: path.join(E2E_ROOT, '.m365agentsplayground.yml'),
    appEndpoint: `${proxy.url}/api/messages`,
    env: { ...env, GRAPH_BASE_URL: emulator.url, DATA_DIR: dataDir, COPILOT_LICENSE_PRICE: E2E_LICENSE_PRICE, LICENSE_PRICES: E2E_LICENSE_PRICES, ...settings },
  }).catch(async (error: unknown) => {
    await proxy.close();
    await emulator.close();
    throw error;
  });
  void stack.exited.then(({ name, code, signal }) => {
    process.stderr.write(`e2e: the ${name} stopped during the run (${signal ?? `exit code ${code}`}); see ${stack.logDir}\n`);
  });
  return {
    playgroundUrl: stack.playgroundUrl,
    emulator,
    localeProxyUrl: proxy.url,
    async stop() {
      await stack.stop();
      await proxy.close();
      await emulator.close();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startE2eStack('e2e');
  project.provide('playgroundUrl', stack.playgroundUrl);
  project.provide('graphUrl', stack.emulator.url);
  project.provide('localeProxyUrl', stack.localeProxyUrl);
  return () => stack.stop();
}
