import { englishText } from '../src/i18n/messages.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { formatCommand, parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import type { ViewModels } from '../src/view-models.js';
import { streamReportCsv } from '../src/files/report-csv.js';
import { silentLogger } from '../src/logger.js';
import { GraphClient } from '../src/reports/graph-client.js';
import { createTokenProvider } from '../src/reports/graph-token.js';
import { ReportService } from '../src/reports/report-service.js';
import { parseLicencePrice } from '../src/reports/licence-price.js';
import { ReportDataError } from '../src/reports/report-errors.js';
import { parseSubscribedSkus } from '../src/reports/subscribed-skus.js';
import type { RowOf } from '../src/reports/catalog.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';
import { scratchFolder } from './support/scratch-folder.js';

const COPILOT_SKU_ID = '639dec6b-bb19-468b-871c-c5c441c4b0cb';
const USD_30 = { price: parseLicencePrice('30 USD')!, extraSkuIds: [] };

type RawSku = {
  skuId: string;
  skuPartNumber: string;
  capabilityStatus: string;
  consumedUnits: number;
  prepaidUnits: { enabled: number; warning: number; suspended: number; lockedOut: number };
  servicePlans: { servicePlanName: string }[];
};

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
    expect(model.licences.skus.map((sku) => sku.skuPartNumber)).toEqual(['Microsoft_365_Copilot']);
    expect(model.licences.total).toEqual({ purchased: copilot.prepaidUnits, purchasedTotal: copilot.prepaidUnits.enabled, assigned: rows.length, unassigned });
    expect(model.licences.usage).toEqual({ reported: rows.length, active, inactive, neverActive });
    expect(model.licences.idleSeats).toBe(idle);
    expect(model.licences.spend).toMatchObject({ currency: 'USD', monthly: idle * 30, yearly: idle * 30 * 12, inactiveSeatPrice: 30 });

    const text = cardText(reply);
    expect(text).toContain('Copilot licences · last 30 days');
    expect(text).toMatch(new RegExp(`Purchased: ${count(copilot.prepaidUnits.enabled)}\\n`));
    expect(text).toMatch(new RegExp(`Assigned: ${count(rows.length)}\\n`));
    expect(text).toMatch(new RegExp(`Unassigned: ${count(unassigned)}\\n`));
    expect(text).toContain(`${count(idle)} (${count(unassigned)} unassigned + ${count(inactive)} inactive)`);
    expect(text).toContain(`Idle spend per month: ${usd(idle * 30)}`);
    expect(text).toContain(`Idle spend per year: ${usd(idle * 360)}`);
    expect(submitActions(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' }))).map((action) => action.data['command'])).toEqual([
      'copilot inactive D30',
      'csv copilot licenses D30',
      'copilot summary D30',
    ]);
    // The admin's locale, the price's currency.
    expect(cardText(reply, 'de-DE')).toContain(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD' }).format(idle * 30));
  });

  test('licences, licences D90, copilot licences and copilot licenses all ask the same; csv takes it too', () => {
    for (const text of ['licences D90', 'licenses d90', 'copilot licences 90d', 'Copilot Licenses D90']) {
      const parsed = parseCommand(text);
      expect(parsed.ok && parsed.parsed.command, text).toEqual({ name: 'copilot-licenses', period: 'D90' });
    }
    const csv = parseCommand('csv licences');
    expect(csv.ok && formatCommand(csv.parsed.command)).toBe('csv copilot licenses');
  });

  test('the CSV has a row per Copilot SKU and a total with the card\'s numbers', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const model = onlyModel(await ask(deps, 'copilot licenses D30'), 'copilot-licenses');
    const reply = await ask(deps, 'csv copilot licenses D30');
    expect(reply.file?.export.fileName).toBe('copilot-licenses-D30-2026-11-19.csv');
    const [sku, total] = await csvOf(reply);
    const { licences } = model;
    expect(sku).toMatchObject({
      'SKU Part Number': 'Microsoft_365_Copilot',
      'SKU Id': COPILOT_SKU_ID,
      'Capability Status': 'Enabled',
      'Purchased Enabled': String(licences.total.purchased.enabled),
      Assigned: String(licences.total.assigned),
      Unassigned: String(licences.total.unassigned),
      'Monthly Price per Seat': '30',
      'Idle Spend per Month': String(licences.total.unassigned * 30),
      Currency: 'USD',
    });
    expect(total).toMatchObject({
      'SKU Part Number': 'Total',
      Active: String(licences.usage.active),
      Inactive: String(licences.usage.inactive),
      'Never Active': String(licences.usage.neverActive),
      'Idle Seats': String(licences.idleSeats),
      'Idle Spend per Month': String(licences.spend!.monthly),
      'Idle Spend per Year': String(licences.spend!.yearly),
    });
  });

  test('without a price the card says how to set one and shows no spend', async () => {
    const fixture = await startReportFixture();
    const reply = await ask(fixture.deps, 'licenses');
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
  let fake: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => fake?.close(resolve));
    fake = undefined;
  });

  /** A Graph-compatible server that lists `skus` and passes report calls on to the emulator. */
  async function tenantWith(skus: readonly Record<string, unknown>[], licences: HandlerDeps['licences']) {
    const fixture = await startReportFixture();
    fake = createServer((req, res) => {
      if (req.url?.startsWith('/v1.0/subscribedSkus')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: skus }));
        return;
      }
      void fetch(`${fixture.emulator.url}${req.url}`, { headers: { authorization: 'Bearer test' }, redirect: 'manual' }).then(async (answer) => {
        res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => fake!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    const service = new ReportService({
      fetcher: new GraphClient({ baseUrl: url, tokens: createTokenProvider({ kind: 'development' }, url), clock: fixture.clock }),
      clock: fixture.clock,
      logger: silentLogger,
      sourceName: 'test tenant',
      copilotApi: 'copilot-v1',
      format: 'csv',
      cacheTtlMs: 60_000,
      csvRequestsPer10Minutes: 14,
      jsonRequestsPer10Minutes: 100,
      cacheFolder: scratchFolder(),
    });
    return { deps: { ...fixture.deps, reports: service, ...(licences ? { licences } : {}) }, service };
  }

  const sku = (skuId: string, skuPartNumber: string, consumedUnits: number, prepaid: Partial<RawSku['prepaidUnits']>, plans: string[] = []) => ({
    skuId,
    skuPartNumber,
    capabilityStatus: prepaid.warning ? 'Warning' : 'Enabled',
    consumedUnits,
    prepaidUnits: { enabled: 0, warning: 0, suspended: 0, lockedOut: 0, ...prepaid },
    servicePlans: plans.map((servicePlanName) => ({ servicePlanId: '00000000-0000-0000-0000-000000000000', servicePlanName })),
  });
  const E3 = sku('05e9a617-0261-4cee-bb44-138d3ef5d965', 'SPE_E3', 500, { enabled: 510 }, ['EXCHANGE_S_ENTERPRISE']);
  const CUSTOM_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

  test('a tenant without any Copilot SKU is told so, and which SKUs were looked for', async () => {
    const { deps, service } = await tenantWith([E3], { extraSkuIds: [CUSTOM_ID] });
    const reply = await ask(deps, 'copilot licenses D30', 'channel');
    const model = onlyModel(reply, 'copilot-licenses');
    expect(model.licences.skus).toEqual([]);
    expect(cardText(reply)).toContain(
      "No Copilot licences found in this tenant's subscriptions. Looked for Microsoft_365_Copilot (639dec6b-bb19-468b-871c-c5c441c4b0cb), " +
        `any SKU whose part number contains "365_Copilot" or that includes a service plan whose name starts with M365_COPILOT, or one of the SKU ids in COPILOT_SKU_IDS (${CUSTOM_ID}).`,
    );
    expect(model.actions.map((action) => action.command)).toEqual(['copilot inactive D30', 'copilot summary D30']);
    await service.close();
  });

  test('several Copilot SKUs: education by part number, a configured id, one in its grace period; prices per SKU', async () => {
    const skus = [
      E3,
      sku('c3f0d4b2-0000-4000-8000-00000000edu1', 'Microsoft_365_Copilot_EDU', 40, { enabled: 50 }),
      sku(CUSTOM_ID, 'CONTOSO_AI_SEATS', 12, { enabled: 10, warning: 5 }),
      sku('9e3a1b2c-0000-4000-8000-0000000000e7', 'SPE_E7', 3, { enabled: 4 }, ['M365_COPILOT_APPS']),
    ];
    const price = parseLicencePrice('Microsoft_365_Copilot_EDU=18 USD; 30 USD')!;
    const { deps, service } = await tenantWith(skus, { price, extraSkuIds: [CUSTOM_ID] });
    const model = onlyModel(await ask(deps, 'copilot licenses'), 'copilot-licenses');
    const { licences } = model;
    expect(licences.skus.map((item) => [item.skuPartNumber, item.unassigned, item.monthlyPrice])).toEqual([
      ['Microsoft_365_Copilot_EDU', 10, 18],
      ['CONTOSO_AI_SEATS', -2, 30],
      ['SPE_E7', 1, 30],
    ]);
    expect(licences.total).toMatchObject({ purchased: { enabled: 64, warning: 5, suspended: 0, lockedOut: 0 }, purchasedTotal: 69, assigned: 55, unassigned: 9 });
    // Seats in their grace period are no idle seats: 10 + 1 unassigned.
    expect(licences.idleUnassigned).toBe(11);
    const inactivePrice = (40 * 18 + 12 * 30 + 3 * 30) / 55;
    expect(licences.spend!.monthly).toBeCloseTo(10 * 18 + 30 + licences.usage.inactive * inactivePrice, 2);
    const text = cardText({ messages: [{ view: 'copilot-licenses', model }] });
    expect(text).toContain('69 (64 enabled, 5 in warning)');
    expect(text).toContain(`Average price per assigned seat: ${usd(Math.round(inactivePrice * 100) / 100)} a month`);
    expect(text).toContain('CONTOSO_AI_SEATS (Warning): 15 (10 enabled, 5 in warning) purchased · 12 assigned · -2 unassigned · $30.00 per seat a month');
    await service.close();
  });
});

