/**
 * One line per Copilot user for the users and inactive lists: the name (or the UPN when there is
 * none), then the UPN, the last Copilot activity, the apps used and (Copilot report v2) prompts and active days.
 */
import type { CopilotUserRow } from '../view-models.js';
import type { Fact } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** `never` is how a missing last activity reads: "no Copilot use yet", "never used Copilot". */
export function copilotUserFact(row: CopilotUserRow, never: string, { format, encode }: ViewContext): Fact {
  const name = row.displayName?.trim() ? row.displayName : row.userPrincipalName;
  const details = [
    name !== row.userPrincipalName ? row.userPrincipalName : undefined,
    row.lastActivityDate !== undefined ? `last Copilot use ${format.date(row.lastActivityDate)}` : never,
    row.appsUsed.length > 0 ? row.appsUsed.join(', ') : undefined,
    row.usage ? `${format.number(row.usage.promptsSubmitted)} prompts · ${format.number(row.usage.activeUsageDays)} active days` : undefined,
  ];
  return { title: encode(name), value: encode(details.filter((detail) => detail !== undefined).join(' · ')) };
}
