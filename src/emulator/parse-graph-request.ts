/**
 * Turns a request URL into a report call, or into the error Graph would answer. Accepts both URL
 * forms Graph serves (`/{v1.0|beta}/reports/{fn}` and `/{v1.0|beta}/copilot/reports/{fn}`), function
 * names in any case, `fn`, `fn()` and `fn(k='v',date=YYYY-MM-DD)`, and `$format` written as `%24format`.
 */
import { epochDayFromIso, isoFromEpochDay } from './epoch-days.js';
import type { GraphError } from './graph-error.js';

/** The report functions the emulator serves. */
export type ReportKind =
  | 'copilotSummary'
  | 'copilotUsers'
  | 'copilotTrend'
  | 'activations'
  | 'groups'
  | 'activeUsers'
  | 'activeUserCounts'
  | 'servicesUserCounts'
  | 'teamsUsers'
  | 'teamsActivity'
  | 'emailUsers'
  | 'oneDriveAccounts'
  | 'sharePointSites'
  | 'appsUsers';

/** A validated report request. */
export type ReportCall = {
  readonly kind: ReportKind;
  /** The function name as Graph spells it. */
  readonly functionName: string;
  readonly apiVersion: 'v1.0' | 'beta';
  /** `reports`: /reports/… (legacy path for Copilot); `copilot`: /copilot/reports/…. */
  readonly surface: 'reports' | 'copilot';
  /** Copilot report version; always v1 on the legacy /reports path. */
  readonly reportVersion: 'v1' | 'v2';
  /** Upper-cased period, e.g. `D7` or `ALL`. */
  readonly period?: string;
  /** `YYYY-MM-DD` for a detail report's `date=` form. */
  readonly date?: string;
  readonly format: 'csv' | 'json';
  readonly skipToken?: string;
};

/** The parse result; `functionName` is known even for some refusals, for the request log and fault matching. */
export type ParsedRequest =
  | { readonly ok: true; readonly call: ReportCall }
  | { readonly ok: false; readonly error: GraphError; readonly functionName?: string };

/**
 * A function and what it takes: Copilot functions a period (and under /copilot/reports a version); Office
 * functions nothing, a period, or a period or a date (`quotedDate`: the page writes `date='…'`).
 */
type FunctionSpec = {
  readonly name: string;
  readonly kind: ReportKind;
  readonly copilot: boolean;
  readonly takes?: 'period' | 'period-or-date';
  readonly quotedDate?: boolean;
};

const FUNCTIONS: readonly FunctionSpec[] = [
  { name: 'getMicrosoft365CopilotUserCountSummary', kind: 'copilotSummary', copilot: true },
  { name: 'getMicrosoft365CopilotUsageUserDetail', kind: 'copilotUsers', copilot: true },
  { name: 'getMicrosoft365CopilotUserCountTrend', kind: 'copilotTrend', copilot: true },
  { name: 'getOffice365ActivationsUserCounts', kind: 'activations', copilot: false },
  { name: 'getOffice365GroupsActivityDetail', kind: 'groups', copilot: false, takes: 'period-or-date' },
  { name: 'getOffice365ActiveUserDetail', kind: 'activeUsers', copilot: false, takes: 'period-or-date' },
  { name: 'getOffice365ActiveUserCounts', kind: 'activeUserCounts', copilot: false, takes: 'period' },
  { name: 'getOffice365ServicesUserCounts', kind: 'servicesUserCounts', copilot: false, takes: 'period' },
  { name: 'getTeamsUserActivityUserDetail', kind: 'teamsUsers', copilot: false, takes: 'period-or-date' },
  { name: 'getTeamsUserActivityCounts', kind: 'teamsActivity', copilot: false, takes: 'period' },
  { name: 'getEmailActivityUserDetail', kind: 'emailUsers', copilot: false, takes: 'period-or-date' },
  { name: 'getOneDriveUsageAccountDetail', kind: 'oneDriveAccounts', copilot: false, takes: 'period-or-date' },
  { name: 'getSharePointSiteUsageDetail', kind: 'sharePointSites', copilot: false, takes: 'period-or-date' },
  { name: 'getM365AppUserDetail', kind: 'appsUsers', copilot: false, takes: 'period-or-date', quotedDate: true },
];

/** Periods of Copilot report version v1 (and the legacy /reports path). */
export const COPILOT_V1_PERIODS = ['D7', 'D30', 'D90', 'D180', 'ALL'] as const;
/** Periods of Copilot report version v2: D28 replaces D30. */
export const COPILOT_V2_PERIODS = ['D7', 'D28', 'D90', 'D180', 'ALL'] as const;
/** Periods of the Office reports (some take a `date=` instead). */
export const OFFICE_PERIODS = ['D7', 'D30', 'D90', 'D180'] as const;
/** How many days back an Office report's `date=` reaches. */
export const OFFICE_DATE_MAX_DAYS_BACK = 28;

