/**
 * The synthetic tenant's users and their Microsoft 365 Copilot activity, computed per user index
 * from (seed, index) alone, so a million-user tenant never sits in memory and any user can be
 * recomputed independently (by the emulator, or by a test checking its numbers).
 *
 * Activity is anchored to absolute UTC days: whether user i used app k on day d is a pure function
 * of (seed, i, k, d), through the profile's hash keys. Advancing the clock therefore extends history
 * instead of reshuffling it, and the last activity date, the per-period counts and the daily trend
 * all derive from one definition.
 */
import { isWeekend } from './epoch-days.js';
import { drawPersonName } from './person-names.js';
import { createRandomSequence, hashKeys, hashUnit, mix32 } from './seeded-random.js';

/** The tenant an emulator serves: `users` accounts generated from `seed`. */
export type TenantSpec = { readonly seed: number; readonly users: number; readonly domain?: string };

/** Epoch days `[from, to)` a user is silent on; `to` is Infinity for a silence that has not ended. */
export type SilentSpan = readonly [from: number, to: number];

/** How a scenario (figure-shifts.ts) changes users' activity in one report: never used at all, or silent on some days. */
export type UserShifts = {
  /** True when user `index`, if licensed and ever active, is reported as never having used Copilot. */
  neverUsed(index: number): boolean;
  /** The days user `index` is silent on, or undefined when none. */
  silentSpans(index: number): readonly SilentSpan[] | undefined;
};

/** The Copilot apps Graph reports per user, in the order their arrays are indexed here. */
export const COPILOT_APPS = [
  'microsoftTeams',
  'word',
  'excel',
  'powerPoint',
  'outlook',
  'oneNote',
  'loop',
  'copilotChat',
] as const;
/** One of the Copilot apps. */
export type CopilotApp = (typeof COPILOT_APPS)[number];

/** How far back activity is simulated: Graph's longest Copilot period is 180 days. */
export const ACTIVITY_WINDOW_DAYS = 180;

/** Share of users holding a Copilot licence. */
export const COPILOT_LICENSE_SHARE = 0.4;

/** The domain of every synthetic UPN. */
export const USER_DOMAIN = 'contoso.onmicrosoft.com';

// Per app: probability that an active user uses it at all, and how often on a working day
// relative to the user's engagement. Teams, Copilot Chat and Outlook lead; OneNote and Loop trail.
const APP_ADOPTION = [0.8, 0.5, 0.35, 0.35, 0.65, 0.12, 0.08, 0.75] as const;
const APP_INTENSITY = [0.5, 0.28, 0.22, 0.18, 0.42, 0.15, 0.12, 0.45] as const;
const APP_ENABLED_SHARE = 0.996;
const NEVER_ACTIVE_SHARE = 0.13;
const WEEKEND_FACTOR = 0.2;
const WEEKDAY_FACTOR = 1.2;
// Users go through spells of use and disuse; a spell lasts this many days.
const SPELL_DAYS = 28;

const STREAM_NAME = 1;
const STREAM_LICENSE = 2;
const STREAM_PROFILE = 3;
const SALT_SPELL = 0x5e11;
const SALT_DAY = 0xda7;
const SALT_PROMPTS = 0x9207;

/** A user's identity as Graph's reports show it. */
export type SyntheticUser = {
  readonly index: number;
  readonly userPrincipalName: string;
  readonly displayName: string;
};

/** Generates user `index`'s name and UPN (in the tenant's domain); the UPN carries the index, so it is unique in the tenant. */
export function generateUser(spec: Pick<TenantSpec, 'seed' | 'domain'>, index: number): SyntheticUser {
  const name = drawPersonName(createRandomSequence(spec.seed, STREAM_NAME, index));
  return { index, userPrincipalName: `${name.upnStem}.${index}@${spec.domain ?? USER_DOMAIN}`, displayName: name.displayName };
}

