/**
 * The synthetic tenant's directory (Entra ID users): department, country, office, company, job title
 * and account state, computed from (seed, index, day) alone like the report users, so a million-user
 * directory pages without being held in memory.
 *
 * Every report user (index < users) is in the directory on every day, with the UPN the reports show.
 * Around them, joiners arrive each day (indexes from `users` up) and leave again after a while, and
 * every report user now and then moves to another department, office and job: the delta query has
 * adds, changes and removals to return, and the same day always gives the same directory.
 */
import { createRandomSequence, hashKeys, hashUnit, uuidFromKeys, type RandomSequence } from './seeded-random.js';
import { generateUser, type TenantSpec } from './synthetic-tenant.js';

/** A directory user with the properties the emulator gives values (null: never set). */
export type DirectoryUser = {
  readonly index: number;
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly department: string | null;
  /** ISO 3166 code like usageLocation, but free text in Entra ID and unset for some users. */
  readonly country: string | null;
  /** Required for licensed users, so always set here. */
  readonly usageLocation: string;
  readonly officeLocation: string | null;
  readonly companyName: string | null;
  readonly jobTitle: string | null;
  readonly accountEnabled: boolean;
};

type Weighted = { readonly weight: number };
type Department = Weighted & { readonly name: string; readonly titles: readonly string[] };
type Country = Weighted & { readonly code: string; readonly offices: readonly string[] };
type Company = Weighted & { readonly name: string | null };

// A long tail: a few large departments, many middling ones, some small.
const DEPARTMENTS: readonly Department[] = [
  { name: 'Sales', weight: 16, titles: ['Account Executive', 'Sales Manager', 'Sales Development Representative'] },
  { name: 'Engineering', weight: 15, titles: ['Software Engineer', 'Senior Software Engineer', 'Engineering Manager'] },
  { name: 'Operations', weight: 10, titles: ['Operations Analyst', 'Operations Manager'] },
  { name: 'Customer Support', weight: 9, titles: ['Support Engineer', 'Support Team Lead'] },
  { name: 'Marketing', weight: 7, titles: ['Marketing Specialist', 'Product Marketing Manager'] },
  { name: 'Finance', weight: 6, titles: ['Financial Analyst', 'Controller'] },
  { name: 'Human Resources', weight: 5, titles: ['HR Business Partner', 'Recruiter'] },
  { name: 'IT', weight: 5, titles: ['Systems Administrator', 'IT Support Specialist'] },
  { name: 'Research & Development', weight: 5, titles: ['Research Scientist', 'R&D Engineer'] },
  { name: 'Legal', weight: 3, titles: ['Counsel', 'Paralegal'] },
  { name: 'Product Management', weight: 3, titles: ['Product Manager', 'Senior Product Manager'] },
  { name: 'Procurement', weight: 2.5, titles: ['Buyer', 'Procurement Manager'] },
  { name: 'Facilities', weight: 2, titles: ['Facilities Coordinator'] },
  { name: 'Communications', weight: 1.5, titles: ['Communications Manager'] },
  { name: 'Quality Assurance', weight: 1.5, titles: ['QA Engineer'] },
  { name: 'Data & Analytics', weight: 1.2, titles: ['Data Analyst', 'Data Scientist'] },
  { name: 'Security', weight: 1, titles: ['Security Analyst'] },
  { name: 'Training', weight: 0.5, titles: ['Trainer'] },
];

// Departments of a handful of people whatever the tenant's size: `weight` is the expected head count.
const TINY_DEPARTMENTS: readonly Department[] = [
  { name: 'Office of the CEO', weight: 2, titles: ['Chief Executive Officer', 'Chief of Staff'] },
  { name: 'Internal Audit', weight: 3, titles: ['Internal Auditor'] },
  { name: 'Sustainability', weight: 4, titles: ['Sustainability Lead'] },
];

const COUNTRIES: readonly Country[] = [
  { code: 'US', weight: 34, offices: ['Seattle', 'New York', 'Austin'] },
  { code: 'GB', weight: 10, offices: ['London', 'Manchester'] },
  { code: 'IN', weight: 10, offices: ['Bengaluru', 'Hyderabad'] },
  { code: 'DE', weight: 8, offices: ['Munich', 'Berlin'] },
  { code: 'FR', weight: 6, offices: ['Paris'] },
  { code: 'CA', weight: 5, offices: ['Toronto', 'Vancouver'] },
  { code: 'JP', weight: 4, offices: ['Tokyo'] },
  { code: 'AU', weight: 3, offices: ['Sydney'] },
  { code: 'BR', weight: 3, offices: ['São Paulo'] },
  { code: 'NL', weight: 3, offices: ['Amsterdam'] },
  { code: 'ES', weight: 2, offices: ['Madrid'] },
  { code: 'PL', weight: 2, offices: ['Warsaw'] },
  { code: 'SE', weight: 2, offices: ['Stockholm'] },
  { code: 'MX', weight: 2, offices: ['Mexico City'] },
  { code: 'SG', weight: 1.5, offices: ['Singapore'] },
  { code: 'IE', weight: 1.5, offices: ['Dublin'] },
  { code: 'CH', weight: 1, offices: ['Zürich'] },
  { code: 'ZA', weight: 1, offices: ['Johannesburg'] },
];

