/**
 * A rule's state machine, pure: a rule fires when its figure crosses the threshold, stays quiet while
 * it stays across, resolves when it goes back, and fires again if it crosses later. The figure compared
 * is the one shown, rounded as shown (seats whole, shares and points to a tenth, money to the cent), and
 * `>` is strict, so a threshold right at the figure never fires. What the conversation was last told
 * (`announced`) decides what to post: a snoozed or paused rule is evaluated and recorded, posts nothing,
 * and once it may post again says what changed since it was last heard (a rule still firing when its
 * snooze ends posts its card then, once; one that fired and went back within the snooze posts nothing).
 */
import type { SendResult } from '../outbound/send-outcome.js';
import type { AlertBreakdown, AlertUnavailable, AlertUnit } from '../view-models.js';
import type { AlertThreshold } from './alert-command.js';
import type { AlertState } from './alert-rule.js';

/** What an evaluation found: the figure (as shown) and what it is made of, or why there is none. */
export type Measurement = { readonly figure: number; readonly breakdown: AlertBreakdown } | { readonly unavailable: AlertUnavailable };

/** How many evaluations a rule keeps: five weeks of daily data. */
const HISTORY_POINTS = 35;

const TICKS_PER_UNIT: Readonly<Record<AlertUnit, number>> = { count: 1, percent: 10, points: 10, money: 100 };

/** The amount in the steps it is shown in: whole seats, tenths of a percent or point, cents. */
function shownSteps(amount: number, unit: AlertUnit): number {
  return Math.round(amount * TICKS_PER_UNIT[unit]);
}

/** The amount rounded as it is shown. */
export function roundAsShown(amount: number, unit: AlertUnit): number {
  return shownSteps(amount, unit) / TICKS_PER_UNIT[unit];
}

/** True when the figure, as shown, is above the threshold. */
export function exceeds(figure: number, threshold: AlertThreshold): boolean {
  return shownSteps(figure, threshold.unit) > shownSteps(threshold.value, threshold.unit);
}

/** Whether the rule may post at `now`: not snoozed, not paused. */
function mayPost(state: AlertState, now: number): boolean {
  return !state.paused && !(state.snoozedUntil !== undefined && Date.parse(state.snoozedUntil) > now);
}

/** The state after evaluating the data of day `date`, and what the conversation is to be told. */
export function evaluateAlert(
  state: AlertState,
  threshold: AlertThreshold,
  measurement: Measurement,
  date: string,
  now: number,
): { readonly state: AlertState; readonly post?: 'fired' | 'resolved' } {
  const { snoozedUntil, unavailable: _unavailable, ...kept } = state;
  const stillSnoozed = snoozedUntil !== undefined && Date.parse(snoozedUntil) > now ? { snoozedUntil } : {};
  const evaluated = { ...kept, ...stillSnoozed, dataDate: date, evaluatedAt: new Date(now).toISOString() };
  if ('unavailable' in measurement) return { state: { ...evaluated, unavailable: measurement.unavailable } };
  const condition = exceeds(measurement.figure, threshold) ? 'firing' : 'quiet';
  const next: AlertState = {
    ...evaluated,
    condition,
    since: condition === state.condition && state.since !== undefined ? state.since : date,
    figure: measurement.figure,
    history: [...state.history.filter((point) => point.date < date), { date, figure: measurement.figure }].slice(-HISTORY_POINTS),
  };
  if (!mayPost(next, now) || condition === next.announced) return { state: next };
  return { state: next, post: condition === 'firing' ? 'fired' : 'resolved' };
}

/**
 * The state after posting `event`: told only when Teams took it; otherwise the failure is recorded and the
 * next evaluation tries again (the runner pauses a conversation Teams refuses or no longer knows, 403/404).
 */
export function recordPost(state: AlertState, event: 'fired' | 'resolved', result: SendResult, now: number): AlertState {
  const at = new Date(now).toISOString();
  switch (result.kind) {
    case 'delivered':
      return { ...state, announced: event === 'fired' ? 'firing' : 'quiet', lastPost: { event, outcome: 'posted', at, activityId: result.activityId } };
    case 'gone':
      return { ...state, lastPost: { event, outcome: 'gone', at, reason: result.reason } };
    case 'retryable':
    case 'refused':
      return { ...state, lastPost: { event, outcome: 'failed', at, reason: result.reason } };
  }
}
