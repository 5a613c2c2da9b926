/**
 * Usage by directory attribute: per-user report rows joined to the directory by UPN (any case) and
 * summed per value of one attribute. Users whose value is empty form "(not set)"; users the directory
 * does not have (deleted since the report's refresh) form "(not in directory)"; rows whose UPN is a
 * concealed hash join nothing and are only counted, so an answer can say why it cannot group them.
 */
import type { DirectoryAttribute, DirectoryIndex } from './directory-index.js';
import { isConcealedIdentity } from './rows-summary.js';

/** The label of users whose attribute is empty. */
export const NOT_SET_LABEL = '(not set)';
/** The label of report users the directory does not have. */
export const NOT_IN_DIRECTORY_LABEL = '(not in directory)';

/** One value's users and their figures. */
export type AttributeGroup<K extends string> = {
  readonly kind: 'value' | 'not-set' | 'not-in-directory';
  /** The value as the directory has it (kind `value` only). */
  readonly value?: string;
  /** The value, or NOT_SET_LABEL / NOT_IN_DIRECTORY_LABEL. */
  readonly label: string;
  /** Rows (users) in the group. */
  readonly rows: number;
  /** Each figure summed over the group's rows. */
  readonly figures: Readonly<Record<K, number>>;
};

export type AttributeGroups<K extends string> = {
  readonly attribute: DirectoryAttribute;
  /** Every group with at least one row: most rows first, then by label. */
  readonly groups: readonly AttributeGroup<K>[];
  /** Rows grouped (concealed ones excluded). */
  readonly rows: number;
  /** Rows whose UPN is concealed (an MD5 hash): they cannot be joined, and are in no group. */
  readonly concealed: number;
};

/** Takes rows one at a time (sync or async sources alike) and groups them. */
export type AttributeGrouper<K extends string> = {
  add(userPrincipalName: string, figures: Readonly<Record<K, number>>): void;
  result(): AttributeGroups<K>;
};

/** A grouper of rows by `attribute`, summing the figures named in `keys`. */
export function createAttributeGrouper<K extends string>(index: DirectoryIndex, attribute: DirectoryAttribute, keys: readonly K[]): AttributeGrouper<K> {
  // Slots: one per value code (0: not set), then one for users not in the directory.
  const missing = index.codeCount(attribute);
  const counts = new Float64Array(missing + 1);
  const sums = keys.map(() => new Float64Array(missing + 1));
  let concealed = 0;
  return {
    add(userPrincipalName, figures) {
      if (isConcealedIdentity(userPrincipalName)) {
        concealed++;
        return;
      }
      const position = index.find(userPrincipalName);
      const slot = position < 0 ? missing : index.codeAt(position, attribute);
      counts[slot]!++;
      for (let key = 0; key < keys.length; key++) sums[key]![slot]! += figures[keys[key]!];
    },
    result() {
      const groups: AttributeGroup<K>[] = [];
      for (let slot = 0; slot <= missing; slot++) {
        if (counts[slot] === 0) continue;
        const figures = Object.fromEntries(keys.map((key, position) => [key, sums[position]![slot]!])) as Record<K, number>;
        const value = slot === missing ? null : index.valueOf(attribute, slot);
        const group =
          slot === missing
            ? { kind: 'not-in-directory' as const, label: NOT_IN_DIRECTORY_LABEL }
            : value === null
              ? { kind: 'not-set' as const, label: NOT_SET_LABEL }
              : { kind: 'value' as const, value, label: value };
        groups.push({ ...group, rows: counts[slot]!, figures });
      }
      groups.sort((a, b) => b.rows - a.rows || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
      return { attribute, groups, rows: counts.reduce((sum, count) => sum + count, 0), concealed };
    },
  };
}

/** Groups `rows` of (UPN, figures) by `attribute`, summing the figures named in `keys`. */
export function groupByAttribute<K extends string>(
  rows: Iterable<readonly [userPrincipalName: string, figures: Readonly<Record<K, number>>]>,
  index: DirectoryIndex,
  attribute: DirectoryAttribute,
  keys: readonly K[],
): AttributeGroups<K> {
  const grouper = createAttributeGrouper(index, attribute, keys);
  for (const [userPrincipalName, figures] of rows) grouper.add(userPrincipalName, figures);
  return grouper.result();
}
