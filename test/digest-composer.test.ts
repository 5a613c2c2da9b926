import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { formatCommand } from '../src/commands/parse.js';
import { parseLicensePrices } from '../src/reports/licence-price.js';
import { DigestComposer, type DigestComposerOptions } from '../src/digest/digest-composer.js';
import { createDigestMessageSource } from '../src/digest/digest-message.js';
import type { DigestCopilot, DigestDepartments, DigestModel, Section } from '../src/view-models.js';
import { DigestRunner } from '../src/digest/digest-runner.js';
import { saveSnapshot, snapshotPrefix } from '../src/digest/digest-snapshots.js';
import { silentLogger } from '../src/logger.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import type { StateStore } from '../src/store/state-store.js';
import { renderDigestCard } from '../src/views/digest-view.js';
import { MONDAY_9_BERLIN, createRecordingSender, subscribeChannels } from './support/digest-fixtures.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { fetchCsv, readCsv } from './support/emulator-http.js';
import { countSeatsBy, periodStart } from './support/expected-groups.js';
import { readRawDirectory } from './support/raw-directory.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';
import { csvRows } from './support/csv-records.js';
import { phrase } from '../src/i18n/message-types.js';
import { EMULATOR_PRODUCT_SKUS, expectedLicences, type LicenceRules, type SkuItem } from './support/licence-expectations.js';

const DAY = 86_400_000;
const SUBSCRIPTION = 'a'.repeat(32);

function composerFor(fixture: ReportFixture, store: StateStore, options: Partial<DigestComposerOptions> = {}) {
  return new DigestComposer({
    reports: fixture.service,
    store,
    clock: fixture.clock,
    copilotApi: fixture.deps.copilotApi,
    formatCommand,
    licences: { price: { currency: 'USD', seat: 30, bySku: {} }, extraSkuIds: [] },
    logger: silentLogger,
    ...options,
  });
}

function copilotOf(model: DigestModel): DigestCopilot {
  const section: Section<DigestCopilot> = model.copilot;
  if (section.status !== 'ok') throw new Error(`Copilot section unavailable: ${section.code}`);
  return section.data;
}

function texts(model: DigestModel): string {
  return visibleTexts(cardOf(renderDigestCard(model, { locale: 'en-US' }))).join('\n');
}

