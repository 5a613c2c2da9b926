/**
 * Report snapshots the shared memory bound evicts on one instance (no shared store): they wait in a
 * private file of their tenant's cache and come back from it on the next ask, with no Graph request and
 * the same card; a damaged file costs one Graph request and is logged without report data; the files
 * never outnumber the current downloads; a tenant never reads another's file.
 */
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Logger } from '../src/logger.js';
import { CacheMemoryLimit } from '../src/reports/cache-memory.js';
import type { ReportServiceOptions } from '../src/reports/report-service.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { MemoryFileArchive } from './support/memory-file-archive.js';
import { rawCopilotUsers } from './support/raw-tenant.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { scratchFolder } from './support/scratch-folder.js';
import { ask, count } from './support/table-answers.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const DAY_MS = 86_400_000;
const USERS_D30 = { period: 'D30' } as const;

const USER_DETAIL = 'getMicrosoft365CopilotUsageUserDetail';

/** Two tenants whose caches share one memory bound with room for a single snapshot; each its own data folder. */
async function twoTenants(options: Partial<ReportServiceOptions> = {}) {
  const cacheMemory = new CacheMemoryLimit(1);
  const folders = { contoso: scratchFolder(), fabrikam: scratchFolder() };
  const contoso = await startReportFixture({ ...options, cacheMemory, cacheFolder: folders.contoso }, { seed: 7, users: 400 });
  const fabrikam = await startReportFixture({ ...options, cacheMemory, cacheFolder: folders.fabrikam }, { seed: 8, users: 300 });
  return { contoso, fabrikam, folders };
}

/** The card texts of `copilot users D30` as the admin reads them. */
async function usersCard(tenant: ReportFixture): Promise<string[]> {
  const reply = await ask(tenant, 'copilot users D30');
  return visibleTexts(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' })));
}

/** The card shows the seats listed and the active users the raw rows count (read with a few lines of the test's own). */
async function expectRawCounts(card: string[], tenant: ReportFixture): Promise<void> {
  const raw = await rawCopilotUsers(tenant.emulator.url, 'D30');
  expect(raw.enabled).not.toBe(raw.active);
  const text = card.join('\n');
  expect(text).toContain(count(raw.enabled));
  expect(text).toContain(count(raw.active));
}

/** Graph requests for the user detail the tenant's emulator has seen (the test's raw reads included: count around an ask). */
const detailRequests = (tenant: ReportFixture) => tenant.emulator.requests.filter((request) => request.functionName === USER_DETAIL).length;
/** Every Graph request the tenant's emulator has seen. */
const graphRequests = (tenant: ReportFixture) => tenant.emulator.requests.filter((request) => request.kind !== 'token').length;

/** The files in the private folders of `kind` under `root`. */
async function filesOf(root: string, kind: 'snapshots' | 'reports'): Promise<string[]> {
  const folders = (await readdir(root)).filter((name) => name.startsWith(`${kind}-`));
  const files = await Promise.all(folders.map(async (folder) => (await readdir(path.join(root, folder))).map((file) => path.join(root, folder, file))));
  return files.flat();
}

/** The one snapshot file under `root`, once written (an eviction writes it in the background). */
function spilledFile(root: string): Promise<string> {
  return vi.waitFor(async () => {
    const files = await filesOf(root, 'snapshots');
    expect(files).toHaveLength(1);
    return files[0]!;
  });
}

function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, logger: { info: () => {}, error: () => {}, warn: (message, fields) => warnings.push(`${message} ${JSON.stringify(fields)}`) } };
}

