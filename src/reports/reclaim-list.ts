/**
 * The reclaim list across SKUs: users with a paid licence and no activity in any workload in the period,
 * each with their licences, last activity per workload and what their licences cost a month, most expensive
 * first. It joins three sources on the user principal name: the active-user detail (who is idle, holding
 * which products), the licence counts (which SKU each product is, free or paid, at what price) and the
 * Copilot usage report (a Copilot seat counts as idle only without Copilot activity: Copilot keeps its own
 * meaning). Read once per refresh (ReportService.derive), kept small: counts, totals and the head. On a cold
 * ask both reports are read in their download passes: the active-user detail's candidates (reclaim-candidates.ts)
 * and the Copilot report's rows seen as they stream (a RowTap); otherwise from the rows.
 */
import { latestActivityOf, productsOf } from './active-users-snapshot.js';
import { skuPricingOf, type SkuKind } from './all-licences.js';
import type { RowOf } from './catalog.js';
import type { LicenceSettings } from './copilot-licences.js';
import { isFreeProductName } from './free-skus.js';
import { compareText, createTopSelection, isActiveIn, type ActivityWindow, type TopSelection } from './insights.js';
import { matchProducts } from './product-skus.js';
import { reportProductName, skuProductName } from './product-names.js';
import { idlePeriodOf, WORKLOAD_IDLE_PERIOD, type ReportVersion } from './figures.js';
import type { LicenceMeta } from './licence-reader.js';
import { isIdleLicensedUser, type ReclaimCandidates } from './reclaim-candidates.js';
import type { Report, ReportMeta, ReportService, RowTap } from './report-service.js';
import type { IdentityVisibility } from './rows-summary.js';
import type { SubscribedSku } from './subscribed-skus.js';
import { WORKLOAD_COLUMNS, type WorkloadKey } from './workload-catalog.js';

type UserRow = RowOf<'active-users'>;

/** One licence a listed user holds: a SKU the product matched, or the report's product when none did. */
export type HeldLicence = {
  /** The report's product name, e.g. `MICROSOFT 365 E5`. */
  readonly product: string;
  /** Readable, e.g. "Microsoft 365 E5". */
  readonly productName: string;
  /** The SKU it is, when one matched. */
  readonly skuPartNumber?: string;
  /** `unmatched`: no SKU answers to the product. */
  readonly kind: SkuKind | 'unmatched';
  /** Per seat and month (paid and Copilot SKUs with a price). */
  readonly monthlyPrice?: number;
};

/** What a listed user's Copilot seat is: idle (priced), in use (not priced), unknown (the reports cannot be joined), or none held. */
export type CopilotSeat = 'idle' | 'in-use' | 'unknown' | 'none';

/** A user on the reclaim list. */
export type ReclaimUser = {
  readonly userPrincipalName: string;
  readonly displayName?: string;
  /** The latest activity in any workload; absent: none reported. */
  readonly lastActivityDate?: string;
  /** Last activity per workload, those with a date. */
  readonly workloads: Readonly<Partial<Record<WorkloadKey, string>>>;
  readonly licences: readonly HeldLicence[];
  readonly copilot: CopilotSeat;
  /** The Copilot report's last activity, for a Copilot holder found there. */
  readonly copilotLastActivityDate?: string;
  /** The priced licences per month: free ones never, a Copilot seat only when idle. */
  readonly monthlyCost: number;
};

/** Whether the Copilot report could be joined to the active-user detail on the user principal name. */
export type CopilotJoin =
  | 'matched'
  /** No listed user holds Copilot: nothing to join. */
  | 'none-held'
  /** One report conceals names and the other does not. */
  | 'concealment-differs'
  /** Both conceal names, and fewer than half of the listed Copilot holders appear in the Copilot report. */
  | 'names-differ';

/** The listed users holding one licence, and what their seats of it cost a month. */
export type ListedLicence = HeldLicence & { readonly users: number; readonly monthlyCost: number };

export type ReclaimList = {
  /** Users listed: paid licence, licensed for a workload, no activity in any workload in the window. */
  readonly users: number;
  /** Their licences' monthly cost, summed (free never, Copilot only where idle, unpriced not). */
  readonly monthlyCost: number;
  /** Per licence held by listed users, most costly first. */
  readonly licences: readonly ListedLicence[];
  /** Listed users holding Copilot; of them with Copilot activity in the window (their seat is in use). */
  readonly copilot: { readonly holders: number; readonly inUse: number; readonly join: CopilotJoin };
  /** The first listed users, most expensive first (then never active, then the longest idle). */
  readonly head: readonly ReclaimUser[];
  /** Every listed Copilot holder's Copilot last activity (null: never), when joined: for the CSV of every user. */
  readonly copilotActivity: ReadonlyMap<string, string | null>;
};