const FORMATS = { 'text/csv': 'csv', 'application/json': 'json' } as const;

const badRequest = (message: string): GraphError => ({ status: 400, code: 'BadRequest', message });
const invalidArgument = (message: string): GraphError => ({ status: 400, code: 'InvalidArgument', message });
const notFound = (segment: string): GraphError => ({
  status: 404,
  code: 'BadRequest',
  message: `Resource not found for the segment '${segment}'.`,
  nested: true,
});

/** Looks a function name up case-insensitively. */
export function findReportFunction(name: string): FunctionSpec | undefined {
  const lower = name.toLowerCase();
  return FUNCTIONS.find((spec) => spec.name.toLowerCase() === lower);
}

type RawArgument = { readonly name: string; readonly value: string; readonly quoted: boolean };

// Splits `k='v',k2=v2` on commas outside quotes; OData doubles a quote inside a quoted value.
function splitArguments(text: string): RawArgument[] | GraphError {
  const args: RawArgument[] = [];
  if (text.trim() === '') return args;
  const pattern = /\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'((?:[^']|'')*)'|([^,']*?))\s*(?:,|$)/y;
  let offset = 0;
  while (offset < text.length) {
    pattern.lastIndex = offset;
    const match = pattern.exec(text);
    if (!match || match[0] === '') return badRequest(`Syntax error in the function parameters '(${text})'.`);
    const quoted = match[2] !== undefined;
    args.push({ name: match[1]!, value: quoted ? match[2]!.replace(/''/g, "'") : match[3]!, quoted });
    offset = pattern.lastIndex;
  }
  if (/,\s*$/.test(text)) return badRequest(`Syntax error in the function parameters '(${text})'.`);
  return args;
}

/** Parses `pathname` + `query` against the emulator's routes; `todayDay` bounds a `date=`. */
export function parseGraphRequest(pathname: string, query: URLSearchParams, todayDay: number): ParsedRequest {
  const route = /^\/([^/]+)\/(copilot\/)?reports\/([^/]+)\/?$/.exec(pathname);
  if (!route) {
    const last = pathname.split('/').filter(Boolean).pop() ?? '';
    return { ok: false, error: notFound(safeDecode(last) ?? last) };
  }
  const apiVersion = route[1];
  if (apiVersion !== 'v1.0' && apiVersion !== 'beta') {
    return { ok: false, error: badRequest(`Invalid version: ${apiVersion}. Use v1.0 or beta.`) };
  }
  const surface = route[2] ? 'copilot' : 'reports';
  const segment = safeDecode(route[3]!);
  if (segment === undefined) {
    return { ok: false, error: badRequest(`The path segment '${route[3]}' is not valid percent-encoding.`) };
  }
  const call = /^([A-Za-z0-9_.]+)(?:\((.*)\))?$/s.exec(segment);
  const spec = call ? findReportFunction(call[1]!.replace(/^microsoft\.graph\./i, '')) : undefined;
  if (!call || !spec || (surface === 'copilot' && !spec.copilot)) {
    const name = call?.[1] ?? segment;
    return { ok: false, error: notFound(name), functionName: name };
  }

  const parameters = parseParameters(spec, surface, call[2] ?? '', todayDay);
  if ('status' in parameters) return { ok: false, error: parameters, functionName: spec.name };
  const format = parseFormat(query.get('$format'), spec, surface, apiVersion);
  if (typeof format !== 'string') return { ok: false, error: format, functionName: spec.name };
  const skipToken = query.get('$skiptoken') ?? undefined;
  return {
    ok: true,
    call: {
      kind: spec.kind,
      functionName: spec.name,
      apiVersion,
      surface,
      ...parameters,
      format,
      ...(skipToken !== undefined ? { skipToken } : {}),
    },
  };
}

type Parameters = Pick<ReportCall, 'reportVersion' | 'period' | 'date'>;

// Which parameters a function takes where: Copilot functions take `version` only under /copilot/reports.
function allowedParameters(spec: FunctionSpec, surface: ReportCall['surface']): readonly string[] {
  if (spec.copilot) return surface === 'copilot' ? ['period', 'version'] : ['period'];
  return spec.takes === 'period-or-date' ? ['period', 'date'] : spec.takes === 'period' ? ['period'] : [];
}

