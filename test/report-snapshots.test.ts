import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import type { ReportId, RowOf } from '../src/reports/catalog.js';
import { copilotSeatCountsOf } from '../src/reports/copilot-seats-snapshot.js';
import { activityWindow, createCopilotSeatTally } from '../src/reports/insights.js';
import { parseLicencePrice } from '../src/reports/licence-price.js';
import type { ReportParams } from '../src/reports/report-request.js';
import { resolveReportRequest } from '../src/reports/report-request.js';
import type { ReportService } from '../src/reports/report-service.js';
import { createSnapshotCollector, SNAPSHOT_ROW_LIMIT } from '../src/reports/report-snapshot.js';
import { FIXTURE_NOW, startReportFixture } from './support/report-fixture.js';

const TODAY = FIXTURE_NOW.slice(0, 10);
const OFFICE_REFRESH = addDays(TODAY, -2);
const LICENCES = { price: parseLicencePrice('30 USD')!, extraSkuIds: [] };

/**
 * The same report service seen two ways: `rows` without snapshots (every answer aggregates the cached rows,
 * as before snapshots), `snapshot` with the snapshot only, passed through JSON as a shared store would hand
 * it back, and rows that cannot be read, so an answer that still needs them fails.
 */
function sourceOf(service: ReportService, mode: 'rows' | 'snapshot'): ReportService {
  const source = {
    async getReport(id: ReportId, params?: ReportParams) {
      const report = await service.getReport(id, params);
      if (mode === 'rows') return { meta: report.meta, rows: () => report.rows() };
      expect(report.snapshot, `${id} has a snapshot`).toBeDefined();
      return {
        meta: report.meta,
        snapshot: JSON.parse(JSON.stringify(report.snapshot)) as unknown,
        rows: () => {
          throw new Error(`${id}: the answer read the rows`);
        },
      };
    },
    getSubscribedSkus: () => service.getSubscribedSkus(),
    status: () => service.status(),
  };
  return source as unknown as ReportService;
}

async function ask(deps: HandlerDeps, text: string, conversation: ConversationKind): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand(parsed.parsed, conversation, deps);
}

type ListModel = { rows: unknown[]; totalRows: number };

/**
 * Asks each command once to fill the cache, then from the rows and from the snapshot alone, in a personal
 * chat and a channel; the replies must be equal. Returns the personal replies' lists, for the caller to
 * check that they were worth comparing.
 */
async function compareAnswers(deps: HandlerDeps, service: ReportService, commands: readonly string[]) {
  const lists: { text: string; model: ListModel }[] = [];
  for (const text of commands) {
    await ask(deps, text, 'personal');
    for (const conversation of ['personal', 'channel'] as const) {
      const fromRows = await ask({ ...deps, reports: sourceOf(service, 'rows') }, text, conversation);
      const fromSnapshot = await ask({ ...deps, reports: sourceOf(service, 'snapshot') }, text, conversation);
      expect(fromRows.messages.map((message) => message.view), `${text} in ${conversation}`).not.toContain('error');
      expect(fromSnapshot, `${text} in ${conversation}`).toEqual(fromRows);
      const model = fromSnapshot.messages[0]?.model as Partial<ListModel>;
      if (conversation === 'personal' && Array.isArray(model.rows) && typeof model.totalRows === 'number') lists.push({ text, model: model as ListModel });
    }
  }
  return lists;
}

describe('answers from snapshots equal the answers from the rows', () => {
  test('every report command on the emulator tenant (Copilot v1), periods from D7 to ALL, groups by period and by date', async () => {
    const { deps, service } = await startReportFixture({}, { users: 1_200 });
    const lists = await compareAnswers({ ...deps, licences: LICENCES }, service, [
      'copilot summary D7',
      'copilot summary ALL',
      'copilot trend D30',
      'copilot trend ALL',
      'copilot users D7',
      'copilot users',
      'copilot users ALL',
      'copilot inactive D7',
      'copilot inactive D90',
      'copilot inactive ALL',
      'copilot licenses D30',
      'copilot licenses ALL',
      'activations',
      'groups D7',
      'groups D180',
      'groups',
      `groups ${OFFICE_REFRESH}`,
      `groups ${addDays(OFFICE_REFRESH, -20)}`,
      'groups inactive D7',
      'groups inactive D180',
    ]);
    // The lists compared were cut to the card's length: the snapshot had to pick the right first rows.
    expect(lists.map(({ text }) => text)).toEqual(expect.arrayContaining(['copilot users D7', 'copilot inactive D90', 'groups inactive D7']));
    for (const { text, model } of lists) expect(model.rows, text).toHaveLength(Math.min(deps.rowLimit, model.totalRows));
    expect(lists.filter(({ model }) => model.totalRows > deps.rowLimit).length).toBeGreaterThanOrEqual(5);
  });

  test('a small tenant, where the inactive lists are shorter than a card and the snapshot keeps active rows behind them', async () => {
    const { deps, service } = await startReportFixture({}, { users: 60 });
    const lists = await compareAnswers(deps, service, ['copilot inactive D30', 'copilot inactive ALL', 'copilot users D7', 'groups inactive D90']);
    for (const { text, model } of lists) expect(model.rows, text).toHaveLength(Math.min(deps.rowLimit, model.totalRows));
    const inactive = lists.find(({ text }) => text === 'copilot inactive D30')!.model as ListModel & { enabled: number };
    expect(inactive.totalRows).toBeGreaterThan(0);
    expect(inactive.totalRows).toBeLessThan(Math.min(deps.rowLimit, inactive.enabled));
  });

  test('a tenant on Copilot report v2 (D28, v2 apps and usage), with concealed names', async () => {
    const { deps, service } = await startReportFixture({ copilotApi: 'copilot-v2' }, { users: 800, concealed: true });
    const lists = await compareAnswers({ ...deps, licences: LICENCES }, service, [
      'copilot summary D28',
      'copilot summary ALL',
      'copilot trend D28',
      'copilot users D28',
      'copilot users ALL',
      'copilot inactive D7',
      'copilot inactive D180',
      'copilot inactive ALL',
      'copilot licenses D28',
      'groups inactive D30',
    ]);
    const users = lists.find(({ text }) => text === 'copilot users D28')!.model as ListModel & { usage?: unknown; apps: { key: string }[] };
    expect(users.usage).toBeDefined();
    expect(users.apps.map((app) => app.key)).toContain('copilotAgent');
  });

  test('a list longer than the snapshot keeps is read from the rows; a shorter one is cut from the snapshot', async () => {
    const { deps, service } = await startReportFixture({ snapshotRowLimit: 10 }, { users: 600 });
    const longer = { ...deps, rowLimit: 30 };
    await ask(longer, 'copilot inactive D30', 'personal');
    const fromService = await ask(longer, 'copilot inactive D30', 'personal');
    const fromRows = await ask({ ...longer, reports: sourceOf(service, 'rows') }, 'copilot inactive D30', 'personal');
    expect(fromService).toEqual(fromRows);
    expect((fromService.messages[0]!.model as unknown as ListModel).rows).toHaveLength(30);
    // Within the snapshot's ten rows, no row is read.
    await compareAnswers({ ...deps, rowLimit: 10 }, service, ['copilot inactive D30', 'copilot users D90', 'groups inactive D30']);
  });
});

