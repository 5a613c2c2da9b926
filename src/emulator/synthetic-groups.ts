/**
 * The synthetic tenant's Microsoft 365 groups, computed per group index like the users: about one
 * group per eight users (at least 20), owners drawn from the users, activity anchored to absolute
 * days. A few names carry commas, quotes or a leading `=`/`+`, as users type them.
 */
import { isWeekend } from './epoch-days.js';
import { longAgoActivityDay } from './long-ago-activity.js';
import { createRandomSequence, hashKeys, uuidFromKeys } from './seeded-random.js';
import { generateUser, type TenantSpec } from './synthetic-tenant.js';

const STREAM_GROUP = 11;
const SALT_GROUP_DAY = 0x6a0d;
const SALT_GROUP_ID = 0x1d;
// How far back a group's last activity is searched before falling back to an old date.
const LAST_ACTIVITY_SEARCH_DAYS = 180;

const TEAMS = [
  'Finance', 'Marketing', 'Sales', 'HR', 'Engineering', 'Legal', 'IT Helpdesk', 'Product', 'Design',
  'Research', 'Customer Success', 'Operations', 'Procurement', 'Facilities', 'Data Science', 'Security',
] as const;
const SUFFIXES = [
  'Team', 'Leadership', 'All Hands', 'Project Phoenix', 'Social Club', 'Q3 Planning', 'Interns',
  'Community', 'Book Club', 'Onboarding', 'Vendors', 'War Room', 'Nordics', 'APAC', 'Tiger Team',
] as const;
// What people actually type: commas, quotes, and leading characters spreadsheets treat as formulas.
const QUIRKY_NAMES = [
  'Sales, Marketing & Ops',
  '"Friday" Lunch Club',
  '=Budget 2026',
  '+1 Crew',
  '-Minus Team',
  '@Mentions Only',
  'R&D <Lab>',
  'Ops [on-call](https://contoso.example/oncall)',
  'Café Müller — Berlin',
  '経理部 (Accounting)',
] as const;

/** The number of groups in a tenant of `users` users. */
export function countGroups(users: number): number {
  return Math.max(20, Math.round(users / 8));
}

/** A group's static properties (the snapshot columns of the groups activity report). */
export type SyntheticGroup = {
  readonly index: number;
  readonly groupId: string;
  readonly displayName: string;
  readonly isDeleted: boolean;
  /** Empty when the group has no owner left. */
  readonly ownerPrincipalName: string;
  /** The owner's user index; undefined when the group has no owner left. */
  readonly ownerIndex: number | undefined;
  readonly groupType: 'Public' | 'Private';
  readonly memberCount: number;
  readonly externalMemberCount: number;
  readonly exchangeMailboxTotalItemCount: number;
  readonly exchangeMailboxStorageUsedInBytes: number;
  readonly sharePointTotalFileCount: number;
  readonly sharePointSiteStorageUsedInBytes: number;
  /** Chance of activity on a working day (0: the group is dormant). */
  readonly dailyActivity: number;
  readonly emailsPerActiveDay: number;
  readonly filesPerActiveDay: number;
  /** Yammer-connected groups only; zero elsewhere. */
  readonly yammerPostsPerActiveDay: number;
};

/** A deterministic, version-4-shaped UUID for group `index`. */
export function generateGroupId(seed: number, index: number): string {
  return uuidFromKeys(seed ^ SALT_GROUP_ID, index);
}

