/**
 * The bodies report answers carry, generated on demand: a report's CSV, or one JSON page of it with the
 * `@odata.nextLink` to the next. A fault that truncates an answer needs the body the answer would have had.
 */
import { buildJsonPage, createReportView, generateCsvChunks } from './render-report.js';
import type { ReportContext } from './report-view.js';
import { buildNextLink, encodeSkipToken } from './skip-token.js';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'application/octet-stream';

/** A body an answer would carry, generated on demand (twice for a truncated answer: once to measure). */
export type PlannedBody = { readonly status: number; readonly contentType: string; chunks(): Iterable<string> };

/** Where JSON pages link to (the emulator's base URL) and how many rows each holds. */
export type JsonPaging = { readonly baseUrl: string; readonly pageSize: number };

/** The whole report as CSV. */
export function csvBody(context: ReportContext): PlannedBody {
  return { status: 200, contentType: CSV_TYPE, chunks: () => generateCsvChunks(createReportView(context)) };
}

/** The JSON page of the report starting at row `from`. */
export function jsonBody(context: ReportContext, url: URL, from: number, paging: JsonPaging): PlannedBody {
  return { status: 200, contentType: JSON_TYPE, chunks: () => [jsonPageText(context, url, from, paging)] };
}

/** The text of the JSON page starting at row `from`, with a next link while rows are left. */
export function jsonPageText(context: ReportContext, url: URL, from: number, paging: JsonPaging): string {
  const page = buildJsonPage(createReportView(context), from, paging.pageSize);
  const nextLink =
    page.next === undefined
      ? undefined
      : buildNextLink(paging.baseUrl, url, encodeSkipToken({ cursor: page.next, refreshDay: context.refreshDay }));
  return JSON.stringify({ ...(nextLink ? { '@odata.nextLink': nextLink } : {}), value: page.value });
}
