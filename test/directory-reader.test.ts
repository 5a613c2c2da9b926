/**
 * The directory reader over HTTP against the emulator: a full read, the day's cache, one read for
 * concurrent askers, delta refreshes that end where a full read of the new day ends, a full read again
 * when Graph refuses the token, the 403 naming User.Read.All, throttling, the request budget, progress
 * page by page, and one Graph read shared by the instances.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Clock } from '../src/clock.js';
import { startGraphEmulator, type EmulatorOptions, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { silentLogger } from '../src/logger.js';
import { CacheMemoryLimit } from '../src/reports/cache-memory.js';
import { DirectoryReader, type DirectoryReaderOptions } from '../src/reports/directory-reader.js';
import type { FetchProgress } from '../src/reports/fetch-progress.js';
import { GraphClient } from '../src/reports/graph-client.js';
import { createTokenProvider } from '../src/reports/graph-token.js';
import { RequestBudget, type GraphRequestBudget } from '../src/reports/request-budget.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { expectIndexToMatch } from './support/directory-expectations.js';
import { createFakeClock } from './support/fake-clock.js';
import { MemoryFileArchive } from './support/memory-file-archive.js';
import { readRawDirectory } from './support/raw-directory.js';
import { FIXTURE_NOW, startReportFixture } from './support/report-fixture.js';
import { scratchFolder } from './support/scratch-folder.js';

const DAY_MS = 86_400_000;
const TEN_MINUTES = 10 * 60_000;

const running: GraphEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function startEmulator(clock: Clock, options: EmulatorOptions = {}): Promise<GraphEmulator> {
  const emulator = await startGraphEmulator({ users: 2000, clock, ...options });
  running.push(emulator);
  return emulator;
}

function createReader(emulator: GraphEmulator, clock: Clock, options: Partial<DirectoryReaderOptions> = {}): DirectoryReader {
  const fetcher = new GraphClient({ baseUrl: emulator.url, tokens: createTokenProvider({ kind: 'development' }, emulator.url), clock, random: () => 0.5 });
  return new DirectoryReader({ fetcher, clock, logger: silentLogger, sourceName: 'Graph reports emulator', ...options });
}

async function start(options: EmulatorOptions = {}, readerOptions: Partial<DirectoryReaderOptions> = {}) {
  const clock = createFakeClock(FIXTURE_NOW);
  const emulator = await startEmulator(clock, options);
  return { clock, emulator, reader: createReader(emulator, clock, readerOptions) };
}

/** The emulator's requests since `since`, as [function, status]. */
function callsSince(emulator: GraphEmulator, since: number): [string | undefined, number][] {
  return emulator.requests.slice(since).map((request) => [request.functionName, request.status]);
}

describe('a full read', () => {
  test('takes a delta token, then reads every user 999 to a page into an index that matches Graph\'s users', async () => {
    const { emulator, reader } = await start();
    const directory = await reader.read();
    const raw = await readRawDirectory(emulator.url);
    expectIndexToMatch(directory.index, raw.values());
    expect(directory.meta).toEqual({
      source: 'Graph reports emulator',
      day: FIXTURE_NOW.slice(0, 10),
      fetchedAt: new Date(FIXTURE_NOW).toISOString(),
      users: raw.size,
      refresh: 'full',
      cache: 'miss',
    });
    const pages = Math.ceil(raw.size / 999);
    expect(callsSince(emulator, 0).slice(0, 1 + pages)).toEqual([['users/delta', 200], ...Array.from({ length: pages }, () => ['users', 200])]);
    expect(emulator.requests[1]?.path).toBe('/v1.0/users?$select=id,userPrincipalName,department,country,usageLocation,officeLocation,companyName,jobTitle,accountEnabled&$top=999');
  });

  test('is kept for the day: asked again, and by several at once, Graph is read once', async () => {
    const { emulator, reader, clock } = await start();
    const [first, second, third] = await Promise.all([reader.read(), reader.read(), reader.read()]);
    const calls = emulator.requests.length;
    expect(first.index).toBe(second.index);
    expect(third.index).toBe(first.index);
    clock.advance(12 * 3_600_000);
    const later = await reader.read();
    expect(later.meta.cache).toBe('hit');
    expect(later.index).toBe(first.index);
    expect(emulator.requests.length).toBe(calls);
    expect(calls).toBe(1 + Math.ceil(first.index.size / 999));
  });
});

