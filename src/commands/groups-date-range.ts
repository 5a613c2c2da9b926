/**
 * The days `groups YYYY-MM-DD` can ask for, checked before Graph is asked: Graph keeps the groups
 * report by day for 28 days back from today, and has nothing newer than the report's refresh date.
 */
import { addDays } from '../clock.js';
import { REPORTS } from '../reports/catalog.js';
import { phrase } from '../i18n/message-types.js';
import { ReportRequestError } from '../reports/report-errors.js';
import type { ReportService } from '../reports/report-service.js';

/** Office reports lag up to 2 days (Graph's documented lag), the newest day when no refresh date is known yet. */
const OFFICE_LAG_DAYS = 2;

export type DateRange = { readonly earliest: string; readonly latest: string };

/** The range for `today`: the newest refresh date of a cached groups report, else today minus the documented lag. */
export function groupsDateRange(today: string, reports: Pick<ReportService, 'status'>): DateRange {
  const refreshDates = reports
    .status()
    .cached.filter(({ meta }) => meta.report === 'groups' && meta.refreshDate !== undefined)
    .map(({ meta }) => meta.refreshDate!);
  const newest = refreshDates.sort().at(-1);
  const latest = newest ?? addDays(today, -OFFICE_LAG_DAYS);
  return { earliest: addDays(today, -REPORTS.groups.date.maxDaysBack), latest: latest < today ? latest : addDays(today, -1) };
}

/** Throws DATE_OUT_OF_RANGE, naming the range in the admin's terms, when `date` is outside it. */
export function checkGroupsDate(date: string, range: DateRange): void {
  if (date >= range.earliest && date <= range.latest) return;
  const { earliest, latest } = range;
  throw new ReportRequestError(
    'DATE_OUT_OF_RANGE',
    date > latest
      ? phrase('reportError.groupsDateTooNew', { date, earliest, latest })
      : phrase('reportError.groupsDateTooOld', { date, days: REPORTS.groups.date.maxDaysBack, earliest, latest }),
  );
}
