/**
 * Licence economics: what a seat of each SKU costs (`LICENSE_PRICES`, `COPILOT_LICENSE_PRICE`) as one price
 * list in one currency, and which extra SKUs count as Copilot seats (`COPILOT_SKU_IDS`).
 */
import { namesCopilotSku } from '../reports/copilot-skus.js';
import { LICENCE_PRICE_FORM, LICENSE_PRICES_FORM, parseLicencePrice, parseLicensePrices, type LicencePrice } from '../reports/licence-price.js';
import { ConfigError } from './config-error.js';
import { EXAMPLE_ID, GUID, read, type Env } from './env-values.js';

/** Licence economics: what a seat of each SKU costs and which extra SKUs are Copilot seats. */
export type LicenceConfig = {
  /**
   * `LICENSE_PRICES` and `COPILOT_LICENSE_PRICE` (or its older name `DIGEST_SEAT_PRICE`) as one price list;
   * absent: no spend is shown.
   */
  readonly price?: LicencePrice;
  /** `COPILOT_SKU_IDS`: SKU ids counted as Copilot seats besides the documented ones, lower case. */
  readonly extraSkuIds: readonly string[];
};

/** The price list and extra Copilot SKUs; prices that disagree between the two price variables stop start-up. */
export function readLicences(env: Env): LicenceConfig {
  const extraSkuIds = readSkuIds(env, 'COPILOT_SKU_IDS');
  const price = mergePrices(env, readLicensePrices(env), readLicencePrice(env), extraSkuIds);
  return { ...(price ? { price } : {}), extraSkuIds };
}

/**
 * `COPILOT_LICENSE_PRICE`: `30 USD`, `USD 30`, `27.50 EUR`, or per SKU (`Microsoft_365_Copilot=30 USD; …`).
 * `DIGEST_SEAT_PRICE` is its older name, still read; setting both differently is refused.
 */
function readLicencePrice(env: Env): LicencePrice | undefined {
  const current = read(env, 'COPILOT_LICENSE_PRICE');
  const older = read(env, 'DIGEST_SEAT_PRICE');
  if (current !== undefined && older !== undefined && current !== older) {
    throw new ConfigError('DIGEST_SEAT_PRICE', 'DIGEST_SEAT_PRICE is the older name of COPILOT_LICENSE_PRICE and says otherwise; set only COPILOT_LICENSE_PRICE.');
  }
  const name = current !== undefined ? 'COPILOT_LICENSE_PRICE' : 'DIGEST_SEAT_PRICE';
  const text = current ?? older;
  if (text === undefined) return undefined;
  const price = parseLicencePrice(text);
  if (!price) throw new ConfigError(name, `${name} is "${text}"; write ${LICENCE_PRICE_FORM}, all in one currency.`);
  return price;
}

/** `LICENSE_PRICES`: every SKU's monthly seat price, e.g. `SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD`. */
function readLicensePrices(env: Env): LicencePrice | undefined {
  const text = read(env, 'LICENSE_PRICES');
  if (text === undefined) return undefined;
  const parsed = parseLicensePrices(text);
  if (!parsed.ok) throw new ConfigError('LICENSE_PRICES', `LICENSE_PRICES is "${text}": ${parsed.problem}. Write ${LICENSE_PRICES_FORM}.`);
  return parsed.price;
}

/**
 * LICENSE_PRICES with COPILOT_LICENSE_PRICE as its Copilot entry: one list in one currency. Both may price
 * Copilot SKUs, as long as they agree: a Copilot SKU that LICENSE_PRICES names is priced there, and
 * COPILOT_LICENSE_PRICE must give it the same price (by name, or its bare price for a SKU recognisably
 * Copilot), else start-up stops naming both, rather than pick one silently.
 */
function mergePrices(env: Env, all: LicencePrice | undefined, copilot: LicencePrice | undefined, extraSkuIds: readonly string[]): LicencePrice | undefined {
  if (!all || !copilot) return all ?? copilot;
  const copilotName = read(env, 'COPILOT_LICENSE_PRICE') !== undefined ? 'COPILOT_LICENSE_PRICE' : 'DIGEST_SEAT_PRICE';
  if (all.currency !== copilot.currency) {
    throw new ConfigError('LICENSE_PRICES', `LICENSE_PRICES is in ${all.currency} and ${copilotName} in ${copilot.currency}; give every price in one currency, so idle spend adds up.`);
  }
  for (const [sku, amount] of Object.entries(all.bySku)) {
    const copilotAmount = copilot.bySku[sku] ?? (namesCopilotSku(sku, extraSkuIds) ? copilot.seat : undefined);
    if (copilotAmount !== undefined && copilotAmount !== amount) {
      throw new ConfigError(
        'LICENSE_PRICES',
        `LICENSE_PRICES prices ${sku} at ${amount} ${all.currency} and ${copilotName} at ${copilotAmount} ${copilot.currency}; ` +
          `a Copilot SKU has one price: give it in one of them, or the same in both.`,
      );
    }
  }
  return { currency: all.currency, ...(copilot.seat !== undefined ? { seat: copilot.seat } : {}), bySku: { ...copilot.bySku, ...all.bySku } };
}

function readSkuIds(env: Env, name: string): readonly string[] {
  const text = read(env, name);
  if (text === undefined) return [];
  const ids = text.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const wrong = ids.find((id) => !GUID.test(id));
  if (wrong !== undefined || ids.length === 0) {
    throw new ConfigError(name, `${name} has "${wrong ?? text}", which is not a SKU id; list SKU ids (GUIDs like ${EXAMPLE_ID}) separated by commas.`);
  }
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
