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
import { adoptionLabel, shareText } from './figure-text.js';
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
  const { format, encode } = ctx;
  const daily = model.days.length <= DAILY_ROWS_UP_TO;
  const rows = daily ? dayRows(model.days, ctx) : weekRows(model.days, ctx);
  const drawn = everyNthFromNewest(rows, stepFor(rows.length, MAX_CHART_POINTS));
  const series = (legend: string, value: (row: Row) => number) => ({
    legend,
    values: drawn.map((row): ChartPoint => ({ x: row.axis, y: value(row) })),
  });
  const unit = daily ? 'active per day' : 'average active per day, a week per row';
  return {
    header: reportHeader(`Copilot trend · ${describePeriod(model.period)}`, model.freshness, ctx),
    hasData: model.days.length > 0,
    emptyNote: encode('Microsoft has no Copilot usage for this period yet.'),
    facts: headlineFacts(model, ctx),
    note: encode(
      'Adoption counts the users active at least once in the period; the average active per day counts those active on a day, ' +
        'so it is always the smaller figure.',
    ),
    chart: {
      title: encode(daily ? 'Enabled and active users per day' : 'Enabled users and average active per day, by week'),
      series: [series('Enabled', (row) => row.enabled), series('Active', (row) => row.active)],
      yMax: wholeAxisMax(Math.max(0, ...rows.map((row) => row.enabled))),
      tableTitle: encode(`Active of enabled users, ${unit}`),
      facts: rows.map((row): Fact => ({ title: encode(row.label), value: encode(shareText(row.active, row.enabled, format)) })),
    },
    actions: cardActions(model.actions),
  };
}

/**
 * The headline: the period's adoption; with two whole weeks or more, the average active per day of the
 * first week, of the last, and the change between them; always the newest day, with the same weekday a
 * week before when there is one.
 */
function headlineFacts(model: ViewModels['copilot-trend'], ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const { days, periodActive } = model;
  const last = days.at(-1);
  if (!last) return [];
  const facts: Fact[] = [];
  if (periodActive) {
    facts.push({
      title: encode(adoptionLabel(periodActive.period)),
      value: encode(`${shareText(periodActive.active, periodActive.enabled, format)} enabled users active at least once`),
    });
  }
  const weeks = weeklyAverages(days);
  const first = weeks[0];
  const latest = weeks.at(-1);
  if (first && latest && weeks.length >= 2) {
    const [before, after] = [rounded(first), rounded(latest)];
    const change = shareChange({ part: after.active, whole: after.enabled }, { part: before.active, whole: before.enabled });
    const points = change.points !== undefined ? ` · ${signedPoints(change.points, ctx)} of the enabled users` : '';
    facts.push(
      { title: encode(`Average active per day, ${weekSpan(first, ctx)}`), value: encode(shareText(before.active, before.enabled, format)) },
      { title: encode(`Average active per day, ${weekSpan(latest, ctx)}`), value: encode(shareText(after.active, after.enabled, format)) },
      {
        title: encode('Change in the average active per day'),
        value: encode(`${format.signedNumber(change.users)} users${points} · ${format.signedNumber(after.enabled - before.enabled)} enabled users`),
      },
    );
  }
  const weekBefore = days.at(-8);
  const newest = shareText(last.active, last.enabled, format);
  facts.push({
    title: encode(`Newest day, ${format.weekdayDate(last.date)}`),
    value: encode(weekBefore ? `${newest} (${format.weekdayDate(weekBefore.date)}: ${format.number(weekBefore.active)} active)` : newest),
  });
  return facts;
}

/** A week's averages in whole users, as the card states them. */
function rounded(week: WeekAverage): { enabled: number; active: number } {
  return { enabled: Math.round(week.enabled), active: Math.round(week.active) };
}

/** `+1.2 pts`, `−0.4 pts`, `±0 pts`. */
function signedPoints(points: number, { format }: ViewContext): string {
  const size = Math.round(Math.abs(points) * 10) / 10;
  if (size === 0) return '±0 pts';
  return `${points > 0 ? '+' : '−'}${format.decimal(size)} pts`;
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
    label: `Week ${weekSpan(week, ctx)}`,
    axis: spansYears ? ctx.format.monthYear(week.end) : ctx.format.numericDate(week.end),
    ...rounded(week),
  }));
}
