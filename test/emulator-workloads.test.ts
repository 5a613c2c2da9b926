/**
 * The emulator's workload reports (active users, Teams, email, OneDrive, SharePoint, Microsoft 365 Apps):
 * headers as Microsoft's pages document them, Graph's download contract, and one tenant told the same way
 * by every report, checked from the raw CSV with csv-parse and a few lines of counting here.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import { createCopilotAggregateCache } from '../src/emulator/copilot-aggregates.js';
import { epochDayFromIso } from '../src/emulator/epoch-days.js';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { parseGraphRequest } from '../src/emulator/parse-graph-request.js';
import { createReportView, generateCsvChunks } from '../src/emulator/render-report.js';
import { activitiesOnDay, computeLastActivityDays, getActivityProfile, ACTIVITIES } from '../src/emulator/synthetic-workloads.js';
import { createWorkloadAggregateCache } from '../src/emulator/workload-aggregates.js';
import { ACTIVITY_WINDOW_DAYS } from '../src/emulator/synthetic-tenant.js';
import { call, errorOf, fetchCsv, md5, readCsv, readJsonPages, startTestEmulator, type Csv } from './support/emulator-http.js';
import { createFakeClock } from './support/fake-clock.js';
import { readDocumentedHeaders } from './support/reference-pages.js';

const START = Date.parse('2026-11-12T10:00:00Z'); // a Thursday
const TODAY = toIsoDate(START);
const REFRESH = addDays(TODAY, -2);
const start = (options: Parameters<typeof startTestEmulator>[1] = {}) => startTestEmulator(START, options);

/** Each report: its reference page, and a CSV request for it on v1.0. */
const REPORTS = [
  ['getoffice365activeuserdetail', "/v1.0/reports/getOffice365ActiveUserDetail(period='D30')"],
  ['getoffice365activeusercounts', "/v1.0/reports/getOffice365ActiveUserCounts(period='D7')"],
  ['getoffice365servicesusercounts', "/v1.0/reports/getOffice365ServicesUserCounts(period='D30')"],
  ['getteamsuseractivityuserdetail', "/v1.0/reports/getTeamsUserActivityUserDetail(period='D30')"],
  ['getteamsuseractivitycounts', "/v1.0/reports/getTeamsUserActivityCounts(period='D30')"],
  ['getemailactivityuserdetail', "/v1.0/reports/getEmailActivityUserDetail(period='D30')"],
  ['getonedriveusageaccountdetail', "/v1.0/reports/getOneDriveUsageAccountDetail(period='D30')"],
  ['getsharepointsiteusagedetail', "/v1.0/reports/getSharePointSiteUsageDetail(period='D30')"],
  ['getm365appuserdetail', "/v1.0/reports/getM365AppUserDetail(period='D30')?$format=text/csv"],
] as const;

const count = <T>(items: readonly T[], keep: (item: T) => boolean) => items.filter(keep).length;
const sum = (rows: readonly Record<string, string>[], column: string) => rows.reduce((total, row) => total + Number(row[column]), 0);
const byKey = (rows: readonly Record<string, string>[], column: string) => new Map(rows.map((row) => [row[column]!, row]));
const WORKLOAD_HEADERS = ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'] as const;

describe('headers as the reference pages document them', () => {
  test('every workload report writes its page\'s header list column for column, and its example header line byte for byte', async () => {
    const { emulator } = await start({ users: 60 });
    for (const [page, path] of REPORTS) {
      const documented = readDocumentedHeaders(page);
      const text = await fetchCsv(emulator, path);
      // The lists carry one trailing space ("Skype For Business "); the example lines and Graph's CSV do not.
      expect(readCsv(text).header, page).toEqual(documented.listed.map((header) => header.trim()));
      expect(text.slice(0, text.indexOf('\r\n')), page).toBe(`\uFEFF${documented.example}`);
    }
  });
});

