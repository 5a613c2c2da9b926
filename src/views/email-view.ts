/**
 * The email card's part: mailbox users active of those listed, the period's mail sent, received and read
 * and meetings, the most active people and those inactive the longest.
 */
import type { EmailUserEntry } from '../reports/email-snapshot.js';
import type { EmailFigures } from '../workload-view-models.js';
import { describePeriod } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { activeFact, countFact, counted, inactiveList, lastActive, personFact, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

/** A most active user: display name, mail sent, received and read, last activity. */
function activeUserFact(user: EmailUserEntry, ctx: ViewContext) {
  const { format } = ctx;
  return personFact(
    user.displayName,
    user.userPrincipalName,
    [
      counted(user.sendCount, 'sent', 'sent', format),
      counted(user.receiveCount, 'received', 'received', format),
      counted(user.readCount, 'read', 'read', format),
      lastActive(user.lastActivityDate, format),
    ],
    ctx,
  );
}

function inactiveUserFact(user: EmailUserEntry, ctx: ViewContext) {
  return personFact(user.displayName, user.userPrincipalName, [lastActive(user.lastActivityDate, ctx.format)], ctx);
}

export function emailParts(figures: EmailFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { totals } = figures;
  return {
    title: 'Email',
    items: 'mailbox users',
    workload: 'Exchange email',
    facts: [activeFact('Active users', figures.users, ctx)],
    sections: [
      section(
        `Mail in the ${describePeriod(period)}`,
        [
          countFact('Sent', totals.sendCount, ctx),
          countFact('Received', totals.receiveCount, ctx),
          countFact('Read', totals.readCount, ctx),
          countFact('Meetings created', totals.meetingCreatedCount, ctx),
          countFact('Meetings answered', totals.meetingInteractedCount, ctx),
        ],
        ctx,
        'Sums over every user the report lists, deleted users included.',
      ),
    ],
    lists: [
      topList('Most active (mail sent and read)', figures.mostActive, 'users', (user) => activeUserFact(user, ctx), `Nobody sent or read mail in the ${describePeriod(period)}.`),
      inactiveList(figures.inactive, figures.users.inactive, 'users', (user) => inactiveUserFact(user, ctx), describePeriod(period)),
    ],
    listsName: 'The list of the most and least active mailbox users',
  };
}
