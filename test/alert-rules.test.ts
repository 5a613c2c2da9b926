import { describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import type { FigureShiftRequest } from '../src/emulator/scenario-route.js';
import type { GraphEmulator } from '../src/emulator/graph-emulator.js';
import { SEAT_PRICE, modelOf, postText, startAlertFixture, type AlertFixture } from './support/alert-fixtures.js';
import { rawCopilotSku, rawCopilotSummary, rawCopilotUsers } from './support/raw-tenant.js';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const percent = (value: number) => `${new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}%`;
const day = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The emulator's Copilot seat figures, counted here from its raw SKUs and user detail rows. */
async function rawFigures(emulator: GraphEmulator) {
  const [sku, users] = await Promise.all([rawCopilotSku(emulator.url), rawCopilotUsers(emulator.url, 'D30')]);
  const idle = sku.unassigned + users.inactive;
  return { sku, users, idle, share: Math.round((1000 * idle) / sku.purchased) / 10, spend: idle * SEAT_PRICE };
}

type Figures = Awaited<ReturnType<typeof rawFigures>>;

/** One kind of rule: its figure from the raw data, how it is typed and shown, and what moves it up. */
type KindCase = {
  readonly title: string;
  figure(figures: Figures): number;
  /** A threshold a margin above today's figure, so the day-to-day drift of activity neither fires nor resolves it. */
  threshold(figures: Figures): number;
  command(threshold: number): string;
  shown(amount: number): string;
  readonly up: FigureShiftRequest;
  /** Licence counts are live: their data day is the day they are read, not a report's refresh date. */
  readonly live?: true;
  /** The facts the card breaks the figure down into, as `title  value` lines. */
  facts(figures: Figures): RegExp[];
};

const line = (title: string, value: string) => new RegExp(`^${title.replace(/[()]/g, '\\$&')}\\s+${value.replace(/[$.()]/g, '\\$&')}$`, 'm');

const KINDS: readonly KindCase[] = [
  {
    title: 'Idle Copilot seats',
    figure: (figures) => figures.idle,
    threshold: (figures) => figures.idle + 20,
    command: (threshold) => `alert idle-seats > ${threshold}`,
    shown: (amount) => count.format(amount),
    up: { idleSeats: 60 },
    facts: (figures) => [
      line('Unassigned', count.format(figures.sku.unassigned)),
      line('Assigned, no Copilot activity in the last 30 days', count.format(figures.users.inactive)),
      line('Seats bought', count.format(figures.sku.purchased)),
    ],
  },
  {
    title: 'Share of Copilot seats idle',
    figure: (figures) => figures.share,
    threshold: (figures) => Math.round(figures.share + 5),
    command: (threshold) => `alert idle-seats > ${threshold}%`,
    shown: percent,
    up: { idleSeats: 80 },
    facts: (figures) => [line('Idle seats', count.format(figures.idle)), line('Seats bought', count.format(figures.sku.purchased))],
  },
  {
    title: 'Unassigned Copilot seats',
    figure: (figures) => figures.sku.unassigned,
    threshold: (figures) => figures.sku.unassigned + 20,
    command: (threshold) => `alert unassigned > ${threshold}`,
    shown: (amount) => count.format(amount),
    up: { idleSeats: 60 },
    live: true,
    facts: (figures) => [line('Seats bought (enabled)', count.format(figures.sku.purchased)), line('Assigned', count.format(figures.sku.assigned)), line('Copilot SKUs counted', 'Microsoft_365_Copilot')],
  },
  {
    title: 'Unassigned Microsoft_365_Copilot seats',
    figure: (figures) => figures.sku.unassigned,
    threshold: (figures) => figures.sku.unassigned + 20,
    command: (threshold) => `alert unassigned > ${threshold} Microsoft_365_Copilot`,
    shown: (amount) => count.format(amount),
    up: { idleSeats: 60 },
    live: true,
    facts: (figures) => [line('Assigned', count.format(figures.sku.assigned)), line('SKU', 'Microsoft_365_Copilot')],
  },
  {
    title: 'Idle Copilot spend a month',
    figure: (figures) => figures.spend,
    threshold: (figures) => figures.spend + 600,
    command: (threshold) => `alert idle-spend > ${threshold} USD`,
    shown: usd,
    up: { idleSeats: 60 },
    facts: (figures) => [line('Unassigned seats', count.format(figures.sku.unassigned)), line('A year at this rate', usd(figures.spend * 12))],
  },
  {
    title: 'Copilot seats never used',
    figure: (figures) => figures.users.neverActive,
    threshold: (figures) => figures.users.neverActive + 10,
    command: (threshold) => `alert never-used > ${threshold}`,
    shown: (amount) => count.format(amount),
    up: { neverUsed: 30 },
    facts: (figures) => [line('Never used Copilot', count.format(figures.users.neverActive)), line('Assigned seats the report lists', count.format(figures.users.enabled))],
  },
];

/** Evaluates what is due and returns the posts it made. */
async function evaluate(fixture: AlertFixture, runner = fixture.runner()) {
  const before = fixture.recording.posted().length;
  await runner.runDue();
  return fixture.recording.posted().slice(before);
}

describe.each(KINDS)('$title', (kind) => {
  test('fires on crossing with the report’s numbers, stays silent while across, resolves once, fires again', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner();
    const dataDate = () => (kind.live ? toIsoDate(fixture.clock.now()) : fixture.refreshDate());
    const start = await rawFigures(fixture.emulator);
    const threshold = kind.threshold(start);
    const set = modelOf(await fixture.ask(kind.command(threshold)), 'alert-rules');
    expect(set.event).toBe('set');
    expect(set.current).toEqual({ figure: expect.objectContaining({ amount: kind.figure(start) }), dataDate: dataDate() });

    expect(await evaluate(fixture, runner)).toEqual([]);
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'quiet', lastEvaluation: { dataDate: dataDate(), figure: { amount: kind.figure(start) } } });

    await fixture.nextDay(kind.up);
    const [fired, ...more] = await evaluate(fixture, runner);
    expect(more).toEqual([]);
    const crossed = await rawFigures(fixture.emulator);
    const figure = kind.figure(crossed);
    const text = postText(fired!);
    expect(text).toContain(`🔔 Alert 1 · ${kind.title} above ${kind.shown(threshold)}`);
    expect(text).toContain(`${kind.title}: ${kind.shown(figure)}, ${kind.shown(figure - threshold)} above the threshold of ${kind.shown(threshold)}, since the data of ${day(dataDate())}.`);
    for (const fact of kind.facts(crossed)) expect(text).toMatch(fact);
    expect(fired!.activity.summary).toBe(`Alert 1: ${kind.title} at ${kind.shown(figure)}`);
    const firedOn = dataDate();

    // Still across the next day: nothing new to say.
    await fixture.nextDay(kind.up);
    expect(await evaluate(fixture, runner)).toEqual([]);
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'firing', since: firedOn });

    await fixture.nextDay({});
    const [resolved, ...alsoMore] = await evaluate(fixture, runner);
    expect(alsoMore).toEqual([]);
    const back = kind.figure(await rawFigures(fixture.emulator));
    expect(postText(resolved!)).toContain(`✓ Alert 1 resolved · ${kind.title}`);
    expect(postText(resolved!)).toContain(`${kind.title}: ${kind.shown(back)} with the data of ${day(dataDate())}, back at or under the threshold of ${kind.shown(threshold)}.`);
    expect(resolved!.activity.attachments[0]?.content).not.toHaveProperty('body.2');

    await fixture.nextDay(kind.up);
    const again = await evaluate(fixture, runner);
    expect(again).toHaveLength(1);
    expect(postText(again[0]!)).toContain(`🔔 Alert 1 · ${kind.title}`);
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'firing', since: dataDate(), lastPost: { event: 'fired', outcome: 'posted' } });
  });
});

