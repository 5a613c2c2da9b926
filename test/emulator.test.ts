import { describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import { createCopilotAggregateCache } from '../src/emulator/copilot-aggregates.js';
import type { EmulatorOptions } from '../src/emulator/graph-emulator.js';
import { createReportView, generateCsvChunks } from '../src/emulator/render-report.js';
import { computeActivations } from '../src/emulator/synthetic-activations.js';
import { countGroups, generateGroup, iterateGroups } from '../src/emulator/synthetic-groups.js';
import {
  COPILOT_APPS,
  computeCopilotDailyActivity,
  computeCopilotLastActivity,
  findLastActivity,
  generateUser,
  getCopilotProfile,
  isCopilotLicensed,
  iterateLicensedUsers,
} from '../src/emulator/synthetic-tenant.js';
import { createWorkloadAggregateCache } from '../src/emulator/workload-aggregates.js';
import { bodyText, call, errorOf, fetchCsv, md5, readCsv, readJsonPages, startTestEmulator, type Csv } from './support/emulator-http.js';
import { createFakeClock } from './support/fake-clock.js';

// ---------------------------------------------------------------- harness

const START = Date.parse('2026-11-12T10:00:00Z'); // a Thursday


const start = (options: EmulatorOptions = {}) => startTestEmulator(START, options);

const today = () => toIsoDate(START);
const officeRefresh = () => addDays(today(), -2);
const copilotRefresh = () => addDays(today(), -3);

// Graph's documented columns (reference pages), used to check the emulator's headers.
const DOC_ACTIVATIONS = ['Report Refresh Date', 'Product Type', 'Assigned', 'Activated', 'Shared Computer Activation'];
const DOC_LEGACY_SUMMARY =
  'Report Refresh Date,Report Period,Any App Enabled Users,Any App Active Users,Microsoft Teams Enabled Users,Microsoft Teams Active Users ,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users';
const DOC_LEGACY_USERS =
  'Report Refresh Date,Report Period,User Principal Name,Display Name,Last Activity Date,Microsoft Teams Copilot Last Activity Date,Word Copilot Last Activity Date,Excel Copilot Last Activity Date,PowerPoint Copilot Last Activity Date,Outlook Copilot Last Activity Date,OneNote Copilot Last Activity Date,Loop Copilot Last Activity Date,Copilot Chat Last Activity Date';
const DOC_GROUPS =
  'Report Refresh Date,Group Display Name,Is Deleted,Owner Principal Name,Last Activity Date,Group Type,Member Count,Guest Count,Exchange Received Email Count,SharePoint Active File Count,Yammer Posted Message Count,Yammer Read Message Count,Yammer Liked Message Count,Exchange Mailbox Total Item Count,Exchange Mailbox Storage Used (Byte),SharePoint Total File Count,SharePoint Site Storage Used (Byte),Group Id,Report Period';

// The v1.0 /copilot/reports samples and the "Report versions" lists of v2's additions
// (reference pages copilot-reports-2026-08), column for column.
const DOC_COPILOT_USERS_V1 =
  'Report Refresh Date,User Principal Name,Display Name,Last Activity Date,Copilot Chat Last Activity Date,Microsoft Teams Copilot Last Activity Date,Word Copilot Last Activity Date,Excel Copilot Last Activity Date,PowerPoint Copilot Last Activity Date,Outlook Copilot Last Activity Date,OneNote Copilot Last Activity Date,Loop Copilot Last Activity Date,Report Period';
const DOC_COPILOT_USERS_V2_ADDED = [
  'Prompts submitted for all apps',
  'Prompts submitted for Copilot Chat (work)',
  'Prompts submitted for Copilot Chat (web)',
  'Active Usage Days for all apps',
  'Copilot Chat (work) Last Activity Date',
  'Copilot Chat (web) Last Activity Date',
  'Microsoft 365 Copilot Last Activity Date',
  'Edge Last Activity Date',
  'Copilot Agent Last Activity Date',
];
const DOC_COPILOT_SUMMARY_V1 =
  'Report Refresh Date,Report Period,Microsoft Teams Enabled Users,Microsoft Teams Active Users,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Any App Enabled Users,Any App Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users';
const DOC_COPILOT_APPS_V2_ADDED = [
  'Edge Enabled Users',
  'Edge Active Users',
  'Microsoft 365 Copilot Enabled Users',
  'Microsoft 365 Copilot Active Users',
  'Copilot Chat (work) Enabled Users',
  'Copilot Chat (work) Active Users',
  'Copilot Chat (web) Enabled Users',
  'Copilot Chat (web) Active Users',
];
const DOC_COPILOT_TREND_V1 =
  'Report Refresh Date,Report Date,Microsoft Teams Enabled Users,Microsoft Teams Active Users,Word Enabled Users,Word Active Users,PowerPoint Enabled Users,PowerPoint Active Users,Outlook Enabled Users,Outlook Active Users,Excel Enabled Users,Excel Active Users,OneNote Enabled Users,OneNote Active Users,Loop Enabled Users,Loop Active Users,Any App Enabled Users,Any App Active Users,Copilot Chat Enabled Users,Copilot Chat Active Users,Report Period';

// App label in CSV headers → key in Graph's JSON, for the Copilot reports.
const APP_LABELS: Record<string, string> = {
  'Any App': 'anyApp',
  'Microsoft Teams': 'microsoftTeams',
  Word: 'word',
  Excel: 'excel',
  PowerPoint: 'powerPoint',
  Outlook: 'outlook',
  OneNote: 'oneNote',
  Loop: 'loop',
  'Copilot Chat': 'copilotChat',
};
const PER_APP_DATE_HEADERS = Object.keys(APP_LABELS)
  .filter((label) => label !== 'Any App')
  // Graph writes "Copilot Chat Last Activity Date", not "Copilot Chat Copilot …".
  .map((label) => [label, label === 'Copilot Chat' ? 'Copilot Chat Last Activity Date' : `${label} Copilot Last Activity Date`] as const);

/** Graph's JSON name of an app's last activity date: `wordCopilotLastActivityDate`, but `copilotChatLastActivityDate`. */
const jsonDateKey = (label: string) =>
  label === 'Copilot Chat' ? 'copilotChatLastActivityDate' : `${APP_LABELS[label]!}CopilotLastActivityDate`;

// ---------------------------------------------------------------- routes and downloads

describe('CSV from /reports: 302 to a pre-authenticated download', () => {
  test('answers 302 with Location and ETag; the download works without Authorization', async () => {
    const { emulator } = await start();
    const response = await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts');
    expect(response.status).toBe(302);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
    const location = response.headers.get('location')!;
    expect(location.startsWith(`${emulator.url}/_download/`)).toBe(true);
    // Unguessable: a long random token, different for every request.
    expect(location.split('/').pop()!.length).toBeGreaterThanOrEqual(24);
    const again = await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts');
    expect(again.headers.get('location')).not.toBe(location);

    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    const csv = readCsv(await bodyText(download));
    expect(csv.header).toEqual(DOC_ACTIVATIONS);
    expect(csv.rows.length).toBeGreaterThanOrEqual(4);
    for (const row of csv.rows) {
      expect(row['Report Refresh Date']).toBe(officeRefresh());
      expect(Number(row.Activated)).toBeLessThanOrEqual(Number(row.Assigned));
      expect(Number(row['Shared Computer Activation'])).toBeLessThanOrEqual(Number(row.Activated));
    }

    const kinds = emulator.requests.map((request) => [request.kind, request.hadAuthorization, request.status]);
    expect(kinds).toEqual([
      ['api', true, 302],
      ['api', true, 302],
      ['download', false, 200],
    ]);
    expect(emulator.requests[0]!.functionName).toBe('getOffice365ActivationsUserCounts');
  });

  test('the download refuses a request carrying Authorization, so a leaked token shows up in tests', async () => {
    const { emulator } = await start();
    const location = (await call(emulator, "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')")).headers.get('location')!;
    const refused = await fetch(location, { headers: { Authorization: 'Bearer secret' } });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/pre-authenticated.*without an Authorization header/);
    expect(emulator.requests.at(-1)).toMatchObject({ kind: 'download', hadAuthorization: true, status: 400 });
    // The same link still works when fetched properly.
    expect((await fetch(location)).status).toBe(200);
  });

  test('the download link expires after downloadTtlMs of emulator time', async () => {
    const { emulator, clock } = await start({ downloadTtlMs: 60_000 });
    const path = "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='D7')?$format=text/csv";
    const location = (await call(emulator, path)).headers.get('location')!;
    clock.advance(59_999);
    expect((await fetch(location)).status).toBe(200);
    clock.advance(1);
    const expired = await fetch(location);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/AuthenticationFailed[\s\S]*expiry/);
    const forged = await fetch(`${emulator.url}/_download/not-a-real-token`);
    expect(forged.status).toBe(403);
  });

  test('function names match case-insensitively; %24format, %27 quotes, fn and fn() forms all work', async () => {
    const { emulator } = await start();
    for (const path of [
      '/v1.0/reports/getOffice365ActivationsUserCounts',
      '/v1.0/reports/getOffice365ActivationsUserCounts()',
      '/beta/reports/GETOFFICE365ACTIVATIONSUSERCOUNTS?%24format=text%2Fcsv',
      '/v1.0/reports/getMicrosoft365CopilotUsageUserDetail(period=%27D7%27)?%24format=text%2Fcsv',
      "/v1.0/reports/getoffice365groupsactivitydetail(period='D30')?$format=text/csv",
    ]) {
      const response = await call(emulator, path);
      expect({ path, status: response.status }).toEqual({ path, status: 302 });
    }
  });
});

