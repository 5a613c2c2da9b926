/**
 * The licence-economics card: Copilot seats bought (by state), assigned and unassigned, how the assigned
 * ones were used in the period, idle seats and what they cost a month and a year, per SKU and in total.
 * Every number is text on the card. A tenant without a Copilot SKU is told which SKUs were looked for.
 */
import type { ViewModels } from '../view-models.js';
import type { CopilotLicences, CopilotSkuSeats, SeatsByState } from '../reports/copilot-licences.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import type { DisplayText } from './display-text.js';
import { describePeriod } from './describe-period.js';
import { formatMoney } from './format-money.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The licences card data for `model`. */
export function buildCopilotLicensesCard(model: ViewModels['copilot-licenses'], ctx: ViewContext): CardData['copilot-licenses'] {
  const { format, encode } = ctx;
  const { licences } = model;
  const period = describePeriod(model.period);
  const source = model.licenceSource;
  const stale = source.cache === 'stale' ? ' ⚠ Older licence counts from the cache: Microsoft Graph could not be asked just now.' : '';
  const hasLicences = licences.skus.length > 0;
  return {
    header: reportHeader(`Copilot licences · ${period}`, model.freshness, ctx),
    licenceNote: encode(`Licence counts as of ${format.dateTime(source.fetchedAt)} (live); usage from the Copilot usage report.${stale}`),
    hasLicences,
    noLicences: encode(hasLicences ? '' : `No Copilot licences found in this tenant's subscriptions. Looked for ${model.lookedFor}.`),
    seatsTitle: encode('Seats, all Copilot SKUs'),
    seatFacts: seatFacts(licences, ctx),
    usageTitle: encode(`Assigned seats · ${period}`),
    usageFacts: usageFacts(licences, ctx),
    idleTitle: encode('Idle seats and what they cost'),
    idleFacts: idleFacts(licences, ctx),
    skusTitle: encode(licences.skus.length === 1 ? 'Copilot SKU' : `Copilot SKUs (${format.number(licences.skus.length)})`),
    skuLines: licences.skus.map((sku) => skuLine(sku, licences, ctx)),
    actions: cardActions(model.actions, ctx.messages),
  };
}

function seatFacts({ total }: CopilotLicences, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const unassigned =
    total.unassigned < 0
      ? `${format.signedNumber(total.unassigned)} (more assigned than enabled: seats in their grace period)`
      : format.number(total.unassigned);
  return [
    { title: encode('Purchased'), value: encode(withStates(total.purchasedTotal, total.purchased, ctx)) },
    { title: encode('Assigned'), value: encode(format.number(total.assigned)) },
    { title: encode('Unassigned'), value: encode(unassigned) },
  ];
}

function usageFacts({ usage, total }: CopilotLicences, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const facts: Fact[] = [
    { title: encode('Active'), value: encode(barValue(usage.active, usage.reported, format)) },
    { title: encode('Inactive'), value: encode(barValue(usage.inactive, usage.reported, format)) },
    { title: encode('Never active'), value: encode(barValue(usage.neverActive, usage.reported, format)) },
  ];
  if (usage.reported !== total.assigned) {
    facts.push({
      title: encode('Note'),
      value: encode(
        `The usage report lists ${format.number(usage.reported)} licensed users, the licence count ${format.number(total.assigned)} assigned seats: ` +
          'the report trails licence changes by a few days.',
      ),
    });
  }
  return facts;
}

function idleFacts(licences: CopilotLicences, ctx: ViewContext): Fact[] {
  const { format, encode } = ctx;
  const { spend } = licences;
  const facts: Fact[] = [
    {
      title: encode('Idle seats'),
      value: encode(
        `${format.number(licences.idleSeats)} (${format.number(licences.idleUnassigned)} unassigned + ${format.number(licences.usage.inactive)} inactive)`,
      ),
    },
  ];
  if (!spend) {
    facts.push({ title: encode('Idle spend'), value: encode('Set COPILOT_LICENSE_PRICE (e.g. 30 USD per seat and month) to see what idle seats cost.') });
    return facts;
  }
  const money = (amount: number) => formatMoney(amount, spend.currency, format.locale);
  facts.push(
    { title: encode('Idle spend per month'), value: encode(money(spend.monthly)) },
    { title: encode('Idle spend per year'), value: encode(money(spend.yearly)) },
    { title: encode(samePrice(licences) ? 'Price per seat' : 'Average price per assigned seat'), value: encode(`${money(spend.inactiveSeatPrice)} a month`) },
  );
  if (spend.unpricedSkus.length > 0) {
    facts.push({ title: encode('Not priced'), value: encode(`Unassigned seats of ${spend.unpricedSkus.join(', ')}: no price configured for them.`) });
  }
  return facts;
}

/** Whether every priced Copilot SKU costs the same, so one price per seat says it all. */
function samePrice(licences: CopilotLicences): boolean {
  return new Set(licences.skus.flatMap((sku) => (sku.monthlyPrice !== undefined ? [sku.monthlyPrice] : []))).size <= 1;
}

/** `Microsoft_365_Copilot (Enabled): 830 purchased · 798 assigned · …`: a line, as part numbers are too long for a fact title. */
function skuLine(sku: CopilotSkuSeats, licences: CopilotLicences, ctx: ViewContext): { text: DisplayText } {
  const { format, encode } = ctx;
  const parts = [
    `${withStates(sku.purchasedTotal, sku.purchased, ctx)} purchased`,
    `${format.number(sku.assigned)} assigned`,
    `${format.number(sku.unassigned)} unassigned`,
  ];
  if (sku.monthlyPrice !== undefined && licences.spend) {
    parts.push(`${formatMoney(sku.monthlyPrice, licences.spend.currency, format.locale)} per seat a month`);
  }
  return { text: encode(`${sku.skuPartNumber} (${sku.capabilityStatus}): ${parts.join(' · ')}`) };
}

/** `1,234` or `1,234 (1,200 enabled, 34 in warning)` when seats are in other states than enabled. */
function withStates(total: number, states: SeatsByState, { format }: ViewContext): string {
  const others = (['warning', 'suspended', 'lockedOut'] as const).filter((state) => states[state] > 0);
  if (others.length === 0) return format.number(total);
  const label = { warning: 'in warning', suspended: 'suspended', lockedOut: 'locked out' } as const;
  const described = [`${format.number(states.enabled)} enabled`, ...others.map((state) => `${format.number(states[state])} ${label[state]}`)];
  return `${format.number(total)} (${described.join(', ')})`;
}
