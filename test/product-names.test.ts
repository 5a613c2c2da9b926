import { describe, expect, test } from 'vitest';
import { activationProductName, readableName, skuProductName } from '../src/reports/product-names.js';

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