const COMPANIES: readonly Company[] = [
  { name: 'Contoso Ltd.', weight: 88 },
  { name: 'Fabrikam, Inc.', weight: 7 },
  { name: 'Northwind Traders', weight: 3 },
  { name: null, weight: 2 },
];

const NO_DEPARTMENT_SHARE = 0.05;
const NO_COUNTRY_SHARE = 0.08;
const NO_OFFICE_SHARE = 0.1;
const NO_JOB_TITLE_SHARE = 0.03;
const DISABLED_SHARE = 0.03;
// A report user moves (department, office, job) once every 180 to 720 days: about 0.26 % a day.
const MIN_MOVE_DAYS = 180;
const MAX_MOVE_DAYS = 720;
// One joiner a day per 2,000 report users; each stays 10 to 120 days, then is deleted.
const USERS_PER_DAILY_JOINER = 2000;
/** The longest a joiner stays. */
export const MAX_TENURE_DAYS = 120;
const MIN_TENURE_DAYS = 10;
/** Entra ID keeps a deleted user restorable for 30 days, then deletes it for good. */
export const RECYCLE_BIN_DAYS = 30;

const STREAM_PERSON = 21;
const STREAM_ROLE = 22;
const STREAM_TINY = 23;
const STREAM_MOVES = 24;
const STREAM_TENURE = 25;
const SALT_USER_ID = 0x05e7;

function createWeightedPick<T extends Weighted>(items: readonly T[]): (unit: number) => T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let running = 0;
  const bounds = items.map((item) => (running += item.weight / total));
  return (unit) => items[bounds.findIndex((bound) => unit < bound)] ?? items[items.length - 1]!;
}

const pickDepartment = createWeightedPick(DEPARTMENTS);
const pickCountry = createWeightedPick(COUNTRIES);
const pickCompany = createWeightedPick(COMPANIES);

/** The user's object id in Entra ID: a stable GUID per (seed, index). */
export function generateUserId(seed: number, index: number): string {
  return uuidFromKeys(seed ^ SALT_USER_ID, index);
}

/** Joiners who joined before `day` (epoch day): their indexes are `users + 0 … users + n - 1`. */
export function joinersBefore(spec: TenantSpec, day: number): number {
  return Math.max(0, Math.floor((spec.users * day) / USERS_PER_DAILY_JOINER));
}

/** When joiner `joiner` (index − users) arrives and leaves (epoch days; present on [joinDay, leaveDay)). */
export function joinerStay(spec: TenantSpec, joiner: number): { readonly joinDay: number; readonly leaveDay: number } {
  // The first day whose count passes `joiner`; floating division can land one day off, so the counts decide.
  let joinDay = Math.ceil(((joiner + 1) * USERS_PER_DAILY_JOINER) / spec.users) - 1;
  while (joinersBefore(spec, joinDay + 1) <= joiner) joinDay++;
  while (joinDay > 0 && joinersBefore(spec, joinDay) > joiner) joinDay--;
  const tenure = MIN_TENURE_DAYS + Math.floor(hashUnit(spec.seed, STREAM_TENURE, joiner) * (MAX_TENURE_DAYS - MIN_TENURE_DAYS + 1));
  return { joinDay, leaveDay: joinDay + tenure };
}

/** True when user `index` is in the directory on `day`: report users always, joiners during their stay. */
export function isInDirectory(spec: TenantSpec, index: number, day: number): boolean {
  if (index < spec.users) return index >= 0;
  const { joinDay, leaveDay } = joinerStay(spec, index - spec.users);
  return joinDay <= day && day < leaveDay;
}

/** Which of its roles (department, office, job) report user `index` holds on `day`; joiners keep their first. */
export function roleVersion(spec: TenantSpec, index: number, day: number): number {
  if (index >= spec.users) return 0;
  const moves = createRandomSequence(spec.seed, STREAM_MOVES, index);
  const period = MIN_MOVE_DAYS + moves.below(MAX_MOVE_DAYS - MIN_MOVE_DAYS + 1);
  const phase = moves.below(period);
  return Math.floor((day + phase) / period);
}

