/**
 * The emulator's tenant with every paid SKU priced, as the licence tests run it: LICENSE_PRICES as typed,
 * the settings the bot reads from it, the rules the raw rows are checked against, and the active-user
 * report's refresh date under the fixture's clock.
 */
import { addDays } from '../../src/clock.js';
import { parseLicensePrices } from '../../src/reports/licence-price.js';
import { EMULATOR_PRODUCT_SKUS, type LicenceRules } from './licence-expectations.js';
import { FIXTURE_NOW } from './report-fixture.js';

export const PRICES = 'SPE_E5=57 USD, SPE_E3=36 USD, Microsoft_365_Copilot=30 USD';
const parsedPrices = parseLicensePrices(PRICES);
if (!parsedPrices.ok) throw new Error(parsedPrices.problem);
export const SETTINGS = { price: parsedPrices.price, extraSkuIds: [] };
export const REFRESH = addDays(FIXTURE_NOW.slice(0, 10), -2);
export const RULES: LicenceRules = {
  productSkus: EMULATOR_PRODUCT_SKUS,
  prices: { SPE_E5: 57, SPE_E3: 36, Microsoft_365_Copilot: 30 },
  free: new Set(['FLOW_FREE']),
  copilot: new Set(['Microsoft_365_Copilot']),
};