describe('the next days: the delta query', () => {
  test('applies the adds, changes and removals Graph returns, ending where a full read of the new day ends', async () => {
    const { emulator, reader, clock } = await start();
    const before = await readRawDirectory(emulator.url);
    await reader.read();
    for (const days of [2, 3]) {
      clock.advance(days * DAY_MS);
      const since = emulator.requests.length;
      const directory = await reader.read();
      const after = await readRawDirectory(emulator.url);
      expect(directory.meta).toMatchObject({ refresh: 'delta', cache: 'miss', users: after.size });
      // Only the delta round went to Graph: a page or two, not the whole directory again.
      const calls = callsSince(emulator, since).slice(0, -Math.ceil(after.size / 999));
      expect(calls.every(([name, status]) => name === 'users/delta' && status === 200)).toBe(true);
      expect(calls.length).toBeLessThanOrEqual(2);
      expectIndexToMatch(directory.index, after.values());
    }
    const after = await readRawDirectory(emulator.url);
    // The days had all three kinds of change for the index to apply.
    expect([...before.keys()].some((id) => !after.has(id))).toBe(true);
    expect([...after.keys()].some((id) => !before.has(id))).toBe(true);
    expect([...after.values()].some((user) => before.has(user.id) && before.get(user.id)!.department !== user.department)).toBe(true);
  });

  test('a delta token Graph refuses (over seven days old) leads to one full read again', async () => {
    const { emulator, reader, clock } = await start();
    await reader.read();
    clock.advance(9 * DAY_MS);
    const since = emulator.requests.length;
    const directory = await reader.read();
    expect(directory.meta).toMatchObject({ refresh: 'full', cache: 'miss' });
    const raw = await readRawDirectory(emulator.url);
    expectIndexToMatch(directory.index, raw.values());
    const pages = Math.ceil(raw.size / 999);
    expect(callsSince(emulator, since).slice(0, 2 + pages)).toEqual([
      ['users/delta', 400],
      ['users/delta', 200],
      ...Array.from({ length: pages }, () => ['users', 200]),
    ]);
    // The new token works the next day.
    clock.advance(DAY_MS);
    expect((await reader.read()).meta.refresh).toBe('delta');
  });
});

describe('when Graph refuses or throttles', () => {
  test('a 403 names User.Read.All, the least-privileged application permission', async () => {
    const { reader } = await start({ directoryAccess: false });
    const error = await reader.read().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DIRECTORY_FORBIDDEN', status: 403 });
    expect((error as Error).message).toMatch(/^Microsoft Graph denied access to GET http:\/\/127\.0\.0\.1:\d+\/v1\.0\/users\/delta \(403\)\. /);
    expect((error as Error).message).toContain('needs the User.Read.All application permission (the least privileged; Directory.Read.All also grants it) with admin consent granted');
  });

  test('a 429 is retried after its Retry-After; throttled for good, yesterday\'s directory is served as stale, and with none the error says so', async () => {
    const { emulator, reader, clock } = await start();
    emulator.injectFault({ target: 'api', match: 'users', status: 429, retryAfter: '5' });
    const first = await reader.read();
    expect(clock.sleeps).toContain(5_000);
    expect(first.meta.cache).toBe('miss');
    clock.advance(DAY_MS);
    emulator.setDirectoryThrottled(120);
    const stale = await reader.read();
    expect(stale.meta).toEqual({ ...first.meta, cache: 'stale' });
    expect(stale.index).toBe(first.index);

    const fresh = await start();
    fresh.emulator.setDirectoryThrottled(120);
    await expect(fresh.reader.read()).rejects.toMatchObject({ code: 'THROTTLED', status: 429 });
  });
});

describe('the request budget', () => {
  test('a read paces itself to the budget; a refresh with none left is refused at once, serving yesterday\'s directory when there is one', async () => {
    const clock = createFakeClock(FIXTURE_NOW);
    const emulator = await startEmulator(clock);
    const inner = new RequestBudget(clock, 2, TEN_MINUTES);
    const spentAt: number[] = [];
    const budget: GraphRequestBudget = {
      spend(key) {
        inner.spend(key);
        spentAt.push(clock.now());
      },
      usage: (key) => inner.usage(key),
    };
    const reader = createReader(emulator, clock, { budget });
    inner.spend('directory users');
    inner.spend('directory users');
    await expect(reader.read()).rejects.toMatchObject({ code: 'BUDGET_EXHAUSTED' });
    expect(emulator.requests).toHaveLength(0);

    clock.advance(TEN_MINUTES);
    const directory = await reader.read();
    const requests = 1 + Math.ceil(directory.index.size / 999);
    expect(spentAt).toHaveLength(requests);
    // Never more than two requests in any ten minutes.
    for (let index = 2; index < spentAt.length; index++) expect(spentAt[index]! - spentAt[index - 2]!).toBeGreaterThanOrEqual(TEN_MINUTES);
    expectIndexToMatch(directory.index, (await readRawDirectory(emulator.url)).values());

    clock.advance(DAY_MS);
    inner.spend('directory users');
    inner.spend('directory users');
    const stale = await reader.read();
    expect(stale.meta.cache).toBe('stale');
    expect(reader.budgetUsage()).toMatchObject({ key: 'directory users', used: 2, limit: 2 });
  });
});

describe('progress', () => {
  test('a read inside observeFetches tells the listener page by page how many users it has read', async () => {
    const fixture = await startReportFixture({}, { users: 2500 });
    const told: FetchProgress[] = [];
    const directory = await fixture.service.observeFetches((progress) => told.push(progress), () => fixture.service.getDirectory());
    expect(told[0]).toMatchObject({ report: 'directory-users', phase: 'requesting', rows: 0 });
    const pages = told.filter((progress) => progress.phase === 'downloading' && progress.rows > 0).map((progress) => progress.rows);
    expect(pages).toEqual([999, 1998, directory.index.size]);
    expect(told.every((progress) => progress.title === 'the directory (department, country and office of every user)')).toBe(true);
    // Read today already: asked again, nothing is fetched and the listener hears nothing.
    const again: FetchProgress[] = [];
    await fixture.service.observeFetches((progress) => again.push(progress), () => fixture.service.getDirectory());
    expect(again).toEqual([]);
    expect(fixture.service.status().budgets).toContainEqual(expect.objectContaining({ key: 'directory users', used: 1 + pages.length, limit: 3000 }));
  });
});

