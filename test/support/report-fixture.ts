import { afterEach } from 'vitest';
import { startGraphEmulator, type EmulatorOptions, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { silentLogger } from '../../src/logger.js';
import type { HandlerDeps } from '../../src/commands/handler-context.js';
import { GraphClient } from '../../src/reports/graph-client.js';
import { createTokenProvider } from '../../src/reports/graph-token.js';
import { ReportService, type ReportServiceOptions } from '../../src/reports/report-service.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';
import { scratchFolder } from './scratch-folder.js';

/** The instant every report fixture starts at: reports then refresh on 2026-11-20 (Office) and 2026-11-19 (Copilot). */
export const FIXTURE_NOW = '2026-11-22T09:00:00Z';

export type ReportFixture = {
  readonly clock: FakeClock;
  readonly emulator: GraphEmulator;
  readonly service: ReportService;
  readonly deps: HandlerDeps;
};

const running: ReportFixture[] = [];

afterEach(async () => {
  for (const { service, emulator } of running.splice(0)) {
    await service.close();
    await emulator.close();
  }
});

/**
 * A real report service over HTTP on an emulator (400 users unless told otherwise) with a fake clock,
 * closed after each test. The same wiring as production, minus Entra ID.
 */
export async function startReportFixture(
  options: Partial<ReportServiceOptions> = {},
  emulatorOptions: EmulatorOptions = {},
  rowLimit = 25,
): Promise<ReportFixture> {
  const clock = createFakeClock(FIXTURE_NOW);
  const emulator = await startGraphEmulator({ users: 400, clock, ...emulatorOptions });
  const fetcher = new GraphClient({
    baseUrl: emulator.url,
    tokens: createTokenProvider({ kind: 'development' }, emulator.url),
    clock,
    random: () => 0.5,
  });
  const service = new ReportService({
    fetcher,
    clock,
    logger: silentLogger,
    sourceName: 'Graph reports emulator',
    copilotApi: 'copilot-v1',
    format: 'csv',
    cacheTtlMs: 30 * 60_000,
    csvRequestsPer10Minutes: 14,
    jsonRequestsPer10Minutes: 100,
    cacheFolder: scratchFolder(),
    ...options,
  });
  const deps: HandlerDeps = { reports: service, clock, copilotApi: options.copilotApi ?? 'copilot-v1', rowLimit };
  const fixture = { clock, emulator, service, deps };
  running.push(fixture);
  return fixture;
}
