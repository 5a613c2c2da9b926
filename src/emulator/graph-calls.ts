/**
 * Answers a Graph API call from the tenant its token was issued for: a directory read (licences, users,
 * report settings), or a report function with Graph's checks, ETag, JSON paging, CSV throttle and 302.
 */
import type { DownloadLinks } from './download-links.js';
import type { EmulatorCalendar } from './emulator-calendar.js';
import { isoFromEpochDay } from './epoch-days.js';
import type { FaultQueue } from './fault-queue.js';
import { applyFault } from './fault-answers.js';
import { routeDirectoryCall, type DirectoryAnswer } from './directory-routes.js';
import { INSUFFICIENT_PRIVILEGES, internalError } from './graph-error.js';
import { sendGraphError, sendText, writeHead, type Exchange } from './http-exchange.js';
import { parseGraphRequest } from './parse-graph-request.js';
import { csvBody, CSV_TYPE, JSON_TYPE, jsonBody, jsonPageText, type JsonPaging, type PlannedBody } from './report-bodies.js';
import { DOWNLOAD_PREFIX } from './report-downloads.js';
import { computeReportEtag, matchesIfNoneMatch } from './report-etag.js';
import type { ReportContext } from './report-view.js';
import { createReportView } from './render-report.js';
import type { ServedCustomers, ServedTenant } from './served-tenants.js';
import { decodeSkipToken, type SkipPosition } from './skip-token.js';
import { writeChunks } from './write-body.js';

/** What answering a Graph call reads and changes: the tenants, the calendar, download links, faults and the CSV throttle switch. */
export type GraphCallServices = {
  readonly own: ServedTenant;
  readonly customers: ServedCustomers;
  readonly calendar: EmulatorCalendar;
  readonly links: DownloadLinks<ReportContext>;
  readonly faults: FaultQueue;
  /** False: report functions answer CSV requests without the 14-per-10-minutes limit. */
  readonly throttleCsv: boolean;
  /** The emulator's base URL (known once it listens) and JSON page size. */
  paging(): JsonPaging;
};

/** Answers from the tenant the request's token was issued for (the emulator's own for any other token); 401 for an expired one. */
export async function answerGraphCall(exchange: Exchange, url: URL, services: GraphCallServices): Promise<void> {
  const tenant = services.customers.tenantOf(exchange.req.headers.authorization) ?? services.own;
  if (tenant === 'expired') return sendGraphError(exchange, { status: 401, code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' });
  if (tenant.name !== undefined) exchange.record.tenant = tenant.name;
  await answerTenantCall(exchange, url, tenant, services);
}

/** A directory read (licences, users, report settings), not a report: no ETag, no CSV, no report throttle. */
function answerDirectoryRead(exchange: Exchange, name: string, answer: () => DirectoryAnswer, faults: FaultQueue): Promise<void> | void {
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

/** A call answered from `tenant`'s data and switches: a directory read, or a report function. */
async function answerTenantCall(exchange: Exchange, url: URL, tenant: ServedTenant, services: GraphCallServices): Promise<void> {
  const { req, res } = exchange;
  const { calendar, faults, links } = services;
  const paging = services.paging();
  const { spec, aggregates, workloads, throttle, shifts } = tenant;
  const { concealed, licenceAccess, directoryAccess, directoryRetryAfter } = tenant.switches;
  const prefer = String(req.headers.prefer ?? '');
  const switches = { concealed, licenceAccess, directoryAccess, directoryRetryAfter };
  // Licence counts follow the shift of the Copilot data served now, so seats and usage move on the same day.
  const extraCopilotSeats = shifts.idleSeatsOn(calendar.copilotRefreshDay());
  const directory = routeDirectoryCall(url, { spec, baseUrl: paging.baseUrl, today: calendar.today(), extraCopilotSeats, ...switches, prefer });
  if (directory) return answerDirectoryRead(exchange, directory.name, directory.answer, faults);
  const parsed = parseGraphRequest(url.pathname, url.searchParams, calendar.today());
  exchange.record.functionName = parsed.ok ? parsed.call.functionName : parsed.functionName;
  const authorization = req.headers.authorization;
  const token = /^Bearer\s+(\S.*)$/i.exec(authorization ?? '')?.[1];

  let context: ReportContext | undefined;
  let skip: SkipPosition | undefined;
  if (parsed.ok) {
    skip = parsed.call.skipToken === undefined ? undefined : decodeSkipToken(parsed.call.skipToken);
    const refreshDay = skip?.refreshDay ?? calendar.refreshDayFor(parsed.call);
    const userShifts = shifts.usersFor(refreshDay);
    context = { spec, call: parsed.call, refreshDay, concealed, aggregates, workloads, ...(userShifts ? { userShifts } : {}) };
  }

  const fault = faults.take('api', exchange.record.functionName, exchange.record.tenant);
  if (fault) {
    // A truncated answer needs the body the request would have had: JSON, or the direct CSV.
    let body: PlannedBody | undefined;
    if (context && token && context.call.format === 'json') body = jsonBody(context, url, skip?.cursor ?? 0, paging);
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
    const text = jsonPageText(context, url, skip?.cursor ?? 0, paging);
    return sendText(exchange, 200, JSON_TYPE, text, skip ? {} : { ETag: etag });
  }

  if (services.throttleCsv) {
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
  const location = `${paging.baseUrl}${DOWNLOAD_PREFIX}${links.issue(context)}`;
  writeHead(exchange, 302, { 'Content-Type': 'text/plain', Location: location, ETag: etag, 'Content-Length': 0 });
  res.end();
}
