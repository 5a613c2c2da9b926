import { afterEach, describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { scenarioRequest } from '../scripts/emulator-scenario.js';
import { createFakeClock, type FakeClock } from './support/fake-clock.js';
import { fetchRawCsv, rawCopilotSku, rawCopilotSummary, rawCopilotUsers } from './support/raw-tenant.js';

const START = Date.parse('2026-11-12T10:00:00Z');
const DAY = 86_400_000;

const running: GraphEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function start(users = 400): Promise<{ emulator: GraphEmulator; clock: FakeClock }> {
  const clock = createFakeClock(START);
  const emulator = await startGraphEmulator({ users, clock, throttle: false });
  running.push(emulator);
  return { emulator, clock };
}

const copilotRefresh = (clock: FakeClock) => addDays(toIsoDate(clock.now()), -3);

function post(emulator: GraphEmulator, body: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(`${emulator.url}/_emulator/scenario`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });
}

describe('moving the emulated tenant’s figures from a day on', () => {
  test('idle seats: more Copilot seats bought and unassigned from the day on, none before', async () => {
    const { emulator, clock } = await start();
    const before = await rawCopilotSku(emulator.url);
    const from = addDays(copilotRefresh(clock), 1);
    await emulator.shiftFigures({ from, idleSeats: 150 });
    expect(await rawCopilotSku(emulator.url)).toEqual(before);

    clock.advance(DAY);
    const after = await rawCopilotSku(emulator.url);
    expect(after).toEqual({ purchased: before.purchased + 150, assigned: before.assigned, unassigned: before.unassigned + 150 });

    // Moved back the next day.
    await emulator.shiftFigures({ from: addDays(from, 1), idleSeats: 0 });
    clock.advance(DAY);
    expect(await rawCopilotSku(emulator.url)).toEqual(before);
  });

  test('an adoption drop takes about that many points off the weekly active rate once a week has passed, and the history before stays', async () => {
    const { emulator, clock } = await start(2000);
    const from = addDays(copilotRefresh(clock), 1);
    const rate = (summary: { enabled: number; active: number }) => (100 * summary.active) / summary.enabled;
    const before = await rawCopilotSummary(emulator.url, 'D7');
    await emulator.shiftFigures({ from, adoptionDrop: 12 });

    clock.advance(7 * DAY);
    const after = await rawCopilotSummary(emulator.url, 'D7');
    expect(after.refreshDate).toBe(addDays(from, 6));
    expect(rate(before) - rate(after)).toBeGreaterThan(8);
    expect(rate(before) - rate(after)).toBeLessThan(16);
    // The user detail says the same as the summary.
    const users = await rawCopilotUsers(emulator.url, 'D7');
    expect({ enabled: users.enabled, active: users.active }).toEqual({ enabled: after.enabled, active: after.active });

    // The trend keeps the days before the drop as a tenant without it has them, and shows it from its first day.
    const unshifted = await startGraphEmulator({ users: 2000, clock, throttle: false });
    running.push(unshifted);
    const trendPath = `/v1.0/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D30',version='v1')?$format=text/csv`;
    const activeOn = (rows: Awaited<ReturnType<typeof fetchRawCsv>>, day: string) => Number(rows.find((row) => row['Report Date'] === day)?.['Any App Active Users']);
    const [shifted, plain] = await Promise.all([fetchRawCsv(emulator.url, trendPath), fetchRawCsv(unshifted.url, trendPath)]);
    expect(activeOn(shifted, addDays(from, -1))).toBe(activeOn(plain, addDays(from, -1)));
    expect(activeOn(shifted, addDays(from, 2))).toBeLessThan(activeOn(plain, addDays(from, 2)));
  });

  test('never used: exactly that many more seats show no Copilot activity at all from the day on', async () => {
    const { emulator, clock } = await start();
    const before = await rawCopilotUsers(emulator.url, 'D30');
    const from = addDays(copilotRefresh(clock), 1);
    await emulator.shiftFigures({ from, neverUsed: 25 });
    expect((await rawCopilotUsers(emulator.url, 'D30')).neverActive).toBe(before.neverActive);
    clock.advance(DAY);
    const after = await rawCopilotUsers(emulator.url, 'D30');
    expect(after.enabled).toBe(before.enabled);
    expect(after.neverActive).toBe(before.neverActive + 25);
  });

  test('a shift that touches the served day changes its ETag; one from a later day does not', async () => {
    const { emulator, clock } = await start();
    const path = `/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30',version='v1')?$format=text/csv`;
    const etag = async () => (await fetch(`${emulator.url}${path}`, { headers: { authorization: 'Bearer t' } })).headers.get('etag');
    const first = await etag();
    await emulator.shiftFigures({ from: addDays(copilotRefresh(clock), 1), neverUsed: 5 });
    expect(await etag()).toBe(first);
    await emulator.shiftFigures({ from: copilotRefresh(clock), neverUsed: 5 });
    expect(await etag()).not.toBe(first);
  });
});

