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
      for (const locale of ['en-US', 'de-DE']) {
        const card = cardOf(renderReplyMessage(message, locale));
        const bytes = serializedBytes(card);
        expect(bytes).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
        expect(bytes).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);
        expect(structureProblems(card)).toEqual([]);
        const texts = visibleTexts(card);
        expect(texts.some((text) => text === 'Person 0' || text.startsWith('Person 0 '))).toBe(true);
        const note = texts.find((text) => text.startsWith('Showing '));
        expect(note).toMatch(/^Showing \d+ of [\d.,]+ (users|groups)\. The CSV file has them all\.$/);
      }
    },
  );

  test('it drops only as many rows as needed: one more would not have fitted', () => {
    const message: ReplyMessage = { view: 'copilot-users', model: { ...USERS_SHOWN, rows: manyUsers(ROWS), totalRows: 165115 } };
    const card = cardOf(renderReplyMessage(message, 'en-US'));
    const shown = visibleTexts(card).filter((text) => text.startsWith('Person ')).length;
    expect(shown).toBeGreaterThan(10);
    expect(visibleTexts(card)).toContain(`Showing ${shown} of 165,115 users. The CSV file has them all.`);
    const oneMore = { view: 'copilot-users', model: { ...USERS_SHOWN, rows: manyUsers(shown + 1), totalRows: 165115 } } as const;
    const unguarded = expandCardTemplate('copilot-users', buildCardData<'copilot-users'>(oneMore, cardViewContext('en-US')));
    expect(serializedBytes(unguarded)).toBeGreaterThan(CARD_SIZE_TARGET_BYTES);
  });

  test('cards that fit are left alone', () => {
    const card = cardOf(renderReplyMessage({ view: 'copilot-users', model: USERS_SHOWN }, 'en-US'));
    expect(visibleTexts(card)).toContain('Showing 3 of 165,115 users. The CSV file has them all.');
  });

  test('a card without lists is returned as it is, however large', () => {
    const data: CardData['sent-privately'] = { message: 'x'.repeat(50_000) as DisplayText };
    expect(serializedBytes(renderCard('sent-privately', data).content)).toBeGreaterThan(50_000);
  });
});

describe('free-text directory values on a card', () => {
  // Entra ID caps these attributes at 64 to 128 characters, but Graph's JSON is untrusted input: the card caps them itself.
  const longValue = (index: number) => `${index} ${'Département de la recherche & du développement <b>*x*</b> '.repeat(12)}`;

  test('a grouped answer with a full card of very long values stays under the target, each value cut with an ellipsis', () => {
    const rows = Array.from({ length: 24 }, (_, index) => ({ kind: 'value' as const, label: longValue(index), users: 9000 - index, active: 4000, neverActive: 10, idle: 5000, idleMonthly: 150000 }));
    const model = { ...LICENCES_BY_DEPARTMENT, rows: [...rows, LICENCES_BY_DEPARTMENT.rows.at(-1)!] };
    for (const locale of ['en-US', 'de-DE']) {
      const card = cardOf(renderReplyMessage({ view: 'attribute-groups', model }, locale));
      expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
      expect(structureProblems(card)).toEqual([]);
      const texts = visibleTexts(card);
      // Every row is there, "other" included: none was dropped to fit.
      expect(texts.filter((text) => /^\d+ Département/.test(text))).toHaveLength(24);
      expect(texts.find((text) => text.startsWith('0 Département'))).toMatch(/…$/);
      expect(texts).toContain('Other (41 departments)');
    }
  });

  test('the digest with three moves each way of very long department names stays under the target', () => {
    const move = (index: number, points: number) => ({ department: longValue(index), users: 1000, active: 500, points });
    const data = (DIGEST.departments as { data: DigestDepartments }).data;
    const model: DigestModel = { ...DIGEST, departments: { status: 'ok', data: { ...data, up: [1, 2, 3].map((i) => move(i, i)), down: [4, 5, 6].map((i) => move(i, -i)) } } };
    const card = cardOf(renderReplyMessage({ view: 'digest', model }, 'en-US'));
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
      for (const locale of ['en-US', 'de-DE']) {
        const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(withLongLists(figures)) }, locale));
        const bytes = serializedBytes(card);
        expect(bytes).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
        expect(structureProblems(card)).toEqual([]);
        const texts = visibleTexts(card);
        const headings = texts.flatMap((text, at) => (text === 'Inactive the longest (never active first)' || text.startsWith('Most ') || text === 'Largest' ? [at] : []));
        expect(headings.length).toBeGreaterThan(0);
        // Each list still shows its first item (its name line under the heading), and the inactive list says how many of all it shows.
        for (const at of headings) expect(texts[at + 1]).toMatch(/^(Person 0 |person\.0\.|https:\/\/contoso\.sharepoint\.com\/sites\/(Long)+0$)/);
        expect(texts.filter((text) => /^Showing \d+ of 50[.,]000 (users|accounts|sites)\. The CSV file has them all\.$/.test(text))).toHaveLength(1);
      }
    },
  );
});

describe('the size guard on the licence cards', () => {
  const long = 'Contoso Very Long Product Name With Many Words For The Licence List '.repeat(2).trim();

  test('a tenant with 300 SKUs with long names stays under the target and keeps the first SKU', () => {
    const skus = Array.from({ length: 300 }, (_, index) => ({ ...LICENCES.licences.skus[0]!, skuPartNumber: `CONTOSO_SKU_${index}`, productName: `${long}${index}` }));
    const figures = { ...LICENCES, licences: { ...LICENCES.licences, skus } };
    for (const locale of ['en-US', 'de-DE']) {
      const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(figures) }, locale));
      expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
      expect(structureProblems(card)).toEqual([]);
      const texts = visibleTexts(card);
      expect(texts[texts.indexOf('Subscriptions (SKUs)') + 1]).toBe(`${long}0`);
      expect(texts.some((text) => /^Showing \d+ of 300 SKUs\. The CSV file has them all\.$/.test(text))).toBe(true);
    }
  });

  test('a reclaim list of 1,000 users with long names stays under the target, keeps the most expensive and says how many are shown', () => {
    const list = INACTIVE_USERS.list!;
    const head = Array.from({ length: 1000 }, (_, index) => ({ ...list.head[0]!, userPrincipalName: `person.${index}.${'x'.repeat(60)}@contoso.com`, displayName: `Person ${index} ${long}` }));
    const figures = { ...INACTIVE_USERS, list: { ...list, users: 50_000, head } };
    const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(figures) }, 'en-US'));
    expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
    const texts = visibleTexts(card);
    expect(texts[texts.indexOf('Most expensive first') + 1]).toBe(`Person 0 ${long}`);
    expect(texts.filter((text) => /^Showing \d+ of 50,000 users\. The CSV file has them all\.$/.test(text))).toHaveLength(1);
  });
});