/** True when user `index` holds a Copilot licence (the user detail report lists only these users). */
export function isCopilotLicensed(seed: number, index: number): boolean {
  return hashUnit(seed, STREAM_LICENSE, index) < COPILOT_LICENSE_SHARE;
}

/** How a licensed user behaves: which apps are enabled and used, and how often. */
export type CopilotProfile = {
  readonly index: number;
  /** Licensed but never tried Copilot: every date stays empty. */
  readonly neverActive: boolean;
  /** Per app (COPILOT_APPS order): the admin left Copilot enabled in that app. */
  readonly enabled: readonly boolean[];
  /** Per app: 16-bit thresholds; the app is used on a day when that day's 16-bit draw is below it. */
  readonly weekdayThreshold: Uint32Array;
  readonly weekendThreshold: Uint32Array;
  /** Bit k set when app k can ever be active (enabled, used, threshold above zero). */
  readonly usedMask: number;
  readonly spellOdds: number;
  readonly spellPhase: number;
  /** Upper bound of prompts per app on an active day. */
  readonly promptsPerApp: number;
  /** Days a scenario keeps the user from using Copilot at all. */
  readonly silentSpans?: readonly SilentSpan[];
  /** Per-user hash keys for the daily draws (splitmix-style: key + day × golden ratio, then mixed). */
  readonly dayKey: number;
  readonly spellKey: number;
  readonly promptKey: number;
};

/**
 * The Copilot profile of user `index`, or undefined when the user has no Copilot licence; `shifts`
 * (a scenario's, for one report) may silence the user on some days or make them never active.
 */
export function getCopilotProfile(seed: number, index: number, shifts?: UserShifts): CopilotProfile | undefined {
  const profile = drawCopilotProfile(seed, index);
  if (!profile || !shifts || profile.neverActive) return profile;
  if (shifts.neverUsed(index)) return { ...profile, neverActive: true, usedMask: 0 };
  const silentSpans = shifts.silentSpans(index);
  return silentSpans ? { ...profile, silentSpans } : profile;
}

function drawCopilotProfile(seed: number, index: number): CopilotProfile | undefined {
  if (!isCopilotLicensed(seed, index)) return undefined;
  const random = createRandomSequence(seed, STREAM_PROFILE, index);
  const neverActive = random.chance(NEVER_ACTIVE_SHARE);
  // Skewed towards light users: most people try Copilot now and then, a few use it all day.
  const engagement = 0.04 + 0.8 * random.next() ** 1.7;
  const enabled: boolean[] = [];
  const weekdayThreshold = new Uint32Array(COPILOT_APPS.length);
  const weekendThreshold = new Uint32Array(COPILOT_APPS.length);
  let usedMask = 0;
  for (let app = 0; app < COPILOT_APPS.length; app++) {
    const isEnabled = random.chance(APP_ENABLED_SHARE);
    const uses = random.chance(APP_ADOPTION[app] ?? 0);
    enabled.push(isEnabled);
    if (!isEnabled || !uses || neverActive) continue;
    const daily = engagement * (APP_INTENSITY[app] ?? 0);
    weekdayThreshold[app] = Math.min(62_000, Math.round(daily * WEEKDAY_FACTOR * 65_536));
    weekendThreshold[app] = Math.round(daily * WEEKEND_FACTOR * 65_536);
    if (weekdayThreshold[app]! > 0) usedMask |= 1 << app;
  }
  // Someone who tried Copilot used it somewhere: fall back to Teams, or Copilot Chat if Teams is off.
  if (!neverActive && usedMask === 0) {
    const app = enabled[0] ? 0 : 7;
    weekdayThreshold[app] = Math.max(1, Math.round(engagement * 0.3 * 65_536));
    weekendThreshold[app] = Math.round(engagement * 0.05 * 65_536);
    usedMask = 1 << app;
  }
  const spellOdds = 0.45 + 0.5 * random.next();
  const spellPhase = random.below(SPELL_DAYS);
  const promptsPerApp = 1 + random.below(8);
  return {
    index,
    neverActive,
    enabled,
    weekdayThreshold,
    weekendThreshold,
    usedMask,
    spellOdds,
    spellPhase,
    promptsPerApp,
    dayKey: hashKeys(seed ^ SALT_DAY, index),
    spellKey: hashKeys(seed ^ SALT_SPELL, index),
    promptKey: hashKeys(seed ^ SALT_PROMPTS, index),
  };
}

