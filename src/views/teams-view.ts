/**
 * The Teams card's part: users active of those listed, the period's messages, meetings, calls and minutes,
 * the average day's activity, the most active people and those inactive the longest.
 */
import type { TeamsUserEntry } from '../reports/teams-snapshot.js';
import type { TeamsFigures } from '../workload-view-models.js';
import { describePeriod } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { activeFact, countFact, counted, inactiveList, itemFact, lastActive, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

/** A most active user: messages (team and private chat), meetings, calls, last activity. */
function activeUserFact(user: TeamsUserEntry, ctx: ViewContext) {
  const { format } = ctx;
  const messages = (user.teamChatMessageCount ?? 0) + (user.privateChatMessageCount ?? 0);
  return itemFact(
    user.userPrincipalName,
    [
      counted(messages, 'message', 'messages', format),
      counted(user.meetingCount, 'meeting', 'meetings', format),
      counted(user.callCount, 'call', 'calls', format),
      lastActive(user.lastActivityDate, format),
    ],
    ctx,
  );
}

export function teamsParts(figures: TeamsFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, format } = ctx;
  const { totals, perDay } = figures;
  const time = (title: string, seconds: number) => ({ title: encode(title), value: encode(`${format.decimal(seconds / 3600)} hours`) });
  return {
    title: 'Microsoft Teams',
    items: 'Teams users',
    workload: 'Teams',
    facts: [activeFact('Active users', figures.users, ctx), countFact('Licensed for Teams', figures.licensed, ctx)],
    sections: [
      section(
        `Activity in the ${describePeriod(period)}`,
        [
          countFact('Team chat messages', totals.teamChatMessageCount, ctx),
          countFact('Private chat messages', totals.privateChatMessageCount, ctx),
          countFact('Channel posts', totals.postMessages, ctx),
          countFact('Replies', totals.replyMessages, ctx),
          countFact('Meetings', totals.meetingCount, ctx),
          countFact('Meetings organized', totals.meetingsOrganizedCount, ctx),
          countFact('Calls', totals.callCount, ctx),
          time('Audio', totals.audioDurationInSeconds),
          time('Video', totals.videoDurationInSeconds),
          time('Screen sharing', totals.screenShareDurationInSeconds),
        ],
        ctx,
        'Sums over every user the report lists, deleted users included.',
      ),
      ...(perDay
        ? [
            section(
              'On an average day',
              [countFact('Messages', perDay.messages, ctx), countFact('Meetings', perDay.meetings, ctx), countFact('Calls', perDay.calls, ctx)],
              ctx,
              `The tenant's daily counts, averaged over ${format.number(perDay.days)} days.`,
            ),
          ]
        : []),
    ],
    lists: [
      topList('Most active (messages, meetings and calls)', figures.mostActive, 'users', (user) => activeUserFact(user, ctx), `Nobody had Teams activity in the ${describePeriod(period)}.`),
      inactiveList(figures.inactive, figures.users.inactive, 'users', (user) => itemFact(user.userPrincipalName, [lastActive(user.lastActivityDate, format)], ctx), describePeriod(period)),
    ],
    listsName: 'The list of the most and least active Teams users',
  };
}
