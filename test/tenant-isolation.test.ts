/**
 * The isolation property: random conversations in random tenants sending random commands (with @name,
 * @all, use, csv, digest preview, alerts and the overview) never get an answer, card, file, digest or
 * alert carrying another tenant's users (each emulated tenant's users live in a domain of its own) or,
 * in a customer's own Teams, another tenant's name; a customer's conversation never reaches another
 * tenant; and each Copilot summary counts exactly its tenant's raw CSV.
 */
import type { Attachment } from 'botbuilder';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GraphEmulator } from '../src/emulator/graph-emulator.js';
import { FileStateStore, stateStoreFolder } from '../src/store/file-state-store.js';
import { tenantOfKey } from '../src/store/tenant-scope.js';
import { startBotHarness, type BotHarness } from './support/bot-harness.js';
import { tokenFor } from './support/emulator-http.js';
import { playgroundActivity } from './support/playground-activities.js';

const MANAGING = '00000000-0000-0000-0000-0000000000001';
const CUSTOMERS = ['Xenon', 'Krypton'] as const;
/** Served by the emulator but never added: naming it is refused everywhere. */
const STRANGER = 'Argon';
const USERS: Readonly<Record<string, string>> = { Xenon: '7d1e0c2a-1111-4a4a-8b8b-00000000a001', Krypton: '7d1e0c2a-2222-4a4a-8b8b-00000000b001' };
const OWN_DOMAIN = 'contoso.onmicrosoft.com';

type Where = { readonly tenant: 'Home' | (typeof CUSTOMERS)[number]; readonly kind: 'personal' | 'channel' };
/** Whose data an answer may carry: one tenant's, every customer's figures (the overview, @all), or none (a refusal). */
type Subject = { readonly kind: 'tenant'; readonly name: string } | { readonly kind: 'all' } | { readonly kind: 'refused' };

const COMMANDS = [
  'copilot summary D30',
  'copilot users D30',
  'copilot inactive D30',
  'csv copilot users D30',
  'copilot licenses',
  'licenses D30',
  'inactive users D30',
  'csv inactive users D30',
  'digest preview',
  'alert idle-seats > 5',
  'alert inactive-users > 5 D90',
  'alerts',
  'overview',
  'csv overview',
];
const NAMED = ['', '@xenon', '@krypton', '@argon', '@home', '@all'];
const USE = ['use xenon', 'use krypton', 'use home', 'use argon'];

let bot: BotHarness;
let emulator: GraphEmulator;
const idOf = (name: string) => emulator.tenants.find((tenant) => tenant.name === name.toLowerCase())!.id;
const domainOf = (name: string) => (name === 'Home' ? OWN_DOMAIN : `${name.toLowerCase()}.onmicrosoft.com`);

beforeAll(async () => {
  bot = await startBotHarness({ env: { EMULATOR_USERS: '150', EMULATOR_TENANTS: 'xenon:120,krypton:260,argon:90', COPILOT_LICENSE_PRICE: '30 USD' } });
  emulator = bot.app.stack.emulator!;
  for (const name of CUSTOMERS) {
    await bot.post(playgroundActivity('message-personal', { text: `tenant add ${idOf(name)} as ${name}` }));
    await bot.post(playgroundActivity('message-personal', { text: `tenant allow ${name} ${USERS[name]}` }));
  }
});
afterAll(async () => {
  await bot.close();
});

/** The activity of `text` asked in `where`, and the conversation its answers go to. */
function activityOf(where: Where, text: string): { activity: Record<string, unknown>; conversations: string[] } {
  if (where.tenant === 'Home') {
    if (where.kind === 'personal') return { activity: playgroundActivity('message-personal', { text }), conversations: ['35ab4250-4f23-4f9f-b66f-2052a98e3fc3'] };
    return { activity: playgroundActivity('message-channel-mention', { text: `<at>Test Bot</at> ${text}` }), conversations: ['team-id;messageid=1795331054475', 'team-id'] };
  }
  const tenantId = idOf(where.tenant);
  const id = where.kind === 'personal' ? `a:${where.tenant}-chat` : `19:${where.tenant}-general@thread.tacv2`;
  const sample = where.kind === 'personal' ? 'message-personal' : 'message-channel-mention';
  const activity = playgroundActivity(sample, {
    text: where.kind === 'personal' ? text : `<at>Test Bot</at> ${text}`,
    conversation: { tenantId, id, ...(where.kind === 'channel' ? { conversationType: 'channel', isGroup: true } : {}) },
    channelData: { tenant: { id: tenantId }, ...(where.kind === 'channel' ? { team: { id } } : {}) },
    from: { aadObjectId: USERS[where.tenant] },
  });
  return { activity, conversations: [id] };
}

