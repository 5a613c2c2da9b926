/**
 * A failure explained: what went wrong (title and message), what to do about it, when to try again
 * (in the asker's locale), the error code for whoever runs the bot, and buttons to go on.
 */
import type { ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

const FIX_INPUT = new Set([
  'EMPTY',
  'UNKNOWN_COMMAND',
  'BAD_ARGUMENT',
  'TOO_LONG',
  'BAD_SUBMIT',
  'UNKNOWN_REPORT',
  'BAD_PERIOD',
  'BAD_DATE',
  'DATE_OUT_OF_RANGE',
  'UNSUPPORTED_PARAMETER',
  'BAD_REQUEST',
]);
const FIX_ACCESS = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'TOKEN', 'NOT_FOUND']);
const WAIT = new Set(['BUDGET_EXHAUSTED', 'THROTTLED', 'UNAVAILABLE', 'NETWORK', 'DOWNLOAD_FAILED']);
/** Tenant refusals that a look at the tenants' names answers. */
const TENANT_NAMES = new Set(['TENANT_UNKNOWN', 'NO_SUCH_TENANT', 'NAME_TAKEN', 'BAD_TENANT_NAME', 'TENANT_EXISTS']);
/** A file offer that came to nothing: asking again builds the file and the offer anew. */
const FILE_OFFER = new Set(['UPLOAD_EXPIRED', 'UPLOAD_FAILED', 'UPLOAD_REFUSED', 'EXPORT_OUTDATED', 'EXPORT_UNKNOWN']);

/** What an admin can do about an error with `code`. */
export function adviceFor(code: string, hasRetryTime: boolean): string {
  if (FIX_INPUT.has(code)) return 'Type “help” to see the commands and the periods each one takes.';
  if (code === 'LICENSE_FORBIDDEN') {
    return 'Ask whoever runs the bot to grant its app registration the Microsoft Graph application permission LicenseAssignment.Read.All, with admin consent.';
  }
  if (code === 'DIRECTORY_FORBIDDEN') {
    return 'Ask whoever runs the bot to grant its app registration the Microsoft Graph application permission User.Read.All, with admin consent.';
  }
  if (code === 'NAMES_CONCEALED') return 'Ask a global admin to change the setting named above, or ask without the grouping or filter.';
  if (code === 'UNKNOWN_VALUE') return 'Pick one of the values below, or group by the attribute to see every value the directory has.';
  if (code === 'PERSONAL_CHAT_ONLY') return 'Use the button, or ask in your personal chat with the bot.';
  if (FIX_ACCESS.has(code)) {
    return 'Ask whoever runs the bot to check its app registration: Microsoft Graph application permission Reports.Read.All, with admin consent.';
  }
  if (WAIT.has(code)) {
    return hasRetryTime
      ? 'Microsoft Graph allows only a few report downloads every 10 minutes; the bot waits instead of being blocked.'
      : 'Try again in a few minutes; “status” shows what the bot has cached meanwhile.';
  }
  if (code === 'PERSONAL_CHAT_NEEDED' || code === 'PERSONAL_CHAT_GONE') return 'Open a personal chat with the bot and ask there.';
  if (code === 'PRIVATE_NOT_SENT') return 'Your personal chat is kept: the button sends it there again.';
  if (code === 'DIGEST_CHANNELS_ONLY') return 'In the channel or group chat that should get the digest, @mention the bot with “digest subscribe”.';
  if (code === 'DIGEST_UNAVAILABLE') return 'Type “help” to see what can be asked here.';
  if (FILE_OFFER.has(code)) return 'Ask again (the button, or the csv command) for a new file offer built from the current report.';
  if (TENANT_NAMES.has(code)) return 'Type “tenants” to see the tenants the bot serves and their names.';
  if (code === 'TENANT_NOT_HERE' || code === 'TENANT_ADMINS_ONLY') return 'Ask without naming a tenant: this chat answers for its own.';
  if (code === 'TENANT_COMMAND' || code === 'BAD_TENANT_ID') return 'Write the command as the message shows.';
  return 'Try again; if it keeps happening, send “status” and share the answer with whoever runs the bot.';
}

/** The error card data for `model`, the retry time in the asker's locale. */
export function buildErrorCard(model: ViewModels['error'], { format, encode }: ViewContext): CardData['error'] {
  return {
    title: encode(model.title),
    message: encode(model.message),
    advice: encode(adviceFor(model.code, model.retryAt !== undefined)),
    hasRetry: model.retryAt !== undefined,
    retry: encode(model.retryAt !== undefined ? `Try again after ${format.dateTime(model.retryAt)}.` : ''),
    code: encode(`Error code: ${model.code}`),
    actions: cardActions(model.actions),
  };
}
