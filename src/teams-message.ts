/**
 * The parts of Teams messages that views/ and digest/ build or read, as plain types of our own: each
 * is a subset of the Bot Framework activity schema, so bot/ (the only folder that knows the Bot
 * Framework SDK) passes them on as they are, and moving to its successor changes bot/ alone.
 */

/** An attachment the bot sends: an Adaptive Card, or a Teams file card (file consent, file info). */
export type CardAttachment = {
  /** e.g. `application/vnd.microsoft.card.adaptive`. */
  readonly contentType: string;
  readonly content: unknown;
  readonly name?: string;
  readonly contentUrl?: string;
};

/** A message the bot posts on its own, such as a weekly digest: cards, and the summary notifications show. */
export type MessageActivity = {
  readonly type: 'message';
  readonly summary?: string;
  // A plain array: the SDK's activity type takes it without a copy.
  readonly attachments: CardAttachment[];
};

/**
 * Where an incoming activity came from: its service URL, channel and conversation, and the bot it was
 * sent to (`recipient`). Every field is optional, as it is on the wire.
 */
export type ActivityOrigin = {
  readonly serviceUrl?: string;
  readonly channelId?: string;
  readonly conversation?: {
    readonly id?: string;
    readonly conversationType?: string;
    readonly tenantId?: string;
    readonly isGroup?: boolean;
  };
  readonly recipient?: { readonly id?: string; readonly name?: string };
  /** Teams puts the team, channel and tenant here (`channelData.team.id`). */
  readonly channelData?: unknown;
};