/** Everything the reclaim list is read from. */
export type ReclaimSources = {
  readonly active: Report<'active-users'>;
  readonly window: ActivityWindow;
  /** The Copilot usage user detail (any period: its last activity dates are the same). */
  readonly copilot: Report<'copilot-users'>;
  /** The Copilot report's last activity of the listed Copilot holders, when seen as it downloaded (none: read from its rows). */
  readonly copilotActivity?: ReadonlyMap<string, string | null>;
  readonly skus: readonly SubscribedSku[];
  readonly settings: LicenceSettings;
  /** How many users the head keeps. */
  readonly headRows: number;
};

/** The licences of one Assigned Products cell, priced: computed once per distinct cell. */
type Holding = { readonly licences: readonly HeldLicence[]; readonly paid: boolean; readonly holdsCopilot: boolean };

type Pricer = ReturnType<typeof createLicencePricer>;

/** The listed users of one Assigned Products cell: how many, and of their Copilot seats those in use and those unknown. */
type CellTally = { readonly holding: Holding; users: number; inUse: number; unknown: number };

/**
 * The list's first pass: its users counted by cell, the Copilot holders among them (name → cell), and the head
 * with each Copilot seat counted as idle (an upper bound of each user's cost, and so of their rank).
 */
type FirstPass = {
  readonly cells: Map<string, CellTally>;
  readonly holderCells: Map<string, string>;
  readonly upperBound: TopSelection<ReclaimUser>;
  /** Users listed in all (the head keeps the first of them). */
  readonly listed: number;
};

/** Prices the products of Assigned Products cells under the tenant's SKUs and the settings. */
export function createLicencePricer(skus: readonly SubscribedSku[], settings: LicenceSettings) {
  const memo = new Map<string, Holding>();
  return (assignedProducts: string | undefined): Holding => {
    const cell = assignedProducts ?? '';
    let holding = memo.get(cell);
    if (!holding) {
      const products = productsOf(cell);
      const match = matchProducts(products, skus);
      const licences = products.map((product): HeldLicence => {
        const sku = match.skuOf.get(product);
        if (!sku) return { product, productName: reportProductName(product), kind: isFreeProductName(product) ? 'free' : 'unmatched' };
        const pricing = skuPricingOf(sku, settings);
        const price = pricing.monthlyPrice !== undefined ? { monthlyPrice: pricing.monthlyPrice } : {};
        return { product, productName: skuProductName(sku), skuPartNumber: sku.skuPartNumber, kind: pricing.kind, ...price };
      });
      holding = {
        licences,
        paid: licences.some((licence) => licence.kind !== 'free'),
        holdsCopilot: licences.some((licence) => licence.kind === 'copilot'),
      };
      memo.set(cell, holding);
    }
    return holding;
  };
}

/** Whether a row is on the list: not deleted, licensed for a workload, idle in every workload, holding a paid licence. */
export function isReclaimable(row: UserRow, window: ActivityWindow, holding: Holding): boolean {
  return holding.paid && isIdleLicensedUser(row, window.start);
}

/** Most expensive first, then never active, then the longest idle; ties by name. */
export function mostExpensiveFirst(a: ReclaimUser, b: ReclaimUser): number {
  if (a.monthlyCost !== b.monthlyCost) return b.monthlyCost - a.monthlyCost;
  const dateA = a.lastActivityDate;
  const dateB = b.lastActivityDate;
  if (dateA !== dateB) {
    if (dateA === undefined) return -1;
    if (dateB === undefined) return 1;
    return dateA < dateB ? -1 : 1;
  }
  return compareText(a.userPrincipalName, b.userPrincipalName);
}

