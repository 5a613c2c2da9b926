/**
 * The Teams user activity detail and daily counts, and the email activity user detail. Their last
 * activity dates are the active user detail's Teams and Exchange dates, and the counts report's days add
 * up to the detail's period figures. Headers as the v1.0 reference pages list them.
 */
import { dayCell } from './active-user-report-views.js';
import { concealIdentity } from './conceal-identity.js';
import { isoFromEpochDay } from './epoch-days.js';
import { createDailyWorkloadView, windowDaysOf, type CsvColumn, type ReportContext, type ReportView } from './report-view.js';
import { assignedProducts, licensedWorkloads, WORKLOAD_BIT } from './synthetic-licences.js';
import { generateUser } from './synthetic-tenant.js';
import { ACTIVITIES, ACTIVITY_BIT, computeLastActivityDays, generateUserId, getActivityProfile } from './synthetic-workloads.js';
import { formatDuration, sumMailPeriod, sumTeamsPeriod, TEAMS_METRICS, type TeamsMetric } from './workload-amounts.js';

const TENANT_DISPLAY_NAME = 'Contoso';
const TEAMS = ACTIVITIES.indexOf('teams');
const EXCHANGE = ACTIVITIES.indexOf('exchange');

const TEAMS_USER_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Tenant Display Name', 'tenantDisplayName'],
  ['Shared Channel Tenant Display Names', 'sharedChannelTenantDisplayNames'],
  ['User Id', 'userId'],
  ['User Principal Name', 'userPrincipalName'],
  ['Last Activity Date', 'lastActivityDate'],
  ['Is Deleted', 'isDeleted'],
  ['Deleted Date', 'deletedDate'],
  ['Assigned Products', 'assignedProducts'],
  ['Team Chat Message Count', 'teamChatMessageCount'],
  ['Private Chat Message Count', 'privateChatMessageCount'],
  ['Call Count', 'callCount'],
  ['Meeting Count', 'meetingCount'],
  ['Post Messages', 'postMessages'],
  ['Reply Messages', 'replyMessages'],
  ['Urgent Messages', 'urgentMessages'],
  ['Meetings Organized Count', 'meetingsOrganizedCount'],
  ['Meetings Attended Count', 'meetingsAttendedCount'],
  ['Ad Hoc Meetings Organized Count', 'adHocMeetingsOrganizedCount'],
  ['Ad Hoc Meetings Attended Count', 'adHocMeetingsAttendedCount'],
  ['Scheduled One-time Meetings Organized Count', 'scheduledOneTimeMeetingsOrganizedCount'],
  ['Scheduled One-time Meetings Attended Count', 'scheduledOneTimeMeetingsAttendedCount'],
  ['Scheduled Recurring Meetings Organized Count', 'scheduledRecurringMeetingsOrganizedCount'],
  ['Scheduled Recurring Meetings Attended Count', 'scheduledRecurringMeetingsAttendedCount'],
  ['Audio Duration', 'audioDuration'],
  ['Video Duration', 'videoDuration'],
  ['Screen Share Duration', 'screenShareDuration'],
  ['Audio Duration In Seconds', 'audioDurationInSeconds'],
  ['Video Duration In Seconds', 'videoDurationInSeconds'],
  ['Screen Share Duration In Seconds', 'screenShareDurationInSeconds'],
  ['Has Other Action', 'hasOtherAction'],
  ['Is Licensed', 'isLicensed'],
  ['Report Period', 'reportPeriod'],
];

const TEAMS_ACTIVITY_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Report Date', 'reportDate'],
  ['Team Chat Messages', 'teamChatMessages'],
  ['Post Messages', 'postMessages'],
  ['Reply Messages', 'replyMessages'],
  ['Private Chat Messages', 'privateChatMessages'],
  ['Calls', 'calls'],
  ['Meetings', 'meetings'],
  ['Audio Duration', 'audioDuration'],
  ['Video Duration', 'videoDuration'],
  ['Screen Share Duration', 'screenShareDuration'],
  ['Meetings Organized', 'meetingsOrganized'],
  ['Meetings Attended', 'meetingsAttended'],
  ['Report Period', 'reportPeriod'],
];

const EMAIL_USER_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['User Principal Name', 'userPrincipalName'],
  ['Display Name', 'displayName'],
  ['Is Deleted', 'isDeleted'],
  ['Deleted Date', 'deletedDate'],
  ['Last Activity Date', 'lastActivityDate'],
  ['Send Count', 'sendCount'],
  ['Receive Count', 'receiveCount'],
  ['Read Count', 'readCount'],
  ['Meeting Created Count', 'meetingCreatedCount'],
  ['Meeting Interacted Count', 'meetingInteractedCount'],
  ['Assigned Products', 'assignedProducts'],
  ['Report Period', 'reportPeriod'],
];

