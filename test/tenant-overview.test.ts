import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GraphEmulator } from '../src/emulator/graph-emulator.js';
import { writeExportFile } from '../src/files/export-file.js';
import { overviewExport } from '../src/files/overview-export.js';
import { serializedBytes, TEAMS_MESSAGE_LIMIT_BYTES } from '../src/views/fit-card-size.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { startBotHarness, type BotHarness } from './support/bot-harness.js';
import { csvRows } from './support/csv-records.js';
import { tokenFor } from './support/emulator-http.js';
import { startFakeUploadServer, type FakeUploadServer } from './support/fake-upload-server.js';
import { consentCards, fileConsentInvoke, uploadInfoFor } from './support/file-consent-activities.js';
import { playgroundActivity } from './support/playground-activities.js';
import { rawCopilotSku, rawCopilotUsers } from './support/raw-tenant.js';
import { scratchFolder } from './support/scratch-folder.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const MANAGING_CHAT = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const CONTOSO_USER = '7d1e0c2a-1111-4a4a-8b8b-00000000c001';
const PRICE = 30;

let bot: BotHarness;
let emulator: GraphEmulator;
let uploads: FakeUploadServer;
const idOf = (name: string) => emulator.tenants.find((tenant) => tenant.name === name)!.id;
const en = (value: number) => value.toLocaleString('en-US');
const usd = (value: number) => value.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
const pct = (ratio: number) => ratio.toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

function managing(text: string, extra: Record<string, unknown> = {}) {
  return playgroundActivity('message-personal', { text, ...extra });
}

function lastCard(conversationId: string): string[] {
  return visibleTexts(cardOf(bot.cardsIn(conversationId).at(-1)!));
}

/** A customer's figures counted from its own raw CSV and licence list, read with its own token: seats, active rate, idle seats and spend at one price. */
async function expectedRow(name: string) {
  const token = await tokenFor(emulator, idOf(name));
  const sku = await rawCopilotSku(emulator.url, token);
  const users = await rawCopilotUsers(emulator.url, 'D30', token);
  const idle = sku.unassigned + users.inactive;
  return { seats: sku.purchased, rate: users.active / users.enabled, idle, spend: idle * PRICE, refreshDate: users.refreshDate };
}

beforeAll(async () => {
  bot = await startBotHarness({ env: { EMULATOR_TENANTS: 'contoso:300,fabrikam:900,tailspin:200:Reports.Read.All,northwind:100:none,litware:150', COPILOT_LICENSE_PRICE: `${PRICE} USD` } });
  emulator = bot.app.stack.emulator!;
  uploads = await startFakeUploadServer();
  for (const name of ['contoso', 'fabrikam', 'tailspin', 'northwind']) await bot.post(managing(`tenant add ${idOf(name)} as ${name[0]!.toUpperCase()}${name.slice(1)}`));
  await bot.post(managing(`tenant allow Contoso ${CONTOSO_USER}`));
});
afterAll(async () => {
  await bot.close();
  await uploads.close();
});

