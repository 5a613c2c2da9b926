/**
 * Three real bot processes on one blob state store (Azurite), one Graph emulator serving three customer
 * tenants beside its own, and one fake Bot Connector: questions from every tenant spread over the three
 * instances make one Graph request per report, parameters and tenant; each customer's digest and alert,
 * and the managing tenant's digests about a customer and about all of them, are posted once per channel.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { startRecordingConnector, type RecordingConnector } from '../support/bot-harness.js';
import { deliverActivity, startBotProcess, waitFor, type BotProcess } from '../support/bot-processes.js';
import { playgroundActivity } from '../support/playground-activities.js';

const MONDAY_8 = Date.parse('2026-11-23T08:00:00Z');
const MANAGING = '00000000-0000-0000-0000-0000000000001';
const ADMIN = '00000000-0000-0000-0000-0000000000020';
const CUSTOMERS = ['contoso', 'fabrikam', 'tailspin'] as const;
type Customer = (typeof CUSTOMERS)[number];
const COMMANDS = ['copilot summary D30', 'copilot inactive D30', 'activations', 'copilot licenses'];
const CHATS_PER_TENANT = 8;
const userOf = (customer: Customer) => `7d1e0c2a-0000-4a4a-8b8b-${String(CUSTOMERS.indexOf(customer) + 1).padStart(12, '0')}`;
const MANAGING_CHANNEL = '19:msp-engineers@thread.tacv2';

let azurite: Azurite;
let emulator: GraphEmulator;
let connector: RecordingConnector;
const bots: BotProcess[] = [];
const idOf = (name: string) => emulator.tenants.find((tenant) => tenant.name === name)!.id;

beforeAll(async () => {
  [azurite, emulator, connector] = await Promise.all([
    startAzurite(),
    startGraphEmulator({ users: 400, tenants: CUSTOMERS.map((name, index) => ({ name, users: 200 + 150 * index, permissions: ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] })) }),
    startRecordingConnector(),
  ]);
  const env = { ...azurite.stateEnv('tenants'), GRAPH_BASE_URL: emulator.url, ALLOWED_USER_IDS: ADMIN, COPILOT_LICENSE_PRICE: '30 USD', ALERT_CHECK_MINUTES: '1' };
  bots.push(...(await Promise.all([0, 1, 2].map(() => startBotProcess(env, MONDAY_8)))));
}, 120_000);

afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.stop()));
  await Promise.all([azurite?.close(), emulator?.close(), connector?.close()]);
});

/** The managing admin's message in its personal chat, to `bot`. */
function asAdmin(bot: BotProcess, text: string): Promise<void> {
  return deliverActivity(bot, playgroundActivity('message-personal', { text, serviceUrl: connector.url }));
}

/** A message in the managing tenant's engineers' channel, to `bot`. */
function inManagingChannel(bot: BotProcess, text: string): Promise<void> {
  return deliverActivity(
    bot,
    playgroundActivity('message-channel-mention', {
      text: `<at>Test Bot</at> ${text}`,
      serviceUrl: connector.url,
      conversation: { id: MANAGING_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: MANAGING },
      channelData: { tenant: { id: MANAGING }, team: { id: MANAGING_CHANNEL } },
    }),
  );
}

/** A message from `customer`'s allowed user in its own Teams: chat `chat`, or its channel. */
function inCustomer(bot: BotProcess, customer: Customer, text: string, chat?: number): Promise<void> {
  const tenantId = idOf(customer);
  const channel = chat === undefined;
  const id = channel ? channelOf(customer) : `a:${customer}-chat-${chat}`;
  return deliverActivity(
    bot,
    playgroundActivity(channel ? 'message-channel-mention' : 'message-personal', {
      text: channel ? `<at>Test Bot</at> ${text}` : text,
      serviceUrl: connector.url,
      conversation: { id, tenantId, ...(channel ? { conversationType: 'channel', isGroup: true } : { conversationType: 'personal' }) },
      channelData: { tenant: { id: tenantId }, ...(channel ? { team: { id } } : {}) },
      from: { id: `29:${customer}-user`, aadObjectId: userOf(customer), name: `${customer} admin` },
    }),
  );
}

const channelOf = (customer: Customer) => `19:${customer}-general@thread.tacv2`;

/** The visible text of every card posted (or updated) in `conversationId`. */
function cardsIn(conversationId: string): string[] {
  return connector.posted.filter((posted) => posted.conversationId === conversationId).flatMap((posted) => (posted.activity.attachments ?? []).map((attachment) => JSON.stringify(attachment.content)));
}

