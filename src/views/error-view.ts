/**
 * A failure explained: what went wrong (title and message), what to do about it, when to try again
 * (in the asker's locale), the error code for whoever runs the bot, and buttons to go on.
 */
import type { MessageKey } from '../i18n/message-types.js';
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
export function adviceFor(code: string, hasRetryTime: boolean): AdviceKey {
  if (FIX_INPUT.has(code)) return 'advice.fixInput';
  if (code === 'LICENSE_FORBIDDEN') return 'advice.licenceForbidden';
  if (code === 'DIRECTORY_FORBIDDEN') return 'advice.directoryForbidden';
  if (code === 'NAMES_CONCEALED') return 'advice.namesConcealed';
  if (code === 'UNKNOWN_VALUE') return 'advice.unknownValue';
  if (code === 'PERSONAL_CHAT_ONLY') return 'advice.personalChatOnly';
  if (FIX_ACCESS.has(code)) return 'advice.fixAccess';
  if (WAIT.has(code)) return hasRetryTime ? 'advice.waitBudget' : 'advice.waitStatus';
  if (code === 'PERSONAL_CHAT_NEEDED' || code === 'PERSONAL_CHAT_GONE') return 'advice.personalChat';
  if (code === 'PRIVATE_NOT_SENT') return 'advice.privateNotSent';
  if (code === 'DIGEST_CHANNELS_ONLY') return 'advice.digestChannels';
  if (code === 'DIGEST_UNAVAILABLE') return 'advice.digestUnavailable';
  if (FILE_OFFER.has(code)) return 'advice.fileOffer';
  if (TENANT_NAMES.has(code)) return 'advice.tenantNames';
  if (code === 'TENANT_NOT_HERE' || code === 'TENANT_ADMINS_ONLY') return 'advice.tenantNotHere';
  if (code === 'TENANT_COMMAND' || code === 'BAD_TENANT_ID') return 'advice.tenantCommand';
  return 'advice.default';
}

/** The error card data for `model`, the retry time in the reader's locale and time zone. */
export function buildErrorCard(model: ViewModels['error'], { format, encode, messages }: ViewContext): CardData['error'] {
  const { t, text } = messages;
  return {
    title: encode(text(model.title)),
    message: encode(text(model.message)),
    advice: encode(t(adviceFor(model.code, model.retryAt !== undefined))),
    hasRetry: model.retryAt !== undefined,
    retry: encode(model.retryAt !== undefined ? t('error.retryAfter', { time: format.dateTime(model.retryAt) }) : ''),
    code: encode(t('error.code', { code: model.code })),
    actions: cardActions(model.actions, messages),
  };
}

type AdviceKey = Extract<MessageKey, `advice.${string}`>;
