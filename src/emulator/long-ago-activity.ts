/**
 * The last activity of something dormant (a group, a site, a user who left their licence unused): half
 * were never active, the others last long ago, on a day that moves only once every 400 days, so it stays
 * put while the clock advances.
 */
import { hashKeys, hashUnit } from './seeded-random.js';

const CYCLE_DAYS = 400;

/** An epoch day on or before `latest` for item `index` under `key`, or undefined for half of the items. */
export function longAgoActivityDay(key: number, index: number, latest: number): number | undefined {
  if (hashUnit(key, index, -1) < 0.5) return undefined;
  const phase = hashKeys(key, index, -2) % CYCLE_DAYS;
  return latest - ((((latest + phase) % CYCLE_DAYS) + CYCLE_DAYS) % CYCLE_DAYS);
}
