/**
 * `licenses [period]`: every subscribed SKU with its seats, its holders and their use, and the idle seats and
 * idle spend of each SKU and of all licences, on the card, in the terminal, in the CSV file and on its offer,
 * each against sums made here from the emulator's raw rows and SKUs (support/licence-expectations.ts); then
 * tenants with other subscriptions (over-assigned, suspended, unpriced, free and trial SKUs, a product no SKU
 * matches), and the permissions it needs.
 */
import { englishText } from '../src/i18n/messages.js';
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { parseLicensePrices } from '../src/reports/licence-price.js';
import type { ViewModels } from '../src/view-models.js';
import type { LicencesFigures } from '../src/workload-view-models.js';
import { activeUserRows, copilotUserRows } from './support/emulator-http.js';
import { EMULATOR_PRODUCT_SKUS, expectedLicences, type LicenceRules, type SkuItem } from './support/licence-expectations.js';
import { FIXTURE_NOW, startReportFixture } from './support/report-fixture.js';
import { rawSku, startSkuTenant } from './support/sku-tenant.js';
import { answerOf, ask, count, detailsOf, escape, expectFact, workloadOf } from './support/table-answers.js';

const PRICES = 'SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD';
const SETTINGS = { price: (parseLicensePrices(PRICES) as { ok: true; price: NonNullable<unknown> }).price as never, extraSkuIds: [] };
const TODAY = FIXTURE_NOW.slice(0, 10);
/** Office reports refresh two days back, Copilot's three. */
const REFRESH = addDays(TODAY, -2);
const COPILOT_REFRESH = addDays(TODAY, -3);
const RULES: LicenceRules = {
  productSkus: EMULATOR_PRODUCT_SKUS,
  prices: { SPE_E5: 57, SPE_E3: 36, Microsoft_365_Copilot: 30 },
  free: new Set(['FLOW_FREE']),
  copilot: new Set(['Microsoft_365_Copilot']),
};

const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

