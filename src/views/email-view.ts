/**
 * The email card's part: mailbox users active of those listed, the period's mail sent, received and read
 * and meetings, the most active people and those inactive the longest.
 */
import type { EmailUserEntry } from '../reports/email-snapshot.js';
import type { EmailFigures } from '../workload-view-models.js';
import { periodIn } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { activeFact, countFact, counted, inactiveList, lastActive, personFact, section, sumsNote, topList, type WorkloadCardParts } from './workload-card-parts.js';

/** A most active user: display name, mail sent, received and read, last activity. */
function activeUserFact(user: EmailUserEntry, ctx: ViewContext) {
  return personFact(
    user.displayName,
    user.userPrincipalName,
    [counted(user.sendCount, 'sent', ctx), counted(user.receiveCount, 'received', ctx), counted(user.readCount, 'read', ctx), lastActive(user.lastActivityDate, ctx)],
    ctx,
  );
}

function inactiveUserFact(user: EmailUserEntry, ctx: ViewContext) {
  return personFact(user.displayName, user.userPrincipalName, [lastActive(user.lastActivityDate, ctx)], ctx);
}

export function emailParts(figures: EmailFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { t } = ctx.messages;
  const { totals } = figures;
  return {
    facts: [activeFact('users', figures.users, ctx)],
    sections: [
      section(
        t('email.mailIn', { period: periodIn(period, ctx.messages) }),
        [
          countFact(t('email.sent'), totals.sendCount, ctx),
          countFact(t('email.received'), totals.receiveCount, ctx),
          countFact(t('email.read'), totals.readCount, ctx),
          countFact(t('email.meetingsCreated'), totals.meetingCreatedCount, ctx),
          countFact(t('email.meetingsAnswered'), totals.meetingInteractedCount, ctx),
        ],
        ctx,
        sumsNote('users', ctx),
      ),
    ],
    lists: [
      topList(t('email.mostActive'), figures.mostActive, 'users', (user) => activeUserFact(user, ctx), t('email.nobodyActive', { period: periodIn(period, ctx.messages) })),
      inactiveList(figures.inactive, figures.users.inactive, 'users', (user) => inactiveUserFact(user, ctx), period, ctx),
    ],
  };
}
