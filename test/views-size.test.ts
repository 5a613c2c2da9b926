import { describe, expect, test } from 'vitest';
import type { CopilotUserRow, DigestDepartments, DigestModel, GroupRow, ReplyMessage } from '../src/view-models.js';
import type { CardData } from '../src/views/card-data.js';
import type { DisplayText } from '../src/views/display-text.js';
import { expandCardTemplate } from '../src/views/card-templates.js';
import { CARD_SIZE_TARGET_BYTES, TEAMS_MESSAGE_LIMIT_BYTES, serializedBytes } from '../src/views/fit-card-size.js';
import { renderCard } from '../src/views/render-card.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { cardViewContext } from '../src/views/view-context.js';
import { buildCardData } from '../src/views/view-builders.js';
import type { Audience } from '../src/i18n/audience.js';
import { CATALOGS } from '../src/i18n/catalogs/index.js';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../src/i18n/languages.js';
import { messagesFor } from '../src/i18n/messages.js';
import { dataOf } from './support/model-data.js';
import { ALL_VIEW_STATES } from './support/view-states.js';
import {
  DIGEST,
  GROUPS_D30,
  GROUPS_INACTIVE_SHOWN,
  INACTIVE_SHOWN,
  LICENCES_BY_DEPARTMENT,
  USERS_SHOWN,
  cardOf,
  structureProblems,
  visibleTexts,
} from './support/view-fixtures.js';
import type { WorkloadFigures } from '../src/workload-view-models.js';
import { INACTIVE_USERS, LICENCES, WORKLOAD_FIGURES, workloadModel } from './support/workload-fixtures.js';

const ROWS = 1000;
const longName = (index: number) => `Person ${index} ${'with a very long display name '.repeat(8)}`.trim();

function manyUsers(count: number): CopilotUserRow[] {
  return Array.from({ length: count }, (_, index) => ({
    userPrincipalName: `person.${index}.${'long'.repeat(20)}@contoso.onmicrosoft.com`,
    displayName: longName(index),
    lastActivityDate: '2026-11-18',
    appsUsed: ['Teams', 'Word', 'Excel', 'PowerPoint', 'Outlook', 'OneNote', 'Loop', 'Copilot Chat'],
  }));
}

function manyGroups(count: number): GroupRow[] {
  return Array.from({ length: count }, (_, index) => ({
    name: longName(index),
    id: `${String(index).padStart(8, '0')}-0000-4000-8000-000000000000`,
    owner: `owner.${index}.${'long'.repeat(20)}@contoso.com`,
    lastActivityDate: '2026-01-01',
    memberCount: 1200,
    exchangeReceivedEmailCount: 123456,
    sharePointActiveFileCount: 4321,
    storageBytes: 5_368_709_120,
    deleted: index % 2 === 0,
  }));
}

const oversized: readonly ReplyMessage[] = [
  { view: 'copilot-users', model: { ...USERS_SHOWN, rows: manyUsers(ROWS), totalRows: 165115 } },
  { view: 'copilot-inactive', model: { ...INACTIVE_SHOWN, rows: manyUsers(ROWS), totalRows: ROWS } },
  { view: 'groups-inactive', model: { ...GROUPS_INACTIVE_SHOWN, rows: manyGroups(ROWS), totalRows: ROWS } },
  { view: 'groups', model: { ...GROUPS_D30, topByActivity: manyGroups(ROWS), topByStorage: manyGroups(ROWS) } },
];

