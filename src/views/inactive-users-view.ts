/**
 * The reclaim list's part of the workload card: how many users hold a paid licence and used no workload,
 * what their licences cost, per licence, their Copilot seats (and, when the reports cannot be joined, why
 * and which setting changes it), then the users, most expensive first. A period shorter than 30 days lists
 * nobody: the card says why and offers the 30 days.
 */
import type { ReclaimUser } from '../reports/reclaim-list.js';
import { WORKLOADS } from '../reports/workload-catalog.js';
import type { InactiveUsersFigures, ReclaimFigures } from '../workload-view-models.js';
import type { Fact } from './card-data.js';
import { describePeriod, periodIn } from './describe-period.js';
import { idleSpendText } from './figure-text.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';
import { countFact, lastActive, personFact, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

export function inactiveUsersParts(figures: InactiveUsersFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, format, messages } = ctx;
  const { t } = messages;
  const during = periodIn(period, messages);
  const { list } = figures;
  if (figures.scope === 'shorter' || !list) {
    return {
      facts: [countFact(t('inactiveUsers.noActivity', { period: describePeriod(period, messages) }), figures.inactive, ctx)],
      sections: [section(t('inactiveUsers.noListTitle'), [], ctx, t('inactiveUsers.noListNote', { idle: describePeriod(figures.idlePeriod, messages) }))],
      lists: [],
      linksTitle: t('inactiveUsers.linksTitle'),
    };
  }
  const money = (amount: number) => formatMoney(amount, figures.currency ?? '', format.locale);
  const costed = figures.currency !== undefined;
  return {
    facts: [
      {
        title: encode(t('alert.inactiveUsersTitle')),
        value: encode(
          t('inactiveUsers.users', { users: list.users, period: during, idle: figures.scope === 'longer' ? describePeriod(figures.idlePeriod, messages) : 'none' }),
        ),
      },
      {
        title: encode(t('alert.licenceCostTitle')),
        value: encode(costed ? idleSpendText({ monthly: list.monthlyCost, currency: figures.currency ?? '' }, ctx) : t('inactiveUsers.setPrices')),
      },
      ...copilotFacts(list, during, ctx),
    ],
    sections: [
      section(
        t('inactiveUsers.byLicence'),
        list.licences.map((licence) => ({
          title: encode(licence.productName),
          value: encode(
            t('inactiveUsers.licenceLine', {
              users: licence.users,
              cost: licence.kind === 'free' ? 'free' : licence.monthlyPrice !== undefined && costed ? 'priced' : licence.kind === 'unmatched' ? 'unmatched' : 'unpriced',
              money: money(licence.monthlyCost),
            }),
          ),
        })),
        ctx,
        t('inactiveUsers.activityNote'),
      ),
    ],
    lists: [
      topList(t('inactiveUsers.mostExpensive'), list.head, 'users', (user) => userFact(user, costed ? money : undefined, ctx), t('inactiveUsers.allActive', { period: during })),
    ].map((shown) => ({ ...shown, total: list.users })),
  };
}

/** The Copilot holders among the listed, and, when the reports cannot be joined, why and what changes it. */
function copilotFacts(list: ReclaimFigures, during: string, ctx: ViewContext): Fact[] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const { copilot } = list;
  if (copilot.join === 'none-held') return [];
  const setting = t('identity.setting');
  const value =
    copilot.join === 'matched'
      ? t('inactiveUsers.copilotMatched', { holders: copilot.holders, inUse: copilot.inUse, period: during })
      : copilot.join === 'concealment-differs'
        ? t('inactiveUsers.copilotConcealment', { holders: copilot.holders, concealed: list.copilotIdentities === 'concealed' ? 'copilot' : 'activeUsers', setting })
        : t('inactiveUsers.copilotNamesDiffer', { holders: copilot.holders, setting });
  return [{ title: encode(t('inactiveUsers.copilotSeats')), value: encode(value) }];
}

/** "Exchange Oct 2, 2026, Teams Sep 30, 2026": the last activity in each workload that has one. */
function workloadDates(user: ReclaimUser, { format }: ViewContext): string | undefined {
  const dates = WORKLOADS.flatMap((workload) => {
    const date = user.workloads[workload.key];
    return date !== undefined ? [`${workload.label} ${format.date(date)}`] : [];
  });
  return dates.length > 0 ? dates.join(', ') : undefined;
}

/** A listed user: their name, then what their licences cost, which they are, their last activity and their Copilot seat. */
function userFact(user: ReclaimUser, money: ((amount: number) => string) | undefined, ctx: ViewContext): Fact {
  const { format, messages: { t } } = ctx;
  const copilot = {
    idle: undefined,
    'in-use': t('inactiveUsers.copilotInUse', { date: user.copilotLastActivityDate !== undefined ? format.date(user.copilotLastActivityDate) : 'none' }),
    unknown: t('inactiveUsers.copilotUnknown'),
    none: undefined,
  }[user.copilot];
  return personFact(
    user.displayName,
    user.userPrincipalName,
    [
      money ? t('digestLicences.monthly', { money: money(user.monthlyCost) }) : undefined,
      user.licences.map((licence) => licence.productName).join(', '),
      lastActive(user.lastActivityDate, ctx),
      workloadDates(user, ctx),
      copilot,
    ],
    ctx,
  );
}
