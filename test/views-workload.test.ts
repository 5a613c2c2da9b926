/**
 * The workload card as drawn from hand-made models: every kind fits Teams' limits on buttons, draws each
 * figure once as text, says when a workload has no licensed users, and withholds its lists in a channel
 * with one line and one button.
 */
import { describe, expect, test } from 'vitest';
import { fileOfferText } from '../src/views/file-cards.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { cardOf, structureProblems, submitActions, visibleTexts } from './support/view-fixtures.js';
import { TEAMS, USAGE, WORKLOAD_FIGURES, workloadModel } from './support/workload-fixtures.js';

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
      const withheld = { ...model, detail: { kind: 'withheld' as const, privateCommand: 'x D30' }, actions: [{ title: 'Send me the list privately', command: 'x D30', delivery: 'private' as const }, ...model.actions] };
      for (const shown of [model, withheld]) {
        const card = cardOf(renderReplyMessage({ view: 'workload', model: shown }, 'en-US'));
        expect(structureProblems(card)).toEqual([]);
        for (const actions of actionLists(card)) expect(actions.length).toBeLessThanOrEqual(6);
      }
    },
  );

  test('usage: each workload\'s numbers as text, drawn once as a text bar; a workload without licences says so', () => {
    const card = cardOf(renderReplyMessage({ view: 'workload', model: workloadModel(USAGE) }, 'en-US'));
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
    const card = cardOf(renderReplyMessage({ view: 'workload', model: { ...model, actions: [{ title: 'Send me the list privately', command: 'teams D30', delivery: 'private' }, ...model.actions] } }, 'en-US'));
    const texts = visibleTexts(card);
    expect(texts).toContain('Team chat messages: 31,200');
    expect(texts).toContain('The list of the most and least active Teams users is only sent in personal chat, because it names people. Use the button to get it there.');
    expect(texts.filter((text) => text === '[Send me the list privately]')).toHaveLength(1);
    expect(texts.some((text) => text.startsWith('Most active') || text.startsWith('Inactive the longest'))).toBe(false);
  });

  test('the terminal reads the same card as text, buttons as the commands they send', () => {
    const text = formatReplyText({ view: 'workload', model: workloadModel(TEAMS) }, 'en-US');
    expect(text).toMatch(/^Microsoft Teams · last 30 days$/m);
    // A row's name, then its details (on the next line, or beside it).
    expect(text).toMatch(/^megan\.bowen@contoso\.com(\n|\s{2,})1,312 messages · 66 meetings · 14 calls · last active Nov 19, 2026$/m);
    expect(text).toMatch(/^lynne\.robbins@contoso\.com(\n|\s{2,})never active$/m);
    expect(text).toMatch(/^→ All workloads\s+usage D30$/m);
  });
});

describe('what a workload file adds up to', () => {
  test('a chat that takes no file offer gets the totals on its fallback card, as the offer would have said', () => {
    const totals = { kind: 'figures' as const, figures: [{ label: 'team chat messages', value: 57046 }, { label: 'storage used', value: 2_748_779_069_440, unit: 'bytes' as const }] };
    const model = { fileName: 'teams-D30-2026-11-20.csv', rowCount: 2000, sizeInBytes: 812_000, command: 'csv teams D30', reason: 'not-shown' as const, totals };
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'file-fallback', model }, 'en-US')));
    expect(texts).toContain('Totals of the rows: 57,046 team chat messages, 2.5\u00a0TB storage used.');
    expect(fileOfferText({ ...model, refreshDate: '2026-11-20' }, 'en-US')).toContain('choose Allow to save it to your OneDrive. Totals of the rows: 57,046 team chat messages, 2.5\u00a0TB storage used.');
  });
});