describe('digest composition', () => {
  test('the first digest has the figures, no previous week, and a snapshot keyed by the refresh date', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    const { model, snapshot } = await composerFor(fixture, store).compose({ subscriptionId: SUBSCRIPTION, schedule: MONDAY_9_BERLIN });

    const copilot = copilotOf(model);
    expect(copilot.period).toBe('D7');
    expect(copilot.freshness.refreshDate).toBe('2026-11-19');
    expect(copilot.comparedWith).toBeUndefined();
    expect(copilot.enabled.current).toBeGreaterThan(0);
    expect(copilot.active.current).toBeGreaterThan(0);
    expect(copilot.adoption.current).toBeCloseTo(copilot.active.current / copilot.enabled.current, 10);
    expect(copilot.enabled.change).toBeUndefined();
    expect(copilot.apps.map((app) => app.label)).toEqual(['Teams', 'Word', 'Excel', 'PowerPoint', 'Outlook', 'OneNote', 'Loop', 'Copilot Chat']);
    expect(copilot.apps.every((app) => app.active.change === undefined)).toBe(true);
    expect(snapshot).toMatchObject({ refreshDate: '2026-11-19', period: 'D7', enabled: copilot.enabled.current, active: copilot.active.current });

    expect(model.activations).toMatchObject({ status: 'ok', data: { products: expect.arrayContaining([expect.objectContaining({ productType: expect.any(String) })]) } });
    expect(model.groups).toMatchObject({ status: 'ok', data: { period: 'D30' } });
    if (model.groups.status === 'ok') expect(model.groups.data.active + model.groups.data.inactive).toBe(model.groups.data.total);

    if (model.inactiveSeats.status !== 'ok') throw new Error('seats unavailable');
    const seats = model.inactiveSeats.data;
    expect(seats).toMatchObject({ period: 'D30', action: { command: 'copilot inactive D30', delivery: 'private' } });
    // The seats to act on are the idle seats of the licences section: one figure, one cost.
    expect(seats.idle?.idle.inactive).toBe(seats.inactive);
    expect(seats.idle?.spend?.monthly).toBe(seats.idle!.idle.seats * 30);
    if (model.seats?.status !== 'ok') throw new Error('seats section unavailable');
    expect(model.seats.data.idle.current).toBe(seats.idle!.idle.seats);
    expect(model.seats.data.idleSpend?.monthly.current).toBe(seats.idle!.spend!.monthly);
    expect(model.inactiveGroups).toMatchObject({ status: 'ok', data: { period: 'D30', action: { command: 'groups inactive D30', delivery: 'private' } } });
    expect(model.actions.map((action) => action.command)).toEqual(['copilot summary D7', 'copilot trend D30', 'activations', 'groups D30']);

    expect(texts(model)).toContain('no previous week yet: changes show from the next digest on');
  });

  test('a week later every Copilot figure carries its change against the previous refresh date', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    const composer = composerFor(fixture, store);
    const first = await composer.compose({ subscriptionId: SUBSCRIPTION });
    await saveSnapshot(store, SUBSCRIPTION, first.snapshot!);

    fixture.clock.advance(7 * DAY);
    const second = await composer.compose({ subscriptionId: SUBSCRIPTION });
    const before = copilotOf(first.model);
    const after = copilotOf(second.model);
    expect(after.freshness.refreshDate).toBe('2026-11-26');
    expect(after.comparedWith).toBe('2026-11-19');
    expect(after.active.change).toEqual({
      previous: before.active.current,
      difference: after.active.current - before.active.current,
      relative: (after.active.current - before.active.current) / before.active.current,
    });
    expect(after.enabled.change?.previous).toBe(before.enabled.current);
    expect(after.adoption.change?.difference).toBeCloseTo(after.adoption.current - before.adoption.current, 12);
    for (const [index, app] of after.apps.entries()) {
      expect(app.active.change?.difference, app.label).toBe(app.active.current - before.apps[index]!.active.current);
    }
    const card = texts(second.model);
    expect(card).toContain('changes since the digest with data as of Nov 19, 2026');
    expect(card).toMatch(/Active users: [\d,]+ (?:▲|▼) [\d,]+ \([+-]\d+\.\d%\)|Active users: [\d,]+ unchanged/);
  });

  test('the same refresh date again gives no new snapshot and no fake change: the comparison stays with the earlier date', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    const composer = composerFor(fixture, store);

    const first = await composer.compose({ subscriptionId: SUBSCRIPTION });
    await saveSnapshot(store, SUBSCRIPTION, first.snapshot!);
    // Two hours later: the report cache and the figures have expired, Graph has not refreshed.
    fixture.clock.advance(2 * 3_600_000);
    const again = await composer.compose({ subscriptionId: SUBSCRIPTION });
    expect(copilotOf(again.model).freshness.refreshDate).toBe('2026-11-19');
    expect(copilotOf(again.model).comparedWith).toBeUndefined();
    expect(copilotOf(again.model).active.change).toBeUndefined();
    await saveSnapshot(store, SUBSCRIPTION, { ...again.snapshot!, active: 999_999 });
    expect(await store.list(snapshotPrefix(SUBSCRIPTION))).toEqual([`${snapshotPrefix(SUBSCRIPTION)}2026-11-19`]);
    expect((await store.get(`${snapshotPrefix(SUBSCRIPTION)}2026-11-19`))?.value).toMatchObject({ active: first.snapshot!.active });

    // A week on, a snapshot for the new date exists already (an earlier digest that day, or
    // back-filled numbers): the change is still measured against the week before, never the same date.
    fixture.clock.advance(7 * DAY);
    const later = await composer.compose({ subscriptionId: SUBSCRIPTION });
    await saveSnapshot(store, SUBSCRIPTION, { ...later.snapshot!, active: later.snapshot!.active + 500 });
    fixture.clock.advance(3_600_000);
    const repeat = await composer.compose({ subscriptionId: SUBSCRIPTION });
    expect(copilotOf(repeat.model).comparedWith).toBe('2026-11-19');
    expect(copilotOf(repeat.model).active.change?.previous).toBe(first.snapshot!.active);
  });

  test('a preview (no subscription) compares with nothing and reads no snapshots', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    await saveSnapshot(store, SUBSCRIPTION, { refreshDate: '2026-11-12', period: 'D7', enabled: 1, active: 1, apps: {}, takenAt: '2026-11-16T08:00:00Z' });
    const { model } = await composerFor(fixture, store).compose();
    expect(copilotOf(model).comparedWith).toBeUndefined();
    expect(model.schedule).toBeUndefined();
    expect(texts(model)).toContain('Preview');
  });

  test('one read of the reports serves every channel of a run', async () => {
    const fixture = await startReportFixture();
    const composer = composerFor(fixture, new MemoryStateStore());
    await Promise.all([1, 2, 3, 4, 5].map((n) => composer.compose({ subscriptionId: String(n).repeat(32) })));
    const calls = fixture.emulator.requests.filter((request) => request.kind === 'api');
    // The user detail twice: the idle window's (D30) for the seats, the week's (D7) for the departments; the directory once.
    expect(calls.map((request) => `${request.functionName} ${request.path.match(/period='(D\d+)'/)?.[1] ?? ''}`.trim()).sort()).toEqual([
      'getMicrosoft365CopilotUsageUserDetail D30',
      'getMicrosoft365CopilotUsageUserDetail D7',
      'getMicrosoft365CopilotUserCountSummary D7',
      'getOffice365ActivationsUserCounts',
      'getOffice365ActiveUserDetail D30',
      'getOffice365GroupsActivityDetail D30',
      'getOffice365ServicesUserCounts D7',
      'subscribedSkus',
      'users',
      'users/delta',
    ]);
  });

  test('Copilot report v2 judges seats over D28', async () => {
    const fixture = await startReportFixture({ copilotApi: 'copilot-v2' });
    const { model } = await composerFor(fixture, new MemoryStateStore()).compose();
    expect(model.inactiveSeats).toMatchObject({ status: 'ok', data: { period: 'D28', action: { command: 'copilot inactive D28' } } });
    expect(model.actions.map((action) => action.command)).toContain('copilot trend D28');
  });

  test('a report Graph refuses leaves its section unavailable; the rest of the digest still composes', async () => {
    const fixture = await startReportFixture();
    fixture.emulator.injectFault({ target: 'api', match: 'Activations', status: 403, times: 10 });
    const { model } = await composerFor(fixture, new MemoryStateStore()).compose({ subscriptionId: SUBSCRIPTION });
    expect(model.activations).toEqual({ status: 'unavailable', code: 'FORBIDDEN' });
    expect(model.copilot.status).toBe('ok');
    expect(model.groups.status).toBe('ok');
    expect(texts(model)).toContain('Not available this time: Microsoft Graph did not answer this report (FORBIDDEN).');
  });

  test('without a seat price the cost is left out', async () => {
    const fixture = await startReportFixture();
    const { model } = await composerFor(fixture, new MemoryStateStore(), { licences: { extraSkuIds: [] } }).compose();
    if (model.inactiveSeats.status !== 'ok') throw new Error('seats unavailable');
    expect(model.inactiveSeats.data.idle?.idle.seats).toBeGreaterThan(0);
    expect(model.inactiveSeats.data.idle?.spend).toBeUndefined();
    expect(texts(model)).not.toContain('a month');
  });
});

