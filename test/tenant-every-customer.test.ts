import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { GraphEmulator } from '../src/emulator/graph-emulator.js';
import { FileStateStore, stateStoreFolder } from '../src/store/file-state-store.js';
import { tenantOfKey } from '../src/store/tenant-scope.js';
import { serializedBytes, TEAMS_MESSAGE_LIMIT_BYTES } from '../src/views/fit-card-size.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { startBotHarness, type BotHarness } from './support/bot-harness.js';
import { tokenFor } from './support/emulator-http.js';
import { playgroundActivity } from './support/playground-activities.js';
import { rawCopilotSku } from './support/raw-tenant.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

/** The Playground's tenant (the managing one) and its channel. */
const MANAGING = '00000000-0000-0000-0000-0000000000001';
const CONTOSO_USER = '7d1e0c2a-1111-4a4a-8b8b-00000000c001';
const SKU = 'Microsoft_365_Copilot';

let bot: BotHarness;
let emulator: GraphEmulator;
let channelId: string;
const idOf = (name: string) => emulator.tenants.find((tenant) => tenant.name === name)!.id;
const en = (value: number) => value.toLocaleString('en-US');

function inChannel(text: string, extra: Record<string, unknown> = {}) {
  return playgroundActivity('message-channel-mention', { text: `<at>Test Bot</at> ${text}`, ...extra });
}

/** The texts of every card posted to the managing channel (replies in its thread, and new posts) since the test began. */
function channelCards(): string[][] {
  return channelAttachments().map((card) => visibleTexts(cardOf(card)));
}

function channelAttachments() {
  const root = channelId.replace(/;messageid=\d+$/, '');
  return bot.connector.posted.filter((post) => post.conversationId === channelId || post.conversationId === root).flatMap((post) => post.activity.attachments ?? []);
}

async function storeKeys(): Promise<string[]> {
  return (await FileStateStore.open(stateStoreFolder(bot.dataDir))).list('');
}

async function unassigned(name: string): Promise<number> {
  return (await rawCopilotSku(emulator.url, await tokenFor(emulator, idOf(name)))).unassigned;
}

