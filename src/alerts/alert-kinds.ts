/**
 * The figures an alert rule can watch, as data: how each is typed, the units its threshold takes,
 * whether it names a SKU, and the Graph data it is read from. The grammar, the engine and the help
 * read this table, so a new kind is one entry here and its figure in alert-figures.ts.
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
  /** What the figure is, in a few words, for help and refusals. */
  readonly describes: string;
  readonly example: string;
};

export const ALERT_KINDS: readonly AlertKind[] = [
  {
    name: 'idle-seats',
    words: 'idle-seats',
    units: ['count', 'percent'],
    takesSku: false,
    source: 'copilot-seats',
    describes: 'Copilot seats unassigned or without Copilot activity in 30 days (28 under report v2), or their share of the purchased seats',
    example: 'alert idle-seats > 100',
  },
  {
    name: 'unassigned',
    words: 'unassigned',
    units: ['count'],
    takesSku: true,
    source: 'licences',
    describes: 'purchased seats not assigned: Copilot seats, or those of the SKU named',
    example: 'alert unassigned > 50 SPE_E5',
  },
  {
    name: 'idle-spend',
    words: 'idle-spend',
    units: ['money'],
    takesSku: false,
    source: 'copilot-seats',
    describes: 'what idle Copilot seats cost a month, at the configured licence price',
    example: 'alert idle-spend > 5000 USD',
  },
  {
    name: 'adoption-drop',
    words: 'adoption drop',
    units: ['points'],
    takesSku: false,
    source: 'copilot-adoption',
    describes: 'percentage points Copilot adoption over the last 7 days fell since the week before',
    example: 'alert adoption drop > 10',
  },
  {
    name: 'never-used',
    words: 'never-used',
    units: ['count'],
    takesSku: false,
    source: 'copilot-seats',
    describes: 'assigned Copilot seats whose user never used Copilot',
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
    describes: 'users with a paid licence and no activity in any workload over the period (D30, D90 or D180; 30 days when none is given), as inactive users lists them',
    example: 'alert inactive-users > 200 D90',
  },
];

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
