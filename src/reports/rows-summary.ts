/**
 * What the report service learns about a report while its rows stream past once: the refresh date,
 * the row count, and whether the tenant conceals identities (Graph then sends MD5 hashes instead
 * of user and group names).
 */
import type { AnyRow, ReportDefinition } from './catalog.js';

export type IdentityVisibility = 'visible' | 'concealed' | 'none';

export type RowsSummary = {
  /** Graph's `Report Refresh Date`; absent when the report has no rows. */
  readonly refreshDate?: string;
  readonly rowCount: number;
  /** `none` for aggregate reports, which carry no identities. */
  readonly identities: IdentityVisibility;
};

const CONCEALED_IDENTITY = /^[0-9A-F]{32}$/;

/** Graph conceals a name as the uppercase hex MD5 of it: 32 characters, which no UPN or group id matches. */
export function isConcealedIdentity(value: string): boolean {
  return CONCEALED_IDENTITY.test(value);
}

export type SummaryCollector = { observe(row: AnyRow): void; result(): RowsSummary };

export function createSummaryCollector(definition: ReportDefinition): SummaryCollector {
  const identityKeys = definition.columns.filter((column) => column.identity).map((column) => column.key);
  let refreshDate: string | undefined;
  let rowCount = 0;
  let identitiesSeen = 0;
  let concealedSeen = 0;
  return {
    observe(row) {
      rowCount += 1;
      const date = row['reportRefreshDate'];
      if (typeof date === 'string' && (refreshDate === undefined || date > refreshDate)) refreshDate = date;
      for (const key of identityKeys) {
        const value = row[key];
        if (typeof value !== 'string') continue;
        identitiesSeen += 1;
        if (isConcealedIdentity(value)) concealedSeen += 1;
      }
    },
    result() {
      const identities: IdentityVisibility =
        identityKeys.length === 0 ? 'none' : identitiesSeen > 0 && concealedSeen === identitiesSeen ? 'concealed' : 'visible';
      return { refreshDate, rowCount, identities };
    },
  };
}
