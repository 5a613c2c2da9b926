/**
 * `alert inactive-users > N [D30|D90|D180]`: the users of the reclaim list (a paid licence, no activity in any
 * workload over the period), counted here from the emulator's raw active-user and Copilot rows day by day as
 * the data moves: the rule fires on crossing, stays silent while across, resolves, fires again, posts nothing
 * while snoozed, and its card states the numbers `inactive users` states; a period it does not take is refused.
 */
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { InactiveUsersFigures } from '../src/workload-view-models.js';
import { DAY, SEAT_PRICE, modelOf, postText, replyText, startAlertFixture, type AlertFixture } from './support/alert-fixtures.js';
import { activeUserRows, copilotUserRows } from './support/emulator-http.js';
import { EMULATOR_PRODUCT_SKUS, expectedReclaimList, type LicenceRules } from './support/licence-expectations.js';
import { CHANNEL_ORIGIN } from './support/digest-fixtures.js';
import { parseCommand } from '../src/commands/parse.js';

function refusalOf(text: string): { message: string; suggestion?: string } {
  const parsed = parseCommand(text);
  if (parsed.ok) throw new Error(`"${text}" parsed`);
  return parsed.error;
}

// The fixture prices Copilot alone (COPILOT_LICENSE_PRICE = 30 USD).
const RULES: LicenceRules = { productSkus: EMULATOR_PRODUCT_SKUS, prices: { Microsoft_365_Copilot: SEAT_PRICE }, free: new Set(['FLOW_FREE']), copilot: new Set(['Microsoft_365_Copilot']) };
const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const cents = (amount: number) => Math.round(amount * 100) / 100;
const day = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The reclaim list over `period` counted from the raw rows: its users, what their licences cost, and the report's refresh date. */
async function rawList(fixture: AlertFixture, period: string) {
  const rows = await activeUserRows(fixture.emulator, period);
  const refreshDate = rows[0]!['Report Refresh Date']!;
  const list = expectedReclaimList(rows, await copilotUserRows(fixture.emulator, period), RULES, addDays(refreshDate, -(Number(period.slice(1)) - 1)));
  return { users: list.length, cost: cents(list.reduce((sum, user) => sum + user.monthlyCost, 0)), refreshDate };
}

async function evaluate(fixture: AlertFixture, runner: ReturnType<AlertFixture['runner']>) {
  const before = fixture.recording.posted().length;
  await runner.runDue();
  return fixture.recording.posted().slice(before);
}

describe('alert inactive-users', () => {
  test('fires on crossing with the numbers of inactive users D30, stays silent while across, resolves, fires again; each post as the raw rows say', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner();
    const first = await rawList(fixture, 'D30');
    const threshold = first.users - 1;
    const set = modelOf(await fixture.ask(`alert inactive-users > ${threshold}`), 'alert-rules');
    expect(set).toMatchObject({ event: 'set', changed: { kind: 'inactive-users', period: 'D30' }, current: { figure: { amount: first.users }, dataDate: first.refreshDate } });

    const expected: string[] = [];
    const posted: string[] = [];
    let firing = false;
    let silentWhileAcross = 0;
    for (let days = 0; days < 15; days++) {
      if (days > 0) fixture.clock.advance(DAY);
      const raw = await rawList(fixture, 'D30');
      const across = raw.users > threshold;
      if (across !== firing) expected.push(`${across ? 'fired' : 'resolved'} ${raw.refreshDate}`);
      else if (across) silentWhileAcross++;
      firing = across;
      for (const post of await evaluate(fixture, runner)) {
        const text = postText(post);
        posted.push(`${text.includes('🔔') ? 'fired' : 'resolved'} ${raw.refreshDate}`);
        if (!text.includes('🔔')) {
          expect(text).toContain(`Users with a paid licence and no activity · last 30 days: ${raw.users} with the data of ${day(raw.refreshDate)}, back at or under the threshold of ${threshold}.`);
          continue;
        }
        expect(text).toContain(`🔔 Alert 1 · Users with a paid licence and no activity · last 30 days above ${threshold}`);
        expect(text).toMatch(new RegExp(`^Paid licence, no activity\\s+${raw.users} users, no activity in any workload in the last 30 days$`, 'm'));
        expect(text).toMatch(new RegExp(`^Their licences cost\\s+${usd(raw.cost).replace(/[$.]/g, '\\$&')} a month · ${usd(raw.cost * 12).replace(/[$.]/g, '\\$&')} a year$`, 'm'));
        // The list behind the figure, privately, as inactive users D30 states it.
        expect(text).toContain('inactive users D30');
        const report = (await fixture.ask('inactive users D30', CHANNEL_ORIGIN, 'personal')).messages[0]!.model as { figures: InactiveUsersFigures };
        expect([report.figures.list?.users, report.figures.list?.monthlyCost]).toEqual([raw.users, raw.cost]);
      }
    }
    // The data crossed, went back and crossed again, and stayed across on some day: every case was seen.
    expect(expected.map((event) => event.split(' ')[0])).toEqual(['fired', 'resolved', 'fired', 'resolved'].slice(0, expected.length));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(silentWhileAcross).toBeGreaterThan(0);
    expect(posted).toEqual(expected);
  });

  test('snoozed, it records each day\'s figure and posts nothing; the list shows the figure', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner();
    const first = await rawList(fixture, 'D30');
    await fixture.ask(`alert inactive-users > ${first.users - 1}`);
    expect(await evaluate(fixture, runner)).toHaveLength(1);
    await fixture.ask('alert snooze 1 30d');
    for (let days = 1; days < 10; days++) {
      fixture.clock.advance(DAY);
      expect(await evaluate(fixture, runner)).toEqual([]);
      const raw = await rawList(fixture, 'D30');
      expect((await fixture.list()).rules[0]).toMatchObject({ lastEvaluation: { dataDate: raw.refreshDate, figure: { amount: raw.users } } });
    }
  });

  test('over D90 it counts the 90 days; a period it does not take is refused naming the allowed ones', async () => {
    const fixture = await startAlertFixture();
    const raw = await rawList(fixture, 'D90');
    const set = modelOf(await fixture.ask('alert inactive-users > 200 D90'), 'alert-rules');
    expect(set).toMatchObject({ event: 'set', changed: { period: 'D90' }, current: { figure: { amount: raw.users }, dataDate: raw.refreshDate } });
    expect(replyText(await fixture.ask('alerts'))).toContain('Users with a paid licence and no activity · last 90 days > 200');
    // The same rule over another period is another rule.
    expect(modelOf(await fixture.ask('alert inactive-users > 200'), 'alert-rules')).toMatchObject({ event: 'set', changed: { number: 2, period: 'D30' } });
    expect(modelOf(await fixture.ask('alert inactive-users > 200 d90'), 'alert-rules')).toMatchObject({ event: 'exists', changed: { number: 1 } });
    for (const period of ['D7', 'D28']) {
      expect(refusalOf(`alert inactive-users > 200 ${period}`)).toMatchObject({
        message: `"${period}" is not a period inactive-users counts over: write D30, D90 or D180 (D30 when none is given).`,
        suggestion: 'alert inactive-users > 200',
      });
    }
    expect(refusalOf('alert idle-seats > 100 D90').message).toBe('idle-seats takes no period: leave out "D90".');
  });
});