describe('an evicted snapshot on one instance', () => {
  test('waits in a private file and comes back from it on the next ask: no Graph request, the same card', async () => {
    const { contoso, fabrikam, folders } = await twoTenants();
    const first = await usersCard(contoso);
    await expectRawCounts(first, contoso);
    expect(await filesOf(folders.contoso, 'snapshots')).toEqual([]);
    // Fabrikam's report takes the one place in memory: Contoso's snapshot goes to a file.
    await fabrikam.service.getReport('copilot-users', USERS_D30);
    await spilledFile(folders.contoso);

    const before = graphRequests(contoso);
    expect(await usersCard(contoso)).toEqual(first);
    expect(graphRequests(contoso)).toBe(before);
    // Back in memory, it no longer needs its file (deleted in the background); its rows file stayed all along.
    await vi.waitFor(async () => expect(await filesOf(folders.contoso, 'snapshots')).toEqual([]));
    expect(await filesOf(folders.contoso, 'reports')).toHaveLength(1);
  });

  test('asked by several at once, it is read back once and all get the same data, still with no Graph request', async () => {
    const { contoso, fabrikam } = await twoTenants();
    const kept = await contoso.service.getReport('copilot-users', USERS_D30);
    await fabrikam.service.getReport('copilot-users', USERS_D30);
    const before = graphRequests(contoso);
    const answers = await Promise.all([1, 2, 3, 4].map(() => contoso.service.getReport('copilot-users', USERS_D30)));
    expect(graphRequests(contoso)).toBe(before);
    expect(answers.map((answer) => answer.meta)).toEqual(answers.map(() => ({ ...kept.meta, cache: 'hit' })));
    // One read: every asker holds the one copy it made, equal to what was evicted.
    for (const answer of answers) expect(answer.snapshot).toBe(answers[0]!.snapshot);
    expect(answers[0]!.snapshot).not.toBe(kept.snapshot);
    expect(answers[0]!.snapshot).toEqual(kept.snapshot);
  });

  test('past the cache time it is confirmed with a 304, not downloaded again, and its rows file still gives every row', async () => {
    const { contoso, fabrikam } = await twoTenants();
    const kept = await contoso.service.getReport('copilot-users', USERS_D30);
    await fabrikam.service.getReport('copilot-users', USERS_D30);
    contoso.clock.advance(31 * 60_000);
    const raw = await rawCopilotUsers(contoso.emulator.url, 'D30');
    const downloads = () => contoso.emulator.requests.filter((request) => request.kind === 'download').length;
    const before = { downloads: downloads(), detail: detailRequests(contoso) };
    const back = await contoso.service.getReport('copilot-users', USERS_D30);
    expect(back.meta.cache).toBe('revalidated');
    expect({ downloads: downloads(), detail: detailRequests(contoso) }).toEqual({ downloads: before.downloads, detail: before.detail + 1 });
    expect(back.snapshot).toEqual(kept.snapshot);
    let rows = 0;
    for await (const _row of back.rows()) rows++;
    expect(rows).toBe(raw.enabled);
  });

  const damages: Record<string, (file: string, fabrikamFile: string, rowsFile: string) => Promise<void>> = {
    'its file is corrupt': async (file) => writeFile(file, (await readFile(file, 'utf8')).slice(0, 300)),
    'its file is missing': (file) => rm(file),
    "its file is another tenant's": (file, fabrikamFile) => copyFile(fabrikamFile, file),
    'its rows file is missing': (_file, _fabrikamFile, rowsFile) => rm(rowsFile),
  };
  for (const [damage, apply] of Object.entries(damages)) {
    test(`when ${damage}: logged without report data, and one Graph request answers correctly`, async () => {
      const { logger, warnings } = recordingLogger();
      const { contoso, fabrikam, folders } = await twoTenants({ logger });
      await contoso.service.getReport('copilot-users', USERS_D30);
      await fabrikam.service.getReport('copilot-users', USERS_D30);
      const file = await spilledFile(folders.contoso);
      const [rowsFile] = await filesOf(folders.contoso, 'reports');
      // Contoso's next report evicts Fabrikam's: Fabrikam's user detail waits in a file of its own.
      await contoso.service.getReport('activations');
      const fabrikamFile = await spilledFile(folders.fabrikam);
      await apply(file, fabrikamFile, rowsFile!);

      const before = detailRequests(contoso);
      const card = await usersCard(contoso);
      expect(detailRequests(contoso)).toBe(before + 1);
      await expectRawCounts(card, contoso);
      const logged = warnings.filter((warning) => warning.startsWith('evicted report snapshot could not be read back'));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain('copilot-users');
      // No user of either tenant is named in the log.
      for (const tenant of [contoso, fabrikam]) {
        for await (const row of (await tenant.service.getReport('copilot-users', USERS_D30)).rows()) {
          for (const warning of warnings) expect(warning).not.toContain(row.userPrincipalName);
        }
      }
    });
  }
});

describe('with report data the instances share', () => {
  test('an evicted snapshot is read back from the shared store, and no file of it is written', async () => {
    const cacheMemory = new CacheMemoryLimit(1);
    const folder = scratchFolder();
    const shared = { store: new MemoryStateStore(), archive: new MemoryFileArchive(), pollMs: 20 };
    const contoso = await startReportFixture({ cacheMemory, cacheFolder: folder, shared }, { seed: 7 });
    const fabrikam = await startReportFixture({ cacheMemory }, { seed: 8 });
    const kept = await contoso.service.getReport('copilot-users', USERS_D30);
    await fabrikam.service.getReport('copilot-users', USERS_D30);
    // Evicted, it leaves this instance's disk altogether: the shared archive has its rows.
    await vi.waitFor(async () => expect(await filesOf(folder, 'reports')).toEqual([]));
    const before = graphRequests(contoso);
    const back = await contoso.service.getReport('copilot-users', USERS_D30);
    expect(graphRequests(contoso)).toBe(before);
    expect(back.meta.cache).toBe('hit');
    expect(back.snapshot).toEqual(kept.snapshot);
    expect(await filesOf(folder, 'snapshots')).toEqual([]);
  });
});

describe('the files on disk', () => {
  test('never outnumber the current downloads: asked for eight reports over three days, a tenant keeps its cache count of rows files', async () => {
    const { contoso, fabrikam, folders } = await twoTenants({ maxCachedReports: 3 });
    const asks = ['D7', 'D30', 'D90', 'D180'].flatMap((period) => [
      { report: 'groups', params: { period } },
      { report: 'active-users', params: { period } },
    ]);
    for (let day = 0; day < 3; day++) {
      for (const { report, params } of asks) {
        await contoso.service.getReport(report, params);
        await fabrikam.service.getReport(report, params);
      }
      // The three kept (Fabrikam's last report holds the memory): each a snapshot file and its rows file.
      const kept = contoso.service.status().cached.map(({ meta }) => ({ report: meta.report, params: { period: meta.period } }));
      expect(kept).toEqual(asks.slice(-3));
      await vi.waitFor(async () => expect(await filesOf(folders.contoso, 'snapshots')).toHaveLength(3));
      expect(await filesOf(folders.contoso, 'reports')).toHaveLength(3);
      contoso.clock.advance(DAY_MS);
      fabrikam.clock.advance(DAY_MS);
    }
    // The same report asked again on a new day: its older download's files go with the new one.
    const before = await filesOf(folders.contoso, 'reports');
    const again = await contoso.service.getReport('groups', { period: 'D180' });
    expect(again.meta.cache).toBe('miss');
    // Files are deleted in the background.
    await vi.waitFor(async () => {
      const after = await filesOf(folders.contoso, 'reports');
      expect(after).toHaveLength(3);
      expect(after.filter((file) => !before.includes(file))).toHaveLength(1);
    });
    await contoso.service.close();
    expect(await filesOf(folders.contoso, 'reports')).toEqual([]);
    expect(await filesOf(folders.contoso, 'snapshots')).toEqual([]);
  });
});