describe('Copilot seats section', () => {
  const priced = { licences: { price: { currency: 'USD', seat: 30, bySku: {} }, extraSkuIds: [] } };

  test('purchased, assigned and active seats, idle seats and idle spend agree with the emulator\'s SKUs and user detail', async () => {
    const fixture = await startReportFixture();
    const { model, snapshot } = await composerFor(fixture, new MemoryStateStore(), priced).compose({ subscriptionId: SUBSCRIPTION });
    const response = await fetch(`${fixture.emulator.url}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer t' } });
    const skus = ((await response.json()) as { value: { skuPartNumber: string; consumedUnits: number; prepaidUnits: { enabled: number } }[] }).value;
    const copilot = skus.find((sku) => sku.skuPartNumber === 'Microsoft_365_Copilot')!;
    const report = await fixture.service.getReport('copilot-users', { period: 'D30' });
    let users = 0;
    let active = 0;
    for await (const row of report.rows()) {
      users += 1;
      if (row.lastActivityDate !== undefined && row.lastActivityDate >= '2026-10-21') active += 1;
    }
    const unassigned = copilot.prepaidUnits.enabled - copilot.consumedUnits;
    const idle = unassigned + users - active;
    expect(model.seats).toMatchObject({
      status: 'ok',
      data: {
        period: 'D30',
        hasCopilotSkus: true,
        purchased: { current: copilot.prepaidUnits.enabled },
        assigned: { current: users },
        active: { current: active },
        idle: { current: idle },
        idleSpend: { currency: 'USD', monthly: { current: idle * 30 } },
        action: { command: 'copilot licenses D30' },
      },
    });
    expect(snapshot?.seats).toEqual({ purchased: copilot.prepaidUnits.enabled, assigned: users, active, idle, idleMonthlySpend: idle * 30, currency: 'USD' });
    const card = texts(model);
    expect(card).toContain('Copilot seats');
    expect(card).toContain(`Idle seats: ${idle} = ${unassigned} unassigned + ${users - active} assigned, no Copilot activity in the last 30 days`);
    expect(card).toContain(`Idle spend: $${(idle * 30).toLocaleString('en-US')}.00 a month · $${(idle * 360).toLocaleString('en-US')}.00 a year`);
  });

  test('a week later each seat figure carries its change; purchased seats did not move', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    const composer = composerFor(fixture, store, priced);
    const first = await composer.compose({ subscriptionId: SUBSCRIPTION });
    await saveSnapshot(store, SUBSCRIPTION, first.snapshot!);
    fixture.clock.advance(7 * DAY);
    const second = await composer.compose({ subscriptionId: SUBSCRIPTION });
    if (first.model.seats?.status !== 'ok' || second.model.seats?.status !== 'ok') throw new Error('seats unavailable');
    const [before, after] = [first.model.seats.data, second.model.seats.data];
    expect(after.comparedWith).toBe('2026-11-19');
    expect(after.purchased.change).toEqual({ previous: before.purchased.current, difference: 0, relative: 0 });
    expect(after.idle.change?.difference).toBe(after.idle.current - before.idle.current);
    expect(after.active.change?.difference).toBe(after.active.current - before.active.current);
    expect(after.idleSpend?.monthly.change?.difference).toBeCloseTo((after.idle.current - before.idle.current) * 30, 6);
    const card = texts(second.model);
    expect(card).toContain('Purchased seats: ' + before.purchased.current.toLocaleString('en-US') + ' unchanged');
    expect(card).toMatch(/Idle spend: \$[\d,]+\.\d\d a month · \$[\d,]+\.\d\d a year (?:[▲▼] \$[\d,]+\.\d\d \([+-]\d+\.\d%\)|unchanged)/u);
  });

  test('without LicenseAssignment.Read.All the section is unavailable and the rest of the digest composes', async () => {
    const fixture = await startReportFixture({}, { licenceAccess: false });
    const { model } = await composerFor(fixture, new MemoryStateStore(), priced).compose({ subscriptionId: SUBSCRIPTION });
    expect(model.seats).toEqual({ status: 'unavailable', code: 'LICENSE_FORBIDDEN' });
    expect(model.copilot.status).toBe('ok');
    expect(texts(model)).toContain('Copilot seats\nNot available this time: Microsoft Graph did not answer (LICENSE_FORBIDDEN).');
  });
});

describe('aggregates only', () => {
  test('no user principal name, display name, owner or group name from the reports appears anywhere in the card', async () => {
    const fixture = await startReportFixture();
    const { model } = await composerFor(fixture, new MemoryStateStore()).compose({ subscriptionId: SUBSCRIPTION, schedule: MONDAY_9_BERLIN });
    const json = JSON.stringify(renderDigestCard(model, { locale: 'en-US' }));

    const identities = new Set<string>();
    const users = await fixture.service.getReport('copilot-users', { period: 'D30' });
    for await (const row of users.rows()) {
      identities.add(row.userPrincipalName);
      if (row.displayName) identities.add(row.displayName);
    }
    const groups = await fixture.service.getReport('groups', { period: 'D30' });
    for await (const row of groups.rows()) {
      if (row.ownerPrincipalName) identities.add(row.ownerPrincipalName);
      if (row.groupDisplayName) identities.add(row.groupDisplayName);
      identities.add(row.groupId);
    }
    expect(identities.size).toBeGreaterThan(400);
    const leaked = [...identities].filter((identity) => identity.length > 3 && json.includes(identity));
    expect(leaked).toEqual([]);
    expect(json).not.toMatch(/@/);
  });

  test('end to end: the runner posts the composed card, and next week it shows the change since this one', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    await subscribeChannels(store, 2, '2026-11-22T09:00:00Z');
    const recorder = createRecordingSender(fixture.clock);
    const runner = new DigestRunner({
      store,
      sender: recorder.sender,
      compose: createDigestMessageSource(composerFor(fixture, store)),
      clock: fixture.clock,
      logger: silentLogger,
    });
    const cardTexts = (index: number) => visibleTexts(cardOf(recorder.posted()[index]!.activity.attachments[0]!)).join('\n');

    fixture.clock.advance(Date.parse('2026-11-23T08:00:30Z') - fixture.clock.now());
    expect(await runner.runDue()).toMatchObject({ posted: 2 });
    expect(cardTexts(0)).toContain('Every Monday at 09:00 (Europe/Berlin)');
    expect(cardTexts(0)).toContain('no previous week yet');

    fixture.clock.advance(7 * DAY);
    expect(await runner.runDue()).toMatchObject({ posted: 2 });
    expect(cardTexts(2)).toContain('changes since the digest with data as of Nov 20, 2026');
    expect(recorder.posted()).toHaveLength(4);
  });
});

describe('the departments whose Copilot active rate moved most, week over week', () => {
  /** Per department of 5 users or more: enabled and active users over the week, counted from the raw report rows and users. */
  async function rawWeek(fixture: ReportFixture) {
    const csv = readCsv(await fetchCsv(fixture.emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7',version='v1')"));
    const refreshDate = csv.rows[0]!['Report Refresh Date']!;
    const users = (await readRawDirectory(fixture.emulator.url)).values();
    const groups = countSeatsBy(csv.rows, users, 'department', periodStart(refreshDate, 7));
    const kept = [...groups].filter(([label, group]) => group.users >= 5 && !label.startsWith('('));
    return { refreshDate, all: groups, departments: new Map(kept.map(([label, group]) => [label, { enabled: group.users, active: group.active }])) };
  }

  function departmentsOf(model: DigestModel): DigestDepartments {
    if (model.departments?.status !== 'ok') throw new Error(`departments unavailable: ${JSON.stringify(model.departments)}`);
    return model.departments.data;
  }

  test('the first digest keeps each department\'s week in its snapshot and says the moves come next week', async () => {
    const fixture = await startReportFixture({}, { users: 2000 });
    const week = await rawWeek(fixture);
    expect([...week.all.values()].some((group) => group.users < 5)).toBe(true);
    const { model, snapshot } = await composerFor(fixture, new MemoryStateStore()).compose({ subscriptionId: SUBSCRIPTION });
    expect(departmentsOf(model)).toMatchObject({ period: 'D7', compared: 0, up: [], down: [] });
    expect(departmentsOf(model).comparedWith).toBeUndefined();
    expect(new Map(Object.entries(snapshot!.departments!))).toEqual(week.departments);
    expect(texts(model)).toContain('Week-over-week moves show from the next digest on.');
  });

  test('a week later: the three departments up most and down most, in percentage points of their active rate, as counted from both weeks\' raw data', async () => {
    const fixture = await startReportFixture({}, { users: 2000 });
    const store = new MemoryStateStore();
    const composer = composerFor(fixture, store);
    const before = await rawWeek(fixture);
    const first = await composer.compose({ subscriptionId: SUBSCRIPTION });
    await saveSnapshot(store, SUBSCRIPTION, first.snapshot!);
    fixture.clock.advance(7 * DAY);
    const after = await rawWeek(fixture);
    const { model } = await composer.compose({ subscriptionId: SUBSCRIPTION });

    const moves = [...after.departments]
      .filter(([department]) => before.departments.has(department))
      .map(([department, now]) => {
        const then = before.departments.get(department)!;
        return { department, users: now.enabled, active: now.active, points: (now.active / now.enabled - then.active / then.enabled) * 100 };
      });
    const up = moves.filter((move) => move.points > 0).sort((a, b) => b.points - a.points).slice(0, 3);
    const down = moves.filter((move) => move.points < 0).sort((a, b) => a.points - b.points).slice(0, 3);
    expect(up.length + down.length).toBeGreaterThan(0);
    const section = departmentsOf(model);
    expect(section).toMatchObject({ comparedWith: before.refreshDate, compared: moves.length });
    expect(section.up.map((move) => move.department)).toEqual(up.map((move) => move.department));
    expect(section.down.map((move) => move.department)).toEqual(down.map((move) => move.department));
    for (const [index, move] of [...section.up, ...section.down].entries()) expect(move.points).toBeCloseTo([...up, ...down][index]!.points, 9);

    const card = texts(model);
    expect(card).toContain('Copilot adoption by department · last 7 days');
    const shown = [...up, ...down][0]!;
    const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const points = (Math.round(Math.abs(shown.points) * 10) / 10).toFixed(1);
    expect(card).toContain(`${shown.department}: ${shown.points > 0 ? '▲' : '▼'} ${points} pts · ${percent.format(shown.active / shown.users)} active · ${shown.active} of ${shown.users}`);
    for (const [label, group] of after.all) if (group.users < 5) expect(card, label).not.toContain(`${label}:`);
  });

  test('without User.Read.All, or with concealed names, the section says why and the rest of the digest goes out', async () => {
    const forbidden = await startReportFixture({}, { directoryAccess: false });
    const denied = (await composerFor(forbidden, new MemoryStateStore()).compose()).model;
    expect(denied.departments).toEqual({ status: 'unavailable', code: 'DIRECTORY_FORBIDDEN' });
    expect(copilotOf(denied).enabled.current).toBeGreaterThan(0);
    expect(texts(denied)).toContain('Not available: the bot may not read the directory; its app registration needs the User.Read.All permission.');

    const concealed = await startReportFixture({}, { concealed: true });
    const hidden = (await composerFor(concealed, new MemoryStateStore()).compose()).model;
    expect(hidden.departments).toEqual({ status: 'unavailable', code: 'NAMES_CONCEALED' });
    expect(texts(hidden)).toContain(
      'Not available: this tenant conceals user names in usage reports, so they match no department. Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports” shows them.',
    );
  });
});

describe('the Workloads line', () => {
  const WORKLOADS = [
    ['Any workload', 'Office 365'],
    ['Exchange', 'Exchange'],
    ['OneDrive', 'OneDrive'],
    ['SharePoint', 'SharePoint'],
    ['Viva Engage (Yammer)', 'Yammer'],
    ['Teams', 'Teams'],
  ] as const;

  /** Active users per workload over the last 7 days, as the services user counts' row says, read here. */
  async function servicesRow(fixture: ReportFixture): Promise<Record<string, number>> {
    const [row] = csvRows(await fetchCsv(fixture.emulator, "/v1.0/reports/getOffice365ServicesUserCounts(period='D7')"));
    return Object.fromEntries(WORKLOADS.map(([label, header]) => [label, Number(row![`${header} Active`])]));
  }

  function workloadsOf(model: DigestModel) {
    if (model.workloads?.status !== 'ok') throw new Error('Workloads line unavailable');
    return model.workloads.data;
  }

  test('active users per workload over the week, then their change since the previous digest', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    const composer = composerFor(fixture, store);
    const before = await servicesRow(fixture);
    const first = await composer.compose({ subscriptionId: SUBSCRIPTION });
    const week = workloadsOf(first.model);
    expect(week).toMatchObject({ period: 'D7', action: { title: phrase('action.usage'), command: 'usage D7' } });
    expect(week.comparedWith).toBeUndefined();
    expect(week.workloads.map((workload) => [workload.label, workload.active])).toEqual(WORKLOADS.map(([label]) => [label, { current: before[label] }]));
    expect(texts(first.model)).toContain(`Workloads · active users, last 7 days`);
    expect(texts(first.model)).toContain(WORKLOADS.map(([label]) => `${label} ${before[label]!.toLocaleString('en-US')}`).join(' · '));
    await saveSnapshot(store, SUBSCRIPTION, first.snapshot!);

    fixture.clock.advance(7 * DAY);
    const after = await servicesRow(fixture);
    const next = workloadsOf((await composer.compose({ subscriptionId: SUBSCRIPTION })).model);
    expect(next.comparedWith).toBe('2026-11-20');
    for (const [label] of WORKLOADS) {
      const figure = next.workloads.find((workload) => workload.label === label)!.active;
      expect(figure, label).toMatchObject({ current: after[label], change: { previous: before[label], difference: after[label]! - before[label]! } });
    }
    expect(WORKLOADS.some(([label]) => after[label] !== before[label])).toBe(true);
  });

  test('a services report Graph refuses leaves the rest of the digest as it is', async () => {
    const fixture = await startReportFixture();
    fixture.emulator.injectFault({ target: 'api', match: 'getOffice365ServicesUserCounts', status: 503, times: 10 });
    const { model } = await composerFor(fixture, new MemoryStateStore()).compose();
    expect(model.workloads).toMatchObject({ status: 'unavailable' });
    expect(model.copilot.status).toBe('ok');
    expect(texts(model)).toMatch(/Workloads\nNot available this time: Microsoft Graph did not answer this report \(\w+\)\./);
  });
});

describe('the Licences section', () => {
  const PRICES = 'SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD';
  const parsed = parseLicensePrices(PRICES);
  if (!parsed.ok) throw new Error(parsed.problem);
  const priced = { licences: { price: parsed.price, extraSkuIds: [] } };
  const RULES: LicenceRules = {
    productSkus: EMULATOR_PRODUCT_SKUS,
    prices: { SPE_E5: 57, SPE_E3: 36, Microsoft_365_Copilot: 30 },
    free: new Set(['FLOW_FREE']),
    copilot: new Set(['Microsoft_365_Copilot']),
  };

  /** Idle seats and spend per licence over the last 30 days, from the raw rows and SKUs. */
  async function expectedOf(fixture: ReportFixture) {
    const today = new Date(fixture.clock.now()).toISOString().slice(0, 10);
    const users = csvRows(await fetchCsv(fixture.emulator, "/v1.0/reports/getOffice365ActiveUserDetail(period='D30')"));
    const copilot = csvRows(await fetchCsv(fixture.emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30',version='v1')"));
    const response = await fetch(`${fixture.emulator.url}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer t' } });
    const skus = ((await response.json()) as { value: SkuItem[] }).value;
    const start = addDays(addDays(today, -2), -29);
    return expectedLicences({ users, idleUsers: users, copilot, skus, rules: RULES, periodStart: start, idleStart: start, copilotIdleStart: addDays(addDays(today, -3), -29) });
  }

  function licencesOf(model: DigestModel) {
    if (model.licences?.status !== 'ok') throw new Error('Licences section unavailable');
    return model.licences.data;
  }

  test('idle seats and idle spend per licence and of all, as licenses D30 counts them, then a week later with their change', async () => {
    const fixture = await startReportFixture();
    const store = new MemoryStateStore();
    const composer = composerFor(fixture, store, priced);
    const before = await expectedOf(fixture);
    const first = await composer.compose({ subscriptionId: SUBSCRIPTION });
    const section = licencesOf(first.model);
    const line = (key: string) => section.lines.find((item) => item.key === key);
    const sku = (partNumber: string) => before.skus.find((item) => item.partNumber === partNumber)!;
    expect(section).toMatchObject({ period: 'D30', currency: 'USD', action: { title: phrase('action.licences'), command: 'licenses D30' } });
    expect(line('SPE_E3')).toEqual({ key: 'SPE_E3', label: 'Microsoft 365 E3', seats: { current: sku('SPE_E3').idleSeats }, monthlySpend: { current: sku('SPE_E3').idleSpend } });
    expect(line('copilot')).toEqual({ key: 'copilot', label: 'Microsoft 365 Copilot', seats: { current: before.copilot.seats }, monthlySpend: { current: before.copilot.spend } });
    expect(line('POWER_BI_PRO')).toEqual({ key: 'POWER_BI_PRO', label: 'Power BI Pro', seats: { current: sku('POWER_BI_PRO').idleSeats } });
    expect(section.total).toEqual({ seats: { current: before.idleSeats }, monthlySpend: { current: before.idleSpend } });
    expect(texts(first.model)).toContain(`Microsoft 365 E3: ${sku('SPE_E3').idleSeats!.toLocaleString('en-US')} · $${sku('SPE_E3').idleSpend!.toLocaleString('en-US')}.00 a month`);
    await saveSnapshot(store, SUBSCRIPTION, first.snapshot!);

    fixture.clock.advance(7 * DAY);
    const after = await expectedOf(fixture);
    const next = licencesOf((await composer.compose({ subscriptionId: SUBSCRIPTION })).model);
    expect(next.comparedWith).toBe('2026-11-20');
    const e3 = next.lines.find((item) => item.key === 'SPE_E3')!;
    const e3After = after.skus.find((item) => item.partNumber === 'SPE_E3')!;
    expect(e3.seats).toMatchObject({ current: e3After.idleSeats, change: { previous: sku('SPE_E3').idleSeats, difference: e3After.idleSeats! - sku('SPE_E3').idleSeats! } });
    expect(next.total.seats).toMatchObject({ current: after.idleSeats, change: { previous: before.idleSeats, difference: after.idleSeats - before.idleSeats } });
    expect(next.total.monthlySpend?.change?.difference).toBeCloseTo(after.idleSpend - before.idleSpend, 6);
  });

  test('an active-user report Graph refuses leaves the section unavailable and the rest of the digest as it is', async () => {
    const fixture = await startReportFixture();
    fixture.emulator.injectFault({ target: 'api', match: 'getOffice365ActiveUserDetail', status: 403, times: 10 });
    const { model } = await composerFor(fixture, new MemoryStateStore(), priced).compose();
    expect(model.licences).toEqual({ status: 'unavailable', code: 'FORBIDDEN' });
    expect(model.copilot.status).toBe('ok');
    expect(model.seats?.status).toBe('ok');
  });
});
