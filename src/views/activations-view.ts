/**
 * Microsoft 365 apps activations: per product, activated of assigned licences as text bars, and
 * shared-computer activations. Each product counts its own licences and one user can hold several, so
 * they are never summed into one head count.
 */
import type { ViewModels } from '../view-models.js';
import { barValue } from './bar-facts.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import { reportHeader } from './report-header.js';
import type { ViewContext } from './view-context.js';

/** The activations card data for `model`, formatted for the context's locale. */
export function buildActivationsCard(model: ViewModels['activations'], ctx: ViewContext): CardData['activations'] {
  const { format, encode } = ctx;
  const shared = model.products.filter((product) => product.sharedComputerActivation !== undefined);
  return {
    header: reportHeader('Microsoft 365 apps activations', model.freshness, ctx),
    hasData: model.products.length > 0,
    emptyNote: encode('Microsoft has no activation data yet.'),
    facts: [
      { title: encode('Products'), value: encode(format.number(model.products.length)) },
      {
        title: encode('Licences'),
        value: encode('Counted per product: one user can hold licences of several products, so they are not added up.'),
      },
    ],
    productsTitle: encode('Activated of assigned licences, per product'),
    productFacts: model.products.map((product) => ({
      title: encode(product.productName),
      value: encode(barValue(product.activated, product.assigned, format)),
    })),
    hasSharedComputer: shared.length > 0,
    sharedComputerTitle: encode('Shared computer activations'),
    sharedComputerFacts: shared.map((product) => ({
      title: encode(product.productName),
      value: encode(format.number(product.sharedComputerActivation ?? 0)),
    })),
    actions: cardActions(model.actions),
  };
}