describe('Graph’s download contract', () => {
  test('302 to a download fetched without the token, a BOM, and an ETag a repeat answers with 304', async () => {
    const { emulator } = await start();
    const path = "/v1.0/reports/getTeamsUserActivityUserDetail(period='D7')";
    const response = await call(emulator, path);
    expect(response.status).toBe(302);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const download = await fetch(response.headers.get('location')!);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(new Uint8Array(await download.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const again = await call(emulator, path, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await call(emulator, "/v1.0/reports/getTeamsUserActivityUserDetail(period='D30')", { headers: { 'If-None-Match': etag } })).status).toBe(302);
    expect(emulator.requests.map((request) => [request.kind, request.hadAuthorization, request.status])).toEqual([
      ['api', true, 302],
      ['download', false, 200],
      ['api', true, 304],
      ['api', true, 302],
    ]);
  });

  test('14 CSV requests per report function in ten minutes, then 429 with Retry-After; other reports keep their own count', async () => {
    const { emulator, clock } = await start({ users: 50 });
    const path = "/v1.0/reports/getEmailActivityUserDetail(period='D7')";
    for (let i = 0; i < 14; i++) {
      expect((await call(emulator, path)).status).toBe(302);
      clock.advance(10_000);
    }
    const refused = await call(emulator, path);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(10 * 60 - 14 * 10));
    expect((await errorOf(refused)).code).toBe('TooManyRequests');
    expect((await call(emulator, "/v1.0/reports/getOneDriveUsageAccountDetail(period='D7')")).status).toBe(302);
    clock.advance(10 * 60_000);
    expect((await call(emulator, path)).status).toBe(302);
  });

  test('injected faults reach the workload reports like the others', async () => {
    const { emulator } = await start({ users: 3000 });
    emulator.injectFault({ target: 'api', match: 'getM365AppUserDetail', status: 503, retryAfter: '3' });
    const unavailable = await call(emulator, "/v1.0/reports/getM365AppUserDetail(period='D7')");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('3');
    emulator.injectFault({ target: 'download', match: 'getSharePointSiteUsageDetail', kind: 'truncate' });
    const location = (await call(emulator, "/v1.0/reports/getSharePointSiteUsageDetail(period='D7')")).headers.get('location')!;
    await expect(fetch(location).then((download) => download.arrayBuffer())).rejects.toThrow();
  });
});

describe('by date', () => {
  test('the detail reports answer one day by date= (the apps report with the date in quotes, as its page writes it)', async () => {
    const { emulator } = await start({ users: 80 });
    const day = addDays(TODAY, -6);
    for (const path of [
      `/v1.0/reports/getOffice365ActiveUserDetail(date=${day})`,
      `/v1.0/reports/getTeamsUserActivityUserDetail(date=${day})`,
      `/v1.0/reports/getEmailActivityUserDetail(date=${day})`,
      `/v1.0/reports/getOneDriveUsageAccountDetail(date=${day})`,
      `/v1.0/reports/getSharePointSiteUsageDetail(date=${day})`,
      `/v1.0/reports/getM365AppUserDetail(date='${day}')`,
    ]) {
      const { rows } = readCsv(await fetchCsv(emulator, path));
      expect(rows.length, path).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => row['Report Refresh Date'])), path).toEqual(new Set([day]));
      for (const row of rows) if (row['Report Period'] !== undefined) expect(row['Report Period'], path).toBe('1');
      for (const row of rows) if (row['Last Activity Date']) expect(row['Last Activity Date'] <= day, path).toBe(true);
    }
  });

  test('a date quoted the other way, or given to a counts report, is refused as Graph refuses it', async () => {
    const { emulator } = await start({ users: 20 });
    const day = addDays(TODAY, -3);
    for (const path of [
      `/v1.0/reports/getM365AppUserDetail(date=${day})`,
      `/v1.0/reports/getTeamsUserActivityUserDetail(date='${day}')`,
    ]) {
      const response = await call(emulator, path);
      expect(response.status, path).toBe(400);
      expect((await errorOf(response)).code, path).toBe('InvalidArgument');
    }
    const counts = await call(emulator, `/v1.0/reports/getTeamsUserActivityCounts(date=${day})`);
    expect(counts.status).toBe(400);
    expect((await errorOf(counts)).message).toContain("Allowed parameters: period.");
  });
});