describe('copilot inactive: the reclaim list with what it costs', () => {
  test('the card states the monthly cost; the CSV lists every inactive seat with its per-app activity, its cost and a total', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, licences: USD_30 };
    const model = onlyModel(await ask(deps, 'copilot inactive D30'), 'copilot-inactive');
    expect(model.cost).toEqual({ currency: 'USD', seatPrice: 30, total: model.inactive * 30 });
    expect(cardText({ messages: [{ view: 'copilot-inactive', model }] })).toContain(`Monthly cost: ${usd(model.inactive * 30)} ($30.00 per seat)`);

    const rows = await csvOf(await ask(deps, 'csv copilot inactive D30'));
    const seats = rows.slice(0, -1);
    expect(seats).toHaveLength(model.inactive);
    expect(Object.keys(seats[0]!)).toEqual(expect.arrayContaining(['Word Copilot Last Activity Date', 'Copilot Chat Last Activity Date', 'Monthly Seat Cost', 'Currency']));
    expect(seats.every((row) => row['Monthly Seat Cost'] === '30' && row['Currency'] === 'USD')).toBe(true);
    expect(rows.at(-1)).toMatchObject({ 'User Principal Name': 'Total', 'Display Name': `${model.inactive} inactive seats`, 'Monthly Seat Cost': String(model.inactive * 30) });
  });

  test('without a price the reclaim list carries no cost', async () => {
    const fixture = await startReportFixture();
    const model = onlyModel(await ask(fixture.deps, 'copilot inactive D30'), 'copilot-inactive');
    expect(model.cost).toBeUndefined();
    const rows = await csvOf(await ask(fixture.deps, 'csv copilot inactive D30'));
    expect(rows).toHaveLength(model.inactive);
    expect(Object.keys(rows[0]!)).not.toContain('Monthly Seat Cost');
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
