/**
 * What each workload answer contributes to the shared workload card (its facts, sections and lists, in the
 * reader's words), and the pieces they share: active of listed, a figure per line, a list row's counts and
 * last activity. workload-view.ts assembles the parts into the card, with the title and notes of its kind.
 */
import type { ItemActivity } from '../reports/detail-snapshot.js';
import { barValue } from './bar-facts.js';
import type { CardSection, Fact, RowNoun } from './card-data.js';
import { periodIn } from './describe-period.js';
import type { ViewContext } from './view-context.js';

/** What a workload answer lists and counts: users, accounts (OneDrive) or sites (SharePoint). */
export type WorkloadItems = Exclude<RowNoun, 'groups'>;

/** A list row's counts, as `workload.count` words them. */
export type CountedItem = 'messages' | 'meetings' | 'calls' | 'sent' | 'received' | 'read' | 'files' | 'activeFiles' | 'pageViews';

/** A list as an answer hands it over: rows already formatted, how many there are in all, and words for the note. */
export type PartList = {
  readonly title: string;
  readonly rows: readonly Fact[];
  /** How many items the report has for this list (more than shown: the note says the CSV has them all). */
  readonly total: number;
  readonly noun: WorkloadItems;
  readonly emptyText: string;
};

/** One answer's part of the workload card, in the reader's words (the view encodes them). */
export type WorkloadCardParts = {
  readonly facts: readonly Fact[];
  readonly sections: readonly CardSection[];
  readonly lists: readonly PartList[];
  /** The heading over the buttons to neighbouring answers, when the answer has any. */
  readonly linksTitle?: string;
};

/** "Active users: ███▍░░░░░░ 34.3% · 412 of 1,200" for items listed and active in the period. */
export function activeFact(items: WorkloadItems, activity: ItemActivity, ctx: ViewContext): Fact {
  return { title: ctx.encode(ctx.messages.t('workload.active', { items })), value: ctx.encode(barValue(activity.active, activity.total, ctx)) };
}

/** A fact whose value is a count: "Meetings: 1,234". */
export function countFact(title: string, value: number, { format, encode }: ViewContext): Fact {
  return { title: encode(title), value: encode(format.number(value)) };
}

/** A titled group of facts, with a note under it when `note` is given. */
export function section(title: string, facts: readonly Fact[], { encode }: ViewContext, note = ''): CardSection {
  return { title: encode(title), facts, hasNote: note !== '', note: encode(note) };
}

/** "Sums over every user the report lists, deleted users included." */
export function sumsNote(items: WorkloadItems, ctx: ViewContext): string {
  return ctx.messages.t('workload.sumsNote', { items });
}

/** "last active Nov 18, 2026" or "never active". */
export function lastActive(date: string | undefined, { format, messages }: ViewContext): string {
  return messages.t('workload.lastActive', { date: date !== undefined ? format.date(date) : 'none' });
}

/** "1 call", "1,234 calls", or nothing for a figure the report left out. */
export function counted(value: number | undefined, what: CountedItem, ctx: ViewContext): string | undefined {
  return value !== undefined ? ctx.messages.t('workload.count', { what, value }) : undefined;
}

/** A list row: the item's name, then its details joined by " · " (absent ones left out). */
export function itemFact(name: string, details: readonly (string | undefined)[], { encode }: ViewContext): Fact {
  return { title: encode(name), value: encode(details.filter((detail) => detail !== undefined && detail !== '').join(' · ')) };
}

/** A person's list row: the display name on the name line when the report has one (the principal name then leads the details). */
export function personFact(displayName: string | undefined, principalName: string, details: readonly (string | undefined)[], ctx: ViewContext): Fact {
  return displayName ? itemFact(displayName, [principalName, ...details], ctx) : itemFact(principalName, details, ctx);
}

/** The list of items inactive the longest every detail answer has, with how many are inactive in all. */
export function inactiveList<T>(items: readonly T[], inactive: number, noun: WorkloadItems, fact: (item: T) => Fact, period: string, ctx: ViewContext): PartList {
  const { t } = ctx.messages;
  return {
    title: t('workload.inactiveTitle'),
    rows: items.map(fact),
    total: inactive,
    noun,
    emptyText: t('workload.allActive', { period: periodIn(period, ctx.messages) }),
  };
}

/** A top list: ranked by what it says, its own length is its total. */
export function topList<T>(title: string, items: readonly T[], noun: WorkloadItems, fact: (item: T) => Fact, emptyText: string): PartList {
  return { title, rows: items.map(fact), total: items.length, noun, emptyText };
}
