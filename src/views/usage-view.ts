/**
 * The usage card's part: per workload the users active in the period of those licensed for it (a text
 * bar, the share and both counts) and the average day's active users.
 */
import type { UsageFigures, WorkloadUsage } from '../workload-view-models.js';
import { barValue } from './bar-facts.js';
import { describePeriod } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { section, type WorkloadCardParts } from './workload-card-parts.js';

/** "███▍░░░░░░ 34.3% · 412 of 1,200 · 230 on an average day", or that the report has no licensed users. */
function usageValue(usage: WorkloadUsage, { format }: ViewContext): string {
  if (usage.licensed === 0) return 'no licensed users in the report';
  const daily = usage.averageDailyActive !== undefined ? ` · ${format.number(usage.averageDailyActive)} on an average day` : '';
  return `${barValue(usage.active, usage.licensed, format)}${daily}`;
}

export function usageParts(figures: UsageFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode } = ctx;
  const fact = (usage: WorkloadUsage) => ({ title: encode(usage.label), value: encode(usageValue(usage, ctx)) });
  return {
    title: 'Microsoft 365 usage',
    items: 'users',
    workload: 'Microsoft 365',
    facts: [fact(figures.anyWorkload)],
    sections: [
      section(
        'Active users per workload, of its licensed users',
        figures.workloads.map(fact),
        ctx,
        `Active: used the workload at least once in the ${describePeriod(period)}. Microsoft 365 Apps: of the users its report lists.`,
      ),
    ],
    lists: [],
    listsName: '',
    linksTitle: 'Each workload in detail',
  };
}
