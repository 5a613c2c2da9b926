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
import { epochDayFromIso, epochDayOf, isoFromEpochDay } from './epoch-days.js';
import { createFaultQueue } from './fault-queue.js';
import { routeDirectoryCall, type DirectoryAnswer } from './directory-routes.js';
import { codeForStatus, INSUFFICIENT_PRIVILEGES, messageForStatus, type GraphError } from './graph-error.js';
import {
  openExchange,
  resetConnection,
  sendBlobError,
  sendGraphError,
  sendText,
  writeHead,
  type Exchange,
} from './http-exchange.js';
import { parseGraphRequest, type ReportCall } from './parse-graph-request.js';
import { buildJsonPage, createReportView, generateCsvChunks } from './render-report.js';
import { computeReportEtag, matchesIfNoneMatch } from './report-etag.js';
import type { ReportContext } from './report-view.js';
import { handleScenarioRequest, SCENARIO_ROUTE, type FigureShiftRequest, type ScenarioState } from './scenario-route.js';
import { buildNextLink, decodeSkipToken, encodeSkipToken, type SkipPosition } from './skip-token.js';
import type { TenantSpec } from './synthetic-tenant.js';
import { createServedCustomers, serveTenant, switchesOf, type CustomerTenantSwitches, type ServedTenant, type TenantSwitches } from './served-tenants.js';
import { CONSENT_ROUTE, TOKEN_ROUTE } from './sign-in-endpoints.js';
import { measureChunks, writeChunks, writeTruncated } from './write-body.js';

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

/** A failure to inject into the next matching request(s). */
export type EmulatorFault = {
  /** The Graph function call, or the pre-authenticated download. */
  target: 'api' | 'download';
  /** Substring of the function name, or of a directory read's (subscribedSkus, users, users/delta, reportSettings), case-insensitive; absent = any. */
  match?: string;
  /** Answer with this status (default 500) and a Graph-shaped error body. */
  status?: number;
  /** Retry-After header value, e.g. '2' or an HTTP date. */
  retryAfter?: string;
  /** Raw body to send instead of the default error body. */
  body?: string;
  /** reset: destroy the socket; truncate: promise the whole body, send half, then cut the connection. */
  kind?: 'status' | 'reset' | 'truncate';
  /** Only requests of this customer tenant (its name); absent = any tenant's. */
  tenant?: string;
  /** How many matching requests it affects, default 1. */
  times?: number;
};

/** One request the emulator received (status 0: the connection was dropped without an answer). */
export type RecordedRequest = {
  /** `token`: a request to the token endpoint; `consent`: to the admin consent page. */
  kind: 'api' | 'download' | 'token' | 'consent';
  method: string;
  path: string;
  functionName?: string;
  hadAuthorization: boolean;
  status: number;
  /** The customer tenant the request's token was issued for, or the token endpoint was asked for; absent: the emulator's own. */
  tenant?: string;
};

export type { CustomerTenantSwitches, TenantSwitches } from './served-tenants.js';

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

// Graph's reports lag: Office data by 48 hours, Copilot data by up to 72 hours.
const OFFICE_LAG_DAYS = 2;
const COPILOT_LAG_DAYS = 3;
const DOWNLOAD_PREFIX = '/_download/';
const MAX_RECORDED_REQUESTS = 10_000;
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'application/octet-stream';

