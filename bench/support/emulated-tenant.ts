/**
 * What the large benchmarks share: a report service over an in-process emulator of the given size
 * (wall clock, throttling off), and a heap sampler that reads the heap after GC every 250 ms.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../src/clock.js';
import { startGraphEmulator, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { silentLogger } from '../../src/logger.js';
import { GraphClient } from '../../src/reports/graph-client.js';
import { createTokenProvider } from '../../src/reports/graph-token.js';
import { ReportService } from '../../src/reports/report-service.js';

export const wallClock: Clock = { now: () => Date.now(), sleep: (ms) => delay(ms) };

export type EmulatedTenant = { readonly emulator: GraphEmulator; readonly service: ReportService; close(): Promise<void> };

export async function startEmulatedTenant(users: number): Promise<EmulatedTenant> {
  const emulator = await startGraphEmulator({ users, throttle: false });
  const service = new ReportService({
    fetcher: new GraphClient({ baseUrl: emulator.url, tokens: createTokenProvider({ kind: 'development' }, emulator.url) }),
    clock: wallClock,
    logger: silentLogger,
    sourceName: 'Graph reports emulator',
    copilotApi: 'copilot-v1',
    format: 'csv',
    cacheTtlMs: 10 * 60_000,
    csvRequestsPer10Minutes: 14,
    jsonRequestsPer10Minutes: 100,
  });
  return {
    emulator,
    service,
    async close() {
      await service.close();
      await emulator.close();
    },
  };
}

/** Samples the heap (after GC, so run with --expose-gc) until stopped; `peak()` is the highest seen so far. */
export function sampleHeapPeak(): { peak(): number; stop(): void } {
  let peak = 0;
  const timer = setInterval(() => {
    globalThis.gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}
