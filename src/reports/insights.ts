/**
 * Pure maths over report rows: activity windows, active and inactive counts, per-app counts, inactive
 * seats and groups, and a bounded top-N selection. Everything here works one row at a time, so a
 * million-user report is aggregated while it streams and only the N rows shown are ever kept.
 */
import { BinaryHeap } from './binary-heap.js';
import { addDays } from '../clock.js';
import { COPILOT_APPS, REPORTS, type RowOf } from './catalog.js';
import { allowedPeriods } from './report-request.js';

/** The days a period counts, ending on (and including) `end`: Graph's Dn is `end - (n - 1)` … `end`. */
export type ActivityWindow = { readonly start: string; readonly end: string; readonly days: number };

/** The `days`-day window ending on `end` (YYYY-MM-DD), the rule Graph and the emulator use for "active in Dn". */
export function activityWindow(end: string, days: number): ActivityWindow {
  return { start: addDays(end, -(Math.max(1, days) - 1)), end, days };
}

/** Whether a last-activity date falls in the window (absent: never active). */
export function isActiveIn(window: ActivityWindow, lastActivityDate: string | undefined): boolean {
  return lastActivityDate !== undefined && lastActivityDate >= window.start;
}

/**
 * Days a period value stands for: `D7` → 7; `ALL` → the longest of the `allowed` periods (Graph
 * answers ALL with one row per period, and the longest covers the others). Undefined when unknown.
 */
export function periodDays(period: string, allowed: readonly string[] = []): number | undefined {
  const match = /^D(\d+)$/.exec(period);
  if (match) return Number(match[1]);
  if (period !== 'ALL') return undefined;
  const lengths = allowed.map((value) => periodDays(value)).filter((days): days is number => days !== undefined);
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}

/** What a report's metadata says about the span it covers. */
export type ReportSpan = {
  readonly report: string;
  readonly period?: string;
  readonly date?: string;
  readonly version?: 'v1' | 'v2';
  readonly refreshDate?: string;
};

/**
 * The window a Copilot user-detail report answers for, and which of its rows count: for ALL only the
 * longest period's, since Graph lists every user once per period. `today` stands in for an empty report's refresh date.
 */
export function copilotSeatScope(span: ReportSpan, today: string): { window: ActivityWindow; counts: (row: { reportPeriod?: number }) => boolean } {
  const { days, counts } = copilotSeatRows(span);
  return { window: activityWindow(span.refreshDate ?? today, days), counts };
}

/** The window's length and which rows count: these depend on the period and version alone, not on the refresh date. */
export function copilotSeatRows(span: ReportSpan): { days: number; counts: (row: { reportPeriod?: number }) => boolean } {
  const period = span.period ?? '';
  const days = periodDays(period, allowedPeriods(REPORTS['copilot-users'], span.version ?? 'v1'));
  if (days === undefined) throw new Error(`${span.report} came back with a period the bot cannot count (${period || 'none'}).`);
  const only = period === 'ALL' ? days : undefined;
  return { days, counts: (row) => only === undefined || row.reportPeriod === undefined || row.reportPeriod === only };
}

/** The window a groups report answers for: its period ending on the refresh date, or the one day asked for by date. */
export function groupsActivityWindow(span: ReportSpan, today: string): ActivityWindow {
  if (span.date !== undefined) return activityWindow(span.date, 1);
  const days = periodDays(span.period ?? '');
  if (days === undefined) throw new Error(`${span.report} came back with a period the bot cannot count (${span.period ?? 'none'}).`);
  return activityWindow(span.refreshDate ?? today, days);
}

// ---------------------------------------------------------------------------------------------
// Bounded top-N selection

/** Keeps the `limit` best items offered (by `compare`: negative when `a` ranks before `b`) in O(limit) memory. */
export type TopSelection<T> = {
  offer(item: T): void;
  /** How many items were offered in all. */
  readonly offered: number;
  /** The kept items, best first. */
  result(): T[];
};

