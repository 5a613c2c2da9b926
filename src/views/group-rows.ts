/**
 * One line per Microsoft 365 group: its name (deleted groups flagged, and a short id after a name the
 * list shows more than once, since group names repeat) and the numbers that matter for the list it is in
 * (activity, storage, or owner and last activity for the inactive list), in the reader's language.
 */
import type { GroupRow } from '../view-models.js';
import type { Fact } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** How many characters of a group's id tell it apart from another of the same name. */
const SHORT_ID_LENGTH = 8;

/** What a list says about each group, besides its name. */
export type GroupDetails = (row: GroupRow, ctx: ViewContext) => readonly (string | undefined)[];

/** The facts of a list of groups: names the list repeats get the start of their id, so two "Marketing" groups read apart. */
export function groupFacts(rows: readonly GroupRow[], details: GroupDetails, ctx: ViewContext): Fact[] {
  const { encode, messages: { t } } = ctx;
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.name, (seen.get(row.name) ?? 0) + 1);
  return rows.map((row) => {
    const named = (seen.get(row.name) ?? 0) > 1 ? t('groupRow.withId', { name: row.name, id: row.id.slice(0, SHORT_ID_LENGTH) }) : row.name;
    const title = row.deleted ? t('groupRow.deleted', { name: named }) : named;
    return { title: encode(title), value: encode(details(row, ctx).filter((detail) => detail !== undefined).join(' · ')) };
  });
}

function members(row: GroupRow, { messages: { t } }: ViewContext): string | undefined {
  return row.memberCount !== undefined ? t('groupRow.members', { count: row.memberCount }) : undefined;
}

/** For "top groups by activity": last activity, members, email received, active files. */
export const activityDetails: GroupDetails = (row, ctx) => {
  const { format, messages: { t } } = ctx;
  return [
    row.lastActivityDate !== undefined ? t('groupRow.active', { date: format.date(row.lastActivityDate) }) : t('groupRow.noActivity'),
    members(row, ctx),
    row.exchangeReceivedEmailCount !== undefined ? t('groupRow.emails', { count: row.exchangeReceivedEmailCount }) : undefined,
    row.sharePointActiveFileCount !== undefined ? t('groupRow.files', { count: row.sharePointActiveFileCount }) : undefined,
  ];
};

/** For "top groups by storage": storage used and members. */
export const storageDetails: GroupDetails = (row, ctx) => [row.storageBytes !== undefined ? ctx.format.bytes(row.storageBytes) : undefined, members(row, ctx)];

/** For the inactive list: owner, last activity, members, storage. */
export const inactiveDetails: GroupDetails = (row, ctx) => {
  const { format, messages: { t } } = ctx;
  return [
    row.owner ? t('groupRow.owner', { owner: row.owner }) : t('groupRow.noOwner'),
    row.lastActivityDate !== undefined ? t('groupRow.lastActivity', { date: format.date(row.lastActivityDate) }) : t('groupRow.noActivity'),
    members(row, ctx),
    row.storageBytes !== undefined ? format.bytes(row.storageBytes) : undefined,
  ];
};