describe('CSV from /copilot/reports: 200 with the body', () => {
  test('v1.0 answers the CSV directly, v2 by default, with the /copilot/reports column order', async () => {
    const { emulator } = await start();
    const response = await call(emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D28')");
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('etag')).toBeTruthy();
    const csv = readCsv(await bodyText(response));
    expect(csv.header).toEqual([...DOC_COPILOT_USERS_V1.split(','), ...DOC_COPILOT_USERS_V2_ADDED]);
    expect(new Set(csv.rows.map((row) => row['Report Period']))).toEqual(new Set(['28']));
    expect(emulator.requests.filter((request) => request.kind === 'download')).toHaveLength(0);
  });

  test('every /copilot/reports header and order as the reference pages document them, v1 and v2', async () => {
    const { emulator } = await start();
    const base = '/v1.0/copilot/reports';
    const header = async (fn: string, version: string) => readCsv(await fetchCsv(emulator, `${base}/${fn}(period='D7',version='${version}')`)).header;
    expect(await header('getMicrosoft365CopilotUserCountSummary', 'v1')).toEqual(DOC_COPILOT_SUMMARY_V1.split(','));
    expect(await header('getMicrosoft365CopilotUserCountSummary', 'v2')).toEqual([
      ...DOC_COPILOT_SUMMARY_V1.split(','),
      ...DOC_COPILOT_APPS_V2_ADDED,
      'Total prompts submitted',
      'Average prompts submitted',
    ]);
    expect(await header('getMicrosoft365CopilotUserCountTrend', 'v1')).toEqual(DOC_COPILOT_TREND_V1.split(','));
    expect(await header('getMicrosoft365CopilotUserCountTrend', 'v2')).toEqual([
      ...DOC_COPILOT_TREND_V1.split(','),
      ...DOC_COPILOT_APPS_V2_ADDED,
      'Prompts submitted',
    ]);
    expect(await header('getMicrosoft365CopilotUsageUserDetail', 'v1')).toEqual(DOC_COPILOT_USERS_V1.split(','));
    expect(await header('getMicrosoft365CopilotUsageUserDetail', 'v2')).toEqual([...DOC_COPILOT_USERS_V1.split(','), ...DOC_COPILOT_USERS_V2_ADDED]);
  });

  test('v2 summary and user detail agree on the new apps and prompts', async () => {
    const { emulator } = await start();
    const base = '/v1.0/copilot/reports';
    const [summary] = readCsv(await fetchCsv(emulator, `${base}/getMicrosoft365CopilotUserCountSummary(period='D28',version='v2')`)).rows;
    const users = readCsv(await fetchCsv(emulator, `${base}/getMicrosoft365CopilotUsageUserDetail(period='D28',version='v2')`)).rows;
    const windowStart = addDays(copilotRefresh(), -27);
    const activeIn = (header: string) => users.filter((row) => row[header]! !== '' && row[header]! >= windowStart).length;
    expect(Number(summary!['Copilot Chat (work) Active Users'])).toBe(activeIn('Copilot Chat (work) Last Activity Date'));
    expect(Number(summary!['Microsoft 365 Copilot Active Users'])).toBe(activeIn('Microsoft 365 Copilot Last Activity Date'));
    const prompts = users.reduce((sum, row) => sum + Number(row['Prompts submitted for all apps']), 0);
    expect(Number(summary!['Total prompts submitted'])).toBe(prompts);
    expect(Number(summary!['Average prompts submitted'])).toBeCloseTo(prompts / Number(summary!['Any App Active Users']), 1);
    expect(users.every((row) => Number(row['Prompts submitted for Copilot Chat (work)']) <= Number(row['Prompts submitted for all apps']))).toBe(true);
  });

  test('$format defaults: office → CSV, legacy copilot → JSON, v1.0 copilot → CSV, beta copilot → JSON', async () => {
    const { emulator } = await start();
    const cases = [
      ["/beta/reports/getOffice365GroupsActivityDetail(period='D7')", 302, 'text/plain'],
      ["/beta/reports/getMicrosoft365CopilotUserCountSummary(period='D7')", 200, 'application/json'],
      ["/v1.0/reports/getMicrosoft365CopilotUserCountTrend(period='D7')", 200, 'application/json'],
      ["/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7')", 200, 'application/octet-stream'],
      ["/beta/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7')", 200, 'application/json'],
      ["/beta/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7')?$format=text/csv", 200, 'application/octet-stream'],
    ] as const;
    for (const [path, status, type] of cases) {
      const response = await call(emulator, path);
      expect({ path, status: response.status, type: response.headers.get('content-type')?.split(';')[0] }).toEqual({ path, status, type });
    }
  });
});