/** A bounded selection: a heap whose root is the worst kept item, replaced when a better one arrives. */
export function createTopSelection<T>(limit: number, compare: (a: T, b: T) => number): TopSelection<T> {
  const capacity = Math.max(0, Math.floor(limit));
  // The item that ranks last sits at the root, to be replaced when a better one arrives.
  const heap = new BinaryHeap<T>((a, b) => compare(a, b) > 0);
  let offered = 0;
  return {
    offer(item) {
      offered += 1;
      if (capacity === 0) return;
      if (heap.size < capacity) heap.push(item);
      else if (compare(item, heap.peek()!) < 0) heap.replaceRoot(item);
    },
    get offered() {
      return offered;
    },
    result: () => heap.toArray().sort(compare),
  };
}

/** Orders by last activity, most recent first, never active last; ties by name, so lists are stable. */
export function mostRecentlyActiveFirst<T>(dateOf: (item: T) => string | undefined, nameOf: (item: T) => string) {
  return (a: T, b: T): number => {
    const dateA = dateOf(a);
    const dateB = dateOf(b);
    if (dateA !== dateB) {
      if (dateA === undefined) return 1;
      if (dateB === undefined) return -1;
      return dateA > dateB ? -1 : 1;
    }
    return compareText(nameOf(a), nameOf(b));
  };
}

/** Orders by how long since the last activity: never active first, then the oldest; ties by name. */
export function longestInactiveFirst<T>(dateOf: (item: T) => string | undefined, nameOf: (item: T) => string) {
  return (a: T, b: T): number => {
    const dateA = dateOf(a);
    const dateB = dateOf(b);
    if (dateA !== dateB) {
      if (dateA === undefined) return -1;
      if (dateB === undefined) return 1;
      return dateA < dateB ? -1 : 1;
    }
    return compareText(nameOf(a), nameOf(b));
  };
}

/** Orders text by UTF-16 code units, the same in every locale (ISO dates sort as days do). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by a score, highest first; ties by name, so lists are stable. */
export function highestFirst<T>(scoreOf: (item: T) => number, nameOf: (item: T) => string) {
  return (a: T, b: T): number => scoreOf(b) - scoreOf(a) || compareText(nameOf(a), nameOf(b));
}

// ---------------------------------------------------------------------------------------------
// Copilot

export type CopilotAppKey = (typeof COPILOT_APPS)[number]['key'];
type CopilotUserRow = RowOf<'copilot-users'>;
type CopilotCountRow = RowOf<'copilot-summary'> | RowOf<'copilot-trend'>;

const APP_LAST_ACTIVITY = {
  microsoftTeams: 'microsoftTeamsCopilotLastActivityDate',
  word: 'wordCopilotLastActivityDate',
  excel: 'excelCopilotLastActivityDate',
  powerPoint: 'powerPointCopilotLastActivityDate',
  outlook: 'outlookCopilotLastActivityDate',
  oneNote: 'oneNoteCopilotLastActivityDate',
  loop: 'loopCopilotLastActivityDate',
  copilotChat: 'copilotChatLastActivityDate',
  microsoft365Copilot: 'microsoft365CopilotLastActivityDate',
  copilotChatWork: 'copilotChatWorkLastActivityDate',
  copilotChatWeb: 'copilotChatWebLastActivityDate',
  edge: 'edgeLastActivityDate',
  copilotAgent: 'copilotAgentLastActivityDate',
} as const satisfies Record<CopilotAppKey, keyof CopilotUserRow>;

/** The Copilot apps a report of `version` has figures for: v1 lacks the apps Copilot report v2 added. */
export function copilotAppsOf(version: 'v1' | 'v2' | undefined) {
  return COPILOT_APPS.filter((app) => !('since' in app) || version === 'v2');
}

/** A user's last Copilot activity in one app, from the user detail report. */
export function appLastActivity(row: CopilotUserRow, app: CopilotAppKey): string | undefined {
  return row[APP_LAST_ACTIVITY[app]];
}

