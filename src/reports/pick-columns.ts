/**
 * The few columns of a row a snapshot list keeps: answers show a handful of each listed row, and a
 * snapshot holding whole rows of wide reports (the Teams detail has 33 columns) would not stay small.
 */

/** A copy of `row` with only `keys`; absent cells stay absent. */
export function pickColumns<Row extends object, K extends keyof Row>(row: Row, keys: readonly K[]): Pick<Row, K> {
  const picked: Partial<Pick<Row, K>> = {};
  for (const key of keys) if (row[key] !== undefined) picked[key] = row[key];
  return picked as Pick<Row, K>;
}