describe('three instances serving three customer tenants', () => {
  test('questions from every tenant over three instances: one Graph request per report, parameters and tenant, each answered with its tenant', async () => {
    for (const customer of CUSTOMERS) {
      await asAdmin(bots[0]!, `tenant add ${idOf(customer)} as ${customer}`);
      await asAdmin(bots[0]!, `tenant allow ${customer} ${userOf(customer)}`);
    }
    // The other instances read the tenant list again once its few seconds have passed.
    for (const bot of bots) bot.setTime(MONDAY_8 + 60_000);
    const since = emulator.requests.length;
    const asked: Promise<void>[] = [];
    for (const customer of CUSTOMERS) {
      for (let chat = 0; chat < CHATS_PER_TENANT; chat++) asked.push(inCustomer(bots[(chat + CUSTOMERS.indexOf(customer)) % 3]!, customer, COMMANDS[chat % COMMANDS.length]!, chat));
    }
    await Promise.all(asked);
    const chats = CUSTOMERS.flatMap((customer) => Array.from({ length: CHATS_PER_TENANT }, (_, chat) => ({ customer, id: `a:${customer}-chat-${chat}` })));
    await waitFor('every chat answered', () => chats.every(({ id }) => cardsIn(id).length > 0 && cardsIn(id).every((card) => !card.includes('⏳ Fetching'))), 90_000);
    for (const { customer, id } of chats) {
      const text = cardsIn(id).join('\n');
      expect(text, id).not.toContain('Something went wrong');
      expect(text, id).toContain(`· ${customer} ·`);
      for (const other of CUSTOMERS.filter((name) => name !== customer)) expect(text, id).not.toContain(`${other}.onmicrosoft.com`);
    }
    // One request per report function, parameters and tenant across the three instances (licence counts are live, not a report).
    const calls = new Map<string, number>();
    for (const request of emulator.requests.slice(since)) {
      if (request.kind !== 'api' || request.functionName === 'subscribedSkus') continue;
      const key = `${request.tenant ?? 'own'} ${request.path.replace(/[?&]\$skiptoken=[^&]*/, '')}`;
      calls.set(key, (calls.get(key) ?? 0) + 1);
    }
    expect([...calls.values()].every((count) => count === 1), JSON.stringify([...calls])).toBe(true);
    expect(new Set([...calls.keys()].map((key) => key.split(' ')[0]))).toEqual(new Set(CUSTOMERS));
  }, 240_000);

  test("each customer's digest and alert, and the managing channel's digest of Contoso and of every customer, are posted once per channel", async () => {
    for (const [index, customer] of CUSTOMERS.entries()) {
      await inCustomer(bots[index]!, customer, 'digest subscribe monday 09:00 UTC');
      await inCustomer(bots[(index + 1) % 3]!, customer, 'alert unassigned > 0 Microsoft_365_Copilot');
    }
    await inManagingChannel(bots[0]!, 'digest subscribe monday 09:00 UTC @contoso');
    await inManagingChannel(bots[1]!, 'digest subscribe monday 09:00 UTC @all');
    connector.posted.length = 0;
    for (const bot of bots) bot.setTime(Date.parse('2026-11-23T09:01:00Z'));
    // Every instance runs what is due, twice over, at the same time.
    await Promise.all(bots.map((bot) => bot.tick()));
    await Promise.all(bots.map((bot) => bot.tick()));
    const digestsIn = (id: string) => cardsIn(id).filter((card) => card.includes('Weekly Microsoft 365 digest'));
    const alertsIn = (id: string) => cardsIn(id).filter((card) => card.includes('🔔'));
    await waitFor('every digest and alert posted', () => CUSTOMERS.every((customer) => digestsIn(channelOf(customer)).length > 0 && alertsIn(channelOf(customer)).length > 0) && cardsIn(MANAGING_CHANNEL).length >= 2, 90_000);
    for (const customer of CUSTOMERS) {
      expect(digestsIn(channelOf(customer)), customer).toHaveLength(1);
      expect(digestsIn(channelOf(customer))[0], customer).toContain(`${customer} · Weekly Microsoft 365 digest`);
      expect(alertsIn(channelOf(customer)), customer).toHaveLength(1);
      expect(alertsIn(channelOf(customer))[0], customer).toContain(`${customer} · 🔔 Alert 1`);
    }
    const managing = cardsIn(MANAGING_CHANNEL);
    expect(managing.filter((card) => card.includes('Weekly Microsoft 365 digest')).map((card) => /· (\w+) · Weekly/.exec(card)?.[1])).toEqual(['contoso']);
    expect(managing.filter((card) => card.includes('Customer overview'))).toHaveLength(1);
  }, 240_000);
});