// One well-mixed 32-bit draw per (user key, counter): the splitmix32 step.
function drawFor(key: number, counter: number): number {
  return mix32(key + Math.imul(counter, 0x9e3779b9));
}

function spellBlock(profile: CopilotProfile, day: number): number {
  return Math.floor((day + profile.spellPhase) / SPELL_DAYS);
}

function isInActiveSpell(profile: CopilotProfile, block: number): boolean {
  return drawFor(profile.spellKey, block) / 4_294_967_296 < profile.spellOdds;
}

/** Bit k of the result is set when the user used app k on `day`. */
export function computeActiveAppsOnDay(profile: CopilotProfile, day: number): number {
  if (profile.usedMask === 0 || !isInActiveSpell(profile, spellBlock(profile, day))) return 0;
  return activeAppsInSpell(profile, day);
}

function activeAppsInSpell(profile: CopilotProfile, day: number): number {
  if (profile.silentSpans?.some(([from, to]) => day >= from && day < to)) return 0;
  const thresholds = isWeekend(day) ? profile.weekendThreshold : profile.weekdayThreshold;
  let mask = 0;
  let lane = -1;
  let bits = 0;
  for (let app = 0; app < COPILOT_APPS.length; app++) {
    if ((profile.usedMask & (1 << app)) === 0) continue;
    // One 32-bit hash decides two apps (16 bits each).
    if (app >> 1 !== lane) {
      lane = app >> 1;
      bits = drawFor(profile.dayKey, day * 4 + lane);
    }
    const draw = app & 1 ? bits >>> 16 : bits & 0xffff;
    if (draw < thresholds[app]!) mask |= 1 << app;
  }
  return mask;
}

/** Prompts the user submitted on `day`, given the apps active that day. */
export function computePromptsOnDay(profile: CopilotProfile, day: number, activeApps: number): number {
  if (activeApps === 0) return 0;
  let apps = 0;
  for (let mask = activeApps; mask !== 0; mask &= mask - 1) apps++;
  return apps * (1 + (drawFor(profile.promptKey, day) % profile.promptsPerApp));
}

/** A user's last activity per app, as epoch days (undefined: no activity in the 180-day window). */
export type CopilotLastActivity = {
  readonly lastActivityDay: number | undefined;
  readonly appLastActivityDays: readonly (number | undefined)[];
};

/**
 * Last activity per app up to and including `refreshDay`, scanning back only as far as needed
 * (cheap: the summary report calls this for every licensed user).
 */
export function computeCopilotLastActivity(profile: CopilotProfile, refreshDay: number): CopilotLastActivity {
  const appDays: (number | undefined)[] = COPILOT_APPS.map(() => undefined);
  let pending = profile.usedMask;
  let last: number | undefined;
  const oldest = refreshDay - ACTIVITY_WINDOW_DAYS + 1;
  let day = refreshDay;
  while (pending !== 0 && day >= oldest) {
    const block = spellBlock(profile, day);
    if (!isInActiveSpell(profile, block)) {
      // Skip the whole inactive spell.
      day = block * SPELL_DAYS - profile.spellPhase - 1;
      continue;
    }
    const active = activeAppsInSpell(profile, day) & pending;
    if (active !== 0) {
      last ??= day;
      pending &= ~active;
      for (let app = 0; app < COPILOT_APPS.length; app++) if (active & (1 << app)) appDays[app] = day;
    }
    day--;
  }
  return { lastActivityDay: last, appLastActivityDays: appDays };
}

