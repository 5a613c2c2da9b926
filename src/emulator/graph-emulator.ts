/**
 * The built-in Microsoft Graph reports emulator: an HTTP server on loopback that answers the usage
 * report functions the bot reads (Copilot, activations, groups, and the workload reports: active users,
 * Teams, email, OneDrive, SharePoint, Microsoft 365 Apps) the way Graph's documented contract says (302 to a
 * pre-authenticated download, direct CSV on /copilot/reports, JSON paging, ETags, throttling, Graph
 * error bodies), and the directory reads beside them (licences, users and their delta, report
 * settings), over a deterministic synthetic tenant. It is the product's data source when no
 * tenant credentials are configured, and the fake server every test talks to. Customer tenants of other
 * sizes and data can be served beside its own (`tenants`): each Graph request is answered from the
 * tenant its bearer token was issued for at the emulator's token endpoint (sign-in-endpoints.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../clock.js';
import { createDownloadLinks } from './download-links.js';
import type { EmulatedTenant, EmulatedTenantSpec } from './emulated-tenants.js';
import { createEmulatorCalendar } from './emulator-calendar.js';
import { createFaultQueue, type EmulatorFault } from './fault-queue.js';
import { answerGraphCall, type GraphCallServices } from './graph-calls.js';
import { internalError } from './graph-error.js';
import { openExchange, sendGraphError, type RecordedRequest } from './http-exchange.js';
import { answerDownload, DOWNLOAD_PREFIX } from './report-downloads.js';
import type { ReportContext } from './report-view.js';
import { createScenarioControl } from './scenario-control.js';
import { handleScenarioRequest, SCENARIO_ROUTE, type FigureShiftRequest, type ScenarioState } from './scenario-route.js';
import type { TenantSpec } from './synthetic-tenant.js';
import { createServedCustomers, serveTenant, switchesOf, type CustomerTenantSwitches, type TenantSwitches } from './served-tenants.js';
import { CONSENT_ROUTE, TOKEN_ROUTE } from './sign-in-endpoints.js';

/** How to start an emulator; every field has a default. */
export type EmulatorOptions = {
  /** Tenant size, default 2000; users are generated on demand, so 1,000,000 works. */
  users?: number;
  /** Default 42; same seed + size + clock day give byte-identical reports. */
  seed?: number;
  /** Default: the system clock. Refresh dates, link expiry and throttling follow it. */
  clock?: Clock;
  /** Default 0 (a free port); the server always binds 127.0.0.1. */
  port?: number;
  /** Default false: report identities are shown in clear. */
  concealed?: boolean;
  /** Default true: 14 CSV requests per 10 minutes per report function, then 429 with Retry-After. */
  throttle?: boolean;
  /** Default 5 minutes (emulator clock): lifetime of a pre-authenticated download link. */
  downloadTtlMs?: number;
  /** JSON page size, default 200. */
  pageSize?: number;
  /** Default true; false: `/subscribedSkus` answers 403 as for an app without LicenseAssignment.Read.All. */
  licenceAccess?: boolean;
  /** Default true; false: `/users` and `/users/delta` answer 403 as for an app without User.Read.All. */
  directoryAccess?: boolean;
  /** Customer tenants served beside the emulator's own, each reached with tokens from the token endpoint. */
  tenants?: readonly EmulatedTenantSpec[];
};

export type { CustomerTenantSwitches, TenantSwitches } from './served-tenants.js';
export type { EmulatorFault } from './fault-queue.js';
export type { RecordedRequest } from './http-exchange.js';

/** A running emulator; its switches are those of its own tenant. */
export type GraphEmulator = TenantSwitches & {
  /** Base URL, e.g. http://127.0.0.1:41234; append /v1.0/reports/… or /beta/copilot/reports/…. */
  readonly url: string;
  /** The last 10,000 requests, in arrival order, for tests to count Graph calls against downloads. */
  readonly requests: readonly RecordedRequest[];
  /** The customer tenants served beside its own, with the ids and seeds their names give them. */
  readonly tenants: readonly EmulatedTenant[];
  /** The switches of the customer tenant named `name`. */
  tenant(name: string): CustomerTenantSwitches;
  /** The 429 switch of `/users` and `/users/delta`: while set, they answer 429 with this Retry-After (seconds). */
  setDirectoryThrottled(retryAfterSeconds: number | undefined): void;
  injectFault(fault: EmulatorFault): void;
  clearFaults(): void;
  /**
   * Moves the tenant's figures from a Copilot report day on (`from`, default the Copilot refresh date served
   * now): idle Copilot seats, an adoption drop in points, never-used seats; figures left out are not shifted.
   * `tenant` names a customer tenant to shift instead of the emulator's own.
   * Also on `POST /_emulator/scenario`.
   */
  shiftFigures(shift: FigureShiftRequest): Promise<ScenarioState>;
  /** Moves the emulator's calendar `days` days on (its refresh dates follow), whatever its clock says. */
  advanceDays(days: number): ScenarioState;
  /** The emulator's day, the refresh dates it serves and the shifts of its figures. */
  scenario(): ScenarioState;
  close(): Promise<void>;
};

