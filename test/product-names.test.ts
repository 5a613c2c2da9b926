import { describe, expect, test } from 'vitest';
import { freeReasonOf, isFreeProductName } from '../src/reports/free-skus.js';
import { activationProductName, readableName, reportProductName, skuProductName } from '../src/reports/product-names.js';
import { matchProducts } from '../src/reports/product-skus.js';
import type { SubscribedSku } from '../src/reports/subscribed-skus.js';

/** A subscribed SKU with `enabled` units bought. */
function sku(skuId: string, skuPartNumber: string, enabled = 100): SubscribedSku {
  return { skuId, skuPartNumber, capabilityStatus: 'Enabled', consumedUnits: 0, prepaidUnits: { enabled, warning: 0, suspended: 0, lockedOut: 0 }, servicePlans: [] };
}

describe('product names: what admins read instead of what Graph sends', () => {
  test('common SKUs are named as in Microsoft\'s licensing table, by id first, then by part number', () => {
    expect(skuProductName({ skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06', skuPartNumber: 'SPE_E5' })).toBe('Microsoft 365 E5');
    expect(skuProductName({ skuId: '06EBC4EE-1BB5-47DD-8120-11324BC54E06', skuPartNumber: 'renamed' })).toBe('Microsoft 365 E5');
    expect(skuProductName({ skuId: '00000000-0000-4000-8000-000000000000', skuPartNumber: 'spe_e3' })).toBe('Microsoft 365 E3');
    expect(skuProductName({ skuId: '639dec6b-bb19-468b-871c-c5c441c4b0cb', skuPartNumber: 'Microsoft_365_Copilot' })).toBe('Microsoft 365 Copilot');
    expect(skuProductName({ skuId: 'c2273bd0-dff7-4215-9ef5-2c7bcfb06425', skuPartNumber: 'OFFICESUBSCRIPTION' })).toBe('Microsoft 365 Apps for enterprise');
  });

  test('an unknown SKU gets a readable form of its part number, not just lower case', () => {
    const unknown = (skuPartNumber: string) => skuProductName({ skuId: '00000000-0000-4000-8000-000000000000', skuPartNumber });
    expect(unknown('CONTOSO_AI_SEATS')).toBe('Contoso AI Seats');
    expect(unknown('SPE_E7')).toBe('SPE E7');
    expect(unknown('Contoso_Copilot_Pilot')).toBe('Contoso Copilot Pilot');
    expect(unknown('VIVA_GOALS_FOR_EDUCATION')).toBe('Viva Goals for Education');
  });

  test('activation product types read as product names; unknown ones readably', () => {
    expect(activationProductName('MICROSOFT 365 APPS FOR ENTERPRISE')).toBe('Microsoft 365 Apps for enterprise');
    expect(activationProductName('MICROSOFT 365 APPS FOR BUSINESS')).toBe('Microsoft 365 Apps for business');
    expect(activationProductName('PROJECT')).toBe('Project');
    expect(activationProductName('VISIO')).toBe('Visio');
    expect(activationProductName('MICROSOFT 365 APPS FOR FACULTY')).toBe('Microsoft 365 Apps for Faculty');
  });

  test('readableName keeps short words and words with digits in capitals and small words in lower case', () => {
    expect(readableName('OFFICE_365_E3_AND_TEAMS')).toBe('Office 365 E3 and Teams');
    expect(readableName('  ')).toBe('  ');
  });
});

describe('the usage reports\' product names told by SKU', () => {
  const E5 = sku('06ebc4ee-1bb5-47dd-8120-11324bc54e06', 'SPE_E5');
  const O365_E3 = sku('6fd2c87f-b296-42f0-b197-1e91e994b900', 'ENTERPRISEPACK');
  const FABRIC_FREE = sku('a403ebcc-fae0-4ca2-8c8c-7a907fd6c235', 'POWER_BI_STANDARD', 1_000_000);
  const CUSTOM = sku('a1b2c3d4-0000-4000-8000-000000000001', 'CONTOSO_AI_SEATS');

  test('a product matches the SKU by its product name, an earlier name of it, or its part number read as words, case and spacing aside', () => {
    const match = matchProducts(['MICROSOFT 365 E5', 'OFFICE 365 ENTERPRISE E3', 'Power BI (free)', 'CONTOSO  AI SEATS', 'office 365 e3'], [E5, O365_E3, FABRIC_FREE, CUSTOM]);
    expect(Object.fromEntries([...match.skuOf].map(([product, found]) => [product, found.skuPartNumber]))).toEqual({
      'MICROSOFT 365 E5': 'SPE_E5',
      'OFFICE 365 ENTERPRISE E3': 'ENTERPRISEPACK',
      'Power BI (free)': 'POWER_BI_STANDARD',
      'CONTOSO  AI SEATS': 'CONTOSO_AI_SEATS',
      'office 365 e3': 'ENTERPRISEPACK',
    });
    expect(match.unmatched).toEqual([]);
  });

  test('a product no SKU answers to, or two do, stays unmatched', () => {
    const copilots = [sku('639dec6b-bb19-468b-871c-c5c441c4b0cb', 'Microsoft_365_Copilot'), sku('a809996b-059e-42e2-9866-db24b99a9782', 'M365_Copilot')];
    expect(matchProducts(['MICROSOFT 365 COPILOT', 'VISIO PLAN 2'], [E5, ...copilots]).unmatched).toEqual(['MICROSOFT 365 COPILOT', 'VISIO PLAN 2']);
  });

  test('an unmatched product reads by Microsoft\'s name when the table knows it', () => {
    expect(reportProductName('POWER BI PRO')).toBe('Power BI Pro');
    expect(reportProductName('MICROSOFT FLOW FREE')).toBe('Microsoft Power Automate Free');
    expect(reportProductName('CONTOSO ANALYTICS')).toBe('Contoso Analytics');
  });

  test('free and trial SKUs: by a word of the part number, a named free offer, or the unit count Microsoft gives free offers', () => {
    expect(freeReasonOf(sku('f30db892-07e9-47e9-837c-80727f46fd3d', 'FLOW_FREE'))).toBe('name');
    expect(freeReasonOf(sku('dcb1a3ae-b33f-4487-846a-a640262fadf4', 'POWERAPPS_VIRAL'))).toBe('name');
    expect(freeReasonOf(sku('00000000-0000-4000-8000-000000000002', 'CONTOSO_TRIAL'))).toBe('name');
    expect(freeReasonOf(sku('c42b9cae-ea4f-4ab7-9717-81576235ccac', 'DEVELOPERPACK_E5', 25))).toBe('name');
    expect(freeReasonOf(FABRIC_FREE)).toBe('name');
    expect(freeReasonOf(sku('00000000-0000-4000-8000-000000000003', 'CONTOSO_STARTER', 10_000))).toBe('units');
    // Paid: a word that merely contains the letters, and unit counts anyone may buy.
    expect(freeReasonOf(sku('00000000-0000-4000-8000-000000000004', 'INTUNE_DEVICE', 10_000 - 1))).toBeUndefined();
    expect(freeReasonOf(sku('00000000-0000-4000-8000-000000000005', 'SPE_E5', 25))).toBeUndefined();
    expect(isFreeProductName('MICROSOFT FABRIC (FREE)')).toBe(true);
    expect(isFreeProductName('MICROSOFT 365 E5')).toBe(false);
  });
});
