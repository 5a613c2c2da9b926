/**
 * The licence-economics card: Copilot seats purchased, assigned, unassigned and over-assigned (units in
 * warning counted and explained, suspended and locked-out units apart), how the enabled users used Copilot
 * in the period, and the idle seats and idle spend of the idle window, per SKU and in total. Every number is
 * text on the card. A tenant without a Copilot SKU is told which SKUs were looked for.
 */
import type { ViewModels } from '../view-models.js';
import type { CopilotLicences, CopilotSkuSeats } from '../reports/copilot-licences.js';
import { MICROSOFT_365_COPILOT_SKU } from '../reports/copilot-skus.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import type { DisplayText } from './display-text.js';
import { describePeriod } from './describe-period.js';
import { idleFacts, inactiveText, POPULATION, seatFacts, seatParts, unpricedFacts } from './figure-text.js';
import { formatMoney } from './format-money.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The licences card data for `model`. */
export function buildCopilotLicensesCard(model: ViewModels['copilot-licenses'], ctx: ViewContext): CardData['copilot-licenses'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const { licences } = model;
  const source = model.licenceSource;
  const note = t('licences.note', { time: format.dateTime(source.fetchedAt) });
  const hasLicences = licences.skus.length > 0;
  const ids = model.extraSkuIds.length > 0 ? model.extraSkuIds.join(', ') : 'none';
  return {
    header: reportHeader(t('licences.title', { period: describePeriod(model.period, messages) }), model.freshness, ctx),
    licenceNote: encode(source.cache === 'stale' ? `${note} ${t('licences.stale')}` : note),
    hasLicences,
    noLicences: encode(hasLicences ? '' : t('licences.none', { sku: MICROSOFT_365_COPILOT_SKU.skuPartNumber, skuId: MICROSOFT_365_COPILOT_SKU.skuId, ids })),
    seatsTitle: encode(t('licences.seatsTitle')),
    seatFacts: seatFacts(licences.total, t(POPULATION.purchasedSeats), ctx),
    usageTitle: encode(t('licences.usageTitle', { period: describePeriod(licences.usage.period, messages) })),
    usageFacts: usageFacts(licences, ctx),
    idleTitle: encode(t('figure.idleTitle')),
    idleFacts: [...idleFacts(licences, ctx), ...priceFacts(licences, ctx)],
    skusTitle: encode(t('licences.skusTitle', { count: licences.skus.length })),
    skuLines: licences.skus.map((sku) => skuLine(sku, licences, ctx)),
    actions: cardActions(model.actions, messages),
  };
}

/** How the enabled users used Copilot in the answer's period, the never active as part of the inactive. */
function usageFacts({ usage, total }: CopilotLicences, ctx: ViewContext): Fact[] {
  const { format, encode, messages: { t } } = ctx;
  const facts: Fact[] = [
    { title: encode(t(POPULATION.enabledUsers)), value: encode(format.number(usage.enabled)) },
    { title: encode(t('figure.active')), value: encode(barValue(usage.active, usage.enabled, ctx)) },
    { title: encode(t('figure.inactive')), value: encode(inactiveText(usage.inactive, usage.neverActive, usage.enabled, ctx)) },
  ];
  if (usage.enabled !== total.assigned) {
    facts.push({ title: encode(t('licences.noteTitle')), value: encode(t('licences.trails', { enabled: usage.enabled, assigned: total.assigned })) });
  }
  return facts;
}

/** The price an inactive seat is counted at, and the SKUs left out for want of a price. */
function priceFacts({ spend, skus }: CopilotLicences, ctx: ViewContext): Fact[] {
  if (!spend) return [];
  const { format, encode, messages: { t } } = ctx;
  const samePrice = new Set(skus.flatMap((sku) => (sku.monthlyPrice !== undefined ? [sku.monthlyPrice] : []))).size <= 1;
  const price: Fact = {
    title: encode(samePrice ? t('licences.pricePerSeat') : t('licences.averagePrice')),
    value: encode(t('licences.perMonth', { amount: formatMoney(spend.inactiveSeatPrice, spend.currency, format.locale) })),
  };
  return [price, ...unpricedFacts(spend, ctx)];
}

/** `Microsoft 365 Copilot (Microsoft_365_Copilot, Enabled): 830 purchased · 798 assigned · …`: a line, as names are too long for a fact title. */
function skuLine(sku: CopilotSkuSeats, licences: CopilotLicences, ctx: ViewContext): { text: DisplayText } {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const parts = [
    ...seatParts(sku, messages),
    sku.monthlyPrice !== undefined && licences.spend ? t('licences.sku.price', { price: formatMoney(sku.monthlyPrice, licences.spend.currency, format.locale) }) : undefined,
  ].filter((part) => part !== undefined);
  return { text: encode(t('licences.skuLine', { product: sku.productName, sku: sku.skuPartNumber, status: sku.capabilityStatus, parts: parts.join(' · ') })) };
}