function parseParameters(
  spec: FunctionSpec,
  surface: ReportCall['surface'],
  text: string,
  todayDay: number,
): Parameters | GraphError {
  const args = splitArguments(text);
  if (!Array.isArray(args)) return args;
  const allowed = allowedParameters(spec, surface);
  const values = new Map<string, RawArgument>();
  for (const arg of args) {
    const key = arg.name.toLowerCase();
    if (!allowed.includes(key)) {
      const expected = allowed.length === 0 ? 'It takes no parameters.' : `Allowed parameters: ${allowed.join(', ')}.`;
      return badRequest(`The parameter '${arg.name}' is not valid for function '${spec.name}'. ${expected}`);
    }
    if (values.has(key)) return badRequest(`The parameter '${arg.name}' is given more than once.`);
    values.set(key, arg);
  }

  const version = values.get('version');
  let reportVersion: 'v1' | 'v2' = surface === 'copilot' ? 'v2' : 'v1';
  if (version) {
    if (!version.quoted || (version.value !== 'v1' && version.value !== 'v2')) {
      return invalidArgument(`Invalid value '${version.value}' for parameter 'version'. Allowed values: 'v1', 'v2' (quoted).`);
    }
    reportVersion = version.value;
  }
  if (!spec.copilot) reportVersion = 'v1';

  const period = values.get('period');
  const date = values.get('date');
  if (period && date) return badRequest("Specify either the 'period' or the 'date' parameter, not both.");
  if (allowed.includes('period') && !period && !date) {
    const expected = allowed.includes('date') ? "'period' or 'date'" : "'period'";
    return badRequest(`The function '${spec.name}' requires the parameter ${expected}.`);
  }
  const parameters: Parameters = { reportVersion };
  if (period) {
    const checked = checkPeriod(period, spec, surface, reportVersion);
    return typeof checked === 'string' ? { ...parameters, period: checked } : checked;
  }
  if (date) {
    const checked = checkDate(date, todayDay, spec.quotedDate === true);
    return typeof checked === 'string' ? { ...parameters, date: checked } : checked;
  }
  return parameters;
}

function checkPeriod(
  arg: RawArgument,
  spec: FunctionSpec,
  surface: ReportCall['surface'],
  reportVersion: 'v1' | 'v2',
): string | GraphError {
  const allowed: readonly string[] = !spec.copilot
    ? OFFICE_PERIODS
    : reportVersion === 'v2'
      ? COPILOT_V2_PERIODS
      : COPILOT_V1_PERIODS;
  const list = allowed.join(', ');
  const upper = arg.value.toUpperCase();
  if (!arg.quoted) {
    return invalidArgument(
      `The value of parameter 'period' must be quoted, e.g. period='${upper || 'D7'}'; got ${arg.value}. Allowed values: ${list}.`,
    );
  }
  if (allowed.includes(upper)) return upper;
  const versionNote = spec.copilot && surface === 'copilot' ? ` for report version '${reportVersion}'` : '';
  // A v2 report asked for D30: Graph names its rolling 28-day replacement.
  const hint = spec.copilot && reportVersion === 'v2' && upper === 'D30' ? " Use 'RL28' instead." : '';
  return invalidArgument(`Invalid value '${arg.value}' for parameter 'period'${versionNote}. Allowed values: ${list}.${hint}`);
}

function checkDate(arg: RawArgument, todayDay: number, quoted: boolean): string | GraphError {
  const earliest = todayDay - OFFICE_DATE_MAX_DAYS_BACK;
  const range =
    `Allowed values: a date from ${isoFromEpochDay(earliest)} to ${isoFromEpochDay(todayDay - 1)} ` +
    `(the last ${OFFICE_DATE_MAX_DAYS_BACK} days), written YYYY-MM-DD ${quoted ? "in quotes, e.g. date='2026-01-31'" : 'without quotes'}.`;
  if (arg.quoted !== quoted) {
    const form = quoted ? 'this function takes the date in quotes' : 'a Date is written without quotes';
    return invalidArgument(`Invalid value '${arg.value}' for parameter 'date': ${form}. ${range}`);
  }
  const day = parseIsoDay(arg.value);
  if (day === undefined || day < earliest || day > todayDay - 1) {
    return invalidArgument(`Invalid value '${arg.value}' for parameter 'date'. ${range}`);
  }
  return arg.value;
}

// Without $format, Graph answers CSV for the Office reports and for v1.0 /copilot/reports, JSON otherwise.
function parseFormat(
  value: string | null,
  spec: FunctionSpec,
  surface: ReportCall['surface'],
  apiVersion: ReportCall['apiVersion'],
): ReportCall['format'] | GraphError {
  if (value === null) {
    if (surface === 'reports') return spec.copilot ? 'json' : 'csv';
    return apiVersion === 'v1.0' ? 'csv' : 'json';
  }
  const known = FORMATS[value.trim().toLowerCase() as keyof typeof FORMATS];
  if (known) return known;
  const allowed = Object.keys(FORMATS).join(', ');
  return badRequest(`Invalid value '${value}' for query option '$format'. Allowed values: ${allowed}.`);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

function parseIsoDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = epochDayFromIso(text);
  return Number.isNaN(day) || isoFromEpochDay(day) !== text ? undefined : day;
}