describe('the size guard', () => {
  test.each(oversized.map((message) => [message.view, message] as const))(
    '%s with 1,000 long rows stays under the target, keeps the first rows and says how many are shown',
    (_, message) => {
      const notes = {
        'en-US': /^Showing \d+ of [\d,]+ (users|groups)\. The CSV file has them all\.$/,
        'de-DE': /^\d+ von [\d.]+ (Benutzern|Gruppen) angezeigt\. Die CSV-Datei enthält alle\.$/,
      };
      for (const [locale, wording] of Object.entries(notes)) {
        const card = cardOf(renderReplyMessage(message, { locale }));
        const bytes = serializedBytes(card);
        expect(bytes).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
        expect(bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
        expect(structureProblems(card)).toEqual([]);
        const texts = visibleTexts(card);
        expect(texts.some((text) => text === 'Person 0' || text.startsWith('Person 0 '))).toBe(true);
        // Each list the guard shortened says so (the groups card has two).
        expect(texts.filter((text) => wording.test(text)).length, locale).toBeGreaterThan(0);
      }
    },
  );

  test('it drops only as many rows as needed: one more would not have fitted', () => {
    const message: ReplyMessage = { view: 'copilot-users', model: { ...USERS_SHOWN, rows: manyUsers(ROWS), totalRows: 165115 } };
    const card = cardOf(renderReplyMessage(message, { locale: 'en-US' }));
    const shown = visibleTexts(card).filter((text) => text.startsWith('Person ')).length;
    expect(shown).toBeGreaterThan(10);
    expect(visibleTexts(card)).toContain(`Showing ${shown} of 165,115 users. The CSV file has them all.`);
    const oneMore = { view: 'copilot-users', model: { ...USERS_SHOWN, rows: manyUsers(shown + 1), totalRows: 165115 } } as const;
    const unguarded = expandCardTemplate('copilot-users', buildCardData<'copilot-users'>(oneMore, cardViewContext({ locale: 'en-US' })));
    expect(serializedBytes(unguarded)).toBeGreaterThan(CARD_SIZE_TARGET_BYTES);
  });

  test('cards that fit are left alone', () => {
    const card = cardOf(renderReplyMessage({ view: 'copilot-users', model: USERS_SHOWN }, { locale: 'en-US' }));
    expect(visibleTexts(card)).toContain('Showing 3 of 165,115 users. The CSV file has them all.');
  });

  test('a card without lists is returned as it is, however large', () => {
    const data: CardData['sent-privately'] = { message: 'x'.repeat(50_000) as DisplayText };
    expect(serializedBytes(renderCard('sent-privately', data).content)).toBeGreaterThan(50_000);
  });
});

describe('every card in every language', () => {
  const locales = { en: 'en-US', ru: 'ru-RU', it: 'it-IT', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' } as const;
  const audiences: readonly Audience[] = [...LANGUAGES.map((language) => ({ language, locale: locales[language] })), { language: PSEUDO_LANGUAGE, locale: 'de-DE' }];
  /** About 30 characters fit a line of the narrowest Teams client (a phone, about 320 px). */
  const MAX_WORD = 28;
  /** Teams shows about 32 characters of a button before it cuts the title. */
  const MAX_BUTTON = 32;
  // A GUID (a SKU's id) is data too, shown as Microsoft writes it.
  const words = (text: string) => text.split(/[\s/]+/).filter((word) => word !== '' && !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(word));

  test.each(ALL_VIEW_STATES)('%s stays under the size target, wraps every text block, and has no word or button too long for a phone', (_, message) => {
    // Data is shown as it is (names, addresses, file names, commands); only the card's own words are measured.
    const data = dataOf(message.model).sort((a, b) => b.length - a.length);
    for (const audience of audiences) {
      const card = cardOf(renderReplyMessage(message, audience, 'copilot summary D30'));
      expect(serializedBytes(card), audience.language).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
      expect(structureProblems(card), audience.language).toEqual([]);
      // A TextBlock without wrap is cut at the card's edge; with it, lines break between words.
      expect(textBlocks(card).filter((block) => block['wrap'] !== true), audience.language).toEqual([]);
      const own = visibleTexts(card).map((text) => data.reduce((rest, value) => rest.split(value).join(' '), text));
      expect(own.flatMap(words).filter((word) => [...word].length > MAX_WORD), audience.language).toEqual([]);
      // The pseudo-locale runs 40 % longer than any language by design; buttons are measured in the real ones.
      const buttons = audience.language === PSEUDO_LANGUAGE ? [] : visibleTexts(card).filter((text) => text.startsWith('['));
      expect(buttons.filter((title) => [...title].length - 2 > MAX_BUTTON), audience.language).toEqual([]);
    }
  });

  test('lists too long for a card are cut to fit in every language', () => {
    for (const message of oversized) {
      for (const language of LANGUAGES) {
        const card = cardOf(renderReplyMessage(message, { language, locale: locales[language] }));
        expect(serializedBytes(card), `${message.view} ${language}`).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
      }
    }
  });

  test('no catalog word is too long to fit the narrow mobile card, and no button title is cut', () => {
    // Graph's permission names are the longest words we show.
    const longest = (text: string) => Math.max(...words(text.replace(/\{[^{}]*\}/g, ' ')).map((word) => [...word].length));
    for (const language of LANGUAGES) {
      const catalog = CATALOGS[language];
      // The terminal's own lines (cli.*) are not drawn on cards.
      const long = Object.entries(catalog).filter(([key, message]) => !key.startsWith('cli.') && longest(message.replaceAll('LicenseAssignment.Read.All', '')) > MAX_WORD);
      expect(long.map(([key]) => key), language).toEqual([]);
      const titles = [
        ...Object.entries(catalog).filter(([key, title]) => key.startsWith('action.') && !title.includes('{')),
        ['action.lastDays', messagesFor({ language, locale: 'en-US' }).t('action.lastDays', { days: 180 })],
        ['action.inactiveForDays', messagesFor({ language, locale: 'en-US' }).t('action.inactiveForDays', { days: 28 })],
      ];
      expect(titles.filter(([, title]) => [...title!].length > MAX_BUTTON), language).toEqual([]);
    }
  });
});

function textBlocks(card: Record<string, unknown>): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const element = value as Record<string, unknown>;
      if (element['type'] === 'TextBlock') found.push(element);
      Object.values(element).forEach(visit);
    }
  };
  visit(card['body']);
  return found;
}

