/**
 * Validates a report request against the catalog and builds the Graph URLs for it. This is the one
 * place that knows how report parameters are spelled in Graph's function syntax and which API path a
 * report lives on, so bad input is refused here with the allowed values, before any request is made.
 */
import { addDays, daysBetween } from '../clock.js';
import { REPORT_IDS, REPORTS, isReportId, type PeriodSpec, type ReportDefinition, type ReportId } from './catalog.js';
import { toCalendarDate } from './column-values.js';
import { phrase } from '../i18n/message-types.js';
import { ReportRequestError } from './report-errors.js';

/**
 * Where Copilot reports are read: `/v1.0/copilot/reports` with `version='v1'` (periods D7/D30/…) or
 * `version='v2'` (D28 instead of D30, extra columns), or the legacy `/beta/reports` path (v1 columns).
 */
export type CopilotReportApi = 'copilot-v1' | 'copilot-v2' | 'legacy-beta';
export const COPILOT_REPORT_APIS: readonly CopilotReportApi[] = ['copilot-v1', 'copilot-v2', 'legacy-beta'];

export type ReportParams = { readonly period?: string; readonly date?: string };

export type ResolvedReportRequest<Id extends ReportId = ReportId> = {
  readonly id: Id;
  readonly definition: ReportDefinition;
  readonly period?: string;
  readonly date?: string;
  readonly version?: 'v1' | 'v2';
  /** Path and query for the CSV form, relative to the Graph base URL. */
  readonly csvPath: string;
  readonly jsonPath: string;
  /** Identifies this exact request: cache and single-flight key. */
  readonly key: string;
};

export type RequestContext = { readonly copilotApi: CopilotReportApi; readonly today: string };

export function resolveReportRequest<Id extends ReportId>(
  id: Id,
  params: ReportParams,
  context: RequestContext,
): ResolvedReportRequest<Id>;
export function resolveReportRequest(id: string, params: ReportParams, context: RequestContext): ResolvedReportRequest;
export function resolveReportRequest(id: string, params: ReportParams, context: RequestContext): ResolvedReportRequest {
  if (!isReportId(id)) {
    throw new ReportRequestError('UNKNOWN_REPORT', phrase('reportError.unknownReport', { id, reports: REPORT_IDS.join(', ') }));
  }
  const definition: ReportDefinition = REPORTS[id];
  const version = definition.family === 'copilot' ? copilotVersion(context.copilotApi) : undefined;
  const { period, date } = resolveParameters(definition, params, version ?? 'v1', context.today);

  const quote = definition.date?.quoted ? "'" : '';
  const args = period !== undefined ? [`period='${period}'`] : date !== undefined ? [`date=${quote}${date}${quote}`] : [];
  let csvPath: string;
  let jsonPath: string;
  if (definition.family === 'copilot' && context.copilotApi !== 'legacy-beta') {
    const call = `/v1.0/copilot/reports/${definition.graphFunction}(${[...args, `version='${version}'`].join(',')})`;
    csvPath = `${call}?$format=text/csv`;
    jsonPath = `${call}?$format=application/json`;
  } else {
    const call = `/reports/${definition.graphFunction}${args.length > 0 ? `(${args.join(',')})` : ''}`;
    // Legacy Copilot reports exist only on beta; Office reports answer JSON on beta, a few on v1.0 too.
    csvPath = `${definition.family === 'copilot' ? '/beta' : '/v1.0'}${call}?$format=text/csv`;
    jsonPath = `/${definition.jsonApiVersion ?? 'beta'}${call}?$format=application/json`;
  }
  const key = [id, context.copilotApi, period ?? '', date ?? ''].join('|');
  return { id, definition, period, date, version, csvPath, jsonPath, key };
}

/** The Copilot report version `api` reads. */
export function copilotVersion(api: CopilotReportApi): 'v1' | 'v2' {
  return api === 'copilot-v2' ? 'v2' : 'v1';
}

/** The periods a report accepts under the configured Copilot report version. */
export function allowedPeriods(definition: ReportDefinition, version: 'v1' | 'v2' = 'v1'): readonly string[] {
  if (!definition.period) return [];
  return version === 'v2' ? (definition.period.v2Values ?? definition.period.values) : definition.period.values;
}

function defaultPeriod(spec: PeriodSpec, version: 'v1' | 'v2'): string {
  return version === 'v2' ? (spec.v2DefaultValue ?? spec.defaultValue) : spec.defaultValue;
}

function resolveParameters(
  definition: ReportDefinition,
  params: ReportParams,
  version: 'v1' | 'v2',
  today: string,
): { period?: string; date?: string } {
  const period = params.period?.trim();
  const date = params.date?.trim();
  if (period && date) {
    throw new ReportRequestError('UNSUPPORTED_PARAMETER', phrase('reportError.periodAndDate', { report: definition.id }));
  }
  if (!definition.period && !definition.date && (period || date)) {
    throw new ReportRequestError('UNSUPPORTED_PARAMETER', phrase('reportError.noParameter', { report: definition.id }));
  }
  if (date) return { date: resolveDate(definition, date, today) };
  if (!definition.period) return {};
  if (!period) return { period: defaultPeriod(definition.period, version) };

  const allowed = allowedPeriods(definition, version);
  const normalized = period.toUpperCase();
  if (allowed.includes(normalized)) return { period: normalized };
  const hint = version === 'v2' && normalized === 'D30' ? 'v2' : version === 'v1' && normalized === 'D28' ? 'v1' : 'none';
  throw new ReportRequestError(
    'BAD_PERIOD',
    phrase('reportError.badPeriod', { report: definition.title, period, allowed: allowed.join(', '), date: definition.date ? 'yes' : 'no', hint }),
  );
}

function resolveDate(definition: ReportDefinition, text: string, today: string): string {
  if (!definition.date) {
    const allowed = allowedPeriods(definition).join(', ');
    throw new ReportRequestError('UNSUPPORTED_PARAMETER', phrase('reportError.noDate', { report: definition.id, periods: allowed }));
  }
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? toCalendarDate(text) : undefined;
  if (!date) throw new ReportRequestError('BAD_DATE', phrase('reportError.badDate', { date: text, today }));
  const back = daysBetween(date, today);
  const earliest = addDays(today, -definition.date.maxDaysBack);
  if (back < 0 || back > definition.date.maxDaysBack) {
    throw new ReportRequestError(
      'DATE_OUT_OF_RANGE',
      phrase('reportError.dateOutOfRange', { date, when: back < 0 ? 'future' : 'past', back, report: definition.id, days: definition.date.maxDaysBack, earliest, today }),
    );
  }
  return date;
}
