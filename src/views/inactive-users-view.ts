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
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import { CONCEALED_NAMES_SETTING } from '../reports/directory-joins.js';
import type { ViewContext } from './view-context.js';
import { countFact, lastActive, personFact, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

export function inactiveUsersParts(figures: InactiveUsersFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, format } = ctx;
  const during = describePeriod(period);
  const base = { title: 'Inactive users', items: 'users', workload: 'Microsoft 365', listsName: 'The list of inactive users' };
  const { list } = figures;
  if (figures.scope === 'shorter' || !list) {
    return {
      ...base,
      facts: [countFact(`No activity in any workload · ${during}`, figures.inactive, ctx)],
      sections: [
        section(
          'No list for a week',
          [],
          ctx,
          `A week without activity is no reason to take a licence back: leave and holidays last longer. The reclaim list counts the ${describePeriod(figures.idlePeriod)}, the window idle seats are counted over.`,
        ),
      ],
      lists: [],
      linksTitle: 'The reclaim list',
    };
  }
  const money = (amount: number) => formatMoney(amount, figures.currency ?? '', format.locale);
  const costed = figures.currency !== undefined;
  return {
    ...base,
    facts: [
      {
        title: encode('Paid licence, no activity'),
        value: encode(`${format.number(list.users)} users, no activity in any workload in the ${during}${figures.scope === 'longer' ? ` (part of the idle seats of the ${describePeriod(figures.idlePeriod)})` : ''}`),
      },
      costed
        ? { title: encode('Their licences cost'), value: encode(`${money(list.monthlyCost)} a month · ${money(list.monthlyCost * 12)} a year`) }
        : { title: encode('Their licences cost'), value: encode('Set LICENSE_PRICES (e.g. SPE_E5=57 USD, SPE_E3=36 USD) to see what their licences cost.') },
      ...copilotFacts(list, during, ctx),
    ],
    sections: [
      section(
        'By licence',
        list.licences.map((licence) => ({
          title: encode(licence.productName),
          value: encode(
            [
              `${format.number(licence.users)} users`,
              licence.kind === 'free'
                ? 'free or trial'
                : licence.monthlyPrice !== undefined && costed
                  ? `${money(licence.monthlyCost)} a month`
                  : licence.kind === 'unmatched'
                    ? 'no SKU found: not priced'
                    : 'price not set',
            ].join(' · '),
          ),
        })),
        ctx,
        'Activity: Exchange, OneDrive, SharePoint, Viva Engage and Teams (the active-user report). A Copilot seat counts as idle only without Copilot activity.',
      ),
    ],
    lists: [
      topList('Most expensive first', list.head, 'users', (user) => userFact(user, costed ? money : undefined, ctx), `Everyone with a paid licence was active in the ${during}.`),
    ].map((shown) => ({ ...shown, total: list.users })),
  };
}

/** The Copilot holders among the listed, and, when the reports cannot be joined, why and what changes it. */
function copilotFacts(list: ReclaimFigures, during: string, ctx: ViewContext): Fact[] {
  const { encode, format } = ctx;
  const { copilot } = list;
  if (copilot.join === 'none-held') return [];
  const title = encode('Copilot seats');
  switch (copilot.join) {
    case 'matched':
      return [
        {
          title,
          value: encode(
            copilot.inUse === 0
              ? `${format.number(copilot.holders)} of them hold Microsoft 365 Copilot, and none used it in the ${during}: their Copilot seats are in the cost.`
              : `${format.number(copilot.holders)} of them hold Microsoft 365 Copilot; ${format.number(copilot.inUse)} used it in the ${during}: ` +
                  'those seats are in use, not in the cost.',
          ),
        },
      ];
    case 'concealment-differs':
      return [
        {
          title,
          value: encode(
            `${format.number(copilot.holders)} of them hold Microsoft 365 Copilot, but ${list.copilotIdentities === 'concealed' ? 'the Copilot report conceals names and the active-user report does not' : 'the active-user report conceals names and the Copilot report does not'}, ` +
              `so their users cannot be matched: Copilot seats are left out of the costs. Both reports follow one setting, ${CONCEALED_NAMES_SETTING}; they match again once both are refreshed under it.`,
          ),
        },
      ];
    case 'names-differ':
      return [
        {
          title,
          value: encode(
            `${format.number(copilot.holders)} of them hold Microsoft 365 Copilot, but the concealed names of the Copilot report do not match the active-user report's, ` +
              `so their users cannot be matched: Copilot seats are left out of the costs. Turn concealment off in ${CONCEALED_NAMES_SETTING} to match them.`,
          ),
        },
      ];
  }
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
  const { format } = ctx;
  const copilot = {
    idle: undefined,
    'in-use': `Copilot in use${user.copilotLastActivityDate !== undefined ? ` (${format.date(user.copilotLastActivityDate)})` : ''}`,
    unknown: 'Copilot use not known',
    none: undefined,
  }[user.copilot];
  return personFact(
    user.displayName,
    user.userPrincipalName,
    [
      money ? `${money(user.monthlyCost)} a month` : undefined,
      user.licences.map((licence) => licence.productName).join(', '),
      lastActive(user.lastActivityDate, format),
      workloadDates(user, ctx),
      copilot,
    ],
    ctx,
  );
}