describe('free-text directory values on a card', () => {
  // Entra ID caps these attributes at 64 to 128 characters, but Graph's JSON is untrusted input: the card caps them itself.
  const longValue = (index: number) => `${index} ${'Département de la recherche & du développement <b>*x*</b> '.repeat(12)}`;

  test('a grouped answer with a full card of very long values stays under the target, each value cut with an ellipsis', () => {
    const rows = Array.from({ length: 24 }, (_, index) => ({ kind: 'value' as const, label: longValue(index), users: 9000 - index, active: 4000, neverActive: 10, idle: 5000, idleMonthly: 150000 }));
    const model = { ...LICENCES_BY_DEPARTMENT, rows: [...rows, LICENCES_BY_DEPARTMENT.rows.at(-1)!] };
    for (const [locale, other] of [['en-US', 'Other (41 departments)'], ['de-DE', 'Andere (41 Abteilungen)']] as const) {
      const card = cardOf(renderReplyMessage({ view: 'attribute-groups', model }, { locale }));
      expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
      expect(structureProblems(card)).toEqual([]);
      const texts = visibleTexts(card);
      // Every row is there, "other" included: none was dropped to fit.
      expect(texts.filter((text) => /^\d+ Département/.test(text))).toHaveLength(24);
      expect(texts.find((text) => text.startsWith('0 Département'))).toMatch(/…$/);
      expect(texts).toContain(other);
    }
  });

  test('the digest with three moves each way of very long department names stays under the target', () => {
    const move = (index: number, points: number) => ({ department: longValue(index), users: 1000, active: 500, points });
    const data = (DIGEST.departments as { data: DigestDepartments }).data;
    const model: DigestModel = { ...DIGEST, departments: { status: 'ok', data: { ...data, up: [1, 2, 3].map((i) => move(i, i)), down: [4, 5, 6].map((i) => move(i, -i)) } } };
    const card = cardOf(renderReplyMessage({ view: 'digest', model }, { locale: 'en-US' }));
    expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
    expect(visibleTexts(card).filter((text) => /^\d Département.*…: [▲▼] \d\.0 pts · 50\.0% active · 500 of 1,000$/.test(text))).toHaveLength(6);
  });
});

