/**
 * `GET /{v1.0|beta}/subscribedSkus`: one JSON page of the tenant's SKUs. Graph supports only `$select`
 * on it; any other query option, or an unknown property, is refused the way Graph refuses it.
 */
import type { GraphError } from './graph-error.js';
import { buildSubscribedSkus } from './subscribed-skus.js';
import type { TenantSpec } from './synthetic-tenant.js';

/** The path the endpoint answers, either API version. */
export const SUBSCRIBED_SKUS_ROUTE = /^\/(v1\.0|beta)\/subscribedSkus\/?$/i;

const PROPERTIES = [
  'accountId',
  'accountName',
  'appliesTo',
  'capabilityStatus',
  'consumedUnits',
  'id',
  'prepaidUnits',
  'servicePlans',
  'skuId',
  'skuPartNumber',
  'subscriptionIds',
];

/** The JSON body for `url`, or the error Graph would answer; `extraCopilotSeats` more Copilot seats bought and unassigned. */
export function answerSubscribedSkus(url: URL, spec: TenantSpec, extraCopilotSeats = 0): { readonly body: string } | { readonly error: GraphError } {
  let selected: string[] | undefined;
  for (const [name, value] of url.searchParams) {
    if (name.toLowerCase() !== '$select') {
      return {
        error: {
          status: 400,
          code: 'Request_UnsupportedQuery',
          message: `Unsupported query option '${name}': subscribedSkus supports only $select.`,
        },
      };
    }
    selected = value.split(',').map((property) => property.trim());
    const unknown = selected.find((property) => !PROPERTIES.includes(property));
    if (unknown !== undefined) {
      return {
        error: {
          status: 400,
          code: 'BadRequest',
          message: `Could not find a property named '${unknown}' on type 'microsoft.graph.subscribedSku'.`,
        },
      };
    }
  }
  const skus = buildSubscribedSkus(spec, extraCopilotSeats);
  const value = selected ? skus.map((sku) => Object.fromEntries(selected.map((property) => [property, sku[property]]))) : skus;
  const context = `https://graph.microsoft.com/${url.pathname.split('/')[1]}/$metadata#subscribedSkus${selected ? `(${selected.join(',')})` : ''}`;
  return { body: JSON.stringify({ '@odata.context': context, value }) };
}