describe('the control route', () => {
  test('POST advances the calendar and shifts from the Copilot refresh date then served; GET reads the scenario', async () => {
    const { emulator, clock } = await start();
    const before = await rawCopilotSku(emulator.url);
    const response = await post(emulator, { advanceDays: 1, shift: { idleSeats: 40 } });
    expect(response.status).toBe(200);
    const next = addDays(copilotRefresh(clock), 1);
    const state = { today: addDays(toIsoDate(clock.now()), 1), copilotRefreshDate: next, officeRefreshDate: addDays(next, 1), dayOffset: 1, shifts: [{ from: next, idleSeats: 40, adoptionDrop: 0, neverUsed: 0 }] };
    expect(await response.json()).toEqual(state);
    expect(await (await fetch(`${emulator.url}/_emulator/scenario`)).json()).toEqual(state);
    expect((await rawCopilotUsers(emulator.url, 'D30')).refreshDate).toBe(next);
    expect((await rawCopilotSku(emulator.url)).unassigned).toBe(before.unassigned + 40);
    // The route is not Graph: nothing of it is recorded as a request.
    expect(emulator.requests.some((request) => request.path.startsWith('/_emulator'))).toBe(false);
  });

  test('refuses what it cannot use, naming every problem, and anything but JSON', async () => {
    const { emulator } = await start();
    const bad = await post(emulator, { advanceDays: -1, shift: { idleSeats: 3, cheaper: true }, colour: 'red' });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { message: string } };
    expect(error.message).toContain('"colour" is not a scenario field');
    expect(error.message).toContain('"advanceDays" must be a whole number of days from 0 to 366.');
    expect(error.message).toContain('"shift.cheaper" is not a figure the emulator shifts');
    const range = await post(emulator, { shift: { adoptionDrop: 140 } });
    expect(range.status).toBe(400);
    expect(((await range.json()) as { error: { message: string } }).error.message).toBe('"adoptionDrop" must be percentage points from 0 to 100, got 140.');
    expect((await post(emulator, { shift: { from: '2026-02-30' } })).status).toBe(400);
    const stranger = await post(emulator, { shift: { idleSeats: 3, tenant: 'litware' } });
    expect(stranger.status).toBe(400);
    expect(((await stranger.json()) as { error: { message: string } }).error.message).toBe('The emulator serves no tenant named "litware"; it serves only its own.');
    expect((await post(emulator, { advanceDays: 1 }, 'text/plain')).status).toBe(415);
    expect((await fetch(`${emulator.url}/_emulator/scenario`, { method: 'DELETE' })).status).toBe(405);
    expect(emulator.scenario().dayOffset).toBe(0);
  });
});

describe('npm run scenario', () => {
  test('its options become the control route’s request; a bad number is named', async () => {
    const { emulator, clock } = await start();
    const { body, problems } = scenarioRequest(['--idle-seats', '150', '--adoption-drop=12.5', '--advance-days', '1']);
    expect(problems).toEqual([]);
    expect(body).toEqual({ advanceDays: 1, shift: { idleSeats: 150, adoptionDrop: 12.5 } });
    expect((await post(emulator, body)).status).toBe(200);
    expect(emulator.scenario().shifts).toEqual([{ from: addDays(copilotRefresh(clock), 1), idleSeats: 150, adoptionDrop: 12.5, neverUsed: 0 }]);
    expect(scenarioRequest([]).body).toBeUndefined();
    expect(scenarioRequest(['--idle-seats', '5', '--tenant', 'contoso']).body).toEqual({ shift: { idleSeats: 5, tenant: 'contoso' } });
    expect(scenarioRequest(['--never-used', 'many']).problems).toEqual(['--never-used takes a number, not "many".']);
  });
});
