/**
 * Writes a report view as Graph does: CSV text generated lazily in chunks (so a million-row report
 * never sits in memory), or one JSON page of `value` items with the position of the next page.
 */
import { formatCsvLine, UTF8_BOM } from './csv-text.js';
import { createCopilotSummaryView, createCopilotTrendView, createCopilotUsersView } from './copilot-report-views.js';
import { createActivationsView, createGroupsView } from './office-report-views.js';
import { createActiveUserCountsView, createActiveUsersView, createServicesUserCountsView } from './active-user-report-views.js';
import { createEmailUsersView, createTeamsActivityView, createTeamsUsersView } from './activity-report-views.js';
import { createAppsUsersView } from './apps-report-view.js';
import { createOneDriveAccountsView, createSharePointSitesView } from './storage-report-views.js';
import type { ReportContext, ReportView } from './report-view.js';

/** Picks the view for the call in `context`. */
export function createReportView(context: ReportContext): ReportView {
  switch (context.call.kind) {
    case 'copilotSummary':
      return createCopilotSummaryView(context);
    case 'copilotUsers':
      return createCopilotUsersView(context);
    case 'copilotTrend':
      return createCopilotTrendView(context);
    case 'activations':
      return createActivationsView(context);
    case 'groups':
      return createGroupsView(context);
    case 'activeUsers':
      return createActiveUsersView(context);
    case 'activeUserCounts':
      return createActiveUserCountsView(context);
    case 'servicesUserCounts':
      return createServicesUserCountsView(context);
    case 'teamsUsers':
      return createTeamsUsersView(context);
    case 'teamsActivity':
      return createTeamsActivityView(context);
    case 'emailUsers':
      return createEmailUsersView(context);
    case 'oneDriveAccounts':
      return createOneDriveAccountsView(context);
    case 'sharePointSites':
      return createSharePointSitesView(context);
    case 'appsUsers':
      return createAppsUsersView(context);
  }
}

/** The CSV document (BOM, header, rows) as string chunks of roughly `chunkChars` characters. */
export function* generateCsvChunks(view: ReportView, chunkChars = 64 * 1024): Generator<string> {
  let chunk = UTF8_BOM + formatCsvLine(view.columns.map(([header]) => header));
  for (const item of view.items(0)) {
    for (const record of item.csvRecords()) {
      chunk += formatCsvLine(view.columns.map(([, key]) => record[key]));
    }
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** One JSON page: up to `pageSize` items from position `from`, and where the next page starts (if any). */
export function buildJsonPage(view: ReportView, from: number, pageSize: number): { value: unknown[]; next?: number } {
  const value: unknown[] = [];
  let next = from;
  for (const item of view.items(from)) {
    if (value.length === pageSize) return { value, next };
    value.push(item.json());
    next = item.cursor;
  }
  return { value };
}