async function rawSkus(url: string): Promise<SkuItem[]> {
  const response = await fetch(`${url}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer test' } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: SkuItem[] }).value;
}

function figuresOf(model: ViewModels['workload']): LicencesFigures {
  expect(model.figures.kind).toBe('licences');
  return model.figures as LicencesFigures;
}

describe('licenses: every licence, its seats, its use and what idle seats cost', () => {
  test('card, terminal, CSV and its offer agree with the emulator\'s SKUs, the active-user detail and the Copilot report', async () => {
    const fixture = await startReportFixture({}, { users: 600 });
    const deps = { ...fixture.deps, licences: SETTINGS };
    const users = await activeUserRows(fixture.emulator, 'D30');
    const skus = await rawSkus(fixture.emulator.url);
    const expected = expectedLicences({
      users,
      idleUsers: users,
      copilot: await copilotUserRows(fixture.emulator, 'D30'),
      skus,
      rules: RULES,
      periodStart: addDays(REFRESH, -29),
      idleStart: addDays(REFRESH, -29),
      copilotIdleStart: addDays(COPILOT_REFRESH, -29),
    });
    const answer = await answerOf(fixture, 'licenses D30', { deps, env: { LICENSE_PRICES: PRICES } });
    expect(answer.card[0]).toBe('Licences · last 30 days');
    // A loopback Graph with the development token is no real tenant: the terminal says so first.
    expect(answer.terminal.split('\n')[0]).toBe('Demo data · Licences · last 30 days');

    expectFact(answer, 'Purchased seats (paid SKUs)', escape(count(expected.total.purchased)));
    expectFact(answer, 'Assigned seats', escape(count(expected.total.assigned)));
    expectFact(answer, 'Unassigned', escape(count(expected.total.unassigned)));
    expectFact(answer, 'Idle seats · last 30 days', `${escape(count(expected.idleSeats))}, all licences`);
    expectFact(
      answer,
      'Idle spend',
      escape(`${usd(expected.idleSpend)} a month · ${usd(expected.idleSpend * 12)} a year · ${count(expected.unpricedSeats)} idle seats have no price set and are not in it`),
    );
    // Copilot keeps its own meaning: unassigned seats plus enabled users without Copilot activity.
    const { copilot } = expected;
    expectFact(answer, 'Idle seats', escape(`${count(copilot.seats)} = ${count(copilot.unassigned)} unassigned + ${count(copilot.inactive)} assigned, no Copilot activity in the last 30 days`));
    expect(answer.card).toContain(`Idle spend: ${usd(copilot.spend!)} a month · ${usd(copilot.spend! * 12)} a year`);

    const e3 = expected.skus.find((sku) => sku.partNumber === 'SPE_E3')!;
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft 365 E3')).toBe(
      `SPE_E3 · ${count(e3.purchased)} purchased · ${count(e3.assigned)} assigned · ${count(e3.unassigned)} unassigned · ` +
        `${count(e3.inactiveHolders)} of ${count(e3.holders)} holders inactive in the last 30 days · ${count(e3.idleSeats!)} idle seats · ` +
        `${usd(e3.idleSpend!)} a month at ${usd(36)} a seat`,
    );
    const pbi = expected.skus.find((sku) => sku.partNumber === 'POWER_BI_PRO')!;
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Power BI Pro')).toBe(
      `POWER_BI_PRO · Warning · ${count(pbi.purchased)} purchased (${count(pbi.inWarning)} in warning) · ${count(pbi.assigned)} assigned · ` +
        `${count(pbi.unassigned)} unassigned · ${count(pbi.inactiveHolders)} of ${count(pbi.holders)} holders inactive in the last 30 days · ` +
        `${count(pbi.idleSeats!)} idle seats · price not set (LICENSE_PRICES)`,
    );
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft Power Automate Free')).toContain('FLOW_FREE · 10,000 purchased');
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft Power Automate Free')).toContain('free or trial (by its name): not counted as spend');

    // One row per SKU; the single Copilot SKU carries Copilot's idle seats. The totals on the offer, never as a row.
    expect(answer.csv.map((row) => [row['SKU Part Number'], row.Kind, row['Purchased Seats'], row['Unassigned Seats'], row['Holders in Usage Report'], row['Idle Seats (Last 30 Days)'], row['Idle Spend per Month']])).toEqual(
      expected.skus
        .slice()
        .sort((a, b) => Number(a.partNumber === 'FLOW_FREE') - Number(b.partNumber === 'FLOW_FREE') || b.assigned - a.assigned)
        .map((sku) => {
          const isCopilot = sku.partNumber === 'Microsoft_365_Copilot';
          const seats = isCopilot ? copilot.seats : sku.idleSeats;
          const spend = isCopilot ? copilot.spend : sku.idleSpend;
          const kind = isCopilot ? 'Copilot' : sku.partNumber === 'FLOW_FREE' ? 'Free or trial' : 'Paid';
          return [sku.partNumber, kind, String(sku.purchased), String(sku.unassigned), String(sku.holders), seats === undefined ? '' : String(seats), spend === undefined ? '' : String(spend)];
        }),
    );
    const idleColumn = answer.csv.reduce((total, row) => total + Number(row['Idle Seats (Last 30 Days)'] || 0), 0);
    expect(idleColumn).toBe(expected.idleSeats);
    expect(answer.offer).toContain(
      `Totals of the rows: ${count(expected.total.purchased)} paid seats purchased, ${count(expected.total.assigned)} assigned, ` +
        `${count(expected.total.unassigned)} unassigned, 0 over-assigned, ${count(expected.idleSeats)} idle seats in the last 30 days, ${usd(expected.idleSpend)} idle spend a month.`,
    );
    expect(answer.buttons).toEqual(['inactive users D30', 'copilot licenses', 'licenses D7', 'licenses D90', 'csv licenses D30']);
  });

  test('over 90 days the holders\' use is the quarter\'s; idle seats and idle spend stay those of the last 30 days', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const deps = { ...fixture.deps, licences: SETTINGS };
    const month = figuresOf(workloadOf(await ask(fixture, 'licenses D30', 'personal', 'here', deps))).licences;
    const quarter = figuresOf(workloadOf(await ask(fixture, 'licenses D90', 'personal', 'here', deps))).licences;
    expect(quarter.idle).toEqual(month.idle);
    expect(quarter.skus.map((sku) => sku.idle)).toEqual(month.skus.map((sku) => sku.idle));
    const expected = expectedLicences({
      users: await activeUserRows(fixture.emulator, 'D90'),
      idleUsers: await activeUserRows(fixture.emulator, 'D30'),
      copilot: await copilotUserRows(fixture.emulator, 'D30'),
      skus: await rawSkus(fixture.emulator.url),
      rules: RULES,
      periodStart: addDays(REFRESH, -89),
      idleStart: addDays(REFRESH, -29),
      copilotIdleStart: addDays(COPILOT_REFRESH, -29),
    });
    expect(quarter.skus.map((sku) => [sku.skuPartNumber, sku.inactiveHolders])).toEqual(
      quarter.skus.map((sku) => [sku.skuPartNumber, sku.kind === 'paid' ? expected.skus.find((item) => item.partNumber === sku.skuPartNumber)!.inactiveHolders : undefined]),
    );
    expect(quarter.idle.seats).toBe(expected.idleSeats);
  });

  test('aggregates only: a channel gets the same card, the SKUs included, nothing withheld', async () => {
    const fixture = await startReportFixture();
    const channel = workloadOf(await ask(fixture, 'licenses', 'channel'));
    const personal = workloadOf(await ask(fixture, 'licenses'));
    expect(channel.detail).toEqual({ kind: 'shown' });
    expect(figuresOf(channel).licences).toEqual(figuresOf(personal).licences);
    expect(channel.period).toBe('D30');
    // Without LICENSE_PRICES the seats are counted and the card says how to price them.
    expect(figuresOf(channel).licences.idle.spend).toBeUndefined();
  });
});

describe('licenses: tenants with other subscriptions', () => {
  const E5 = rawSku('06ebc4ee-1bb5-47dd-8120-11324bc54e06', 'SPE_E5', 0, { enabled: 0 });
  const E3 = rawSku('05e9a617-0261-4cee-bb44-138d3ef5d965', 'SPE_E3', 0, { enabled: 0 });
  const COPILOT = rawSku('639dec6b-bb19-468b-871c-c5c441c4b0cb', 'Microsoft_365_Copilot', 0, { enabled: 0 }, ['M365_COPILOT_APPS']);
  const FLOW = rawSku('f30db892-07e9-47e9-837c-80727f46fd3d', 'FLOW_FREE', 0, { enabled: 10_000 });

  test('over-assigned, suspended and locked-out seats, an unpriced SKU, free and trial SKUs, and a product no SKU matches', async () => {
    const probe = await startReportFixture();
    const users = await activeUserRows(probe.emulator, 'D30');
    const holders = (product: string) => users.filter((row) => row['Is Deleted'] !== 'True' && row['Assigned Products']!.split('+').includes(product)).length;
    // E5 has more assigned than bought; E3 has cancelled units and no price; Power BI Pro is not among the SKUs.
    const e5 = { ...E5, consumedUnits: holders('MICROSOFT 365 E5'), prepaidUnits: { ...E5.prepaidUnits, enabled: holders('MICROSOFT 365 E5') - 7 } };
    const e3 = { ...E3, consumedUnits: holders('MICROSOFT 365 E3'), prepaidUnits: { ...E3.prepaidUnits, enabled: holders('MICROSOFT 365 E3') + 5, suspended: 12, lockedOut: 3 } };
    const copilot = { ...COPILOT, consumedUnits: holders('MICROSOFT 365 COPILOT'), prepaidUnits: { ...COPILOT.prepaidUnits, enabled: holders('MICROSOFT 365 COPILOT') + 4 } };
    const flow = { ...FLOW, consumedUnits: holders('MICROSOFT POWER AUTOMATE FREE') };
    // Free by name (a developer SKU) and by its unit count (10,000 units nobody buys), both priced by mistake.
    const developer = rawSku('c42b9cae-ea4f-4ab7-9717-81576235ccac', 'DEVELOPERPACK_E5', 1, { enabled: 25 });
    const starter = rawSku('a1b2c3d4-0000-4000-8000-0000000000aa', 'CONTOSO_STARTER', 40, { enabled: 10_000 });
    const skus = [e5, e3, copilot, flow, developer, starter];
    const prices = 'SPE_E5=57 USD, Microsoft_365_Copilot=30 USD, DEVELOPERPACK_E5=10 USD, CONTOSO_STARTER=2 USD';
    const parsed = parseLicensePrices(prices);
    if (!parsed.ok) throw new Error(parsed.problem);
    const { fixture, deps, url } = await startSkuTenant(skus, { price: parsed.price, extraSkuIds: [] });
    const rules: LicenceRules = {
      productSkus: { 'MICROSOFT 365 E5': 'SPE_E5', 'MICROSOFT 365 E3': 'SPE_E3', 'MICROSOFT 365 COPILOT': 'Microsoft_365_Copilot', 'MICROSOFT POWER AUTOMATE FREE': 'FLOW_FREE' },
      prices: { SPE_E5: 57, Microsoft_365_Copilot: 30 },
      free: new Set(['FLOW_FREE', 'DEVELOPERPACK_E5', 'CONTOSO_STARTER']),
      copilot: new Set(['Microsoft_365_Copilot']),
    };
    const tenantUsers = await activeUserRows(fixture.emulator, 'D30');
    const expected = expectedLicences({
      users: tenantUsers,
      idleUsers: tenantUsers,
      copilot: await copilotUserRows(fixture.emulator, 'D30'),
      skus,
      rules,
      periodStart: addDays(REFRESH, -29),
      idleStart: addDays(REFRESH, -29),
      copilotIdleStart: addDays(COPILOT_REFRESH, -29),
    });
    const answer = await answerOf(fixture, 'licenses D30', { deps, env: { LICENSE_PRICES: prices, GRAPH_BASE_URL: url } });
    const model = figuresOf(workloadOf(await ask(fixture, 'licenses D30', 'personal', 'here', deps))).licences;

    // Over-assigned: never a negative unassigned; cancelled units apart, never purchased.
    const expectedE5 = expected.skus.find((sku) => sku.partNumber === 'SPE_E5')!;
    expect(expectedE5).toMatchObject({ unassigned: 0, overAssigned: 7 });
    expect(model.total).toMatchObject({ ...expected.total, suspended: 12, lockedOut: 3 });
    expectFact(answer, 'Over-assigned', '7 more assigned than purchased');
    expectFact(answer, 'Not purchased seats', '12 suspended, 3 locked out: units of cancelled subscriptions, not counted as purchased seats\\.');
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft 365 E5')).toContain(`· 0 unassigned · 7 over-assigned ·`);
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft 365 E3')).toContain('· 12 suspended, not counted · 3 locked out, not counted ·');
    // Unpriced: its seats are counted, its price is said to be missing.
    const expectedE3 = expected.skus.find((sku) => sku.partNumber === 'SPE_E3')!;
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft 365 E3')).toContain(`${count(expectedE3.idleSeats!)} idle seats · price not set (LICENSE_PRICES)`);
    // Free and trial: marked, never spend, a price given for them not used.
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Microsoft 365 E5 Developer (without Windows and Audio Conferencing)')).toContain('free or trial (by its name): not counted as spend · its price in LICENSE_PRICES is not used');
    expect(detailsOf(answer, 'Subscriptions (SKUs)', 'Contoso Starter')).toContain('free or trial (by its unit count): not counted as spend');
    // Power BI Pro matches no SKU: its holders are counted, not priced, and the card says so.
    const powerBi = expected.unmatched.find((product) => product.product === 'POWER BI PRO')!;
    expect(detailsOf(answer, 'Products with no SKU found (counted, not priced)', 'Power BI Pro')).toContain(
      `${count(powerBi.idleHolders)} idle ${powerBi.idleHolders === 1 ? 'seat' : 'seats'}, not priced: no subscribed SKU has this name`,
    );
    expect(model.idle).toEqual({ seats: expected.idleSeats, pricedSeats: expected.idleSeats - expected.unpricedSeats, spend: { currency: 'USD', monthly: expected.idleSpend, yearly: expected.idleSpend * 12 } });
    expect(answer.csv.find((row) => row.Product === 'Power BI Pro')).toMatchObject({ Kind: 'No SKU found', 'SKU Part Number': '', 'Idle Seats (Last 30 Days)': String(powerBi.idleHolders) });
    expect(answer.csv.find((row) => row['SKU Part Number'] === 'CONTOSO_STARTER')).toMatchObject({ Kind: 'Free or trial', 'Idle Seats (Last 30 Days)': '', 'Monthly Price per Seat': '' });
    // No row ever goes negative; each SKU adds up on its own.
    for (const row of answer.csv.filter((item) => item['SKU Part Number'] !== '')) {
      const n = (header: string) => Number(row[header]);
      expect(n('Purchased Seats') - n('Assigned Seats'), row['SKU Part Number']).toBe(n('Unassigned Seats') - n('Over-Assigned Seats'));
    }
  });

  test('a missing licence permission names LicenseAssignment.Read.All; a missing report permission names Reports.Read.All', async () => {
    const fixture = await startReportFixture({}, { licenceAccess: false });
    for (const command of ['licenses D30', 'inactive users D30']) {
      const [message] = (await ask(fixture, command)).messages;
      expect(message?.view, command).toBe('error');
      const model = message!.model as ViewModels['error'];
      expect(model.code, command).toBe('LICENSE_FORBIDDEN');
      expect(englishText(model.message), command).toContain('LicenseAssignment.Read.All');
    }
    fixture.emulator.setLicenceAccess(true);
    fixture.emulator.injectFault({ target: 'api', match: 'getOffice365ActiveUserDetail', status: 403, times: 2 });
    for (const command of ['licenses D90', 'inactive users D90']) {
      const [message] = (await ask(fixture, command)).messages;
      const model = message!.model as ViewModels['error'];
      expect(model.code, command).toBe('FORBIDDEN');
      expect(englishText(model.message), command).toContain('Reports.Read.All');
    }
  });
});
