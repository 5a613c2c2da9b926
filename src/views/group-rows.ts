/**
 * One line per Microsoft 365 group: its name (deleted groups flagged) and the numbers that matter
 * for the list it is in (activity, storage, or owner and last activity for the inactive list).
 */
import type { GroupRow } from '../view-models.js';
import type { Fact } from './card-data.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

/** How a deleted group is marked after its name. */
export const DELETED_FLAG = '🗑 deleted';

function groupTitle(row: GroupRow): string {
  return row.deleted ? `${row.name} (${DELETED_FLAG})` : row.name;
}

function count(value: number | undefined, noun: string, format: ValueFormat): string | undefined {
  return value !== undefined ? `${format.number(value)} ${noun}` : undefined;
}

function fact(row: GroupRow, details: readonly (string | undefined)[], { encode }: ViewContext): Fact {
  return { title: encode(groupTitle(row)), value: encode(details.filter((detail) => detail !== undefined).join(' · ')) };
}

/** For "top groups by activity": last activity, members, email received, active files. */
export function groupActivityFact(row: GroupRow, ctx: ViewContext): Fact {
  const { format } = ctx;
  return fact(
    row,
    [
      row.lastActivityDate !== undefined ? `active ${format.date(row.lastActivityDate)}` : 'no activity recorded',
      count(row.memberCount, 'members', format),
      count(row.exchangeReceivedEmailCount, 'emails received', format),
      count(row.sharePointActiveFileCount, 'active files', format),
    ],
    ctx,
  );
}

/** For "top groups by storage": storage used and members. */
export function groupStorageFact(row: GroupRow, ctx: ViewContext): Fact {
  const { format } = ctx;
  return fact(row, [row.storageBytes !== undefined ? format.bytes(row.storageBytes) : undefined, count(row.memberCount, 'members', format)], ctx);
}

/** For the inactive list: owner, last activity, members, storage. */
export function inactiveGroupFact(row: GroupRow, ctx: ViewContext): Fact {
  const { format } = ctx;
  return fact(
    row,
    [
      row.owner ? `owner ${row.owner}` : 'no owner listed',
      row.lastActivityDate !== undefined ? `last activity ${format.date(row.lastActivityDate)}` : 'no activity recorded',
      count(row.memberCount, 'members', format),
      row.storageBytes !== undefined ? format.bytes(row.storageBytes) : undefined,
    ],
    ctx,
  );
}