const metric = (totals: Float64Array, name: TeamsMetric) => totals[TEAMS_METRICS.indexOf(name)]!;
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The Teams user activity detail: one item per user (cursor: next user index); Yes/No as Graph writes them here. */
export function createTeamsUsersView(context: ReportContext): ReportView {
  const { spec, call, refreshDay, concealed } = context;
  const days = windowDaysOf(call);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: TEAMS_USER_COLUMNS,
    *items(from) {
      for (let index = from; index < spec.users; index++) {
        const profile = getActivityProfile(spec.seed, index, refreshDay);
        const { licences } = profile;
        const totals = sumTeamsPeriod(profile, refreshDay, days);
        const count = (name: TeamsMetric) => metric(totals, name);
        // A literal, not keys added in a loop: a million rows of objects built key by key would be far slower.
        const record = {
          reportRefreshDate,
          tenantDisplayName: TENANT_DISPLAY_NAME,
          sharedChannelTenantDisplayNames: null,
          userId: concealIdentity(generateUserId(spec.seed, index), concealed),
          userPrincipalName: concealIdentity(generateUser(spec, index).userPrincipalName, concealed),
          lastActivityDate: dayCell(computeLastActivityDays(profile, refreshDay, ACTIVITY_BIT.teams)[TEAMS]),
          isDeleted: licences.deleted,
          deletedDate: licences.deleted ? dayCell(profile.endDay) : null,
          assignedProducts: assignedProducts(licences),
          teamChatMessageCount: count('teamChatMessages'),
          privateChatMessageCount: count('privateChatMessages'),
          callCount: count('calls'),
          meetingCount: count('meetings'),
          postMessages: count('postMessages'),
          replyMessages: count('replyMessages'),
          urgentMessages: count('urgentMessages'),
          meetingsOrganizedCount: count('meetingsOrganized'),
          meetingsAttendedCount: count('meetingsAttended'),
          adHocMeetingsOrganizedCount: count('adHocMeetingsOrganized'),
          adHocMeetingsAttendedCount: count('adHocMeetingsAttended'),
          scheduledOneTimeMeetingsOrganizedCount: count('scheduledOneTimeMeetingsOrganized'),
          scheduledOneTimeMeetingsAttendedCount: count('scheduledOneTimeMeetingsAttended'),
          scheduledRecurringMeetingsOrganizedCount: count('scheduledRecurringMeetingsOrganized'),
          scheduledRecurringMeetingsAttendedCount: count('scheduledRecurringMeetingsAttended'),
          audioDuration: formatDuration(count('audioSeconds')),
          videoDuration: formatDuration(count('videoSeconds')),
          screenShareDuration: formatDuration(count('screenShareSeconds')),
          audioDurationInSeconds: count('audioSeconds'),
          videoDurationInSeconds: count('videoSeconds'),
          screenShareDurationInSeconds: count('screenShareSeconds'),
          hasOtherAction: yesNo(count('otherActionDays') > 0),
          isLicensed: yesNo((licensedWorkloads(licences) & WORKLOAD_BIT.teams) !== 0),
          reportPeriod: days,
        };
        yield { cursor: index + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}

/** The Teams user activity counts: one item per day of the period, newest first. */
export function createTeamsActivityView(context: ReportContext): ReportView {
  return createDailyWorkloadView(context, TEAMS_ACTIVITY_COLUMNS, (aggregate, i, day) => {
    const totals = aggregate.dailyTeams.subarray(i * TEAMS_METRICS.length, (i + 1) * TEAMS_METRICS.length);
    const count = (name: TeamsMetric) => metric(totals, name);
    return {
      ...day,
      teamChatMessages: count('teamChatMessages'),
      postMessages: count('postMessages'),
      replyMessages: count('replyMessages'),
      privateChatMessages: count('privateChatMessages'),
      calls: count('calls'),
      meetings: count('meetings'),
      audioDuration: formatDuration(count('audioSeconds')),
      videoDuration: formatDuration(count('videoSeconds')),
      screenShareDuration: formatDuration(count('screenShareSeconds')),
      meetingsOrganized: count('meetingsOrganized'),
      meetingsAttended: count('meetingsAttended'),
    };
  });
}

/** The email activity user detail: one item per mailbox (users with Exchange, deleted ones included). */
export function createEmailUsersView(context: ReportContext): ReportView {
  const { spec, call, refreshDay, concealed } = context;
  const days = windowDaysOf(call);
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: EMAIL_USER_COLUMNS,
    *items(from) {
      for (let index = from; index < spec.users; index++) {
        const profile = getActivityProfile(spec.seed, index, refreshDay);
        const { licences } = profile;
        if ((licences.workloads & WORKLOAD_BIT.exchange) === 0) continue;
        const user = generateUser(spec, index);
        const record = {
          reportRefreshDate,
          userPrincipalName: concealIdentity(user.userPrincipalName, concealed),
          displayName: concealIdentity(user.displayName, concealed),
          isDeleted: licences.deleted,
          deletedDate: licences.deleted ? dayCell(profile.endDay) : null,
          lastActivityDate: dayCell(computeLastActivityDays(profile, refreshDay, ACTIVITY_BIT.exchange)[EXCHANGE]),
          ...sumMailPeriod(profile, refreshDay, days),
          assignedProducts: assignedProducts(licences),
          reportPeriod: days,
        };
        yield { cursor: index + 1, csvRecords: () => [record], json: () => record };
      }
    },
  };
}
