/**
 * Report services of several instances sharing one blob container on Azurite (documents in the state
 * store, rows in the file archive) and one Graph emulator: one Graph request per report per refresh
 * among them, the same answers everywhere, and the shared data's failures told plainly.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Clock } from '../src/clock.js';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { silentLogger } from '../src/logger.js';
import type { AnyRow, ReportId } from '../src/reports/catalog.js';
import { GraphClient } from '../src/reports/graph-client.js';
import { createTokenProvider } from '../src/reports/graph-token.js';
import { ReportService } from '../src/reports/report-service.js';
import type { ReportParams } from '../src/reports/report-request.js';
import { BlobFileArchive } from '../src/store/blob-file-archive.js';
import { BlobStateStore } from '../src/store/blob-state-store.js';
import { createContainerClient } from '../src/store/blob-container.js';
import { acquireLease } from '../src/store/store-lease.js';
import { startAzurite, type Azurite } from './support/azurite.js';
import { FIXTURE_NOW } from './support/report-fixture.js';
import { scratchFolder } from './support/scratch-folder.js';

const CACHE_TTL_MS = 30 * 60_000;
const ASKED: readonly { id: ReportId; params: ReportParams }[] = [
  { id: 'copilot-users', params: { period: 'D30' } },
  { id: 'activations', params: {} },
  { id: 'groups', params: { period: 'D7' } },
  { id: 'active-users', params: { period: 'D30' } },
];

/** Wall-clock time moved to the fixture's day, so leases, polling and the cache lifetime run as in production. */
let offset = Date.parse(FIXTURE_NOW) - Date.now();
const clock: Clock = { now: () => Date.now() + offset, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

let azurite: Azurite;
let emulator: GraphEmulator;
const services: ReportService[] = [];

beforeAll(async () => {
  [azurite, emulator] = await Promise.all([startAzurite(), startGraphEmulator({ users: 600, clock })]);
}, 90_000);

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
  offset = Date.parse(FIXTURE_NOW) - Date.now();
});

afterAll(async () => {
  await Promise.all([azurite?.close(), emulator?.close()]);
});

/** A container for one test: what every instance of that test shares. */
function newContainer() {
  return createContainerClient({ kind: 'connection-string', connectionString: azurite.connectionString }, `shared-${randomUUID()}`);
}

/** One instance's report service: its own Graph client and cache folder, the shared container. */
async function startInstance(container: ReturnType<typeof newContainer>, options: { timeoutMs?: number } = {}): Promise<ReportService> {
  const store = await BlobStateStore.open(container);
  const service = new ReportService({
    fetcher: new GraphClient({ baseUrl: emulator.url, tokens: createTokenProvider({ kind: 'development' }, emulator.url), clock }),
    clock,
    logger: silentLogger,
    sourceName: 'Graph reports emulator',
    copilotApi: 'copilot-v1',
    format: 'csv',
    cacheTtlMs: CACHE_TTL_MS,
    csvRequestsPer10Minutes: 14,
    jsonRequestsPer10Minutes: 100,
    cacheFolder: scratchFolder(),
    shared: { store, archive: new BlobFileArchive(container), pollMs: 20, ...options },
  });
  services.push(service);
  return service;
}

async function startInstances(count: number) {
  const container = newContainer();
  const instances = [];
  for (let index = 0; index < count; index++) instances.push(await startInstance(container));
  return { container, instances };
}

/** Graph API calls (not downloads) the emulator has seen for one report function since `since`. */
function graphCalls(since: number, functionName: string): number {
  return emulator.requests.slice(since).filter((request) => request.kind === 'api' && request.functionName?.toLowerCase() === functionName.toLowerCase()).length;
}

async function rowsOf(report: { rows(): AsyncIterable<AnyRow> }): Promise<AnyRow[]> {
  const rows: AnyRow[] = [];
  for await (const row of report.rows()) rows.push(row);
  return rows;
}

const FUNCTIONS: Record<string, string> = {
  'copilot-users': 'getMicrosoft365CopilotUsageUserDetail',
  activations: 'getOffice365ActivationsUserCounts',
  groups: 'getOffice365GroupsActivityDetail',
  'active-users': 'getOffice365ActiveUserDetail',
};