describe('snapshots', () => {
  test('survive a JSON round trip unchanged, carry their key and refresh date, and stay the same size for a tenant ten times larger', async () => {
    const sizes: Record<string, number[]> = {};
    for (const users of [500, 5_000]) {
      const { service } = await startReportFixture({}, { users });
      for (const [id, params] of [
        ['copilot-summary', { period: 'ALL' }],
        ['copilot-trend', { period: 'D90' }],
        ['copilot-users', { period: 'D90' }],
        ['copilot-users', { period: 'ALL' }],
        ['activations', {}],
        ['groups', { period: 'D180' }],
      ] as const) {
        const report = await service.getReport(id, params);
        const snapshot = report.snapshot!;
        const json = JSON.stringify(snapshot);
        expect(JSON.parse(json), id).toEqual(snapshot);
        expect(snapshot).toMatchObject({ report: id, refreshDate: report.meta.refreshDate });
        expect(snapshot.key).toContain(id);
        (sizes[`${id} ${params.period ?? ''}`] ??= []).push(json.length);
      }
    }
    for (const [report, [small, large]] of Object.entries(sizes)) {
      expect(large, report).toBeLessThan(small! * 1.25 + 2_000);
      expect(large, report).toBeLessThan(150_000);
    }
  });

  test('rows refreshed on different days: counts as exact as the rows, for the window ending on the latest refresh date', () => {
    const request = resolveReportRequest('copilot-users', { period: 'D7' }, { copilotApi: 'copilot-v1', today: TODAY });
    const collector = createSnapshotCollector(request, SNAPSHOT_ROW_LIMIT);
    const user = (name: string, refresh: string, last: string | undefined, word?: string): RowOf<'copilot-users'> =>
      ({
        reportRefreshDate: refresh,
        reportPeriod: 7,
        userPrincipalName: `${name}@contoso.com`,
        ...(last !== undefined ? { lastActivityDate: last } : {}),
        ...(word !== undefined ? { wordCopilotLastActivityDate: word } : {}),
      });
    // The first rows carry an older refresh date: days the later window no longer covers must still be told apart until then.
    const rows = [
      user('adele', '2026-11-10', '2026-11-04', '2026-11-04'),
      user('alex', '2026-11-10', '2026-11-09'),
      user('bianca', '2026-11-10', undefined),
      user('cameron', '2026-11-19', '2026-11-13', '2026-11-13'),
      user('diego', '2026-11-19', '2026-11-12'),
      user('emily', '2026-11-19', '2026-10-01'),
      user('grady', '2026-11-19', '2026-11-19', '2026-11-18'),
    ];
    for (const row of rows) collector.observe(row);
    const snapshot = collector.result('2026-11-19');
    if (snapshot.report !== 'copilot-users') throw new Error('not a user-detail snapshot');
    const window = activityWindow('2026-11-19', 7);
    const tally = createCopilotSeatTally(window);
    for (const row of rows) tally.observe(row);
    expect(copilotSeatCountsOf(snapshot, window)).toEqual(tally.result());
    expect(copilotSeatCountsOf(snapshot, window)).toMatchObject({ enabled: 7, active: 2, neverActive: 1 });
    // Days before the earliest window an answer can ask about are folded into one count.
    expect(snapshot.lastActivity.floor).toBe(window.start);
    expect(Object.keys(snapshot.lastActivity.byDay).every((day) => day >= window.start)).toBe(true);
    expect(() => copilotSeatCountsOf(snapshot, activityWindow('2026-11-19', 30))).toThrow(/cannot be counted/);
  });
});
