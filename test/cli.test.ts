import { englishText } from '../src/i18n/messages.js';
import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.js';
import { COMMAND_GUIDE } from '../src/commands/command-guide.js';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { scratchFolder } from './support/scratch-folder.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(args: string[], env: Record<string, string> = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(args, { stdout, stderr, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Reads the emulator's CSV the simple way, without our parser, so the comparison is independent. */
async function fetchEmulatorCsv(emulator: GraphEmulator, path: string): Promise<Record<string, string>[]> {
  const response = await fetch(`${emulator.url}${path}`, { headers: { authorization: 'Bearer test' } });
  expect(response.status).toBe(200);
  const [header, ...lines] = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  const names = header!.split(',').map((name) => name.trim());
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
}

let emulator: GraphEmulator;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = await startGraphEmulator({ users: 2000 });
  env = { GRAPH_BASE_URL: emulator.url, DATA_DIR: scratchFolder() };
});

afterAll(() => emulator.close());

describe('npm run report', () => {
  test('copilot-summary D30 --format json prints the numbers of the emulator CSV', async () => {
    const { code, stdout, stderr } = await run(['copilot-summary', 'D30', '--format', 'json'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { meta: Record<string, unknown>; rows: Record<string, unknown>[] };
    expect(output.meta).toMatchObject({ report: 'copilot-summary', period: 'D30', rowCount: 1, cache: 'miss' });

    const [expected] = await fetchEmulatorCsv(
      emulator,
      "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30',version='v1')?$format=text/csv",
    );
    const [row] = output.rows;
    expect(row?.['reportRefreshDate']).toBe(expected?.['Report Refresh Date']);
    expect(row?.['anyAppEnabledUsers']).toBe(Number(expected?.['Any App Enabled Users']));
    expect(row?.['anyAppActiveUsers']).toBe(Number(expected?.['Any App Active Users']));
    expect(row?.['microsoftTeamsActiveUsers']).toBe(Number(expected?.['Microsoft Teams Active Users']));
    expect(row?.['copilotChatActiveUsers']).toBe(Number(expected?.['Copilot Chat Active Users']));
    expect(row?.['anyAppActiveUsers']).toBeGreaterThan(0);
  });

  test('--format csv writes a BOM, human headers, CRLF, and neutralises formulas in names', async () => {
    const { code, stdout } = await run(['groups', 'D7', '--format=csv'], env);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFReport Refresh Date,Group Display Name,Is Deleted,Owner Principal Name,')).toBe(true);
    const lines = stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('External Member Count');
    const rows = lines.slice(1);
    expect(rows.length).toBeGreaterThan(10);
    // Users name groups; a name starting = + - @ must not become a formula: the writer prefixes a quote.
    const cells = rows.flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(?=,|$)/g) ?? []);
    expect(cells.some((cell) => /^"?'[=+@-]/.test(cell))).toBe(true);
    expect(cells.some((cell) => /^"?[=+@]/.test(cell))).toBe(false);
    expect(stdout).toMatch(/,(True|False),/);
  });

  test('a date instead of a period reads that day', async () => {
    const day = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    const { code, stdout } = await run(['groups', day, '--format', 'json'], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).messages[0]).toMatchObject({ view: 'groups', model: { date: day } });
  });

  test('a bad period exits 2 with the allowed values', async () => {
    const { code, stderr, stdout } = await run(['copilot-summary', 'D31'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('The Microsoft 365 Copilot user count summary has no period "D31". Use D7, D30, D90, D180, ALL.\n');
  });

  test('a typo exits 2 with the did-you-mean and the closest commands, not the whole help', async () => {
    const { code, stderr, stdout } = await run(['copilt', 'sumary', 'D90'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'I don\'t know "copilt sumary D90". Did you mean "copilot summary D90"?',
        'Closest commands:',
        '  npm run report -- copilot summary D90',
        '  npm run report -- copilot users',
        '  npm run report -- copilot inactive',
        'npm run report -- --help lists every command.',
        '',
      ].join('\n'),
    );
  });

  test('a typo of a command only Teams can run is offered, but never a Teams-only command as a guess', async () => {
    const { stderr } = await run(['digest', 'previw'], env);
    expect(stderr.split('\n').slice(0, 3)).toEqual(['I don\'t know "digest previw". Did you mean "digest preview"?', 'Closest commands:', '  npm run report -- digest preview']);
    for (const teamsOnly of ['digest subscribe', 'digest status', 'digest run-now', 'digest unsubscribe']) expect(stderr).not.toContain(`-- ${teamsOnly}`);
  });

  test('bad command lines exit 2 with the reason and the usage', async () => {
    for (const [args, reason] of [
      [[], 'Name a report or a command.'],
      [['activations', '--format', 'xml'], '--format takes text, json or csv, not "xml".'],
      [['activations', '--verbose'], 'Unknown option "--verbose". Options: --format text|json|csv, --locale <locale>, --help.'],
      [['copilot-summary', 'D7', 'extra'], 'Unexpected argument "extra": give a report and at most a period or date.'],
      [['copilot-trend', '--format', 'text'], 'Report ids print raw rows as json or csv; for text ask a command, e.g. "copilot trend".'],
    ] as const) {
      const { code, stderr } = await run([...args], env);
      expect(code, reason).toBe(2);
      expect(stderr.startsWith(`${reason}\n\nUsage: npm run report -- <command> [--format text|json|csv] [--locale <locale>]`), reason).toBe(true);
    }
  });

  test('--help lists the commands the terminal can run and every report, each column two spaces after the longest name', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    const section = (title: string) => {
      const lines = stdout.split('\n');
      const start = lines.findIndex((line) => line.startsWith(title)) + 1;
      return lines.slice(start, lines.indexOf('', start));
    };
    const terminal = COMMAND_GUIDE.filter((entry) => (!(entry.name.startsWith('digest-') || entry.name.startsWith('alert-')) || entry.name === 'digest-preview') && entry.name !== 'overview');
    const usageWidth = Math.max(...terminal.map((entry) => entry.usage.length)) + 2;
    expect(section('Commands')).toEqual(terminal.map((entry) => `  ${entry.usage.padEnd(usageWidth)}${englishText(entry.description)}`));
    for (const teamsOnly of ['digest subscribe', 'digest status', 'digest run-now', 'digest unsubscribe', 'alerts', 'alert idle-seats', 'alert snooze', 'overview']) expect(stdout).not.toContain(`  ${teamsOnly}`);
    expect(section('Reports')).toEqual([
      '  copilot-summary       Microsoft 365 Copilot user count summary (D7|D30|D90|D180|ALL)',
      '  copilot-users         Microsoft 365 Copilot usage user detail (D7|D30|D90|D180|ALL)',
      '  copilot-trend         Microsoft 365 Copilot user count trend (D7|D30|D90|D180|ALL)',
      '  activations           Microsoft 365 apps activations',
      '  groups                Microsoft 365 groups activity (D7|D30|D90|D180 or YYYY-MM-DD)',
      '  active-users          Microsoft 365 active user detail (D7|D30|D90|D180 or YYYY-MM-DD)',
      '  active-user-counts    Microsoft 365 active user counts (D7|D30|D90|D180)',
      '  services-user-counts  Microsoft 365 services user counts (D7|D30|D90|D180)',
      '  teams-users           Microsoft Teams user activity detail (D7|D30|D90|D180 or YYYY-MM-DD)',
      '  teams-activity        Microsoft Teams user activity counts (D7|D30|D90|D180)',
      '  email-users           Email activity user detail (D7|D30|D90|D180 or YYYY-MM-DD)',
      '  onedrive-accounts     OneDrive usage account detail (D7|D30|D90|D180 or YYYY-MM-DD)',
      '  sharepoint-sites      SharePoint site usage detail (D7|D30|D90|D180 or YYYY-MM-DD)',
      '  apps-users            Microsoft 365 Apps usage user detail (D7|D30|D90|D180 or YYYY-MM-DD)',
    ]);
    expect(section('Questions')).toContainEqual(expect.stringMatching(/^ {2}"who is not using copilot" +copilot inactive$/));
    // "help" in the terminal is this help, not the Teams help card.
    expect((await run(['help'], env)).stdout).toBe(stdout);
  });

  test('a configuration error names the variable and exits 2', async () => {
    const { code, stderr } = await run(['activations'], { COPILOT_REPORT_API: 'v9' });
    expect(code).toBe(2);
    expect(stderr).toBe('Configuration: COPILOT_REPORT_API is "v9"; allowed: copilot-v1, copilot-v2, legacy-beta.\n');
  });

  test('a Graph refusal exits 1 with what the admin can do', async () => {
    emulator.injectFault({ target: 'api', status: 403 });
    const { code, stderr } = await run(['activations'], env);
    expect(code).toBe(1);
    expect(stderr).toContain('Reports.Read.All');
  });

  test('with nothing configured it runs on its own emulator (as a new user would)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'copilot', 'summary', 'D30'], {
      env: { PATH: process.env['PATH'] ?? '', DATA_DIR: scratchFolder() },
    });
    expect(stdout).toContain('Copilot adoption · last 30 days');
    expect(stdout).toContain('Source: Graph reports emulator');
  });
});

describe('npm run report -- <chat command>', () => {
  test('answers as the card does, as text, with the emulator CSV\'s numbers', async () => {
    const { code, stdout } = await run(['copilot', 'summary', 'D30'], env);
    expect(code).toBe(0);
    const [expected] = await fetchEmulatorCsv(
      emulator,
      "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30',version='v1')?$format=text/csv",
    );
    const active = Number(expected?.['Any App Active Users']).toLocaleString('en-US');
    const enabled = Number(expected?.['Any App Enabled Users']).toLocaleString('en-US');
    expect(stdout).toContain('Copilot adoption · last 30 days');
    expect(stdout).toContain(`${active} of ${enabled} enabled users active`);
    expect(stdout).toContain('→ Inactive seats  copilot inactive D30');
  });

  test('--format json gives the answer\'s view model', async () => {
    const { code, stdout } = await run(['copilot', 'inactive', 'D90', '--format', 'json'], env);
    expect(code).toBe(0);
    const [message] = JSON.parse(stdout).messages;
    expect(message).toMatchObject({ view: 'copilot-inactive', model: { period: 'D90', detail: { kind: 'shown' } } });
    expect(message.model.rows.length).toBe(Math.min(50, message.model.inactive));
  });

  test('--format csv gives the rows behind the answer: every inactive seat, not only those shown', async () => {
    const json = JSON.parse((await run(['copilot', 'inactive', 'D90', '--format', 'json'], env)).stdout);
    const { code, stdout } = await run(['copilot', 'inactive', 'D90', '--format', 'csv'], env);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n').filter(Boolean);
    expect(lines[0]?.startsWith('\uFEFFReport Refresh Date,Report Period,User Principal Name,')).toBe(true);
    expect(lines.length - 1).toBe(json.messages[0].model.inactive);
  });

  test('copilot licenses D30 answers as text, json and csv with the same numbers', async () => {
    const priced = { ...env, COPILOT_LICENSE_PRICE: '30 USD' };
    const json = await run(['copilot', 'licenses', 'D30', '--format', 'json'], priced);
    expect(json.code).toBe(0);
    const { licences } = JSON.parse(json.stdout).messages[0].model;
    expect(licences.skus.map((sku: { skuPartNumber: string }) => sku.skuPartNumber)).toEqual(['Microsoft_365_Copilot']);
    const text = await run(['copilot', 'licenses', 'D30'], priced);
    const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    expect(text.stdout).toMatch(new RegExp(`^Purchased seats +${licences.total.purchased.toLocaleString('en-US')}$`, 'm'));
    expect(text.stdout).toMatch(new RegExp(`^Idle spend +\\${usd.format(licences.spend.monthly)} a month · \\${usd.format(licences.spend.yearly)} a year$`, 'm'));
    const csv = await run(['copilot', 'licenses', 'D30', '--format', 'csv'], priced);
    const lines = csv.stdout.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Product,SKU Part Number,SKU Id,Capability Status,Purchased Seats,Of Which In Warning,Assigned Seats,Unassigned Seats,Over-Assigned Seats,' +
        'Suspended Units (Not Purchased),Locked Out Units (Not Purchased),Monthly Price per Seat,Unassigned Seats Spend per Month,Currency',
    );
    // One data row per SKU, and no total row among them.
    expect(lines).toHaveLength(1 + licences.skus.length);
    const { total } = licences;
    expect(lines[1]).toBe(
      `Microsoft 365 Copilot,Microsoft_365_Copilot,${licences.skus[0].skuId},Enabled,${total.purchased},0,${total.assigned},${total.unassigned},0,0,0,30,${total.unassigned * 30},USD`,
    );
  });

  test('a period no report has: the allowed values on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run(['copilot', 'summary', 'D31'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"D31" is not a period of copilot summary. Give a period (D7, D30, D90, D180, ALL)');
  });

  test('"csv <command>" prints the same file as "<command> --format csv": the bytes the bot uploads', async () => {
    const viaFormat = await run(['copilot', 'inactive', 'D90', '--format', 'csv'], env);
    const viaCsv = await run(['csv', 'copilot', 'inactive', 'D90'], env);
    expect(viaCsv.code).toBe(0);
    expect(viaCsv.stdout).toBe(viaFormat.stdout);
    expect(viaCsv.stdout.startsWith('\uFEFFReport Refresh Date,')).toBe(true);
    expect((await run(['--help'])).stdout).toMatch(/^ {2}csv <command> +The data behind an answer as a CSV file/m);
  });

  test('"csv status" is refused with the reason and where the commands are listed, exit 2', async () => {
    const { code, stdout, stderr } = await run(['csv', 'status'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '"status" has no data behind it to export; csv takes a report command, e.g. "csv copilot inactive D90".\nnpm run report -- --help lists every command.\n',
    );
  });

  test('a plain question runs its command and says which, first in the text, in the JSON, and on stderr beside a CSV', async () => {
    const text = await run(['how', 'many', 'people', 'use', 'copilot', 'last', 'month'], env);
    expect(text.code).toBe(0);
    const [expected] = await fetchEmulatorCsv(
      emulator,
      "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30',version='v1')?$format=text/csv",
    );
    expect(text.stdout.split('\n')[0]).toBe('Ran: copilot summary D30');
    const active = Number(expected?.['Any App Active Users']).toLocaleString('en-US');
    const enabled = Number(expected?.['Any App Enabled Users']).toLocaleString('en-US');
    expect(text.stdout).toContain(`${active} of ${enabled} enabled users active`);

    const json = JSON.parse((await run(['who is not using copilot this quarter?', '--format', 'json'], env)).stdout);
    expect(json.ran).toBe('copilot inactive D90');
    expect(json.messages[0]).toMatchObject({ view: 'copilot-inactive', model: { period: 'D90' } });

    const csv = await run(['download the inactive copilot seats this quarter'], env);
    expect(csv.stderr).toBe('Ran: csv copilot inactive D90\n');
    expect(csv.stdout).toBe((await run(['csv', 'copilot', 'inactive', 'D90'], env)).stdout);
  });

  test('a question that could mean two commands exits 2 with both to pick from', async () => {
    const { code, stdout, stderr } = await run(['inactive copilot groups'], env);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        '"inactive copilot groups" could mean more than one command. Pick the one you meant.',
        'Pick one:',
        '  npm run report -- copilot inactive',
        '  npm run report -- groups inactive',
        'npm run report -- --help lists every command.',
        '',
      ].join('\n'),
    );
  });

  test('help and status have no CSV', async () => {
    const { code, stderr } = await run(['status', '--format', 'csv'], env);
    expect(code).toBe(2);
    expect(stderr).toBe('"status" has no data behind it to export; CSV is for report commands.\n');
  });

  test('"digest preview" prints the digest card as text; subscriptions are the bot\'s, so the rest exit 2', async () => {
    const preview = await run(['digest', 'preview'], env);
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout.split('\n').slice(0, 2)).toEqual(['Demo data · Weekly Microsoft 365 digest', expect.stringMatching(/^Preview · /)]);
    expect(preview.stdout).toMatch(/^Enabled users\s+[\d,]+$/m);
    expect(preview.stdout).not.toMatch(/@contoso\.onmicrosoft\.com/);

    const subscribe = await run(['digest', 'subscribe', 'friday'], env);
    expect(subscribe.code).toBe(2);
    expect(subscribe.stdout).toBe('');
    expect(subscribe.stderr).toContain('Digests are managed in Teams');
  });
});

