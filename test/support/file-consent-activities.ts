/**
 * The `fileConsent/invoke` activities Teams sends when a user answers a FileConsentCard, shaped as the
 * Teams docs show them (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4),
 * in the Playground's personal chat: the Playground itself has no file-consent flow to capture them from.
 */
import type { Attachment } from 'botbuilder';
import { playgroundActivity } from './playground-activities.js';

export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/** What Teams puts in `uploadInfo` for an accepted file. */
export function uploadInfoFor(uploadUrl: string, name: string): Record<string, unknown> {
  return {
    name,
    uploadUrl,
    contentUrl: `https://contoso-my.sharepoint.com/personal/alexw_contoso_com/Documents/Applications/Usage%20Bot/${encodeURIComponent(name)}`,
    uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C',
    fileType: 'csv',
    etag: '"{1150D938-8870-4044-9F2C-5BBDEBA70C8C},1"',
  };
}

/** The invoke for `action` on a consent card whose context was `context`; accept carries `uploadInfo`. */
export function fileConsentInvoke(action: string, context: unknown, uploadInfo?: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return playgroundActivity('message-personal', {
    type: 'invoke',
    name: 'fileConsent/invoke',
    text: undefined,
    textFormat: undefined,
    id: `f:${Math.random().toString(36).slice(2)}`,
    replyToId: 'consent-card-activity',
    value: { type: 'fileUpload', action, context, ...(uploadInfo ? { uploadInfo } : {}) },
    ...overrides,
  });
}

/** The consent cards among `attachments`. */
export function consentCards(attachments: readonly Attachment[]): (Attachment & { content: ConsentCardContent })[] {
  return attachments.filter((attachment) => attachment.contentType === FILE_CONSENT_CONTENT_TYPE) as (Attachment & { content: ConsentCardContent })[];
}

export type ConsentCardContent = {
  description: string;
  sizeInBytes: number;
  acceptContext: Record<string, unknown>;
  declineContext: Record<string, unknown>;
};
