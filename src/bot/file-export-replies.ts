/**
 * What the file-consent flow says when a file does not arrive: the upload link expired, the upload
 * failed, the report changed since the offer, or the offer cannot be read. Each card (but the last)
 * has a "Try again" button that sends the `csv …` command, which builds a new file and offer.
 */
import type { Reply } from '../commands/reply.js';
import type { UploadError } from '../files/upload-session.js';

const TITLES: Readonly<Record<UploadError['code'], string>> = {
  UPLOAD_EXPIRED: 'The upload link expired',
  UPLOAD_FAILED: 'The file could not be uploaded',
  UPLOAD_REFUSED: 'The upload link was refused',
};

/** After an upload that did not complete; `command` is the `csv …` that asks again. */
export function uploadFailedReply(error: UploadError, fileName: string, command: string): Reply {
  const message =
    error.code === 'UPLOAD_EXPIRED'
      ? `Teams' link for putting ${fileName} in your OneDrive expired before the bot could upload it.`
      : `Nothing was uploaded to your OneDrive. ${error.message}`;
  return errorReply(error.code, TITLES[error.code], message, command);
}

/** The offer was accepted after its file was removed, and the report has been refreshed since: the old data is gone. */
export function offerOutdatedReply(command: string, offeredRefreshDate: string | undefined, currentRefreshDate: string | undefined): Reply {
  const offered = offeredRefreshDate !== undefined ? `data as of ${offeredRefreshDate}` : 'no data';
  const current = currentRefreshDate !== undefined ? `data as of ${currentRefreshDate}` : 'no data';
  return errorReply(
    'EXPORT_OUTDATED',
    'The report has changed',
    `The file offered held ${offered}; the report now has ${current}, so the bot did not upload a different file than the one you accepted.`,
    command,
  );
}

/** A consent answer whose context the bot cannot read: it cannot tell which file was meant. */
export function unknownOfferReply(): Reply {
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'EXPORT_UNKNOWN',
          title: 'Unknown file offer',
          message: 'The bot cannot tell which file this offer was for, so nothing was uploaded. Ask for the file again, e.g. "csv copilot inactive D90".',
          actions: [{ title: 'Help', command: 'help' }],
        },
      },
    ],
  };
}

function errorReply(code: string, title: string, message: string, command: string): Reply {
  return { messages: [{ view: 'error', model: { code, title, message, actions: [{ title: 'Try again', command }] } }] };
}
