/**
 * The licences card's part: the paid seats purchased, assigned and unassigned (units in warning counted
 * and explained, over-assigned, suspended and locked-out seats apart), the idle seats and idle spend of all
 * licences, Copilot as `copilot licenses` states it, then every SKU on a line of its own (name, then seats,
 * holders, idle seats and spend) and the products of the usage report that match no SKU.
 */
import type { LicenceSku, UnmatchedProduct } from '../reports/all-licences.js';
import type { LicencesFigures } from '../workload-view-models.js';
import { barValue } from './bar-facts.js';
import type { Fact } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { idleFacts, idleSpendText, seatFacts, seatParts } from './figure-text.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';
import { itemFact, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

/** Which workloads count as activity, for the note under the idle figures. */
const ACTIVITY_NOTE =
  'A seat is idle when nobody holds it, or when its holder had no activity in Exchange, OneDrive, SharePoint, Viva Engage or Teams in the ' +
  'last 30 days (the active-user report; use of Power BI, Visio or Project themselves is not in it). Copilot seats are idle without Copilot ' +
  'activity. Free and trial SKUs cost nothing and are not counted.';

export function licencesParts(figures: LicencesFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { licences, licenceSource } = figures;
  const { encode, format } = ctx;
  const stale = licenceSource.cache === 'stale' ? ' ⚠ Older licence counts from the cache: Microsoft Graph could not be asked just now.' : '';
  const priced = (amount: number) => formatMoney(amount, licences.currency ?? '', format.locale);
  return {
    title: 'Licences',
    items: 'users',
    workload: 'Microsoft 365',
    facts: [...seatFacts(licences.total, 'Purchased seats (paid SKUs)', ctx), ...idleTotalFacts(figures, ctx)],
    sections: [
      ...(licences.copilot
        ? [
            section(
              'Microsoft 365 Copilot',
              [
                {
                  title: encode(`Active · ${describePeriod(licences.copilot.usage.period)}`),
                  value: encode(barValue(licences.copilot.usage.active, licences.copilot.usage.enabled, format)),
                },
                ...idleFacts(licences.copilot, ctx),
              ],
              ctx,
              'As "copilot licenses" states them: one figure for all Copilot SKUs, as the Copilot report does not say which one a user holds.',
            ),
          ]
        : []),
      section('How seats are counted', [], ctx, `${ACTIVITY_NOTE} Licence counts as of ${format.dateTime(licenceSource.fetchedAt)} (live).${stale}`),
    ],
    lists: [
      topList('Subscriptions (SKUs)', licences.skus, 'SKUs', (sku) => skuFact(sku, period, priced, ctx), 'This tenant has no subscriptions.'),
      ...(licences.unmatched.length > 0
        ? [
            topList(
              'Products with no SKU found (counted, not priced)',
              licences.unmatched,
              'products',
              (product) => unmatchedFact(product, period, ctx),
              '',
            ),
          ]
        : []),
    ],
    listsName: '',
    linksTitle: 'Seats to reclaim',
  };
}

/** The idle seats and idle spend of all licences; without a price, how to set one. */
function idleTotalFacts({ licences }: LicencesFigures, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const { idle } = licences;
  const unpriced = idle.seats - idle.pricedSeats;
  return [
    { title: encode(`Idle seats · ${describePeriod(licences.idlePeriod)}`), value: encode(`${format.number(idle.seats)}, all licences`) },
    idle.spend
      ? {
          title: encode('Idle spend'),
          value: encode(`${idleSpendText(idle.spend, format)}${unpriced > 0 ? ` · ${format.number(unpriced)} idle seats have no price set and are not in it` : ''}`),
        }
      : { title: encode('Idle spend'), value: encode('Set LICENSE_PRICES (e.g. SPE_E5=57 USD, SPE_E3=36 USD) to see what idle seats cost.') },
  ];
}

/** A SKU's line: its name, then Graph's name, seats, holders and their use, idle seats and what they cost. */
function skuFact(sku: LicenceSku, period: string, money: (amount: number) => string, ctx: ViewContext): Fact {
  const { format } = ctx;
  const use =
    sku.kind === 'free'
      ? [`free or trial (${sku.freeReason === 'units' ? 'by its unit count' : 'by its name'}): not counted as spend`, sku.ignoredPrice !== undefined ? 'its price in LICENSE_PRICES is not used' : undefined]
      : sku.kind === 'copilot'
        ? [
            `${format.number(sku.holders)} holders`,
            'idle seats with Microsoft 365 Copilot above',
            sku.monthlyPrice !== undefined ? `${money(sku.monthlyPrice)} a seat a month` : 'price not set',
          ]
        : [
            `${format.number(sku.inactiveHolders ?? 0)} of ${format.number(sku.holders)} holders inactive in the ${describePeriod(period)}`,
            `${format.number(sku.idle?.seats ?? 0)} idle seats`,
            sku.idleMonthlySpend !== undefined && sku.monthlyPrice !== undefined
              ? `${money(sku.idleMonthlySpend)} a month at ${money(sku.monthlyPrice)} a seat`
              : 'price not set (LICENSE_PRICES)',
          ];
  return itemFact(sku.productName, [sku.skuPartNumber, sku.capabilityStatus !== 'Enabled' ? sku.capabilityStatus : undefined, ...seatParts(sku, format), ...use], ctx);
}

/** A product of the report no SKU matched: its holders and their use, never priced. */
function unmatchedFact(product: UnmatchedProduct, period: string, ctx: ViewContext): Fact {
  const { format } = ctx;
  return itemFact(
    product.productName,
    [
      `${format.number(product.inactiveHolders)} of ${format.number(product.holders)} holders inactive in the ${describePeriod(period)}`,
      product.free ? 'free or trial: not counted' : `${format.number(product.idleHolders)} idle seats, not priced: no subscribed SKU has this name`,
    ],
    ctx,
  );
}