/** A body an answer would carry, generated on demand (twice for a truncated answer: once to measure). */
type PlannedBody = { readonly status: number; readonly contentType: string; chunks(): Iterable<string> };

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
  // Days the calendar was moved on by hand: refresh dates follow the clock plus these.
  let dayOffset = 0;
  const today = () => epochDayOf(clock.now()) + dayOffset;
  const links = createDownloadLinks<ReportContext>(clock, options.downloadTtlMs ?? 5 * 60 * 1000);
  const faults = createFaultQueue();
  const requests: RecordedRequest[] = [];
  let baseUrl = '';

  function refreshDayFor(call: ReportCall): number {
    if (call.date !== undefined) return epochDayFromIso(call.date);
    return today() - (call.kind.startsWith('copilot') ? COPILOT_LAG_DAYS : OFFICE_LAG_DAYS);
  }

  function csvBody(context: ReportContext): PlannedBody {
    return { status: 200, contentType: CSV_TYPE, chunks: () => generateCsvChunks(createReportView(context)) };
  }

  function jsonBody(context: ReportContext, url: URL, from: number): PlannedBody {
    return { status: 200, contentType: JSON_TYPE, chunks: () => [jsonPageText(context, url, from)] };
  }

  function jsonPageText(context: ReportContext, url: URL, from: number): string {
    const page = buildJsonPage(createReportView(context), from, pageSize);
    const nextLink =
      page.next === undefined
        ? undefined
        : buildNextLink(baseUrl, url, encodeSkipToken({ cursor: page.next, refreshDay: context.refreshDay }));
    return JSON.stringify({ ...(nextLink ? { '@odata.nextLink': nextLink } : {}), value: page.value });
  }

  async function applyFault(exchange: Exchange, fault: EmulatorFault, body: PlannedBody | undefined): Promise<void> {
    const kind = fault.kind ?? 'status';
    if (kind === 'reset' || (kind === 'truncate' && !body)) return resetConnection(exchange);
    if (kind === 'truncate' && body) {
      const total = measureChunks(body.chunks());
      writeHead(exchange, body.status, { 'Content-Type': body.contentType, 'Content-Length': total });
      return writeTruncated(exchange.res, body.chunks(), Math.floor(total / 2));
    }
    const status = fault.status ?? 500;
    const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
    if (fault.body !== undefined) {
      // A successful download with a raw body stands in for report bytes; anything else for an error body.
      const type = fault.target === 'download' && status < 300 ? CSV_TYPE : 'application/json';
      return sendText(exchange, status, type, fault.body, headers);
    }
    sendGraphError(exchange, { status, code: codeForStatus(status), message: messageForStatus(status) }, headers);
  }

  /** A directory read (licences, users, report settings), not a report: no ETag, no CSV, no report throttle. */
  function handleDirectoryRead(exchange: Exchange, name: string, answer: () => DirectoryAnswer): Promise<void> | void {
    const { req } = exchange;
    exchange.record.functionName = name;
    const fault = faults.take('api', name, exchange.record.tenant);
    if (fault) return applyFault(exchange, fault, undefined);
    if (!/^Bearer\s+\S/i.test(req.headers.authorization ?? '')) {
      return sendGraphError(exchange, { status: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    }
    if (req.method !== 'GET') {
      const message = `The method ${req.method} is not allowed; ${name} is read with GET.`;
      return sendGraphError(exchange, { status: 405, code: 'Request_BadRequest', message }, { Allow: 'GET' });
    }
    const answered = answer();
    if ('error' in answered) return sendGraphError(exchange, answered.error, answered.headers);
    sendText(exchange, 200, JSON_TYPE, answered.body, answered.headers);
  }

  async function handleApi(exchange: Exchange, url: URL, tenant: ServedTenant): Promise<void> {
    const { req, res } = exchange;
    const { spec, aggregates, workloads, throttle, shifts } = tenant;
    const { concealed, licenceAccess, directoryAccess, directoryRetryAfter } = tenant.switches;
    const prefer = String(req.headers.prefer ?? '');
    const switches = { concealed, licenceAccess, directoryAccess, directoryRetryAfter };
    // Licence counts follow the shift of the Copilot data served now, so seats and usage move on the same day.
    const extraCopilotSeats = shifts.idleSeatsOn(today() - COPILOT_LAG_DAYS);
    const directory = routeDirectoryCall(url, { spec, baseUrl, today: today(), extraCopilotSeats, ...switches, prefer });
    if (directory) return handleDirectoryRead(exchange, directory.name, directory.answer);
    const parsed = parseGraphRequest(url.pathname, url.searchParams, today());
    exchange.record.functionName = parsed.ok ? parsed.call.functionName : parsed.functionName;
    const authorization = req.headers.authorization;
    const token = /^Bearer\s+(\S.*)$/i.exec(authorization ?? '')?.[1];

    let context: ReportContext | undefined;
    let skip: SkipPosition | undefined;
    if (parsed.ok) {
      skip = parsed.call.skipToken === undefined ? undefined : decodeSkipToken(parsed.call.skipToken);
      const refreshDay = skip?.refreshDay ?? refreshDayFor(parsed.call);
      const userShifts = shifts.usersFor(refreshDay);
      context = { spec, call: parsed.call, refreshDay, concealed, aggregates, workloads, ...(userShifts ? { userShifts } : {}) };
    }

    const fault = faults.take('api', exchange.record.functionName, exchange.record.tenant);
    if (fault) {
      // A truncated answer needs the body the request would have had: JSON, or the direct CSV.
      let body: PlannedBody | undefined;
      if (context && token && context.call.format === 'json') body = jsonBody(context, url, skip?.cursor ?? 0);
      else if (context && token && context.call.surface === 'copilot') body = csvBody(context);
      return applyFault(exchange, fault, body);
    }

    if (!token) {
      const empty = authorization === undefined || /^Bearer\s*$/i.test(authorization);
      const message = empty ? 'Access token is empty.' : 'The Authorization header must read "Bearer {token}".';
      return sendGraphError(exchange, { status: 401, code: 'InvalidAuthenticationToken', message });
    }
    if (req.method !== 'GET') {
      const message = `The method ${req.method} is not allowed; report functions are read with GET.`;
      return sendGraphError(exchange, { status: 405, code: 'Request_BadRequest', message }, { Allow: 'GET' });
    }
    if (!parsed.ok) return sendGraphError(exchange, parsed.error);
    if (!context) return sendGraphError(exchange, internalError('no report context'));
    if (!tenant.switches.reportsAccess) return sendGraphError(exchange, INSUFFICIENT_PRIVILEGES);
    const { call } = context;
    if (call.skipToken !== undefined && (!skip || call.format !== 'json')) {
      const message =
        `Invalid value '${call.skipToken}' for query option '$skiptoken'. ` +
        'Use the @odata.nextLink of the previous page as is.';
      return sendGraphError(exchange, { status: 400, code: 'BadRequest', message });
    }

    const etag = computeReportEtag([
      call.functionName,
      call.surface,
      call.apiVersion,
      call.reportVersion,
      call.period,
      call.date,
      call.format,
      isoFromEpochDay(context.refreshDay),
      context.concealed,
      spec.seed,
      spec.users,
      shifts.fingerprint(context.refreshDay),
    ]);
    if (!skip && matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      writeHead(exchange, 304, { ETag: etag });
      res.end();
      return;
    }

    if (call.format === 'json') {
      await createReportView(context).prepare?.();
      const text = jsonPageText(context, url, skip?.cursor ?? 0);
      return sendText(exchange, 200, JSON_TYPE, text, skip ? {} : { ETag: etag });
    }

    if (throttleCsv) {
      const decision = throttle.admit(call.functionName.toLowerCase());
      if (!decision.admitted) {
        const seconds = decision.retryAfterSeconds;
        const message =
          `Too many requests for '${call.functionName}': at most 14 CSV requests per 10 minutes per report. ` +
          `Retry after ${seconds} seconds.`;
        const error = { status: 429, code: 'TooManyRequests', message };
        return sendGraphError(exchange, error, { 'Retry-After': String(seconds) });
      }
    }

    if (call.surface === 'copilot') {
      await createReportView(context).prepare?.();
      writeHead(exchange, 200, { 'Content-Type': CSV_TYPE, ETag: etag });
      await writeChunks(res, csvBody(context).chunks());
      return;
    }
    const location = `${baseUrl}${DOWNLOAD_PREFIX}${links.issue(context)}`;
    writeHead(exchange, 302, { 'Content-Type': 'text/plain', Location: location, ETag: etag, 'Content-Length': 0 });
    res.end();
  }

  async function handleDownload(exchange: Exchange, url: URL): Promise<void> {
    const { req, res } = exchange;
    const lookup = links.resolve(url.pathname.slice(DOWNLOAD_PREFIX.length));
    const context = lookup.state === 'unknown' ? undefined : lookup.payload;
    exchange.record.functionName = context?.call.functionName;

    const fault = faults.take('download', context?.call.functionName);
    if (fault) return applyFault(exchange, fault, lookup.state === 'valid' ? csvBody(lookup.payload) : undefined);

    if (req.headers.authorization !== undefined) {
      const message =
        'This is a pre-authenticated download URL: fetch it without an Authorization header. ' +
        'A bearer token sent to the storage host is refused (and would be leaked).';
      return sendBlobError(exchange, 400, 'InvalidAuthenticationInfo', message);
    }
    if (req.method !== 'GET') {
      const message = `The resource doesn't support the HTTP verb ${req.method}.`;
      return sendBlobError(exchange, 405, 'UnsupportedHttpVerb', message);
    }
    if (lookup.state === 'unknown') {
      const message = 'Server failed to authenticate the request. The download token is not valid.';
      return sendBlobError(exchange, 403, 'AuthenticationFailed', message);
    }
    if (lookup.state === 'expired') {
      const message =
        `Server failed to authenticate the request. Signed expiry time [${new Date(lookup.expiresAt).toUTCString()}] ` +
        `must be after current time [${new Date(clock.now()).toUTCString()}]. ` +
        'Request the report again for a new download URL.';
      return sendBlobError(exchange, 403, 'AuthenticationFailed', message);
    }
    await createReportView(lookup.payload).prepare?.();
    writeHead(exchange, 200, { 'Content-Type': CSV_TYPE });
    await writeChunks(res, csvBody(lookup.payload).chunks());
  }

  /** Answers from the tenant the request's token was issued for (the emulator's own for any other token); 401 for an expired one. */
  async function handleGraph(exchange: Exchange, url: URL): Promise<void> {
    const tenant = customers.tenantOf(exchange.req.headers.authorization) ?? own;
    if (tenant === 'expired') return sendGraphError(exchange, { status: 401, code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' });
    if (tenant.name !== undefined) exchange.record.tenant = tenant.name;
    await handleApi(exchange, url, tenant);
  }

  function scenarioState(): ScenarioState {
    return {
      today: isoFromEpochDay(today()),
      copilotRefreshDate: isoFromEpochDay(today() - COPILOT_LAG_DAYS),
      officeRefreshDate: isoFromEpochDay(today() - OFFICE_LAG_DAYS),
      dayOffset,
      shifts: own.shifts.list(),
      ...(customers.tenants.length > 0 ? { tenantShifts: Object.fromEntries(customers.tenants.map(({ name }) => [name, customers.named(name).shifts.list()])) } : {}),
    };
  }

  const control = {
    state: scenarioState,
    advanceDays: (days: number) => {
      if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`advanceDays takes a whole number of days, 0 or more; got ${days}.`);
      dayOffset += days;
      return scenarioState();
    },
    shiftFigures: async (shift: FigureShiftRequest) => {
      const { tenant, ...figures } = shift;
      const from = figures.from ?? isoFromEpochDay(today() - COPILOT_LAG_DAYS);
      await (tenant === undefined ? own : customers.named(tenant)).shifts.set({ from, idleSeats: figures.idleSeats ?? 0, adoptionDrop: figures.adoptionDrop ?? 0, neverUsed: figures.neverUsed ?? 0 });
      return scenarioState();
    },
  };

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
      else await (kind === 'download' ? handleDownload(exchange, url) : handleGraph(exchange, url));
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
    shiftFigures: control.shiftFigures,
    advanceDays: control.advanceDays,
    scenario: scenarioState,
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

function internalError(reason: string): GraphError {
  return { status: 500, code: 'InternalServerError', message: `The emulator could not answer this request: ${reason}.` };
}
