import { afterEach, describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { startReportStack } from '../src/report-stack.js';
import { GraphClient } from '../src/reports/graph-client.js';
import { createTokenProvider } from '../src/reports/graph-token.js';
import { ReportService } from '../src/reports/report-service.js';
import { RequestBudget } from '../src/reports/request-budget.js';
import { BUDGET_PREFIX, StoreRequestBudget } from '../src/reports/store-request-budget.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { createFakeClock } from './support/fake-clock.js';
import { FIXTURE_NOW } from './support/report-fixture.js';
import { scratchFolder } from './support/scratch-folder.js';

const TEN_MINUTES = 600_000;
const REPORT = 'getOffice365ActivationsUserCounts';

async function refusalOf(work: Promise<unknown> | (() => unknown)): Promise<Error & { code?: string; retryAt?: number }> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a refusal');
}

describe('StoreRequestBudget: one budget for every instance on a store', () => {
  test('instances spend from one count: the 15th request in ten minutes is refused on any of them, as one process would refuse it', async () => {
    const clock = createFakeClock('2026-11-22T09:00:00Z');
    const store = new MemoryStateStore();
    const instances = [1, 2, 3].map(() => new StoreRequestBudget({ store, clock, limit: 14, windowMs: TEN_MINUTES }));
    const alone = new RequestBudget(clock, 14, TEN_MINUTES);
    for (let i = 0; i < 14; i++) {
      await instances[i % 3]!.spend(REPORT);
      alone.spend(REPORT);
      clock.advance(10_000);
    }
    for (const instance of instances) {
      const refusal = await refusalOf(instance.spend(REPORT));
      expect(refusal).toMatchObject({ code: 'BUDGET_EXHAUSTED', retryAt: Date.parse('2026-11-22T09:10:00Z') });
      expect(refusal.message).toBe((await refusalOf(() => alone.spend(REPORT))).message);
    }
    expect(instances[0]!.usage(REPORT)).toEqual({ key: REPORT, used: 14, limit: 14, freeAt: Date.parse('2026-11-22T09:10:00Z') });
    // Other reports count apart; the first request leaves the window ten minutes after it was made.
    await instances[1]!.spend('getOffice365GroupsActivityDetail');
    clock.advance(Date.parse('2026-11-22T09:10:00Z') - clock.now());
    await instances[2]!.spend(REPORT);
    await expect(instances[0]!.spend(REPORT)).rejects.toMatchObject({ code: 'BUDGET_EXHAUSTED' });
  });

  test('spends racing from several instances never exceed the limit', async () => {
    const clock = createFakeClock('2026-11-22T09:00:00Z');
    const store = new MemoryStateStore();
    const instances = [1, 2, 3].map(() => new StoreRequestBudget({ store, clock, limit: 14, windowMs: TEN_MINUTES }));
    const results = await Promise.allSettled(instances.flatMap((instance) => Array.from({ length: 6 }, () => instance.spend(REPORT))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(14);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'BUDGET_EXHAUSTED' });
    expect(((await store.get(`${BUDGET_PREFIX}${REPORT}`))?.value as { requests: number[] }).requests).toHaveLength(14);
  });

  test('a damaged budget record counts as nothing spent and is written afresh', async () => {
    const clock = createFakeClock('2026-11-22T09:00:00Z');
    const store = new MemoryStateStore();
    await store.put(`${BUDGET_PREFIX}${REPORT}`, { requests: 'lots' });
    await new StoreRequestBudget({ store, clock, limit: 2, windowMs: TEN_MINUTES }).spend(REPORT);
    expect((await store.get(`${BUDGET_PREFIX}${REPORT}`))?.value).toEqual({ requests: [clock.now()] });
  });
});

