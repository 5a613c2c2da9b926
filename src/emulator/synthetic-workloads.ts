/**
 * What each user of the synthetic tenant does in Microsoft 365 besides Copilot (mail, OneDrive,
 * SharePoint, Viva Engage, Teams, and the Word, Excel, PowerPoint and OneNote apps), as a pure function
 * of (seed, index, day) like the Copilot activity in synthetic-tenant.ts, so a million-user tenant is
 * never held in memory and every report derives from one definition. Using Copilot in an app counts as
 * using the app that day (Copilot in Teams is Teams activity, in Outlook mail activity), so a Copilot
 * user active in an app is never "inactive" in its workload. Some users hold licences and use nothing.
 */
import { isWeekend } from './epoch-days.js';
import { longAgoActivityDay } from './long-ago-activity.js';
import { createRandomSequence, hashKeys, mix32, uuidFromKeys } from './seeded-random.js';
import { getUserLicences, deletionDay, WORKLOAD_BIT, type UserLicences } from './synthetic-licences.js';
import {
  ACTIVITY_WINDOW_DAYS,
  COPILOT_APPS,
  computeActiveAppsOnDay,
  computeCopilotLastActivity,
  getCopilotProfile,
  type CopilotProfile,
} from './synthetic-tenant.js';

/** Everything a user's day can hold: the six workloads (WORKLOAD_BIT order) then four Office apps. */
export const ACTIVITIES = ['exchange', 'oneDrive', 'sharePoint', 'skypeForBusiness', 'yammer', 'teams', 'word', 'excel', 'powerPoint', 'oneNote'] as const;
export type Activity = (typeof ACTIVITIES)[number];
/** The bit of each activity in an activity mask; the workloads' bits equal WORKLOAD_BIT. */
export const ACTIVITY_BIT = Object.fromEntries(ACTIVITIES.map((name, k) => [name, 1 << k])) as Readonly<Record<Activity, number>>;
/** The six workloads' bits. */
export const WORKLOAD_MASK = 0b11_1111;
const ALL_ACTIVITIES = (1 << ACTIVITIES.length) - 1;
const APP_ACTIVITIES = ACTIVITY_BIT.word | ACTIVITY_BIT.excel | ACTIVITY_BIT.powerPoint | ACTIVITY_BIT.oneNote;

// Per activity: share of (non-dormant, licensed) users who use it at all, and how often on a working day
// at full engagement. Skype for Business Online was retired: nobody uses it.
const ADOPTION = [0.97, 0.82, 0.72, 0, 0.15, 0.93, 0.78, 0.66, 0.52, 0.2] as const;
const INTENSITY = [0.85, 0.4, 0.35, 0, 0.12, 0.8, 0.4, 0.32, 0.2, 0.12] as const;
const WEEKDAY_FACTOR = 1.15;
const WEEKEND_FACTOR = 0.12;
// Users go through spells of work and absence (holidays, leave); a spell lasts this many days.
const SPELL_DAYS = 21;
// Users without Copilot who hold licences and use nothing; of the Copilot holders, half of those who never tried it.
const DORMANT_SHARE = 0.07;
const DORMANT_SHARE_OF_UNUSED_COPILOT = 0.5;

const STREAM_ACTIVITY = 22;
const SALT_SPELL = 0x5b11;
const SALT_DAY = 0xd0a;
const SALT_AMOUNT = 0xa40;
// The emulated directory derives user object ids from this salt too: the Teams report's User Id is the user's id there.
const SALT_USER_ID = 0x05e7;
const SALT_OLD = 0x01d;

// Copilot in an app counts as use of the app: COPILOT_APPS order → activity bit (Loop and Copilot Chat map to none).
const COPILOT_APP_ACTIVITY: Readonly<Record<(typeof COPILOT_APPS)[number], number>> = {
  microsoftTeams: ACTIVITY_BIT.teams,
  word: ACTIVITY_BIT.word,
  excel: ACTIVITY_BIT.excel,
  powerPoint: ACTIVITY_BIT.powerPoint,
  outlook: ACTIVITY_BIT.exchange,
  oneNote: ACTIVITY_BIT.oneNote,
  loop: 0,
  copilotChat: 0,
};
const FROM_COPILOT = new Uint16Array(1 << COPILOT_APPS.length).map((_, mask) =>
  COPILOT_APPS.reduce((bits, app, k) => (mask & (1 << k) ? bits | COPILOT_APP_ACTIVITY[app] : bits), 0),
);

/** How much a user does on an active day, per workload. */
export type ActivityHabits = {
  /** Teams, per active day at most about twice these. */
  readonly privateChatRate: number;
  readonly teamChatRate: number;
  readonly postShare: number;
  readonly meetingRate: number;
  readonly organizerShare: number;
  readonly callRate: number;
  readonly meetingSeconds: number;
  readonly callSeconds: number;
  readonly videoShare: number;
  readonly screenShareSeconds: number;
  /** Mail: sent and read per active day; received every day the mailbox exists. */
  readonly sendRate: number;
  readonly readRate: number;
  readonly meetingCreatedOdds: number;
  readonly meetingInteractedRate: number;
  readonly receivedPerWeekday: number;
  readonly receivedPerWeekendDay: number;
  /** OneDrive: files touched per active day, files kept, their average size. */
  readonly filesTouchedRate: number;
  readonly oneDriveFiles: number;
  readonly averageFileBytes: number;
};