describe('shared between instances', () => {
  // Wall-clock time moved to the fixture's day, so leases and polling run as in production.
  let offset = Date.parse(FIXTURE_NOW) - Date.now();
  const clock: Clock = { now: () => Date.now() + offset, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

  test('one instance reads Graph while the other waits for its copy; the next day either one refreshes from the shared deltaLink', async () => {
    offset = Date.parse(FIXTURE_NOW) - Date.now();
    const emulator = await startEmulator(clock);
    const shared = { store: new MemoryStateStore(), archive: new MemoryFileArchive(), pollMs: 10 };
    const first = createReader(emulator, clock, { shared });
    const second = createReader(emulator, clock, { shared });
    const [a, b] = await Promise.all([first.read(), second.read()]);
    expect([a.meta.cache, b.meta.cache].sort()).toEqual(['hit', 'miss']);
    const raw = await readRawDirectory(emulator.url);
    expectIndexToMatch(b.index, raw.values());
    expectIndexToMatch(a.index, raw.values());
    expect(callsSince(emulator, 0).filter(([name]) => name === 'users/delta')).toHaveLength(1);
    expect(shared.archive.files.size).toBe(1);

    offset += DAY_MS;
    const since = emulator.requests.length;
    const refreshed = await second.read();
    expect(refreshed.meta).toMatchObject({ refresh: 'delta', cache: 'miss' });
    const adopted = await first.read();
    expect(adopted.meta).toMatchObject({ refresh: 'delta', cache: 'hit', day: refreshed.meta.day });
    const after = await readRawDirectory(emulator.url);
    expectIndexToMatch(adopted.index, after.values());
    const graphCalls = callsSince(emulator, since).slice(0, -Math.ceil(after.size / 999));
    expect(graphCalls.every(([name]) => name === 'users/delta')).toBe(true);
    expect(graphCalls.length).toBeLessThanOrEqual(2);
    // A new index file joins the one it replaces (kept for readers still loading it); older ones are deleted.
    const firstFile = [...shared.archive.files.keys()].find((name) => name.includes(FIXTURE_NOW.slice(0, 10)));
    expect(shared.archive.files.size).toBe(2);
    offset += DAY_MS;
    expect((await first.read()).meta).toMatchObject({ refresh: 'delta', cache: 'miss' });
    expect(shared.archive.files.size).toBe(2);
    expect(shared.archive.files.has(firstFile!)).toBe(false);
  }, 30_000);
});

describe("under the memory bound every tenant's caches share", () => {
  test("a directory evicted by another tenant's goes to a file and comes back from it, with no Graph request; the next day's delta starts from it", async () => {
    const clock = createFakeClock(FIXTURE_NOW);
    const contosoGraph = await startEmulator(clock, { seed: 7 });
    const fabrikamGraph = await startEmulator(clock, { seed: 8, users: 1500 });
    const folder = scratchFolder();
    // Room for one of the two indexes (2,000 users take about 80 kB, 1,500 about 55 kB), not both.
    const cacheMemory = new CacheMemoryLimit(100_000);
    const contoso = createReader(contosoGraph, clock, { cacheMemory, cacheFolder: folder });
    const fabrikam = createReader(fabrikamGraph, clock, { cacheMemory, cacheFolder: folder });
    expect(cacheMemory.bytes).toBe(0);
    const first = await contoso.read();
    expect(cacheMemory.bytes).toBe(first.index.byteSize());
    // Fabrikam's directory is read: Contoso's, the least recently used, leaves memory for a file.
    const other = await fabrikam.read();
    expect(cacheMemory.bytes).toBe(other.index.byteSize());

    const since = contosoGraph.requests.length;
    const back = await contoso.read();
    expect(back.meta.cache).toBe('hit');
    expect(contosoGraph.requests.length).toBe(since);
    expectIndexToMatch(back.index, (await readRawDirectory(contosoGraph.url)).values());

    clock.advance(DAY_MS);
    await fabrikam.read();
    const before = contosoGraph.requests.length;
    const refreshed = await contoso.read();
    expect(refreshed.meta).toMatchObject({ refresh: 'delta', cache: 'miss' });
    const after = await readRawDirectory(contosoGraph.url);
    expectIndexToMatch(refreshed.index, after.values());
    const graphCalls = callsSince(contosoGraph, before).slice(0, -Math.ceil(after.size / 999));
    expect(graphCalls.every(([name]) => name === 'users/delta')).toBe(true);
    await Promise.all([contoso.close(), fabrikam.close()]);
    expect(cacheMemory.bytes).toBe(0);
  });
});
