/**
 * Alerts in the reader's language: a rule keeps the language it was set in (the conversation's digest
 * language, else its setter's) and its card is posted in it; `alerts` answers in the asker's; the numbers
 * are the same in every language, written the locale's way.
 */
import { describe, expect, test } from 'vitest';
import { readRule } from '../src/alerts/alert-rule.js';
import { conversationKeyOf, listConversationRules } from '../src/alerts/alert-rules.js';
import { handleCommand } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import { subscribe } from '../src/digest/digest-subscriptions.js';
import { messagesFor } from '../src/i18n/messages.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import type { ReplyMessage } from '../src/view-models.js';
import { channelOrigin, modelOf, startAlertFixture, type AlertFixture } from './support/alert-fixtures.js';
import { channelRef } from './support/digest-fixtures.js';
import { factValues, numbersIn } from './support/localized-numbers.js';
import { rawCopilotSku, rawCopilotUsers } from './support/raw-tenant.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const LOCALES = { 0: 'en-US', 1: 'ru-RU', 2: 'it-IT' } as const;
type Channel = keyof typeof LOCALES;

/** Idle Copilot seats as the emulator's raw rows count them: unassigned plus assigned without activity in 30 days. */
async function idleSeats(fixture: AlertFixture): Promise<number> {
  const [sku, users] = await Promise.all([rawCopilotSku(fixture.emulator.url), rawCopilotUsers(fixture.emulator.url, 'D30')]);
  return sku.unassigned + users.inactive;
}

/** The card posted to `channel`: its texts, and the numbers of its facts read back in its locale. */
function postedTo(fixture: AlertFixture, channel: Channel) {
  const send = fixture.recording.posted().find((post) => post.conversationId === channelRef(channel).conversation.id);
  if (!send) throw new Error(`nothing was posted to channel ${channel}`);
  const card = cardOf(send.activity.attachments[0]!);
  return { summary: send.activity.summary ?? '', texts: visibleTexts(card), numbers: factValues(card).flatMap((value) => numbersIn(value, LOCALES[channel])) };
}

/** `message` drawn for a reader in `locale`: the numbers of its facts read back. */
function numbersOf(message: ReplyMessage, locale: string): number[] {
  return factValues(cardOf(renderReplyMessage(message, { locale }))).flatMap((value) => numbersIn(value.replace(/\d{1,2}:\d{2}(?:\s?[AP]M)?/g, ''), locale));
}

