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
