/**
 * When the tenant conceals names in usage reports, users and groups arrive as 32-character hashes.
 * The cards show them as they are and say, in one line, which admin setting reveals the names.
 */
import type { IdentityVisibility } from '../reports/rows-summary.js';
import type { IdentityNote } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** The note for concealed identities, naming the admin center's setting as it reads in the reader's language; empty (and hidden) otherwise. */
export function identityNote(identities: IdentityVisibility, { encode, messages: { t } }: ViewContext): IdentityNote {
  const isConcealed = identities === 'concealed';
  return { isConcealed, text: encode(isConcealed ? t('identity.concealed', { setting: t('identity.setting') }) : '') };
}