describe('Microsoft 365 Apps usage in JSON', () => {
  test('pages of the set size on v1.0, each user\'s values under details[], the same users and values as the CSV', async () => {
    const { emulator } = await start({ users: 150, pageSize: 40 });
    const path = "/v1.0/reports/getM365AppUserDetail(period='D7')";
    const csv = readCsv(await fetchCsv(emulator, `${path}?$format=text/csv`));
    const { pages, items } = await readJsonPages(emulator, `${path}?$format=application/json`);
    expect(pages).toBe(Math.ceil(csv.rows.length / 40));
    expect(items).toHaveLength(csv.rows.length);
    items.forEach((item, i) => {
      const row = csv.rows[i]!;
      expect(item['userPrincipalName']).toBe(row['User Principal Name']);
      expect(item['lastActivityDate'] ?? '').toBe(row['Last Activity Date']);
      const details = item['details'] as Record<string, unknown>[];
      expect(details).toHaveLength(1);
      expect(details[0]!['reportPeriod']).toBe(7);
      // JSON property names are the headers in camel case: "PowerPoint (Mac)" is powerPointMac.
      for (const header of csv.header.slice(5)) {
        const key = header.replace(/[ ()]/g, '').replace(/^./, (first) => first.toLowerCase());
        expect(details[0]![key], header).toBe(row[header] === 'Yes');
      }
    });
    expect(items.some((item) => (item['details'] as Record<string, unknown>[])[0]!['teamsMobile'] === true)).toBe(true);
  });
});

// ---------------------------------------------------------------- one tenant, every report

type Tenant = {
  copilot: Csv;
  active: Csv;
  teams: Csv;
  email: Csv;
  oneDrive: Csv;
  sharePoint: Csv;
  groups: Csv;
  apps: Csv;
  services: Csv;
  activeCounts: Csv;
  teamsCounts: Csv;
  skus: { skuPartNumber: string; consumedUnits: number }[];
};

