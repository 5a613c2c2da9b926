/**
 * The Teams user activity detail and daily counts reduced, while they download, to what `teams` answers
 * with: users by last activity, licensed users, the period's messages, meetings, calls and minutes, and
 * the most and least active people; per day, the tenant's messages, calls and meetings.
 */
import type { RowOf } from './catalog.js';
import { createDetailCollector, type DetailSnapshot } from './detail-snapshot.js';
import { compareText, type ReportSpan } from './insights.js';

type UserRow = RowOf<'teams-users'>;

const KEEP = ['userPrincipalName', 'lastActivityDate', 'teamChatMessageCount', 'privateChatMessageCount', 'callCount', 'meetingCount', 'isLicensed'] as const;
const TOTALS = [
  'teamChatMessageCount',
  'privateChatMessageCount',
  'postMessages',
  'replyMessages',
  'urgentMessages',
  'callCount',
  'meetingCount',
  'meetingsOrganizedCount',
  'meetingsAttendedCount',
  'audioDurationInSeconds',
  'videoDurationInSeconds',
  'screenShareDurationInSeconds',
] as const;

/** A listed Teams user: name, last activity, and the figures a card shows. */
export type TeamsUserEntry = Pick<UserRow, (typeof KEEP)[number]>;

/** Messages, calls and meetings: what makes a Teams user "most active". */
export function teamsActivityScore(row: Pick<UserRow, 'teamChatMessageCount' | 'privateChatMessageCount' | 'callCount' | 'meetingCount'>): number {
  return (row.teamChatMessageCount ?? 0) + (row.privateChatMessageCount ?? 0) + (row.callCount ?? 0) + (row.meetingCount ?? 0);
}

export type TeamsUsersSnapshot = DetailSnapshot<TeamsUserEntry, (typeof TOTALS)[number], 'mostActive'> & {
  readonly report: 'teams-users';
  /** Users (not deleted) the report says hold a Teams licence. */
  readonly licensed: number;
};

export function createTeamsUsersCollector(span: ReportSpan, rowLimit: number) {
  const detail = createDetailCollector<UserRow, (typeof KEEP)[number], (typeof TOTALS)[number], 'mostActive'>(span, rowLimit, {
    nameOf: (row) => row.userPrincipalName,
    keep: KEEP,
    totals: TOTALS,
    rankings: { mostActive: teamsActivityScore },
  });
  let licensed = 0;
  return {
    observe(row: UserRow): void {
      detail.observe(row);
      if (row.isDeleted !== true && row.isLicensed === true) licensed += 1;
    },
    result: (): TeamsUsersSnapshot => ({ report: 'teams-users', ...detail.result(), licensed }),
  };
}

const DAY_COUNTS = ['teamChatMessages', 'postMessages', 'replyMessages', 'privateChatMessages', 'calls', 'meetings', 'meetingsOrganized', 'meetingsAttended'] as const;

/** One day of the Teams activity counts (absent cells count 0). */
export type TeamsActivityDay = { readonly date: string } & Readonly<Record<(typeof DAY_COUNTS)[number], number>>;

/** The Teams activity counts per day, oldest first. Durations are read from the user detail's seconds instead. */
export type TeamsActivitySnapshot = { readonly report: 'teams-activity'; readonly days: readonly TeamsActivityDay[] };

export function createTeamsActivityCollector() {
  const days: TeamsActivityDay[] = [];
  return {
    observe(row: RowOf<'teams-activity'>): void {
      const counts = Object.fromEntries(DAY_COUNTS.map((key) => [key, row[key] ?? 0])) as Record<(typeof DAY_COUNTS)[number], number>;
      days.push({ date: row.reportDate, ...counts });
    },
    result: (): TeamsActivitySnapshot => ({ report: 'teams-activity', days: days.sort((a, b) => compareText(a.date, b.date)) }),
  };
}