/** A listed row as a reclaim user, its Copilot seat as `copilot` says. */
export function reclaimUserOf(row: UserRow, holding: Holding, copilot: CopilotSeat, copilotLastActivityDate?: string | null): ReclaimUser {
  const workloads: Partial<Record<WorkloadKey, string>> = {};
  for (const { key, lastActivity } of WORKLOAD_COLUMNS) {
    const date = row[lastActivity];
    if (date !== undefined) workloads[key] = date;
  }
  const latest = latestActivityOf(row);
  return {
    userPrincipalName: row.userPrincipalName,
    ...(row.displayName !== undefined ? { displayName: row.displayName } : {}),
    ...(latest !== undefined ? { lastActivityDate: latest } : {}),
    workloads,
    licences: holding.licences,
    copilot,
    ...(copilotLastActivityDate ? { copilotLastActivityDate } : {}),
    monthlyCost: costOf(holding.licences, copilot),
  };
}

/** The Copilot seat of a listed user, from the join. */
export function copilotSeatOf(holdsCopilot: boolean, list: Pick<ReclaimList, 'copilot' | 'copilotActivity'>, userPrincipalName: string, window: ActivityWindow): CopilotSeat {
  if (!holdsCopilot) return 'none';
  if (list.copilot.join !== 'matched') return 'unknown';
  return isActiveIn(window, list.copilotActivity.get(userPrincipalName) ?? undefined) ? 'in-use' : 'idle';
}

/**
 * Reads the reclaim list: its users from the active-user detail (the candidates its download kept, else one
 * pass over its rows), the Copilot holders' activity (seen as the Copilot report downloaded, else one pass over
 * its rows), and only when Copilot seats in use moved users out of the head, one more pass over the active-user rows.
 */
export async function readReclaimList(sources: ReclaimSources): Promise<ReclaimList> {
  const { active, window, headRows } = sources;
  const priceOf = createLicencePricer(sources.skus, sources.settings);
  const candidates = candidatesOf(active, window, headRows);
  const { cells, holderCells, upperBound, listed } = candidates ? firstPassOfCandidates(candidates, priceOf, headRows) : await firstPassOfRows(sources, priceOf);
  const { join, activity } = await joinCopilot(holderCells, active.meta.identities, sources.copilot, sources.copilotActivity);
  const list = { copilot: { holders: holderCells.size, inUse: 0, join }, copilotActivity: activity };
  for (const [userPrincipalName, key] of holderCells) {
    const cell = cells.get(key)!;
    const seat = copilotSeatOf(true, list, userPrincipalName, window);
    if (seat === 'in-use') cell.inUse += 1;
    if (seat === 'unknown') cell.unknown += 1;
  }
  const adjusted = (user: ReclaimUser): ReclaimUser => {
    const seat = copilotSeatOf(user.copilot !== 'none', list, user.userPrincipalName, window);
    return { ...user, copilot: seat, monthlyCost: costOf(user.licences, seat), ...copilotDateOf(activity, user.userPrincipalName) };
  };
  let head = exactHead(upperBound, listed, adjusted);
  if (head === undefined) {
    // Copilot seats in use moved some users down past the ones the first pass kept: select again, knowing every seat.
    const exact = createTopSelection<ReclaimUser>(headRows, mostExpensiveFirst);
    for await (const row of active.rows()) {
      const holding = priceOf(row.assignedProducts);
      if (!isReclaimable(row, window, holding)) continue;
      const seat = copilotSeatOf(holding.holdsCopilot, list, row.userPrincipalName, window);
      exact.offer(reclaimUserOf(row, holding, seat, activity.get(row.userPrincipalName)));
    }
    head = exact.result();
  }
  return { ...totalsOf(cells), copilot: { holders: holderCells.size, inUse: sumOf(cells, (cell) => cell.inUse), join }, head, copilotActivity: activity };
}

/** The candidates `active`'s download kept, when they stand for its rows in `window` and keep `headRows` users per cell. */
function candidatesOf(active: Report<'active-users'>, window: ActivityWindow, headRows: number): ReclaimCandidates | undefined {
  const { kept } = active;
  return kept && kept.windowStart === window.start && headRows <= kept.rowLimit ? kept : undefined;
}

/** The first pass over every active-user row. */
async function firstPassOfRows(sources: ReclaimSources, priceOf: Pricer): Promise<FirstPass> {
  const upperBound = createTopSelection<ReclaimUser>(sources.headRows, mostExpensiveFirst);
  const cells = new Map<string, CellTally>();
  const holderCells = new Map<string, string>();
  for await (const row of sources.active.rows()) {
    const holding = priceOf(row.assignedProducts);
    if (!isReclaimable(row, sources.window, holding)) continue;
    const key = row.assignedProducts ?? '';
    const cell = cells.get(key) ?? { holding, users: 0, inUse: 0, unknown: 0 };
    cell.users += 1;
    cells.set(key, cell);
    if (holding.holdsCopilot) holderCells.set(row.userPrincipalName, key);
    upperBound.offer(reclaimUserOf(row, holding, holding.holdsCopilot ? 'idle' : 'none'));
  }
  return { cells, holderCells, upperBound, listed: upperBound.offered };
}

