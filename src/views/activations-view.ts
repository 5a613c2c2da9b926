/**
 * Microsoft 365 apps activations: the total over all products, activated of assigned per product (a
 * FactSet, illustrated by a bar chart above it) and shared-computer activations.
 */
import type { ViewModels } from '../view-models.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { cleanText } from './display-text.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The activations card data for `model`, formatted for the context's locale. */
export function buildActivationsCard(model: ViewModels['activations'], ctx: ViewContext): CardData['activations'] {
  const { format, encode } = ctx;
  const assigned = model.products.reduce((sum, product) => sum + product.assigned, 0);
  const activated = model.products.reduce((sum, product) => sum + product.activated, 0);
  const shared = model.products.filter((product) => product.sharedComputerActivation !== undefined);
  return {
    header: reportHeader('Microsoft 365 apps activations', model.freshness, ctx),
    hasData: model.products.length > 0,
    emptyNote: encode('Microsoft has no activation data yet.'),
    facts: [{ title: encode('All products (licences)'), value: encode(barValue(activated, assigned, format)) }],
    chart: {
      title: encode('Activated users per product'),
      points: model.products.map((product) => ({ x: cleanText(product.productType), y: product.activated })),
    },
    productsTitle: encode('Activated of assigned, per product'),
    productFacts: model.products.map((product) => ({
      title: encode(product.productType),
      value: encode(barValue(product.activated, product.assigned, format)),
    })),
    hasSharedComputer: shared.length > 0,
    sharedComputerTitle: encode('Shared computer activations'),
    sharedComputerFacts: shared.map((product) => ({
      title: encode(product.productType),
      value: encode(format.number(product.sharedComputerActivation ?? 0)),
    })),
    actions: cardActions(model.actions, ctx.messages),
  };
}
