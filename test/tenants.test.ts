import type { Attachment } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { GraphEmulator } from '../src/emulator/graph-emulator.js';
import { FileStateStore, stateStoreFolder } from '../src/store/file-state-store.js';
import { tenantOfKey } from '../src/store/tenant-scope.js';
import { startBotHarness, type BotHarness } from './support/bot-harness.js';
import { fetchCsv, readCsv, tokenFor } from './support/emulator-http.js';
import { consentCards } from './support/file-consent-activities.js';
import { rawCopilotSku } from './support/raw-tenant.js';
import { playgroundActivity } from './support/playground-activities.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

/** The Playground's tenant and admin: the deployment's own (managing) tenant here. */
const MANAGING = '00000000-0000-0000-0000-0000000000001';
const MANAGING_CHAT = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const CONTOSO_USER = '7d1e0c2a-1111-4a4a-8b8b-00000000c001';
const FABRIKAM_USER = '7d1e0c2a-2222-4a4a-8b8b-00000000f001';
const TENANTS = 'contoso:300,fabrikam:900,tailspin:200:Reports.Read.All,northwind:100:none';

let bot: BotHarness;
let emulator: GraphEmulator;
const idOf = (name: string) => emulator.tenants.find((tenant) => tenant.name === name)!.id;

/** A message in the managing tenant's personal chat from its admin. */
function managing(text: string, extra: Record<string, unknown> = {}) {
  return playgroundActivity('message-personal', { text, ...extra });
}

/** A message in a customer tenant's own Teams (by its emulated name, or a tenant id): its own chat, tenant and user. */
function inCustomer(tenant: string, text: string, user: string, chat = `a:${tenant}-chat`) {
  const tenantId = tenant.includes('-') ? tenant : idOf(tenant);
  return playgroundActivity('message-personal', { text, conversation: { tenantId, id: chat }, channelData: { tenant: { id: tenantId } }, from: { aadObjectId: user } });
}

/** The texts of the last card posted to `conversationId`. */
function lastCard(conversationId: string): string[] {
  return visibleTexts(cardOf(lastAttachment(conversationId)));
}

function lastAttachment(conversationId: string): Attachment {
  const attachment = bot.cardsIn(conversationId).at(-1);
  if (!attachment) throw new Error(`nothing was posted to ${conversationId}`);
  return attachment;
}

/** The Copilot summary's enabled and active users as the tenant's raw CSV counts them, read with that tenant's own token. */
async function rawSummary(tenant: string | undefined, period = 'D30'): Promise<{ enabled: number; active: number }> {
  const request = emulator.requests.find(
    (recorded) => recorded.kind === 'api' && recorded.functionName === 'getMicrosoft365CopilotUserCountSummary' && recorded.tenant === tenant && recorded.path.includes(`'${period}'`),
  );
  const token = tenant === undefined ? 'own-tenant' : await tokenFor(emulator, idOf(tenant));
  const [row] = readCsv(await fetchCsv(emulator, request!.path, { token })).rows;
  return { enabled: Number(row!['Any App Enabled Users']), active: Number(row!['Any App Active Users']) };
}

/** The counts the last Copilot summary answer stated. */
function answeredSummary(): { enabled: number; active: number } {
  const answer = bot.answered.at(-1)!.reply.messages[0]!;
  if (answer.view !== 'copilot-summary') throw new Error(`expected a Copilot summary, got ${answer.view}`);
  const [counts] = answer.model.periods;
  return { enabled: counts!.enabled, active: counts!.active };
}

