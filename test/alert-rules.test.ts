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

const line = (title: string, value: string) => new RegExp(`^${title.replace(/[()]/g, '\\$&')}\\s+${value.replace(/[$.()+]/g, '\\$&')}$`, 'm');
/** Idle seats as the licence card states them: the sum and its parts. */
const idleSeatsLine = (figures: Figures) =>
  line('Idle seats', `${count.format(figures.idle)} = ${count.format(figures.sku.unassigned)} unassigned + ${count.format(figures.users.inactive)} assigned, no Copilot activity in the last 30 days`);
const idleSpendLine = (figures: Figures) => line('Idle spend', `${usd(figures.spend)} a month · ${usd(figures.spend * 12)} a year`);

const KINDS: readonly KindCase[] = [
  {
    title: 'Idle Copilot seats',
    figure: (figures) => figures.idle,
    threshold: (figures) => figures.idle + 20,
    command: (threshold) => `alert idle-seats > ${threshold}`,
    shown: (amount) => count.format(amount),
    up: { idleSeats: 60 },
    facts: (figures) => [idleSeatsLine(figures), idleSpendLine(figures), line('Purchased seats', count.format(figures.sku.purchased))],
  },
  {
    title: 'Idle share of purchased Copilot seats',
    figure: (figures) => figures.share,
    threshold: (figures) => Math.round(figures.share + 5),
    command: (threshold) => `alert idle-seats > ${threshold}%`,
    shown: percent,
    up: { idleSeats: 80 },
    facts: (figures) => [idleSeatsLine(figures), line('Purchased seats', count.format(figures.sku.purchased))],
  },
  {
    title: 'Unassigned Copilot seats',
    figure: (figures) => figures.sku.unassigned,
    threshold: (figures) => figures.sku.unassigned + 20,
    command: (threshold) => `alert unassigned > ${threshold}`,
    shown: (amount) => count.format(amount),
    up: { idleSeats: 60 },
    live: true,
    facts: (figures) => [
      line('Purchased seats', count.format(figures.sku.purchased)),
      line('Assigned seats', count.format(figures.sku.assigned)),
      line('Unassigned', count.format(figures.sku.unassigned)),
      line('Copilot SKUs counted', 'Microsoft 365 Copilot (Microsoft_365_Copilot)'),
    ],
  },
  {
    title: 'Unassigned Microsoft_365_Copilot seats',
    figure: (figures) => figures.sku.unassigned,
    threshold: (figures) => figures.sku.unassigned + 20,
    command: (threshold) => `alert unassigned > ${threshold} Microsoft_365_Copilot`,
    shown: (amount) => count.format(amount),
    up: { idleSeats: 60 },
    live: true,
    facts: (figures) => [line('Assigned seats', count.format(figures.sku.assigned)), line('SKU', 'Microsoft 365 Copilot (Microsoft_365_Copilot)')],
  },
  {
    title: 'Idle Copilot spend a month',
    figure: (figures) => figures.spend,
    threshold: (figures) => figures.spend + 600,
    command: (threshold) => `alert idle-spend > ${threshold} USD`,
    shown: usd,
    up: { idleSeats: 60 },
    facts: (figures) => [idleSeatsLine(figures), idleSpendLine(figures)],
  },
  {
    title: 'Never-active Copilot seats',
    figure: (figures) => figures.users.neverActive,
    threshold: (figures) => figures.users.neverActive + 10,
    command: (threshold) => `alert never-used > ${threshold}`,
    shown: (amount) => count.format(amount),
    up: { neverUsed: 30 },
    facts: (figures) => {
      const { enabled, inactive, neverActive } = figures.users;
      const share = percent(Math.round((1000 * inactive) / enabled) / 10);
      return [
        line('Enabled users', count.format(enabled)),
        new RegExp(`^Inactive · last 30 days\\s+\\S+ ${share.replace('.', '\\.')} · ${count.format(inactive)} of ${count.format(enabled)} · ${count.format(neverActive)} never active$`, 'm'),
      ];
    },
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

describe('Drop in Copilot adoption · last 7 days', () => {
  test('compares with the rate recorded a week before: no figure until then, one card when it drops past the threshold, one resolution, again on a second drop', async () => {
    const fixture = await startAlertFixture({ emulator: { users: 2000 } });
    const runner = fixture.runner();
    expect(modelOf(await fixture.ask('alert adoption drop > 8'), 'alert-rules').current).toEqual({ unavailable: { code: 'NO_WEEK_BEFORE', detail: addDays(fixture.refreshDate(), -7) } });
    const rates = new Map<string, { enabled: number; active: number }>();
    const rate = (date: string) => rates.get(date)!.active / rates.get(date)!.enabled;
    const shown = (date: string) => Math.round(1000 * rate(date)) / 10;
    // The change of adoption in points, as the digest states it, rounded to a tenth as the alert compares it.
    const dropOn = (date: string) => Math.round(10 * (rate(addDays(date, -7)) - rate(date)) * 100) / 10;
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
      else expect(rule.lastEvaluation?.figure?.amount, date).toBe(dropOn(date));
    }
    const drops = [...rates.keys()].slice(7).map((date) => ({ date, drop: dropOn(date) }));
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
    const before = rates.get(weekBefore)!;
    expect(fired.text).toMatch(line('Adoption · last 7 days', `${percent(shown(fired.date))} · ${count.format(now.active)} of ${count.format(now.enabled)}`));
    expect(fired.text).toMatch(line(`Adoption · last 7 days to ${day(weekBefore)}`, `${percent(shown(weekBefore))} · ${count.format(before.active)} of ${count.format(before.enabled)}`));
    expect(fired.text).toContain(`Drop in Copilot adoption · last 7 days: ${dropOn(fired.date).toFixed(1)} pts, `);
    expect(fired.text).toMatch(/^→ Users\s+copilot users D7 \(in personal chat\)$/m);
  }, 120_000);
});

describe('alerts on demo data', () => {
  test('on the emulator’s data every alert card and resolution leads with "Demo data", from a report or from the licence counts', async () => {
    const fixture = await startAlertFixture({ reports: { demoData: true } });
    const runner = fixture.runner();
    const start = await rawFigures(fixture.emulator);
    await fixture.ask(`alert idle-seats > ${start.idle + 20}`);
    await fixture.ask(`alert unassigned > ${start.sku.unassigned + 20}`);
    await evaluate(fixture, runner);
    await fixture.nextDay({ idleSeats: 60 });
    const fired = await evaluate(fixture, runner);
    await fixture.nextDay({});
    const resolved = await evaluate(fixture, runner);
    const heads = (posts: typeof fired) => posts.map((post) => [post.activity.summary?.slice(0, 12), postText(post).split('\n')[0]]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect([...heads(fired), ...heads(resolved)]).toEqual([
      ['Demo data · ', 'Demo data · 🔔 Alert 1 · Idle Copilot seats above ' + count.format(start.idle + 20)],
      ['Demo data · ', 'Demo data · 🔔 Alert 2 · Unassigned Copilot seats above ' + count.format(start.sku.unassigned + 20)],
      ['Demo data · ', 'Demo data · ✓ Alert 1 resolved · Idle Copilot seats'],
      ['Demo data · ', 'Demo data · ✓ Alert 2 resolved · Unassigned Copilot seats'],
    ]);
  });
});
