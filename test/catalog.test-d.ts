import { expectTypeOf, test } from 'vitest';
import type { RowOf } from '../src/reports/catalog.js';

test('rows are typed from the catalog: required columns present, optional ones maybe absent', () => {
  expectTypeOf<RowOf<'copilot-summary'>['anyAppActiveUsers']>().toEqualTypeOf<number | undefined>();
  expectTypeOf<RowOf<'copilot-summary'>['reportRefreshDate']>().toEqualTypeOf<string>();
  expectTypeOf<RowOf<'copilot-users'>['userPrincipalName']>().toEqualTypeOf<string>();
  expectTypeOf<RowOf<'groups'>['isDeleted']>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<RowOf<'activations'>['assigned']>().toEqualTypeOf<number>();
  // @ts-expect-error a column the catalog does not define is not part of the row
  expectTypeOf<RowOf<'activations'>['guestCount']>();
});

test('the workload reports\' generated columns are typed too: per-workload licences and dates, per-platform apps', () => {
  expectTypeOf<RowOf<'active-users'>['hasSkypeForBusinessLicense']>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<RowOf<'active-users'>['teamsLastActivityDate']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<RowOf<'active-users'>['userPrincipalName']>().toEqualTypeOf<string>();
  expectTypeOf<RowOf<'apps-users'>['powerPointMac']>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<RowOf<'services-user-counts'>['office365Inactive']>().toEqualTypeOf<number | undefined>();
  expectTypeOf<RowOf<'onedrive-accounts'>['siteUrl']>().toEqualTypeOf<string>();
  // @ts-expect-error the apps report has no Loop column
  expectTypeOf<RowOf<'apps-users'>['loopWeb']>();
});