describe('the size guard on workload cards, whose lists sit in a list of lists', () => {
  const longUpn = (index: number) => `person.${index}.${'long'.repeat(20)}@contoso.onmicrosoft.com`;
  const listed = (index: number) => ({
    userPrincipalName: longUpn(index),
    displayName: longName(index),
    ownerPrincipalName: longUpn(index),
    ownerDisplayName: longName(index),
    siteId: `site-${index}`,
    siteUrl: `https://contoso.sharepoint.com/sites/${'Long'.repeat(30)}${index}`,
    lastActivityDate: '2026-11-18',
    teamChatMessageCount: 120,
    privateChatMessageCount: 400,
    callCount: 12,
    meetingCount: 30,
    sendCount: 120,
    receiveCount: 900,
    readCount: 700,
    fileCount: 4000,
    activeFileCount: 200,
    pageViewCount: 900,
    storageUsedInBytes: 5_368_709_120,
    rootWebTemplate: 'Group',
  });
  const many = Array.from({ length: ROWS }, (_, index) => listed(index));
  const withLongLists = (figures: WorkloadFigures): WorkloadFigures => {
    const lists = Object.fromEntries(['mostActive', 'largest', 'mostViewed', 'inactive'].filter((key) => key in figures).map((key) => [key, many]));
    const counts = Object.fromEntries(['users', 'accounts', 'sites'].filter((key) => key in figures).map((key) => [key, { total: 250_000, active: 200_000, inactive: 50_000 }]));
    return { ...figures, ...lists, ...counts };
  };

  // The licence cards' lists (SKUs, the reclaim list) are tried on their own below.
  const ranked = WORKLOAD_FIGURES.filter((figures) => !['usage', 'licences', 'inactive-users'].includes(figures.kind));
  test.each(ranked.map((figures) => [figures.kind, figures] as const))(
    '%s with 1,000 long rows in each list stays under the target, keeps every list\'s first rows and says how many are shown',
    (_, figures) => {
      const notes = {
        'en-US': /^Showing \d+ of 50,000 (users|accounts|sites)\. The CSV file has them all\.$/,
        'de-DE': /^\d+ von 50\.000 (Benutzern|Konten|Websites) angezeigt\. Die CSV-Datei enthält alle\.$/,
      };
      for (const [locale, wording] of Object.entries(notes)) {
        const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(withLongLists(figures)) }, { locale }));
        const bytes = serializedBytes(card);
        expect(bytes).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
        expect(structureProblems(card)).toEqual([]);
        // The inactive list says how many of all it shows; the top lists are as long as they are.
        expect(visibleTexts(card).filter((text) => wording.test(text)), locale).toHaveLength(1);
      }
      // Each list still shows its first item (its name line under its heading).
      const english = visibleTexts(cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(withLongLists(figures)) }, { locale: 'en-US' })));
      const headings = english.flatMap((text, at) => (text === 'Inactive the longest (never active first)' || text.startsWith('Most ') || text === 'Largest' ? [at] : []));
      expect(headings.length).toBeGreaterThan(0);
      for (const at of headings) expect(english[at + 1]).toMatch(/^(Person 0 |person\.0\.|https:\/\/contoso\.sharepoint\.com\/sites\/(Long)+0$)/);

    },
  );
});

describe('the size guard on the licence cards', () => {
  const long = 'Contoso Very Long Product Name With Many Words For The Licence List '.repeat(2).trim();

  test('a tenant with 300 SKUs with long names stays under the target and keeps the first SKU', () => {
    const skus = Array.from({ length: 300 }, (_, index) => ({ ...LICENCES.licences.skus[0]!, skuPartNumber: `CONTOSO_SKU_${index}`, productName: `${long}${index}` }));
    const figures = { ...LICENCES, licences: { ...LICENCES.licences, skus } };
    for (const locale of ['en-US', 'de-DE']) {
      const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(figures) }, { locale }));
      expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
      expect(structureProblems(card)).toEqual([]);
      const texts = visibleTexts(card);
      const { t } = messagesFor({ locale });
      expect(texts[texts.indexOf(t('licencesCard.skus')) + 1]).toBe(`${long}0`);
      const showing = new Set(Array.from({ length: 300 }, (_, shown) => t('rows.showing', { shown, total: 300, noun: 'skus' })));
      expect(texts.some((text) => showing.has(text))).toBe(true);
    }
  });

  test('a reclaim list of 1,000 users with long names stays under the target, keeps the most expensive and says how many are shown', () => {
    const list = INACTIVE_USERS.list!;
    const head = Array.from({ length: 1000 }, (_, index) => ({ ...list.head[0]!, userPrincipalName: `person.${index}.${'x'.repeat(60)}@contoso.com`, displayName: `Person ${index} ${long}` }));
    const figures = { ...INACTIVE_USERS, list: { ...list, users: 50_000, head } };
    const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(figures) }, { locale: 'en-US' }));
    expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
    const texts = visibleTexts(card);
    expect(texts[texts.indexOf('Most expensive first') + 1]).toBe(`Person 0 ${long}`);
    expect(texts.filter((text) => /^Showing \d+ of 50,000 users\. The CSV file has them all\.$/.test(text))).toHaveLength(1);
  });
});