describe('one tenant told the same way by every report', () => {
  let emulator: GraphEmulator;
  let tenant: Tenant;
  const start30 = addDays(REFRESH, -29);

  beforeAll(async () => {
    emulator = await startGraphEmulator({ users: 1500, clock: createFakeClock(START) });
    const get = async (path: string) => readCsv(await fetchCsv(emulator, path));
    const skus = (await (await call(emulator, '/v1.0/subscribedSkus')).json()) as { value: Tenant['skus'] };
    tenant = {
      copilot: await get("/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30',version='v1')"),
      active: await get("/v1.0/reports/getOffice365ActiveUserDetail(period='D30')"),
      teams: await get("/v1.0/reports/getTeamsUserActivityUserDetail(period='D30')"),
      email: await get("/v1.0/reports/getEmailActivityUserDetail(period='D30')"),
      oneDrive: await get("/v1.0/reports/getOneDriveUsageAccountDetail(period='D30')"),
      sharePoint: await get("/v1.0/reports/getSharePointSiteUsageDetail(period='D30')"),
      groups: await get("/v1.0/reports/getOffice365GroupsActivityDetail(period='D30')"),
      apps: await get("/v1.0/reports/getM365AppUserDetail(period='D30')"),
      services: await get("/v1.0/reports/getOffice365ServicesUserCounts(period='D30')"),
      activeCounts: await get("/v1.0/reports/getOffice365ActiveUserCounts(period='D7')"),
      teamsCounts: await get("/v1.0/reports/getTeamsUserActivityCounts(period='D30')"),
      skus: skus.value,
    };
  }, 60_000);
  afterAll(() => emulator.close());

  test('the active user detail lists every user; the other per-user reports list the same principal names', () => {
    const { active, copilot, teams, email, oneDrive, apps } = tenant;
    const upns = new Set(active.rows.map((row) => row['User Principal Name']));
    expect(upns.size).toBe(1500);
    for (const row of copilot.rows) expect(upns.has(row['User Principal Name'])).toBe(true);
    expect(new Set(teams.rows.map((row) => row['User Principal Name']))).toEqual(upns);
    const mailboxes = new Set(email.rows.map((row) => row['User Principal Name']));
    for (const row of active.rows) {
      if (row['Has Exchange License'] === 'True') expect(mailboxes.has(row['User Principal Name'])).toBe(true);
    }
    for (const upn of mailboxes) expect(upns.has(upn)).toBe(true);
    for (const row of oneDrive.rows) expect(upns.has(row['Owner Principal Name'])).toBe(true);
    const existing = active.rows.filter((row) => row['Is Deleted'] === 'False').map((row) => row['User Principal Name']);
    expect(apps.rows.map((row) => row['User Principal Name'])).toEqual(existing);
  });

  test('each workload detail\'s last activity is the active user detail\'s date for that workload', () => {
    const { active, teams, email, oneDrive } = tenant;
    const users = byKey(active.rows, 'User Principal Name');
    for (const row of teams.rows) expect(row['Last Activity Date']).toBe(users.get(row['User Principal Name']!)!['Teams Last Activity Date']);
    for (const row of email.rows) expect(row['Last Activity Date']).toBe(users.get(row['User Principal Name']!)!['Exchange Last Activity Date']);
    for (const row of oneDrive.rows) expect(row['Last Activity Date']).toBe(users.get(row['Owner Principal Name']!)!['OneDrive Last Activity Date']);
    // Active in Teams in the period ⇔ some Teams activity counted in the period.
    for (const row of teams.rows) {
      const counted = sum([row], 'Team Chat Message Count') + sum([row], 'Private Chat Message Count') + sum([row], 'Call Count') + sum([row], 'Meeting Count');
      if (counted > 0) expect(row['Last Activity Date']! >= start30).toBe(true);
      if (row['Last Activity Date']! < start30) expect(counted).toBe(0);
    }
  });

  test('Copilot holders carry the Copilot product, and using Copilot in Teams or Outlook is Teams or mail activity', () => {
    const { active, copilot } = tenant;
    const users = byKey(active.rows, 'User Principal Name');
    const holders = new Set(copilot.rows.map((row) => row['User Principal Name']));
    for (const row of active.rows) expect(row['Assigned Products']!.split('+').includes('MICROSOFT 365 COPILOT')).toBe(holders.has(row['User Principal Name']));
    for (const row of copilot.rows) {
      const user = users.get(row['User Principal Name']!)!;
      if (row['Microsoft Teams Copilot Last Activity Date']) expect(user['Teams Last Activity Date']! >= row['Microsoft Teams Copilot Last Activity Date']).toBe(true);
      if (row['Outlook Copilot Last Activity Date']) expect(user['Exchange Last Activity Date']! >= row['Outlook Copilot Last Activity Date']).toBe(true);
    }
  });

  test('subscribedSkus assigns each SKU to exactly the users whose Assigned Products name it', () => {
    const { active, skus } = tenant;
    const holding = (product: string) => count(active.rows, (row) => row['Assigned Products']!.split('+').includes(product));
    const consumed = Object.fromEntries(skus.map((sku) => [sku.skuPartNumber, sku.consumedUnits]));
    expect(consumed).toEqual({
      SPE_E5: holding('MICROSOFT 365 E5'),
      SPE_E3: holding('MICROSOFT 365 E3'),
      Microsoft_365_Copilot: holding('MICROSOFT 365 COPILOT'),
      FLOW_FREE: holding('MICROSOFT POWER AUTOMATE FREE'),
      POWER_BI_PRO: holding('POWER BI PRO'),
    });
    expect(consumed['SPE_E5']! + consumed['SPE_E3']!).toBe(count(active.rows, (row) => row['Is Deleted'] === 'False'));
  });

  test('deleted accounts, workloads switched off, and users who hold licences and use nothing', () => {
    const { active, teams } = tenant;
    const deleted = active.rows.filter((row) => row['Is Deleted'] === 'True');
    expect(deleted.length).toBeGreaterThan(5);
    for (const row of deleted) {
      expect(row['Deleted Date']! >= addDays(REFRESH, -30) && row['Deleted Date']! < REFRESH).toBe(true);
      expect(row['Assigned Products']).toBe('');
      for (const workload of WORKLOAD_HEADERS) {
        expect(row[`Has ${workload} License`]).toBe('False');
        if (row[`${workload} Last Activity Date`]) expect(row[`${workload} Last Activity Date`]! < row['Deleted Date']!).toBe(true);
      }
    }
    const teamsDeleted = teams.rows.filter((row) => row['Is Deleted'] === 'True').map((row) => row['User Principal Name']);
    expect(teamsDeleted).toEqual(deleted.map((row) => row['User Principal Name']));
    const existing = active.rows.filter((row) => row['Is Deleted'] === 'False');
    expect(count(existing, (row) => row['Has Exchange License'] === 'False')).toBeGreaterThan(0);
    expect(count(existing, (row) => row['Has Yammer License'] === 'False')).toBeGreaterThan(100);
    const idle = existing.filter((row) => WORKLOAD_HEADERS.every((workload) => !(row[`${workload} Last Activity Date`]! >= start30)));
    expect(idle.length / existing.length).toBeGreaterThan(0.04);
    expect(idle.length / existing.length).toBeLessThan(0.15);
    expect(idle.every((row) => row['Assigned Products'] !== '')).toBe(true);
  });

  test('the services counts are the active user detail\'s licensed users, active or not in the period', () => {
    const { active, services } = tenant;
    const [row] = services.rows;
    const existing = active.rows.filter((user) => user['Is Deleted'] === 'False');
    for (const workload of WORKLOAD_HEADERS) {
      const licensed = existing.filter((user) => user[`Has ${workload} License`] === 'True');
      const activeUsers = count(licensed, (user) => user[`${workload} Last Activity Date`]! >= start30);
      expect(Number(row![`${workload} Active`]), workload).toBe(activeUsers);
      expect(Number(row![`${workload} Inactive`]), workload).toBe(licensed.length - activeUsers);
    }
    const anyActive = count(existing, (user) => WORKLOAD_HEADERS.some((workload) => user[`${workload} Last Activity Date`]! >= start30));
    expect([Number(row!['Office 365 Active']), Number(row!['Office 365 Inactive'])]).toEqual([anyActive, existing.length - anyActive]);
    expect(row!['Report Period']).toBe('30');
  });

  test('daily active users end with the users last active on the refresh date; Teams days add up to the detail\'s period', () => {
    const { active, activeCounts, teams, teamsCounts } = tenant;
    expect(activeCounts.rows.map((row) => row['Report Date'])).toEqual(Array.from({ length: 7 }, (_, i) => addDays(REFRESH, -i)));
    const latest = activeCounts.rows[0]!;
    for (const workload of WORKLOAD_HEADERS) {
      expect(Number(latest[workload]), workload).toBe(count(active.rows, (user) => user[`${workload} Last Activity Date`] === REFRESH));
    }
    const lastAnywhere = (user: Record<string, string>) => WORKLOAD_HEADERS.map((workload) => user[`${workload} Last Activity Date`]!).sort().at(-1);
    expect(Number(latest['Office 365'])).toBe(count(active.rows, (user) => lastAnywhere(user) === REFRESH));
    expect(teamsCounts.rows).toHaveLength(30);
    for (const [daily, detail] of [
      ['Team Chat Messages', 'Team Chat Message Count'],
      ['Private Chat Messages', 'Private Chat Message Count'],
      ['Post Messages', 'Post Messages'],
      ['Reply Messages', 'Reply Messages'],
      ['Calls', 'Call Count'],
      ['Meetings', 'Meeting Count'],
      ['Meetings Organized', 'Meetings Organized Count'],
      ['Meetings Attended', 'Meetings Attended Count'],
    ] as const) {
      expect(sum(teamsCounts.rows, daily), daily).toBe(sum(teams.rows, detail));
    }
    expect(sum(teams.rows, 'Team Chat Message Count')).toBeGreaterThan(1000);
  });

  test('apps: Outlook is mail activity and Teams is Teams activity in the period, on at least one platform', () => {
    const { active, apps } = tenant;
    const users = byKey(active.rows, 'User Principal Name');
    for (const row of apps.rows) {
      const user = users.get(row['User Principal Name']!)!;
      expect(row.Outlook).toBe(user['Exchange Last Activity Date']! >= start30 ? 'Yes' : 'No');
      expect(row.Teams).toBe(user['Teams Last Activity Date']! >= start30 ? 'Yes' : 'No');
      for (const app of ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams']) {
        const platforms = ['Windows', 'Mac', 'Mobile', 'Web'].filter((platform) => row[`${app} (${platform})`] === 'Yes');
        expect(platforms.length > 0, app).toBe(row[app] === 'Yes');
        for (const platform of platforms) expect(row[platform]).toBe('Yes');
      }
    }
    expect(count(apps.rows, (row) => row.Word === 'Yes')).toBeGreaterThan(count(apps.rows, (row) => row.OneNote === 'Yes'));
  });

  test('a group\'s team site shows the groups report\'s files and last activity; OneDrive and site storage is plausible', () => {
    const { sharePoint, groups, oneDrive } = tenant;
    // Sites and groups share no id in the reports: compare what each says of storage, owner, files and activity, as sets.
    const facts = (storage: string, owner: string, files: string, activeFiles: string, last: string, deleted: string) =>
      [storage, owner, files, activeFiles, last, deleted].join('|');
    const fromSites = sharePoint.rows
      .filter((row) => row['Root Web Template'] === 'Group')
      .map((row) => facts(row['Storage Used (Byte)']!, row['Owner Principal Name']!, row['File Count']!, row['Active File Count']!, row['Last Activity Date']!, row['Is Deleted']!));
    const fromGroups = groups.rows.map((row) =>
      facts(row['SharePoint Site Storage Used (Byte)']!, row['Owner Principal Name']!, row['SharePoint Total File Count']!, row['SharePoint Active File Count']!, row['Last Activity Date']!, row['Is Deleted']!),
    );
    expect(fromSites.sort()).toEqual(fromGroups.sort());
    expect(new Set(sharePoint.rows.map((row) => row['Root Web Template']))).toEqual(new Set(['Group', 'Team Site', 'Communication Site']));
    for (const row of [...sharePoint.rows, ...oneDrive.rows]) {
      expect(Number(row['Active File Count'])).toBeLessThanOrEqual(Number(row['File Count']));
      expect(Number(row['Storage Used (Byte)'])).toBeLessThan(Number(row['Storage Allocated (Byte)']));
    }
    for (const row of oneDrive.rows) expect(row['Site URL']).toBe(`https://contoso-my.sharepoint.com/personal/${row['Owner Principal Name']!.replace(/[@.]/g, '_')}`);
  });
});