const MAX_RECORDED_REQUESTS = 10_000;

/** Starts an emulator on 127.0.0.1 and resolves once it listens. */
export async function startGraphEmulator(options: EmulatorOptions = {}): Promise<GraphEmulator> {
  const spec: TenantSpec = { seed: options.seed ?? 42, users: options.users ?? 2000 };
  const pageSize = options.pageSize ?? 200;
  requirePositiveInteger('users', spec.users);
  requirePositiveInteger('pageSize', pageSize);
  if (!Number.isInteger(spec.seed)) throw new RangeError(`EmulatorOptions.seed must be an integer, got ${spec.seed}`);
  const clock = options.clock ?? systemClock;
  const throttleCsv = options.throttle ?? true;
  const own = serveTenant(spec, clock, {
    concealed: options.concealed ?? false,
    licenceAccess: options.licenceAccess ?? true,
    directoryAccess: options.directoryAccess ?? true,
    reportsAccess: true,
    directoryRetryAfter: undefined,
    consented: true,
  });
  const customers = createServedCustomers(options.tenants ?? [], clock);
  const calendar = createEmulatorCalendar(clock);
  const links = createDownloadLinks<ReportContext>(clock, options.downloadTtlMs ?? 5 * 60 * 1000);
  const faults = createFaultQueue();
  const requests: RecordedRequest[] = [];
  let baseUrl = '';
  const services: GraphCallServices = { own, customers, calendar, links, faults, throttleCsv, paging: () => ({ baseUrl, pageSize }) };
  const control = createScenarioControl(calendar, own, customers);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The control route is not Graph: it is neither recorded nor subject to faults.
    if (url.pathname === SCENARIO_ROUTE) {
      await handleScenarioRequest(req, res, control).catch(() => res.destroy());
      return;
    }
    const tokenRequest = TOKEN_ROUTE.exec(url.pathname);
    const consentRequest = CONSENT_ROUTE.exec(url.pathname);
    const kind = url.pathname.startsWith(DOWNLOAD_PREFIX) ? 'download' : 'api';
    const record: RecordedRequest = {
      kind,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      hadAuthorization: req.headers.authorization !== undefined,
      status: 0,
    };
    requests.push(record);
    // The emulator also runs for weeks inside the bot: keep the recent history only.
    if (requests.length > MAX_RECORDED_REQUESTS) requests.splice(0, requests.length - MAX_RECORDED_REQUESTS);
    const exchange = openExchange(req, res, record, clock.now());
    try {
      if (tokenRequest) await customers.tokens.answer(exchange, decodeURIComponent(tokenRequest[1]!));
      else if (consentRequest) customers.tokens.consent(exchange, decodeURIComponent(consentRequest[1]!));
      else await (kind === 'download' ? answerDownload(exchange, url, links, faults, clock) : answerGraphCall(exchange, url, services));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendGraphError(exchange, internalError(reason));
      else res.destroy(error instanceof Error ? error : new Error(reason));
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    tenants: customers.tenants,
    ...switchesOf(own),
    tenant: (name) => customers.switchesOf(name),
    setDirectoryThrottled(retryAfterSeconds) {
      own.switches.directoryRetryAfter = retryAfterSeconds;
    },
    injectFault(fault) {
      faults.add(fault);
    },
    clearFaults() {
      faults.clear();
    },
    shiftFigures: (shift) => control.shiftFigures(shift),
    advanceDays: (days) => control.advanceDays(days),
    scenario: () => control.state(),
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`EmulatorOptions.${name} must be a positive integer, got ${value}`);
  }
}
