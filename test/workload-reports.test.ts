/**
 * The workload reports through the report service (catalog, Graph client, cache, budget, snapshots):
 * the catalog's headers against Microsoft's pages, and every snapshot figure against counts made here
 * from the emulator's raw CSV with csv-parse and a few lines of arithmetic.
 */
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { productActivityOf, workloadActivityOf } from '../src/reports/active-users-snapshot.js';
import { REPORTS, type ReportId } from '../src/reports/catalog.js';
import { inactiveItemsOf, itemActivityOf } from '../src/reports/detail-snapshot.js';
import { activityWindow } from '../src/reports/insights.js';
import type { ReportParams } from '../src/reports/report-request.js';
import type { Report } from '../src/reports/report-service.js';
import { fetchCsv, readCsv } from './support/emulator-http.js';
import { readDocumentedHeaders } from './support/reference-pages.js';
import { FIXTURE_NOW, startReportFixture, type ReportFixture } from './support/report-fixture.js';

const TODAY = FIXTURE_NOW.slice(0, 10);
const REFRESH = addDays(TODAY, -2);
const START_30 = addDays(REFRESH, -29);
const WINDOW_30 = activityWindow(REFRESH, 30);
const LIMIT = 50;
const WORKLOADS = [
  ['exchange', 'Exchange'],
  ['oneDrive', 'OneDrive'],
  ['sharePoint', 'SharePoint'],
  ['skypeForBusiness', 'Skype For Business'],
  ['yammer', 'Yammer'],
  ['teams', 'Teams'],
] as const;

/** Each new report, its reference page and the Graph call the emulator answers it with. */
const NEW_REPORTS: readonly (readonly [ReportId, string, string])[] = [
  ['active-users', 'getoffice365activeuserdetail', "getOffice365ActiveUserDetail(period='D30')"],
  ['active-user-counts', 'getoffice365activeusercounts', "getOffice365ActiveUserCounts(period='D30')"],
  ['services-user-counts', 'getoffice365servicesusercounts', "getOffice365ServicesUserCounts(period='D30')"],
  ['teams-users', 'getteamsuseractivityuserdetail', "getTeamsUserActivityUserDetail(period='D30')"],
  ['teams-activity', 'getteamsuseractivitycounts', "getTeamsUserActivityCounts(period='D30')"],
  ['email-users', 'getemailactivityuserdetail', "getEmailActivityUserDetail(period='D30')"],
  ['onedrive-accounts', 'getonedriveusageaccountdetail', "getOneDriveUsageAccountDetail(period='D30')"],
  ['sharepoint-sites', 'getsharepointsiteusagedetail', "getSharePointSiteUsageDetail(period='D30')"],
  ['apps-users', 'getm365appuserdetail', "getM365AppUserDetail(period='D30')"],
];

type Rows = Record<string, string>[];

async function rawRows(fixture: ReportFixture, graphCall: string): Promise<Rows> {
  return readCsv(await fetchCsv(fixture.emulator, `/v1.0/reports/${graphCall}`)).rows;
}

async function snapshotOf<Id extends ReportId>(fixture: ReportFixture, id: Id, params: ReportParams = { period: 'D30' }) {
  const report: Report<Id> = await fixture.service.getReport(id, params);
  expect(report.snapshot, id).toBeDefined();
  return { meta: report.meta, snapshot: report.snapshot! };
}

