import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import type { GraphEmulator } from '../src/emulator/graph-emulator.js';
import { REPORT_IDS, type AnyRow, type ReportId } from '../src/reports/catalog.js';
import type { ReportParams, CopilotReportApi } from '../src/reports/report-request.js';
import type { FetchProgress, Report } from '../src/reports/report-service.js';
import { FIXTURE_NOW, startReportFixture } from './support/report-fixture.js';

const NOW = FIXTURE_NOW;
const TODAY = NOW.slice(0, 10);

const setUp = startReportFixture;

async function rowsOf<Id extends ReportId>(report: Report<Id>): Promise<AnyRow[]> {
  const rows: AnyRow[] = [];
  for await (const row of report.rows()) rows.push(row);
  return rows;
}

function graphCalls(emulator: GraphEmulator, functionName?: string) {
  return emulator.requests.filter(
    (request) => request.kind === 'api' && (functionName === undefined || request.functionName?.toLowerCase() === functionName.toLowerCase()),
  ).length;
}

function downloads(emulator: GraphEmulator) {
  return emulator.requests.filter((request) => request.kind === 'download').length;
}

async function caught(promise: Promise<unknown>): Promise<Error & { code?: string; retryAt?: number }> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code?: string };
}

const PARAMS: Record<ReportId, ReportParams> = {
  'copilot-summary': { period: 'ALL' },
  'copilot-users': {},
  'copilot-trend': { period: 'D7' },
  activations: {},
  groups: { period: 'D7' },
  'active-users': { period: 'D30' },
  'active-user-counts': { period: 'D7' },
  'services-user-counts': { period: 'D90' },
  'teams-users': { period: 'D7' },
  'teams-activity': { period: 'D30' },
  'email-users': { period: 'D30' },
  'onedrive-accounts': { period: 'D90' },
  'sharepoint-sites': { period: 'D7' },
  'apps-users': { period: 'D30' },
};

describe('every catalog report from the emulator', () => {
  const apis: CopilotReportApi[] = ['copilot-v1', 'copilot-v2', 'legacy-beta'];
  for (const copilotApi of apis) {
    test(`parses CSV and JSON alike (${copilotApi})`, async () => {
      const csv = await setUp({ copilotApi, format: 'csv' });
      const json = await setUp({ copilotApi, format: 'json' });
      for (const id of REPORT_IDS) {
        const fromCsv = await csv.service.getReport(id, PARAMS[id]);
        const fromJson = await json.service.getReport(id, PARAMS[id]);
        const csvRows = await rowsOf(fromCsv);
        expect(csvRows.length, id).toBeGreaterThan(0);
        expect(fromCsv.meta.rowCount, id).toBe(csvRows.length);
        expect(await rowsOf(fromJson), id).toEqual(csvRows);
        const lagDays = id.startsWith('copilot') ? 3 : 2;
        expect(fromCsv.meta.refreshDate, id).toBe(addDays(TODAY, -lagDays));
        expect(fromCsv.meta).toMatchObject({ report: id, source: 'Graph reports emulator', cache: 'miss' });
      }
    });
  }

  test('groups by day: the rows are that day\'s, and the refresh date says which day', async () => {
    const { service } = await setUp();
    const day = addDays(TODAY, -5);
    const report = await service.getReport('groups', { date: day });
    expect(report.meta).toMatchObject({ date: day, period: undefined, refreshDate: day });
    expect((await rowsOf(report)).every((row) => row['reportRefreshDate'] === day)).toBe(true);
  });

  test('Copilot report v2 brings D28 and the prompts and active-days columns', async () => {
    const { service } = await setUp({ copilotApi: 'copilot-v2' });
    const users = await service.getReport('copilot-users');
    expect(users.meta).toMatchObject({ period: 'D28', version: 'v2' });
    const rows = await rowsOf(users);
    expect(rows.every((row) => row['reportPeriod'] === 28)).toBe(true);
    expect(rows.some((row) => typeof row['promptsSubmitted'] === 'number' && row['promptsSubmitted'] > 0)).toBe(true);
    expect(rows.some((row) => typeof row['activeUsageDays'] === 'number')).toBe(true);
  });

  test('summary counts agree with the user detail they summarise', async () => {
    const { service } = await setUp();
    const [summary] = await rowsOf(await service.getReport('copilot-summary', { period: 'D7' }));
    const users = await rowsOf(await service.getReport('copilot-users', { period: 'D7' }));
    const refresh = summary?.['reportRefreshDate'] as string;
    const since = addDays(refresh, -6);
    const activeIn = (key: string) => users.filter((row) => typeof row[key] === 'string' && (row[key]) >= since).length;
    expect(summary?.['anyAppEnabledUsers']).toBe(users.length);
    expect(summary?.['anyAppActiveUsers']).toBe(activeIn('lastActivityDate'));
    expect(summary?.['microsoftTeamsActiveUsers']).toBe(activeIn('microsoftTeamsCopilotLastActivityDate'));
    expect(summary?.['wordActiveUsers']).toBe(activeIn('wordCopilotLastActivityDate'));
  });
});

