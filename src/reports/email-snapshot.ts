/**
 * The email activity user detail reduced, while it downloads, to what `email` answers with: mailboxes by
 * last activity, the period's mail sent, received and read, and the most and least active people.
 */
import type { RowOf } from './catalog.js';
import { createDetailCollector, type DetailSnapshot } from './detail-snapshot.js';
import type { ReportSpan } from './insights.js';

type UserRow = RowOf<'email-users'>;

const KEEP = ['userPrincipalName', 'displayName', 'lastActivityDate', 'sendCount', 'receiveCount', 'readCount'] as const;
const TOTALS = ['sendCount', 'receiveCount', 'readCount', 'meetingCreatedCount', 'meetingInteractedCount'] as const;

/** A listed mailbox user: name, last activity, mail sent, received and read. */
export type EmailUserEntry = Pick<UserRow, (typeof KEEP)[number]>;

/** Mail sent and read: what the user did (receiving is not activity). */
export function emailActivityScore(row: Pick<UserRow, 'sendCount' | 'readCount'>): number {
  return (row.sendCount ?? 0) + (row.readCount ?? 0);
}

export type EmailUsersSnapshot = DetailSnapshot<EmailUserEntry, (typeof TOTALS)[number], 'mostActive'> & { readonly report: 'email-users' };

export function createEmailUsersCollector(span: ReportSpan, rowLimit: number) {
  const detail = createDetailCollector<UserRow, (typeof KEEP)[number], (typeof TOTALS)[number], 'mostActive'>(span, rowLimit, {
    nameOf: (row) => row.userPrincipalName,
    keep: KEEP,
    totals: TOTALS,
    rankings: { mostActive: emailActivityScore },
  });
  return {
    observe: (row: UserRow) => detail.observe(row),
    result: (): EmailUsersSnapshot => ({ report: 'email-users', ...detail.result() }),
  };
}