describe('report services of three instances sharing the store budget', () => {
  let emulator: GraphEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
  });

  test('together they ask Graph at most 14 times per report in ten minutes, and never meet a 429', async () => {
    const clock = createFakeClock(FIXTURE_NOW);
    emulator = await startGraphEmulator({ users: 50, clock });
    const store = new MemoryStateStore();
    const services = [1, 2, 3].map(
      () =>
        new ReportService({
          fetcher: new GraphClient({ baseUrl: emulator!.url, tokens: createTokenProvider({ kind: 'development' }, emulator!.url), clock, random: () => 0.5 }),
          clock,
          logger: silentLogger,
          sourceName: 'Graph reports emulator',
          copilotApi: 'copilot-v1',
          format: 'csv',
          cacheTtlMs: 0,
          csvRequestsPer10Minutes: 14,
          jsonRequestsPer10Minutes: 100,
          budget: new StoreRequestBudget({ store, clock, limit: 14, windowMs: TEN_MINUTES }),
          cacheFolder: scratchFolder(),
        }),
    );
    const today = FIXTURE_NOW.slice(0, 10);
    for (let i = 0; i < 14; i++) await services[i % 3]!.getReport('groups', { date: addDays(today, -1 - i) });
    const refusal = await refusalOf(services[2]!.getReport('groups', { date: addDays(today, -20) }));
    expect(refusal).toMatchObject({ code: 'BUDGET_EXHAUSTED' });
    expect(refusal.message).toContain('getOffice365GroupsActivityDetail 14 times in the last 10 minutes');
    const asked = emulator.requests.filter((request) => request.kind === 'api' && request.functionName === 'getOffice365GroupsActivityDetail');
    expect(asked).toHaveLength(14);
    expect(emulator.requests.some((request) => request.status === 429)).toBe(false);
    for (const service of services) await service.close();
  });

  test('their licence readers share it too: subscribedSkus within its own JSON limit across the instances, older SKUs served past it', async () => {
    const clock = createFakeClock(FIXTURE_NOW);
    emulator = await startGraphEmulator({ users: 50, clock });
    const store = new MemoryStateStore();
    // Every read asks Graph (no cache time); reports go as CSV (14), subscribedSkus keeps the JSON limit (here 2).
    const config = loadConfig({ GRAPH_BASE_URL: emulator.url, DATA_DIR: scratchFolder(), REPORT_CACHE_TTL_MINUTES: '0', GRAPH_JSON_REQUESTS_PER_10_MINUTES: '2' });
    const stacks = await Promise.all([1, 2, 3].map(() => startReportStack(config, silentLogger, clock, { store })));
    const skuCalls = () => emulator!.requests.filter((request) => request.functionName === 'subscribedSkus').length;
    try {
      expect((await stacks[0]!.service.getSubscribedSkus()).meta.cache).toBe('miss');
      expect((await stacks[1]!.service.getSubscribedSkus()).meta.cache).toBe('miss');
      const refusal = await refusalOf(stacks[2]!.service.getSubscribedSkus());
      expect(refusal).toMatchObject({ code: 'BUDGET_EXHAUSTED', retryAt: Date.parse(FIXTURE_NOW) + TEN_MINUTES });
      expect(refusal.message).toContain('subscribedSkus 2 times in the last 10 minutes');
      // An instance that read them before serves its older copy, marked stale.
      expect((await stacks[0]!.service.getSubscribedSkus()).meta.cache).toBe('stale');
      expect(skuCalls()).toBe(2);
      // Counted under the tenant the stacks read, the deployment's own.
      const budgetKey = `${BUDGET_PREFIX}${config.access.tenantId}/subscribedSkus`;
      expect(((await store.get(budgetKey))?.value as { requests: number[] }).requests).toHaveLength(2);
      expect(stacks[2]!.service.status().budgets).toContainEqual({ key: 'subscribedSkus', used: 2, limit: 2, freeAt: Date.parse(FIXTURE_NOW) + TEN_MINUTES });
      // Ten minutes on, the window has room again for whichever instance asks.
      clock.advance(TEN_MINUTES);
      expect((await stacks[2]!.service.getSubscribedSkus()).meta.cache).toBe('miss');
      expect(skuCalls()).toBe(3);
    } finally {
      for (const stack of stacks) await stack.service.close();
    }
  });
});