describe('overview: every customer in one card, in the managing tenant', () => {
  test("one row per customer from its own raw rows, most idle spend first; a customer that cannot be read shows its problem and the rest answer", async () => {
    await bot.post(managing('overview'));
    const card = lastCard(MANAGING_CHAT);
    const contoso = await expectedRow('contoso');
    const fabrikam = await expectedRow('fabrikam');
    const tailspin = await rawCopilotUsers(emulator.url, 'D30', await tokenFor(emulator, idOf('tailspin')));
    const line = (row: Awaited<ReturnType<typeof expectedRow>>) =>
      `${en(row.seats)} Copilot seats · ${pct(row.rate)} active (last 30 days) · ${en(row.idle)} idle seats · ${usd(row.spend)} idle a month · data of ${day(row.refreshDate)}`;
    const [first, second] = [contoso, fabrikam].sort((a, b) => b.spend - a.spend);
    const nameOf = (row: typeof contoso) => (row === contoso ? 'Contoso' : 'Fabrikam');
    expect(card).toEqual([
      'Demo data · Customer overview',
      '4 customer tenants, most idle spend first. Idle seats are unassigned seats and seats without Copilot activity in the idle window.',
      `${nameOf(first!)}: ${line(first!)}`,
      `${nameOf(second!)}: ${line(second!)}`,
      `Northwind: no figures`,
      `Tailspin: ${pct(tailspin.active / tailspin.enabled)} active (last 30 days) · data of ${day(tailspin.refreshDate)}`,
      "Northwind: admin consent missing. A Global Administrator of Northwind accepts the app's consent page; \"tenant check Northwind\" shows it.",
      'Tailspin: permissions missing (LicenseAssignment.Read.All, User.Read.All). A Global Administrator of Tailspin grants them on the consent page; "tenant check Tailspin" shows it.',
      'Aggregates only: no user of any tenant is named here. "csv overview" sends every row as a file to your personal chat.',
      '[CSV]',
      '[Tenants]',
    ]);
    // Nothing of any tenant's users is on it: no user principal name of any tenant.
    expect(card.join('\n')).not.toMatch(/@/);
    // The customers' reports were fetched meanwhile: a progress card came first and became the overview.
    expect(bot.connector.updated.filter((update) => update.conversationId === MANAGING_CHAT)).not.toEqual([]);
  });

  test('a customer Graph throttles shows it in its row; the others still answer with their figures', async () => {
    await bot.post(managing(`tenant add ${idOf('litware')} as Litware`));
    emulator.injectFault({ target: 'api', match: 'CopilotUsageUserDetail', status: 429, retryAfter: '3600', tenant: 'litware', times: 10 });
    await bot.post(managing('overview'));
    const card = lastCard(MANAGING_CHAT);
    expect(card).toContain('Litware: no figures');
    expect(card).toContain("Litware: Microsoft Graph is throttling this tenant's reports; its figures come back with the next refresh.");
    const contoso = await expectedRow('contoso');
    expect(card).toContainEqual(expect.stringMatching(new RegExp(`^Contoso: ${en(contoso.seats)} Copilot seats · `)));
    emulator.clearFaults();
    await bot.post(managing('tenant remove Litware'));
  });

  test("the overview's Tenants button lists the tenants, as typing tenants does", async () => {
    await bot.post(managing('', { value: { command: 'tenants' } }));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Tenants');
    expect(lastCard(MANAGING_CHAT)[1]).toMatch(/^The bot serves Home and \d+ customer tenants\./);
  });

  test('the overview answers in a channel of the managing tenant, and whatever customer the conversation uses', async () => {
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> overview' }));
    const channel = bot.connector.posted.at(-1)!;
    expect(visibleTexts(cardOf(channel.activity.attachments!.at(-1)!))[0]).toBe('Demo data · Customer overview');
    await bot.post(managing('use Contoso'));
    await bot.post(managing('overview'));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Demo data · Customer overview');
    await bot.post(managing('use Home'));
  });

  test('naming a tenant with the overview, or asking for it in a customer tenant, is refused with what to do instead', async () => {
    await bot.post(managing('overview @all'));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Demo data · Customer overview');
    await bot.post(managing('overview @Contoso'));
    expect(lastCard(MANAGING_CHAT)).toContain('The overview shows every customer tenant at once, so it takes no @Contoso. Type "overview" for all of them, or "copilot licenses @Contoso" for Contoso alone.');
    const inContoso = playgroundActivity('message-personal', {
      text: 'overview',
      conversation: { tenantId: idOf('contoso'), id: 'a:contoso-overview' },
      channelData: { tenant: { id: idOf('contoso') } },
      from: { aadObjectId: CONTOSO_USER },
    });
    for (const text of ['overview', 'csv overview']) {
      await bot.post({ ...inContoso, text });
      const card = lastCard('a:contoso-overview');
      expect(card).toContain('Error code: OVERVIEW_MANAGING_ONLY');
      expect(card.join('\n')).not.toMatch(/Fabrikam|Tailspin|Northwind/);
    }
  });

  test('help and the welcome list the overview where it answers: in the managing tenant, not in a customer’s own Teams', async () => {
    const listsOverview = (card: string[]) => card.some((line) => /^overview\b/.test(line));
    await bot.post(managing('help'));
    expect(listsOverview(lastCard(MANAGING_CHAT))).toBe(true);
    await bot.post(managing('use Contoso'));
    await bot.post(managing('help'));
    expect(listsOverview(lastCard(MANAGING_CHAT))).toBe(true);
    await bot.post(managing('use Home'));
    const contoso = { conversation: { tenantId: idOf('contoso'), id: 'a:contoso-help' }, channelData: { tenant: { id: idOf('contoso') } }, from: { aadObjectId: CONTOSO_USER } };
    await bot.post(playgroundActivity('message-personal', { text: 'help', ...contoso }));
    const help = lastCard('a:contoso-help');
    expect(help[0]).toBe('What I can answer');
    expect(listsOverview(help)).toBe(false);
    expect(help.join('\n')).not.toContain('Every customer tenant');
    await bot.post(playgroundActivity('conversationUpdate-personal', { ...contoso, conversation: { tenantId: idOf('contoso'), id: 'a:contoso-welcome' } }));
    const welcome = lastCard('a:contoso-welcome');
    expect(welcome[0]).toBe('What I can answer');
    expect(listsOverview(welcome)).toBe(false);
  });

  test('csv overview: every row as a file in the personal chat, the same figures as the card', async () => {
    bot.connector.posted.length = 0;
    await bot.post(managing('csv overview'));
    const [offer] = consentCards(bot.cardsIn(MANAGING_CHAT));
    expect(offer?.name).toMatch(/^demo-overview-\d{4}-\d{2}-\d{2}\.csv$/);
    const session = uploads.session();
    await bot.post(fileConsentInvoke('accept', offer!.content.acceptContext, uploadInfoFor(session.url, offer!.name!)));
    await bot.app.fileExports.settled();
    const rows = csvRows(session.received().toString('utf8').replace(/^\uFEFF/, ''));
    const contoso = await expectedRow('contoso');
    expect(rows.map((row) => row.Tenant)).toEqual([...[['Contoso', contoso.spend], ['Fabrikam', (await expectedRow('fabrikam')).spend]].sort((a, b) => Number(b[1]) - Number(a[1])).map((pair) => pair[0]), 'Northwind', 'Tailspin']);
    expect(rows.find((row) => row.Tenant === 'Contoso')).toEqual({
      Tenant: 'Contoso',
      'Tenant Id': idOf('contoso'),
      'Copilot Seats': String(contoso.seats),
      'Active Rate (%)': String(Math.round(contoso.rate * 1000) / 10),
      'Idle Window': 'D30',
      'Idle Seats': String(contoso.idle),
      'Idle Spend a Month': String(contoso.spend),
      Currency: 'USD',
      'Report Refresh Date': contoso.refreshDate,
      Problems: '',
    });
    expect(rows.find((row) => row.Tenant === 'Northwind')?.Problems).toBe('consent-missing');
    expect(rows.find((row) => row.Tenant === 'Tailspin')?.Problems).toBe('permissions-missing (LicenseAssignment.Read.All User.Read.All)');
  });

  test('a customer whose admin consented after it was added shows its figures at once, without a new check', async () => {
    expect((await fetch(`${emulator.url}/${idOf('northwind')}/adminconsent?client_id=m365-usage-bot-development`)).status).toBe(200);
    await bot.post(managing('overview'));
    const card = lastCard(MANAGING_CHAT);
    const northwind = await expectedRow('northwind');
    expect(card).toContainEqual(expect.stringMatching(new RegExp(`^Northwind: ${en(northwind.seats)} Copilot seats · ${pct(northwind.rate).replace('.', '\\.')} active`)));
    expect(card.filter((line) => line.startsWith('Northwind: admin consent missing'))).toEqual([]);
  });

  test('a card for hundreds of customers stays within what Teams takes: the first lines by idle spend, and where the rest are', () => {
    const rows = Array.from({ length: 400 }, (_, index) => ({
      name: `Customer-${index}`,
      tenantId: `t-${index}`,
      seats: 1000 + index,
      activeRate: 0.5,
      idlePeriod: 'D30',
      idleSeats: 400 - index,
      idleSpend: { monthly: (400 - index) * 30, currency: 'USD' },
      refreshDate: '2026-11-20',
      problems: [{ code: 'permissions-missing' as const, permissions: ['User.Read.All'] }],
    }));
    const attachment = renderReplyMessage({ view: 'overview', model: { managingName: 'Home', rows, actions: [] } }, { locale: 'en-US' });
    expect(serializedBytes(attachment.content)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const texts = visibleTexts(cardOf(attachment));
    const shown = texts.filter((line) => / Copilot seats · /.test(line));
    expect(shown.length).toBeGreaterThan(10);
    expect(shown[0]).toMatch(/^Customer-0: 1,000 Copilot seats · 50\.0% active \(last 30 days\) · 400 idle seats · \$12,000\.00 idle a month/);
    expect(texts).toContain(`Showing ${shown.length} of 400 customers. The CSV file has them all.`);
  });

  test('a cell that would read as a formula is written as text', async () => {
    const file = overviewExport([{ name: '=HYPERLINK("http://x")', tenantId: 't', problems: [] }], '2026-11-22', true);
    const written = await writeExportFile(file, path.join(scratchFolder(), file.fileName));
    expect(readFileSync(written.path, 'utf8')).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
