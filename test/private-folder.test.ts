import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { privateFolderRoot } from '../src/private-folder.js';
import { startBotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder as a process of this host with `pid` would have made it, holding a cached report line with a user principal name. */
function plantFolder(root: string, kind: string, pid: number): string {
  const name = `${kind}-${hostname().replace(/[^A-Za-z0-9.]/g, '_')}-${pid}-Ab3dE9`;
  mkdirSync(path.join(root, name), { recursive: true, mode: 0o700 });
  writeFileSync(path.join(root, name, '1.ndjson'), '{"userPrincipalName":"adele.vance@contoso.onmicrosoft.com"}\n', { mode: 0o600 });
  return name;
}

describe('report caches live under DATA_DIR and outlive no crash', () => {
  test('folders a killed process left are removed on start-up; a running process keeps its own; new caches go to <DATA_DIR>/private (0700), not the temp folder', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'private-folder-test-'));
    folders.push(dataDir);
    const root = privateFolderRoot(dataDir);
    // A process that has exited (as after kill -9), and one still running.
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const deadReports = plantFolder(root, 'reports', exited);
      const deadExports = plantFolder(root, 'exports', exited);
      const alive = plantFolder(root, 'reports', running.pid!);
      const otherHost = 'reports-another.host-1-Zz9yX8';
      mkdirSync(path.join(root, otherHost));
      const tempBefore = readdirSync(tmpdir()).filter((name) => name.startsWith('m365-usage-bot-reports-'));

      const bot = await startBotHarness({ env: { DATA_DIR: dataDir } });
      try {
        const left = readdirSync(root);
        expect(left).not.toContain(deadReports);
        expect(left).not.toContain(deadExports);
        expect(left).toEqual(expect.arrayContaining([alive, otherHost]));
        expect(bot.logs.join('\n')).toContain('private folders of stopped processes removed');

        await bot.post(playgroundActivity('message-personal', { text: 'copilot users D30' }));
        const own = readdirSync(root).filter((name) => name.startsWith('reports-') && name.includes(`-${process.pid}-`));
        expect(own).toHaveLength(1);
        expect(statSync(path.join(root, own[0]!)).mode & 0o777).toBe(0o700);
        expect(statSync(root).mode & 0o777).toBe(0o700);
        expect(readdirSync(path.join(root, own[0]!)).length).toBeGreaterThan(0);
        expect(readdirSync(tmpdir()).filter((name) => name.startsWith('m365-usage-bot-reports-'))).toEqual(tempBefore);
      } finally {
        await bot.close();
      }
      // A clean stop removes its own folder too.
      expect(readdirSync(root).filter((name) => name.includes(`-${process.pid}-`))).toEqual([]);
    } finally {
      running.kill();
    }
  });
});