describe('concealed names', () => {
  test('names, principal names, user ids, site URLs and owners are the MD5 of what an open tenant shows; nothing else changes', async () => {
    const open = (await start({ users: 120 })).emulator;
    const concealed = (await start({ users: 120, concealed: true })).emulator;
    const identities: Record<string, readonly string[]> = {
      getOffice365ActiveUserDetail: ['User Principal Name', 'Display Name'],
      getTeamsUserActivityUserDetail: ['User Id', 'User Principal Name'],
      getEmailActivityUserDetail: ['User Principal Name', 'Display Name'],
      getOneDriveUsageAccountDetail: ['Site URL', 'Owner Display Name', 'Owner Principal Name'],
      getSharePointSiteUsageDetail: ['Site URL', 'Owner Display Name', 'Owner Principal Name'],
      getM365AppUserDetail: ['User Principal Name'],
    };
    for (const [name, columns] of Object.entries(identities)) {
      const path = `/v1.0/reports/${name}(period='D7')`;
      const clear = readCsv(await fetchCsv(open, path));
      const hidden = readCsv(await fetchCsv(concealed, path));
      expect(hidden.rows).toHaveLength(clear.rows.length);
      hidden.rows.forEach((row, i) => {
        const expected = { ...clear.rows[i]! };
        for (const column of columns) if (expected[column]) expected[column] = md5(expected[column]);
        expect(row, name).toEqual(expected);
      });
      expect(hidden.rows.every((row) => columns.every((column) => row[column] === '' || /^[0-9A-F]{32}$/.test(row[column]!))), name).toBe(true);
    }
  });
});

