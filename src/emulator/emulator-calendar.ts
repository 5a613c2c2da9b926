/**
 * The emulator's calendar: today follows its clock plus the days it was moved on by hand, and the refresh
 * dates it serves lag today as Graph's reports do.
 */
import type { Clock } from '../clock.js';
import { epochDayFromIso, epochDayOf } from './epoch-days.js';
import type { ReportCall } from './parse-graph-request.js';

// Graph's reports lag: Office data by 48 hours, Copilot data by up to 72 hours.
const OFFICE_LAG_DAYS = 2;
const COPILOT_LAG_DAYS = 3;

/** Epoch days of the emulator's today and of the refresh dates it serves. */
export type EmulatorCalendar = {
  today(): number;
  copilotRefreshDay(): number;
  officeRefreshDay(): number;
  /** The day a report call is answered for: the date it names, or its kind's latest refresh date. */
  refreshDayFor(call: ReportCall): number;
  /** Days moved on by hand so far. */
  dayOffset(): number;
  /** Moves the calendar `days` (a whole number, 0 or more) on, whatever the clock says. */
  advanceDays(days: number): void;
};

/** A calendar on `clock`'s day, not yet moved on. */
export function createEmulatorCalendar(clock: Clock): EmulatorCalendar {
  let offset = 0;
  const today = () => epochDayOf(clock.now()) + offset;
  return {
    today,
    copilotRefreshDay: () => today() - COPILOT_LAG_DAYS,
    officeRefreshDay: () => today() - OFFICE_LAG_DAYS,
    refreshDayFor(call) {
      if (call.date !== undefined) return epochDayFromIso(call.date);
      return today() - (call.kind.startsWith('copilot') ? COPILOT_LAG_DAYS : OFFICE_LAG_DAYS);
    },
    dayOffset: () => offset,
    advanceDays(days) {
      if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`advanceDays takes a whole number of days, 0 or more; got ${days}.`);
      offset += days;
    },
  };
}