const num = (row: Record<string, string>, column: string) => Number(row[column] || 0);
const total = (rows: Rows, column: string) => rows.reduce((sum, row) => sum + num(row, column), 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Never active first, then the longest idle; ties by name: the order of every inactive list. */
const longestIdle = (date: (row: Record<string, string>) => string, name: (row: Record<string, string>) => string) => (a: Record<string, string>, b: Record<string, string>) =>
  date(a) === date(b) ? byText(name(a), name(b)) : date(a) === '' ? -1 : date(b) === '' ? 1 : byText(date(a), date(b));
/** Highest score first; ties by name: the order of every top list. */
const highest = (score: (row: Record<string, string>) => number, name: (row: Record<string, string>) => string) => (a: Record<string, string>, b: Record<string, string>) =>
  score(b) - score(a) || byText(name(a), name(b));
const upn = (row: Record<string, string>) => row['User Principal Name']!;

/** Every number and text in a snapshot, with the key it sits under. */
function leavesOf(value: unknown, key = ''): { numbers: [string, number][]; texts: [string, string][] } {
  if (typeof value === 'number') return { numbers: [[key, value]], texts: [] };
  if (typeof value === 'string') return { numbers: [], texts: [[key, value]] };
  const children = Array.isArray(value) ? value.map((item) => [key, item] as const) : Object.entries(value ?? {});
  const leaves = children.map(([childKey, child]) => leavesOf(child, childKey));
  return { numbers: leaves.flatMap((leaf) => leaf.numbers), texts: leaves.flatMap((leaf) => leaf.texts) };
}

describe('the catalog', () => {
  test('lists each workload report\'s columns as its reference page does, column for column', () => {
    for (const [id, page] of NEW_REPORTS) {
      const definition = REPORTS[id];
      expect(definition.graphFunction.toLowerCase(), id).toBe(page);
      expect(definition.columns.map((column) => column.header), id).toEqual(readDocumentedHeaders(page).listed.map((header) => header.trim()));
    }
  });
});

describe('snapshots agree with the raw report rows', () => {
  test('active users: licensed and active per workload, and per product its holders and those idle in every workload', async () => {
    const fixture = await startReportFixture({}, { users: 1_500 });
    const rows = await rawRows(fixture, "getOffice365ActiveUserDetail(period='D30')");
    const { meta, snapshot } = await snapshotOf(fixture, 'active-users');
    expect(meta).toMatchObject({ period: 'D30', rowCount: 1_500, privacy: 'per-user', identities: 'visible', refreshDate: REFRESH });
    const existing = rows.filter((row) => row['Is Deleted'] === 'False');
    expect({ users: snapshot.users, deleted: snapshot.deleted }).toEqual({ users: existing.length, deleted: rows.length - existing.length });

    for (const days of [30, 7]) {
      const start = addDays(REFRESH, -(days - 1));
      const expected = WORKLOADS.map(([key, header]) => {
        const licensed = existing.filter((row) => row[`Has ${header} License`] === 'True');
        const active = licensed.filter((row) => row[`${header} Last Activity Date`]! >= start).length;
        return { key, licensed: licensed.length, active, inactive: licensed.length - active };
      });
      const activity = workloadActivityOf(snapshot, activityWindow(REFRESH, days));
      expect(activity.workloads.map(({ key, licensed, active, inactive }) => ({ key, licensed, active, inactive })), `D${days}`).toEqual(expected);
    }

    const latest = (row: Record<string, string>) => WORKLOADS.map(([, header]) => row[`${header} Last Activity Date`]!).sort(byText).at(-1)!;
    const measured = (row: Record<string, string>) => WORKLOADS.some(([, header]) => row[`Has ${header} License`] === 'True');
    const holders = new Map<string, Rows>();
    for (const row of existing) {
      for (const product of row['Assigned Products']!.split('+').filter(Boolean)) holders.set(product, [...(holders.get(product) ?? []), row]);
    }
    const products = productActivityOf(snapshot, WINDOW_30);
    expect(products.map((product) => product.product).sort(byText)).toEqual([...holders.keys()].sort(byText));
    expect(snapshot.otherProducts).toBe(0);
    for (const product of products) {
      const rowsOf = holders.get(product.product)!;
      const idle = rowsOf.filter((row) => measured(row) && latest(row) < START_30).length;
      expect(product, product.product).toEqual({ product: product.product, holders: rowsOf.length, idle, unmeasured: rowsOf.filter((row) => !measured(row)).length });
    }
    // Users with a licence who use nothing: idle holders exist in this tenant, Copilot holders among them.
    expect(products.filter((product) => product.idle > 0).length).toBeGreaterThan(1);
    expect(products.find((product) => product.product === 'MICROSOFT 365 COPILOT')?.idle).toBeGreaterThan(0);
  });

  test('Teams: users by last activity, licensed users, the period\'s sums, the most and least active', async () => {
    const fixture = await startReportFixture({}, { users: 1_200 });
    const rows = await rawRows(fixture, "getTeamsUserActivityUserDetail(period='D30')");
    const { snapshot } = await snapshotOf(fixture, 'teams-users');
    const existing = rows.filter((row) => row['Is Deleted'] === 'False');
    const active = existing.filter((row) => row['Last Activity Date']! >= START_30).length;
    expect(itemActivityOf(snapshot, WINDOW_30)).toEqual({ total: existing.length, active, inactive: existing.length - active });
    expect(snapshot.deleted).toBe(rows.length - existing.length);
    expect(snapshot.licensed).toBe(existing.filter((row) => row['Is Licensed'] === 'Yes').length);
    expect(snapshot.totals).toEqual({
      teamChatMessageCount: total(rows, 'Team Chat Message Count'),
      privateChatMessageCount: total(rows, 'Private Chat Message Count'),
      postMessages: total(rows, 'Post Messages'),
      replyMessages: total(rows, 'Reply Messages'),
      urgentMessages: total(rows, 'Urgent Messages'),
      callCount: total(rows, 'Call Count'),
      meetingCount: total(rows, 'Meeting Count'),
      meetingsOrganizedCount: total(rows, 'Meetings Organized Count'),
      meetingsAttendedCount: total(rows, 'Meetings Attended Count'),
      audioDurationInSeconds: total(rows, 'Audio Duration In Seconds'),
      videoDurationInSeconds: total(rows, 'Video Duration In Seconds'),
      screenShareDurationInSeconds: total(rows, 'Screen Share Duration In Seconds'),
    });
    const score = (row: Record<string, string>) => ['Team Chat Message Count', 'Private Chat Message Count', 'Call Count', 'Meeting Count'].reduce((sum, column) => sum + num(row, column), 0);
    const mostActive = existing.filter((row) => score(row) > 0).sort(highest(score, upn));
    expect(snapshot.top.mostActive.map((entry) => entry.userPrincipalName)).toEqual(mostActive.slice(0, LIMIT).map(upn));
    expect(snapshot.top.mostActive[0]!.teamChatMessageCount).toBe(num(mostActive[0]!, 'Team Chat Message Count'));
    const inactive = existing.filter((row) => !(row['Last Activity Date']! >= START_30)).sort(longestIdle((row) => row['Last Activity Date']!, upn));
    expect(inactiveItemsOf(snapshot, WINDOW_30, 25)?.map((entry) => entry.userPrincipalName)).toEqual(inactive.slice(0, 25).map(upn));
    expect(inactiveItemsOf(snapshot, WINDOW_30, LIMIT + 1)).toBeUndefined();
  });

  test('email, OneDrive and SharePoint: sums, sites per template, and the top lists', async () => {
    const fixture = await startReportFixture({}, { users: 1_000 });
    const email = await rawRows(fixture, "getEmailActivityUserDetail(period='D30')");
    const oneDrive = await rawRows(fixture, "getOneDriveUsageAccountDetail(period='D30')");
    const sites = await rawRows(fixture, "getSharePointSiteUsageDetail(period='D30')");
    const mail = (await snapshotOf(fixture, 'email-users')).snapshot;
    expect(mail.totals).toEqual({
      sendCount: total(email, 'Send Count'),
      receiveCount: total(email, 'Receive Count'),
      readCount: total(email, 'Read Count'),
      meetingCreatedCount: total(email, 'Meeting Created Count'),
      meetingInteractedCount: total(email, 'Meeting Interacted Count'),
    });
    const mailScore = (row: Record<string, string>) => num(row, 'Send Count') + num(row, 'Read Count');
    const mailTop = email.filter((row) => row['Is Deleted'] === 'False' && mailScore(row) > 0).sort(highest(mailScore, upn));
    expect(mail.top.mostActive.map((entry) => entry.userPrincipalName)).toEqual(mailTop.slice(0, LIMIT).map(upn));

    const drives = (await snapshotOf(fixture, 'onedrive-accounts')).snapshot;
    expect(drives.totals).toEqual({
      fileCount: total(oneDrive, 'File Count'),
      activeFileCount: total(oneDrive, 'Active File Count'),
      storageUsedInBytes: total(oneDrive, 'Storage Used (Byte)'),
      storageAllocatedInBytes: total(oneDrive, 'Storage Allocated (Byte)'),
    });
    const url = (row: Record<string, string>) => row['Site URL']!;
    const largestDrives = oneDrive.filter((row) => row['Is Deleted'] === 'False').sort(highest((row) => num(row, 'Storage Used (Byte)'), url));
    expect(drives.top.largest.map((entry) => entry.siteUrl)).toEqual(largestDrives.slice(0, LIMIT).map(url));

    const sharePoint = (await snapshotOf(fixture, 'sharepoint-sites')).snapshot;
    expect(sharePoint.totals).toEqual({
      fileCount: total(sites, 'File Count'),
      activeFileCount: total(sites, 'Active File Count'),
      pageViewCount: total(sites, 'Page View Count'),
      visitedPageCount: total(sites, 'Visited Page Count'),
      storageUsedInBytes: total(sites, 'Storage Used (Byte)'),
      storageAllocatedInBytes: total(sites, 'Storage Allocated (Byte)'),
    });
    const live = sites.filter((row) => row['Is Deleted'] === 'False');
    const templates = new Map<string, number>();
    for (const row of live) templates.set(row['Root Web Template']!, (templates.get(row['Root Web Template']!) ?? 0) + 1);
    expect(sharePoint.byTemplate).toEqual([...templates].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || byText(a.type, b.type)));
    const mostViewed = live.filter((row) => num(row, 'Page View Count') > 0).sort(highest((row) => num(row, 'Page View Count'), url));
    expect(sharePoint.top.mostViewed.map((entry) => entry.siteUrl)).toEqual(mostViewed.slice(0, LIMIT).map(url));
    const activeSites = live.filter((row) => row['Last Activity Date']! >= START_30).length;
    expect(itemActivityOf(sharePoint, WINDOW_30)).toEqual({ total: live.length, active: activeSites, inactive: live.length - activeSites });
  });

  test('Microsoft 365 Apps: users per app and per platform in the period', async () => {
    const fixture = await startReportFixture({}, { users: 900 });
    const rows = await rawRows(fixture, "getM365AppUserDetail(period='D30')");
    const { snapshot } = await snapshotOf(fixture, 'apps-users');
    const users = (column: string) => rows.filter((row) => row[column] === 'Yes').length;
    const platforms = (app: string) => ({ windows: users(`${app} (Windows)`), mac: users(`${app} (Mac)`), mobile: users(`${app} (Mobile)`), web: users(`${app} (Web)`) });
    expect(snapshot.apps.map(({ label, users: count, windows, mac, mobile, web }) => ({ label, users: count, windows, mac, mobile, web }))).toEqual(
      ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams'].map((app) => ({ label: app, users: users(app), ...platforms(app) })),
    );
    const anyApp = rows.filter((row) => ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams'].some((app) => row[app] === 'Yes')).length;
    expect(snapshot.anyApp).toEqual({ users: anyApp, windows: users('Windows'), mac: users('Mac'), mobile: users('Mobile'), web: users('Web') });
    const active = rows.filter((row) => row['Last Activity Date']! >= START_30).length;
    expect(itemActivityOf(snapshot, WINDOW_30)).toEqual({ total: rows.length, active, inactive: rows.length - active });
  });

  test('the counts reports: active users and Teams activity per day, oldest first, and the services counts', async () => {
    const fixture = await startReportFixture({}, { users: 700 });
    const daily = await rawRows(fixture, "getOffice365ActiveUserCounts(period='D30')");
    const teams = await rawRows(fixture, "getTeamsUserActivityCounts(period='D30')");
    const [services] = await rawRows(fixture, "getOffice365ServicesUserCounts(period='D30')");
    const activeDays = (await snapshotOf(fixture, 'active-user-counts')).snapshot.days;
    expect(activeDays).toEqual(
      daily
        .map((row) => ({ date: row['Report Date'], office365: num(row, 'Office 365'), ...Object.fromEntries(WORKLOADS.map(([key, header]) => [key, num(row, header)])) }))
        .sort((a, b) => byText(a.date!, b.date!)),
    );
    const teamsDays = (await snapshotOf(fixture, 'teams-activity')).snapshot.days;
    expect(teamsDays.map((day) => [day.date, day.teamChatMessages, day.privateChatMessages, day.calls, day.meetings])).toEqual(
      teams.map((row) => [row['Report Date'], num(row, 'Team Chat Messages'), num(row, 'Private Chat Messages'), num(row, 'Calls'), num(row, 'Meetings')]).reverse(),
    );
    const counts = (await snapshotOf(fixture, 'services-user-counts')).snapshot;
    expect(counts.workloads.map(({ key, active, inactive }) => ({ key, active, inactive }))).toEqual(
      WORKLOADS.map(([key, header]) => ({ key, active: num(services!, `${header} Active`), inactive: num(services!, `${header} Inactive`) })),
    );
    expect(counts.office365).toEqual({ active: num(services!, 'Office 365 Active'), inactive: num(services!, 'Office 365 Inactive') });
  });
});

describe('through the report service like every report', () => {
  test('concealed tenants: every per-user workload report says so, and its lists hold hashes', async () => {
    const fixture = await startReportFixture({}, { users: 500, concealed: true });
    for (const [id] of NEW_REPORTS) {
      const { meta, snapshot } = await snapshotOf(fixture, id);
      expect(meta.identities, id).toBe(REPORTS[id].privacy === 'per-user' ? 'concealed' : 'none');
      const names = JSON.stringify(snapshot).match(/"(userPrincipalName|ownerPrincipalName|siteUrl|displayName|ownerDisplayName)":"[^"]*"/g) ?? [];
      for (const name of names) expect(name, id).toMatch(/:"[0-9A-F]{32}"$/);
    }
  });

  test('a 403 names Reports.Read.All; a headers-only report (a tenant without the workload\'s data) gives zeros, not an error', async () => {
    const fixture = await startReportFixture();
    fixture.emulator.injectFault({ target: 'api', match: 'getTeamsUserActivityUserDetail', status: 403 });
    await expect(fixture.service.getReport('teams-users', { period: 'D30' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('Reports.Read.All') as string,
    });
    const empty = (page: string) => `\uFEFF${readDocumentedHeaders(page).example}\r\n`;
    for (const [id, page, graphCall] of NEW_REPORTS) {
      fixture.emulator.injectFault({ target: 'download', match: graphCall.slice(0, graphCall.indexOf('(')), status: 200, body: empty(page) });
      const { meta, snapshot } = await snapshotOf(fixture, id, { period: 'D90' });
      expect(meta.rowCount, id).toBe(0);
      // Every count in an empty report's snapshot is zero and no list names anyone.
      const { numbers, texts } = leavesOf(snapshot);
      expect(numbers.filter(([key, value]) => key !== 'rowLimit' && value !== 0), id).toEqual([]);
      expect(texts.filter(([key]) => !['key', 'report', 'label'].includes(key)), id).toEqual([]);
    }
  });

  test('concurrent requests share one Graph call; the budget stops the 15th request in ten minutes before Graph sees it', async () => {
    const fixture = await startReportFixture({ cacheTtlMs: 0 });
    const calls = (name: string) => fixture.emulator.requests.filter((request) => request.kind === 'api' && request.functionName === name).length;
    const reports = await Promise.all(Array.from({ length: 6 }, () => fixture.service.getReport('active-users', { period: 'D30' })));
    expect(calls('getOffice365ActiveUserDetail')).toBe(1);
    expect(new Set(reports.map((report) => report.snapshot))).toHaveProperty('size', 1);
    for (let back = 1; back <= 14; back++) await fixture.service.getReport('email-users', { date: addDays(TODAY, -back) });
    await expect(fixture.service.getReport('email-users', { date: addDays(TODAY, -15) })).rejects.toMatchObject({ code: 'BUDGET_EXHAUSTED' });
    expect(calls('getEmailActivityUserDetail')).toBe(14);
    expect(fixture.emulator.requests.some((request) => request.status === 429)).toBe(false);
    await expect(fixture.service.getReport('onedrive-accounts', { period: 'D7' })).resolves.toBeDefined();
  });

  test('Microsoft 365 Apps in JSON: v1.0 pages through the JSON budget, the same rows as the CSV', async () => {
    const json = await startReportFixture({ format: 'json' }, { users: 300, pageSize: 40 });
    const csv = await startReportFixture({ format: 'csv' }, { users: 300 });
    const fromJson = await json.service.getReport('apps-users', { date: addDays(TODAY, -4) });
    const fromCsv = await csv.service.getReport('apps-users', { date: addDays(TODAY, -4) });
    const rowsOf = async (report: typeof fromJson) => {
      const rows = [];
      for await (const row of report.rows()) rows.push(row);
      return rows;
    };
    const rows = await rowsOf(fromCsv);
    expect(await rowsOf(fromJson)).toEqual(rows);
    expect(fromJson.snapshot).toEqual({ ...fromCsv.snapshot, key: fromJson.snapshot!.key });
    const pages = json.emulator.requests.filter((request) => request.kind === 'api');
    expect(pages).toHaveLength(Math.ceil(rows.length / 40));
    expect(pages.every((request) => request.path.startsWith(`/v1.0/reports/getM365AppUserDetail(date='${addDays(TODAY, -4)}')`))).toBe(true);
    expect(json.service.status().budgets).toEqual([expect.objectContaining({ key: 'JSON reports', used: pages.length })]);
  });

  test('snapshots stay the same size for a tenant ten times larger, and survive a JSON round trip', async () => {
    const sizes = new Map<ReportId, number[]>();
    for (const users of [2_000, 20_000]) {
      const fixture = await startReportFixture({}, { users });
      for (const [id] of NEW_REPORTS) {
        const { snapshot } = await snapshotOf(fixture, id);
        const text = JSON.stringify(snapshot);
        expect(JSON.parse(text), id).toEqual(snapshot);
        sizes.set(id, [...(sizes.get(id) ?? []), text.length]);
      }
    }
    for (const [id, [small, large]] of sizes) {
      expect(large, id).toBeLessThan(small! * 1.25 + 2_000);
      expect(large, id).toBeLessThan(60_000);
    }
  }, 60_000);
});