describe('sharing Graph calls', () => {
  test('concurrent requests for the same report make one Graph call and one download', async () => {
    const { service, emulator } = await setUp();
    const reports = await Promise.all(Array.from({ length: 8 }, () => service.getReport('copilot-users', { period: 'D90' })));
    expect(graphCalls(emulator, 'getMicrosoft365CopilotUsageUserDetail')).toBe(1);
    expect(downloads(emulator)).toBe(0); // /copilot/reports answers the CSV directly
    expect(new Set(reports.map((report) => report.meta.rowCount)).size).toBe(1);
    expect((await rowsOf(reports[7]!)).length).toBe(reports[0]!.meta.rowCount);
  });

  test('a fresh cache answers without Graph; rows can be read again', async () => {
    const { service, emulator, clock } = await setUp();
    const first = await service.getReport('groups', { period: 'D7' });
    clock.advance(29 * 60_000);
    const second = await service.getReport('groups', { period: 'd7' });
    expect(second.meta.cache).toBe('hit');
    expect(graphCalls(emulator)).toBe(1);
    expect(downloads(emulator)).toBe(1);
    expect(await rowsOf(second)).toEqual(await rowsOf(first));
  });

  test('after the cache time an unchanged report is confirmed with a 304 and not downloaded again', async () => {
    const { service, emulator, clock } = await setUp();
    const first = await service.getReport('activations');
    clock.advance(31 * 60_000);
    const second = await service.getReport('activations');
    expect(second.meta).toMatchObject({ cache: 'revalidated', refreshDate: first.meta.refreshDate });
    expect(graphCalls(emulator, 'getOffice365ActivationsUserCounts')).toBe(2);
    expect(downloads(emulator)).toBe(1);
    expect(await rowsOf(second)).toEqual(await rowsOf(first));
  });

  test('when Graph has refreshed its data, the new day is downloaded', async () => {
    const { service, emulator, clock } = await setUp();
    const first = await service.getReport('activations');
    clock.advance(24 * 60 * 60_000);
    const next = await service.getReport('activations');
    expect(next.meta.cache).toBe('miss');
    expect(next.meta.refreshDate).toBe(addDays(first.meta.refreshDate!, 1));
    expect(downloads(emulator)).toBe(2);
  });

  test('a downloaded snapshot is frozen, lists and all: every answer shares the cached one', async () => {
    const { service } = await setUp();
    const report = await service.getReport('groups', { period: 'D7' });
    const frozenThroughout = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozenThroughout));
    expect(report.snapshot).toBeDefined();
    expect(frozenThroughout(report.snapshot)).toBe(true);
  });

  test('different parameters are different reports', async () => {
    const { service, emulator } = await setUp();
    await service.getReport('copilot-summary', { period: 'D7' });
    await service.getReport('copilot-summary', { period: 'D90' });
    expect(graphCalls(emulator, 'getMicrosoft365CopilotUserCountSummary')).toBe(2);
  });
});

