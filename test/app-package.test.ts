import { englishText } from '../src/i18n/messages.js';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validateManifest } from '../scripts/manifest-schema.js';
import { buildAppPackage, PackageError } from '../scripts/package-app.js';
import { listPlaceholders, loadTeamsEnv, parseEnvFile } from '../scripts/teams-env.js';
import { COMMAND_GUIDE, MAX_MENU_COMMANDS, type CommandMenu } from '../src/commands/command-guide.js';
import { decodePng } from './support/read-png.js';
import { readZip } from './support/read-zip.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const APP_DIR = path.join(ROOT, 'appPackage');
const TEMPLATE = readFileSync(path.join(APP_DIR, 'manifest.json'), 'utf8');
const IDS = {
  TEAMS_APP_ID: '6f1c1a3e-4e8b-4a4b-9b7e-7f0e8a1c2d3e',
  BOT_ID: '0b5e2c1d-7a8f-4c3b-9d2e-1f0a9b8c7d6e',
};

type Bot = {
  botId: string;
  scopes: string[];
  supportsFiles?: boolean;
  isNotificationOnly?: boolean;
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
};
type Manifest = { $schema: string; id: string; accentColor: string; icons: { color: string; outline: string }; bots: Bot[] };

/** The template as the toolkit renders it for an environment with every id provisioned. */
function renderTemplate(): Manifest {
  const vars: Record<string, string> = { ...IDS, APP_NAME_SUFFIX: '-local' };
  return JSON.parse(TEMPLATE.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? `unset:${name}`)) as Manifest;
}

const temporary: string[] = [];
function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'app-package-'));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('Teams app manifest', () => {
  it('validates against the schema it names, read offline from @microsoft/app-manifest', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in tests')));
    vi.stubGlobal('fetch', fetchSpy);
    try {
      const manifest = renderTemplate();
      expect(manifest.$schema).toMatch(/\/teams\/v1\.2\d\/MicrosoftTeams\.schema\.json$/);
      expect(await validateManifest(manifest)).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is checked for real: a broken manifest gives schema errors naming the field', async () => {
    const manifest = renderTemplate();
    const broken = { ...manifest, id: 'not-a-guid', bots: [{ ...manifest.bots[0], scopes: ['personal', 'meeting'] }] };
    const errors = await validateManifest(broken);
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/id must match pattern/), expect.stringMatching(/^\/bots\/0\/scopes\/1 must be equal to one of the allowed values/)]),
    );
  });

  it('uses only placeholders that every Teams Toolkit environment file declares', () => {
    const placeholders = listPlaceholders(TEMPLATE);
    expect(placeholders).toEqual(expect.arrayContaining(['TEAMS_APP_ID', 'BOT_ID']));
    for (const env of ['local', 'dev']) {
      const declared = Object.keys(parseEnvFile(readFileSync(path.join(ROOT, 'env', `.env.${env}`), 'utf8')));
      expect(declared, `env/.env.${env}`).toEqual(expect.arrayContaining([...placeholders, 'TEAMSFX_ENV', 'BOT_DOMAIN', 'BOT_ENDPOINT']));
    }
  });

  it('declares one conversational bot for personal, team and group chats that can send files', () => {
    const { bots } = renderTemplate();
    expect(bots).toHaveLength(1);
    const [bot] = bots;
    expect(bot?.botId).toBe(IDS.BOT_ID);
    expect(new Set(bot?.scopes)).toEqual(new Set(['personal', 'team', 'groupChat']));
    expect(bot?.supportsFiles).toBe(true);
    expect(bot?.isNotificationOnly ?? false).toBe(false);
  });

  it('offers the command guide as two command menus: personal chat, and team channels with group chats', () => {
    const [bot] = renderTemplate().bots;
    const lists = bot?.commandLists ?? [];
    const menuOf: Record<string, CommandMenu> = { personal: 'personal', team: 'channel', groupChat: 'channel' };
    // Every scope of the bot has exactly one menu, and a menu serves scopes that share it.
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual([...(bot?.scopes ?? [])].sort());
    for (const list of lists) {
      const menus = new Set(list.scopes.map((scope) => menuOf[scope]));
      expect(menus.size, list.scopes.join(', ')).toBe(1);
      const [menu] = menus;
      expect(list.commands).toEqual(
        COMMAND_GUIDE.filter((entry) => menu !== undefined && entry.menus.includes(menu)).map((entry) => ({ title: entry.words, description: englishText(entry.description) })),
      );
      // What older Teams clients and manifest versions accept (v1.24's schema allows 12 commands and longer texts):
      // 10 commands a menu, titles of 32, descriptions of 128.
      expect(list.commands.length).toBeLessThanOrEqual(MAX_MENU_COMMANDS);
      for (const command of list.commands) {
        expect(command.title.length, command.title).toBeLessThanOrEqual(32);
        expect(command.description.length, command.title).toBeLessThanOrEqual(128);
      }
    }
  });

  it('puts the digest in the channel menu and the per-user lists in the personal one', () => {
    const inMenu = (menu: CommandMenu) => COMMAND_GUIDE.filter((entry) => entry.menus.includes(menu)).map((entry) => entry.words);
    expect(inMenu('channel')).toEqual(expect.arrayContaining(['digest subscribe', 'digest status', 'digest preview', 'digest run-now', 'help']));
    expect(inMenu('personal')).toEqual(expect.arrayContaining(['copilot inactive', 'inactive users', 'licenses', 'csv', 'help']));
    expect(inMenu('personal').filter((words) => words.startsWith('digest'))).toEqual([]);
  });

  it('ships a 192×192 full-colour icon and a 32×32 white-on-transparent outline icon', () => {
    const { icons, accentColor } = renderTemplate();
    const color = decodePng(readFileSync(path.join(APP_DIR, icons.color)));
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < color.rgba.length; i += 4) colours.add(color.rgba.subarray(i, i + 4).toString('hex'));
    expect(colours.size).toBeGreaterThan(2);
    // The corner shows the background, which the manifest's accent colour matches.
    expect(`#${color.rgba.subarray(0, 3).toString('hex')}`.toUpperCase()).toBe(accentColor.toUpperCase());

    const outline = decodePng(readFileSync(path.join(APP_DIR, icons.outline)));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const kinds = { white: 0, transparent: 0, other: 0 };
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) kinds.transparent++;
      else if (r === 255 && g === 255 && b === 255) kinds.white++;
      else kinds.other++;
    }
    expect(kinds.other).toBe(0);
    expect(kinds.white).toBeGreaterThan(32);
    expect(kinds.transparent).toBeGreaterThan(32 * 16);
  });
});