beforeAll(async () => {
  bot = await startBotHarness({ env: { EMULATOR_TENANTS: 'contoso:300,fabrikam:900,tailspin:200', COPILOT_LICENSE_PRICE: '30 USD' } });
  emulator = bot.app.stack.emulator!;
  channelId = String((inChannel('help').conversation as { id: string }).id);
  for (const name of ['contoso', 'fabrikam']) await bot.post(playgroundActivity('message-personal', { text: `tenant add ${idOf(name)} as ${name[0]!.toUpperCase()}${name.slice(1)}` }));
  await bot.post(playgroundActivity('message-personal', { text: `tenant allow Contoso ${CONTOSO_USER}` }));
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => {
  bot.connector.posted.length = 0;
});

describe('alerts for one customer or every customer, from the managing tenant', () => {
  test('@all sets the rule in each customer with that customer’s figure; each customer that crosses gets one card naming it, the others none', async () => {
    const before = { contoso: await unassigned('contoso'), fabrikam: await unassigned('fabrikam') };
    const threshold = Math.max(before.contoso, before.fabrikam);
    await bot.post(inChannel(`alert unassigned > ${threshold} ${SKU} @all`));
    const refreshDate = emulator.scenario().copilotRefreshDate;
    // Licence counts are live: they are dated the day they are read.
    const readOn = new Date(bot.clock.now()).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(channelCards().at(-1)).toEqual([
      'Alert set for every customer',
      `Alert 1 for every customer: Unassigned ${SKU} seats > ${en(threshold)}. Each customer's alert posts in this channel, naming the customer, when its figure crosses the threshold, and once when it goes back.`,
      `Contoso: alert 1 set · now ${en(before.contoso)} (data of ${readOn})`,
      `Fabrikam: alert 1 set · now ${en(before.fabrikam)} (data of ${readOn})`,
      'Customers added later get this alert too, when they are added.',
      '[Alerts of every customer]',
    ]);
    // Each rule lives in its customer's part of the store; the managing tenant has none.
    const ruleTenants = (await storeKeys()).filter((key) => key.startsWith('alert-rule/')).map(tenantOfKey).sort();
    expect(ruleTenants).toEqual([idOf('contoso'), idOf('fabrikam'), `overview-${MANAGING}`].sort());

    // Contoso buys seats past the threshold from the next data day; Fabrikam's figures stay.
    const extra = threshold - before.contoso + 5;
    await emulator.shiftFigures({ tenant: 'contoso', idleSeats: extra, from: addDays(refreshDate, 1) });
    bot.clock.advance(86_400_000);
    await bot.app.digest.runner.runDue();
    await bot.app.digest.runner.runDue();
    const after = await unassigned('contoso');
    expect(after).toBe(before.contoso + extra);
    expect(await unassigned('fabrikam')).toBe(before.fabrikam);
    const alerts = channelCards().filter((card) => card[0]!.includes('🔔'));
    expect(alerts.map((card) => card[0])).toEqual([`Demo data · Contoso · 🔔 Alert 1 · Unassigned ${SKU} seats above ${en(threshold)}`]);
    expect(alerts[0]!.join('\n')).toContain(`${en(after)}, ${en(after - threshold)} above the threshold`);
    expect(alerts[0]!.join('\n')).not.toMatch(/Fabrikam/);
    // Its buttons answer about Contoso.
    const card = channelAttachments().find((attachment) => visibleTexts(cardOf(attachment))[0]!.includes('🔔'))!;
    expect(new Set(submitActions(cardOf(card)).map((button) => button.data.tenant))).toEqual(new Set([idOf('contoso')]));

    await bot.post(inChannel('alerts @all'));
    expect(channelCards().at(-1)![1]).toContain(`Set here for every customer, customers added later included: 1 (Unassigned ${SKU} seats > ${en(threshold)}).`);
    expect(channelCards().at(-1)!.slice(2, 4)).toEqual(['Contoso: 1 alert, 1 firing', 'Fabrikam: 1 alert, 0 firing']);
    await bot.post(inChannel('alerts @fabrikam'));
    expect(channelCards().at(-1)![0]).toBe('Fabrikam · Alerts in this channel');
  });

  test('a customer added later gets every rule set for all customers; removing it with @all removes it from each', async () => {
    await bot.post(playgroundActivity('message-personal', { text: `tenant add ${idOf('tailspin')} as Tailspin` }));
    await bot.post(inChannel('alerts @tailspin'));
    const tailspin = channelCards().at(-1)!;
    expect(tailspin[0]).toBe('Tailspin · Alerts in this channel');
    expect(tailspin.join('\n')).toContain(`Alert 1 · Unassigned ${SKU} seats > `);
    const rules = async () => (await storeKeys()).filter((key) => key.startsWith('alert-rule/')).map(tenantOfKey).sort();
    expect(await rules()).toEqual([idOf('contoso'), idOf('fabrikam'), idOf('tailspin'), `overview-${MANAGING}`].sort());

    await bot.post(inChannel('alert remove 1 @all'));
    const removed = channelCards().at(-1)!;
    expect(removed[0]).toBe('Alert removed from every customer');
    expect(removed.slice(2, 5)).toEqual(['Contoso: alert 1 removed', 'Fabrikam: alert 1 removed', 'Tailspin: alert 1 removed']);
    expect(await rules()).toEqual([]);
    await bot.post(inChannel('alert remove 1 @all'));
    expect(channelCards().at(-1)![0]).toBe('No such alert for every customer');
    await bot.post(playgroundActivity('message-personal', { text: 'tenant remove Tailspin' }));
  });

  test('an inactive-users rule set for every customer keeps its period in each customer, in one added later, and in its removal', async () => {
    // Each customer's figure is the list its own `inactive users D90` answer counts.
    const listed = async (name: string) => {
      await bot.post(inChannel(`inactive users D90 @${name}`));
      const message = bot.answered.at(-1)!.reply.messages.find((candidate) => candidate.view === 'workload');
      if (message?.view !== 'workload' || message.model.figures.kind !== 'inactive-users') throw new Error(`inactive users D90 @${name} was not answered`);
      return { users: message.model.figures.list!.users, refreshDate: message.model.freshness.refreshDate! };
    };
    const contoso = await listed('contoso');
    const fabrikam = await listed('fabrikam');
    expect(contoso.users).not.toBe(fabrikam.users);
    await bot.post(inChannel('alert inactive-users > 100000 D90 @all'));
    const rule = 'Users with a paid licence and no activity · last 90 days > 100,000';
    const dataOf = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(channelCards().at(-1)!.slice(1, 4)).toEqual([
      `Alert 1 for every customer: ${rule}. Each customer's alert posts in this channel, naming the customer, when its figure crosses the threshold, and once when it goes back.`,
      `Contoso: alert 1 set · now ${en(contoso.users)} (data of ${dataOf(contoso.refreshDate)})`,
      `Fabrikam: alert 1 set · now ${en(fabrikam.users)} (data of ${dataOf(fabrikam.refreshDate)})`,
    ]);
    await bot.post(playgroundActivity('message-personal', { text: `tenant add ${idOf('tailspin')} as Tailspin` }));
    await bot.post(inChannel('alerts @tailspin'));
    expect(channelCards().at(-1)).toContain(`Alert 1 · ${rule}`);
    await bot.post(inChannel('alert remove 1 @all'));
    expect(channelCards().at(-1)!.slice(1, 5)).toEqual([
      `Alert 1 for every customer (${rule}) is removed here, with each customer's alert set by it; customers added later no longer get it.`,
      'Contoso: alert 1 removed',
      'Fabrikam: alert 1 removed',
      'Tailspin: alert 1 removed',
    ]);
    await bot.post(playgroundActivity('message-personal', { text: 'tenant remove Tailspin' }));
  });

  test('a rule for one customer (@name, or the conversation’s use) lives in that customer’s part of the store and its card names it', async () => {
    await bot.post(inChannel('use Fabrikam'));
    await bot.post(inChannel('alert idle-seats > 100000'));
    expect(channelCards().at(-1)![0]).toBe('Fabrikam · Alerts in this channel');
    await bot.post(inChannel('use Home'));
    await bot.post(inChannel('alerts'));
    expect(channelCards().at(-1)![0]).toBe('Home · Alerts in this channel');
    const keys = (await storeKeys()).filter((key) => key.startsWith('alert-rule/'));
    expect(keys.filter((key) => tenantOfKey(key) === idOf('fabrikam'))).toHaveLength(1);
    expect(keys.filter((key) => tenantOfKey(key) === MANAGING)).toEqual([]);
  });

  test("a customer's own chat sets rules on its own tenant only: another tenant or @all is refused, and nothing is stored", async () => {
    const chat = (text: string) =>
      playgroundActivity('message-personal', { text, conversation: { tenantId: idOf('contoso'), id: 'a:contoso-alerts' }, channelData: { tenant: { id: idOf('contoso') } }, from: { aadObjectId: CONTOSO_USER } });
    const before = (await storeKeys()).filter((key) => key.startsWith('alert-rule/'));
    for (const text of ['alert idle-seats > 5 @Fabrikam', 'alert idle-seats > 5 @all', 'alerts @all']) {
      await bot.post(chat(text));
      expect(visibleTexts(cardOf(bot.cardsIn('a:contoso-alerts').at(-1)!))).toContain('Error code: TENANT_NOT_HERE');
    }
    expect(visibleTexts(cardOf(bot.cardsIn('a:contoso-alerts').at(-1)!))).toContain(
      "This chat is in Contoso's Teams and answers for Contoso only; @all, every customer tenant at once, is for the admins of the tenant that runs the bot. Ask without @all.",
    );
    expect((await storeKeys()).filter((key) => key.startsWith('alert-rule/'))).toEqual(before);
  });

  test('@all works with alert and digest commands only, and no tenant can be named all', async () => {
    await bot.post(inChannel('copilot summary D30 @all'));
    expect(channelCards().at(-1)).toContain('Error code: TENANT_ALL');
    await bot.post(playgroundActivity('message-personal', { text: 'tenant add 3f3f3f3f-0000-4000-8000-000000000003 as All' }));
    expect(visibleTexts(cardOf(bot.cardsIn('35ab4250-4f23-4f9f-b66f-2052a98e3fc3').at(-1)!)).join('\n')).toContain('"All" cannot name a tenant: @all names every customer tenant at once. Choose another name.');
  });
});

describe('digests for one customer or every customer', () => {
  test('digest subscribe @all posts the overview of every customer, once per channel and week; @contoso posts Contoso’s digest beside it', async () => {
    await bot.post(inChannel('digest subscribe monday 09:00 UTC @all'));
    const status = channelCards().at(-1)!;
    expect(status[0]).toBe('All customers · Weekly digest');
    // Its buttons keep @all: "Run now" runs the overview digest, not the managing tenant's.
    const statusCard = cardOf(channelAttachments().at(-1)!);
    expect(new Set(submitActions(statusCard).map((button) => button.data.tenant))).toEqual(new Set(['all']));
    await bot.post(inChannel('digest subscribe monday 09:00 UTC @contoso'));
    expect(channelCards().at(-1)![0]).toBe('Contoso · Weekly digest');
    const keys = (await storeKeys()).filter((key) => key.startsWith('subscription/'));
    expect(keys.map(tenantOfKey).sort()).toEqual([idOf('contoso'), `overview-${MANAGING}`].sort());

    bot.connector.posted.length = 0;
    // Monday 09:00 UTC comes; two ticks (as two instances would) post each digest once.
    const now = new Date(bot.clock.now());
    const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ((8 - now.getUTCDay()) % 7 || 7), 9, 1);
    bot.clock.advance(monday - bot.clock.now());
    await bot.app.digest.runner.runDue();
    await bot.app.digest.runner.runDue();
    const posted = channelCards().filter((card) => /Weekly Microsoft 365 digest|Customer overview/.test(card[0]!));
    expect(posted.map((card) => card[0]).sort()).toEqual(['Demo data · Contoso · Weekly Microsoft 365 digest', 'Demo data · Customer overview'].sort());
    const overview = posted.find((card) => card[0] === 'Demo data · Customer overview')!;
    expect(overview.filter((line) => /^(Contoso|Fabrikam): /.test(line)).map((line) => line.split(':')[0]).sort()).toEqual(['Contoso', 'Fabrikam']);
    const contosoDigest = posted.find((card) => card[0]!.includes('Contoso'))!;
    expect(contosoDigest.join('\n')).not.toMatch(/Fabrikam/);
  });

  test('digest preview @all shows the overview; digest unsubscribe @all ends it and leaves Contoso’s digest', async () => {
    await bot.post(inChannel('digest preview @all'));
    expect(channelCards().at(-1)![0]).toBe('Demo data · Customer overview');
    await bot.post(inChannel('digest unsubscribe @all'));
    expect(channelCards().at(-1)![0]).toBe('All customers · Weekly digest');
    const keys = (await storeKeys()).filter((key) => key.startsWith('subscription/'));
    expect(keys.map(tenantOfKey)).toEqual([idOf('contoso')]);
  });

  test("removing the app from the managing tenant's team forgets what it kept there for every customer and for each", async () => {
    await bot.post(inChannel('digest subscribe @all'));
    await bot.post(inChannel('alert idle-seats > 100000 @all'));
    const inTeam = async () => (await storeKeys()).filter((key) => /^(subscription|alert-rule|alert-conversation)\//.test(key));
    expect((await inTeam()).map(tenantOfKey)).toContain(`overview-${MANAGING}`);
    await bot.post(playgroundActivity('installationUpdate-channel', { action: 'remove' }));
    // Contoso's own channel elsewhere is not this team's: only what this team had goes.
    expect((await inTeam()).filter((key) => tenantOfKey(key) === `overview-${MANAGING}` || key.includes('alert-rule/'))).toEqual([]);
  });
});

describe('the card of an alert for every customer', () => {
  test('with hundreds of customers it lists the first ones and counts the rest, within what Teams takes', () => {
    const rows = Array.from({ length: 250 }, (_, index) => ({ tenant: `Customer-${index}`, outcome: 'exists' as const, number: 1 }));
    const attachment = renderReplyMessage({ view: 'alert-tenants', model: { event: 'set', conversation: 'channel', number: 3, rule: { kind: 'idle-seats', threshold: { amount: 100, unit: 'count' } }, rows, actions: [] } }, { locale: 'en-US' });
    expect(serializedBytes(attachment.content)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
    const texts = visibleTexts(cardOf(attachment));
    expect(texts.filter((line) => line.endsWith(': already watched by alert 1'))).toHaveLength(60);
    expect(texts).toContain('And 190 more customers: "alerts @name" shows one customer\'s alerts here. Customers added later get this alert too, when they are added.');
  });
});

