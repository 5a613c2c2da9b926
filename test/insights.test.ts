import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RowOf } from '../src/reports/catalog.js';
import {
  activityWindow,
  copilotAppsUsed,
  copilotCounts,
  createCopilotSeatTally,
  createGroupTally,
  createTopSelection,
  createTrendCollector,
  groupActivityScore,
  groupName,
  groupStorageBytes,
  isActiveIn,
  longestInactiveFirst,
  mostRecentlyActiveFirst,
  periodDays,
} from '../src/reports/insights.js';

const REFRESH = '2026-11-19';

function user(upn: string, fields: Partial<RowOf<'copilot-users'>> = {}): RowOf<'copilot-users'> {
  return { reportRefreshDate: REFRESH, userPrincipalName: upn, ...fields };
}

function group(name: string, fields: Partial<RowOf<'groups'>> = {}): RowOf<'groups'> {
  return { reportRefreshDate: REFRESH, groupId: `id-${name}`, groupDisplayName: name, isDeleted: false, ...fields };
}

describe('activity windows', () => {
  test('Dn counts the refresh date and the n - 1 days before it', () => {
    expect(activityWindow(REFRESH, 7)).toEqual({ start: '2026-11-13', end: REFRESH, days: 7 });
    expect(activityWindow(REFRESH, 1).start).toBe(REFRESH);
    expect(activityWindow('2026-03-02', 30).start).toBe('2026-02-01');
  });

  test('the first day of the window is in, the day before is out, never active is out', () => {
    const week = activityWindow(REFRESH, 7);
    expect(isActiveIn(week, '2026-11-13')).toBe(true);
    expect(isActiveIn(week, REFRESH)).toBe(true);
    expect(isActiveIn(week, '2026-11-12')).toBe(false);
    expect(isActiveIn(week, undefined)).toBe(false);
  });

  test('period values: Dn is n days; ALL is the longest allowed period', () => {
    expect(periodDays('D7')).toBe(7);
    expect(periodDays('D28')).toBe(28);
    expect(periodDays('ALL', ['D7', 'D30', 'D90', 'D180', 'ALL'])).toBe(180);
    expect(periodDays('ALL')).toBeUndefined();
    expect(periodDays('weekly')).toBeUndefined();
  });
});

describe('bounded top-N selection', () => {
  test('keeps exactly what sorting everything and taking the first N would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 12 }), (values, limit) => {
        const selection = createTopSelection<number>(limit, (a, b) => a - b);
        for (const value of values) selection.offer(value);
        expect(selection.result()).toEqual([...values].sort((a, b) => a - b).slice(0, limit));
        expect(selection.offered).toBe(values.length);
      }),
    );
  });

  test('most recently active first: newest date first, never active last, ties by name', () => {
    const items = [
      { name: 'c', date: '2026-11-01' },
      { name: 'b', date: undefined },
      { name: 'a', date: '2026-11-19' },
      { name: 'd', date: '2026-11-19' },
    ];
    const order = mostRecentlyActiveFirst<(typeof items)[number]>((item) => item.date, (item) => item.name);
    expect([...items].sort(order).map((item) => item.name)).toEqual(['a', 'd', 'c', 'b']);
  });

  test('longest inactive first: never active first, then the oldest date, ties by name', () => {
    const items = [
      { name: 'c', date: '2026-11-01' },
      { name: 'z', date: undefined },
      { name: 'b', date: undefined },
      { name: 'a', date: '2026-06-19' },
    ];
    const order = longestInactiveFirst<(typeof items)[number]>((item) => item.date, (item) => item.name);
    expect([...items].sort(order).map((item) => item.name)).toEqual(['b', 'z', 'a', 'c']);
  });
});

