/**
 * Copilot users over time, compared like with like: the average active per day of the last whole week
 * against the first (in users and in percentage points of the enabled users), so weekends are never read
 * as a decline, beside the period's adoption (users active at least once in it). A line chart illustrates
 * the averages; the table under it states every number the chart draws, as text without a second drawing.
 */
import { shareChange } from '../reports/figures.js';
import type { ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData, ChartPoint, Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { cleanText } from './display-text.js';
import { adoptionLabel, adoptionText, shareText } from './figure-text.js';
import { reportHeader } from './report-header.js';
import { everyNthFromNewest, stepFor } from './sample-series.js';
import type { ViewContext } from './view-context.js';
import { weeklyAverages, wholeAxisMax, type DailyCounts, type WeekAverage } from './weekly-averages.js';

/** Up to this many days are listed one per row; longer periods get a row per week. */
export const DAILY_ROWS_UP_TO = 14;
/** At most this many table rows (26 weeks); longer periods are thinned further. */
export const MAX_TREND_ROWS = 26;
/** At most this many chart points: more would leave each axis label too narrow to read on a phone. */
export const MAX_CHART_POINTS = 7;

type Row = { readonly label: string; readonly axis: string; readonly enabled: number; readonly active: number };

/** The trend card data for `model`: the period's adoption, weekly averages and their change, the chart and the table it illustrates. */
export function buildCopilotTrendCard(model: ViewModels['copilot-trend'], ctx: ViewContext): CardData['copilot-trend'] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const daily = model.days.length <= DAILY_ROWS_UP_TO;
  const rows = daily ? dayRows(model.days, ctx) : weekRows(model.days, ctx);
  const drawn = everyNthFromNewest(rows, stepFor(rows.length, MAX_CHART_POINTS));
  const series = (legend: string, value: (row: Row) => number) => ({
    legend,
    values: drawn.map((row): ChartPoint => ({ x: row.axis, y: value(row) })),
  });
  return {
    header: reportHeader(t('trend.title', { period: describePeriod(model.period, messages) }), model.freshness, ctx),
    hasData: model.days.length > 0,
    emptyNote: encode(t('figure.noUsage')),
    facts: headlineFacts(model, ctx),
    note: encode(t('trend.note')),
    chart: {
      title: encode(daily ? t('trend.chartDaily') : t('trend.chartWeekly')),
      series: [series(cleanText(t('trend.legendEnabled')), (row) => row.enabled), series(cleanText(t('trend.legendActive')), (row) => row.active)],
      yMax: wholeAxisMax(Math.max(0, ...rows.map((row) => row.enabled))),
      tableTitle: encode(daily ? t('trend.tableDaily') : t('trend.tableWeekly')),
      facts: rows.map((row): Fact => ({ title: encode(row.label), value: encode(shareText(row.active, row.enabled, ctx)) })),
    },
    actions: cardActions(model.actions, messages),
  };
}

/**
 * The headline: the period's adoption; with two whole weeks or more, the average active per day of the
 * first week, of the last, and the change between them; always the newest day, with the same weekday a
 * week before when there is one.
 */
function headlineFacts(model: ViewModels['copilot-trend'], ctx: ViewContext): Fact[] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const { days, periodActive } = model;
  const last = days.at(-1);
  if (!last) return [];
  const facts: Fact[] = [];
  if (periodActive) {
    const { active, enabled } = periodActive;
    facts.push({
      title: encode(adoptionLabel(periodActive.period, ctx)),
      value: encode(t('trend.adoptionValue', { percent: adoptionText(active, enabled, ctx), active, enabled })),
    });
  }
  const weeks = weeklyAverages(days);
  const first = weeks[0];
  const latest = weeks.at(-1);
  if (first && latest && weeks.length >= 2) {
    const [before, after] = [rounded(first), rounded(latest)];
    const change = shareChange({ part: after.active, whole: after.enabled }, { part: before.active, whole: before.enabled });
    const enabledChange = after.enabled - before.enabled;
    facts.push(
      { title: encode(t('trend.averageWeek', { span: weekSpan(first, ctx) })), value: encode(shareText(before.active, before.enabled, ctx)) },
      { title: encode(t('trend.averageWeek', { span: weekSpan(latest, ctx) })), value: encode(shareText(after.active, after.enabled, ctx)) },
      {
        title: encode(t('trend.change')),
        value: encode(
          t('trend.changeValue', {
            users: format.signedNumber(change.users),
            usersSize: Math.abs(change.users),
            points: change.points !== undefined ? signedPoints(change.points, ctx) : 'none',
            enabled: format.signedNumber(enabledChange),
            enabledSize: Math.abs(enabledChange),
          }),
        ),
      },
    );
  }
  const weekBefore = days.at(-8);
  const newest = shareText(last.active, last.enabled, ctx);
  facts.push({
    title: encode(t('trend.newest', { date: format.weekdayDate(last.date) })),
    value: encode(weekBefore ? t('trend.weekBefore', { share: newest, date: format.weekdayDate(weekBefore.date), active: weekBefore.active }) : newest),
  });
  return facts;
}

/** A week's averages in whole users, as the card states them. */
function rounded(week: WeekAverage): { enabled: number; active: number } {
  return { enabled: Math.round(week.enabled), active: Math.round(week.active) };
}

/** `+1.2 pts`, `−0.4 pts`, `±0 pts`. */
function signedPoints(points: number, { format, messages }: ViewContext): string {
  const size = Math.round(Math.abs(points) * 10) / 10;
  const value = size === 0 ? '±0' : `${points > 0 ? '+' : '−'}${format.decimal(size)}`;
  return messages.t('figure.points', { value });
}

function weekSpan(week: { start: string; end: string }, { format }: ViewContext): string {
  return `${format.shortDate(week.start)}–${format.shortDate(week.end)}`;
}

function dayRows(days: readonly DailyCounts[], { format }: ViewContext): Row[] {
  return days.map((day) => ({ label: format.weekdayDate(day.date), axis: format.numericDate(day.date), enabled: day.enabled, active: day.active }));
}

/** A row per whole week (thinned to MAX_TREND_ROWS, newest always kept), averages rounded to whole users; axis labels name the year past a year. */
function weekRows(days: readonly DailyCounts[], ctx: ViewContext): Row[] {
  const weeks = weeklyAverages(days);
  const spansYears = days.length > 365;
  return everyNthFromNewest(weeks, stepFor(weeks.length, MAX_TREND_ROWS)).map((week) => ({
    label: ctx.messages.t('trend.weekRow', { span: weekSpan(week, ctx) }),
    axis: spansYears ? ctx.format.monthYear(week.end) : ctx.format.numericDate(week.end),
    ...rounded(week),
  }));
}