/** Whose data the command may carry, by the rules of who sees what, worked out here without the bot. */
function expectedSubject(where: Where, command: string, named: string, used: string | undefined): Subject {
  const name = named.slice(1).toLowerCase();
  const overview = command === 'overview' || command === 'csv overview';
  if (where.tenant !== 'Home') {
    if (overview || (name !== '' && name !== where.tenant.toLowerCase())) return { kind: 'refused' };
    return { kind: 'tenant', name: where.tenant };
  }
  if (overview) return name === '' || name === 'all' ? { kind: 'all' } : { kind: 'refused' };
  if (name === 'all') return /^(alert (idle|inactive)|alerts|digest)/.test(command) ? { kind: 'all' } : { kind: 'refused' };
  if (name === 'argon') return { kind: 'refused' };
  if (name === 'home') return { kind: 'tenant', name: 'Home' };
  if (name !== '') return { kind: 'tenant', name: CUSTOMERS.find((customer) => customer.toLowerCase() === name)! };
  return { kind: 'tenant', name: used ?? 'Home' };
}

/** Everything the bot sent since `from`: replies, proactive posts, personal-chat posts and file offers, as text. */
function sentSince(from: { posted: number; continued: number; created: number }): string[] {
  const attachments: Attachment[] = [
    ...bot.connector.posted.slice(from.posted).flatMap((post) => post.activity.attachments ?? []),
    ...bot.sender.continued.slice(from.continued).flatMap((post) => post.activities.flatMap((activity) => activity.attachments ?? [])),
    ...bot.sender.created.slice(from.created).flatMap((post) => post.activities.flatMap((activity) => activity.attachments ?? [])),
  ];
  return attachments.map((attachment) => JSON.stringify(attachment));
}

/** Every value of the CSV file the last answer built, if it built one. */
async function fileValues(): Promise<string[]> {
  const file = bot.answered.at(-1)?.reply.file;
  if (!file) return [];
  const values: string[] = [file.export.fileName];
  for await (const row of file.export.rows()) values.push(...Object.values(row).map(String));
  return values;
}

/** How many answers the bot sent again from those it kept (its log says so). */
function reusedAnswers(): number {
  return bot.logs.filter((line) => line.includes('command answered') && line.includes('"reused":true')).length;
}

const DOMAIN = /[\w.-]+@([\w-]+\.onmicrosoft\.com)/g;

/** What the sent text and file carry of tenants: user domains, and customer names. */
function carried(texts: readonly string[]): { domains: Set<string>; names: Set<string> } {
  const all = texts.join('\n');
  const domains = new Set([...all.matchAll(DOMAIN)].map((match) => match[1]!.toLowerCase()));
  const names = new Set([...CUSTOMERS, STRANGER].filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(all.replaceAll(DOMAIN, ''))));
  return { domains, names };
}

const whereArb = fc.constantFrom<Where>(
  { tenant: 'Home', kind: 'personal' },
  { tenant: 'Home', kind: 'channel' },
  { tenant: 'Xenon', kind: 'personal' },
  { tenant: 'Xenon', kind: 'channel' },
  { tenant: 'Krypton', kind: 'personal' },
);
const stepArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ where: whereArb, command: fc.constantFrom(...COMMANDS), named: fc.constantFrom(...NAMED) }) },
  { weight: 1, arbitrary: fc.record({ where: whereArb, command: fc.constantFrom(...USE), named: fc.constant('') }) },
);

