/**
 * Copilot users over time, compared like with like: the average per day of the last whole week against
 * the first, so weekends are never read as a decline. A line chart illustrates the averages (or the
 * days of a short period); the table under it states every number the chart shows.
 */
import type { ViewModels } from '../view-models.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, ChartPoint, Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { reportHeader } from './report-header.js';
import { everyNthFromNewest, stepFor } from './sample-series.js';
import type { ViewContext } from './view-context.js';
import { weeklyAverages, wholeAxisMax, type DailyCounts } from './weekly-averages.js';

/** Up to this many days are listed (and drawn) one per row; longer periods get a row per week. */
export const DAILY_ROWS_UP_TO = 14;
/** At most this many table rows and chart points (26 weeks); longer periods are thinned further. */
export const MAX_TREND_ROWS = 26;

type Row = { readonly label: string; readonly axis: string; readonly enabled: number; readonly active: number };

/** The trend card data for `model`: weekly averages and their change, the chart and the table it illustrates. */
export function buildCopilotTrendCard(model: ViewModels['copilot-trend'], ctx: ViewContext): CardData['copilot-trend'] {
  const { format, encode } = ctx;
  const daily = model.days.length <= DAILY_ROWS_UP_TO;
  const rows = daily ? dayRows(model.days, ctx) : weekRows(model.days, ctx);
  const top = wholeAxisMax(Math.max(0, ...rows.map((row) => row.enabled)));
  const series = (legend: string, value: (row: Row) => number) => ({
    legend,
    values: rows.map((row): ChartPoint => ({ x: row.axis, y: value(row) })),
  });
  const unit = daily ? 'per day' : 'average per day, a week per row';
  return {
    header: reportHeader(`Copilot trend · ${describePeriod(model.period)}`, model.freshness, ctx),
    hasData: model.days.length > 0,
    emptyNote: encode('Microsoft has no Copilot usage for this period yet.'),
    facts: headlineFacts(model.days, ctx),
    chart: {
      title: encode(daily ? 'Enabled and active users per day' : 'Enabled and active users, average per day of each week'),
      series: [series('Enabled', (row) => row.enabled), series('Active', (row) => row.active)],
      yMax: top,
      tableTitle: encode(`Active of enabled users, ${unit}`),
      facts: rows.map((row): Fact => ({ title: encode(row.label), value: encode(barValue(row.active, row.enabled, format)) })),
    },
    actions: cardActions(model.actions, ctx.messages),
  };
}

/**
 * The headline: with two whole weeks or more, the average per day of the first week, of the last, and
 * the change between them; always the newest day with the same weekday a week before when there is one.
 */
function headlineFacts(days: readonly DailyCounts[], ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const last = days.at(-1);
  if (!last) return [];
  const facts: Fact[] = [];
  const weeks = weeklyAverages(days);
  const first = weeks[0];
  const latest = weeks.at(-1);
  if (first && latest && weeks.length >= 2) {
    const change = Math.round(latest.active) - Math.round(first.active);
    const enabledChange = Math.round(latest.enabled) - Math.round(first.enabled);
    facts.push(
      { title: encode(`Average per day, ${weekSpan(first, ctx)}`), value: encode(averageValue(first, ctx)) },
      { title: encode(`Average per day, ${weekSpan(latest, ctx)}`), value: encode(averageValue(latest, ctx)) },
      {
        title: encode('Change in the average per day'),
        value: encode(`${format.signedNumber(change)} active · ${format.signedNumber(enabledChange)} enabled`),
      },
    );
  }
  const weekBefore = days.at(-8);
  const latestDay = `${format.weekdayDate(last.date)}: ${barValue(last.active, last.enabled, format)}`;
  facts.push({
    title: encode('Newest day'),
    value: encode(weekBefore ? `${latestDay} (${format.weekdayDate(weekBefore.date)}: ${format.number(weekBefore.active)} active)` : latestDay),
  });
  return facts;
}

function averageValue(week: { enabled: number; active: number }, { format }: ViewContext): string {
  return barValue(Math.round(week.active), Math.round(week.enabled), format);
}

function weekSpan(week: { start: string; end: string }, { format }: ViewContext): string {
  return `${format.shortDate(week.start)}–${format.shortDate(week.end)}`;
}

function dayRows(days: readonly DailyCounts[], { format }: ViewContext): Row[] {
  return days.map((day) => ({ label: format.weekdayDate(day.date), axis: format.shortDate(day.date), enabled: day.enabled, active: day.active }));
}

/** A row per whole week (thinned to MAX_TREND_ROWS, newest always kept), averages rounded to whole users. */
function weekRows(days: readonly DailyCounts[], ctx: ViewContext): Row[] {
  const weeks = weeklyAverages(days);
  const spansYears = days.length > 365;
  return everyNthFromNewest(weeks, stepFor(weeks.length, MAX_TREND_ROWS)).map((week) => ({
    label: `Week ${weekSpan(week, ctx)}`,
    axis: spansYears ? ctx.format.date(week.end) : ctx.format.shortDate(week.end),
    enabled: Math.round(week.enabled),
    active: Math.round(week.active),
  }));
}