describe('determinism and scale', () => {
  test('the last-activity scan agrees with the day-by-day simulation, Copilot included', () => {
    const refreshDay = epochDayFromIso(REFRESH);
    for (let index = 0; index < 2000; index++) {
      const profile = getActivityProfile(7, index, refreshDay);
      const scanned = computeLastActivityDays(profile, refreshDay);
      const simulated: (number | undefined)[] = ACTIVITIES.map(() => undefined);
      for (let i = 0; i < ACTIVITY_WINDOW_DAYS; i++) {
        const mask = activitiesOnDay(profile, refreshDay - i);
        ACTIVITIES.forEach((_, k) => {
          if (mask & (1 << k)) simulated[k] ??= refreshDay - i;
        });
      }
      // A dormant user's mail and Teams may show a day from before the 180 days; nothing else can.
      const recent = scanned.map((day) => (day !== undefined && day > refreshDay - ACTIVITY_WINDOW_DAYS ? day : undefined));
      expect(recent, `user ${index}`).toEqual(simulated);
      if (!profile.dormant) expect(recent).toEqual(scanned);
    }
  });

  test('same seed, size and day give byte-identical reports; another seed gives others', async () => {
    const paths = REPORTS.map(([, path]) => path);
    const read = async (seed: number) => {
      const { emulator } = await start({ seed, users: 300 });
      return Promise.all(paths.map((path) => fetchCsv(emulator, path)));
    };
    const [a, b, c] = await Promise.all([read(42), read(42), read(43)]);
    expect(a).toEqual(b);
    a.forEach((text, i) => {
      if (!paths[i]!.includes('Counts')) expect(text, paths[i]).not.toBe(c[i]);
    });
  });

  test('CSV generation is lazy: the first chunk of a million-user active user detail comes without computing the rest', () => {
    const spec = { seed: 42, users: 1_000_000 };
    const parsed = parseGraphRequest("/v1.0/reports/getOffice365ActiveUserDetail(period='D30')", new URLSearchParams(), epochDayFromIso(TODAY));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const context = {
      spec,
      call: parsed.call,
      refreshDay: epochDayFromIso(REFRESH),
      concealed: false,
      aggregates: createCopilotAggregateCache(spec),
      workloads: createWorkloadAggregateCache(spec),
    };
    const chunks = generateCsvChunks(createReportView(context), 4096);
    const first = chunks.next();
    expect(first.value!.startsWith(`\uFEFF${readDocumentedHeaders('getoffice365activeuserdetail').example}\r\n`)).toBe(true);
    expect(first.value!.length).toBeLessThan(8192);
    chunks.return(undefined);
  });
});