/**
 * The same first pass from the candidates: a cell's users cost the same, so the head's users are among each
 * paid cell's first by idleness.
 */
function firstPassOfCandidates(candidates: ReclaimCandidates, priceOf: Pricer, headRows: number): FirstPass {
  const upperBound = createTopSelection<ReclaimUser>(headRows, mostExpensiveFirst);
  const cells = new Map<string, CellTally>();
  const holderCells = new Map<string, string>();
  let listed = 0;
  for (const [key, { userPrincipalNames, longestIdle }] of candidates.cells) {
    const holding = priceOf(key);
    if (!holding.paid) continue;
    cells.set(key, { holding, users: userPrincipalNames.length, inUse: 0, unknown: 0 });
    listed += userPrincipalNames.length;
    if (holding.holdsCopilot) for (const name of userPrincipalNames) holderCells.set(name, key);
    for (const row of longestIdle) upperBound.offer(reclaimUserOf(row, holding, holding.holdsCopilot ? 'idle' : 'none'));
  }
  return { cells, holderCells, upperBound, listed };
}

/**
 * The head with each Copilot seat known, when the first pass's upper bounds prove it exact: every user it
 * dropped ranks after the last one kept, so a kept user still ranking before that bound outranks them all.
 */
function exactHead(upperBound: TopSelection<ReclaimUser>, listed: number, adjusted: (user: ReclaimUser) => ReclaimUser): ReclaimUser[] | undefined {
  const kept = upperBound.result();
  const head = kept.map(adjusted).sort(mostExpensiveFirst);
  if (listed <= kept.length) return head;
  const bound = kept.at(-1)!;
  return head.every((user) => mostExpensiveFirst(user, bound) <= 0) ? head : undefined;
}

/** The Copilot report's last activity of each listed holder (`seen`: as its download passed), and whether the two reports could be joined. */
async function joinCopilot(
  holderCells: ReadonlyMap<string, string>,
  identities: IdentityVisibility,
  copilot: Report<'copilot-users'>,
  seen: ReadonlyMap<string, string | null> | undefined,
): Promise<{ join: CopilotJoin; activity: Map<string, string | null> }> {
  const activity = new Map<string, string | null>();
  if (holderCells.size === 0) return { join: 'none-held', activity };
  if (copilot.meta.rowCount > 0 && copilot.meta.identities !== identities) return { join: 'concealment-differs', activity };
  if (seen) {
    for (const [name, date] of seen) if (holderCells.has(name)) activity.set(name, date);
  } else {
    for await (const row of copilot.rows()) {
      if (holderCells.has(row.userPrincipalName)) activity.set(row.userPrincipalName, row.lastActivityDate ?? null);
    }
  }
  // The usage report trails licence changes by a few days: a few holders may be missing, never most of them.
  if (identities === 'concealed' && activity.size * 2 < holderCells.size) return { join: 'names-differ', activity: new Map() };
  return { join: 'matched', activity };
}

/** A listed user's idle seats: their licences that are not free, a Copilot seat only when idle. */
export function countedLicencesOf(licences: readonly HeldLicence[], seat: CopilotSeat): HeldLicence[] {
  return licences.filter((licence) => licence.kind !== 'free' && (licence.kind !== 'copilot' || seat === 'idle'));
}

/** What a listed user's licences cost a month: their counted licences' prices. */
export function costOf(licences: readonly HeldLicence[], seat: CopilotSeat): number {
  return roundCents(countedLicencesOf(licences, seat).reduce((sum, licence) => sum + (licence.monthlyPrice ?? 0), 0));
}

function copilotDateOf(activity: ReadonlyMap<string, string | null>, userPrincipalName: string) {
  const date = activity.get(userPrincipalName);
  return date ? { copilotLastActivityDate: date } : {};
}