/** Labels of the apps (in COPILOT_APPS order) a user used Copilot in within the window. */
export function copilotAppsUsed(row: CopilotUserRow, window: ActivityWindow): string[] {
  return COPILOT_APPS.filter((app) => isActiveIn(window, appLastActivity(row, app.key))).map((app) => app.label);
}

/** Copilot report v2's per-user usage: prompts submitted (all apps) and active usage days in the period. */
export type CopilotUsage = { readonly promptsSubmitted: number; readonly activeUsageDays: number };

/** Seats counted from the user detail: every row is a licensed (enabled) user. */
export type CopilotSeatCounts = {
  readonly enabled: number;
  readonly active: number;
  readonly inactive: number;
  /** Seats with no Copilot activity ever reported. */
  readonly neverActive: number;
  /** Users active in the window per app, COPILOT_APPS order (v2's apps only from a v2 report). */
  readonly apps: readonly { readonly key: CopilotAppKey; readonly label: string; readonly active: number }[];
  /** Copilot report v2 only: prompts and active usage days summed over every seat. */
  readonly usage?: CopilotUsage;
};

/** Counts enabled, active, inactive and never-active seats, active users per app and (v2) usage, one row at a time. */
export function createCopilotSeatTally(window: ActivityWindow, version: 'v1' | 'v2' = 'v1') {
  const apps = copilotAppsOf(version);
  let enabled = 0;
  let active = 0;
  let neverActive = 0;
  let promptsSubmitted = 0;
  let activeUsageDays = 0;
  const appActive = apps.map(() => 0);
  return {
    observe(row: CopilotUserRow): void {
      enabled += 1;
      if (row.lastActivityDate === undefined) neverActive += 1;
      if (isActiveIn(window, row.lastActivityDate)) active += 1;
      promptsSubmitted += row.promptsSubmitted ?? 0;
      activeUsageDays += row.activeUsageDays ?? 0;
      apps.forEach((app, index) => {
        if (isActiveIn(window, appLastActivity(row, app.key))) appActive[index]! += 1;
      });
    },
    result(): CopilotSeatCounts {
      return {
        enabled,
        active,
        inactive: enabled - active,
        neverActive,
        apps: apps.map((app, index) => ({ key: app.key, label: app.label, active: appActive[index]! })),
        ...(version === 'v2' ? { usage: { promptsSubmitted, activeUsageDays } } : {}),
      };
    },
  };
}

/** Enabled and active users of one period (a summary row) or one day (a trend row), per app. */
export type CopilotCounts = {
  readonly enabled: number;
  readonly active: number;
  readonly apps: readonly { readonly key: CopilotAppKey; readonly label: string; readonly enabled: number; readonly active: number }[];
  readonly promptsSubmitted?: number;
};

/**
 * Reads the any-app and per-app counts of a summary or trend row; an absent cell counts as 0, and an app
 * of Copilot report v2 without its columns (a v1 report) is left out. Per-app shares use one base:
 * the users enabled for Copilot in any app (`enabled`), the same base the user detail gives `copilot users`.
 */
export function copilotCounts(row: CopilotCountRow): CopilotCounts {
  const counts = row as Readonly<Record<string, unknown>>;
  const count = (key: string) => {
    const value = counts[key];
    return typeof value === 'number' ? value : 0;
  };
  // The summary calls it Total Prompts Submitted, the trend Prompts Submitted (both v2 only).
  const prompts = [counts['totalPromptsSubmitted'], counts['promptsSubmitted']].find((value): value is number => typeof value === 'number');
  return {
    enabled: count('anyAppEnabledUsers'),
    active: count('anyAppActiveUsers'),
    apps: COPILOT_APPS.filter((app) => app.counted && (!('since' in app) || counts[`${app.key}ActiveUsers`] !== undefined)).map((app) => ({
      key: app.key,
      label: app.label,
      enabled: count('anyAppEnabledUsers'),
      active: count(`${app.key}ActiveUsers`),
    })),
    ...(prompts !== undefined ? { promptsSubmitted: prompts } : {}),
  };
}

