/**
 * Daily enabled and active Copilot users as a line chart. Its fallback, a FactSet with bars, keeps
 * to a week per row (a day per row for up to two weeks); both are thinned so a long period stays small.
 */
import type { ViewModels } from '../commands/reply.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, ChartPoint, Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { reportHeader } from './report-header.js';
import { everyNthFromNewest, stepFor } from './sample-series.js';
import type { ViewContext } from './view-context.js';

type Day = ViewModels['copilot-trend']['days'][number];

/** Up to this many days are listed one per row; longer periods get a row per week. */
export const DAILY_ROWS_UP_TO = 14;
/** At most this many fallback rows (26 weeks); longer periods are thinned further. */
export const MAX_TREND_ROWS = 26;
/** At most this many points per chart series. */
export const MAX_CHART_POINTS = 60;

function rowSpacing(step: number, { format }: ViewContext): string {
  if (step === 1) return 'a day per row';
  return step === 7 ? 'a week per row' : `a row every ${format.number(step)} days`;
}

/** The trend card data for `model`: latest day, change over the period, chart and fallback rows. */
export function buildCopilotTrendCard(model: ViewModels['copilot-trend'], ctx: ViewContext): CardData['copilot-trend'] {
  const { format, encode } = ctx;
  const first = model.days[0];
  const last = model.days.at(-1);
  const facts: Fact[] =
    first && last
      ? [
          { title: encode(`Active on ${format.date(last.date)}`), value: encode(barValue(last.active, last.enabled, format)) },
          {
            title: encode(`Change since ${format.date(first.date)}`),
            value: encode(
              `${format.signedNumber(last.active - first.active)} active · ${format.signedNumber(last.enabled - first.enabled)} enabled`,
            ),
          },
        ]
      : [];
  const spansYears = first && last ? Date.parse(last.date) - Date.parse(first.date) > 365 * 86_400_000 : false;
  const axisDate = (day: Day) => (spansYears ? format.date(day.date) : format.shortDate(day.date));
  const chartStep = stepFor(model.days.length, MAX_CHART_POINTS);
  const chartDays = everyNthFromNewest(model.days, chartStep);
  const series = (legend: string, value: (day: Day) => number) => ({
    legend,
    values: chartDays.map((day): ChartPoint => ({ x: axisDate(day), y: value(day) })),
  });
  const rowStep = model.days.length <= DAILY_ROWS_UP_TO ? 1 : stepFor(model.days.length, MAX_TREND_ROWS, 7);
  return {
    header: reportHeader(`Copilot trend · ${describePeriod(model.period)}`, model.freshness, ctx),
    hasData: model.days.length > 0,
    emptyNote: encode('Microsoft has no Copilot usage for this period yet.'),
    facts,
    chart: {
      title: encode(chartStep === 1 ? 'Enabled and active users per day' : `Enabled and active users, every ${format.number(chartStep)} days`),
      series: [series('Enabled', (day) => day.enabled), series('Active', (day) => day.active)],
      fallbackTitle: encode(`Active of enabled users, ${rowSpacing(rowStep, ctx)}`),
      facts: everyNthFromNewest(model.days, rowStep).map((day) => ({
        title: encode(format.date(day.date)),
        value: encode(barValue(day.active, day.enabled, format)),
      })),
    },
    actions: cardActions(model.actions),
  };
}