/** A user's behaviour: which activities they take part in, how often, and how much. */
export type ActivityProfile = {
  readonly index: number;
  readonly licences: UserLicences;
  /** No activity from this epoch day on: the deletion day of a deleted account, else Infinity. */
  readonly endDay: number;
  /** Licensed, but uses nothing (Copilot included). */
  readonly dormant: boolean;
  /** Bit k set when activity k can happen on its own (licensed, adopted); Copilot use adds to it. */
  readonly usedMask: number;
  /** Per activity: 16-bit thresholds; active on a day when that day's 16-bit draw is below it. */
  readonly weekdayThreshold: Uint32Array;
  readonly weekendThreshold: Uint32Array;
  readonly spellOdds: number;
  readonly spellPhase: number;
  readonly spellKey: number;
  readonly dayKey: number;
  readonly amountKey: number;
  /** Keys the day a dormant user was last seen, long ago (or never). */
  readonly longAgoKey: number;
  /** The Copilot profile of a Copilot user who uses Copilot at all. */
  readonly copilot?: CopilotProfile;
  readonly habits: ActivityHabits;
};

/** User `index`'s activity profile as of `refreshDay` (which places a deleted account's deletion day). */
export function getActivityProfile(seed: number, index: number, refreshDay: number): ActivityProfile {
  const licences = getUserLicences(seed, index);
  const copilotProfile = getCopilotProfile(seed, index);
  const random = createRandomSequence(seed, STREAM_ACTIVITY, index);
  const dormantShare = copilotProfile === undefined ? DORMANT_SHARE : copilotProfile.neverActive ? DORMANT_SHARE_OF_UNUSED_COPILOT : 0;
  const dormant = random.chance(dormantShare);
  // Most people use mail and Teams most days; a few barely log in.
  const engagement = 0.15 + 0.85 * random.next() ** 1.3;
  const allowed = licences.workloads | APP_ACTIVITIES;
  const weekdayThreshold = new Uint32Array(ACTIVITIES.length);
  const weekendThreshold = new Uint32Array(ACTIVITIES.length);
  let usedMask = 0;
  for (let k = 0; k < ACTIVITIES.length; k++) {
    const adopted = random.chance(ADOPTION[k]!);
    if (dormant || !adopted || (allowed & (1 << k)) === 0) continue;
    const daily = engagement * INTENSITY[k]!;
    weekdayThreshold[k] = Math.min(62_000, Math.round(daily * WEEKDAY_FACTOR * 65_536));
    weekendThreshold[k] = Math.round(daily * WEEKEND_FACTOR * 65_536);
    if (weekdayThreshold[k]! > 0) usedMask |= 1 << k;
  }
  // Whoever works here reads mail or uses Teams.
  if (!dormant && (usedMask & (ACTIVITY_BIT.exchange | ACTIVITY_BIT.teams)) === 0) {
    const k = licences.workloads & WORKLOAD_BIT.exchange ? 0 : 5;
    weekdayThreshold[k] = Math.round(engagement * 0.5 * 65_536);
    weekendThreshold[k] = Math.round(engagement * 0.05 * 65_536);
    usedMask |= 1 << k;
  }
  const habits: ActivityHabits = {
    privateChatRate: 1 + 40 * random.next() ** 2,
    teamChatRate: 12 * random.next() ** 2,
    postShare: 0.2 + 0.3 * random.next(),
    meetingRate: 0.3 + 4 * random.next() ** 1.5,
    organizerShare: 0.5 * random.next(),
    callRate: 2.5 * random.next() ** 2,
    meetingSeconds: 60 * (15 + random.below(40)),
    callSeconds: 60 * (2 + random.below(15)),
    videoShare: 0.1 + 0.7 * random.next(),
    screenShareSeconds: 60 * (3 + random.below(20)),
    sendRate: 1 + 25 * random.next() ** 1.5,
    readRate: 5 + 70 * random.next(),
    meetingCreatedOdds: 0.3 * random.next(),
    meetingInteractedRate: 3 * random.next(),
    receivedPerWeekday: 10 + random.below(110),
    receivedPerWeekendDay: random.below(12),
    filesTouchedRate: 1 + 14 * random.next() ** 2,
    oneDriveFiles: 20 + Math.floor(4_000 * random.next() ** 2.5),
    averageFileBytes: 100_000 + random.below(2_900_000),
  };
  return {
    index,
    licences,
    endDay: licences.deleted ? deletionDay(seed, index, refreshDay) : Number.POSITIVE_INFINITY,
    dormant,
    usedMask,
    weekdayThreshold,
    weekendThreshold,
    spellOdds: 0.7 + 0.3 * random.next(),
    spellPhase: random.below(SPELL_DAYS),
    spellKey: hashKeys(seed ^ SALT_SPELL, index),
    dayKey: hashKeys(seed ^ SALT_DAY, index),
    amountKey: hashKeys(seed ^ SALT_AMOUNT, index),
    longAgoKey: seed ^ SALT_OLD,
    ...(copilotProfile && !copilotProfile.neverActive ? { copilot: copilotProfile } : {}),
    habits,
  };
}

