/**
 * Day counters that follow a report's window while it streams: by period, the period ending on the
 * latest refresh date seen (so days before it need no telling apart); by date, that one day. It also
 * says whether the window moved after rows were seen, which lists kept for the earlier window cannot follow.
 */
import { createDayCounter, type DayCounter } from './day-counts.js';
import { activityWindow, periodDays, type ReportSpan } from './insights.js';

export type WindowFloor = {
  /** A counter whose floor is (and stays) the window's start; counters may be made at any time. */
  counter(): DayCounter;
  /** Tells of a row's refresh date; returns true when it moved the window after earlier rows. */
  observe(refreshDate: string): boolean;
  /** The window's first day as known now: rows last active before it are inactive; undefined before the first row. */
  readonly start: string | undefined;
};

export function createWindowFloor(span: ReportSpan): WindowFloor {
  const counters: DayCounter[] = [];
  const days = span.date === undefined ? periodDays(span.period ?? '') : undefined;
  let start = span.date;
  let latestRefresh: string | undefined;
  return {
    counter() {
      const counter = createDayCounter();
      if (start !== undefined) counter.raiseFloor(start);
      counters.push(counter);
      return counter;
    },
    observe(refreshDate) {
      if (days === undefined || (latestRefresh !== undefined && refreshDate <= latestRefresh)) return false;
      const moved = latestRefresh !== undefined;
      latestRefresh = refreshDate;
      start = activityWindow(refreshDate, days).start;
      for (const counter of counters) counter.raiseFloor(start);
      return moved;
    },
    get start() {
      return start;
    },
  };
}
