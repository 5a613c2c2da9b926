/**
 * What the file-consent flow says when a file does not arrive: the upload link expired, the upload
 * failed, the report changed since the offer, or the offer cannot be read. Each card (but the last)
 * has a "Try again" button that sends the `csv …` command, which builds a new file and offer.
 */
import type { Reply } from '../commands/reply.js';
import type { UploadError } from '../files/upload-session.js';
import { phrase, type Phrase } from '../i18n/message-types.js';

/** After an upload that did not complete; `command` is the `csv …` that asks again; `fileName` when the offer still names one. */
export function uploadFailedReply(error: UploadError, fileName: string | undefined, command: string): Reply {
  const message =
    error.code === 'UPLOAD_EXPIRED'
      ? phrase('errorMessage.uploadExpired', { file: fileName ?? 'none' })
      : phrase('errorMessage.uploadFailed', { reason: error.code === 'UPLOAD_REFUSED' ? 'refused' : 'other' });
  return errorReply(error.code, phrase(`errorTitle.${error.code}`), message, command);
}

/** The offer was accepted after its file was removed, and the report has been refreshed since: the old data is gone. */
export function offerOutdatedReply(command: string, offeredRefreshDate: string | undefined, currentRefreshDate: string | undefined): Reply {
  const message = phrase('errorMessage.exportOutdated', { offered: offeredRefreshDate ?? 'none', current: currentRefreshDate ?? 'none' });
  return errorReply('EXPORT_OUTDATED', phrase('errorTitle.EXPORT_OUTDATED'), message, command);
}

/** A consent answer whose context the bot cannot read: it cannot tell which file was meant. */
export function unknownOfferReply(): Reply {
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'EXPORT_UNKNOWN',
          title: phrase('errorTitle.EXPORT_UNKNOWN'),
          message: phrase('errorMessage.exportUnknown'),
          actions: [{ title: phrase('action.help'), command: 'help' }],
        },
      },
    ],
  };
}

function errorReply(code: string, title: Phrase, message: Phrase, command: string): Reply {
  return { messages: [{ view: 'error', model: { code, title, message, actions: [{ title: phrase('action.tryAgain'), command }] } }] };
}
