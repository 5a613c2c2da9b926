import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { CATALOGS } from '../src/i18n/catalogs/index.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import type { MessageKey } from '../src/i18n/message-types.js';
import { messagesFor } from '../src/i18n/messages.js';
import { negotiateLanguage } from '../src/i18n/negotiate-language.js';
import { UNTRANSLATED_TERMS } from '../src/i18n/untranslated-terms.js';

/** Every argument a message names anywhere (plural and select branches included), with its kind. */
function argumentsOf(elements: readonly MessageFormatElement[], found = new Map<string, string>()): Map<string, string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.set(element.value, TYPE[element.type]);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

/** Sorted `name:kind` pairs of `message`, or the parser's complaint. */
function signature(message: string): string[] {
  return [...argumentsOf(parse(message, { ignoreTag: true }))].map(([name, kind]) => `${name}:${kind}`).sort();
}

const KEYS = Object.keys(CATALOGS.en) as MessageKey[];

describe('the catalogs', () => {
  test.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every English key and no other', (language) => {
    expect(Object.keys(CATALOGS[language]).sort()).toEqual([...KEYS].sort());
  });

  test.each(LANGUAGES.filter((language) => language !== 'en'))('%s names the same placeholders, of the same kinds, in every message', (language) => {
    const differing = KEYS.filter((key) => JSON.stringify(signature(CATALOGS[language][key])) !== JSON.stringify(signature(CATALOGS.en[key])));
    expect(differing).toEqual([]);
  });

  test('select placeholders offer the same choices in every language', () => {
    const choices = (message: string) =>
      JSON.stringify(
        (function walk(elements: readonly MessageFormatElement[]): string[] {
          return elements.flatMap((element) =>
            element.type === TYPE.select
              ? [`${element.value}:${Object.keys(element.options).sort().join('|')}`, ...Object.values(element.options).flatMap((option) => walk(option.value))]
              : element.type === TYPE.plural
                ? Object.values(element.options).flatMap((option) => walk(option.value))
                : [],
          );
        })(parse(message, { ignoreTag: true }))
          .filter((choice, index, all) => all.indexOf(choice) === index)
          .sort(),
      );
    for (const language of LANGUAGES) {
      expect(KEYS.filter((key) => choices(CATALOGS[language][key]) !== choices(CATALOGS.en[key])), language).toEqual([]);
    }
  });

  test('product names, Graph permissions and CSV stay as they are in every language', () => {
    for (const language of LANGUAGES) {
      const lost = KEYS.flatMap((key) =>
        UNTRANSLATED_TERMS.filter((term) => new RegExp(`\\b${term.replace('.', '\\.')}\\b`).test(CATALOGS.en[key]) && !CATALOGS[language][key].includes(term)).map((term) => `${key}: ${term}`),
      );
      expect(lost, language).toEqual([]);
    }
  });

  test('commands quoted in a message stay English', () => {
    const quotedCommands = (message: string) => [...message.matchAll(/["“«]\u00a0?((?:digest|csv|groups|copilot|help|status)\b[^"”»\u00a0]*)/g)].map((match) => match[1]!);
    for (const language of LANGUAGES) {
      const changed = KEYS.filter((key) => quotedCommands(CATALOGS.en[key]).some((command) => !CATALOGS[language][key].includes(command)));
      expect(changed, language).toEqual([]);
    }
  });
});