/** User `index`'s directory object id, as the Teams report's User Id shows it. */
export function generateUserId(seed: number, index: number): string {
  return uuidFromKeys(seed ^ SALT_USER_ID, index);
}

// One well-mixed 32-bit draw per (user key, counter): the splitmix32 step.
export function drawFor(key: number, counter: number): number {
  return mix32(key + Math.imul(counter, 0x9e3779b9));
}

function spellBlock(profile: ActivityProfile, day: number): number {
  return Math.floor((day + profile.spellPhase) / SPELL_DAYS);
}

function isInActiveSpell(profile: ActivityProfile, block: number): boolean {
  return drawFor(profile.spellKey, block) / 4_294_967_296 < profile.spellOdds;
}

// The activities among `used` on a day of an active spell: one 32-bit draw decides two activities.
function ownActivities(profile: ActivityProfile, day: number, used: number): number {
  const thresholds = isWeekend(day) ? profile.weekendThreshold : profile.weekdayThreshold;
  let mask = 0;
  for (let lane = 0; lane < ACTIVITIES.length >> 1; lane++) {
    if ((used & (3 << (2 * lane))) === 0) continue;
    const bits = drawFor(profile.dayKey, day * 8 + lane);
    const low = 2 * lane;
    if (used & (1 << low) && (bits & 0xffff) < thresholds[low]!) mask |= 1 << low;
    if (used & (2 << low) && bits >>> 16 < thresholds[low + 1]!) mask |= 2 << low;
  }
  return mask;
}

/** The activities among `wanted` the user took part in on `day` (Copilot use included). */
export function activitiesOnDay(profile: ActivityProfile, day: number, wanted = ALL_ACTIVITIES): number {
  if (day >= profile.endDay) return 0;
  let mask = 0;
  const used = profile.usedMask & wanted;
  if (used !== 0 && isInActiveSpell(profile, spellBlock(profile, day))) mask = ownActivities(profile, day, used);
  if (profile.copilot) mask |= FROM_COPILOT[computeActiveAppsOnDay(profile.copilot, day)]! & wanted;
  return mask;
}

/**
 * The last day of each activity (ACTIVITIES order) on or before `refreshDay` and within the 180 days the
 * reports reach, as epoch days; undefined when none. Half of the dormant users show an older day for mail
 * and Teams (they were last seen long ago), the others none. Only the `wanted` activities are looked for.
 */
export function computeLastActivityDays(profile: ActivityProfile, refreshDay: number, wanted = ALL_ACTIVITIES): (number | undefined)[] {
  const last: (number | undefined)[] = ACTIVITIES.map(() => undefined);
  const newest = Math.min(refreshDay, profile.endDay - 1);
  const oldest = refreshDay - ACTIVITY_WINDOW_DAYS + 1;
  let pending = profile.usedMask & wanted;
  let day = newest;
  while (pending !== 0 && day >= oldest) {
    const block = spellBlock(profile, day);
    if (!isInActiveSpell(profile, block)) {
      day = block * SPELL_DAYS - profile.spellPhase - 1;
      continue;
    }
    const found = ownActivities(profile, day, pending);
    for (let k = 0; found !== 0 && k < ACTIVITIES.length; k++) if (found & (1 << k)) last[k] = day;
    pending &= ~found;
    day--;
  }
  if (profile.copilot) {
    const copilot = computeCopilotLastActivity(profile.copilot, newest);
    copilot.appLastActivityDays.forEach((appDay, app) => {
      const bit = COPILOT_APP_ACTIVITY[COPILOT_APPS[app]!] & wanted;
      if (appDay === undefined || bit === 0) return;
      const k = Math.log2(bit);
      if (last[k] === undefined || appDay > last[k]) last[k] = appDay;
    });
  }
  if (profile.dormant) {
    const old = longAgoActivityDay(profile.longAgoKey, profile.index, newest - ACTIVITY_WINDOW_DAYS);
    if (old !== undefined) {
      for (const k of [0, 5]) if (profile.licences.workloads & wanted & (1 << k)) last[k] = old;
    }
  }
  return last;
}

/** The latest of some activities' last days (ACTIVITIES order), or undefined. */
export function latestOf(days: readonly (number | undefined)[], mask: number): number | undefined {
  let latest: number | undefined;
  days.forEach((day, k) => {
    if (day !== undefined && mask & (1 << k) && (latest === undefined || day > latest)) latest = day;
  });
  return latest;
}