describe('an alert speaks the language it was set in', () => {
  test('set from English, Russian and Italian clients, the same alert posts in each language with the same numbers', async () => {
    const fixture = await startAlertFixture();
    for (const channel of [0, 1, 2] as const) await fixture.ask('alert idle-seats > 0', { ...channelOrigin(channel), locale: LOCALES[channel] });
    expect((await fixture.runner().runDue()).posted).toBe(3);
    const idle = await idleSeats(fixture);
    const [en, ru, it] = ([0, 1, 2] as const).map((channel) => postedTo(fixture, channel));
    expect(en!.texts[0]).toBe('🔔 Alert 1 · Idle Copilot seats above 0');
    expect(ru!.texts[0]).toBe('🔔 Оповещение 1 · Простаивающие лицензии Copilot выше 0');
    expect(it!.texts[0]).toBe('🔔 Avviso 1 · Licenze Copilot inutilizzate sopra 0');
    expect(ru!.summary).toBe(`Оповещение 1: Простаивающие лицензии Copilot — ${new Intl.NumberFormat('ru-RU').format(idle)}`);
    expect(it!.summary).toBe(`Avviso 1: Licenze Copilot inutilizzate a ${new Intl.NumberFormat('it-IT').format(idle)}`);
    expect(en!.numbers).toContain(idle);
    expect(ru!.numbers).toEqual(en!.numbers);
    expect(it!.numbers).toEqual(en!.numbers);
  });

  test('a conversation with a digest gives its alerts the digest\'s language, whoever sets them', async () => {
    const fixture = await startAlertFixture();
    const digestStore = new MemoryStateStore();
    const deps = { ...fixture.deps, digest: { store: digestStore, composer: { compose: () => Promise.reject(new Error('not composed here')) }, defaultTimeZone: 'UTC' } };
    await subscribe(digestStore, { reference: channelRef(1), schedule: { day: 'monday', time: '09:00', timeZone: 'UTC' }, requestedBy: 'admin', language: 'it' }, fixture.clock.now());
    const parsed = parseCommand('alert idle-seats > 100');
    if (!parsed.ok) throw new Error('did not parse');
    await handleCommand(parsed.parsed, 'channel', deps, { ...channelOrigin(1), locale: 'ru-RU' });
    await handleCommand(parsed.parsed, 'channel', deps, { ...channelOrigin(2), locale: 'ru-RU' });
    const languages = await Promise.all([1, 2].map(async (channel) => (await listConversationRules(fixture.store, conversationKeyOf(channelRef(channel).conversation.id))).rules.map((rule) => rule.language)));
    expect(languages).toEqual([['it'], ['ru']]);
  });

  test('"alert language" changes the language the conversation\'s alerts post in; a code it does not know is refused with those it does', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    const changed = modelOf(await fixture.ask('alert language it'), 'alert-rules');
    expect(changed).toMatchObject({ event: 'language', asked: 'it', rules: [{ number: 1, language: 'it' }] });
    expect(visibleTexts(cardOf(renderReplyMessage({ view: 'alert-rules', model: changed }, { locale: 'en-US' })))[1]).toBe('The alerts in this channel are posted in Italiano from now on.');
    expect((await fixture.runner().runDue()).posted).toBe(1);
    expect(postedTo(fixture, 0).texts[0]).toBe('🔔 Avviso 1 · Licenze Copilot inutilizzate sopra 0');
    const refused = parseCommand('alert language klingon');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('"alert language" needs one of en, ru, it, de, fr, es; "klingon" is not one, e.g. "alert language it".');
  });

  test('a rule stored before rules had a language, or with one no version wrote, reads as English; nothing is lost', () => {
    const rule = {
      conversation: '0123456789abcdef0123456789abcdef',
      number: 1,
      kind: 'idle-seats',
      threshold: { value: 100, unit: 'count' },
      createdBy: 'admin',
      createdAt: '2026-11-20T09:00:00.000Z',
      state: { announced: 'quiet', history: [] },
    };
    expect(readRule(rule)?.language).toBeUndefined();
    expect(readRule({ ...rule, language: 'xx' })).toMatchObject({ number: 1, language: undefined });
    expect(readRule({ ...rule, language: 'it' })?.language).toBe('it');
  });
});

describe('"alerts" answers in the asker\'s language', () => {
  test('the list in Russian and Italian has the numbers of the English one', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert never-used > 100000');
    await fixture.runner().runDue();
    const [message] = (await fixture.ask('alerts')).messages;
    const texts = (locale: string) => visibleTexts(cardOf(renderReplyMessage(message!, { locale })));
    expect(texts('ru-RU').slice(0, 2)).toEqual(['Оповещения в этом канале', '2 оповещения в этом канале:']);
    expect(texts('it-IT').slice(0, 2)).toEqual(['Avvisi in questo canale', '2 avvisi in questo canale:']);
    expect(texts('ru-RU')).toContain(`Оповещение 2 · Ни разу не использованные лицензии Copilot > ${new Intl.NumberFormat('ru-RU').format(100_000)}`);
    expect(texts('it-IT')).toContain('Avviso 2 · Licenze Copilot mai usate > 100.000');
    const english = numbersOf(message!, 'en-US');
    expect(english).toContain(await idleSeats(fixture));
    expect(numbersOf(message!, 'ru-RU')).toEqual(english);
    expect(numbersOf(message!, 'it-IT')).toEqual(english);
  });
});

