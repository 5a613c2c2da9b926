/**
 * How much a user did on each active day, per workload: Teams messages, meetings, calls and minutes;
 * mail sent, read and received; OneDrive files touched. Amounts come from one draw per (user, day,
 * workload), so a period's figures in a user detail are the sums of the same days the daily counts
 * reports add up over all users.
 */
import { isWeekend } from './epoch-days.js';
import { ACTIVITY_BIT, activitiesOnDay, drawFor, type ActivityProfile } from './synthetic-workloads.js';

/** Teams figures in the order the tallies below hold them. */
export const TEAMS_METRICS = [
  'teamChatMessages',
  'postMessages',
  'replyMessages',
  'privateChatMessages',
  'calls',
  'meetings',
  'meetingsOrganized',
  'meetingsAttended',
  'adHocMeetingsOrganized',
  'adHocMeetingsAttended',
  'scheduledOneTimeMeetingsOrganized',
  'scheduledOneTimeMeetingsAttended',
  'scheduledRecurringMeetingsOrganized',
  'scheduledRecurringMeetingsAttended',
  'urgentMessages',
  'audioSeconds',
  'videoSeconds',
  'screenShareSeconds',
  'otherActionDays',
] as const;
export type TeamsMetric = (typeof TEAMS_METRICS)[number];
const M = Object.fromEntries(TEAMS_METRICS.map((name, k) => [name, k])) as Readonly<Record<TeamsMetric, number>>;

const TEAMS_LANE = 0;
const MAIL_LANE = 1;
const ONEDRIVE_LANE = 2;

/** Adds one Teams-active day's figures to `into` from `offset` on (TEAMS_METRICS order). */
export function addTeamsDay(profile: ActivityProfile, day: number, into: Float64Array, offset = 0): void {
  const habits = profile.habits;
  const bits = drawFor(profile.amountKey, day * 4 + TEAMS_LANE);
  const b0 = bits & 0xff;
  const b1 = (bits >>> 8) & 0xff;
  const b2 = (bits >>> 16) & 0xff;
  const b3 = bits >>> 24;
  const privateChat = Math.floor((habits.privateChatRate * b0) / 128);
  const teamChat = Math.floor((habits.teamChatRate * b1) / 128);
  const posts = Math.floor(teamChat * habits.postShare);
  const attended = Math.floor((habits.meetingRate * b2) / 128);
  const organized = Math.min(attended, Math.floor(attended * habits.organizerShare + (b3 & 15) / 16));
  const calls = Math.floor((habits.callRate * (b3 >>> 4)) / 8);
  const audio = attended * habits.meetingSeconds + calls * habits.callSeconds;
  into[offset + M.teamChatMessages]! += teamChat;
  into[offset + M.postMessages]! += posts;
  into[offset + M.replyMessages]! += teamChat - posts;
  into[offset + M.privateChatMessages]! += privateChat;
  into[offset + M.calls]! += calls;
  into[offset + M.meetings]! += attended;
  into[offset + M.meetingsOrganized]! += organized;
  into[offset + M.meetingsAttended]! += attended;
  // Graph leaves unclassified meetings out of the three kinds, so they need not add up to the totals.
  into[offset + M.adHocMeetingsOrganized]! += Math.floor(organized * 0.2);
  into[offset + M.adHocMeetingsAttended]! += Math.floor(attended * 0.15);
  into[offset + M.scheduledOneTimeMeetingsOrganized]! += Math.floor(organized * 0.35);
  into[offset + M.scheduledOneTimeMeetingsAttended]! += Math.floor(attended * 0.35);
  into[offset + M.scheduledRecurringMeetingsOrganized]! += Math.floor(organized * 0.35);
  into[offset + M.scheduledRecurringMeetingsAttended]! += Math.floor(attended * 0.4);
  into[offset + M.urgentMessages]! += privateChat > 0 && (b0 & 31) === 0 ? 1 : 0;
  into[offset + M.audioSeconds]! += audio;
  into[offset + M.videoSeconds]! += Math.floor(audio * habits.videoShare);
  into[offset + M.screenShareSeconds]! += organized * habits.screenShareSeconds;
  // Active without a message, call or meeting: something else (reactions, files, apps).
  into[offset + M.otherActionDays]! += teamChat + privateChat + attended + calls === 0 ? 1 : 0;
}

/** A user's Teams figures over the `days` days ending on `end` (TEAMS_METRICS order). */
export function sumTeamsPeriod(profile: ActivityProfile, end: number, days: number): Float64Array {
  const totals = new Float64Array(TEAMS_METRICS.length);
  for (let day = end - days + 1; day <= end; day++) {
    if (activitiesOnDay(profile, day, ACTIVITY_BIT.teams) !== 0) addTeamsDay(profile, day, totals);
  }
  return totals;
}

/** A user's mail over a period: sent and read on active days, received every day the mailbox existed. */
export type MailPeriod = {
  readonly sendCount: number;
  readonly receiveCount: number;
  readonly readCount: number;
  readonly meetingCreatedCount: number;
  readonly meetingInteractedCount: number;
};

/** Mail of the `days` days ending on `end`. */
export function sumMailPeriod(profile: ActivityProfile, end: number, days: number): MailPeriod {
  const habits = profile.habits;
  let sendCount = 0;
  let receiveCount = 0;
  let readCount = 0;
  let meetingCreatedCount = 0;
  let meetingInteractedCount = 0;
  for (let day = end - days + 1; day <= end && day < profile.endDay; day++) {
    receiveCount += isWeekend(day) ? habits.receivedPerWeekendDay : habits.receivedPerWeekday;
    if (activitiesOnDay(profile, day, ACTIVITY_BIT.exchange) === 0) continue;
    const bits = drawFor(profile.amountKey, day * 4 + MAIL_LANE);
    sendCount += Math.floor((habits.sendRate * (bits & 0xff)) / 128);
    readCount += 1 + Math.floor((habits.readRate * ((bits >>> 8) & 0xff)) / 128);
    meetingCreatedCount += ((bits >>> 16) & 0xff) < habits.meetingCreatedOdds * 256 ? 1 : 0;
    meetingInteractedCount += Math.floor((habits.meetingInteractedRate * (bits >>> 24)) / 128);
  }
  return { sendCount, receiveCount, readCount, meetingCreatedCount, meetingInteractedCount };
}

/** OneDrive files the user viewed or edited in the `days` days ending on `end`, counted once per day. */
export function countOneDriveFilesTouched(profile: ActivityProfile, end: number, days: number): number {
  let touched = 0;
  for (let day = end - days + 1; day <= end; day++) {
    if (activitiesOnDay(profile, day, ACTIVITY_BIT.oneDrive) === 0) continue;
    touched += 1 + Math.floor((profile.habits.filesTouchedRate * (drawFor(profile.amountKey, day * 4 + ONEDRIVE_LANE) & 0xff)) / 128);
  }
  return touched;
}

/** Seconds as Graph writes a duration: ISO 8601, e.g. `PT1H2M3S`, `PT0S`. */
export function formatDuration(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}
