import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_GUIDE } from '../../src/commands/command-guide.js';
import { ExpectedReports, formatCount, formatDay, formatShare, type CopilotSummary } from './support/expected-reports.js';
import { setTeamsClient, type TeamsClient } from './support/locale-proxy.js';
import { PlaygroundPage } from './support/playground-page.js';

/** What a language's cards say for `copilot summary D30` and `help`, written out here, never read from the bot's catalogs. */
type Language = {
  readonly client: TeamsClient;
  readonly summaryTitle: string;
  readonly asOf: string;
  readonly fetched: string;
  /** "165 115 of 359 096 enabled users active", as the language words it. */
  readonly activeOfEnabled: (active: string, enabled: string) => string;
  /** "123 341 of 359 096" in an app's line. */
  readonly partOf: (part: string, whole: string) => string;
  readonly helpTitle: string;
  readonly summaryDescription: string;
  readonly question: string;
};

const RUSSIAN: Language = {
  client: { locale: 'ru-RU', country: 'RU', timezone: 'Europe/Moscow' },
  summaryTitle: 'Демоданные · Внедрение Copilot · последние 30 дней',
  asOf: 'Данные на',
  fetched: 'загружено',
  activeOfEnabled: (active, enabled) => `активны ${active} из ${enabled} включённ`,
  partOf: (part, whole) => `${part} из ${whole}`,
  helpTitle: 'На что я могу ответить',
  summaryDescription: 'Внедрение Copilot: включённые и активные пользователи по приложениям',
  question: '“сводка copilot за 30 дней”',
};

const ITALIAN: Language = {
  client: { locale: 'it-IT', country: 'IT', timezone: 'Europe/Rome' },
  summaryTitle: 'Dati dimostrativi · Adozione di Copilot · ultimi 30 giorni',
  asOf: 'Dati aggiornati al',
  fetched: 'recuperato il',
  activeOfEnabled: (active, enabled) => `${active} attivi su ${enabled} utenti abilitati`,
  partOf: (part, whole) => `${part} su ${whole}`,
  helpTitle: 'A cosa posso rispondere',
  summaryDescription: 'Adozione di Copilot: utenti abilitati e attivi per app',
  question: '“riepilogo copilot D30”',
};

/** Intl writes no-break and narrow no-break spaces in numbers and before % in some locales; the card's text is compared with them as spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers on the card's bar lines (one per app), read with `locale`'s separators. */
function barNumbers(text: string, locale: string): number[] {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = spaced(parts.find((part) => part.type === 'group')!.value);
  const decimal = parts.find((part) => part.type === 'decimal')!.value;
  const number = new RegExp(`\\d{1,3}(?:${escapeRegExp(group)}\\d{3})*(?:${escapeRegExp(decimal)}\\d+)?`, 'g');
  return text
    .split('\n')
    .filter((line) => /[█░]/.test(line))
    .flatMap((line) => line.match(number) ?? [])
    .map((found) => Number(found.replaceAll(group, '').replace(decimal, '.')));
}

// The Playground's user as a Russian and an Italian Teams user (through the locale proxy, see locale-proxy.ts):
// the same questions come back in their language, with the numbers of the emulator's raw CSV written their way.
describe('the Playground user in Russian and in Italian', () => {
  let playground: PlaygroundPage;
  let expected: ExpectedReports;
  let summary: CopilotSummary;
  let english: number[];
  const proxy = inject('localeProxyUrl');

  beforeAll(async () => {
    expected = new ExpectedReports(inject('graphUrl'));
    summary = await expected.copilotSummary('D30');
    playground = await PlaygroundPage.open(inject('playgroundUrl'));
    await playground.openPersonalChat();
    await setTeamsClient(proxy, undefined);
    const card = await playground.send('copilot summary D30');
    english = barNumbers(spaced(await playground.textOf(card)), 'en-US');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await playground?.screenshotFailure(task.name);
  });

  afterAll(async () => {
    // The other e2e files share the stack: the Playground's user is en-US again for them.
    await setTeamsClient(proxy, undefined);
    await playground?.close();
  });

  it.each([
    ['Russian', RUSSIAN],
    ['Italian', ITALIAN],
  ])('answers "copilot summary D30" in %s with the same numbers as in English, written the locale\'s way', async (_, language) => {
    const { locale, timezone } = language.client;
    await setTeamsClient(proxy, language.client);
    const card = await playground.send('copilot summary D30');
    await playground.screenshot(card, `08-copilot-summary-D30-${locale}`);
    const text = spaced(await playground.textOf(card));
    expect(text).toContain(language.summaryTitle);
    expect(text).toContain(`${language.asOf} ${spaced(formatDay(summary.refreshDate, locale))}`);
    // When it was fetched, in the user's own time zone, named.
    expect(text).toMatch(new RegExp(`${language.fetched} .+ \\(${escapeRegExp(timezone)}\\)$`, 'm'));
    const count = (value: number) => spaced(formatCount(value, locale));
    expect(text).toContain(language.activeOfEnabled(count(summary.active), count(summary.enabled)));
    expect(text).toContain(spaced(formatShare(summary.active, summary.enabled, locale)));
    for (const app of summary.apps) {
      const share = `${spaced(formatShare(app.active, summary.enabled, locale))} · ${language.partOf(count(app.active), count(summary.enabled))}`;
      expect(text).toMatch(new RegExp(`^${escapeRegExp(app.label)}\\s+\\S+ ${escapeRegExp(share)}$`, 'm'));
    }
    expect(english.length).toBe(summary.apps.length * 3);
    expect(barNumbers(text, locale)).toEqual(english);
  });

  it.each([
    ['Russian', RUSSIAN],
    ['Italian', ITALIAN],
  ])('answers "help" in %s, every command in English beside what it answers', async (_, language) => {
    await setTeamsClient(proxy, language.client);
    const card = await playground.send('help');
    await playground.screenshot(card, `09-help-${language.client.locale}`);
    const text = await playground.textOf(card);
    expect(text.split('\n')[0]).toBe(language.helpTitle);
    expect(text).toContain(language.summaryDescription);
    expect(text).toContain(language.question);
    expect(text).not.toContain('What I can answer');
    for (const entry of COMMAND_GUIDE) expect(text).toContain(entry.usage);
    await expect(card.getByRole('button', { name: 'copilot summary D30', exact: true }).count()).resolves.toBe(1);
  });

  // German has the longest words: each card is drawn 400 px wide, and the picture fails when anything is cut off.
  it.each([
    ['copilot licenses D30', 'Copilot-Lizenzen · letzte 30 Tage'],
    ['copilot inactive D90', 'Inaktive Copilot-Lizenzen · letzte 90 Tage'],
    ['copilot trend D30', 'Copilot-Verlauf · letzte 30 Tage'],
    ['groups D7', 'Microsoft 365-Gruppen · letzte 7 Tage'],
    ['digest preview', 'Wöchentliche Microsoft 365-Übersicht'],
    ['usage D30', 'Microsoft 365-Nutzung · letzte 30 Tage'],
    ['teams D30', 'Microsoft Teams · letzte 30 Tage'],
  ])('answers "%s" in German, whole on a narrow card', async (command, title) => {
    await setTeamsClient(proxy, { locale: 'de-DE', country: 'DE', timezone: 'Europe/Berlin' });
    const card = await playground.send(command);
    await playground.screenshot(card, `10-${command.replaceAll(' ', '-')}-de-DE`);
    expect(await playground.textOf(card)).toContain(title);
  });
});
