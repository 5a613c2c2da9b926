/**
 * Report periods as admins read them: `D30` is "last 30 days", `ALL` "all periods". Graph's
 * `RL28` (Copilot report v2's rolling 28 days) reads the same way.
 */

const DAYS = /^(?:D|RL)(\d{1,4})$/i;

/** "last 30 days" for D30, "all periods" for ALL, anything else as given. */
export function describePeriod(period: string): string {
  if (period.toUpperCase() === 'ALL') return 'all periods';
  const days = DAYS.exec(period)?.[1];
  return days === undefined ? period : `last ${Number(days)} days`;
}

/** The same, capitalised for a label: "Last 30 days". */
export function periodLabel(period: string): string {
  const described = describePeriod(period);
  return described.charAt(0).toUpperCase() + described.slice(1);
}