describe('the new counts follow CLDR in Russian and Italian', () => {
  const counts = [0, 1, 2, 5, 11, 21, 22, 101];
  const ru = messagesFor({ locale: 'ru-RU' });
  const it = messagesFor({ locale: 'it-IT' });

  test('alerts in a channel, and those firing of those set', () => {
    expect(counts.map((count) => ru.t('alertRules.count', { count, place: 'channel' }).replace(' в этом канале:', ''))).toEqual([
      '0 оповещений',
      '1 оповещение',
      '2 оповещения',
      '5 оповещений',
      '11 оповещений',
      '21 оповещение',
      '22 оповещения',
      '101 оповещение',
    ]);
    expect(counts.map((count) => it.t('alertRules.count', { count, place: 'chat' }).replace(' in questa chat:', ''))).toEqual(['0 avvisi', '1 avviso', '2 avvisi', '5 avvisi', '11 avvisi', '21 avvisi', '22 avvisi', '101 avvisi']);
    // The genitive after «из»: one takes the singular genitive, every other count the plural.
    expect([1, 2, 5, 21, 22].map((watched) => ru.t('digest.alertsNote', { firing: 0, watched }))).toEqual([
      'Ни одно из 1 оповещения здесь не сработало.',
      'Ни одно из 2 оповещений здесь не сработало.',
      'Ни одно из 5 оповещений здесь не сработало.',
      'Ни одно из 21 оповещения здесь не сработало.',
      'Ни одно из 22 оповещений здесь не сработало.',
    ]);
    expect([1, 2].map((firing) => it.t('digest.alertsNote', { firing, watched: 3 }))).toEqual(['1 dei 3 avvisi qui è attivo.', '2 dei 3 avvisi qui sono attivi.']);
  });

  test('the grouped answers: departments folded into "other", idle seats of a row, users in the directory', () => {
    expect(counts.map((values) => ru.t('byAttribute.other', { values, attribute: 'department' }))).toEqual([
      'Другие (0 отделов)',
      'Другие (1 отдел)',
      'Другие (2 отдела)',
      'Другие (5 отделов)',
      'Другие (11 отделов)',
      'Другие (21 отдел)',
      'Другие (22 отдела)',
      'Другие (101 отдел)',
    ]);
    expect(counts.map((idle) => ru.t('byAttribute.idleRow', { idle, spend: 'none', share: '' }).replace(' · ', ''))).toEqual([
      '0 простаивающих лицензий',
      '1 простаивающая лицензия',
      '2 простаивающие лицензии',
      '5 простаивающих лицензий',
      '11 простаивающих лицензий',
      '21 простаивающая лицензия',
      '22 простаивающие лицензии',
      '101 простаивающая лицензия',
    ]);
    expect([1, 2, 5, 21].map((values) => ru.t('byAttribute.usersIn', { users: 40, values, attribute: 'country' }))).toEqual(['40 в 1 стране', '40 в 2 странах', '40 в 5 странах', '40 в 21 стране']);
    expect(counts.map((values) => it.t('byAttribute.other', { values, attribute: 'officeLocation' }))).toEqual([
      'Altro (0 uffici)',
      'Altro (1 ufficio)',
      'Altro (2 uffici)',
      'Altro (5 uffici)',
      'Altro (11 uffici)',
      'Altro (21 uffici)',
      'Altro (22 uffici)',
      'Altro (101 uffici)',
    ]);
    expect([1, 2, 21].map((users) => it.t('byAttribute.directory', { users, day: '22 nov 2026', refresh: 'full' }))).toEqual([
      'Directory (1 utente) al 22 nov 2026, letta per intero',
      'Directory (2 utenti) al 22 nov 2026, letta per intero',
      'Directory (21 utenti) al 22 nov 2026, letta per intero',
    ]);
  });
});