describe('npm run report --locale', () => {
  test('answers, refuses and helps in the locale\'s language, numbers in its format; the commands stay English', async () => {
    const typo = await run(['--locale', 'ru-RU', 'copilt', 'sumary'], env);
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n').slice(0, 3)).toEqual([
      'Я не знаю «copilt sumary». Вы имели в виду «copilot summary»?',
      'Ближайшие команды:',
      '  npm run report -- copilot summary',
    ]);
    const help = await run(['--locale=it-IT', '--help'], env);
    expect(help.stdout).toContain('Comandi (le risposte del bot; csv fornisce le righe dietro la risposta):');
    expect(help.stdout).toMatch(/^ {2}copilot summary \[D7\|D30\|D90\|D180\|ALL\] \[by <attribute>\] +Adozione di Copilot: utenti abilitati e attivi per app$/m);
    expect(help.stdout).toContain('"riepilogo copilot D30"');
    const status = await run(['--locale', 'de-DE', 'status'], env);
    expect(status.stdout).toContain('Status des Bots');
    // A locale no catalog covers: English words, Brazilian numbers.
    const refused = await run(['--locale', 'pt-BR', 'copilot', 'summary', 'D31'], env);
    expect(refused.stderr).toContain('"D31" is not a period of copilot summary.');
  });

  test('LANG gives the language when --locale does not, and a malformed --locale is refused', async () => {
    const typo = await run(['copilt', 'sumary'], { ...env, LANG: 'fr_FR.UTF-8' });
    expect(typo.stderr).toMatch(/^Je ne connais pas «\u00a0copilt sumary\u00a0»/);
    const bad = await run(['--locale', 'not a locale!', 'help'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--locale takes a locale such as en-US, ru-RU or it-IT, not "not a locale!"\./);
  });
});
