import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { forgetTraffic, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { playgroundActivity } from './support/playground-activities.js';
import { factValues, numbersIn } from './support/localized-numbers.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

let bot: BotHarness;

beforeAll(async () => {
  bot = await startBotHarness();
});
afterAll(async () => {
  await bot.close();
});
beforeEach(() => {
  forgetTraffic(bot);
});

/** A personal message from a Teams client in `locale`, whose clientInfo names `timezone`. */
function from(locale: string, text: string, timezone = 'UTC') {
  return playgroundActivity('message-personal', { text, locale, entities: [{ type: 'clientInfo', locale, country: 'XX', platform: 'Web', timezone }] });
}

/** The texts of the last card the bot sent or updated in the personal chat. */
function lastCard() {
  const updates = bot.connector.updated.map((update) => update.activity);
  const activities = [...bot.connector.posted.map((post) => post.activity), ...updates];
  const attachment = activities.at(-1)?.attachments?.[0];
  if (!attachment) throw new Error('the bot sent no card');
  return cardOf(attachment);
}

/** `command` asked from a client in `locale`: the answer card's texts, and the numbers of its facts read back. */
async function answerIn(locale: string, command: string) {
  forgetTraffic(bot);
  await bot.post(from(locale, command));
  const card = lastCard();
  return { texts: visibleTexts(card), numbers: factValues(card).flatMap((value) => numbersIn(value, locale)) };
}

describe('the answer follows the language of the Teams client that asked', () => {
  test.each([
    ['ru-RU', 'На что я могу ответить', 'Внедрение Copilot: включённые и активные пользователи по приложениям', '“сводка copilot за 30 дней”'],
    ['it-IT', 'A cosa posso rispondere', 'Adozione di Copilot: utenti abilitati e attivi per app', '“riepilogo copilot D30”'],
    ['de-CH', 'Worauf ich antworten kann', 'Copilot-Nutzung: aktivierte und aktive Benutzer je App', '“copilot Zusammenfassung D30”'],
    ['pt-BR', 'What I can answer', 'Copilot adoption: enabled and active users per app', '“how many people use copilot”'],
  ])('help in %s: its words and its example questions, the commands in English', async (locale, title, description, question) => {
    await bot.post(from(locale, 'help'));
    const card = lastCard();
    const texts = visibleTexts(card);
    expect(texts[0]).toBe(title);
    expect(texts).toContain(description);
    expect(texts).toContain('copilot summary [D7|D30|D90|D180|ALL] [by <attribute>]');
    expect(texts).toContain(question);
    expect(submitActions(card).map((action) => action.data.command)).toContain('copilot summary D30');
  });

  test('a typo is answered in the asker\'s language, the closest commands as English buttons', async () => {
    await bot.post(from('it-IT', 'copilt sumary'));
    const card = lastCard();
    expect(visibleTexts(card)[0]).toBe('Non conosco "copilt sumary". Intendevi "copilot summary"? Scrivi "help" per vedere tutti i comandi.');
    expect(submitActions(card).map((action) => action.title)).toEqual(['copilot summary', 'copilot users', 'copilot inactive']);
  });

  test('a plain question in Russian runs its command and says which, in Russian', async () => {
    await bot.post(from('ru-RU', 'сводка copilot за 30 дней'));
    expect(bot.answered[0]?.parsed.command).toEqual({ name: 'copilot-summary', period: 'D30' });
    expect(visibleTexts(lastCard())[0]).toBe('Выполнено: copilot summary D30');
  });

  test('a report answers in the asker\'s language with the same numbers, formatted for the locale', async () => {
    const english = await answerIn('en-US', 'copilot summary D30');
    const russian = await answerIn('ru-RU', 'copilot summary D30');
    const italian = await answerIn('it-IT', 'copilot summary D30');
    expect(english.texts[0]).toBe('Demo data · Copilot adoption · last 30 days');
    expect(russian.texts[0]).toBe('Демоданные · Внедрение Copilot · последние 30 дней');
    expect(italian.texts[0]).toBe('Dati dimostrativi · Adozione di Copilot · ultimi 30 giorni');
    expect(russian.texts).toContain('Активные пользователи по приложениям · Последние 30 дней');
    expect(english.numbers.length).toBeGreaterThan(10);
    expect(russian.numbers).toEqual(english.numbers);
    expect(italian.numbers).toEqual(english.numbers);
  });

  test.each([
    ['usage D30', 'Microsoft 365 usage · last 30 days', 'Использование Microsoft 365 · последние 30 дней', 'Utilizzo di Microsoft 365 · ultimi 30 giorni'],
    ['teams D30', 'Microsoft Teams · last 30 days', 'Microsoft Teams · последние 30 дней', 'Microsoft Teams · ultimi 30 giorni'],
    ['sharepoint D7', 'SharePoint · last 7 days', 'SharePoint · последние 7 дней', 'SharePoint · ultimi 7 giorni'],
  ])('%s answers in the asker\'s language with the same numbers as in English', async (command, english, russian, italian) => {
    const [en, ru, it] = [await answerIn('en-US', command), await answerIn('ru-RU', command), await answerIn('it-IT', command)];
    expect([en.texts[0], ru.texts[0], it.texts[0]]).toEqual([`Demo data · ${english}`, `Демоданные · ${russian}`, `Dati dimostrativi · ${italian}`]);
    expect(en.numbers.length).toBeGreaterThan(5);
    expect(ru.numbers).toEqual(en.numbers);
    expect(it.numbers).toEqual(en.numbers);
  });

  test('times are shown in the time zone Teams sends, and name it', async () => {
    await bot.post(from('it-IT', 'activations', 'Europe/Rome'));
    expect(visibleTexts(lastCard()).find((text) => text.startsWith('Origine:'))).toMatch(/ \(Europe\/Rome\)$/);
    bot.connector.posted.length = 0;
    bot.connector.updated.length = 0;
    await bot.post(from('it-IT', 'status', 'Europe/Rome'));
    const cached = visibleTexts(lastCard()).find((text) => text.startsWith('Attivazioni delle app di Microsoft 365'));
    expect(cached).toMatch(/recuperato il .+ \(Europe\/Rome\)$/);
    bot.connector.posted.length = 0;
    await bot.post(from('it-IT', 'status', 'Not/AZone'));
    expect(visibleTexts(lastCard()).find((text) => text.startsWith('Attivazioni delle app di Microsoft 365'))).toMatch(/ UTC$/);
  });
});
