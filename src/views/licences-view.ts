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
import { describePeriod, periodIn } from './describe-period.js';
import { idleFacts, idleSpendText, seatFacts, seatParts } from './figure-text.js';
import { formatMoney } from './format-money.js';
import type { ViewContext } from './view-context.js';
import { itemFact, section, topList, type WorkloadCardParts } from './workload-card-parts.js';

export function licencesParts(figures: LicencesFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { licences, licenceSource } = figures;
  const { encode, format, messages } = ctx;
  const { t } = messages;
  const priced = (amount: number) => formatMoney(amount, licences.currency ?? '', format.locale);
  const counted = t('licencesCard.countedNote', { fetchedAt: format.dateTime(licenceSource.fetchedAt), stale: licenceSource.cache === 'stale' ? 'yes' : 'no' });
  return {
    facts: [...seatFacts(licences.total, t('licencesCard.purchased'), ctx), ...idleTotalFacts(figures, ctx)],
    sections: [
      ...(licences.copilot
        ? [
            section(
              'Microsoft 365 Copilot',
              [
                {
                  title: encode(t('licencesCard.copilotActive', { period: describePeriod(licences.copilot.usage.period, messages) })),
                  value: encode(barValue(licences.copilot.usage.active, licences.copilot.usage.enabled, ctx)),
                },
                ...idleFacts(licences.copilot, ctx),
              ],
              ctx,
              t('licencesCard.copilotNote'),
            ),
          ]
        : []),
      section(t('licencesCard.howCounted'), [], ctx, counted),
    ],
    lists: [
      topList(t('licencesCard.skus'), licences.skus, 'skus', (sku) => skuFact(sku, period, priced, ctx), t('licencesCard.noSkus')),
      ...(licences.unmatched.length > 0
        ? [topList(t('licencesCard.unmatched'), licences.unmatched, 'products', (product) => unmatchedFact(product, period, ctx), '')]
        : []),
    ],
    linksTitle: t('licencesCard.linksTitle'),
  };
}

/** The idle seats and idle spend of all licences; without a price, how to set one. */
function idleTotalFacts({ licences }: LicencesFigures, ctx: ViewContext): Fact[] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const { idle } = licences;
  const unpriced = idle.seats - idle.pricedSeats;
  return [
    { title: encode(t('licencesCard.idleSeats', { period: describePeriod(licences.idlePeriod, messages) })), value: encode(t('licencesCard.idleSeatsValue', { seats: idle.seats })) },
    {
      title: encode(t('figure.idleSpend')),
      value: encode(idle.spend ? `${idleSpendText(idle.spend, ctx)}${unpriced > 0 ? ` · ${t('licencesCard.unpricedSeats', { count: unpriced })}` : ''}` : t('licencesCard.setPrices')),
    },
  ];
}

/** A SKU's line: its name, then Graph's name, seats, holders and their use, idle seats and what they cost. */
function skuFact(sku: LicenceSku, period: string, money: (amount: number) => string, ctx: ViewContext): Fact {
  const { messages } = ctx;
  const { t } = messages;
  const during = periodIn(period, messages);
  const use =
    sku.kind === 'free'
      ? [t('licencesCard.free', { reason: sku.freeReason === 'units' ? 'units' : 'name' }), sku.ignoredPrice !== undefined ? t('licencesCard.priceIgnored') : undefined]
      : sku.kind === 'copilot'
        ? [t('licencesCard.holders', { count: sku.holders }), t('licencesCard.copilotAbove'), sku.monthlyPrice !== undefined ? t('licencesCard.seatPrice', { price: money(sku.monthlyPrice) }) : t('licencesCard.priceNotSet')]
        : [
            t('licencesCard.inactiveHolders', { inactive: sku.inactiveHolders ?? 0, holders: sku.holders, period: during }),
            t('licencesCard.skuIdleSeats', { count: sku.idle?.seats ?? 0 }),
            sku.idleMonthlySpend !== undefined && sku.monthlyPrice !== undefined
              ? t('licencesCard.skuIdleSpend', { spend: money(sku.idleMonthlySpend), price: money(sku.monthlyPrice) })
              : t('licencesCard.priceNotSetSetting'),
          ];
  const status = sku.capabilityStatus !== 'Enabled' ? t('licencesCard.status', { status: sku.capabilityStatus }) : undefined;
  return itemFact(sku.productName, [sku.skuPartNumber, status, ...seatParts(sku, messages), ...use], ctx);
}

/** A product of the report no SKU matched: its holders and their use, never priced. */
function unmatchedFact(product: UnmatchedProduct, period: string, ctx: ViewContext): Fact {
  const { messages } = ctx;
  const { t } = messages;
  return itemFact(
    product.productName,
    [
      t('licencesCard.inactiveHolders', { inactive: product.inactiveHolders, holders: product.holders, period: periodIn(period, messages) }),
      product.free ? t('licencesCard.unmatchedFree') : t('licencesCard.unmatchedIdle', { count: product.idleHolders }),
    ],
    ctx,
  );
}
