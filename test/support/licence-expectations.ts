/**
 * What the licence answers must say, worked out from the raw report rows (csv-parse records, headers as
 * Graph writes them) and the raw `subscribedSkus` items with a few lines of the test's own: never through
 * the bot's catalog, snapshots, product names or figures, so a mistake there cannot agree with itself.
 * Used by the unit tests and the end-to-end tests alike.
 */

type Row = Record<string, string>;

/** A subscribed SKU as Graph sends it (the properties these sums read). */
export type SkuItem = {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly consumedUnits: number;
  readonly prepaidUnits: { readonly enabled: number; readonly warning: number; readonly suspended: number; readonly lockedOut: number };
};

/** The emulator's products as its active-user detail names them, and the SKU part number each is. */
export const EMULATOR_PRODUCT_SKUS: Readonly<Record<string, string>> = {
  'MICROSOFT 365 E5': 'SPE_E5',
  'MICROSOFT 365 E3': 'SPE_E3',
  'MICROSOFT 365 COPILOT': 'Microsoft_365_Copilot',
  'POWER BI PRO': 'POWER_BI_PRO',
  'MICROSOFT POWER AUTOMATE FREE': 'FLOW_FREE',
};

const WORKLOAD_HEADERS = ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'] as const;

/** The rules the answers are checked against, spelled out by the test. */
export type LicenceRules = {
  /** Report product name → SKU part number (products missing here match no SKU). */
  readonly productSkus: Readonly<Record<string, string>>;
  /** Monthly price by SKU part number. */
  readonly prices: Readonly<Record<string, number>>;
  /** Part numbers of the free and trial SKUs. */
  readonly free: ReadonlySet<string>;
  /** Part numbers of the Copilot SKUs. */
  readonly copilot: ReadonlySet<string>;
};

export const isLive = (row: Row) => row['Is Deleted'] !== 'True';
export const isMeasured = (row: Row) => WORKLOAD_HEADERS.some((header) => row[`Has ${header} License`] === 'True');
/** A user's latest activity in any workload ('' when none). */
export const latestOf = (row: Row) => WORKLOAD_HEADERS.map((header) => row[`${header} Last Activity Date`] ?? '').sort().at(-1) ?? '';
export const productsOf = (row: Row) => (row['Assigned Products'] ?? '').split('+').filter((product) => product !== '');
/** Licensed for a workload, not deleted, and active in none since `start`. */
export const isIdleSince = (row: Row, start: string) => isLive(row) && isMeasured(row) && latestOf(row) < start;
const cents = (amount: number) => Math.round(amount * 100) / 100;

/** One SKU as the licence answer must state it. */
export type ExpectedSku = {
  readonly partNumber: string;
  readonly purchased: number;
  readonly inWarning: number;
  readonly assigned: number;
  readonly unassigned: number;
  readonly overAssigned: number;
  readonly suspended: number;
  readonly lockedOut: number;
  readonly holders: number;
  /** No activity in any workload in the answer's period. */
  readonly inactiveHolders: number;
  /** Paid SKUs: unassigned + holders idle over the last 30 days. */
  readonly idleSeats?: number;
  readonly idleSpend?: number;
};

export type ExpectedLicences = {
  readonly skus: readonly ExpectedSku[];
  /** Paid and Copilot SKUs summed. */
  readonly total: { readonly purchased: number; readonly assigned: number; readonly unassigned: number; readonly overAssigned: number };
  /** Copilot: unassigned seats + enabled users without Copilot activity over the idle window. */
  readonly copilot: { readonly unassigned: number; readonly inactive: number; readonly seats: number; readonly spend?: number };
  /** Products no SKU matched: their holders idle over 30 days count as idle seats, never priced. */
  readonly unmatched: readonly { readonly product: string; readonly holders: number; readonly idleHolders: number }[];
  readonly idleSeats: number;
  /** Of them, seats without a price. */
  readonly unpricedSeats: number;
  readonly idleSpend: number;
};

/**
 * The licence answer from the active-user detail of the answer's period (`users`, active since
 * `periodStart`) and of the idle window (`idleUsers`, since `idleStart`), the Copilot user detail (`copilot`,
 * idle before `copilotIdleStart`) and the SKUs.
 */
