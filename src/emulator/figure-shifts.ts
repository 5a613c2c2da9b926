/**
 * Scenarios for the emulated tenant: its figures moved from one Copilot report day on, so alerts (and
 * anything else that watches figures change between refresh days) can be exercised end to end. A shift
 * is written in the emulator's own terms: more Copilot seats bought and left unassigned, a share of the
 * Copilot users who stop using it from that day (chosen to take about `adoptionDrop` points off the
 * weekly active rate), and users reported as never having used Copilot at all.
 *
 * Each shift holds from its day until the next one; a later shift replaces everything from its day on.
 * Report data of a day follows the shift in effect that day (activity day by day, never-used users by
 * the report's refresh day); licence counts follow the shift of the Copilot refresh day being served.
 */
import { aggregateCopilotTenantAsync } from './copilot-aggregates.js';
import { epochDayFromIso, isoFromEpochDay } from './epoch-days.js';
import { hashUnit } from './seeded-random.js';
import { getCopilotProfile, type TenantSpec, type UserShifts } from './synthetic-tenant.js';

/** A change of the tenant's figures as asked for: `from` a Copilot report day (YYYY-MM-DD). */
export type FigureShift = {
  readonly from: string;
  /** More Copilot seats bought than assigned (each one an idle, unassigned seat). */
  readonly idleSeats: number;
  /** Percentage points the weekly Copilot active rate (active ÷ enabled over 7 days) falls by, about. */
  readonly adoptionDrop: number;
  /** Copilot-licensed users who used it but are now reported as never having used it. */
  readonly neverUsed: number;
};

/** The shifts of one emulator: set and read by the emulator, consulted by its report views. */
export type FigureShifts = {
  /** Every shift, by day. */
  list(): readonly FigureShift[];
  /** Adds `shift`; later shifts are dropped (a new course from its day on). */
  set(shift: FigureShift): Promise<void>;
  /** The extra unassigned Copilot seats on Copilot report day `day`. */
  idleSeatsOn(day: number): number;
  /** How users behave in the report of refresh day `refreshDay`; undefined when no shift touches it. */
  usersFor(refreshDay: number): UserShifts | undefined;
  /** Changes whenever a shift that could touch refresh day `refreshDay` changes: for ETags and caches. */
  fingerprint(refreshDay: number): string;
};

/** Largest figures a shift takes: far beyond any emulated tenant, small enough to stay exact. */
const MAX_SEATS = 1_000_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// The draw that picks the users a drop silences: its own stream, apart from the tenant's.
const STREAM_SILENCE = 7;

/** A shift as stored, with what it takes to apply it worked out once. */
type Resolved = FigureShift & {
  readonly day: number;
  /** Share of licensed users silenced, so the weekly active rate falls by about `adoptionDrop` points. */
  readonly silencedShare: number;
  /** Users below this index that were ever active are reported as never active. */
  readonly neverUsedBelow: number;
};

/** Checks a shift as typed (a control request or a test); throws a RangeError naming the field and what it takes. */
export function checkFigureShift(shift: FigureShift): void {
  if (!DAY_PATTERN.test(shift.from) || Number.isNaN(Date.parse(`${shift.from}T00:00:00Z`)) || isoFromEpochDay(epochDayFromIso(shift.from)) !== shift.from) {
    throw new RangeError(`"from" must be a day as YYYY-MM-DD, got ${JSON.stringify(shift.from)}.`);
  }
  for (const name of ['idleSeats', 'neverUsed'] as const) {
    const value = shift[name];
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_SEATS) throw new RangeError(`"${name}" must be a whole number from 0 to ${MAX_SEATS}, got ${String(value)}.`);
  }
  if (typeof shift.adoptionDrop !== 'number' || !(shift.adoptionDrop >= 0 && shift.adoptionDrop <= 100)) {
    throw new RangeError(`"adoptionDrop" must be percentage points from 0 to 100, got ${String(shift.adoptionDrop)}.`);
  }
}

/** The shifts of a tenant, none at first. */
export function createFigureShifts(spec: TenantSpec): FigureShifts {
  let shifts: readonly Resolved[] = [];
  const inEffect = (day: number): Resolved | undefined => shifts.findLast((shift) => shift.day <= day);

  return {
    list: () => shifts.map(({ from, idleSeats, adoptionDrop, neverUsed }) => ({ from, idleSeats, adoptionDrop, neverUsed })),
    async set(shift) {
      checkFigureShift(shift);
      const day = epochDayFromIso(shift.from);
      const resolved: Resolved = {
        ...shift,
        day,
        silencedShare: shift.adoptionDrop > 0 ? await silencedShareFor(spec, day, shift.adoptionDrop) : 0,
        neverUsedBelow: shift.neverUsed > 0 ? neverUsedCutoff(spec, shift.neverUsed) : 0,
      };
      shifts = [...shifts.filter((kept) => kept.day < day), resolved];
    },
    idleSeatsOn: (day) => inEffect(day)?.idleSeats ?? 0,
    usersFor(refreshDay) {
      const relevant = shifts.filter((shift) => shift.day <= refreshDay);
      const neverUsedBelow = inEffect(refreshDay)?.neverUsedBelow ?? 0;
      const drops = relevant
        .map((shift, index) => ({ share: shift.silencedShare, span: [shift.day, relevant[index + 1]?.day ?? Number.POSITIVE_INFINITY] as const }))
        .filter((drop) => drop.share > 0);
      if (neverUsedBelow === 0 && drops.length === 0) return undefined;
      return {
        neverUsed: (index) => index < neverUsedBelow,
        silentSpans(index) {
          const draw = hashUnit(spec.seed, STREAM_SILENCE, index);
          const spans = drops.filter((drop) => draw < drop.share).map((drop) => drop.span);
          return spans.length > 0 ? spans : undefined;
        },
      };
    },
    fingerprint: (refreshDay) => JSON.stringify(shifts.filter((shift) => shift.day <= refreshDay).map(({ day, idleSeats, adoptionDrop, neverUsed }) => [day, idleSeats, adoptionDrop, neverUsed])),
  };
}

/**
 * The share of licensed users to silence for the weekly active rate to fall by about `points`: silencing
 * a random share s of them takes s × rate off the rate, with the rate the week before the shift had.
 */
async function silencedShareFor(spec: TenantSpec, day: number, points: number): Promise<number> {
  const before = await aggregateCopilotTenantAsync(spec, day - 1, false);
  const week = before.activeByPeriod.get(7)?.active.at(-1) ?? 0;
  const rate = before.licensedUsers > 0 ? week / before.licensedUsers : 0;
  return rate > 0 ? Math.min(1, points / 100 / rate) : 0;
}

/** The user index below which exactly `count` licensed users who were ever active lie (all of them if fewer). */
function neverUsedCutoff(spec: TenantSpec, count: number): number {
  let found = 0;
  for (let index = 0; index < spec.users; index++) {
    const profile = getCopilotProfile(spec.seed, index);
    if (profile && !profile.neverActive && ++found === count) return index + 1;
  }
  return spec.users;
}