describe('report data shared between instances', () => {
  test('three instances asked at once for four reports (the active user detail among them) make one Graph request per report, and all give the same answers', async () => {
    const { instances } = await startInstances(3);
    const since = emulator.requests.length;
    const reports = await Promise.all(instances.flatMap((instance) => ASKED.map(({ id, params }) => instance.getReport(id, params))));
    for (const [index, { id }] of ASKED.entries()) {
      expect(graphCalls(since, FUNCTIONS[id]!), id).toBe(1);
      const answers = instances.map((_, instance) => reports[instance * ASKED.length + index]!);
      // One instance downloaded; the others waited for it and took its data.
      expect(answers.map((report) => report.meta.cache).sort(), id).toEqual(['hit', 'hit', 'miss']);
      const [first, ...others] = answers;
      const firstRows = await rowsOf(first!);
      expect(firstRows.length, id).toBe(first!.meta.rowCount);
      for (const other of others) {
        expect(other.snapshot, id).toEqual(first!.snapshot);
        expect({ ...other.meta, cache: 'hit' }, id).toEqual({ ...first!.meta, cache: 'hit' });
        expect(await rowsOf(other), id).toEqual(firstRows);
      }
    }
  }, 60_000);

  test('an instance started later, with an empty cache, answers from the shared data without asking Graph', async () => {
    const { container, instances } = await startInstances(1);
    const fetched = await instances[0]!.getReport('copilot-users', { period: 'D30' });
    const since = emulator.requests.length;
    const restarted = await startInstance(container);
    const report = await restarted.getReport('copilot-users', { period: 'D30' });
    expect(emulator.requests.length - since).toBe(0);
    expect(report.meta.cache).toBe('hit');
    expect(report.snapshot).toEqual(fetched.snapshot);
    expect(await rowsOf(report)).toEqual(await rowsOf(fetched));
  }, 60_000);

  test('shared data past the cache lifetime is refreshed by one instance for all, and only two rows files are kept', async () => {
    const { container, instances } = await startInstances(3);
    await Promise.all(instances.map((instance) => instance.getReport('activations')));
    for (let round = 1; round <= 3; round++) {
      offset += CACHE_TTL_MS + 1;
      const since = emulator.requests.length;
      const reports = await Promise.all(instances.map((instance) => instance.getReport('activations')));
      expect(graphCalls(since, FUNCTIONS.activations!), `round ${round}`).toBe(1);
      expect(reports.map((report) => report.meta.cache).filter((cache) => cache === 'hit')).toHaveLength(2);
      const rows = await Promise.all(reports.map(rowsOf));
      expect(rows[1]).toEqual(rows[0]);
      expect(rows[2]).toEqual(rows[0]);
    }
    const rowsFiles: string[] = [];
    for await (const blob of container.listBlobsFlat({ prefix: 'files/report-rows/' })) rowsFiles.push(blob.name);
    // The current one, and the one before for readers still streaming it.
    expect(rowsFiles.length).toBeLessThanOrEqual(2);
  }, 60_000);

  test('a shared document in an unknown form is ignored and replaced by the next download', async () => {
    const { container, instances } = await startInstances(1);
    const store = await BlobStateStore.open(container);
    await instances[0]!.getReport('activations');
    const [key] = await store.list('report-data/');
    await store.put(key!, { version: 99, rows: 'elsewhere' });
    const other = await startInstance(container);
    const since = emulator.requests.length;
    const report = await other.getReport('activations');
    expect(report.meta.cache).toBe('miss');
    expect(graphCalls(since, FUNCTIONS.activations!)).toBe(1);
    expect((await rowsOf(report)).length).toBe(report.meta.rowCount);
    expect((await store.get(key!))?.value).toMatchObject({ version: 1, rows: { format: 'csv' } });
  }, 60_000);

  test('an instance that waits too long for another\'s download is told so in words an admin can act on, or given its older copy marked stale', async () => {
    const container = newContainer();
    const store = await BlobStateStore.open(container);
    // Another instance holds the download's lease and never finishes.
    const busy = await acquireLease('report-fetch/groups|copilot-v1|D7|', { store, clock, holder: 'other-instance', leaseMs: 10 * 60_000 });
    expect(busy.kind).toBe('acquired');
    const service = await startInstance(container, { timeoutMs: 200 });
    const since = emulator.requests.length;
    await expect(service.getReport('groups', { period: 'D7' })).rejects.toMatchObject({
      code: 'SHARED_FETCH_TIMEOUT',
      message: 'Another instance of the bot is still fetching Microsoft 365 groups activity from Microsoft Graph. Try again in a few minutes.',
    });
    expect(emulator.requests.length - since).toBe(0);

    if (busy.kind === 'acquired') await busy.lease.release();
    const fetched = await service.getReport('groups', { period: 'D7' });
    offset += CACHE_TTL_MS + 1;
    await acquireLease('report-fetch/groups|copilot-v1|D7|', { store, clock, holder: 'other-instance', leaseMs: 10 * 60_000 });
    const stale = await service.getReport('groups', { period: 'D7' });
    expect(stale.meta).toEqual({ ...fetched.meta, cache: 'stale' });
  }, 60_000);
});