describe('Drop in the weekly Copilot active rate', () => {
  test('compares with the rate recorded a week before: no figure until then, one card when it drops past the threshold, one resolution, again on a second drop', async () => {
    const fixture = await startAlertFixture({ emulator: { users: 2000 } });
    const runner = fixture.runner();
    expect(modelOf(await fixture.ask('alert adoption drop > 8'), 'alert-rules').current).toEqual({ unavailable: { code: 'NO_WEEK_BEFORE', detail: addDays(fixture.refreshDate(), -7) } });
    const rates = new Map<string, { enabled: number; active: number }>();
    const shown = (date: string) => Math.round((1000 * rates.get(date)!.active) / rates.get(date)!.enabled) / 10;
    const posts: { date: string; text: string }[] = [];
    const dropFrom = addDays(fixture.refreshDate(), 10);
    const secondDropFrom = addDays(fixture.refreshDate(), 28);
    for (let days = 0; days < 36; days++) {
      if (days > 0) await fixture.nextDay();
      const date = fixture.refreshDate();
      if (date === dropFrom || date === secondDropFrom) await fixture.emulator.shiftFigures({ from: date, adoptionDrop: 20 });
      if (date === addDays(dropFrom, 8)) await fixture.emulator.shiftFigures({ from: date, adoptionDrop: 0 });
      rates.set(date, await rawCopilotSummary(fixture.emulator.url, 'D7'));
      for (const post of await evaluate(fixture, runner)) posts.push({ date, text: postText(post) });
      const rule = (await fixture.list()).rules[0]!;
      if (days < 7) expect(rule.lastEvaluation?.unavailable, date).toEqual({ code: 'NO_WEEK_BEFORE', detail: addDays(date, -7) });
      else expect(rule.lastEvaluation?.figure?.amount, date).toBeCloseTo(shown(addDays(date, -7)) - shown(date), 6);
    }
    const drops = [...rates.keys()].slice(7).map((date) => ({ date, drop: Math.round(10 * (shown(addDays(date, -7)) - shown(date))) / 10 }));
    // The expected posts, worked out from the raw summaries: a card the first day the drop is past 8 points, one message the first day it is not.
    const expected: { date: string; event: string }[] = [];
    let firing = false;
    for (const { date, drop } of drops) {
      if (drop > 8 !== firing) expected.push({ date, event: drop > 8 ? 'fired' : 'resolved' });
      firing = drop > 8;
    }
    expect(expected.map((item) => item.event)).toEqual(['fired', 'resolved', 'fired', 'resolved'].slice(0, expected.length));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(posts.map((post) => ({ date: post.date, event: post.text.includes('🔔') ? 'fired' : 'resolved' }))).toEqual(expected);
    const fired = posts[0]!;
    const weekBefore = addDays(fired.date, -7);
    const now = rates.get(fired.date)!;
    expect(fired.text).toMatch(new RegExp(`^Active rate, last 7 days\\s+${percent(shown(fired.date)).replace('.', '\\.')} · ${count.format(now.active)} of ${count.format(now.enabled)}$`, 'm'));
    expect(fired.text).toMatch(new RegExp(`^Active rate, 7 days to ${day(weekBefore)}\\s+${percent(shown(weekBefore)).replace('.', '\\.')}$`, 'm'));
    expect(fired.text).toContain(`Drop in the weekly Copilot active rate: ${(shown(weekBefore) - shown(fired.date)).toFixed(1)} pts, `);
    expect(fired.text).toMatch(/^→ Users\s+copilot users D7 \(in personal chat\)$/m);
  }, 120_000);
});
