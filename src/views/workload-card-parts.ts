/**
 * What each workload answer contributes to the shared workload card (its title, figures, sections and
 * lists, in words), and the pieces they share: active of listed, a figure per line, the last
 * activity of a listed item. workload-view.ts assembles the parts into the card.
 */
import type { ItemActivity } from '../reports/detail-snapshot.js';
import { barValue } from './bar-facts.js';
import type { CardSection, Fact } from './card-data.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

/** A list as an answer hands it over: rows already formatted, how many there are in all, and words for the note. */
export type PartList = {
  readonly title: string;
  readonly rows: readonly Fact[];
  /** How many items the report has for this list (more than shown: the note says the CSV has them all). */
  readonly total: number;
  readonly noun: string;
  readonly emptyText: string;
};

/** One answer's part of the workload card, in raw words (the view encodes them). */
export type WorkloadCardParts = {
  /** "Microsoft Teams": the card's title before the period. */
  readonly title: string;
  /** What the report lists, for a report without rows: "Teams users". */
  readonly items: string;
  /** "OneDrive", for a report without rows: what the tenant has no data of. */
  readonly workload: string;
  readonly facts: readonly Fact[];
  readonly sections: readonly CardSection[];
  readonly lists: readonly PartList[];
  /** The lists as the channel note names them: "The lists of Teams users". */
  readonly listsName: string;
  /** The heading over the buttons to neighbouring answers, when the answer has any. */
  readonly linksTitle?: string;
};

/** "Active users: ███▍░░░░░░ 34.3% · 412 of 1,200" for items listed and active in the period. */
export function activeFact(title: string, activity: ItemActivity, { format, encode }: ViewContext): Fact {
  return { title: encode(title), value: encode(barValue(activity.active, activity.total, format)) };
}

/** A fact whose value is a count: "Meetings: 1,234". */
export function countFact(title: string, value: number, { format, encode }: ViewContext): Fact {
  return { title: encode(title), value: encode(format.number(value)) };
}

/** A titled group of facts, with a note under it when `note` is given. */
export function section(title: string, facts: readonly Fact[], { encode }: ViewContext, note = ''): CardSection {
  return { title: encode(title), facts, hasNote: note !== '', note: encode(note) };
}

/** "last active Nov 18, 2026" or "never active". */
export function lastActive(date: string | undefined, format: ValueFormat): string {
  return date !== undefined ? `last active ${format.date(date)}` : 'never active';
}

/** "1 call", "1,234 calls", or nothing for a figure the report left out. */
export function counted(value: number | undefined, one: string, many: string, format: ValueFormat): string | undefined {
  return value !== undefined ? `${format.number(value)} ${value === 1 ? one : many}` : undefined;
}

/** A list row: the item's name, then its details joined by " · " (absent ones left out). */
export function itemFact(name: string, details: readonly (string | undefined)[], { encode }: ViewContext): Fact {
  return { title: encode(name), value: encode(details.filter((detail) => detail !== undefined && detail !== '').join(' · ')) };
}

/** A person's list row: the display name on the name line when the report has one (the principal name then leads the details). */
export function personFact(displayName: string | undefined, principalName: string, details: readonly (string | undefined)[], ctx: ViewContext): Fact {
  return displayName ? itemFact(displayName, [principalName, ...details], ctx) : itemFact(principalName, details, ctx);
}

/** The ranked lists every detail answer has: what they rank, and the inactive list with its total. */
export function inactiveList<T>(items: readonly T[], inactive: number, noun: string, fact: (item: T) => Fact, period: string): PartList {
  return {
    title: 'Inactive the longest (never active first)',
    rows: items.map(fact),
    total: inactive,
    noun,
    emptyText: `Every one of them was active in the ${period}.`,
  };
}

/** A top list: ranked by what it says, its own length is its total. */
export function topList<T>(title: string, items: readonly T[], noun: string, fact: (item: T) => Fact, emptyText: string): PartList {
  return { title, rows: items.map(fact), total: items.length, noun, emptyText };
}