/**
 * Collects the daily trend, oldest day first. For ALL Graph repeats the days once per period; the
 * row from the longest period wins for each day.
 */
export function createTrendCollector() {
  const byDate = new Map<string, { period: number; row: RowOf<'copilot-trend'> }>();
  return {
    observe(row: RowOf<'copilot-trend'>): void {
      const period = row.reportPeriod ?? 0;
      const kept = byDate.get(row.reportDate);
      if (!kept || period > kept.period) byDate.set(row.reportDate, { period, row });
    },
    result(): { readonly date: string; readonly enabled: number; readonly active: number }[] {
      return [...byDate.keys()].sort().map((date) => {
        const { enabled, active } = copilotCounts(byDate.get(date)!.row);
        return { date, enabled, active };
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Microsoft 365 groups

type GroupRow = RowOf<'groups'>;

/** Counts over the groups report: `total`, `active`, `inactive` and `byType` exclude deleted groups. */
export type GroupActivityCounts = {
  readonly total: number;
  readonly active: number;
  readonly inactive: number;
  readonly deleted: number;
  /** Most common type first. */
  readonly byType: readonly { readonly type: string; readonly count: number }[];
};

/** The label for a group without a type in the report. */
export const UNKNOWN_GROUP_TYPE = 'Unknown';

/** Counts active, inactive and deleted groups and groups per type, one row at a time. */
export function createGroupTally(window: ActivityWindow) {
  let total = 0;
  let active = 0;
  let deleted = 0;
  const types = new Map<string, number>();
  return {
    observe(row: GroupRow): void {
      if (row.isDeleted === true) {
        deleted += 1;
        return;
      }
      total += 1;
      if (isActiveIn(window, row.lastActivityDate)) active += 1;
      const type = row.groupType ?? UNKNOWN_GROUP_TYPE;
      types.set(type, (types.get(type) ?? 0) + 1);
    },
    result(): GroupActivityCounts {
      return { total, active, inactive: total - active, deleted, byType: typeCountsOf(types) };
    },
  };
}

/** Groups per type, most common type first, ties by type name. */
export function typeCountsOf(types: ReadonlyMap<string, number>): GroupActivityCounts['byType'] {
  const byType = [...types].map(([type, count]) => ({ type, count }));
  return byType.sort((a, b) => b.count - a.count || compareText(a.type, b.type));
}

/** What a group did in the window: emails received + SharePoint files active + Yammer posts. */
export function groupActivityScore(row: GroupRow): number {
  return (row.exchangeReceivedEmailCount ?? 0) + (row.sharePointActiveFileCount ?? 0) + (row.yammerPostedMessageCount ?? 0);
}

/** What a group stores: mailbox plus SharePoint site bytes. */
export function groupStorageBytes(row: GroupRow): number {
  return (row.exchangeMailboxStorageUsedInBytes ?? 0) + (row.sharePointSiteStorageUsedInBytes ?? 0);
}

/** A group's sort key: name, then id, since group names repeat and a list must not depend on arrival order. */
export function groupSortKey(row: GroupRow): string {
  return `${groupName(row)}\u0000${row.groupId}`;
}

/** The order of the groups card's "most active" list: most activity first, ties by name. */
export function mostActiveGroupFirst(a: GroupRow, b: GroupRow): number {
  return groupActivityScore(b) - groupActivityScore(a) || compareText(groupSortKey(a), groupSortKey(b));
}

/** The order of the groups card's "largest" list: most storage first, ties by name. */
export function largestGroupFirst(a: GroupRow, b: GroupRow): number {
  return groupStorageBytes(b) - groupStorageBytes(a) || compareText(groupSortKey(a), groupSortKey(b));
}

/** A group's name as the report gives it (concealed hash included); the id when the name is empty. */
export function groupName(row: GroupRow): string {
  return row.groupDisplayName ?? row.groupId;
}