describe('progress of a fetch', () => {
  test('an observer hears that Graph is asked, then bytes and rows as they arrive, ending at the whole report', async () => {
    const { service } = await setUp({}, { users: 3000 });
    const seen: FetchProgress[] = [];
    const report = await service.observeFetches((progress) => seen.push(progress), () => service.getReport('copilot-users', { period: 'D30' }));

    expect(seen[0]).toEqual({ report: 'copilot-users', title: 'Microsoft 365 Copilot usage user detail', phase: 'requesting', bytes: 0, rows: 0 });
    const downloading = seen.filter((progress) => progress.phase === 'downloading');
    expect(downloading.length).toBeGreaterThan(2);
    // Bytes and rows only grow, and rows are told at least every 1,000.
    const grows = (values: number[]) => values.every((value, index) => index === 0 || value >= values[index - 1]!);
    expect(grows(downloading.map((progress) => progress.bytes))).toBe(true);
    expect(grows(downloading.map((progress) => progress.rows))).toBe(true);
    expect(report.meta.rowCount - downloading.at(-1)!.rows).toBeLessThan(1000);
    expect(report.meta.rowCount).toBeGreaterThan(1000);
  });

  test('a caller joining a fetch under way hears of it too; one answered from cache hears nothing', async () => {
    const { service, emulator } = await setUp();
    const first: FetchProgress[] = [];
    const joined: FetchProgress[] = [];
    await Promise.all([
      service.observeFetches((progress) => first.push(progress), () => service.getReport('activations')),
      service.observeFetches((progress) => joined.push(progress), () => service.getReport('activations')),
    ]);
    const cached: FetchProgress[] = [];
    await service.observeFetches((progress) => cached.push(progress), () => service.getReport('activations'));

    expect(graphCalls(emulator, 'getOffice365ActivationsUserCounts')).toBe(1);
    expect(first[0]?.phase).toBe('requesting');
    expect(joined[0]?.phase).toBe('requesting');
    expect(joined.at(-1)).toEqual(first.at(-1));
    expect(cached).toEqual([]);
  });

  test('a refetch says about how many rows to expect from the copy it replaces', async () => {
    const { service, clock } = await setUp();
    const before = await service.getReport('groups', { period: 'D7' });
    clock.advance(31 * 60_000);
    const seen: FetchProgress[] = [];
    await service.observeFetches((progress) => seen.push(progress), () => service.getReport('groups', { period: 'D7' }));
    expect(seen[0]).toMatchObject({ phase: 'requesting', previousRows: before.meta.rowCount });
  });
});

describe('staying under Graph throttling', () => {
  test('the budget stops the 15th request within ten minutes before Graph sees it, and says when to retry', async () => {
    const { service, emulator, clock } = await setUp({ cacheTtlMs: 0 });
    const dates = Array.from({ length: 15 }, (_, i) => addDays(TODAY, -1 - i));
    for (const date of dates.slice(0, 14)) {
      await service.getReport('groups', { date });
      clock.advance(1000);
    }
    const refusal = await caught(service.getReport('groups', { date: dates[14] }));
    expect(refusal).toMatchObject({ code: 'BUDGET_EXHAUSTED', retryAt: Date.parse(NOW) + 10 * 60_000 });
    expect(refusal.message).toContain('getOffice365GroupsActivityDetail 14 times in the last 10 minutes');
    expect(graphCalls(emulator, 'getOffice365GroupsActivityDetail')).toBe(14);
    expect(emulator.requests.some((request) => request.status === 429)).toBe(false);
    // Other reports have budgets of their own.
    await expect(service.getReport('activations')).resolves.toBeDefined();
  });

  test('with the budget spent, data already cached is served marked stale', async () => {
    const { service } = await setUp({ cacheTtlMs: 0, csvRequestsPer10Minutes: 1 });
    const first = await service.getReport('copilot-trend', { period: 'D7' });
    const again = await service.getReport('copilot-trend', { period: 'D7' });
    expect(again.meta.cache).toBe('stale');
    expect(await rowsOf(again)).toEqual(await rowsOf(first));
  });

  test('throttled by Graph beyond what is worth waiting for: stale data if cached, else THROTTLED with the time', async () => {
    const { service, emulator, clock } = await setUp();
    await service.getReport('copilot-summary', { period: 'D7' });
    clock.advance(31 * 60_000);
    emulator.injectFault({ target: 'api', status: 429, retryAfter: '900', times: 2 });
    expect((await service.getReport('copilot-summary', { period: 'D7' })).meta.cache).toBe('stale');
    const refusal = await caught(service.getReport('copilot-summary', { period: 'D90' }));
    expect(refusal).toMatchObject({ code: 'THROTTLED', retryAt: clock.now() + 900_000 });
  });

  test('a short Retry-After is waited out and the report arrives', async () => {
    const { service, emulator, clock } = await setUp();
    emulator.injectFault({ target: 'api', match: 'getOffice365ActivationsUserCounts', status: 503, retryAfter: '2' });
    const report = await service.getReport('activations');
    expect(report.meta.rowCount).toBeGreaterThan(0);
    expect(clock.sleeps).toEqual([2000]);
  });
});

describe('what the metadata says', () => {
  test('concealed tenants are detected from the hashed names; aggregate reports carry none', async () => {
    const { service } = await setUp({}, { concealed: true });
    const users = await service.getReport('copilot-users');
    expect(users.meta.identities).toBe('concealed');
    expect((await rowsOf(users))[0]?.['userPrincipalName']).toMatch(/^[0-9A-F]{32}$/);
    expect((await service.getReport('groups')).meta.identities).toBe('concealed');
    expect((await service.getReport('copilot-summary')).meta.identities).toBe('none');
  });

  test('visible names are reported as visible', async () => {
    const { service } = await setUp();
    const users = await service.getReport('copilot-users');
    expect(users.meta).toMatchObject({ identities: 'visible', privacy: 'per-user', period: 'D30', version: 'v1' });
    expect((await rowsOf(users))[0]?.['userPrincipalName']).toContain('@');
  });
});

