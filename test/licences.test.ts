import { englishText } from '../src/i18n/messages.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { formatCommand, parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import type { ViewModels } from '../src/view-models.js';
import { streamReportCsv } from '../src/files/report-csv.js';
import { parseLicencePrice } from '../src/reports/licence-price.js';
import { ReportDataError } from '../src/reports/report-errors.js';
import { parseSubscribedSkus } from '../src/reports/subscribed-skus.js';
import type { RowOf } from '../src/reports/catalog.js';
import { fileOfferText } from '../src/views/file-cards.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { rawSku, startSkuTenant, type RawSku } from './support/sku-tenant.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

const COPILOT_SKU_ID = '639dec6b-bb19-468b-871c-c5c441c4b0cb';
const USD_30 = { price: parseLicencePrice('30 USD')!, extraSkuIds: [] };


/** The emulator's SKUs as Graph sends them, read without the bot's parser. */
async function rawSkus(fixture: ReportFixture): Promise<RawSku[]> {
  const response = await fetch(`${fixture.emulator.url}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer test' } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: RawSku[] }).value;
}

async function userRows(fixture: ReportFixture, period: string): Promise<RowOf<'copilot-users'>[]> {
  const rows: RowOf<'copilot-users'>[] = [];
  for await (const row of (await fixture.service.getReport('copilot-users', { period })).rows()) rows.push(row);
  return rows;
}

async function ask(deps: HandlerDeps, text: string, conversation: ConversationKind = 'personal'): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand(parsed.parsed, conversation, deps);
}

function onlyModel<K extends keyof ViewModels>(reply: Reply, view: K): ViewModels[K] {
  expect(reply.messages.map((message) => message.view)).toEqual([view]);
  expect(reply.privateMessages).toBeUndefined();
  return reply.messages[0]!.model as ViewModels[K];
}

function cardText(reply: Reply, locale = 'en-US'): string {
  return visibleTexts(cardOf(renderReplyMessage(reply.messages[0]!, { locale: locale }))).join('\n');
}

async function csvOf(reply: Reply): Promise<Record<string, string>[]> {
  const file = reply.file!.export;
  const chunks: Buffer[] = [];
  for await (const chunk of streamReportCsv(file.meta, file.rows(), file.columns)) chunks.push(chunk as Buffer);
  return parse<Record<string, string>>(Buffer.concat(chunks).toString('utf8'), { bom: true, columns: true });
}

const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const count = (value: number) => value.toLocaleString('en-US');

describe('copilot licenses: seats bought, assigned, used, and what idle seats cost', () => {
  test('the card, in a channel too, agrees with the emulator\'s SKUs and the Copilot usage user detail', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const skus = await rawSkus(fixture);
    const rows = await userRows(fixture, 'D30');
    const copilot = skus.find((sku) => sku.skuPartNumber === 'Microsoft_365_Copilot')!;
    // The emulator's tenant: the Copilot SKU's assigned seats are its Copilot users, a few bought seats unassigned.
    expect(copilot.consumedUnits).toBe(rows.length);
    expect(copilot.prepaidUnits.enabled).toBeGreaterThan(copilot.consumedUnits);
    expect(skus.find((sku) => sku.capabilityStatus === 'Warning')?.skuPartNumber).toBe('POWER_BI_PRO');

    const start = addDays(rows[0]!.reportRefreshDate, -29);
    const active = rows.filter((row) => row.lastActivityDate !== undefined && row.lastActivityDate >= start).length;
    const neverActive = rows.filter((row) => row.lastActivityDate === undefined).length;
    const unassigned = copilot.prepaidUnits.enabled - copilot.consumedUnits;
    const inactive = rows.length - active;
    const idle = unassigned + inactive;

    const reply = await ask(deps, 'copilot licenses D30', 'channel');
    const model = onlyModel(reply, 'copilot-licenses');
    expect(model.licences.skus.map((sku) => [sku.productName, sku.skuPartNumber])).toEqual([['Microsoft 365 Copilot', 'Microsoft_365_Copilot']]);
    expect(model.licences.total).toEqual({
      purchased: copilot.prepaidUnits.enabled,
      inWarning: 0,
      suspended: 0,
      lockedOut: 0,
      assigned: rows.length,
      unassigned,
      overAssigned: 0,
    });
    expect(model.licences.usage).toEqual({ period: 'D30', enabled: rows.length, active, inactive, neverActive });
    expect(model.licences.idle).toEqual({ period: 'D30', unassigned, inactive, neverActive, seats: idle });
    expect(model.licences.spend).toMatchObject({ currency: 'USD', monthly: idle * 30, yearly: idle * 30 * 12, inactiveSeatPrice: 30 });

    const text = cardText(reply);
    expect(text).toContain('Copilot licences · last 30 days');
    expect(text).toMatch(new RegExp(`Purchased seats: ${count(copilot.prepaidUnits.enabled)}\\n`));
    expect(text).toMatch(new RegExp(`Assigned seats: ${count(rows.length)}\\n`));
    expect(text).toMatch(new RegExp(`Unassigned: ${count(unassigned)}\\n`));
    // Never active is a part of the inactive, on the same line: no sibling bar adding past 100 %.
    expect(text).toContain(`${count(inactive)} of ${count(rows.length)} · ${count(neverActive)} never active`);
    expect(text).not.toMatch(/^Never active:/m);
    expect(text).toContain(`Idle seats: ${count(idle)} = ${count(unassigned)} unassigned + ${count(inactive)} assigned, no Copilot activity in the last 30 days`);
    expect(text).toContain(`Idle spend: ${usd(idle * 30)} a month · ${usd(idle * 360)} a year`);
    expect(submitActions(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' }))).map((action) => action.data['command'])).toEqual([
      'copilot inactive D30',
      'csv copilot licenses D30',
      'copilot summary D30',
    ]);
    // The admin's locale, the price's currency.
    expect(cardText(reply, 'de-DE')).toContain(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD' }).format(idle * 30));
  });

  test('another period shows how the enabled users used Copilot then; idle seats and idle spend stay those of the last 30 days', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const month = onlyModel(await ask(deps, 'copilot licenses D30'), 'copilot-licenses').licences;
    for (const period of ['D7', 'D90', 'D180', 'ALL']) {
      const reply = await ask(deps, `copilot licenses ${period}`);
      const { licences } = onlyModel(reply, 'copilot-licenses');
      expect(licences.idle, period).toEqual(month.idle);
      expect(licences.spend, period).toEqual(month.spend);
      expect(licences.usage.period, period).toBe(period);
      expect(cardText(reply)).toContain(`Idle spend: ${usd(month.spend!.monthly)} a month`);
    }
    const week = onlyModel(await ask(deps, 'copilot licenses D7'), 'copilot-licenses').licences;
    const rows = await userRows(fixture, 'D7');
    const start = addDays(rows[0]!.reportRefreshDate, -6);
    expect(week.usage.active).toBe(rows.filter((row) => row.lastActivityDate !== undefined && row.lastActivityDate >= start).length);
  });

  test('copilot licences and copilot licenses ask the same; licenses alone is every licence; csv takes both', () => {
    for (const text of ['copilot licences 90d', 'Copilot Licenses D90', 'copilot licenses d90']) {
      const parsed = parseCommand(text);
      expect(parsed.ok && parsed.parsed.command, text).toEqual({ name: 'copilot-licenses', period: 'D90' });
    }
    for (const text of ['licences D90', 'licenses d90']) {
      const parsed = parseCommand(text);
      expect(parsed.ok && parsed.parsed.command, text).toEqual({ name: 'licenses', period: 'D90' });
    }
    const csv = parseCommand('csv copilot licences');
    expect(csv.ok && formatCommand(csv.parsed.command)).toBe('csv copilot licenses');
    const every = parseCommand('csv licences');
    expect(every.ok && formatCommand(every.parsed.command)).toBe('csv licenses');
  });

  test('the CSV has a row per Copilot SKU and no total row; the offer states the totals the card shows', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const model = onlyModel(await ask(deps, 'copilot licenses D30'), 'copilot-licenses');
    const reply = await ask(deps, 'csv copilot licenses D30');
    expect(reply.file?.export.fileName).toBe('copilot-licenses-D30-2026-11-19.csv');
    const rows = await csvOf(reply);
    const { licences } = model;
    expect(rows).toEqual([
      {
        Product: 'Microsoft 365 Copilot',
        'SKU Part Number': 'Microsoft_365_Copilot',
        'SKU Id': COPILOT_SKU_ID,
        'Capability Status': 'Enabled',
        'Purchased Seats': String(licences.total.purchased),
        'Of Which In Warning': '0',
        'Assigned Seats': String(licences.total.assigned),
        'Unassigned Seats': String(licences.total.unassigned),
        'Over-Assigned Seats': '0',
        'Suspended Units (Not Purchased)': '0',
        'Locked Out Units (Not Purchased)': '0',
        'Monthly Price per Seat': '30',
        'Unassigned Seats Spend per Month': String(licences.total.unassigned * 30),
        Currency: 'USD',
      },
    ]);
    expect(reply.file?.export.totals).toEqual({ kind: 'licences', seats: licences.total, idle: licences.idle, spend: licences.spend });
    const offer = fileOfferText({ fileName: 'f.csv', sizeInBytes: 512, rowCount: rows.length, command: 'csv copilot licenses D30', totals: reply.file!.export.totals! }, { locale: 'en-US' });
    expect(offer).toContain('(1 row, 512\u00a0B)');
    expect(offer).toContain(`Totals of the rows: ${count(licences.total.purchased)} purchased seats, ${count(licences.total.assigned)} assigned`);
    expect(offer).toContain(`Idle seats: ${count(licences.idle.seats)} = ${count(licences.idle.unassigned)} unassigned + ${count(licences.idle.inactive)} assigned`);
    expect(offer).toContain(`idle spend ${usd(licences.spend!.monthly)} a month`);
  });

  test('without a price the card says how to set one and shows no spend', async () => {
    const fixture = await startReportFixture();
    const reply = await ask(fixture.deps, 'copilot licenses');
    const model = onlyModel(reply, 'copilot-licenses');
    expect(model.period).toBe('D30');
    expect(model.licences.spend).toBeUndefined();
    expect(cardText(reply)).toContain('Set COPILOT_LICENSE_PRICE (e.g. 30 USD per seat and month) to see what idle seats cost.');
  });

  test('a missing permission answers with the 403 naming LicenseAssignment.Read.All', async () => {
    const fixture = await startReportFixture({}, { licenceAccess: false });
    const reply = await ask(fixture.deps, 'copilot licenses');
    const model = onlyModel(reply, 'error');
    expect(model.code).toBe('LICENSE_FORBIDDEN');
    expect(englishText(model.message)).toBe(
      // Named by the command asked, never by Graph's URL (the bot's internals).
      'Microsoft Graph denied access to the report for "copilot licenses" (403). Reading licence counts needs the ' +
        'LicenseAssignment.Read.All application permission (the least privileged; Organization.Read.All or Directory.Read.All also grant it) ' +
        'with admin consent granted: Entra ID › App registrations › API permissions › Grant admin consent.',
    );
    expect(cardText(reply)).toContain('LicenseAssignment.Read.All, with admin consent.');
    expect(cardText(reply)).not.toContain(fixture.emulator.url);
    fixture.emulator.setLicenceAccess(true);
    expect(onlyModel(await ask(fixture.deps, 'copilot licenses'), 'copilot-licenses').licences.skus).toHaveLength(1);
  });

  test('SKUs are read once while fresh, once for concurrent askers, and older ones serve while the budget is spent', async () => {
    const fixture = await startReportFixture({ jsonRequestsPer10Minutes: 1, cacheTtlMs: 60_000 });
    const calls = () => fixture.emulator.requests.filter((request) => request.functionName === 'subscribedSkus').length;
    const [first, second] = await Promise.all([fixture.service.getSubscribedSkus(), fixture.service.getSubscribedSkus()]);
    expect(calls()).toBe(1);
    expect([first.meta.cache, second.meta.cache]).toEqual(['miss', 'miss']);
    expect((await fixture.service.getSubscribedSkus()).meta.cache).toBe('hit');
    // Two minutes on the cache has expired, but the one request of this 10-minute budget is spent.
    fixture.clock.advance(2 * 60_000);
    const stale = await ask({ ...fixture.deps, licences: USD_30 }, 'copilot licenses');
    expect(onlyModel(stale, 'copilot-licenses').licenceSource).toMatchObject({ cache: 'stale', fetchedAt: '2026-11-22T09:00:00.000Z' });
    expect(cardText(stale)).toContain('Older licence counts from the cache: Microsoft Graph could not be asked just now.');
    expect(fixture.service.status().budgets).toContainEqual(expect.objectContaining({ key: 'subscribedSkus', used: 1, limit: 1 }));
    expect(calls()).toBe(1);
    fixture.clock.advance(9 * 60_000);
    expect((await fixture.service.getSubscribedSkus()).meta.cache).toBe('miss');
    expect(calls()).toBe(2);
  });
});

describe('copilot licenses: tenants with other SKUs', () => {
  const tenantWith = (skus: readonly RawSku[], licences: HandlerDeps['licences']) => startSkuTenant(skus, licences);
  const sku = rawSku;
  const E3 = sku('05e9a617-0261-4cee-bb44-138d3ef5d965', 'SPE_E3', 500, { enabled: 510 }, ['EXCHANGE_S_ENTERPRISE']);
  const CUSTOM_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

  test('a tenant without any Copilot SKU is told so, and which SKUs were looked for', async () => {
    const { deps } = await tenantWith([E3], { extraSkuIds: [CUSTOM_ID] });
    const reply = await ask(deps, 'copilot licenses D30', 'channel');
    const model = onlyModel(reply, 'copilot-licenses');
    expect(model.licences.skus).toEqual([]);
    expect(cardText(reply)).toContain(
      "No Copilot licences found in this tenant's subscriptions. Looked for Microsoft_365_Copilot (639dec6b-bb19-468b-871c-c5c441c4b0cb), " +
        `any SKU whose part number contains "365_Copilot" or that includes a service plan whose name starts with M365_COPILOT, or one of the SKU ids in COPILOT_SKU_IDS (${CUSTOM_ID}).`,
    );
    expect(model.actions.map((action) => action.command)).toEqual(['copilot inactive D30', 'copilot summary D30']);
  });

  test('several Copilot SKUs: education by part number, a configured id, one with seats in warning; prices per SKU', async () => {
    const edu = sku('c3f0d4b2-0000-4000-8000-00000000edu1', 'Microsoft_365_Copilot_EDU', 40, { enabled: 50 });
    const custom = sku(CUSTOM_ID, 'CONTOSO_AI_SEATS', 12, { enabled: 10, warning: 5 });
    const e7 = sku('9e3a1b2c-0000-4000-8000-0000000000e7', 'SPE_E7', 3, { enabled: 4 }, ['M365_COPILOT_APPS']);
    const price = parseLicencePrice('Microsoft_365_Copilot_EDU=18 USD; 30 USD')!;
    const { deps } = await tenantWith([E3, edu, custom, e7], { price, extraSkuIds: [CUSTOM_ID] });
    const model = onlyModel(await ask(deps, 'copilot licenses'), 'copilot-licenses');
    const { licences } = model;
    // Seats in warning are purchased seats (an expired subscription's grace period): 10 enabled + 5 in warning, 12 assigned.
    const purchased = (units: RawSku['prepaidUnits']) => units.enabled + units.warning;
    const unassigned = [edu, custom, e7].map((item) => purchased(item.prepaidUnits) - item.consumedUnits);
    expect(licences.skus.map((item) => [item.productName, item.skuPartNumber, item.purchased, item.inWarning, item.unassigned, item.monthlyPrice])).toEqual([
      ['Microsoft 365 Copilot (Education Faculty)', 'Microsoft_365_Copilot_EDU', 50, 0, unassigned[0], 18],
      ['Contoso AI Seats', 'CONTOSO_AI_SEATS', 15, 5, unassigned[1], 30],
      ['SPE E7', 'SPE_E7', 4, 0, unassigned[2], 30],
    ]);
    expect(licences.total).toMatchObject({ purchased: 69, inWarning: 5, assigned: 55, unassigned: unassigned.reduce((a, b) => a + b), overAssigned: 0 });
    expect(licences.idle.unassigned).toBe(licences.total.unassigned);
    const inactivePrice = (40 * 18 + 12 * 30 + 3 * 30) / 55;
    expect(licences.spend!.monthly).toBeCloseTo(unassigned[0]! * 18 + (unassigned[1]! + unassigned[2]!) * 30 + licences.idle.inactive * inactivePrice, 2);
    const text = cardText({ messages: [{ view: 'copilot-licenses', model }] });
    expect(text).toContain('Purchased seats: 69\n');
    expect(text).toContain('In warning: 5 of the purchased seats: their subscription has expired and is in its grace period; renew it or they are suspended.');
    expect(text).toContain(`Average price per assigned seat: ${usd(Math.round(inactivePrice * 100) / 100)} a month`);
    expect(text).toContain('Contoso AI Seats (CONTOSO_AI_SEATS, Warning): 15 purchased (5 in warning) · 12 assigned · 3 unassigned · $30.00 per seat a month');
  });

  test('an over-assigned SKU shows over-assigned seats, never negative unassigned; suspended and locked-out units stand apart', async () => {
    const over = sku(COPILOT_SKU_ID, 'Microsoft_365_Copilot', 105, { enabled: 100 });
    const cancelled = sku(CUSTOM_ID, 'CONTOSO_AI_SEATS', 20, { enabled: 30, suspended: 10, lockedOut: 4 });
    const { deps } = await tenantWith([E3, over, cancelled], { ...USD_30, extraSkuIds: [CUSTOM_ID] });
    const reply = await ask(deps, 'copilot licenses D30', 'channel');
    const { licences } = onlyModel(reply, 'copilot-licenses');
    const overBy = over.consumedUnits - over.prepaidUnits.enabled;
    const free = cancelled.prepaidUnits.enabled - cancelled.consumedUnits;
    expect(licences.skus.map((item) => [item.skuPartNumber, item.purchased, item.assigned, item.unassigned, item.overAssigned, item.suspended, item.lockedOut])).toEqual([
      ['Microsoft_365_Copilot', 100, 105, 0, overBy, 0, 0],
      ['CONTOSO_AI_SEATS', 30, 20, free, 0, 10, 4],
    ]);
    // The totals are the rows summed: one SKU's spare seats do not hide another's shortfall.
    expect(licences.total).toEqual({ purchased: 130, inWarning: 0, suspended: 10, lockedOut: 4, assigned: 125, unassigned: free, overAssigned: overBy });
    expect(licences.idle.unassigned).toBe(free);
    expect(licences.spend!.monthly).toBe((free + licences.idle.inactive) * 30);

    const text = cardText(reply);
    expect(text).toContain(`Unassigned: ${free}\n`);
    expect(text).toContain(`Over-assigned: ${overBy} more assigned than purchased`);
    expect(text).toContain('Not purchased seats: 10 suspended, 4 locked out: units of cancelled subscriptions, not counted as purchased seats.');
    expect(text).toContain(`Microsoft 365 Copilot (Microsoft_365_Copilot, Enabled): 100 purchased · 105 assigned · 0 unassigned · ${overBy} over-assigned`);
    expect(text).not.toMatch(/-\d/);

    const rows = await csvOf(await ask(deps, 'csv copilot licenses D30'));
    for (const row of rows) {
      // Each SKU row adds up on its own.
      const n = (header: string) => Number(row[header]);
      expect(n('Purchased Seats') - n('Assigned Seats'), row['SKU Part Number']).toBe(n('Unassigned Seats') - n('Over-Assigned Seats'));
      expect(n('Unassigned Seats')).toBeGreaterThanOrEqual(0);
    }
    const sum = (header: string) => rows.reduce((total, row) => total + Number(row[header]), 0);
    expect([sum('Purchased Seats'), sum('Assigned Seats'), sum('Unassigned Seats'), sum('Over-Assigned Seats'), sum('Suspended Units (Not Purchased)')]).toEqual([
      licences.total.purchased,
      licences.total.assigned,
      licences.total.unassigned,
      licences.total.overAssigned,
      licences.total.suspended,
    ]);
    expect(sum('Unassigned Seats Spend per Month')).toBe(free * 30);
  });
});

describe('copilot inactive: the reclaim list, with the idle seats and idle spend of the last 30 days', () => {
  test('over 30 days it lists the seats to reclaim with the licence card\'s idle seats and spend; the CSV holds only those seats', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const model = onlyModel(await ask(deps, 'copilot inactive D30'), 'copilot-inactive');
    const licences = onlyModel(await ask(deps, 'copilot licenses D30'), 'copilot-licenses').licences;
    expect(model.scope).toBe('same');
    expect(model.idle).toEqual({ status: 'ok', data: { idle: licences.idle, spend: licences.spend } });
    const text = cardText({ messages: [{ view: 'copilot-inactive', model }] });
    expect(text).toContain(`Idle spend: ${usd(licences.spend!.monthly)} a month`);
    expect(text).toContain('Seats to reclaim: never used first, then the longest unused');

    const rows = await csvOf(await ask(deps, 'csv copilot inactive D30'));
    expect(rows).toHaveLength(model.inactive);
    expect(rows.map((row) => row['User Principal Name'])).not.toContain('Total');
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['Word Copilot Last Activity Date', 'Copilot Chat Last Activity Date']));
    expect(Object.keys(rows[0]!)).not.toContain('Monthly Seat Cost');
  });

  test('over 90 days it lists who was idle that long, a part of the idle seats, whose cost stays that of the last 30 days', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const quarter = onlyModel(await ask(deps, 'copilot inactive D90'), 'copilot-inactive');
    const month = onlyModel(await ask(deps, 'copilot inactive D30'), 'copilot-inactive');
    const rows = await userRows(fixture, 'D90');
    const start = addDays(rows[0]!.reportRefreshDate, -89);
    expect(quarter.inactive).toBe(rows.filter((row) => row.lastActivityDate === undefined || row.lastActivityDate < start).length);
    expect(quarter.scope).toBe('longer');
    expect(quarter.idle).toEqual(month.idle);
    const text = cardText({ messages: [{ view: 'copilot-inactive', model: quarter }] });
    expect(text).toContain('No Copilot activity in the last 90 days (part of the idle seats)');
    expect(text).toContain('no Copilot activity in the last 30 days');
  });

  test('over 7 days it is no reclaim list: it says why, lists nobody, states no cost and offers the last 30 days', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    for (const conversation of ['personal', 'channel'] as const) {
      const reply = await ask(deps, 'copilot inactive D7', conversation);
      const model = onlyModel(reply, 'copilot-inactive');
      expect(model.scope).toBe('shorter');
      expect(model.rows).toEqual([]);
      expect(model.idle).toBeUndefined();
      const card = cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' }));
      const text = visibleTexts(card).join('\n');
      expect(text).toContain('This is not a list of seats to reclaim');
      expect(text).toContain('Idle seats are those with no Copilot activity in the last 30 days.');
      expect(text).not.toMatch(/\$|@contoso|Send me the list privately|\[CSV\]/);
      const buttons = submitActions(card).map((action) => [action.title, action.data['command']]);
      expect(buttons).toContainEqual(['Inactive for 30 days', 'copilot inactive D30']);
      expect(buttons.filter(([, command]) => command === 'copilot inactive D30')).toHaveLength(1);
    }
  });

  test('under Copilot report v2 the idle window is 28 days: D28 lists the seats to reclaim, D7 offers D28, licences count idle seats over D28', async () => {
    const fixture = await startReportFixture({ copilotApi: 'copilot-v2' });
    const deps = { ...fixture.deps, licences: USD_30 };
    const month = onlyModel(await ask(deps, 'copilot inactive D28'), 'copilot-inactive');
    expect([month.scope, month.idlePeriod]).toEqual(['same', 'D28']);
    const week = onlyModel(await ask(deps, 'copilot inactive D7'), 'copilot-inactive');
    expect([englishText(week.reclaimAction!.title), week.reclaimAction!.command]).toEqual(['Inactive for 28 days', 'copilot inactive D28']);
    const licences = onlyModel(await ask(deps, 'copilot licenses D90'), 'copilot-licenses').licences;
    expect(licences.idle.period).toBe('D28');
    expect(month.idle).toEqual({ status: 'ok', data: { idle: licences.idle, spend: licences.spend } });
    const rows = await userRows(fixture, 'D28');
    const start = addDays(rows[0]!.reportRefreshDate, -27);
    expect(licences.idle.inactive).toBe(rows.filter((row) => row.lastActivityDate === undefined || row.lastActivityDate < start).length);
  });

  test('without a price the idle seats are counted and the card says how to price them; without licence access it says why they are missing', async () => {
    const fixture = await startReportFixture();
    const unpriced = onlyModel(await ask(fixture.deps, 'copilot inactive D30'), 'copilot-inactive');
    expect(unpriced.idle).toMatchObject({ status: 'ok', data: { idle: { inactive: unpriced.inactive } } });
    expect(unpriced.idle?.status === 'ok' && unpriced.idle.data.spend).toBeUndefined();
    expect(cardText({ messages: [{ view: 'copilot-inactive', model: unpriced }] })).toContain('Set COPILOT_LICENSE_PRICE');

    fixture.emulator.setLicenceAccess(false);
    fixture.clock.advance(60 * 60_000);
    const denied = onlyModel(await ask({ ...fixture.deps, licences: USD_30 }, 'copilot inactive D30'), 'copilot-inactive');
    expect(denied.idle).toEqual({ status: 'unavailable', code: 'LICENSE_FORBIDDEN' });
    expect(denied.inactive).toBe(unpriced.inactive);
    expect(cardText({ messages: [{ view: 'copilot-inactive', model: denied }] })).toContain('could not be read (LICENSE_FORBIDDEN)');
  });
});

describe('subscribedSkus from Graph: read once, at the edge', () => {
  test('an item Graph\'s contract does not allow is refused naming the item and the property, never its content', () => {
    const good = { skuId: COPILOT_SKU_ID.toUpperCase(), skuPartNumber: 'Microsoft_365_Copilot', consumedUnits: 3, prepaidUnits: { enabled: 5 } };
    expect(parseSubscribedSkus([good])).toEqual([
      {
        skuId: COPILOT_SKU_ID,
        skuPartNumber: 'Microsoft_365_Copilot',
        capabilityStatus: 'Unknown',
        consumedUnits: 3,
        prepaidUnits: { enabled: 5, warning: 0, suspended: 0, lockedOut: 0 },
        servicePlans: [],
      },
    ]);
    const refusals: [unknown, string][] = [
      ['secret text', "Microsoft Graph's subscribedSkus item 2 is not an object."],
      [{ ...good, skuId: '' }, 'Microsoft Graph\'s subscribedSkus item 2 has no "skuId" text.'],
      [{ ...good, consumedUnits: -1 }, 'Microsoft Graph\'s subscribedSkus item 2 has "consumedUnits" that is not a count of licences.'],
      [{ ...good, prepaidUnits: { warning: 1.5 } }, 'Microsoft Graph\'s subscribedSkus item 2 has "prepaidUnits.warning" that is not a count of licences.'],
      [{ ...good, servicePlans: 'M365_COPILOT_APPS' }, 'Microsoft Graph\'s subscribedSkus item 2 has "servicePlans" that is not an array.'],
    ];
    for (const [item, message] of refusals) {
      const error = (() => {
        try {
          parseSubscribedSkus([good, item]);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ReportDataError);
      expect(error).toMatchObject({ code: 'MALFORMED_JSON', message, line: 2 });
    }
  });
});

describe('emulator: GET /v1.0/subscribedSkus', () => {
  test('answers $select with the selected properties only, and refuses other query options as Graph does', async () => {
    const fixture = await startReportFixture();
    const get = (query: string, token = 'Bearer t') => fetch(`${fixture.emulator.url}/v1.0/subscribedSkus${query}`, { headers: token ? { authorization: token } : {} });
    const selected = (await (await get('?$select=skuPartNumber,consumedUnits')).json()) as { value: Record<string, unknown>[] };
    expect(selected.value.map((item) => Object.keys(item))).toEqual(selected.value.map(() => ['skuPartNumber', 'consumedUnits']));
    expect(selected.value.map((item) => item['skuPartNumber'])).toEqual(['SPE_E5', 'SPE_E3', 'Microsoft_365_Copilot', 'FLOW_FREE', 'POWER_BI_PRO']);
    const filtered = await get(`?$filter=${encodeURIComponent("skuPartNumber eq 'SPE_E3'")}`);
    expect(filtered.status).toBe(400);
    expect(((await filtered.json()) as { error: { code: string } }).error.code).toBe('Request_UnsupportedQuery');
    const unknown = await get('?$select=price');
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      "Could not find a property named 'price' on type 'microsoft.graph.subscribedSku'.",
    );
    expect((await get('', '')).status).toBe(401);
    fixture.emulator.setLicenceAccess(false);
    const denied = await get('');
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('Authorization_RequestDenied');
  });
});