describe('isolation between tenants, over random conversations and commands', () => {
  test('no answer carries another tenant’s users or (in a customer’s Teams) names; summaries count their own tenant’s raw CSV', async () => {
    const raw = new Map<string, { enabled: number; active: number }>();
    for (const name of ['Home', ...CUSTOMERS]) raw.set(name, await summaryWith(name === 'Home' ? 'test' : await tokenFor(emulator, idOf(name))));
    expect(new Set([...raw.values()].map((counts) => counts.enabled)).size).toBe(3);
    // What the runs saw, so a run that answered nothing cannot pass.
    const seen = { domains: new Set<string>(), summaries: 0, refusals: 0, licenceAnswers: new Set<string>() };

    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 3, maxLength: 10 }), async (steps) => {
        // Each run starts with the managing conversations answering for the managing tenant.
        const used = new Map<string, string | undefined>();
        for (const kind of ['personal', 'channel'] as const) await bot.post(activityOf({ tenant: 'Home', kind }, 'use home').activity);
        for (const { where, command, named } of steps) {
          const text = named === '' ? command : `${command} ${named}`;
          const key = `${where.tenant}/${where.kind}`;
          const before = { posted: bot.connector.posted.length, continued: bot.sender.continued.length, created: bot.sender.created.length, answered: bot.answered.length };
          await bot.post(activityOf(where, text).activity);
          const sent = [...sentSince(before), ...(bot.answered.length > before.answered ? await fileValues() : [])];
          if (command.startsWith('use ')) {
            const chosen = command.slice(4);
            const customer = CUSTOMERS.find((name) => name.toLowerCase() === chosen);
            if (where.tenant === 'Home') used.set(key, customer ?? (chosen === 'home' ? undefined : used.get(key)));
            const { names } = carried(sent);
            if (where.tenant !== 'Home') expect([...names].filter((name) => name !== where.tenant && name.toLowerCase() !== chosen), text).toEqual([]);
            continue;
          }
          const subject = expectedSubject(where, command, named, where.tenant === 'Home' ? used.get(key) : undefined);
          const { domains, names } = carried(sent);
          for (const domain of domains) seen.domains.add(domain);
          const allowedDomains = subject.kind === 'tenant' ? [domainOf(subject.name)] : [];
          expect([...domains].filter((domain) => !allowedDomains.includes(domain)), `${key}: ${text}`).toEqual([]);
          if (where.tenant !== 'Home') {
            // The name the user typed may be echoed in a refusal; no other tenant's name is said.
            expect([...names].filter((name) => name !== where.tenant && name.toLowerCase() !== named.slice(1).toLowerCase()), `${key}: ${text}`).toEqual([]);
          }
          const answered = bot.answered.slice(before.answered);
          if (subject.kind === 'refused') seen.refusals += 1;
          if (subject.kind === 'refused') expect(answered.filter((answer) => !answer.reply.messages.every((message) => message.view === 'error')), `${key}: ${text}`).toEqual([]);
          for (const message of answered.flatMap((answer) => answer.reply.messages)) {
            const { kind } = message.view === 'workload' ? message.model.figures : { kind: undefined };
            if (kind === 'licences' || kind === 'inactive-users') seen.licenceAnswers.add(`${kind} ${subject.kind === 'tenant' ? subject.name : subject.kind}`);
          }
          if (subject.kind === 'tenant' && command === 'copilot summary D30') {
            // Whether the handler answered or the answer kept from an earlier ask was sent again, the card counts the tenant's own CSV.
            const counts = raw.get(subject.name)!;
            expect(sent.join('\n'), `${key}: ${text}`).toContain(`${counts.active} of ${counts.enabled} enabled users active`);
            seen.summaries += 1;
          }
        }
      }),
      { numRuns: 30, seed: 22 },
    );
    expect([...seen.domains].sort()).toEqual([OWN_DOMAIN, domainOf('Xenon'), domainOf('Krypton')].sort());
    expect(seen.summaries).toBeGreaterThan(2);
    // Kept answers were sent again in these runs (reply-cache.ts), so the property held for them too.
    expect(reusedAnswers()).toBeGreaterThan(0);
    expect(seen.refusals).toBeGreaterThan(2);
    // The licence answers were answered (for more than one tenant), not only refused.
    expect(new Set([...seen.licenceAnswers].map((answer) => answer.split(' ')[1])).size, [...seen.licenceAnswers].join(', ')).toBeGreaterThan(1);

    // What the rules set in each customer post later goes to the conversation that set them, about that customer only.
    bot.connector.posted.length = 0;
    bot.clock.advance(86_400_000);
    await bot.app.digest.runner.runDue();
    for (const post of bot.connector.posted) {
      const { domains, names } = carried((post.activity.attachments ?? []).map((attachment) => JSON.stringify(attachment)));
      const customer = CUSTOMERS.find((name) => post.conversationId.startsWith(`a:${name}`) || post.conversationId.startsWith(`19:${name}`));
      if (customer) {
        expect([...names].filter((name) => name !== customer), post.conversationId).toEqual([]);
        expect([...domains].filter((domain) => domain !== domainOf(customer)), post.conversationId).toEqual([]);
      }
    }
  });

  test('an answer kept to be sent again goes only to the same tenant and conversation kind', async () => {
    const places: Where[] = [
      { tenant: 'Home', kind: 'personal' },
      { tenant: 'Home', kind: 'channel' },
      { tenant: 'Xenon', kind: 'personal' },
      { tenant: 'Xenon', kind: 'channel' },
      { tenant: 'Krypton', kind: 'personal' },
    ];
    const raw = new Map<string, { enabled: number; active: number }>();
    for (const name of ['Home', ...CUSTOMERS]) raw.set(name, await summaryWith(name === 'Home' ? 'test' : await tokenFor(emulator, idOf(name))));
    for (const kind of ['personal', 'channel'] as const) await bot.post(activityOf({ tenant: 'Home', kind }, 'use home').activity);
    const reusedBefore = reusedAnswers();

    // The same two questions in every place, three rounds: the first may fetch, the second keeps its answer, the third is sent the kept one.
    for (let round = 0; round < 3; round++) {
      for (const where of places) {
        for (const command of ['copilot summary D30', 'copilot inactive D30']) {
          const before = { posted: bot.connector.posted.length, continued: bot.sender.continued.length, created: bot.sender.created.length };
          await bot.post(activityOf(where, command).activity);
          const sent = sentSince(before);
          const { domains, names } = carried(sent);
          const label = `round ${round + 1}, ${where.tenant}/${where.kind}: ${command}`;
          expect([...domains].filter((domain) => domain !== domainOf(where.tenant)), label).toEqual([]);
          if (where.tenant !== 'Home') expect([...names].filter((name) => name !== where.tenant), label).toEqual([]);
          const counts = raw.get(where.tenant)!;
          if (command === 'copilot summary D30') expect(sent.join('\n'), label).toContain(`${counts.active} of ${counts.enabled} enabled users active`);
        }
      }
    }
    expect(reusedAnswers() - reusedBefore).toBeGreaterThanOrEqual(places.length);
  });

  test('removing a tenant removes every record the bot kept of it', async () => {
    const keys = async () => (await FileStateStore.open(stateStoreFolder(bot.dataDir))).list('');
    expect((await keys()).some((key) => tenantOfKey(key) === idOf('Krypton'))).toBe(true);
    await bot.post(playgroundActivity('message-personal', { text: 'tenant remove Krypton' }));
    expect((await keys()).filter((key) => tenantOfKey(key) === idOf('Krypton'))).toEqual([]);
    expect((await keys()).filter((key) => !new Set([MANAGING, idOf('Xenon'), `overview-${MANAGING}`]).has(tenantOfKey(key) ?? ''))).toEqual([`tenant-registry/${MANAGING}`]);
  });
});

/** A customer's Copilot summary of the last 30 days, read with its token. */
async function summaryWith(token: string): Promise<{ enabled: number; active: number }> {
  const path = `/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30',version='v1')?$format=text/csv`;
  const text = await (await fetch(`${emulator.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).text();
  const [header, row] = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((line) => line.split(','));
  const at = (name: string) => Number(row![header!.indexOf(name)]);
  return { enabled: at('Any App Enabled Users'), active: at('Any App Active Users') };
}