/** Generates group `index` of the tenant. Group 0 is the company-wide group. */
export function generateGroup(spec: TenantSpec, index: number): SyntheticGroup {
  const random = createRandomSequence(spec.seed, STREAM_GROUP, index);
  const companyWide = index === 0;
  const nameRoll = random.next();
  const displayName = companyWide
    ? 'All Company'
    : nameRoll < 0.04
      ? random.pick(QUIRKY_NAMES)
      : `${random.pick(TEAMS)} ${random.pick(SUFFIXES)}`;
  const isDeleted = !companyWide && random.chance(0.03);
  const ownerless = !companyWide && random.chance(0.02);
  const ownerIndex = companyWide ? 0 : random.below(spec.users);
  const ownerPrincipalName = ownerless ? '' : generateUser(spec, ownerIndex).userPrincipalName;
  const groupType = companyWide || random.chance(0.45) ? 'Public' : 'Private';
  const memberCount = companyWide ? spec.users : Math.min(spec.users, 2 + Math.floor(400 * random.next() ** 4));
  const externalMemberCount = random.chance(0.7) ? 0 : 1 + Math.floor(25 * random.next() ** 2);
  const dormant = isDeleted || random.chance(0.12);
  const dailyActivity = dormant ? 0 : 0.05 + 0.9 * random.next() ** 1.5;
  const emailsPerActiveDay = 1 + Math.floor((memberCount / 10 + 5) * random.next());
  const filesPerActiveDay = random.chance(0.25) ? 0 : 1 + Math.floor(30 * random.next() ** 2);
  const yammerPostsPerActiveDay = companyWide || random.chance(0.08) ? 1 + random.below(12) : 0;
  const exchangeMailboxTotalItemCount = Math.floor(emailsPerActiveDay * (60 + 600 * random.next()));
  const exchangeMailboxStorageUsedInBytes = exchangeMailboxTotalItemCount * (20_000 + random.below(180_000));
  const sharePointTotalFileCount =
    filesPerActiveDay === 0 ? random.below(5) : filesPerActiveDay * (10 + random.below(200));
  const sharePointSiteStorageUsedInBytes = 1_500_000 + sharePointTotalFileCount * (80_000 + random.below(3_000_000));
  return {
    index,
    groupId: generateGroupId(spec.seed, index),
    displayName,
    isDeleted,
    ownerPrincipalName,
    ownerIndex: ownerless ? undefined : ownerIndex,
    groupType,
    memberCount,
    externalMemberCount,
    exchangeMailboxTotalItemCount,
    exchangeMailboxStorageUsedInBytes,
    sharePointTotalFileCount,
    sharePointSiteStorageUsedInBytes,
    dailyActivity,
    emailsPerActiveDay,
    filesPerActiveDay,
    yammerPostsPerActiveDay,
  };
}

/** What a group did on one day. */
export type GroupDay = { emails: number; files: number; posts: number; reads: number; likes: number };

/** A group's activity on `day`, or undefined when it did nothing (its team site is visited on the same days). */
export function simulateGroupDay(seed: number, group: SyntheticGroup, day: number): GroupDay | undefined {
  if (group.dailyActivity === 0) return undefined;
  const odds = group.dailyActivity * (isWeekend(day) ? 0.15 : 1);
  const draw = hashKeys(seed ^ SALT_GROUP_DAY, group.index, day);
  if ((draw & 0xffff) / 65_536 >= odds) return undefined;
  const amount = (draw >>> 16) / 65_536;
  const posts = group.yammerPostsPerActiveDay === 0 ? 0 : Math.floor(group.yammerPostsPerActiveDay * amount);
  return {
    emails: 1 + Math.floor(group.emailsPerActiveDay * amount),
    files: Math.floor(group.filesPerActiveDay * amount),
    posts,
    reads: posts * (3 + (draw % 7)),
    likes: Math.floor(posts * 1.5 * amount),
  };
}

/** A group's activity columns for the `windowDays` days ending on `windowEnd`. */
export type GroupActivity = {
  /** Epoch day; undefined when the group has never been active. */
  readonly lastActivityDay: number | undefined;
  readonly exchangeReceivedEmailCount: number;
  readonly sharePointActiveFileCount: number;
  readonly yammerPostedMessageCount: number;
  readonly yammerReadMessageCount: number;
  readonly yammerLikedMessageCount: number;
};

/** Sums a group's activity over the window and finds its last activity on or before `windowEnd`. */
export function computeGroupActivity(
  seed: number,
  group: SyntheticGroup,
  windowEnd: number,
  windowDays: number,
): GroupActivity {
  let emails = 0;
  let files = 0;
  let posts = 0;
  let reads = 0;
  let likes = 0;
  let last: number | undefined;
  const searchDays = Math.max(windowDays, LAST_ACTIVITY_SEARCH_DAYS);
  for (let i = 0; i < searchDays; i++) {
    if (i >= windowDays && last !== undefined) break;
    const day = windowEnd - i;
    const today = simulateGroupDay(seed, group, day);
    if (!today) continue;
    last ??= day;
    if (i >= windowDays) continue;
    emails += today.emails;
    files += today.files;
    posts += today.posts;
    reads += today.reads;
    likes += today.likes;
  }
  last ??= longAgoActivityDay(seed ^ SALT_GROUP_DAY, group.index, windowEnd - LAST_ACTIVITY_SEARCH_DAYS - 1);
  return {
    lastActivityDay: last,
    exchangeReceivedEmailCount: emails,
    sharePointActiveFileCount: Math.min(files, group.sharePointTotalFileCount),
    yammerPostedMessageCount: posts,
    yammerReadMessageCount: reads,
    yammerLikedMessageCount: likes,
  };
}

/** Walks the tenant's groups lazily from group index `fromIndex`. */
export function* iterateGroups(spec: TenantSpec, fromIndex = 0): Generator<SyntheticGroup> {
  const total = countGroups(spec.users);
  for (let index = fromIndex; index < total; index++) yield generateGroup(spec, index);
}