describe('failures', () => {
  test('bad parameters are refused with the allowed values before any Graph call', async () => {
    const { service, emulator } = await setUp();
    await expect(service.getReport('copilot-summary', { period: 'D14' })).rejects.toMatchObject({
      code: 'BAD_PERIOD',
      message: 'The Microsoft 365 Copilot user count summary has no period "D14". Use D7, D30, D90, D180, ALL.',
    });
    await expect(service.getReport('usage' as ReportId)).rejects.toMatchObject({ code: 'UNKNOWN_REPORT' });
    await expect(service.getReport('groups', { date: addDays(TODAY, -40) })).rejects.toMatchObject({ code: 'DATE_OUT_OF_RANGE' });
    expect(emulator.requests).toHaveLength(0);
  });

  test('a 403 from Graph tells the admin which permission is missing', async () => {
    const { service, emulator } = await setUp();
    emulator.injectFault({ target: 'api', status: 403 });
    const failure = await caught(service.getReport('activations'));
    expect(failure).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(failure.message).toContain('Reports.Read.All');
  });

  test('a malformed download fails the request, caches nothing, and the next request tries Graph again', async () => {
    const { service, emulator } = await setUp();
    emulator.injectFault({ target: 'download', status: 200, body: '\uFEFFReport Refresh Date,Product Type,Assigned,Activated\r\n2026-11-20,"VISIO,1,1\r\n' });
    await expect(service.getReport('activations')).rejects.toMatchObject({ code: 'MALFORMED_CSV' });
    const report = await service.getReport('activations');
    expect(report.meta.cache).toBe('miss');
    expect(graphCalls(emulator)).toBe(2);
  });

  test('a download with a cell that does not fit its column fails, naming the row and column, and caches nothing', async () => {
    const { service, emulator } = await setUp();
    emulator.injectFault({ target: 'download', status: 200, body: '\uFEFFReport Refresh Date,Product Type,Assigned,Activated\r\n2026-11-20,VISIO,85,40\r\n2026-11-20,PROJECT,secret@contoso.com,1\r\n' });
    const failure = await caught(service.getReport('activations'));
    expect(failure).toMatchObject({ code: 'BAD_VALUE', message: 'Row 3, column "Assigned": not a whole number.' });
    expect((await service.getReport('activations')).meta.cache).toBe('miss');
    expect(graphCalls(emulator)).toBe(2);
  });

  test('a download cut off mid-stream is an error, never a silently shorter report', async () => {
    const { service, emulator } = await setUp({}, { users: 3000 });
    emulator.injectFault({ target: 'download', kind: 'truncate' });
    const failure = await caught(service.getReport('groups', { period: 'D30' }));
    expect(failure).toMatchObject({ name: 'GraphReportError', code: 'DOWNLOAD_FAILED' });
    expect(failure.message).toMatch(
      /^The report from GET http:\/\/127\.0\.0\.1:\d+\/\(pre-authenticated download link\) was cut off mid-transfer \(.+\)\. None of it was used; try again\.$/,
    );
    expect(service.status().cached).toHaveLength(0);
  });
});

describe('the cache on disk', () => {
  test('files are private to the bot and removed on close', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'report-cache-test-'));
    const { service } = await setUp({ cacheFolder: parent });
    await service.getReport('copilot-users');
    const [folder] = await readdir(parent);
    const files = await readdir(path.join(parent, folder!));
    expect(files).toHaveLength(1);
    expect((await stat(path.join(parent, folder!))).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(parent, folder!, files[0]!))).mode & 0o777).toBe(0o600);
    await service.close();
    expect(await readdir(parent)).toEqual([]);
    await rm(parent, { recursive: true });
  });

  test('status lists cached reports and the budget spent per report function', async () => {
    const { service } = await setUp();
    await service.getReport('activations');
    await service.getReport('groups');
    const status = service.status();
    expect(status.source).toBe('Graph reports emulator');
    expect(status.cached.map((entry) => entry.meta.report).sort()).toEqual(['activations', 'groups']);
    expect(status.budgets).toEqual(
      expect.arrayContaining([
        { key: 'getOffice365ActivationsUserCounts', used: 1, limit: 14, freeAt: undefined },
        { key: 'getOffice365GroupsActivityDetail', used: 1, limit: 14, freeAt: undefined },
      ]),
    );
    expect(toIsoDate(Date.parse(status.cached[0]!.validatedAt))).toBe(TODAY);
  });
});
