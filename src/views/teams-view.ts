/**
 * The Teams card's part: users active of those listed, the period's messages, meetings, calls and minutes,
 * the average day's activity, the most active people and those inactive the longest.
 */
import type { TeamsUserEntry } from '../reports/teams-snapshot.js';
import type { TeamsFigures } from '../workload-view-models.js';
import { periodIn } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { activeFact, countFact, counted, inactiveList, itemFact, lastActive, section, sumsNote, topList, type WorkloadCardParts } from './workload-card-parts.js';

/** A most active user: messages (team and private chat), meetings, calls, last activity. */
function activeUserFact(user: TeamsUserEntry, ctx: ViewContext) {
  const chatMessages = (user.teamChatMessageCount ?? 0) + (user.privateChatMessageCount ?? 0);
  return itemFact(
    user.userPrincipalName,
    [counted(chatMessages, 'messages', ctx), counted(user.meetingCount, 'meetings', ctx), counted(user.callCount, 'calls', ctx), lastActive(user.lastActivityDate, ctx)],
    ctx,
  );
}

export function teamsParts(figures: TeamsFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, format, messages } = ctx;
  const { t } = messages;
  const { totals, perDay } = figures;
  const during = periodIn(period, messages);
  const time = (title: string, seconds: number) => ({ title: encode(title), value: encode(t('workload.hours', { hours: format.decimal(seconds / 3600) })) });
  return {
    facts: [activeFact('users', figures.users, ctx), countFact(t('teams.licensed'), figures.licensed, ctx)],
    sections: [
      section(
        t('workload.activityIn', { period: during }),
        [
          countFact(t('teams.teamChatMessages'), totals.teamChatMessageCount, ctx),
          countFact(t('teams.privateChatMessages'), totals.privateChatMessageCount, ctx),
          countFact(t('teams.channelPosts'), totals.postMessages, ctx),
          countFact(t('teams.replies'), totals.replyMessages, ctx),
          countFact(t('teams.meetings'), totals.meetingCount, ctx),
          countFact(t('teams.meetingsOrganized'), totals.meetingsOrganizedCount, ctx),
          countFact(t('teams.calls'), totals.callCount, ctx),
          time(t('teams.audio'), totals.audioDurationInSeconds),
          time(t('teams.video'), totals.videoDurationInSeconds),
          time(t('teams.screenSharing'), totals.screenShareDurationInSeconds),
        ],
        ctx,
        sumsNote('users', ctx),
      ),
      ...(perDay
        ? [
            section(
              t('teams.averageDay'),
              [countFact(t('teams.messages'), perDay.messages, ctx), countFact(t('teams.meetings'), perDay.meetings, ctx), countFact(t('teams.calls'), perDay.calls, ctx)],
              ctx,
              t('teams.averageNote', { days: perDay.days }),
            ),
          ]
        : []),
    ],
    lists: [
      topList(t('teams.mostActive'), figures.mostActive, 'users', (user) => activeUserFact(user, ctx), t('teams.nobodyActive', { period: during })),
      inactiveList(figures.inactive, figures.users.inactive, 'users', (user) => itemFact(user.userPrincipalName, [lastActive(user.lastActivityDate, ctx)], ctx), period, ctx),
    ],
  };
}
