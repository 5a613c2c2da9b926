import { describe, expect, test } from 'vitest';
import type { ReportId, RowOf } from '../src/reports/catalog.js';
import { parseReportJson } from '../src/reports/parse-json.js';

async function collect<Id extends ReportId>(id: Id, ...pages: unknown[][]): Promise<RowOf<Id>[]> {
  async function* source() {
    yield* pages;
  }
  const rows: RowOf<Id>[] = [];
  for await (const row of parseReportJson(id, source())) rows.push(row);
  return rows;
}

describe('parseReportJson', () => {
  test('flattens adoptionByProduct into one row per period, as in the CSV', async () => {
    const rows = await collect('copilot-summary', [
      {
        reportRefreshDate: '2024-08-20',
        adoptionByProduct: [
          { reportPeriod: 7, anyAppEnabledUsers: 359229, anyAppActiveUsers: 165115 },
          { reportPeriod: 30, anyAppEnabledUsers: 359229, anyAppActiveUsers: 201000 },
        ],
      },
    ]);
    expect(rows).toEqual([
      { reportRefreshDate: '2024-08-20', reportPeriod: 7, anyAppEnabledUsers: 359229, anyAppActiveUsers: 165115 },
      { reportRefreshDate: '2024-08-20', reportPeriod: 30, anyAppEnabledUsers: 359229, anyAppActiveUsers: 201000 },
    ]);
  });

  test('reads user detail across pages; empty date strings are absent; v2 fields come from the by-period item', async () => {
    const user = (upn: string, last: string) => ({
      reportRefreshDate: '2025-08-20',
      userPrincipalName: upn,
      displayName: 'Ada',
      lastActivityDate: last,
      excelCopilotLastActivityDate: '',
      copilotActivityUserDetailsByPeriod: [{ reportPeriod: 28, promptsSubmitted: 142, activeUsageDays: 19 }],
    });
    const rows = await collect('copilot-users', [user('a@contoso.com', '2025-08-20')], [user('b@contoso.com', '')]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ userPrincipalName: 'a@contoso.com', reportPeriod: 28, promptsSubmitted: 142, activeUsageDays: 19 });
    expect(rows[1]).not.toHaveProperty('lastActivityDate');
    expect(rows[0]).not.toHaveProperty('excelCopilotLastActivityDate');
  });

  test('uses the JSON property names for groups, with reportPeriod sent as a string', async () => {
    const [row] = await collect('groups', [
      {
        groupId: '0003cf63-7ff3-4471-b24b-50ffbfb8b5d2',
        reportRefreshDate: '2017-09-01',
        groupDisplayName: 'Sales',
        isDeleted: false,
        externalMemberCount: 2,
        exchangeMailboxStorageUsedInBytes: 3724609,
        reportPeriod: '30',
      },
    ]);
    expect(row).toMatchObject({ isDeleted: false, externalMemberCount: 2, exchangeMailboxStorageUsedInBytes: 3724609, reportPeriod: 30 });
  });

  test('a report without nesting maps items one to one', async () => {
    const rows = await collect('activations', [
      { reportRefreshDate: '2026-11-20', productType: 'VISIO', assigned: 85, activated: 40, sharedComputerActivation: 0 },
    ]);
    expect(rows).toEqual([{ reportRefreshDate: '2026-11-20', productType: 'VISIO', assigned: 85, activated: 40, sharedComputerActivation: 0 }]);
  });

  test('a missing required property names it', async () => {
    await expect(collect('activations', [{ reportRefreshDate: '2026-11-20', assigned: 1, activated: 1 }])).rejects.toMatchObject({
      code: 'MISSING_COLUMN',
      message: 'Row 1 of the activations JSON lacks "productType" (Product Type), which is required.',
    });
  });

  test('a wrongly typed value names the row and column', async () => {
    await expect(
      collect('activations', [{ reportRefreshDate: '2026-11-20', productType: 'VISIO', assigned: 'many', activated: 1 }]),
    ).rejects.toMatchObject({ code: 'BAD_VALUE', message: 'Row 1 of the activations JSON, column "Assigned": not a whole number.' });
  });

  test('items that are not objects are malformed JSON', async () => {
    await expect(collect('activations', ['oops'])).rejects.toMatchObject({ code: 'MALFORMED_JSON' });
    await expect(collect('copilot-summary', [{ reportRefreshDate: '2024-08-20', adoptionByProduct: 7 }])).rejects.toMatchObject({
      code: 'MALFORMED_JSON',
      message: 'The copilot-summary JSON property "adoptionByProduct" is not an array.',
    });
  });
});
