/**
 * One line per Microsoft 365 group: its name (deleted groups flagged, and a short id after a name the
 * list shows more than once, since group names repeat) and the numbers that matter for the list it is in
 * (activity, storage, or owner and last activity for the inactive list).
 */
import type { GroupRow } from '../view-models.js';
import type { Fact } from './card-data.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

/** How a deleted group is marked after its name. */
export const DELETED_FLAG = '🗑 deleted';
/** How many characters of a group's id tell it apart from another of the same name. */
const SHORT_ID_LENGTH = 8;

/** What a list says about each group, besides its name. */
export type GroupDetails = (row: GroupRow, format: ValueFormat) => readonly (string | undefined)[];

/** The facts of a list of groups: names the list repeats get the start of their id, so two "Marketing" groups read apart. */
export function groupFacts(rows: readonly GroupRow[], details: GroupDetails, { format, encode }: ViewContext): Fact[] {
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.name, (seen.get(row.name) ?? 0) + 1);
  return rows.map((row) => {
    const named = (seen.get(row.name) ?? 0) > 1 ? `${row.name} (id ${row.id.slice(0, SHORT_ID_LENGTH)})` : row.name;
    const title = row.deleted ? `${named} (${DELETED_FLAG})` : named;
    return { title: encode(title), value: encode(details(row, format).filter((detail) => detail !== undefined).join(' · ')) };
  });
}

function count(value: number | undefined, noun: string, format: ValueFormat): string | undefined {
  return value !== undefined ? `${format.number(value)} ${noun}` : undefined;
}

/** For "top groups by activity": last activity, members, email received, active files. */
export const activityDetails: GroupDetails = (row, format) => [
  row.lastActivityDate !== undefined ? `active ${format.date(row.lastActivityDate)}` : 'no activity recorded',
  count(row.memberCount, 'members', format),
  count(row.exchangeReceivedEmailCount, 'emails received', format),
  count(row.sharePointActiveFileCount, 'active files', format),
];

/** For "top groups by storage": storage used and members. */
export const storageDetails: GroupDetails = (row, format) => [
  row.storageBytes !== undefined ? format.bytes(row.storageBytes) : undefined,
  count(row.memberCount, 'members', format),
];

/** For the inactive list: owner, last activity, members, storage. */
export const inactiveDetails: GroupDetails = (row, format) => [
  row.owner ? `owner ${row.owner}` : 'no owner listed',
  row.lastActivityDate !== undefined ? `last activity ${format.date(row.lastActivityDate)}` : 'no activity recorded',
  count(row.memberCount, 'members', format),
  row.storageBytes !== undefined ? format.bytes(row.storageBytes) : undefined,
];
