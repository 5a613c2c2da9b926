/**
 * The configured monthly price of a Copilot seat (`COPILOT_LICENSE_PRICE`): one price for every seat
 * (`30 USD`), prices per SKU part number or id (`Microsoft_365_Copilot=30 USD; Microsoft_365_Copilot_EDU=18 USD`),
 * or both, the bare price then covering SKUs not named. One currency, so idle spend adds up.
 */

export type LicencePrice = {
  /** ISO 4217, upper case. */
  readonly currency: string;
  /** Per seat and month for any SKU not named in `bySku`. */
  readonly seat?: number;
  /** Per seat and month by SKU part number or SKU id, lower case. */
  readonly bySku: Readonly<Record<string, number>>;
};

/** The accepted form, for messages that refuse a value. */
export const LICENCE_PRICE_FORM =
  'an amount and an ISO 4217 currency code per seat and month, e.g. 30 USD or 28.10 EUR, or prices per SKU part number or id, ' +
  'e.g. "Microsoft_365_Copilot=30 USD; Microsoft_365_Copilot_EDU=18 USD"';

const AMOUNT = String.raw`(\d{1,6}(?:\.\d{1,2})?)`;
const ENTRY = new RegExp(String.raw`^(?:([A-Za-z0-9][A-Za-z0-9_.-]{0,99})\s*=\s*)?(?:${AMOUNT}\s*([A-Za-z]{3})|([A-Za-z]{3})\s*${AMOUNT})$`);
const MAX_AMOUNT = 100_000;

/** The price `text` describes, or undefined when it does not parse (the caller names the variable). */
export function parseLicencePrice(text: string): LicencePrice | undefined {
  const entries = text.split(';').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) return undefined;
  let currency: string | undefined;
  let seat: number | undefined;
  const bySku: Record<string, number> = {};
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    if (!match) return undefined;
    const amount = Number(match[2] ?? match[5]);
    const code = (match[3] ?? match[4])!.toUpperCase();
    if (!(amount >= 0) || amount > MAX_AMOUNT || !Intl.supportedValuesOf('currency').includes(code)) return undefined;
    if (currency !== undefined && code !== currency) return undefined;
    currency = code;
    const key = match[1]?.toLowerCase();
    if (key === undefined) {
      if (seat !== undefined) return undefined;
      seat = amount;
    } else {
      if (Object.hasOwn(bySku, key)) return undefined;
      bySku[key] = amount;
    }
  }
  return currency === undefined ? undefined : { currency, ...(seat !== undefined ? { seat } : {}), bySku };
}

/** The monthly price of one seat of `sku`: its own price, else the bare one; undefined when neither is set. */
export function priceOfSku(price: LicencePrice, sku: { readonly skuId: string; readonly skuPartNumber: string }): number | undefined {
  return price.bySku[sku.skuId.toLowerCase()] ?? price.bySku[sku.skuPartNumber.toLowerCase()] ?? price.seat;
}

/**
 * The price of a seat whose SKU is not known (the usage report does not say which SKU a user holds):
 * the bare price, or the per-SKU price when all SKUs named cost the same.
 */
export function seatPriceOf(price: LicencePrice): number | undefined {
  if (price.seat !== undefined) return price.seat;
  const amounts = new Set(Object.values(price.bySku));
  return amounts.size === 1 ? [...amounts][0] : undefined;
}