export function expectedLicences(input: {
  readonly users: readonly Row[];
  readonly idleUsers: readonly Row[];
  readonly copilot: readonly Row[];
  readonly skus: readonly SkuItem[];
  readonly rules: LicenceRules;
  readonly periodStart: string;
  readonly idleStart: string;
  readonly copilotIdleStart: string;
}): ExpectedLicences {
  const { rules } = input;
  const holdersOf = (rows: readonly Row[], partNumber: string) =>
    rows.filter((row) => isLive(row) && productsOf(row).some((product) => rules.productSkus[product] === partNumber));
  const skus = input.skus.map((sku): ExpectedSku => {
    const { enabled, warning, suspended, lockedOut } = sku.prepaidUnits;
    const purchased = enabled + warning;
    const assigned = sku.consumedUnits;
    const unassigned = Math.max(0, purchased - assigned);
    const holders = holdersOf(input.users, sku.skuPartNumber);
    const base = {
      partNumber: sku.skuPartNumber,
      purchased,
      inWarning: warning,
      assigned,
      unassigned,
      overAssigned: Math.max(0, assigned - purchased),
      suspended,
      lockedOut,
      holders: holders.length,
      inactiveHolders: holders.filter((row) => isIdleSince(row, input.periodStart)).length,
    };
    if (rules.free.has(sku.skuPartNumber) || rules.copilot.has(sku.skuPartNumber)) return base;
    const idleSeats = unassigned + holdersOf(input.idleUsers, sku.skuPartNumber).filter((row) => isIdleSince(row, input.idleStart)).length;
    const price = rules.prices[sku.skuPartNumber];
    return { ...base, idleSeats, ...(price !== undefined ? { idleSpend: cents(idleSeats * price) } : {}) };
  });
  const paid = skus.filter((sku) => !rules.free.has(sku.partNumber));
  const sum = (key: 'purchased' | 'assigned' | 'unassigned' | 'overAssigned') => paid.reduce((total, sku) => total + sku[key], 0);
  const copilotSkus = skus.filter((sku) => rules.copilot.has(sku.partNumber));
  const copilotUnassigned = copilotSkus.reduce((total, sku) => total + sku.unassigned, 0);
  const copilotInactive = input.copilot.filter((row) => (row['Last Activity Date'] ?? '') < input.copilotIdleStart).length;
  const copilotPrice = copilotSkus.map((sku) => rules.prices[sku.partNumber]).find((price) => price !== undefined);
  const copilot = {
    unassigned: copilotUnassigned,
    inactive: copilotInactive,
    seats: copilotUnassigned + copilotInactive,
    ...(copilotPrice !== undefined ? { spend: cents((copilotUnassigned + copilotInactive) * copilotPrice) } : {}),
  };
  const products = [...new Set(input.users.filter(isLive).flatMap(productsOf))].filter((product) => rules.productSkus[product] === undefined);
  const unmatched = products.map((product) => {
    const holders = (rows: readonly Row[]) => rows.filter((row) => isLive(row) && productsOf(row).includes(product));
    return { product, holders: holders(input.users).length, idleHolders: holders(input.idleUsers).filter((row) => isIdleSince(row, input.idleStart)).length };
  });
  const lines = [
    ...skus.flatMap((sku) => (sku.idleSeats !== undefined ? [{ seats: sku.idleSeats, spend: sku.idleSpend }] : [])),
    ...(copilotSkus.length > 0 ? [{ seats: copilot.seats, spend: copilot.spend }] : []),
    ...unmatched.filter((product) => !/FREE|TRIAL/.test(product.product)).map((product) => ({ seats: product.idleHolders, spend: undefined })),
  ];
  return {
    skus,
    total: { purchased: sum('purchased'), assigned: sum('assigned'), unassigned: sum('unassigned'), overAssigned: sum('overAssigned') },
    copilot,
    unmatched,
    idleSeats: lines.reduce((total, line) => total + line.seats, 0),
    unpricedSeats: lines.filter((line) => line.spend === undefined).reduce((total, line) => total + line.seats, 0),
    idleSpend: cents(lines.reduce((total, line) => total + (line.spend ?? 0), 0)),
  };
}

/** A user of the reclaim list as the answer must state it. */
export type ExpectedReclaimUser = {
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** Latest activity in any workload, '' for none. */
  readonly latest: string;
  readonly monthlyCost: number;
  /** Holds Copilot and used it since `start`: the seat is in use, out of the cost. */
  readonly copilotInUse: boolean;
};

/**
 * The reclaim list over the days since `start`: users licensed for a workload and active in none, holding a
 * licence that is not free, priced (a Copilot seat only without Copilot activity since `start`), most
 * expensive first, then never active, then the longest idle, then by name.
 */
export function expectedReclaimList(users: readonly Row[], copilot: readonly Row[], rules: LicenceRules, start: string): ExpectedReclaimUser[] {
  const copilotLast = new Map(copilot.map((row) => [row['User Principal Name']!, row['Last Activity Date'] ?? '']));
  const skuOf = (product: string) => rules.productSkus[product];
  const listed = users.filter((row) => isIdleSince(row, start) && productsOf(row).some((product) => !rules.free.has(skuOf(product) ?? '') && !/FREE|TRIAL/.test(product)));
  const list = listed.map((row) => {
    const upn = row['User Principal Name']!;
    const copilotInUse = productsOf(row).some((product) => rules.copilot.has(skuOf(product) ?? '')) && (copilotLast.get(upn) ?? '') >= start;
    const cost = productsOf(row)
      .map(skuOf)
      .filter((partNumber): partNumber is string => partNumber !== undefined && !rules.free.has(partNumber) && !(copilotInUse && rules.copilot.has(partNumber)))
      .reduce((total, partNumber) => total + (rules.prices[partNumber] ?? 0), 0);
    return { userPrincipalName: upn, displayName: row['Display Name'] ?? '', latest: latestOf(row), monthlyCost: cents(cost), copilotInUse };
  });
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return list.sort(
    (a, b) =>
      b.monthlyCost - a.monthlyCost ||
      (a.latest === b.latest ? byText(a.userPrincipalName, b.userPrincipalName) : a.latest === '' ? -1 : b.latest === '' ? 1 : byText(a.latest, b.latest)),
  );
}
