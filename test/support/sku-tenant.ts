/**
 * A tenant with other subscriptions than the emulator's: a Graph-compatible server on loopback that lists
 * the SKUs a test gives it at `/v1.0/subscribedSkus` and passes every other call (reports, downloads) on to a
 * report fixture's emulator, with a report service reading it. Closed after each test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { HandlerDeps } from '../../src/commands/handler-context.js';
import type { EmulatorOptions } from '../../src/emulator/graph-emulator.js';
import { silentLogger } from '../../src/logger.js';
import { GraphClient } from '../../src/reports/graph-client.js';
import { createTokenProvider } from '../../src/reports/graph-token.js';
import { ReportService } from '../../src/reports/report-service.js';
import { startReportFixture, type ReportFixture } from './report-fixture.js';
import { scratchFolder } from './scratch-folder.js';

/** A subscribed SKU as Graph sends it, with the properties the bot selects. */
export type RawSku = {
  skuId: string;
  skuPartNumber: string;
  capabilityStatus: string;
  consumedUnits: number;
  prepaidUnits: { enabled: number; warning: number; suspended: number; lockedOut: number };
  servicePlans: { servicePlanId: string; servicePlanName: string }[];
};

/** A SKU in Graph's shape: `Warning` while units are in warning, else `Enabled`. */
export function rawSku(skuId: string, skuPartNumber: string, consumedUnits: number, prepaid: Partial<RawSku['prepaidUnits']>, plans: string[] = []): RawSku {
  return {
    skuId,
    skuPartNumber,
    capabilityStatus: prepaid.warning ? 'Warning' : 'Enabled',
    consumedUnits,
    prepaidUnits: { enabled: 0, warning: 0, suspended: 0, lockedOut: 0, ...prepaid },
    servicePlans: plans.map((servicePlanName) => ({ servicePlanId: '00000000-0000-0000-0000-000000000000', servicePlanName })),
  };
}

const servers: Server[] = [];
const services: ReportService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A fixture whose licence counts are `skus`, read with `licences` at `url`; its emulator answers every report as usual. */
export async function startSkuTenant(
  skus: readonly RawSku[],
  licences: HandlerDeps['licences'],
  emulatorOptions: EmulatorOptions = {},
): Promise<{ fixture: ReportFixture; deps: HandlerDeps; service: ReportService; url: string }> {
  const fixture = await startReportFixture({}, emulatorOptions);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/v1.0/subscribedSkus')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: skus }));
      return;
    }
    void fetch(`${fixture.emulator.url}${req.url}`, { headers: { authorization: 'Bearer test' }, redirect: 'manual' }).then(async (answer) => {
      res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const service = new ReportService({
    fetcher: new GraphClient({ baseUrl: url, tokens: createTokenProvider({ kind: 'development' }, url), clock: fixture.clock }),
    clock: fixture.clock,
    logger: silentLogger,
    sourceName: 'test tenant',
    copilotApi: 'copilot-v1',
    format: 'csv',
    cacheTtlMs: 60_000,
    csvRequestsPer10Minutes: 14,
    jsonRequestsPer10Minutes: 100,
    cacheFolder: scratchFolder(),
  });
  services.push(service);
  return { fixture, deps: { ...fixture.deps, reports: service, ...(licences ? { licences } : {}) }, service, url };
}