/** The totals of the list from its Assigned Products cells: users, cost, and per licence. */
function totalsOf(cells: ReadonlyMap<string, CellTally>) {
  const licences = new Map<string, { licence: HeldLicence; users: number; monthlyCost: number }>();
  let users = 0;
  let monthlyCost = 0;
  for (const { holding, users: count, inUse, unknown } of cells.values()) {
    users += count;
    for (const licence of holding.licences) {
      // A Copilot seat in use, or whose use cannot be told, is not an idle seat's cost.
      const idleSeats = licence.kind === 'copilot' ? count - inUse - unknown : count;
      const cost = licence.kind === 'free' ? 0 : idleSeats * (licence.monthlyPrice ?? 0);
      const entry = licences.get(licence.product) ?? { licence, users: 0, monthlyCost: 0 };
      entry.users += count;
      entry.monthlyCost += cost;
      licences.set(licence.product, entry);
      monthlyCost += cost;
    }
  }
  const listed = [...licences.values()].map(({ licence, users: holders, monthlyCost: cost }): ListedLicence => ({ ...licence, users: holders, monthlyCost: roundCents(cost) }));
  listed.sort((a, b) => b.monthlyCost - a.monthlyCost || b.users - a.users || compareText(a.product, b.product));
  return { users, monthlyCost: roundCents(monthlyCost), licences: listed };
}

function sumOf<T>(items: ReadonlyMap<string, T>, value: (item: T) => number): number {
  let sum = 0;
  for (const item of items.values()) sum += value(item);
  return sum;
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** The reclaim list with the metadata of the Copilot report and the licence counts it was joined with. */
export type ReclaimReading = {
  readonly copilotMeta: ReportMeta;
  readonly licenceMeta: LicenceMeta;
  /** The SKUs the products were priced with: a CSV of every listed user prices them the same way. */
  readonly skus: readonly SubscribedSku[];
  readonly list: ReclaimList;
};

/**
 * The reclaim list of `active` (the active-user detail of a period) over `window`: reads the licence counts
 * and the Copilot report of the same days (its 28 under report v2 for the month) and joins them once per
 * refresh of any of the three; later asks are answered from what the report service keeps.
 */
export async function readReclaim(
  reports: Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'derive'>,
  active: Report<'active-users'>,
  window: ActivityWindow,
  settings: LicenceSettings,
  version: ReportVersion,
  headRows: number,
): Promise<ReclaimReading> {
  const period = active.meta.period ?? WORKLOAD_IDLE_PERIOD;
  // The SKUs first: knowing them, a download of the Copilot report can be joined as it passes.
  const subscribed = await reports.getSubscribedSkus();
  const candidates = candidatesOf(active, window, headRows);
  const tap = candidates ? holderActivityTap(candidates, createLicencePricer(subscribed.skus, settings), headRows) : undefined;
  const copilot = await reports.getReport('copilot-users', { period: period === WORKLOAD_IDLE_PERIOD ? idlePeriodOf(version) : period }, tap);
  const copilotActivity = tap?.activity();
  const pricing = JSON.stringify(subscribed.skus.map((sku) => [sku.skuId, sku.skuPartNumber, skuPricingOf(sku, settings)]));
  const key = ['reclaim-list', sourceKey(active.meta), sourceKey(copilot.meta), window.start, headRows, pricing].join('|');
  const sources = { active, window, copilot, skus: subscribed.skus, settings, headRows, ...(copilotActivity ? { copilotActivity } : {}) };
  const list = await reports.derive(key, () => readReclaimList(sources));
  return { copilotMeta: copilot.meta, licenceMeta: subscribed.meta, skus: subscribed.skus, list };
}

/**
 * Sees a Copilot report download for the listed Copilot holders' last activity; `activity` is undefined unless
 * it saw every row. The holders are worked out at the first row: a report read from cache costs nothing.
 */
function holderActivityTap(candidates: ReclaimCandidates, priceOf: Pricer, headRows: number) {
  const activity = new Map<string, string | null>();
  let holders: ReadonlyMap<string, string> | undefined;
  let complete = false;
  const tap: RowTap<'copilot-users'> = {
    observe(row) {
      holders ??= firstPassOfCandidates(candidates, priceOf, headRows).holderCells;
      if (holders.has(row.userPrincipalName)) activity.set(row.userPrincipalName, row.lastActivityDate ?? null);
    },
    complete() {
      complete = true;
    },
  };
  return { ...tap, activity: () => (complete ? activity : undefined) };
}

/** A report's rows as downloaded: the same key while they are the same rows. */
function sourceKey(meta: ReportMeta): string {
  return [meta.report, meta.period ?? meta.date ?? '', meta.refreshDate ?? '', meta.fetchedAt].join(':');
}