/** User `index` as the directory shows it on `day` (whether or not it is in the directory that day). */
export function generateDirectoryUser(spec: TenantSpec, index: number, day: number): DirectoryUser {
  const { userPrincipalName, displayName } = generateUser(spec, index);
  const person = createRandomSequence(spec.seed, STREAM_PERSON, index);
  const country = pickCountry(person.next());
  const countryShown = person.chance(NO_COUNTRY_SHARE) ? null : country.code;
  const companyName = pickCompany(person.next()).name;
  const accountEnabled = !person.chance(DISABLED_SHARE);
  const noDepartment = person.chance(NO_DEPARTMENT_SHARE);
  const role = createRandomSequence(spec.seed, STREAM_ROLE, hashKeys(index, roleVersion(spec, index, day)));
  const department = noDepartment ? undefined : (tinyDepartmentOf(spec, index) ?? pickDepartment(role.next()));
  return {
    index,
    id: generateUserId(spec.seed, index),
    userPrincipalName,
    displayName,
    department: department?.name ?? null,
    country: countryShown,
    usageLocation: country.code,
    officeLocation: role.chance(NO_OFFICE_SHARE) ? null : role.pick(country.offices),
    companyName,
    jobTitle: drawJobTitle(role, department),
    accountEnabled,
  };
}

function drawJobTitle(role: RandomSequence, department: Department | undefined): string | null {
  if (role.chance(NO_JOB_TITLE_SHARE)) return null;
  return department ? role.pick(department.titles) : role.pick(['Consultant', 'Analyst', 'Associate']);
}

// Report users only: a tiny department's expected head count over the tenant's size is each user's chance.
function tinyDepartmentOf(spec: TenantSpec, index: number): Department | undefined {
  if (index >= spec.users) return undefined;
  let unit = hashUnit(spec.seed, STREAM_TINY, index) * spec.users;
  for (const department of TINY_DEPARTMENTS) {
    if (unit < department.weight) return department;
    unit -= department.weight;
  }
  return undefined;
}

/** Indexes of the users in the directory on `day`, ascending from `fromIndex`: report users, then joiners. */
export function* iterateDirectoryIndexes(spec: TenantSpec, day: number, fromIndex = 0): Generator<number> {
  for (let index = Math.max(0, fromIndex); index < spec.users; index++) yield index;
  const first = Math.max(fromIndex - spec.users, joinersBefore(spec, day - MAX_TENURE_DAYS + 1));
  const end = joinersBefore(spec, day + 1);
  for (let joiner = first; joiner < end; joiner++) {
    if (isInDirectory(spec, spec.users + joiner, day)) yield spec.users + joiner;
  }
}

/** How user `index` changed between two days, as the delta query reports it. */
export type DirectoryChange =
  | { readonly kind: 'added' | 'changed'; readonly index: number }
  | { readonly kind: 'removed'; readonly index: number; readonly reason: 'changed' | 'deleted' };

/**
 * Indexes (ascending from `fromIndex`) that changed after `fromDay` up to `toDay`: report users whose
 * role changed (a candidate: the caller compares the properties it tracks), joiners who arrived and are
 * still there, and joiners deleted (`changed`: soft-deleted, restorable; `deleted`: gone for good).
 */
export function* iterateDirectoryChanges(spec: TenantSpec, fromDay: number, toDay: number, fromIndex = 0): Generator<DirectoryChange> {
  for (let index = Math.max(0, fromIndex); index < spec.users; index++) {
    if (roleVersion(spec, index, fromDay) !== roleVersion(spec, index, toDay)) yield { kind: 'changed', index };
  }
  const first = Math.max(fromIndex - spec.users, joinersBefore(spec, fromDay + 1 - RECYCLE_BIN_DAYS - MAX_TENURE_DAYS));
  const end = joinersBefore(spec, toDay + 1);
  for (let joiner = first; joiner < end; joiner++) {
    const index = spec.users + joiner;
    const { joinDay, leaveDay } = joinerStay(spec, joiner);
    const purgeDay = leaveDay + RECYCLE_BIN_DAYS;
    if (joinDay > fromDay && leaveDay > toDay) yield { kind: 'added', index };
    else if (joinDay <= fromDay && fromDay < leaveDay && leaveDay <= toDay) {
      yield { kind: 'removed', index, reason: purgeDay <= toDay ? 'deleted' : 'changed' };
    } else if (leaveDay <= fromDay && fromDay < purgeDay && purgeDay <= toDay) yield { kind: 'removed', index, reason: 'deleted' };
  }
}