beforeAll(async () => {
  bot = await startBotHarness({ env: { EMULATOR_TENANTS: TENANTS } });
  emulator = bot.app.stack.emulator!;
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => {
  bot.connector.posted.length = 0;
  bot.answered.length = 0;
});

describe('the tenant registry, kept by the managing tenant’s admins in chat', () => {
  test('a new deployment serves its own tenant only, and says how to add one', async () => {
    await bot.post(managing('tenants'));
    expect(lastCard(MANAGING_CHAT)).toEqual(['Tenants', 'The bot serves Home only. Add a customer tenant with: tenant add <tenant id> as <name>.']);
  });

  test('each tenant added is checked against Graph at once with its own token: consent, and each permission', async () => {
    await bot.post(managing(`tenant add ${idOf('contoso')} as Contoso`));
    const added = lastCard(MANAGING_CHAT);
    expect(added[0]).toBe('Tenant added');
    expect(added).toContainEqual(expect.stringMatching(new RegExp(`^Contoso: ${idOf('contoso')} · all permissions granted \\(checked Nov 22, 2026\\) · 0 users allowed in its Teams$`)));

    await bot.post(managing(`tenant add ${idOf('tailspin')} as Tailspin`));
    const consentUrl = `${emulator.url}/${idOf('tailspin')}/adminconsent?client_id=m365-usage-bot-development`;
    expect(lastCard(MANAGING_CHAT)).toEqual([
      'Tenant added',
      'Tailspin is added. Ask about it with @Tailspin after a command, or "use Tailspin" here.',
      `Tailspin: ${idOf('tailspin')} · missing LicenseAssignment.Read.All, User.Read.All (checked Nov 22, 2026) · 0 users allowed in its Teams`,
      'Tailspin: a Global Administrator of that tenant opens its consent page and accepts (LicenseAssignment.Read.All, User.Read.All); then "tenant check Tailspin".',
      '[Consent: Tailspin]',
      '[Tenants]',
    ]);
    expect(cardOf(lastAttachment(MANAGING_CHAT))).toMatchObject({ actions: expect.arrayContaining([{ type: 'Action.OpenUrl', title: 'Consent: Tailspin', url: consentUrl }]) });

    await bot.post(managing(`tenant add ${idOf('northwind')} as Northwind`));
    expect(lastCard(MANAGING_CHAT)).toContainEqual(`Northwind: ${idOf('northwind')} · no admin consent (checked Nov 22, 2026) · 0 users allowed in its Teams`);
    // The admin of Northwind opens the page the card links to; the next check finds every permission.
    const consentPage = String((cardOf(lastAttachment(MANAGING_CHAT)).actions as { url?: string }[])[0]?.url);
    expect((await fetch(consentPage)).status).toBe(200);
    await bot.post(managing('tenant check northwind'));
    expect(lastCard(MANAGING_CHAT)).toContainEqual(`Northwind: ${idOf('northwind')} · all permissions granted (checked Nov 22, 2026) · 0 users allowed in its Teams`);

    // Each tenant's token was asked for in that tenant, and each check read with it.
    const tokenRequests = emulator.requests.filter((request) => request.kind === 'token').map((request) => `${request.tenant} ${request.status}`);
    expect(tokenRequests).toEqual(['contoso 200', 'tailspin 200', 'northwind 400', 'northwind 200']);
    const checks = emulator.requests.filter((request) => request.kind === 'api').map((request) => `${request.tenant}: ${request.functionName} ${request.status}`);
    expect(checks).toEqual([
      'contoso: getOffice365ActivationsUserCounts 302',
      'contoso: subscribedSkus 200',
      'contoso: users 200',
      'tailspin: getOffice365ActivationsUserCounts 302',
      'tailspin: subscribedSkus 403',
      'tailspin: users 403',
      'northwind: getOffice365ActivationsUserCounts 302',
      'northwind: subscribedSkus 200',
      'northwind: users 200',
    ]);
  });

  test.each([
    ['tenant add 1234 as Litware', 'TENANT_COMMAND', '"1234" is not a tenant id: a tenant id is a GUID like 0a0a0a0a-0000-4000-8000-000000000001 (Entra ID › Overview › Tenant ID).'],
    ['tenant add CONTOSO-ID as Litware', 'TENANT_EXISTS', 'Tenant CONTOSO-ID is already added, as Contoso.'],
    ['tenant add FABRIKAM-ID as contoso', 'NAME_TAKEN', 'The name contoso is taken; choose another.'],
    [`tenant add ${MANAGING} as Self`, 'TENANT_COMMAND', '"00000000-0000-0000-0000-0000000000001" is not a tenant id'],
    ['tenant add FABRIKAM-ID as 9lives', 'TENANT_COMMAND', '"9lives" cannot name a tenant'],
    ['tenant remove Litware', 'NO_SUCH_TENANT', 'No tenant is named Litware. The tenants are Contoso, Tailspin, Northwind.'],
    ['tenant frobnicate', 'TENANT_COMMAND', 'The tenant commands are: tenants · tenant add <tenant id> as <name> · tenant check <name>'],
  ])('%s is refused, saying what is allowed', async (typed, code, message) => {
    const text = typed.replace('CONTOSO-ID', idOf('contoso')).replace('FABRIKAM-ID', idOf('fabrikam'));
    await bot.post(managing(text));
    const card = lastCard(MANAGING_CHAT);
    expect(card.join('\n')).toContain(message.replace('CONTOSO-ID', idOf('contoso')));
    expect(card).toContain(`Error code: ${code}`);
  });

  test('tenants lists them all with their ids, consent and allowed users', async () => {
    await bot.post(managing(`tenant allow Contoso ${CONTOSO_USER}`));
    expect(lastCard(MANAGING_CHAT)[1]).toBe("1 of Contoso's users may use the bot in Contoso's Teams.");
    await bot.post(managing('tenants'));
    const card = lastCard(MANAGING_CHAT);
    expect(card[1]).toBe('The bot serves Home and 3 customer tenants. Name one in a command (copilot summary @name) or choose one for this conversation (use name).');
    expect(card.filter((line) => / · /.test(line)).map((line) => line.split(':')[0])).toEqual(['Contoso', 'Tailspin', 'Northwind']);
    expect(card).toContainEqual(expect.stringMatching(/^Contoso: .* · 1 user allowed in its Teams$/));
  });
});

describe('isolation: every tenant answered with its own data, and nothing of one tenant served to another', () => {
  beforeAll(async () => {
    await bot.post(managing(`tenant add ${idOf('fabrikam')} as Fabrikam`));
    await bot.post(managing(`tenant allow Fabrikam ${FABRIKAM_USER}`));
  });

  test("the same command in two customer tenants' own chats: each answer counts its tenant's raw CSV, read with its token only", async () => {
    for (const [tenant, user, name] of [['contoso', CONTOSO_USER, 'Contoso'], ['fabrikam', FABRIKAM_USER, 'Fabrikam']] as const) {
      const before = emulator.requests.length;
      await bot.post(inCustomer(tenant, 'copilot summary D30', user));
      // Every Graph request made for this answer carried this tenant's token, and no other's.
      const asked = emulator.requests.slice(before).filter((request) => request.kind !== 'download');
      expect(asked.length).toBeGreaterThan(0);
      expect(new Set(asked.map((request) => request.tenant))).toEqual(new Set([tenant]));
      const expected = await rawSummary(tenant);
      expect(answeredSummary()).toEqual(expected);
      const card = lastCard(`a:${tenant}-chat`);
      expect(card[0]).toBe(`Demo data · ${name} · Copilot adoption · last 30 days`);
      expect(card.join('\n')).toContain(expected.enabled.toLocaleString('en-US'));
    }
    expect(await rawSummary('contoso')).not.toEqual(await rawSummary('fabrikam'));
  });

  test('the managing tenant names a customer per command (@name) or per conversation (use), and buttons keep the tenant', async () => {
    await bot.post(managing('copilot summary D30 @contoso'));
    expect(answeredSummary()).toEqual(await rawSummary('contoso'));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Demo data · Contoso · Copilot adoption · last 30 days');
    const contosoAnswer = lastAttachment(MANAGING_CHAT);

    await bot.post(managing('use Fabrikam'));
    expect(lastCard(MANAGING_CHAT)[1]).toBe('This conversation answers for Fabrikam when a command names no tenant. "use Home" goes back to the bot\'s own tenant.');
    await bot.post(managing('copilot summary D30'));
    expect(answeredSummary()).toEqual(await rawSummary('fabrikam'));
    const buttons = submitActions(cardOf(lastAttachment(MANAGING_CHAT)));
    expect(buttons.length).toBeGreaterThan(0);
    expect(new Set(buttons.map((button) => button.data.tenant))).toEqual(new Set([idOf('fabrikam')]));
    await bot.post(managing('use'));
    expect(lastCard(MANAGING_CHAT)[1]).toMatch(/^This conversation answers for Fabrikam /);

    // A button of a Contoso card answers about Contoso, whatever the conversation uses now.
    // The same question as the first: Contoso's answer again (the one kept from then), not Fabrikam's.
    await bot.post(managing('', { value: { command: 'copilot summary D30', tenant: idOf('contoso') } }));
    expect(lastAttachment(MANAGING_CHAT)).toEqual(contosoAnswer);
    await bot.post(managing('use home'));
    await bot.post(managing('copilot summary D30'));
    expect(answeredSummary()).toEqual(await rawSummary(undefined));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Demo data · Home · Copilot adoption · last 30 days');
  });

  test("a CSV file about a customer tenant says so in its name and keeps the tenant on its offer, so it is built for that tenant again", async () => {
    await bot.post(managing('csv activations @Contoso'));
    const [offer] = consentCards(bot.cardsIn(MANAGING_CHAT));
    expect(offer?.name).toMatch(/^demo-contoso-activations-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(offer?.content.acceptContext).toMatchObject({ command: 'csv activations', tenant: idOf('contoso') });
  });

  test("a customer tenant's chat cannot reach another tenant: @name, use, a button naming another tenant and the registry are refused", async () => {
    const chat = 'a:contoso-chat';
    await bot.post(inCustomer('contoso', 'copilot summary D30 @Fabrikam', CONTOSO_USER));
    expect(lastCard(chat)).toContain("This chat is in Contoso's Teams and answers for Contoso only, so it cannot show Fabrikam. Ask without @Fabrikam.");
    await bot.post(inCustomer('contoso', 'use fabrikam', CONTOSO_USER));
    expect(lastCard(chat)).toContain("This chat is in Contoso's Teams and answers for Contoso only, so it cannot show fabrikam. Ask without @fabrikam.");
    await bot.post(inCustomer('contoso', 'use home', CONTOSO_USER));
    expect(lastCard(chat)).toContain('Error code: TENANT_NOT_HERE');
    await bot.post({ ...inCustomer('contoso', '', CONTOSO_USER), value: { command: 'copilot summary D30', tenant: idOf('fabrikam') } });
    expect(lastCard(chat)).toContain('Error code: TENANT_NOT_HERE');
    await bot.post(inCustomer('contoso', 'tenants', CONTOSO_USER));
    expect(lastCard(chat)).toContain('Error code: TENANT_ADMINS_ONLY');
    await bot.post(inCustomer('contoso', 'use', CONTOSO_USER));
    expect(lastCard(chat)[1]).toMatch(/^This conversation answers for Contoso /);
    // None of these ran a command: nothing of Fabrikam was read for Contoso's chat.
    expect(bot.answered).toEqual([]);
  });

  test("tenant answers and refusals speak the asker's language, and tenant names stay as the admins typed them", async () => {
    await bot.post({ ...inCustomer('contoso', 'copilot summary D30 @Fabrikam', CONTOSO_USER), locale: 'it-IT' });
    expect(lastCard('a:contoso-chat')).toContain('Questa chat è nel Teams di Contoso e risponde solo per Contoso, quindi non può mostrare Fabrikam. Chiedi senza @Fabrikam.');
    await bot.post(managing('tenant add 1234 as Litware', { locale: 'de-DE' }));
    expect(lastCard(MANAGING_CHAT).slice(0, 2)).toEqual([
      'Mandant nicht verstanden',
      '„1234“ ist keine Mandanten-ID: Eine Mandanten-ID ist eine GUID wie 0a0a0a0a-0000-4000-8000-000000000001 (Entra ID › Übersicht › Mandanten-ID).',
    ]);
    await bot.post(managing('tenants', { locale: 'ru-RU' }));
    const card = lastCard(MANAGING_CHAT);
    const customers = card.filter((line) => /^\S+: [0-9a-f]{8}-/.test(line));
    // Russian plurals: 1 организацию, 2–4 организации, 5 and more организаций.
    const many = customers.length % 10 === 1 && customers.length % 100 !== 11 ? 'организацию-клиента' : [2, 3, 4].includes(customers.length % 10) && ![12, 13, 14].includes(customers.length % 100) ? 'организации-клиента' : 'организаций-клиентов';
    expect(card.slice(0, 2)).toEqual(['Организации', `Бот обслуживает Home и ${customers.length} ${many}. Назовите одну в команде (copilot summary @name) или выберите её для этой беседы (use name).`]);
    expect(customers.map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['Contoso', 'Tailspin']));
  });

  test('a tenant not registered, and a user a registered tenant has not allowed, are refused', async () => {
    await bot.post(inCustomer('3f3f3f3f-0000-4000-8000-000000000003', 'copilot summary', CONTOSO_USER, 'a:stranger'));
    await bot.post(inCustomer('contoso', 'copilot summary', FABRIKAM_USER, 'a:stranger'));
    expect(bot.cardsIn('a:stranger').map((card) => visibleTexts(cardOf(card))[1])).toEqual([
      'This bot serves only the Microsoft 365 organisation it was set up for, so it cannot answer here.',
      'This bot answers only the admins it was set up for, and you are not on that list yet.',
    ]);
    expect(bot.answered).toEqual([]);
  });

  test('every key in the store carries its tenant; a customer channel’s digest is kept under its tenant and posted with its figures', async () => {
    const contosoChannel = '19:contoso-general@thread.tacv2';
    const channel = contosoChannelMention(contosoChannel);
    await bot.post(channel('digest subscribe'));
    await bot.post(channel('digest run-now'));
    const digests = bot.cardsIn(contosoChannel).map(cardOf).filter((card) => visibleTexts(card)[0]!.includes('Weekly Microsoft 365 digest'));
    expect(digests.map((card) => visibleTexts(card)[0])).toEqual(['Demo data · Contoso · Weekly Microsoft 365 digest']);
    const [digest] = digests as [ReturnType<typeof cardOf>];
    const week = await rawSummary('contoso', 'D7');
    expect(visibleTexts(digest).join('\n')).toContain(week.enabled.toLocaleString('en-US'));
    expect(new Set(submitActions(digest).map((button) => button.data.tenant))).toEqual(new Set([idOf('contoso')]));
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> digest subscribe @Fabrikam' }));
    const keys = await storeKeys();
    const served = new Set([MANAGING, idOf('contoso'), idOf('fabrikam'), idOf('tailspin'), idOf('northwind')]);
    expect(keys.filter((key) => !served.has(tenantOfKey(key) ?? ''))).toEqual([`tenant-registry/${MANAGING}`]);
    expect(keys.filter((key) => key.startsWith('subscription/')).map(tenantOfKey).sort()).toEqual([idOf('contoso'), idOf('fabrikam')].sort());
  });
  test("a customer channel's alert is kept under its tenant, evaluated on that tenant's figures alone, and its card names the tenant", async () => {
    const contosoChannel = '19:contoso-alerts@thread.tacv2';
    const channel = contosoChannelMention(contosoChannel);
    const before = await rawCopilotSku(emulator.url, await tokenFor(emulator, idOf('contoso')));
    await bot.post(channel(`alert unassigned > ${before.unassigned} Microsoft_365_Copilot`));
    expect((await storeKeys()).filter((key) => key.startsWith('alert-rule/')).map(tenantOfKey)).toEqual([idOf('contoso')]);
    // Contoso buys 40 more seats from the next data day on; the managing tenant's own figures stay as they are.
    const home = await rawCopilotSku(emulator.url);
    await emulator.shiftFigures({ tenant: 'contoso', idleSeats: 40, from: addDays(emulator.scenario().copilotRefreshDate, 1) });
    bot.clock.advance(86_400_000);
    await bot.app.digest.runner.runDue();
    // Tokens last an hour: the day later takes a new one.
    const after = await rawCopilotSku(emulator.url, await tokenFor(emulator, idOf('contoso')));
    expect(after.unassigned).toBe(before.unassigned + 40);
    expect(await rawCopilotSku(emulator.url)).toEqual(home);
    const alerts = bot.cardsIn(contosoChannel).map((card) => visibleTexts(cardOf(card))).filter((card) => card[0]!.includes('Alert 1'));
    expect(alerts.map((card) => card[0])).toEqual([`Demo data · Contoso · 🔔 Alert 1 · Unassigned Microsoft_365_Copilot seats above ${before.unassigned.toLocaleString('en-US')}`]);
    expect(alerts[0]!.join('\n')).toContain(`${after.unassigned.toLocaleString('en-US')}, 40 above the threshold`);
    expect(new Set(submitActions(cardOf(lastAttachment(contosoChannel))).map((button) => button.data.tenant))).toEqual(new Set([idOf('contoso')]));
  });
});

describe('removing a tenant removes its data', () => {
  test('its records go from the store, its chats are refused, and conversations that used it answer for the managing tenant again', async () => {
    await bot.post(managing('use Contoso'));
    await bot.post(managing('tenant remove contoso'));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Tenant removed');
    expect((await storeKeys()).filter((key) => tenantOfKey(key) === idOf('contoso'))).toEqual([]);
    expect((await storeKeys()).filter((key) => key.startsWith('tenant-choice/'))).toEqual([]);
    bot.answered.length = 0;
    await bot.post(inCustomer('contoso', 'copilot summary', CONTOSO_USER, 'a:after-removal'));
    expect(visibleTexts(cardOf(bot.cardsIn('a:after-removal')[0]!))[1]).toBe('This bot serves only the Microsoft 365 organisation it was set up for, so it cannot answer here.');
    await bot.post(managing('copilot summary D30'));
    expect(lastCard(MANAGING_CHAT)[0]).toBe('Demo data · Home · Copilot adoption · last 30 days');
    await bot.post(managing('', { value: { command: 'copilot summary D30', tenant: idOf('contoso') } }));
    expect(lastCard(MANAGING_CHAT)).toContain('The tenant this card was about has been removed, so the bot no longer answers for it.');
  });
});

/** Every key of the bot's file store, as stored. */
async function storeKeys(): Promise<string[]> {
  return (await FileStateStore.open(stateStoreFolder(bot.dataDir))).list('');
}

describe('a damaged tenant list', () => {
  test('customer tenants are refused and the managing tenant told so; its own answers go on', async () => {
    const damaged = await startBotHarness({ env: { EMULATOR_TENANTS: TENANTS } });
    try {
      const contosoId = damaged.app.stack.emulator!.tenants[0]!.id;
      await (await FileStateStore.open(stateStoreFolder(damaged.dataDir))).put(`tenant-registry/${MANAGING}`, { version: 1, tenants: [{ id: contosoId }] });
      damaged.clock.advance(10_000);
      for (const text of ['tenants', 'copilot summary D30 @Contoso', 'copilot summary D30']) await damaged.post(managing(text));
      const cards = damaged.cardsIn(MANAGING_CHAT).map((card) => visibleTexts(cardOf(card)));
      expect(cards.map((card) => card[0])).toEqual(['The list of tenants cannot be read', 'The list of tenants cannot be read', 'Demo data · Copilot adoption · last 30 days']);
      expect(cards[0]).toContain(`The bot's stored list of customer tenants is damaged, so it answers about no customer tenant until it is repaired. Tell whoever runs the bot: the record is tenant-registry/${MANAGING} in its state store.`);
      const contoso = playgroundActivity('message-personal', { text: 'copilot summary', conversation: { tenantId: contosoId, id: 'a:contoso' }, channelData: { tenant: { id: contosoId } }, from: { aadObjectId: CONTOSO_USER } });
      await damaged.post(contoso);
      expect(visibleTexts(cardOf(damaged.cardsIn('a:contoso')[0]!))[1]).toBe('This bot serves only the Microsoft 365 organisation it was set up for, so it cannot answer here.');
    } finally {
      await damaged.close();
    }
  });
});

/** A mention of the bot in `channelId`, a channel of Contoso's own Teams, by a Contoso admin. */
function contosoChannelMention(channelId: string): (text: string) => ReturnType<typeof playgroundActivity> {
  return (text) =>
    playgroundActivity('message-channel-mention', {
      text: `<at>Test Bot</at> ${text}`,
      conversation: { tenantId: idOf('contoso'), id: channelId },
      channelData: { tenant: { id: idOf('contoso') }, team: { id: channelId } },
      from: { aadObjectId: CONTOSO_USER },
    });
}