describe('Copilot seats from the user detail', () => {
  const week = activityWindow(REFRESH, 7);
  const rows = [
    user('today@contoso.com', { lastActivityDate: REFRESH, microsoftTeamsCopilotLastActivityDate: REFRESH, wordCopilotLastActivityDate: '2026-10-01' }),
    user('edge@contoso.com', { lastActivityDate: '2026-11-13', copilotChatLastActivityDate: '2026-11-13' }),
    user('lapsed@contoso.com', { lastActivityDate: '2026-11-12', excelCopilotLastActivityDate: '2026-11-12' }),
    user('never@contoso.com'),
  ];

  test('every row is an enabled seat; active means last activity in the window', () => {
    const tally = createCopilotSeatTally(week);
    rows.forEach((row) => tally.observe(row));
    const counts = tally.result();
    expect(counts).toMatchObject({ enabled: 4, active: 2, inactive: 2, neverActive: 1 });
    const active = Object.fromEntries(counts.apps.map((app) => [app.label, app.active]));
    expect(active).toEqual({ Teams: 1, Word: 0, Excel: 0, PowerPoint: 0, Outlook: 0, OneNote: 0, Loop: 0, 'Copilot Chat': 1 });
  });

  test('apps used lists only the apps with activity inside the window, in the admin center order', () => {
    const row = user('x@contoso.com', {
      copilotChatLastActivityDate: REFRESH,
      wordCopilotLastActivityDate: '2026-11-14',
      microsoftTeamsCopilotLastActivityDate: '2026-11-15',
      excelCopilotLastActivityDate: '2026-11-01',
    });
    expect(copilotAppsUsed(row, week)).toEqual(['Teams', 'Word', 'Copilot Chat']);
    expect(copilotAppsUsed(user('y@contoso.com'), week)).toEqual([]);
  });

  test('summary and trend rows: any-app and per-app counts on one base, absent cells as 0, prompts when Graph sends them', () => {
    const summary: RowOf<'copilot-summary'> = {
      reportRefreshDate: REFRESH,
      reportPeriod: 7,
      anyAppEnabledUsers: 25,
      anyAppActiveUsers: 4,
      wordEnabledUsers: 24,
      wordActiveUsers: 1,
      totalPromptsSubmitted: 310,
    };
    const counts = copilotCounts(summary);
    expect(counts).toMatchObject({ enabled: 25, active: 4, promptsSubmitted: 310 });
    // Every app's share is of the users enabled in any app, as the user detail counts them.
    expect(counts.apps.find((app) => app.key === 'word')).toEqual({ key: 'word', label: 'Word', enabled: 25, active: 1 });
    expect(counts.apps.find((app) => app.key === 'loop')).toEqual({ key: 'loop', label: 'Loop', enabled: 25, active: 0 });
    // A v1 row has none of v2's apps.
    expect(counts.apps.map((app) => app.label)).not.toContain('Edge');
    const v2 = copilotCounts({ ...summary, edgeEnabledUsers: 25, edgeActiveUsers: 3, copilotChatWorkActiveUsers: 2 });
    expect(v2.apps.filter((app) => ['Edge', 'Copilot Chat (work)'].includes(app.label)).map((app) => app.active)).toEqual([2, 3]);
    expect(copilotCounts({ reportRefreshDate: REFRESH, reportPeriod: 7 })).not.toHaveProperty('promptsSubmitted');
    const day: RowOf<'copilot-trend'> = { reportRefreshDate: REFRESH, reportDate: REFRESH, promptsSubmitted: 12 };
    expect(copilotCounts(day).promptsSubmitted).toBe(12);
  });

  test('the trend is oldest day first, and for ALL the longest period row wins each day', () => {
    const trend = createTrendCollector();
    const day = (reportDate: string, reportPeriod: number, active: number): RowOf<'copilot-trend'> => ({
      reportRefreshDate: REFRESH,
      reportDate,
      reportPeriod,
      anyAppEnabledUsers: 10,
      anyAppActiveUsers: active,
    });
    [day(REFRESH, 7, 1), day('2026-11-18', 7, 2), day(REFRESH, 30, 5), day('2026-11-17', 30, 3), day('2026-11-18', 30, 4)].forEach(
      (row) => trend.observe(row),
    );
    expect(trend.result()).toEqual([
      { date: '2026-11-17', enabled: 10, active: 3 },
      { date: '2026-11-18', enabled: 10, active: 4 },
      { date: REFRESH, enabled: 10, active: 5 },
    ]);
  });
});

describe('groups', () => {
  const month = activityWindow(REFRESH, 30);

  test('deleted groups are counted apart and left out of the totals and types', () => {
    const tally = createGroupTally(month);
    [
      group('Sales', { groupType: 'Private', lastActivityDate: REFRESH }),
      group('Legal', { groupType: 'Public', lastActivityDate: '2026-10-21' }), // first day of D30
      group('Old', { groupType: 'Public', lastActivityDate: '2026-10-20' }),
      group('Never', { groupType: 'Public' }),
      group('Untyped', { lastActivityDate: REFRESH }),
      group('Gone', { groupType: 'Private', isDeleted: true, lastActivityDate: REFRESH }),
    ].forEach((row) => tally.observe(row));
    expect(tally.result()).toEqual({
      total: 5,
      active: 3,
      inactive: 2,
      deleted: 1,
      byType: [
        { type: 'Public', count: 3 },
        { type: 'Private', count: 1 },
        { type: 'Unknown', count: 1 },
      ],
    });
  });

  test('activity is emails + active files + Yammer posts; storage is mailbox + site; absent cells count 0', () => {
    const row = group('Sales', {
      exchangeReceivedEmailCount: 10,
      sharePointActiveFileCount: 5,
      yammerPostedMessageCount: 2,
      yammerReadMessageCount: 100,
      exchangeMailboxStorageUsedInBytes: 1000,
      sharePointSiteStorageUsedInBytes: 24,
    });
    expect(groupActivityScore(row)).toBe(17);
    expect(groupStorageBytes(row)).toBe(1024);
    expect(groupActivityScore(group('Empty'))).toBe(0);
    expect(groupStorageBytes(group('Empty'))).toBe(0);
  });

  test('a group is named as the report names it, by its id when the name is empty', () => {
    expect(groupName(group('3F2A0C4D5E6F708192A3B4C5D6E7F809'))).toBe('3F2A0C4D5E6F708192A3B4C5D6E7F809');
    expect(groupName({ reportRefreshDate: REFRESH, groupId: 'g-1' })).toBe('g-1');
  });
});
