/**
 * How many items (users, groups) were last active on each day, so "active in the window" can be counted
 * for a window known only after the report has streamed past (it ends on the report's refresh date).
 * Days before `floor` are folded into one count, which keeps the figures as small as the period is long.
 */
/** Plain JSON: items with no date, items dated before `floor` (not told apart), and items per day from `floor` on. */
export type DayCounts = {
  readonly none: number;
  readonly beforeFloor: number;
  /** Absent while no floor was set: every day is then counted on its own. */
  readonly floor?: string;
  readonly byDay: Readonly<Record<string, number>>;
};

export type DayCounter = {
  add(date: string | undefined): void;
  /**
   * No window an answer asks about starts before `floor`: the days before it need no telling apart.
   * Only ever raised; a lower floor than the current one is ignored.
   */
  raiseFloor(floor: string): void;
  result(): DayCounts;
};

export function createDayCounter(): DayCounter {
  // A count per day in a box: a million rows of a few hundred days then cost one lookup each, not a lookup and a store.
  const byDay = new Map<string, { count: number }>();
  let none = 0;
  let beforeFloor = 0;
  let floor: string | undefined;
  return {
    add(date) {
      if (date === undefined) none += 1;
      else if (floor !== undefined && date < floor) beforeFloor += 1;
      else {
        const day = byDay.get(date);
        if (day) day.count += 1;
        else byDay.set(date, { count: 1 });
      }
    },
    raiseFloor(next) {
      if (floor !== undefined && next <= floor) return;
      floor = next;
      for (const [day, { count }] of byDay) {
        if (day >= next) continue;
        beforeFloor += count;
        byDay.delete(day);
      }
    },
    result: () => ({ none, beforeFloor, ...(floor !== undefined ? { floor } : {}), byDay: Object.fromEntries([...byDay].map(([day, { count }]) => [day, count] as const).sort(([a], [b]) => (a < b ? -1 : 1))) }),
  };
}

/** Items counted in all, dated or not. */
export function totalOf(counts: DayCounts): number {
  return Object.values(counts.byDay).reduce((sum, count) => sum + count, counts.none + counts.beforeFloor);
}

/** Items dated `start` or later. A window starting before the floor cannot be told, and is refused. */
export function countSince(counts: DayCounts, start: string): number {
  if (counts.floor !== undefined && start < counts.floor) {
    throw new Error(`Activity since ${start} cannot be counted from a snapshot that tells days apart only from ${counts.floor}.`);
  }
  let sum = 0;
  for (const [day, count] of Object.entries(counts.byDay)) if (day >= start) sum += count;
  return sum;
}
