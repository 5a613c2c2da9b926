/**
 * The licence-economics card: Copilot seats purchased, assigned, unassigned and over-assigned (units in
 * warning counted and explained, suspended and locked-out units apart), how the enabled users used Copilot
 * in the period, and the idle seats and idle spend of the idle window, per SKU and in total. Every number is
 * text on the card. A tenant without a Copilot SKU is told which SKUs were looked for.
 */
import type { ViewModels } from '../view-models.js';
import type { CopilotLicences, CopilotSkuSeats } from '../reports/copilot-licences.js';
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
  const { format, encode } = ctx;
  const { licences } = model;
  const source = model.licenceSource;
  const stale = source.cache === 'stale' ? ' ⚠ Older licence counts from the cache: Microsoft Graph could not be asked just now.' : '';
  const hasLicences = licences.skus.length > 0;
  return {
    header: reportHeader(`Copilot licences · ${describePeriod(model.period)}`, model.freshness, ctx),
    licenceNote: encode(`Licence counts as of ${format.dateTime(source.fetchedAt)} (live); usage from the Copilot usage report.${stale}`),
    hasLicences,
    noLicences: encode(hasLicences ? '' : `No Copilot licences found in this tenant's subscriptions. Looked for ${model.lookedFor}.`),
    seatsTitle: encode('Seats, all Copilot SKUs'),
    seatFacts: seatFacts(licences.total, POPULATION.purchasedSeats, ctx),
    usageTitle: encode(`Copilot use · ${describePeriod(licences.usage.period)}`),
    usageFacts: usageFacts(licences, ctx),
    idleTitle: encode('Idle seats and what they cost'),
    idleFacts: [...idleFacts(licences, ctx), ...priceFacts(licences, ctx)],
    skusTitle: encode(licences.skus.length === 1 ? 'Copilot SKU' : `Copilot SKUs (${format.number(licences.skus.length)})`),
    skuLines: licences.skus.map((sku) => skuLine(sku, licences, ctx)),
    actions: cardActions(model.actions),
  };
}

/** How the enabled users used Copilot in the answer's period, the never active as part of the inactive. */
function usageFacts({ usage, total }: CopilotLicences, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const facts: Fact[] = [
    { title: encode(POPULATION.enabledUsers), value: encode(format.number(usage.enabled)) },
    { title: encode('Active'), value: encode(barValue(usage.active, usage.enabled, format)) },
    { title: encode('Inactive'), value: encode(inactiveText(usage.inactive, usage.neverActive, usage.enabled, format)) },
  ];
  if (usage.enabled !== total.assigned) {
    facts.push({
      title: encode('Note'),
      value: encode(
        `The usage report lists ${format.number(usage.enabled)} enabled users, the licence counts ${format.number(total.assigned)} assigned seats: ` +
          'the report trails licence changes by a few days.',
      ),
    });
  }
  return facts;
}

/** The price an inactive seat is counted at, and the SKUs left out for want of a price. */
function priceFacts({ spend, skus }: CopilotLicences, ctx: ViewContext): Fact[] {
  if (!spend) return [];
  const { format, encode } = ctx;
  const samePrice = new Set(skus.flatMap((sku) => (sku.monthlyPrice !== undefined ? [sku.monthlyPrice] : []))).size <= 1;
  const price: Fact = {
    title: encode(samePrice ? 'Price per seat' : 'Average price per assigned seat'),
    value: encode(`${formatMoney(spend.inactiveSeatPrice, spend.currency, format.locale)} a month`),
  };
  return [price, ...unpricedFacts(spend, ctx)];
}

/** `Microsoft 365 Copilot (Microsoft_365_Copilot, Enabled): 830 purchased · 798 assigned · …`: a line, as names are too long for a fact title. */
function skuLine(sku: CopilotSkuSeats, licences: CopilotLicences, ctx: ViewContext): { text: DisplayText } {
  const { format, encode } = ctx;
  const parts = [
    ...seatParts(sku, format),
    sku.monthlyPrice !== undefined && licences.spend
      ? `${formatMoney(sku.monthlyPrice, licences.spend.currency, format.locale)} per seat a month`
      : undefined,
  ].filter((part) => part !== undefined);
  return { text: encode(`${sku.productName} (${sku.skuPartNumber}, ${sku.capabilityStatus}): ${parts.join(' · ')}`) };
}