/** Day-by-day activity of one user: index i describes `refreshDay - i`. */
export type CopilotDailyActivity = {
  readonly activeApps: Uint8Array;
  readonly prompts: Uint16Array;
};

/**
 * Every day of the last 180 days up to `refreshDay` (the expensive path: v2 columns and the trend).
 * Pass `into` to reuse its arrays when walking many users.
 */
export function computeCopilotDailyActivity(
  profile: CopilotProfile,
  refreshDay: number,
  into?: CopilotDailyActivity,
): CopilotDailyActivity {
  const days = ACTIVITY_WINDOW_DAYS;
  const activeApps = into?.activeApps.fill(0) ?? new Uint8Array(days);
  const prompts = into?.prompts.fill(0) ?? new Uint16Array(days);
  if (profile.usedMask === 0) return { activeApps, prompts };
  let block = Number.NaN;
  let inSpell = false;
  for (let i = 0; i < days; i++) {
    const day = refreshDay - i;
    const dayBlock = spellBlock(profile, day);
    if (dayBlock !== block) {
      block = dayBlock;
      inSpell = isInActiveSpell(profile, block);
    }
    if (!inSpell) continue;
    const mask = activeAppsInSpell(profile, day);
    activeApps[i] = mask;
    prompts[i] = computePromptsOnDay(profile, day, mask);
  }
  return { activeApps, prompts };
}

/** Last activity per app read off the daily activity; equals `computeCopilotLastActivity` by construction. */
export function findLastActivity(daily: CopilotDailyActivity, refreshDay: number): CopilotLastActivity {
  const appDays: (number | undefined)[] = COPILOT_APPS.map(() => undefined);
  let pending = (1 << COPILOT_APPS.length) - 1;
  let last: number | undefined;
  for (let i = 0; i < daily.activeApps.length && pending !== 0; i++) {
    const found = daily.activeApps[i]! & pending;
    if (found === 0) continue;
    last ??= refreshDay - i;
    pending &= ~found;
    for (let app = 0; app < COPILOT_APPS.length; app++) if (found & (1 << app)) appDays[app] = refreshDay - i;
  }
  return { lastActivityDay: last, appLastActivityDays: appDays };
}

/** Prompts and active days of one user within the `periodDays` days ending on the refresh date. */
export function summarizeDailyActivity(
  daily: CopilotDailyActivity,
  periodDays: number,
): { promptsSubmitted: number; activeUsageDays: number } {
  let promptsSubmitted = 0;
  let activeUsageDays = 0;
  for (let i = 0; i < periodDays && i < daily.activeApps.length; i++) {
    if (daily.activeApps[i] !== 0) activeUsageDays++;
    promptsSubmitted += daily.prompts[i]!;
  }
  return { promptsSubmitted, activeUsageDays };
}

/** A licensed user with identity and behaviour, as the user detail report walks them. */
export type LicensedUser = { readonly user: SyntheticUser; readonly profile: CopilotProfile };

/** Walks the Copilot-licensed users lazily, in index order, starting at user index `fromIndex`, under a scenario's `shifts` if any. */
export function* iterateLicensedUsers(spec: TenantSpec, fromIndex = 0, shifts?: UserShifts): Generator<LicensedUser> {
  for (let index = fromIndex; index < spec.users; index++) {
    const profile = getCopilotProfile(spec.seed, index, shifts);
    if (profile) yield { user: generateUser(spec, index), profile };
  }
}

/** Walks every user lazily, licensed or not, starting at `fromIndex`. */
export function* iterateUsers(spec: TenantSpec, fromIndex = 0): Generator<SyntheticUser> {
  for (let index = fromIndex; index < spec.users; index++) yield generateUser(spec, index);
}