describe('npm run package', () => {
  it('zips the manifest with every placeholder filled, and both icons', async () => {
    const run = promisify(execFile);
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    // --out keeps the test's package (with test ids) out of appPackage/build, where the README points users.
    const outDir = makeTempDir();
    const { stdout } = await run(tsx, ['scripts/package-app.ts', '--env', 'local', '--out', outDir], { cwd: ROOT, env: { ...process.env, ...IDS } });
    expect(stdout).toContain('appPackage.local.zip');

    const entries = readZip(readFileSync(path.join(outDir, 'appPackage.local.zip')));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifestText = entries.get('manifest.json')?.toString('utf8') ?? '';
    expect(manifestText).not.toMatch(/\$\{\{/);
    const manifest = JSON.parse(manifestText) as Manifest;
    expect(manifest.id).toBe(IDS.TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(IDS.BOT_ID);
    expect(await validateManifest(manifest)).toEqual([]);
    expect(entries.get('color.png')?.equals(readFileSync(path.join(APP_DIR, 'color.png')))).toBe(true);
    expect(entries.get('outline.png')?.equals(readFileSync(path.join(APP_DIR, 'outline.png')))).toBe(true);
  });

  it('refuses to package while a variable is unset, naming each one and where to set it', async () => {
    const root = makeTempDir();
    cpSync(APP_DIR, path.join(root, 'appPackage'), { recursive: true, filter: (source) => !source.includes(`${path.sep}build`) });
    mkdirSync(path.join(root, 'env'));
    writeFileSync(path.join(root, 'env', '.env.ci'), 'TEAMSFX_ENV=ci\nAPP_NAME_SUFFIX=-ci\nTEAMS_APP_ID=\nBOT_ID=\n');
    const attempt = buildAppPackage({ root, env: 'ci', processEnv: {} });
    await expect(attempt).rejects.toThrow(PackageError);
    await expect(attempt).rejects.toThrow(
      'Cannot package the Teams app for environment "ci": TEAMS_APP_ID, BOT_ID are not set. Set them in env/.env.ci',
    );
  });

  it('refuses a manifest the schema rejects, listing the errors', async () => {
    const root = makeTempDir();
    cpSync(APP_DIR, path.join(root, 'appPackage'), { recursive: true, filter: (source) => !source.includes(`${path.sep}build`) });
    mkdirSync(path.join(root, 'env'));
    writeFileSync(path.join(root, 'env', '.env.ci'), `APP_NAME_SUFFIX=-ci\nTEAMS_APP_ID=${IDS.TEAMS_APP_ID}\nBOT_ID=not-a-guid\n`);
    await expect(buildAppPackage({ root, env: 'ci', processEnv: {} })).rejects.toThrow(/does not match its schema:\n {2}\/bots\/0\/botId must match pattern/);
  });
});

describe('Teams Toolkit environment files', () => {
  it('take the process environment over the .user file over the committed file, and treat empty as unset', () => {
    const root = makeTempDir();
    mkdirSync(path.join(root, 'env'));
    writeFileSync(path.join(root, 'env', '.env.x'), '# comment\nA=file\nB=file\nC=file\nD=\nexport E="quoted # not a comment"\nF=plain # comment\n');
    writeFileSync(path.join(root, 'env', '.env.x.user'), "B=user\nC='user'\n");
    const vars = loadTeamsEnv(root, 'x', { C: 'process', D: '', PATH: undefined });
    expect(vars).toMatchObject({ A: 'file', B: 'user', C: 'process', E: 'quoted # not a comment', F: 'plain' });
    expect(vars).not.toHaveProperty('D');
  });
});
