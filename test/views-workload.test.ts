/**
 * The workload card as drawn from hand-made models: every kind fits Teams' limits on buttons, draws each
 * figure once as text, says when a workload has no licensed users, and withholds its lists in a channel
 * with one line and one button.
 */
import { describe, expect, test } from 'vitest';
import { phrase } from '../src/i18n/message-types.js';
import { fileOfferText } from '../src/views/file-cards.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { cardOf, structureProblems, submitActions, visibleTexts } from './support/view-fixtures.js';
import { INACTIVE_USERS, LICENCES, TEAMS, USAGE, WORKLOAD_FIGURES, workloadModel } from './support/workload-fixtures.js';

type Json = Record<string, unknown>;

/** Every list of actions on the card: the card's own and each ActionSet's. */
function actionLists(card: Json): unknown[][] {
  const lists: unknown[][] = [Array.isArray(card['actions']) ? card['actions'] : []];
  const visit = (element: unknown): void => {
    if (typeof element !== 'object' || element === null) return;
    const item = element as Json;
    if (item['type'] === 'ActionSet' && Array.isArray(item['actions'])) lists.push(item['actions']);
    for (const key of ['body', 'items']) if (Array.isArray(item[key])) (item[key] as unknown[]).forEach(visit);
  };
  visit(card);
  return lists;
}

describe('the workload card', () => {
  test.each(WORKLOAD_FIGURES.map((figures) => [figures.kind, workloadModel(figures)] as const))(
    '%s: at most six buttons in any row (Teams shows no more), in personal chat and withheld in a channel',
    (_, model) => {
      const withheld = { ...model, detail: { kind: 'withheld' as const, privateCommand: 'x D30' }, actions: [{ title: phrase('action.sendPrivately'), command: 'x D30', delivery: 'private' as const }, ...model.actions] };
      for (const shown of [model, withheld]) {
        const card = cardOf(renderReplyMessage({ view: 'workload', model: shown }, { locale: 'en-US' }));
        expect(structureProblems(card)).toEqual([]);
        for (const actions of actionLists(card)) expect(actions.length).toBeLessThanOrEqual(6);
      }
    },
  );

  test('usage: each workload\'s numbers as text, drawn once as a text bar; a workload without licences says so', () => {
    const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(USAGE) }, { locale: 'en-US' }));
    const texts = visibleTexts(card);
    expect(texts[0]).toBe('Microsoft 365 usage · last 30 days');
    const line = (pattern: RegExp) => expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
    line(/^Exchange: [█▏▎▍▌▋▊▉░]{10} 93\.3% · 1,101 of 1,180 · 702 on an average day$/);
    line(/^Microsoft 365 Apps: [█▏▎▍▌▋▊▉░]{10} 93\.3% · 1,120 of 1,200$/);
    line(/^Any workload: [█▏▎▍▌▋▊▉░]{10} 95\.8% · 1,150 of 1,200 · 890 on an average day$/);
    expect(texts).toContain('Viva Engage (Yammer): no licensed users in the report');
    expect(JSON.stringify(card)).not.toContain('"Chart.');
    // Each workload's answer is a button under the figures; the card's own buttons stay for the periods and the file.
    expect(submitActions(card).map((action) => action.data['command'])).toEqual(['teams D30', 'usage D7', 'csv usage D30']);
  });

  test('withheld in a channel: the figures stay, the lists go, and one line and one button say where they are', () => {
    const model = { ...workloadModel({ ...TEAMS, mostActive: [], inactive: [] }), detail: { kind: 'withheld' as const, privateCommand: 'teams D30' } };
    const card = cardOf(renderReplyMessage({ view: 'workload', model: { ...model, actions: [{ title: phrase('action.sendPrivately'), command: 'teams D30', delivery: 'private' as const }, ...model.actions] } }, { locale: 'en-US' }));
    const texts = visibleTexts(card);
    expect(texts).toContain('Team chat messages: 31,200');
    expect(texts).toContain('The list of the most and least active Teams users is only sent in personal chat, because it names people. Use the button to get it there.');
    expect(texts.filter((text) => text === '[Send me the list privately]')).toHaveLength(1);
    expect(texts.some((text) => text.startsWith('Most active') || text.startsWith('Inactive the longest'))).toBe(false);
  });

  test('the terminal reads the same card as text, buttons as the commands they send', () => {
    const text = formatReplyText({ view: 'workload', model: workloadModel(TEAMS) }, { locale: 'en-US' });
    expect(text).toMatch(/^Microsoft Teams · last 30 days$/m);
    // A row's name, then its details (on the next line, or beside it).
    expect(text).toMatch(/^megan\.bowen@contoso\.com(\n|\s{2,})1,312 messages · 66 meetings · 14 calls · last active Nov 19, 2026$/m);
    expect(text).toMatch(/^lynne\.robbins@contoso\.com(\n|\s{2,})never active$/m);
    expect(text).toMatch(/^→ All workloads\s+usage D30$/m);
  });
});

