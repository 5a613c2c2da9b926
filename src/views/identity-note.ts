/**
 * When the tenant conceals names in usage reports, users and groups arrive as 32-character hashes.
 * The cards show them as they are and say, in one line, which admin setting reveals the names.
 */
import { CONCEALED_NAMES_SETTING } from '../reports/directory-joins.js';
import type { IdentityVisibility } from '../reports/rows-summary.js';
import type { IdentityNote } from './card-data.js';
import type { ViewContext } from './view-context.js';


/** The note for concealed identities; empty (and hidden) otherwise. */
export function identityNote(identities: IdentityVisibility, { encode }: ViewContext): IdentityNote {
  const isConcealed = identities === 'concealed';
  return {
    isConcealed,
    text: encode(
      isConcealed
        ? `Names are concealed: this tenant shows users and groups in reports as 32-character codes. To see names, turn off concealment in ${CONCEALED_NAMES_SETTING}.`
        : '',
    ),
  };
}
