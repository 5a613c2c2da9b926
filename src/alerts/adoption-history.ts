/**
 * Copilot adoption over the last 7 days (enabled and active users) of each data day the alert engine
 * read, kept in the state store (`alert-history/adoption/<day>`) so an adoption-drop rule compares this
 * week with the week before: the summary report has no way to ask for last week's figures. The first
 * instance to read a day records it; days older than two months are dropped.
 */
import { addDays } from '../clock.js';
import { getReadable, putIfCondition, type StateStore } from '../store/state-store.js';
import type { AdoptionDay } from './alert-figures.js';

const PREFIX = 'alert-history/adoption/';
const KEPT_DAYS = 62;

/** Records the day's adoption once (the first reader's; every instance reads the same report). */
export async function recordAdoptionDay(store: StateStore, day: AdoptionDay): Promise<void> {
  const recorded = await putIfCondition(store, `${PREFIX}${day.date}`, { date: day.date, enabled: day.enabled, active: day.active }, { ifNoneMatch: '*' });
  if (recorded === undefined) return;
  const before = addDays(day.date, -KEPT_DAYS);
  for (const key of await store.list(PREFIX)) if (key.slice(PREFIX.length) < before) await store.delete(key);
}

/** The adoption recorded for `date`, if any (a damaged record counts as none). */
export async function findAdoptionDay(store: StateStore, date: string): Promise<AdoptionDay | undefined> {
  const stored = await getReadable(store, `${PREFIX}${date}`);
  const value = (stored === 'damaged' ? undefined : stored?.value) as Partial<AdoptionDay> | undefined;
  const valid = value && value.date === date && Number.isSafeInteger(value.enabled) && Number.isSafeInteger(value.active);
  return valid ? { date, enabled: value.enabled!, active: value.active! } : undefined;
}
