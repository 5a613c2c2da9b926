/**
 * One line per Copilot user for the users and inactive lists: the name (or the UPN when there is
 * none), then the UPN, the last Copilot activity, the apps used and (Copilot report v2) prompts and active days.
 */
import type { CopilotUserRow } from '../view-models.js';
import type { Fact } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** `never` is how a missing last activity reads: "no Copilot use yet", "never used Copilot". */
export function copilotUserFact(row: CopilotUserRow, never: string, { format, encode, messages: { t } }: ViewContext): Fact {
  const name = row.displayName?.trim() ? row.displayName : row.userPrincipalName;
  const details = [
    name !== row.userPrincipalName ? row.userPrincipalName : undefined,
    row.lastActivityDate !== undefined ? t('userRow.lastUse', { date: format.date(row.lastActivityDate) }) : never,
    row.appsUsed.length > 0 ? row.appsUsed.join(', ') : undefined,
    row.usage ? t('userRow.usage', { prompts: row.usage.promptsSubmitted, days: row.usage.activeUsageDays }) : undefined,
  ];
  return { title: encode(name), value: encode(details.filter((detail) => detail !== undefined).join(' · ')) };
}
