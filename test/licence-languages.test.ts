/**
 * The licence answers in the reader's language: `licenses` and `inactive users` read in Russian and Italian
 * with the numbers of the English card, written the locale's way; the new counts follow CLDR.
 */
import { describe, expect, test } from 'vitest';
import { messagesFor } from '../src/i18n/messages.js';
import type { ReplyMessage } from '../src/view-models.js';
import { describePeriod } from '../src/views/describe-period.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import type { InactiveUsersFigures } from '../src/workload-view-models.js';
import { factValues, numbersIn } from './support/localized-numbers.js';
import { SETTINGS } from './support/priced-tenant.js';
import { startReportFixture } from './support/report-fixture.js';
import { ask, workloadOf } from './support/table-answers.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

/** `message` drawn for a reader in `locale`: its texts and the numbers of its facts read back (times left out). */
function read(message: ReplyMessage, locale: string) {
  const card = cardOf(renderReplyMessage(message, { locale }));
  return { texts: visibleTexts(card), numbers: factValues(card).flatMap((value) => numbersIn(value.replace(/\d{1,2}:\d{2}(?:\s?[AP]M)?/g, ''), locale)) };
}

describe('the licence answers in Russian and Italian', () => {
  test('licenses D30 and inactive users D90 have the numbers of the English cards', async () => {
    const fixture = await startReportFixture({}, { users: 600 });
    const deps = { ...fixture.deps, licences: SETTINGS };
    for (const command of ['licenses D30', 'inactive users D90']) {
      const model = workloadOf(await ask(fixture, command, 'personal', 'here', deps));
      const message: ReplyMessage = { view: 'workload', model };
      const [en, ru, it] = ['en-US', 'ru-RU', 'it-IT'].map((locale) => read(message, locale));
      expect(en!.numbers.length, command).toBeGreaterThan(3);
      expect(ru!.numbers, command).toEqual(en!.numbers);
      expect(it!.numbers, command).toEqual(en!.numbers);
      const title = (locale: string) => {
        const messages = messagesFor({ locale });
        return messages.t('workload.title', { kind: command.startsWith('licenses') ? 'licences' : 'inactiveUsers', period: describePeriod(command.split(' ').at(-1)!, messages) });
      };
      expect(ru!.texts[0], command).toBe(title('ru-RU'));
      expect(it!.texts[0], command).toBe(title('it-IT'));
      // The reclaim list's users as the model counts them, on the Russian card.
      if (command.startsWith('inactive')) {
        const { users } = (model.figures as InactiveUsersFigures).list!;
        expect(ru!.numbers, command).toContain(users);
      }
    }
  });

  test('Russian and Italian plurals of holders, idle seats and the licences not shown', () => {
    const counts = [0, 1, 2, 5, 11, 21, 22, 101];
    const ru = messagesFor({ locale: 'ru-RU' });
    const it = messagesFor({ locale: 'it-IT' });
    expect(counts.map((count) => ru.t('licencesCard.holders', { count }))).toEqual([
      '0 владельцев',
      '1 владелец',
      '2 владельца',
      '5 владельцев',
      '11 владельцев',
      '21 владелец',
      '22 владельца',
      '101 владелец',
    ]);
    expect([1, 2, 5, 21].map((count) => ru.t('digestLicences.more', { count }))).toEqual(['Ещё 1 лицензия', 'Ещё 2 лицензии', 'Ещё 5 лицензий', 'Ещё 21 лицензия']);
    expect([1, 2, 5].map((holders) => ru.t('licencesCard.inactiveHolders', { inactive: 1, holders, period: 'за последние 30 дней' }))).toEqual([
      '1 из 1 владельца неактивны за последние 30 дней',
      '1 из 2 владельцев неактивны за последние 30 дней',
      '1 из 5 владельцев неактивны за последние 30 дней',
    ]);
    expect(counts.map((count) => it.t('licencesCard.skuIdleSeats', { count }))).toEqual([
      '0 licenze inutilizzate',
      '1 licenza inutilizzata',
      '2 licenze inutilizzate',
      '5 licenze inutilizzate',
      '11 licenze inutilizzate',
      '21 licenze inutilizzate',
      '22 licenze inutilizzate',
      '101 licenze inutilizzate',
    ]);
    expect([1, 2].map((count) => it.t('digestLicences.more', { count }))).toEqual(['1 altra licenza', '2 altre licenze']);
  });
});