describe('plural forms follow CLDR', () => {
  const counts = [0, 1, 2, 5, 11, 21, 22, 101];
  const users = (locale: string, rows: number) => messagesFor({ locale }).t('progress.rows', { rows, unit: 'users' });

  test('Russian: one, few, many', () => {
    expect(counts.map((count) => messagesFor({ locale: 'ru-RU' }).t('file.rows', { count }))).toEqual([
      '0 строк',
      '1 строка',
      '2 строки',
      '5 строк',
      '11 строк',
      '21 строка',
      '22 строки',
      '101 строка',
    ]);
    expect(counts.map((count) => users('ru-RU', count).replace('Загрузка · прочитано ', ''))).toEqual([
      '0 пользователей',
      '1 пользователь',
      '2 пользователя',
      '5 пользователей',
      '11 пользователей',
      '21 пользователь',
      '22 пользователя',
      '101 пользователь',
    ]);
  });

  test('Italian: one, other', () => {
    expect(counts.map((count) => messagesFor({ locale: 'it-IT' }).t('file.rows', { count }))).toEqual([
      '0 righe',
      '1 riga',
      '2 righe',
      '5 righe',
      '11 righe',
      '21 righe',
      '22 righe',
      '101 righe',
    ]);
    expect(counts.map((count) => users('it-IT', count).replace('Download · ', ''))).toEqual([
      '0 utenti letti',
      '1 utente letto',
      '2 utenti letti',
      '5 utenti letti',
      '11 utenti letti',
      '21 utenti letti',
      '22 utenti letti',
      '101 utenti letti',
    ]);
  });

  test('the report cards\' counts agree in Russian and Italian: members, idle seats, and the genitive after "из"', () => {
    const ru = messagesFor({ locale: 'ru-RU' });
    const it = messagesFor({ locale: 'it-IT' });
    expect(counts.map((count) => ru.t('groupRow.members', { count }))).toEqual([
      '0 участников',
      '1 участник',
      '2 участника',
      '5 участников',
      '11 участников',
      '21 участник',
      '22 участника',
      '101 участник',
    ]);
    expect(counts.map((total) => ru.t('rows.showing', { shown: 0, total, noun: 'users' }).replace(/^Показано 0 из | В файле CSV есть все\.$/g, ''))).toEqual([
      '0 пользователей.',
      '1 пользователя.',
      '2 пользователей.',
      '5 пользователей.',
      '11 пользователей.',
      '21 пользователя.',
      '22 пользователей.',
      '101 пользователя.',
    ]);
    expect(counts.map((count) => it.t('groupRow.members', { count }))).toEqual(['0 membri', '1 membro', '2 membri', '5 membri', '11 membri', '21 membri', '22 membri', '101 membri']);
    expect([1, 2, 21].map((seats) => it.t('digest.idle', { seats, unassigned: 0, inactive: seats, period: 'negli ultimi 30 giorni', spend: 'none' }).split(' = ')[0])).toEqual([
      '⚠ 1 licenza Copilot inutilizzata',
      '⚠ 2 licenze Copilot inutilizzate',
      '⚠ 21 licenze Copilot inutilizzate',
    ]);
  });

  test('the workload answers\' counts agree in Russian and Italian: a list row\'s calls, the accounts not shown, a file\'s active files', () => {
    const ru = messagesFor({ locale: 'ru-RU' });
    const it = messagesFor({ locale: 'it-IT' });
    expect(counts.map((value) => ru.t('workload.count', { what: 'calls', value }))).toEqual([
      '0 звонков',
      '1 звонок',
      '2 звонка',
      '5 звонков',
      '11 звонков',
      '21 звонок',
      '22 звонка',
      '101 звонок',
    ]);
    expect([1, 2, 5, 21].map((total) => ru.t('rows.showing', { shown: 0, total, noun: 'accounts' }).replace(/^Показано 0 из | В файле CSV есть все\.$/g, ''))).toEqual([
      '1 учётной записи.',
      '2 учётных записей.',
      '5 учётных записей.',
      '21 учётной записи.',
    ]);
    expect([1, 2, 5, 21, 22].map((value) => ru.t('file.figure', { name: 'activeFiles', value }))).toEqual([
      '1 активный файл',
      '2 активных файла',
      '5 активных файлов',
      '21 активный файл',
      '22 активных файла',
    ]);
    expect(counts.map((value) => it.t('workload.count', { what: 'meetings', value }))).toEqual([
      '0 riunioni',
      '1 riunione',
      '2 riunioni',
      '5 riunioni',
      '11 riunioni',
      '21 riunioni',
      '22 riunioni',
      '101 riunioni',
    ]);
  });

  test('digits follow the locale, plural categories the language: an English answer to pt-BR', () => {
    expect(messagesFor({ locale: 'pt-BR' }).t('file.rows', { count: 1234 })).toBe('1.234 rows');
    // Portuguese would put 0 and 1 in "one"; English says "0 rows".
    expect(messagesFor({ locale: 'pt-BR' }).t('file.rows', { count: 0 })).toBe('0 rows');
    expect(messagesFor({ locale: 'de-CH' }).t('file.rows', { count: 12345 })).toBe(`${new Intl.NumberFormat('de-CH').format(12345)} Zeilen`);
  });
});

describe('the language of a locale', () => {
  test.each([
    ['ru-RU', 'ru'],
    ['it', 'it'],
    ['de-CH', 'de'],
    ['fr-CA', 'fr'],
    ['es-MX', 'es'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['ja-JP', 'en'],
    ['zh-Hans-CN', 'en'],
    ['ru_RU', 'ru'],
    ['english', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['qps-ploc', 'qps-ploc'],
  ])('%s answers in %s', (locale, language) => {
    expect(negotiateLanguage(locale)).toBe(language);
  });
});
