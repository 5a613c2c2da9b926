/**
 * The configured monthly seat prices. `LICENSE_PRICES` prices any SKU by part number or id
 * (`SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD`); `COPILOT_LICENSE_PRICE` is its Copilot
 * entry: one price for every Copilot seat (`30 USD`), prices per Copilot SKU, or both. One currency for all,
 * so idle spend adds up; config.ts merges the two and refuses them when they price a Copilot SKU differently.
 */

export type LicencePrice = {
  /** ISO 4217, upper case. */
  readonly currency: string;
  /** Per Copilot seat and month for any Copilot SKU not named in `bySku` (COPILOT_LICENSE_PRICE's bare price). */
  readonly seat?: number;
  /** Per seat and month by SKU part number or SKU id, lower case. */
  readonly bySku: Readonly<Record<string, number>>;
};

/** The accepted form of COPILOT_LICENSE_PRICE, for messages that refuse a value. */
export const LICENCE_PRICE_FORM =
  'an amount and an ISO 4217 currency code per seat and month, e.g. 30 USD or 28.10 EUR, or prices per SKU part number or id, ' +
  'e.g. "Microsoft_365_Copilot=30 USD; Microsoft_365_Copilot_EDU=18 USD"';

/** The accepted form of LICENSE_PRICES. */
export const LICENSE_PRICES_FORM =
  'SKU=price entries separated by commas, each SKU a part number or id and each price an amount and an ISO 4217 currency code per seat ' +
  'and month, all in one currency, e.g. "SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD"';

const AMOUNT = String.raw`(\d{1,6}(?:\.\d{1,2})?)`;
const ENTRY = new RegExp(String.raw`^(?:([A-Za-z0-9][A-Za-z0-9_.()-]{0,99})\s*=\s*)?(?:${AMOUNT}\s*([A-Za-z]{3})|([A-Za-z]{3})\s*${AMOUNT})$`);
const MAX_AMOUNT = 100_000;

type Entry = { readonly key?: string; readonly amount: number; readonly currency: string };

/** One `[SKU=]amount currency` entry, or why it is none. */
function readEntry(text: string): Entry | string {
  const match = ENTRY.exec(text);
  if (!match) return `"${text}" is not a price`;
  const amount = Number(match[2] ?? match[5]);
  const currency = (match[3] ?? match[4])!.toUpperCase();
  if (amount > MAX_AMOUNT) return `"${text}" is more than ${MAX_AMOUNT.toLocaleString('en-US')} a seat`;
  if (!Intl.supportedValuesOf('currency').includes(currency)) return `"${text}" names no ISO 4217 currency`;
  const key = match[1]?.toLowerCase();
  return key !== undefined ? { key, amount, currency } : { amount, currency };
}

/** Entries read into one price in one currency; why not, when they do not make one. */
function collect(entries: readonly Entry[]): LicencePrice | string {
  let seat: number | undefined;
  const bySku: Record<string, number> = {};
  const currency = entries[0]?.currency;
  if (currency === undefined) return 'it has no price';
  for (const entry of entries) {
    if (entry.currency !== currency) return `it mixes currencies (${currency} and ${entry.currency})`;
    if (entry.key === undefined) {
      if (seat !== undefined) return 'it has two prices without a SKU';
      seat = entry.amount;
    } else {
      if (Object.hasOwn(bySku, entry.key)) return `it prices ${entry.key} twice`;
      bySku[entry.key] = entry.amount;
    }
  }
  return { currency, ...(seat !== undefined ? { seat } : {}), bySku };
}

/** COPILOT_LICENSE_PRICE as `text` says it (`;`-separated), or undefined when it does not parse (the caller names the variable). */
export function parseLicencePrice(text: string): LicencePrice | undefined {
  const entries = text.split(';').map((entry) => entry.trim()).filter((entry) => entry !== '').map(readEntry);
  if (entries.some((entry) => typeof entry === 'string')) return undefined;
  const price = collect(entries as Entry[]);
  return typeof price === 'string' ? undefined : price;
}

/**
 * LICENSE_PRICES as `text` says it: every entry names its SKU (a price for every SKU at once would price
 * free and trial SKUs too). Entries are separated by commas (or semicolons). Why it does not parse, otherwise.
 */
export function parseLicensePrices(text: string): { readonly ok: true; readonly price: LicencePrice } | { readonly ok: false; readonly problem: string } {
  const entries: Entry[] = [];
  for (const part of text.split(/[,;]/).map((entry) => entry.trim()).filter((entry) => entry !== '')) {
    const entry = readEntry(part);
    if (typeof entry === 'string') return { ok: false, problem: entry };
    if (entry.key === undefined) return { ok: false, problem: `"${part}" names no SKU` };
    entries.push(entry);
  }
  const price = collect(entries);
  return typeof price === 'string' ? { ok: false, problem: price } : { ok: true, price };
}

/**
 * The monthly price of one seat of `sku`: the price named for its id or part number, else for a Copilot SKU
 * the bare Copilot seat price; undefined when none is set.
 */
export function priceOfSku(price: LicencePrice, sku: { readonly skuId: string; readonly skuPartNumber: string }, isCopilot: boolean): number | undefined {
  return price.bySku[sku.skuId.toLowerCase()] ?? price.bySku[sku.skuPartNumber.toLowerCase()] ?? (isCopilot ? price.seat : undefined);
}
