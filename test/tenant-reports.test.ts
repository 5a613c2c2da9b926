import { afterEach, describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { silentLogger } from '../src/logger.js';
import { startReportStack, type ReportStack } from '../src/report-stack.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { tenantOfKey } from '../src/store/tenant-scope.js';
import { createFakeClock } from './support/fake-clock.js';
import { MemoryFileArchive } from './support/memory-file-archive.js';
import { scratchFolder } from './support/scratch-folder.js';

const NOW = '2026-11-22T09:00:00Z';
let emulator: GraphEmulator | undefined;
const stacks: ReportStack[] = [];

afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
  await emulator?.close();
  emulator = undefined;
});

async function start(shared?: { store: MemoryStateStore; archive: MemoryFileArchive }) {
  const clock = createFakeClock(NOW);
  emulator ??= await startGraphEmulator({ users: 60, clock, tenants: [{ name: 'contoso', users: 80, permissions: ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] }, { name: 'fabrikam', users: 120, permissions: ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] }] });
  const config = loadConfig({ GRAPH_BASE_URL: emulator.url, DATA_DIR: scratchFolder() });
  const stack = await startReportStack(config, silentLogger, clock, shared);
  stacks.push(stack);
  const idOf = (name: string) => emulator!.tenants.find((tenant) => tenant.name === name)!.id;
  return { stack, contoso: stack.tenants.forTenant(idOf('contoso')), fabrikam: stack.tenants.forTenant(idOf('fabrikam')), idOf };
}

const graphCalls = (tenant: string) => emulator!.requests.filter((request) => request.kind === 'api' && request.tenant === tenant);

describe('each tenant spends and is throttled on its own', () => {
  test("one tenant's spent budget and Graph's 429s for it leave the other tenant's reads alone", async () => {
    const { contoso, fabrikam } = await start();
    const day = (back: number) => addDays(NOW.slice(0, 10), -back);
    for (let back = 1; back <= 14; back++) await contoso.getReport('groups', { date: day(back) });
    await expect(contoso.getReport('groups', { date: day(15) })).rejects.toMatchObject({ code: 'BUDGET_EXHAUSTED' });
    await expect(fabrikam.getReport('groups', { date: day(15) })).resolves.toMatchObject({ meta: { cache: 'miss' } });

    emulator!.injectFault({ target: 'api', tenant: 'contoso', match: 'Activations', status: 429, retryAfter: '3600', times: 10 });
    await expect(contoso.getReport('activations')).rejects.toMatchObject({ code: 'THROTTLED' });
    await expect(fabrikam.getReport('activations')).resolves.toMatchObject({ meta: { cache: 'miss' } });
    expect(graphCalls('fabrikam').every((request) => request.status < 400)).toBe(true);
  });
});

describe('report data shared between instances, per tenant', () => {
  test("a tenant's download is shared with the other instances under that tenant's keys only; another tenant's is its own", async () => {
    const shared = { store: new MemoryStateStore(), archive: new MemoryFileArchive() };
    const first = await start(shared);
    const second = await start(shared);
    await first.contoso.getReport('copilot-summary', { period: 'D30' });
    expect(graphCalls('contoso')).toHaveLength(1);
    // The second instance answers Contoso from the shared copy: no second request to Graph.
    expect((await second.contoso.getReport('copilot-summary', { period: 'D30' })).meta.cache).toBe('hit');
    expect(graphCalls('contoso')).toHaveLength(1);
    // Fabrikam's is never Contoso's copy: it is read from Graph with Fabrikam's token.
    const fabrikam = await second.fabrikam.getReport('copilot-summary', { period: 'D30' });
    expect(fabrikam.meta.cache).toBe('miss');
    expect(graphCalls('fabrikam')).toHaveLength(1);
    const documents = await shared.store.list('report-data/');
    expect(documents.map(tenantOfKey).sort()).toEqual([first.idOf('contoso'), first.idOf('fabrikam')].sort());
    expect([...shared.archive.files.keys()].map(tenantOfKey).sort()).toEqual([first.idOf('contoso'), first.idOf('fabrikam')].sort());
    expect(await shared.store.list(`graph-budget/${first.idOf('contoso')}/`)).toHaveLength(1);
  });
});