describe('what a workload file adds up to', () => {
  test('a chat that takes no file offer gets the totals on its fallback card, as the offer would have said', () => {
    const totals = { kind: 'figures' as const, figures: [{ name: 'teamChatMessages' as const, value: 57046 }, { name: 'storageUsed' as const, value: 2_748_779_069_440, unit: 'bytes' as const }] };
    const model = { fileName: 'teams-D30-2026-11-20.csv', rowCount: 2000, sizeInBytes: 812_000, command: 'csv teams D30', reason: 'not-shown' as const, totals };
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'file-fallback', model }, { locale: 'en-US' })));
    expect(texts).toContain('Totals of the rows: 57,046 team chat messages, 2.5\u00a0TB storage used.');
    expect(fileOfferText({ ...model, refreshDate: '2026-11-20' }, { locale: 'en-US' })).toContain('choose Allow to save it to your OneDrive. Totals of the rows: 57,046 team chat messages, 2.5\u00a0TB storage used.');
  });
});

describe('the licence cards', () => {
  const textsOf = (figures: Parameters<typeof workloadModel>[0]) => visibleTexts(cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(figures) }, { locale: 'en-US' })));

  test('licenses: paid seats, idle seats and spend of all licences, Copilot as one, each SKU on a name line and a details line', () => {
    const texts = textsOf(LICENCES);
    expect(texts[0]).toBe('Licences · last 30 days');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Purchased seats (paid SKUs): 1,500',
        'Over-assigned: 8 more assigned than purchased',
        'Idle seats · last 30 days: 157, all licences',
        'Idle spend: $4,344.00 a month · $52,128.00 a year · 26 idle seats have no price set and are not in it',
        'Idle seats: 62 = 10 unassigned + 52 assigned, no Copilot activity in the last 30 days',
        'Microsoft 365 E5',
        'SPE_E5 · 350 purchased · 358 assigned · 0 unassigned · 8 over-assigned · 20 of 356 holders inactive in the last 30 days · 20 idle seats · price not set (LICENSE_PRICES)',
        'FLOW_FREE · 10,000 purchased · 120 assigned · 9,880 unassigned · free or trial (by its name): not counted as spend',
        'Microsoft_365_Copilot · 300 purchased · 290 assigned · 10 unassigned · 288 holders · idle seats with Microsoft 365 Copilot above · $30.00 a seat a month',
        'Products with no SKU found (counted, not priced)',
        '6 of 40 holders inactive in the last 30 days · 6 idle seats, not priced: no subscribed SKU has this name',
      ]),
    );
    // Without prices, the card says how to set them instead of a cost.
    const { spend: _spend, ...idle } = LICENCES.licences.idle;
    expect(textsOf({ ...LICENCES, licences: { ...LICENCES.licences, idle } })).toContain('Idle spend: Set LICENSE_PRICES (e.g. SPE_E5=57 USD, SPE_E3=36 USD) to see what idle seats cost.');
  });

  test('inactive users: the users and their cost, per licence, Copilot seats in use said on the row, most expensive first', () => {
    const texts = textsOf(INACTIVE_USERS);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Inactive users · last 30 days',
        'Paid licence, no activity: 87 users, no activity in any workload in the last 30 days',
        'Their licences cost: $2,766.00 a month · $33,192.00 a year',
        'Copilot seats: 20 of them hold Microsoft 365 Copilot; 1 used it in the last 30 days: those seats are in use, not in the cost.',
        'Microsoft 365 Copilot: 20 users · $570.00 a month',
        'Contoso Analytics: 6 users · no SKU found: not priced',
        'lynne.robbins@contoso.com · $87.00 a month · Microsoft 365 E5, Microsoft 365 Copilot · never active',
        'patti.fernandez@contoso.com · $36.00 a month · Microsoft 365 E3, Microsoft 365 Copilot · last active Jul 30, 2026 · Exchange Jul 30, 2026, Teams Jul 28, 2026 · Copilot in use (Nov 18, 2026)',
      ]),
    );
    expect(texts.indexOf('Lynne Robbins')).toBeLessThan(texts.indexOf('Patti Fernandez'));
  });

  test('inactive users: when concealed names keep the reports apart, the card says which and where the setting is', () => {
    const list = INACTIVE_USERS.list!;
    const differs = textsOf({ ...INACTIVE_USERS, list: { ...list, copilot: { ...list.copilot, join: 'concealment-differs' }, copilotIdentities: 'concealed' } }).join('\n');
    expect(differs).toContain('but the Copilot report conceals names and the active-user report does not, so their users cannot be matched: Copilot seats are left out of the costs.');
    expect(differs).toContain('Settings › Org settings › Services › Reports');
    const codes = textsOf({ ...INACTIVE_USERS, list: { ...list, copilot: { ...list.copilot, join: 'names-differ' } } }).join('\n');
    expect(codes).toContain("the concealed names of the Copilot report do not match the active-user report's");
  });

  test('inactive users over a week: a count, why there is no list, and the way to the 30 days; no list, no cost', () => {
    const { list: _list, ...week } = INACTIVE_USERS;
    const texts = textsOf({ ...week, scope: 'shorter' });
    expect(texts).toContain('No activity in any workload · last 30 days: 98');
    expect(texts.join('\n')).toContain('A week without activity is no reason to take a licence back');
    expect(texts.some((text) => text.startsWith('Their licences cost'))).toBe(false);
  });
});
