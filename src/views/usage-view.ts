/**
 * The usage card's part: per workload the users active in the period of those licensed for it (a text
 * bar, the share and both counts) and the average day's active users.
 */
import type { Messages } from '../i18n/messages.js';
import type { UsageFigures, WorkloadUsage } from '../workload-view-models.js';
import { barValue } from './bar-facts.js';
import { periodIn } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { section, type WorkloadCardParts } from './workload-card-parts.js';

/** A workload by its product name, the users of any workload ("Any workload") in the reader's words. */
export function workloadName(workload: Pick<WorkloadUsage, 'key' | 'label'>, { t }: Messages): string {
  return workload.key === 'any' ? t('usage.anyWorkload') : workload.label;
}

/** "███▍░░░░░░ 34.3% · 412 of 1,200 · 230 on an average day", or that the report has no licensed users. */
function usageValue(usage: WorkloadUsage, ctx: ViewContext): string {
  const { t } = ctx.messages;
  if (usage.licensed === 0) return t('usage.noLicensed');
  const share = barValue(usage.active, usage.licensed, ctx);
  return usage.averageDailyActive !== undefined ? t('usage.withAverage', { share, average: usage.averageDailyActive }) : share;
}

export function usageParts(figures: UsageFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, messages } = ctx;
  const { t } = messages;
  const fact = (usage: WorkloadUsage) => ({ title: encode(workloadName(usage, messages)), value: encode(usageValue(usage, ctx)) });
  return {
    facts: [fact(figures.anyWorkload)],
    sections: [section(t('usage.perWorkload'), figures.workloads.map(fact), ctx, t('usage.note', { period: periodIn(period, messages) }))],
    lists: [],
    linksTitle: t('usage.linksTitle'),
  };
}
