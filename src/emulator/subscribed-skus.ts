/**
 * The emulated tenant's commercial subscriptions, as `GET /v1.0/subscribedSkus` lists them: every SKU's
 * assigned seats are the users the active-user reports list with that product (synthetic-licences.ts), the
 * Copilot SKU's exactly the Copilot usage report's users; Microsoft 365 E5 and E3 with a few seats spare,
 * Copilot with a few bought seats unassigned, a free Power Automate SKU, and Power BI Pro in its `Warning`
 * grace state. Written from Graph's documented resource, not our parser.
 */
import { countSeats } from './synthetic-licences.js';
import type { TenantSpec } from './synthetic-tenant.js';

type Plan = readonly [id: string, name: string];

/** An item in Graph's subscribedSku shape (every property Graph documents). */
export type SubscribedSkuItem = Readonly<Record<string, unknown>>;

const COPILOT_PLANS: readonly Plan[] = [
  ['a62f8878-de10-42f3-b68f-6149a25ceb97', 'M365_COPILOT_APPS'],
  ['b95945de-b3bd-46db-8437-f2beb6ea2347', 'M365_COPILOT_TEAMS'],
  ['3f30311c-6b1e-48a4-ab79-725b469da960', 'M365_COPILOT_BUSINESS_CHAT'],
  ['0aedf20c-091d-420b-aadf-30c042609612', 'M365_COPILOT_SHAREPOINT'],
  ['931e4a88-a67f-48b5-814f-16a5f1e6028d', 'M365_COPILOT_INTELLIGENT_SEARCH'],
  ['89f1c4c8-0878-40f7-804d-869c9128ab5d', 'M365_COPILOT_CONNECTORS'],
  ['fe6c28b3-d468-44ea-bbd0-a10a5167435c', 'COPILOT_STUDIO_IN_COPILOT_FOR_M365'],
];
const ENTERPRISE_PLANS: readonly Plan[] = [
  ['efb87545-963c-4e0d-99df-69c6916d9eb0', 'EXCHANGE_S_ENTERPRISE'],
  ['57ff2da0-773e-42df-b2af-ffb7a2317929', 'TEAMS1'],
  ['5dbe027f-2339-4123-9542-606e4d348a72', 'SHAREPOINTENTERPRISE'],
  ['43de0ff5-c92c-492b-9116-175376d08c38', 'OFFICESUBSCRIPTION'],
];

/** Seats of the Copilot SKU bought but not assigned, for a tenant with `licensed` Copilot users. */
function unassignedCopilotSeats(licensed: number): number {
  return Math.max(3, Math.round(licensed * 0.04));
}

/** The tenant's SKUs, every property Graph documents; `extraCopilotSeats` more Copilot seats bought and left unassigned. */
export function buildSubscribedSkus(spec: TenantSpec, extraCopilotSeats = 0): SubscribedSkuItem[] {
  const tenantId = `4f5c2e1a-7b3d-4c8e-9a01-${(spec.seed >>> 0).toString(16).padStart(12, '0').slice(-12)}`;
  const { e5, e3, copilot, powerBiPro, flowFree } = countSeats(spec);
  const sku = (
    skuId: string,
    skuPartNumber: string,
    consumedUnits: number,
    prepaid: { enabled?: number; warning?: number },
    plans: readonly Plan[],
    capabilityStatus = 'Enabled',
  ): SubscribedSkuItem => ({
    accountId: tenantId,
    accountName: 'Contoso',
    appliesTo: 'User',
    capabilityStatus,
    consumedUnits,
    id: `${tenantId}_${skuId}`,
    prepaidUnits: { enabled: prepaid.enabled ?? 0, suspended: 0, warning: prepaid.warning ?? 0, lockedOut: 0 },
    servicePlans: plans.map(([servicePlanId, servicePlanName]) => ({
      servicePlanId,
      servicePlanName,
      provisioningStatus: 'Success',
      appliesTo: 'User',
    })),
    skuId,
    skuPartNumber,
    subscriptionIds: [`${skuId.slice(0, 8)}-5e6f-4a1b-8c2d-${tenantId.slice(-12)}`],
  });
  return [
    sku('06ebc4ee-1bb5-47dd-8120-11324bc54e06', 'SPE_E5', e5, { enabled: e5 + Math.max(2, Math.round(spec.users * 0.01)) }, [
      ...ENTERPRISE_PLANS,
      ['4828c8ec-dc2e-4779-b502-87ac9ce28ab7', 'MCOEV'],
    ]),
    sku('05e9a617-0261-4cee-bb44-138d3ef5d965', 'SPE_E3', e3, { enabled: e3 + Math.max(5, Math.round(spec.users * 0.02)) }, ENTERPRISE_PLANS),
    sku('639dec6b-bb19-468b-871c-c5c441c4b0cb', 'Microsoft_365_Copilot', copilot, { enabled: copilot + unassignedCopilotSeats(copilot) + extraCopilotSeats }, COPILOT_PLANS),
    sku('f30db892-07e9-47e9-837c-80727f46fd3d', 'FLOW_FREE', flowFree, { enabled: Math.max(10_000, flowFree) }, [
      ['50e68c76-46c6-4674-81f9-75456511b170', 'FLOW_P2_VIRAL'],
    ]),
    sku('f8a1db68-be16-40ed-86d5-cb42ce701560', 'POWER_BI_PRO', powerBiPro, { warning: powerBiPro + 2 }, [['70d33638-9c74-4d01-bfd3-562de28bd4ba', 'BI_AZURE_P2']], 'Warning'),
  ];
}