describe('CSV bytes', () => {
  test('quirky headers: trailing space on the legacy summary, Guest Count in groups, documented legacy order', async () => {
    const { emulator } = await start();
    const summary = await fetchCsv(emulator, "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='D7')?$format=text/csv");
    expect(summary.split('\r\n')[0]).toBe(`\uFEFF${DOC_LEGACY_SUMMARY}`);
    const users = await fetchCsv(emulator, "/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$format=text/csv");
    expect(users.split('\r\n')[0]).toBe(`\uFEFF${DOC_LEGACY_USERS}`);
    const groups = readCsv(await fetchCsv(emulator, "/v1.0/reports/getOffice365GroupsActivityDetail(period='D30')"));
    expect(groups.header.join(',')).toBe(DOC_GROUPS);
    expect(groups.header).not.toContain('External Member Count');
    expect(groups.rows.length).toBe(countGroups(400));
    for (const row of groups.rows) {
      expect(row['Report Period']).toBe('30');
      expect(['True', 'False']).toContain(row['Is Deleted']);
      expect(['Public', 'Private']).toContain(row['Group Type']);
      expect(row['Group Id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  test('names needing CSV quoting round-trip, UPNs are unique, never-active users have empty dates', async () => {
    const { emulator } = await start({ users: 2000 });
    const csv = readCsv(await fetchCsv(emulator, "/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$format=text/csv"));
    const expected = [...iterateLicensedUsers({ seed: 42, users: 2000 })].map(({ user }) => user);
    expect(csv.rows.map((row) => row['Display Name'])).toEqual(expected.map((user) => user.displayName));
    expect(csv.rows.map((row) => row['User Principal Name'])).toEqual(expected.map((user) => user.userPrincipalName));
    const names = csv.rows.map((row) => row['Display Name']!);
    expect(names.some((name) => name.includes(','))).toBe(true);
    expect(names.some((name) => name.includes('"'))).toBe(true);
    expect(names.some((name) => /[^\p{ASCII}]/u.test(name))).toBe(true);
    expect(names.some((name) => /[*[\]]/.test(name))).toBe(true);
    expect(new Set(csv.rows.map((row) => row['User Principal Name'])).size).toBe(csv.rows.length);
    const empty = csv.rows.filter((row) => row['Last Activity Date'] === '');
    expect(empty.length).toBeGreaterThan(0);
    for (const row of empty) for (const [, header] of PER_APP_DATE_HEADERS) expect(row[header]).toBe('');
    for (const row of csv.rows) {
      for (const [, header] of [['', 'Last Activity Date'], ...PER_APP_DATE_HEADERS]) {
        expect(row[header]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      }
    }
  });

  test('group names with commas, quotes and leading = or + are quoted or written as typed', async () => {
    const { emulator } = await start({ users: 4000 });
    const csv = readCsv(await fetchCsv(emulator, "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')"));
    const names = csv.rows.map((row) => row['Group Display Name']!);
    expect(names).toEqual([...iterateGroups({ seed: 42, users: 4000 })].map((group) => group.displayName));
    expect(names.some((name) => name.includes(','))).toBe(true);
    expect(names.some((name) => name.includes('"'))).toBe(true);
    expect(names.some((name) => /^[=+]/.test(name))).toBe(true);
  });
});

// ---------------------------------------------------------------- JSON

describe('JSON', () => {
  test('user detail pages with absolute nextLinks reach every row, equal to the CSV rows', async () => {
    const { emulator } = await start({ pageSize: 25 });
    const path = "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='ALL')";
    const { pages, items } = await readJsonPages(emulator, `${path}?$format=application/json`);
    const csv = readCsv(await fetchCsv(emulator, path));
    expect(pages).toBe(Math.ceil(items.length / 25));
    expect(pages).toBeGreaterThan(3);
    // CSV: one row per user per period (v2 ALL = 7, 28, 90, 180); JSON: one item per user with its periods.
    const flattened = items.flatMap((item) => {
      const byPeriod = item.copilotActivityUserDetailsByPeriod as Record<string, number>[];
      expect(byPeriod.map((period) => period.reportPeriod)).toEqual([7, 28, 90, 180]);
      return byPeriod.map((period) => ({
        'Report Refresh Date': item.reportRefreshDate,
        'User Principal Name': item.userPrincipalName,
        'Display Name': item.displayName,
        'Last Activity Date': item.lastActivityDate,
        ...Object.fromEntries(
          PER_APP_DATE_HEADERS.map(([label, header]) => [header, item[jsonDateKey(label)]]),
        ),
        'Report Period': String(period.reportPeriod),
        'Prompts submitted for all apps': String(period.promptsSubmitted),
        'Prompts submitted for Copilot Chat (work)': String(period.copilotChatWorkPromptsSubmitted),
        'Prompts submitted for Copilot Chat (web)': String(period.copilotChatWebPromptsSubmitted),
        'Active Usage Days for all apps': String(period.activeUsageDays),
        'Copilot Chat (work) Last Activity Date': item.copilotChatWorkLastActivityDate,
        'Copilot Chat (web) Last Activity Date': item.copilotChatWebLastActivityDate,
        'Microsoft 365 Copilot Last Activity Date': item.microsoft365CopilotLastActivityDate,
        'Edge Last Activity Date': item.edgeLastActivityDate,
        'Copilot Agent Last Activity Date': item.copilotAgentLastActivityDate,
      }));
    });
    expect(flattened).toEqual(csv.rows);
  });

  test('groups JSON: flat camelCase items equal to the CSV rows (booleans, numbers, period as a string)', async () => {
    const { emulator } = await start({ pageSize: 7 });
    const path = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D90')";
    const { items } = await readJsonPages(emulator, `${path}?$format=application/json`);
    const csv = readCsv(await fetchCsv(emulator, path));
    expect(items).toHaveLength(csv.rows.length);
    items.forEach((item, i) => {
      const row = csv.rows[i]!;
      expect(item.reportPeriod).toBe('90');
      expect(typeof item.isDeleted).toBe('boolean');
      expect(item).toMatchObject({
        groupId: row['Group Id'],
        groupDisplayName: row['Group Display Name'],
        isDeleted: row['Is Deleted'] === 'True',
        memberCount: Number(row['Member Count']),
        externalMemberCount: Number(row['Guest Count']),
        exchangeReceivedEmailCount: Number(row['Exchange Received Email Count']),
        sharePointSiteStorageUsedInBytes: Number(row['SharePoint Site Storage Used (Byte)']),
      });
      expect(item.lastActivityDate ?? '').toBe(row['Last Activity Date']);
      expect(item.ownerPrincipalName ?? '').toBe(row['Owner Principal Name']);
    });
  });

  test('summary JSON nests one adoptionByProduct element per period and matches the CSV', async () => {
    const { emulator } = await start();
    const legacy = (await (await call(emulator, "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')")).json()) as {
      value: { reportRefreshDate: string; adoptionByProduct: Record<string, number>[] }[];
    };
    expect(legacy.value).toHaveLength(1);
    expect(legacy.value[0]!.reportRefreshDate).toBe(copilotRefresh());
    expect(legacy.value[0]!.adoptionByProduct.map((element) => element.reportPeriod)).toEqual([7, 30, 90, 180]);
    expect(legacy.value[0]!.adoptionByProduct[0]).not.toHaveProperty('totalPromptsSubmitted');
    const csv = readCsv(await fetchCsv(emulator, "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')?$format=text/csv"));
    csv.rows.forEach((row, i) => {
      const element = legacy.value[0]!.adoptionByProduct[i]!;
      for (const [label, key] of Object.entries(APP_LABELS)) {
        expect(element[`${key}EnabledUsers`]).toBe(Number(row[`${label} Enabled Users`]));
        // Header matching by trimmed name: the Teams header carries a trailing space.
        const activeHeader = csv.header.find((header) => header.trim() === `${label} Active Users`)!;
        expect(element[`${key}ActiveUsers`]).toBe(Number(row[activeHeader]));
      }
    });

    const v2 = (await (await call(emulator, "/beta/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')")).json()) as {
      value: { adoptionByProduct: Record<string, number>[] }[];
    };
    expect(v2.value[0]!.adoptionByProduct.map((element) => element.reportPeriod)).toEqual([7, 28, 90, 180]);
    expect(typeof v2.value[0]!.adoptionByProduct[0]!.totalPromptsSubmitted).toBe('number');
  });

  test('trend JSON: one adoptionByDate element per day, newest first, ending on the refresh date', async () => {
    const { emulator } = await start();
    const body = (await (await call(emulator, "/beta/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D28')")).json()) as {
      value: { reportRefreshDate: string; reportPeriod: number; adoptionByDate: Record<string, number | string>[] }[];
    };
    expect(body.value).toHaveLength(1);
    const [trend] = body.value;
    expect(trend!.reportPeriod).toBe(28);
    expect(trend!.adoptionByDate.map((day) => day.reportDate)).toEqual(
      Array.from({ length: 28 }, (_, i) => addDays(copilotRefresh(), -i)),
    );
    for (const day of trend!.adoptionByDate) {
      for (const key of Object.values(APP_LABELS)) {
        expect(day[`${key}ActiveUsers`] as number).toBeLessThanOrEqual(day[`${key}EnabledUsers`] as number);
      }
      expect(typeof day.promptsSubmitted).toBe('number');
    }
  });

  test('activations JSON has Graph’s flat shape', async () => {
    const { emulator } = await start();
    const body = (await (await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts?$format=application/json')).json()) as {
      value: Record<string, unknown>[];
    };
    expect(body.value.map((row) => Object.keys(row))).toEqual(
      body.value.map(() => ['reportRefreshDate', 'productType', 'assigned', 'activated', 'sharedComputerActivation']),
    );
    expect(body.value.map((row) => row.productType)).toEqual(computeActivations({ seed: 42, users: 400 }).map((row) => row.productType));
  });
});

// ---------------------------------------------------------------- consistency of the numbers

/** Recomputes a summary row from user detail rows: active = last activity within the n days ending on the refresh date. */
function summarizeDetail(rows: Record<string, string>[], refreshDate: string, periodDays: number) {
  const since = addDays(refreshDate, -(periodDays - 1));
  const activeBy = (header: string) => rows.filter((row) => row[header] !== '' && row[header]! >= since).length;
  const result: Record<string, number> = { 'Any App Active Users': activeBy('Last Activity Date') };
  for (const [label, header] of PER_APP_DATE_HEADERS) result[`${label} Active Users`] = activeBy(header);
  result['Any App Enabled Users'] = rows.length;
  return result;
}

describe('consistency', () => {
  test('legacy v1 summary equals what the user detail says, for every period of ALL', async () => {
    const { emulator } = await start({ users: 3000 });
    const detail = readCsv(await fetchCsv(emulator, "/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$format=text/csv"));
    const summaryPath = "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')?$format=text/csv";
    const summary = readCsv(await fetchCsv(emulator, summaryPath));
    expect(summary.rows.map((row) => row['Report Period'])).toEqual(['7', '30', '90', '180']);
    for (const row of summary.rows) {
      const expected = summarizeDetail(detail.rows, copilotRefresh(), Number(row['Report Period']));
      const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, Number(row[csvHeader(summary, name)])]));
      expect(actual).toEqual(expected);
      // Enabled per app: almost all licensed users.
      for (const [label] of PER_APP_DATE_HEADERS) {
        const enabled = Number(row[`${label} Enabled Users`]);
        expect(enabled).toBeLessThanOrEqual(detail.rows.length);
        expect(enabled).toBeGreaterThan(detail.rows.length * 0.97);
      }
    }
  });

  test('v2 summary (D7, D28, …) equals the v2 user detail, prompts included', async () => {
    const { emulator } = await start({ users: 1500 });
    const detail = readCsv(await fetchCsv(emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='ALL')"));
    const summary = readCsv(await fetchCsv(emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='ALL')"));
    expect(summary.rows.map((row) => row['Report Period'])).toEqual(['7', '28', '90', '180']);
    for (const row of summary.rows) {
      const period = row['Report Period']!;
      const rows = detail.rows.filter((user) => user['Report Period'] === period);
      const expected = summarizeDetail(rows, copilotRefresh(), Number(period));
      const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, Number(row[csvHeader(summary, name)])]));
      expect(actual).toEqual(expected);
      const prompts = rows.reduce((sum, user) => sum + Number(user['Prompts submitted for all apps']), 0);
      expect(Number(row['Total prompts submitted'])).toBe(prompts);
      for (const user of rows) {
        const days = Number(user['Active Usage Days for all apps']);
        expect(days).toBeLessThanOrEqual(Number(period));
        // Active in the period ⇔ at least one active day in it.
        expect(days > 0).toBe(user['Last Activity Date']! >= addDays(copilotRefresh(), -(Number(period) - 1)));
      }
    }
  });

  test('trend: consecutive days, active ≤ enabled, fewer active users at weekends, today’s enabled = summary', async () => {
    const { emulator } = await start({ users: 3000 });
    const base = '/v1.0/copilot/reports';
    const trend = readCsv(await fetchCsv(emulator, `${base}/getMicrosoft365CopilotUserCountTrend(period='D90',version='v1')`));
    const summary = readCsv(await fetchCsv(emulator, `${base}/getMicrosoft365CopilotUserCountSummary(period='D90',version='v1')`));
    expect(trend.rows.map((row) => row['Report Date'])).toEqual(Array.from({ length: 90 }, (_, i) => addDays(copilotRefresh(), -i)));
    for (const row of trend.rows) {
      for (const label of Object.keys(APP_LABELS)) {
        expect(Number(row[`${label} Active Users`])).toBeLessThanOrEqual(Number(row[`${label} Enabled Users`]));
      }
    }
    const enabled = trend.rows.map((row) => Number(row['Any App Enabled Users']));
    expect(enabled[0]).toBe(Number(summary.rows[0]!['Any App Enabled Users']));
    expect(enabled.at(-1)!).toBeLessThan(enabled[0]!);
    const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    const mean = (rows: Record<string, string>[]) => rows.reduce((sum, row) => sum + Number(row['Any App Active Users']), 0) / rows.length;
    const weekend = trend.rows.filter((row) => isWeekend(row['Report Date']!));
    const weekday = trend.rows.filter((row) => !isWeekend(row['Report Date']!));
    expect(mean(weekend)).toBeLessThan(mean(weekday) / 2);
  });

  test('the cheap last-activity scan agrees with the day-by-day simulation', () => {
    for (let index = 0; index < 3000; index++) {
      const profile = getCopilotProfile(7, index);
      if (!profile) continue;
      const refreshDay = 20_400 + (index % 5);
      expect(computeCopilotLastActivity(profile, refreshDay)).toEqual(
        findLastActivity(computeCopilotDailyActivity(profile, refreshDay), refreshDay),
      );
    }
  });

  test('the synthetic tenant is believable', () => {
    const spec = { seed: 42, users: 20_000 };
    let licensed = 0;
    let never = 0;
    const recent: number[] = COPILOT_APPS.map(() => 0);
    for (let index = 0; index < spec.users; index++) if (isCopilotLicensed(spec.seed, index)) licensed++;
    const refreshDay = 20_400;
    for (const { profile } of iterateLicensedUsers(spec)) {
      const last = computeCopilotLastActivity(profile, refreshDay);
      if (last.lastActivityDay === undefined) never++;
      last.appLastActivityDays.forEach((day, app) => {
        if (day !== undefined && day > refreshDay - 30) recent[app]!++;
      });
    }
    expect(licensed / spec.users).toBeGreaterThan(0.35);
    expect(licensed / spec.users).toBeLessThan(0.45);
    expect(never / licensed).toBeGreaterThan(0.1);
    expect(never / licensed).toBeLessThan(0.2);
    const byApp = Object.fromEntries(COPILOT_APPS.map((app, k) => [app, recent[k]!]));
    for (const popular of ['microsoftTeams', 'copilotChat', 'outlook'] as const) {
      for (const rare of ['loop', 'oneNote'] as const) expect(byApp[popular]!).toBeGreaterThan(byApp[rare]! * 3);
    }

    const groups = [...iterateGroups(spec)];
    expect(groups).toHaveLength(2500);
    expect(countGroups(40)).toBe(20);
    const deleted = groups.filter((group) => group.isDeleted).length / groups.length;
    expect(deleted).toBeGreaterThan(0.01);
    expect(deleted).toBeLessThan(0.06);
    expect(new Set(groups.map((group) => group.groupId)).size).toBe(groups.length);
    const owners = new Set(Array.from({ length: spec.users }, (_, i) => generateUser(spec, i).userPrincipalName));
    for (const group of groups.slice(0, 200)) if (group.ownerPrincipalName) expect(owners.has(group.ownerPrincipalName)).toBe(true);
    expect(generateGroup(spec, 0).memberCount).toBe(spec.users);
    for (const row of computeActivations(spec)) expect(row.activated).toBeLessThanOrEqual(row.assigned);
  });
});

// ---------------------------------------------------------------- parameters and errors

function csvHeader(csv: Csv, name: string): string {
  const header = csv.header.find((candidate) => candidate.trim() === name);
  if (!header) throw new Error(`No column '${name}' in ${csv.header.join(', ')}`);
  return header;
}

describe('errors in Graph’s shape', () => {
  test('v2 rejects D30 naming its allowed values and RL28; v1 accepts it; the legacy path rejects D28', async () => {
    const { emulator } = await start();
    const rejected = await call(emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30')");
    expect(rejected.status).toBe(400);
    const error = await errorOf(rejected);
    expect(error.code).toBe('InvalidArgument');
    expect(error.message).toContain("'D30'");
    expect(error.message).toContain('D7, D28, D90, D180, ALL');
    expect(error.message.endsWith("Use 'RL28' instead.")).toBe(true);
    expect(error.innerError).toMatchObject({
      date: expect.any(String),
      'request-id': expect.any(String),
      'client-request-id': expect.any(String),
    });
    const v1 = "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D30',version='v1')";
    expect((await call(emulator, v1)).status).toBe(200);
    expect((await call(emulator, "/beta/reports/getMicrosoft365CopilotUserCountSummary(period='D28')")).status).toBe(400);
  });

  test('bad period, version and format name the parameter, the value and the allowed values', async () => {
    const { emulator } = await start();
    const cases = [
      ["/v1.0/reports/getOffice365GroupsActivityDetail(period='D31')", ['period', "'D31'", 'D7, D30, D90, D180']],
      ["/v1.0/reports/getOffice365GroupsActivityDetail(period='ALL')", ['period', "'ALL'", 'D7, D30, D90, D180']],
      ["/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D1')", ['period', "'D1'", 'D7, D30, D90, D180, ALL']],
      ["/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7',version='v3')", ['version', "'v3'", "'v1', 'v2'"]],
      ["/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7',version='v2')", ['version', 'period']],
      ['/beta/reports/getMicrosoft365CopilotUsageUserDetail', ['period']],
      ["/v1.0/reports/getOffice365ActivationsUserCounts(period='D7')", ['period', 'no parameters']],
      ['/v1.0/reports/getOffice365ActivationsUserCounts?$format=text/xml', ['$format', "'text/xml'", 'text/csv, application/json']],
    ] as const;
    for (const [path, fragments] of cases) {
      const response = await call(emulator, path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      const error = await errorOf(response);
      expect(['InvalidArgument', 'BadRequest']).toContain(error.code);
      for (const fragment of fragments) expect(error.message).toContain(fragment);
    }
  });

  test('groups date= reaches 28 days back from today (emulator clock), unquoted, and nothing else', async () => {
    const { emulator } = await start();
    const fn = '/v1.0/reports/getOffice365GroupsActivityDetail';
    expect((await call(emulator, `${fn}(date=${addDays(today(), -28)})`)).status).toBe(302);
    expect((await call(emulator, `${fn}(date=${addDays(today(), -1)})`)).status).toBe(302);
    for (const bad of [addDays(today(), -29), today(), addDays(today(), 3), '2026-13-01', '2026-02-30', 'yesterday']) {
      const response = await call(emulator, `${fn}(date=${bad})`);
      expect({ bad, status: response.status }).toEqual({ bad, status: 400 });
      const error = await errorOf(response);
      expect(error.message).toContain('date');
      expect(error.message).toContain(bad);
      expect(error.message).toContain(addDays(today(), -28));
    }
    expect((await call(emulator, `${fn}(date='${addDays(today(), -3)}')`)).status).toBe(400);
    expect((await call(emulator, `${fn}(period='D7',date=${addDays(today(), -3)})`)).status).toBe(400);
  });

  test('groups date= report covers that one day: refresh date is the date, period "1"', async () => {
    const { emulator } = await start();
    const date = addDays(today(), -10);
    const csv = readCsv(await fetchCsv(emulator, `/v1.0/reports/getOffice365GroupsActivityDetail(date=${date})`));
    for (const row of csv.rows) {
      expect(row['Report Refresh Date']).toBe(date);
      expect(row['Report Period']).toBe('1');
      if (row['Last Activity Date']) expect(row['Last Activity Date'] <= date).toBe(true);
    }
  });

  test('an unknown function answers 404 with the real error nested as JSON inside message', async () => {
    const { emulator } = await start();
    for (const [path, segment] of [
      ["/v1.0/reports/getFoo(period='D7')", 'getFoo'],
      ["/v1.0/copilot/reports/getOffice365GroupsActivityDetail(period='D7')", 'getOffice365GroupsActivityDetail'],
    ] as const) {
      const response = await call(emulator, path);
      expect(response.status).toBe(404);
      const outer = await errorOf(response);
      expect(outer.code).toBe('UnknownError');
      const inner = (JSON.parse(outer.message) as { error: { code: string; message: string } }).error;
      expect(inner.code).toBe('BadRequest');
      expect(inner.message).toBe(`Resource not found for the segment '${segment}'.`);
    }
  });

  test('a missing or empty bearer token answers 401 InvalidAuthenticationToken', async () => {
    const { emulator } = await start();
    const path = '/v1.0/reports/getOffice365ActivationsUserCounts';
    for (const headers of [{}, { Authorization: 'Bearer ' }, { Authorization: 'Bearer' }] as Record<string, string>[]) {
      const response = await call(emulator, path, { token: null, headers });
      expect(response.status).toBe(401);
      const error = await errorOf(response);
      expect({ code: error.code, message: error.message }).toEqual({
        code: 'InvalidAuthenticationToken',
        message: 'Access token is empty.',
      });
    }
    expect(emulator.requests.every((request) => request.status === 401)).toBe(true);
  });

  test('client-request-id is echoed in headers and innerError', async () => {
    const { emulator } = await start();
    const response = await call(emulator, "/v1.0/reports/getFoo(period='D7')", { headers: { 'client-request-id': 'abc-123' } });
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    const outer = await errorOf(response);
    expect(outer.innerError?.['client-request-id']).toBe('abc-123');
  });
});

// ---------------------------------------------------------------- caching, time, throttling

describe('ETags and refresh dates', () => {
  test('If-None-Match with the current ETag answers 304 without a download; a new day brings a new ETag', async () => {
    const { emulator, clock } = await start();
    const path = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')";
    const first = await call(emulator, path);
    const etag = first.headers.get('etag')!;
    const notModified = await call(emulator, path, { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('location')).toBeNull();
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(emulator.requests.filter((request) => request.kind === 'download')).toHaveLength(0);
    expect((await call(emulator, path, { headers: { 'If-None-Match': `W/${etag}` } })).status).toBe(304);
    expect((await call(emulator, path, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(302);

    const before = readCsv(await fetchCsv(emulator, path)).rows[0]!['Report Refresh Date'];
    clock.advance(24 * 60 * 60 * 1000);
    const nextDay = await call(emulator, path, { headers: { 'If-None-Match': etag } });
    expect(nextDay.status).toBe(302);
    expect(nextDay.headers.get('etag')).not.toBe(etag);
    const after = readCsv(await bodyText(await fetch(nextDay.headers.get('location')!))).rows[0]!['Report Refresh Date'];
    expect(after).toBe(addDays(before!, 1));
  });

  test('refresh dates lag the clock: Office by 2 days, Copilot by 3 (UTC)', async () => {
    const { emulator } = await start({ clock: createFakeClock(Date.parse('2026-03-01T23:59:59Z')) });
    const office = readCsv(await fetchCsv(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts'));
    expect(office.rows[0]!['Report Refresh Date']).toBe('2026-02-27');
    const copilot = readCsv(await fetchCsv(emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7')"));
    expect(copilot.rows[0]!['Report Refresh Date']).toBe('2026-02-26');
  });

  test('JSON pages carry the ETag on the first page only; paging survives a day change mid-listing', async () => {
    const { emulator, clock } = await start({ pageSize: 50 });
    const first = await call(emulator, "/beta/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')");
    expect(first.headers.get('etag')).toBeTruthy();
    const page = (await first.json()) as { value: { reportRefreshDate: string }[]; '@odata.nextLink': string };
    clock.advance(24 * 60 * 60 * 1000);
    const second = await fetch(page['@odata.nextLink'], { headers: { Authorization: 'Bearer t' } });
    expect(second.headers.get('etag')).toBeNull();
    const next = (await second.json()) as { value: { reportRefreshDate: string }[] };
    expect(next.value[0]!.reportRefreshDate).toBe(page.value[0]!.reportRefreshDate);
    const bad = await call(emulator, "/beta/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$skiptoken=nonsense");
    expect(bad.status).toBe(400);
  });
});

describe('throttling', () => {
  test('the 15th CSV request for a report within 10 minutes answers 429 with Retry-After', async () => {
    const { emulator, clock } = await start();
    const path = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')";
    for (let i = 0; i < 14; i++) {
      expect((await call(emulator, path)).status).toBe(302);
      clock.advance(10_000);
    }
    const throttled = await call(emulator, path);
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get('retry-after'));
    // The first request was 140 s ago: its slot frees 600 s after it.
    expect(retryAfter).toBe(600 - 140);
    expect((await errorOf(throttled)).code).toBe('TooManyRequests');
    // Other reports and JSON are not affected.
    expect((await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts')).status).toBe(302);
    expect((await call(emulator, `${path}?$format=application/json`)).status).toBe(200);
    clock.advance(retryAfter * 1000);
    expect((await call(emulator, path)).status).toBe(302);
  });

  test('throttle: false turns it off', async () => {
    const { emulator } = await start({ throttle: false });
    for (let i = 0; i < 20; i++) expect((await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts')).status).toBe(302);
  });
});

// ---------------------------------------------------------------- faults

describe('injected faults', () => {
  test('status with Retry-After, matched by function name, used up after `times`', async () => {
    const { emulator } = await start();
    emulator.injectFault({ target: 'api', match: 'groupsactivity', status: 503, retryAfter: '2', times: 2 });
    const activations = await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts');
    expect(activations.status).toBe(302);
    const path = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')";
    for (let i = 0; i < 2; i++) {
      const failed = await call(emulator, path);
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('2');
      expect((await errorOf(failed)).code).toBe('ServiceUnavailable');
    }
    expect((await call(emulator, path)).status).toBe(302);
  });

  test('a raw body replaces the error body; clearFaults drops pending faults', async () => {
    const { emulator } = await start();
    emulator.injectFault({ target: 'api', status: 502, body: '<html>Bad gateway</html>' });
    const failed = await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts');
    expect(failed.status).toBe(502);
    expect(await failed.text()).toBe('<html>Bad gateway</html>');
    emulator.injectFault({ target: 'api', status: 500, times: 5 });
    emulator.clearFaults();
    expect((await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts')).status).toBe(302);
  });

  test('reset destroys the connection', async () => {
    const { emulator } = await start();
    emulator.injectFault({ target: 'api', kind: 'reset' });
    await expect(call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts')).rejects.toThrow();
    expect(emulator.requests.at(-1)!.status).toBe(0);
    expect((await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts')).status).toBe(302);
  });

  test('truncate sends half of the CSV then cuts the download short', async () => {
    const { emulator } = await start();
    const path = "/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$format=text/csv";
    const complete = Buffer.from(await (await fetch((await call(emulator, path)).headers.get('location')!)).arrayBuffer());
    emulator.injectFault({ target: 'download', kind: 'truncate', match: 'UsageUserDetail' });
    const download = await fetch((await call(emulator, path)).headers.get('location')!);
    expect(download.status).toBe(200);
    expect(Number(download.headers.get('content-length'))).toBe(complete.length);
    const received: Uint8Array[] = [];
    const reader = download.body!.getReader();
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return undefined;
        received.push(value);
      }
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const got = Buffer.concat(received);
    expect(got.length).toBe(Math.floor(complete.length / 2));
    expect(complete.subarray(0, got.length).equals(got)).toBe(true);
  });

  test('truncate on /copilot/reports cuts the direct CSV; a download fault fails the download only', async () => {
    const { emulator } = await start();
    emulator.injectFault({ target: 'api', kind: 'truncate' });
    const response = await call(emulator, "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')");
    await expect(response.arrayBuffer()).rejects.toThrow();
    emulator.injectFault({ target: 'download', status: 500 });
    const redirect = await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts');
    expect(redirect.status).toBe(302);
    expect((await fetch(redirect.headers.get('location')!)).status).toBe(500);
  });
});

// ---------------------------------------------------------------- concealment and determinism

describe('concealed names', () => {
  test('UPNs and display names become the uppercase MD5 of the real value; dates and numbers stay', async () => {
    const { emulator } = await start();
    const path = "/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$format=text/csv";
    const clear = readCsv(await fetchCsv(emulator, path));
    const clearEtag = (await call(emulator, path)).headers.get('etag');
    emulator.setConcealed(true);
    expect((await call(emulator, path)).headers.get('etag')).not.toBe(clearEtag);
    const concealed = readCsv(await fetchCsv(emulator, path));
    expect(concealed.rows).toEqual(
      clear.rows.map((row) => ({
        ...row,
        'User Principal Name': md5(row['User Principal Name']!),
        'Display Name': md5(row['Display Name']!),
      })),
    );
    for (const row of concealed.rows) expect(row['User Principal Name']).toMatch(/^[0-9A-F]{32}$/);
  });

  test('groups: names, owners and ids are hashed; concealed: true works from the start', async () => {
    const path = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')";
    const clear = readCsv(await fetchCsv((await start()).emulator, path));
    const concealed = readCsv(await fetchCsv((await start({ concealed: true })).emulator, path));
    expect(concealed.rows).toEqual(
      clear.rows.map((row) => ({
        ...row,
        'Group Display Name': md5(row['Group Display Name']!),
        'Owner Principal Name': row['Owner Principal Name'] ? md5(row['Owner Principal Name']) : '',
        'Group Id': md5(row['Group Id']!),
      })),
    );
  });
});

describe('determinism and scale', () => {
  test('same seed, size and day give byte-identical reports; another seed gives others', async () => {
    const paths = [
      "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='ALL')",
      "/v1.0/reports/getOffice365GroupsActivityDetail(period='D30')",
      "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountTrend(period='D28')",
    ];
    const read = async (seed: number) => {
      const { emulator } = await start({ seed, users: 800 });
      return Promise.all(paths.map((path) => fetchCsv(emulator, path)));
    };
    const [a, b, c] = await Promise.all([read(42), read(42), read(43)]);
    expect(a).toEqual(b);
    a.forEach((text, i) => expect(text).not.toBe(c[i]));
  });

  test('a 100,000-user tenant streams its user detail in many chunks', async () => {
    const users = 100_000;
    const { emulator } = await start({ users });
    const path = "/beta/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')?$format=text/csv";
    const location = (await call(emulator, path)).headers.get('location')!;
    const download = await fetch(location);
    expect(download.headers.get('content-length')).toBeNull();
    let chunks = 0;
    let lines = 0;
    let bytes = 0;
    const reader = download.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.length;
      for (const byte of value) if (byte === 0x0a) lines++;
    }
    let licensed = 0;
    for (let index = 0; index < users; index++) if (isCopilotLicensed(42, index)) licensed++;
    expect(lines).toBe(licensed + 1);
    expect(chunks).toBeGreaterThan(10);
    expect(bytes).toBeGreaterThan(licensed * 60);
  });

  test('aggregating a big tenant does not block other requests to the same emulator', async () => {
    const { emulator } = await start({ users: 300_000 });
    const finished: string[] = [];
    const summary = call(emulator, "/beta/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7',version='v1')")
      .then((response) => response.json())
      .then(() => finished.push('summary'));
    // Let the summary request reach the server and start its pass over 300,000 users.
    while (emulator.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await call(emulator, '/v1.0/reports/getOffice365ActivationsUserCounts').then(() => finished.push('activations'));
    await summary;
    expect(finished).toEqual(['activations', 'summary']);
  });

  test('CSV generation is lazy: the first chunk of a million-user report comes without computing the rest', () => {
    const spec = { seed: 42, users: 1_000_000 };
    const view = createReportView({
      spec,
      call: {
        kind: 'copilotUsers',
        functionName: 'getMicrosoft365CopilotUsageUserDetail',
        apiVersion: 'beta',
        surface: 'reports',
        reportVersion: 'v1',
        period: 'D7',
        format: 'csv',
      },
      refreshDay: 20_400,
      concealed: false,
      aggregates: createCopilotAggregateCache(spec),
      workloads: createWorkloadAggregateCache(spec),
    });
    const chunks = generateCsvChunks(view, 4096);
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(first.value!.startsWith(`\uFEFF${DOC_LEGACY_USERS}\r\n`)).toBe(true);
    expect(first.value!.length).toBeLessThan(8192);
    chunks.return(undefined);
  });
});
