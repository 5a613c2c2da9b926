/**
 * The figures an alert rule can watch, as data: how each is typed, the units its threshold takes,
 * whether it names a SKU, and the Graph data it is read from. The grammar, the engine and the help
 * read this table, so a new kind is one entry here, its figure in alert-figures.ts and its words in the
 * catalogs (its name in `alert.figure`, what it watches in `alertParse.noKind` and `alertParse.unknownKind`).
 */
import type { AlertKindName, AlertUnit } from '../view-models.js';

export type { AlertKindName, AlertUnit };

/**
 * Where a kind's figure comes from; one read of a source serves every rule on it, and its date (a
 * report's refresh date, or the day licence counts were read) is what makes an evaluation due.
 */
export type AlertSource = 'copilot-seats' | 'copilot-adoption' | 'licences' | 'inactive-users';

export type AlertKind = {
  readonly name: AlertKindName;
  /** As typed after `alert`; spaces and hyphens are the same (`adoption drop`, `adoption-drop`). */
  readonly words: string;
  /** The threshold's units; the first is the one a bare number means. */
  readonly units: readonly AlertUnit[];
  /** Takes a SKU part number or id after the threshold (`alert unassigned > 50 SPE_E5`). */
  readonly takesSku: boolean;
  /** The periods it may count over, the default first (`alert inactive-users > 200 D90`); absent: it takes none. */
  readonly periods?: readonly string[];
  readonly source: AlertSource;
  readonly example: string;
};

export const ALERT_KINDS: readonly AlertKind[] = [
  {
    name: 'idle-seats',
    words: 'idle-seats',
    units: ['count', 'percent'],
    takesSku: false,
    source: 'copilot-seats',
    example: 'alert idle-seats > 100',
  },
  {
    name: 'unassigned',
    words: 'unassigned',
    units: ['count'],
    takesSku: true,
    source: 'licences',
    example: 'alert unassigned > 50 SPE_E5',
  },
  {
    name: 'idle-spend',
    words: 'idle-spend',
    units: ['money'],
    takesSku: false,
    source: 'copilot-seats',
    example: 'alert idle-spend > 5000 USD',
  },
  {
    name: 'adoption-drop',
    words: 'adoption drop',
    units: ['points'],
    takesSku: false,
    source: 'copilot-adoption',
    example: 'alert adoption drop > 10',
  },
  {
    name: 'never-used',
    words: 'never-used',
    units: ['count'],
    takesSku: false,
    source: 'copilot-seats',
    example: 'alert never-used > 20',
  },
  {
    name: 'inactive-users',
    words: 'inactive-users',
    units: ['count'],
    takesSku: false,
    // The reclaim list starts at the workload idle window: a week without activity is no reason to take a licence back.
    periods: ['D30', 'D90', 'D180'],
    source: 'inactive-users',
    example: 'alert inactive-users > 200 D90',
  },
];

/** Whether `alert exclude <SKU>` changes `rule`'s figure: Copilot seat figures do; a named SKU, adoption and the reclaim list do not. */
export function excludedSkusApply(rule: { readonly kind: AlertKindName; readonly sku?: string }): boolean {
  const { source } = alertKind(rule.kind);
  return source === 'copilot-seats' || (source === 'licences' && rule.sku === undefined);
}

/** The period `rule` counts over: its own, or its kind's default; undefined for a kind that takes none. */
export function periodOfRule(rule: { readonly kind: AlertKindName; readonly period?: string }): string | undefined {
  return rule.period ?? alertKind(rule.kind).periods?.[0];
}

/** What one read serves: the source, and for a kind with periods the period (`inactive-users:D90`). */
export function sourceKeyOf(rule: { readonly kind: AlertKindName; readonly period?: string }): string {
  const period = periodOfRule(rule);
  return period !== undefined ? `${alertKind(rule.kind).source}:${period}` : alertKind(rule.kind).source;
}

/** The kind `name` stands for. */
export function alertKind(name: AlertKindName): AlertKind {
  return ALERT_KINDS.find((kind) => kind.name === name)!;
}

/** `idle seats`, `Idle-Seats` and `idle-seats` all read as one key. */
export function kindKey(words: string): string {
  return words.trim().toLowerCase().split(/[\s-]+/).join('-');
}
