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

/** The activations card data for `model`, in the context's language and locale. */
export function buildActivationsCard(model: ViewModels['activations'], ctx: ViewContext): CardData['activations'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const shared = model.products.filter((product) => product.sharedComputerActivation !== undefined);
  return {
    header: reportHeader(t('activations.title'), model.freshness, ctx),
    hasData: model.products.length > 0,
    emptyNote: encode(t('activations.empty')),
    facts: [
      { title: encode(t('activations.products')), value: encode(format.number(model.products.length)) },
      { title: encode(t('activations.licences')), value: encode(t('activations.licencesValue')) },
    ],
    productsTitle: encode(t('activations.productsTitle')),
    productFacts: model.products.map((product) => ({
      title: encode(product.productName),
      value: encode(barValue(product.activated, product.assigned, ctx)),
    })),
    hasSharedComputer: shared.length > 0,
    sharedComputerTitle: encode(t('activations.sharedTitle')),
    sharedComputerFacts: shared.map((product) => ({
      title: encode(product.productName),
      value: encode(format.number(product.sharedComputerActivation ?? 0)),
    })),
    actions: cardActions(model.actions, messages),
  };
}
