/**
 * The Teams file-consent flow behind `csv …`: the file is built once, streaming, to a private temp
 * file (its size goes on the FileConsentCard), and the card goes to the asker's personal chat, the only
 * place Teams lets a bot send files; a card the client there does not take (the Agents Playground) is
 * withdrawn, and the caller answers with the file's name, rows, size and terminal command instead.
 * Decline gets a short acknowledgement. Accept is answered at once and
 * the upload runs after the invoke: Teams shows "Something went wrong" when the answer waits for a large
 * upload (https://github.com/OfficeDev/Microsoft-Teams-Samples/issues/620); then a FileInfoCard, or a card
 * with a retry button, is sent to the chat.
 */
import { TurnContext, type Activity, type ConversationReference, type FileConsentCardResponse } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { ExportCommand, ParsedCommand } from '../commands/command.js';
import type { ConversationKind } from '../commands/handler-context.js';
import { formatCommand, parseCommand } from '../commands/parse.js';
import type { FileReply, Reply } from '../commands/reply.js';
import { readConsentContext, readUploadInfo, type ConsentContext, type UploadInfo } from '../files/consent-response.js';
import type { PendingExport, PendingExports } from '../files/pending-exports.js';
import { UploadError, uploadToSession } from '../files/upload-session.js';
import type { Logger } from '../logger.js';
import { fileConsentCard, fileInfoCard, fileOfferText, type FileOffer } from '../views/file-cards.js';
import { messagesFor } from '../i18n/messages.js';
import { ranNote } from '../views/ran-note.js';
import { audienceOf } from './activity-audience.js';
import type { Audience } from '../i18n/audience.js';
import { offerOutdatedReply, unknownOfferReply, uploadFailedReply } from './file-export-replies.js';
import { tenantIdOf } from './access-policy.js';
import { getAskerKey, type PrivateChat, type PrivateDelivery } from './private-chat.js';
import { replyActivities } from './reply-activities.js';
import { pinTenant } from './tenant-pin.js';
import type { SeenActivities } from './seen-activities.js';
import { allDelivered, type TeamsSender } from './teams-sender.js';

/** What the flow works with; everything is passed in. */
export type FileExportsOptions = {
  readonly pending: PendingExports;
  readonly privateChat: PrivateChat;
  /** Sends the card and replies in the turn, and the upload's outcome after it (the accept's turn has ended by then). */
  readonly sender: Pick<TeamsSender, 'reply' | 'continueConversation'>;
  /**
   * Answers a `csv …` command as in a personal chat, about `tenant` (the offer's) if the asker of
   * `activity` may still see it; builds a file again when an offer outlived its file.
   */
  readonly runCommand: (parsed: ParsedCommand, activity: Activity, tenant: string | undefined) => Promise<Reply>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The answers to offers taken on (by offer id, claimed across instances): each offer is answered once. */
  readonly seen: Pick<SeenActivities, 'takeFirstOf'>;
  /** False when the bot runs without authentication: files are then uploaded only to this machine. */
  readonly allowRemoteUploads: boolean;
  readonly random?: () => number;
  /** Bytes per upload request: a multiple of 320 KiB (default 5 MiB). */
  readonly uploadChunkBytes?: number;
};

/**
 * `sent`: the consent card reached the asker's personal chat. `not-taken`: asked in the personal chat itself,
 * the card was not taken there; the file it offered, for the fallback answer. `not-private`: asked elsewhere,
 * the personal chat could not be reached, and how it failed.
 */
export type OfferOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'not-taken'; readonly reason: 'not-shown' | 'not-sent'; readonly file: FileOffer }
  | { readonly kind: 'not-private'; readonly delivery: Exclude<PrivateDelivery, { kind: 'sent' }> };

/** Offers files, answers the consent invokes, and runs the uploads that follow an accept. */
export class FileExports {
  private readonly uploads = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(private readonly options: FileExportsOptions) {}

  /**
   * Builds `file` and sends its consent card to the asker's personal chat: this one, or privately from a
   * channel or group chat. `ran` (asked as a plain question) opens the card's text with the command it ran;
   * `tenant` is the tenant whose data it holds, kept on the card where the bot serves several.
   */
  async offer(context: TurnContext, file: FileReply, conversation: ConversationKind, ran?: string, tenant?: string): Promise<OfferOutcome> {
    const owner = getAskerKey(context.activity, tenantIdOf(context.activity));
    if (owner === undefined) return { kind: 'not-private', delivery: { kind: 'no-chat' } };
    const prepared = await this.options.pending.prepare(file.export, formatCommand(file.command), owner, tenant);
    const audience = audienceOf(context.activity);
    const text = fileOfferText(prepared, audience);
    const card: Partial<Activity> = {
      type: 'message',
      text: ran === undefined ? text : `${ranNote(ran, messagesFor(audience))}\n\n${text}`,
      attachments: [fileConsentCard(prepared, consentContextOf(prepared), audience)],
    };
    const outcome = conversation === 'personal' ? await this.offerHere(context, card, prepared) : await this.offerPrivately(context, card);
    if (outcome.kind !== 'sent') await this.options.pending.withdraw(prepared.id);
    this.options.logger.info('file offered', {
      report: file.command.target.name,
      rows: prepared.rowCount,
      bytes: prepared.sizeInBytes,
      conversation,
      outcome: outcome.kind === 'not-taken' ? outcome.reason : outcome.kind === 'not-private' ? outcome.delivery.kind : outcome.kind,
    });
    return outcome;
  }

  /**
   * The consent card into the personal chat asked in. Whether a client can take files shows nowhere before:
   * `supportsFiles` is a manifest setting Teams enforces for the whole app
   * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4), and the activities the
   * Agents Playground posts look like Teams web's (clientInfo platform "Web"; see
   * docs/playground-spike/activities). What differs is the answer to the card: Teams answers 201 with the new
   * message's id; the Playground (0.2.28) answers 202 without one and shows "File Consent Card is not
   * supported yet". So the offer counts as made only when the connector named the message; any other
   * answer gets the fallback here, never "ask in a personal chat" (this is one).
   */
  private async offerHere(context: TurnContext, card: Partial<Activity>, prepared: PendingExport): Promise<OfferOutcome> {
    const [result] = await this.options.sender.reply(context, [card]);
    if (result?.kind === 'delivered') return { kind: 'sent' };
    // Refused (no message id, or a 4xx other than 403/404): this client takes no file offer. Otherwise Teams failed this time.
    return { kind: 'not-taken', reason: result?.kind === 'refused' ? 'not-shown' : 'not-sent', file: prepared };
  }

  private async offerPrivately(context: TurnContext, card: Partial<Activity>): Promise<OfferOutcome> {
    const delivery = await this.options.privateChat.send(context.activity, tenantIdOf(context.activity), [card]);
    return delivery.kind === 'sent' ? { kind: 'sent' } : { kind: 'not-private', delivery };
  }

  /** The user declined: the file is deleted and the chat gets a short acknowledgement with a button to ask again. */
  async decline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const offer = this.readOffer(context, response, 'decline');
    if (!offer || !(await this.takeFirstAnswer(offer))) return;
    const taken = this.options.pending.take(offer.consent.exportId, offer.owner);
    if (taken) await this.options.pending.release(taken);
    this.options.logger.info('file declined', { report: offer.command.target.name });
    const reply: Reply = { messages: [{ view: 'file-declined', model: { command: formatCommand(offer.command) } }] };
    await this.options.sender.reply(context, activitiesOf(reply, audienceOf(context.activity), offer.consent.tenant));
  }

  /** The user accepted: the upload starts after this turn, so Teams gets its answer at once; `settled` waits for it. */
  async accept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const offer = this.readOffer(context, response, 'accept');
    if (!offer) {
      await this.options.sender.reply(context, replyActivities(unknownOfferReply().messages, audienceOf(context.activity)));
      return;
    }
    // A second click on Allow (on this instance or another) uploads nothing more: the first one's outcome follows.
    if (!(await this.takeFirstAnswer(offer))) return;
    // A new message into the chat, not a reply to the invoke (which no client shows).
    const reference: Partial<ConversationReference> = { ...TurnContext.getConversationReference(context.activity), activityId: undefined };
    const upload = readUploadInfo(response.uploadInfo);
    const job = this.upload(reference, context.activity, offer, upload).catch((error: unknown) => {
      this.options.logger.warn('file upload outcome not delivered', { errorName: error instanceof Error ? error.name : typeof error });
    });
    this.uploads.add(job);
    void job.finally(() => this.uploads.delete(job));
  }

  /** Resolves once every upload started so far has finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.uploads.size > 0) await Promise.allSettled([...this.uploads]);
  }

  /** Deletes the files of offers nobody answered in time; returns how many went. */
  sweep(): Promise<number> {
    return this.options.pending.sweep();
  }

  /** How many offered files are waiting for an answer. */
  get pendingCount(): number {
    return this.options.pending.size;
  }

  /** Stops uploads in progress, waits for them to end, and deletes every file. */
  async close(): Promise<void> {
    this.stopping.abort();
    await this.settled();
    await this.options.pending.close();
  }

  private async upload(reference: Partial<ConversationReference>, activity: Activity, offer: ReadOffer, upload: UploadInfo | undefined): Promise<void> {
    const audience = audienceOf(activity);
    const command = formatCommand(offer.command);
    const notify = async (activities: Partial<Activity>[]) => {
      const results = await this.options.sender.continueConversation(reference, activities);
      if (!allDelivered(results, activities.length)) this.options.logger.warn('file upload outcome not delivered', { outcome: results.at(-1)?.kind });
    };
    const notifyReply = (reply: Reply) => notify(activitiesOf(reply, audience, offer.consent.tenant));
    const { exportId } = offer.consent;
    let file: PendingExport | undefined;
    try {
      // The offer is answered either way: its file goes once this upload ends.
      file = this.options.pending.take(exportId, offer.owner);
      if (!upload) {
        throw new UploadError('UPLOAD_FAILED', 'Teams sent no upload link with the accept.');
      }
      file ??= await this.rebuild(offer, activity, notifyReply);
      if (!file) return;
      const started = this.options.clock.now();
      const result = await uploadToSession(file, upload.uploadUrl, {
        clock: this.options.clock,
        random: this.options.random,
        chunkBytes: this.options.uploadChunkBytes,
        allowRemote: this.options.allowRemoteUploads,
        signal: this.stopping.signal,
      });
      this.options.logger.info('file uploaded', {
        report: offer.command.target.name,
        bytes: result.bytes,
        requests: result.chunks,
        status: result.status,
        durationMs: this.options.clock.now() - started,
      });
      const info = fileInfoCard({ ...upload, name: upload.name ?? file.fileName });
      await notify([{ type: 'message', attachments: [info] }]);
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      this.options.logger.warn('file upload failed', { report: offer.command.target.name, code: error.code, status: error.status });
      await notifyReply(uploadFailedReply(error, file?.fileName, command));
    } finally {
      if (file) await this.options.pending.release(file);
    }
  }

  /**
   * The offer outlived its file (time limit, restart): the same command builds it again from the
   * (cached) report, provided the report still has the refresh date the user accepted.
   */
  private async rebuild(offer: ReadOffer, activity: Activity, notifyReply: (reply: Reply) => Promise<void>): Promise<PendingExport | undefined> {
    const reply = await this.options.runCommand({ command: offer.command, delivery: 'here' }, activity, offer.consent.tenant);
    if (!reply.file) {
      await notifyReply(reply);
      return undefined;
    }
    const current = reply.file.export.meta.refreshDate;
    if (current !== offer.consent.refreshDate) {
      await notifyReply(offerOutdatedReply(formatCommand(offer.command), offer.consent.refreshDate, current));
      return undefined;
    }
    const rebuilt = await this.options.pending.prepare(reply.file.export, formatCommand(reply.file.command), offer.owner, offer.consent.tenant);
    return this.options.pending.take(rebuilt.id, offer.owner);
  }

  /** True for the first answer to the offer any instance takes on; a repeat is logged and left alone. */
  private async takeFirstAnswer(offer: ReadOffer): Promise<boolean> {
    if (await this.options.seen.takeFirstOf('file-consent', offer.consent.exportId, offer.tenant)) return true;
    this.options.logger.info('file consent repeated', { report: offer.command.target.name });
    return false;
  }

  /** The consent answer's context, its command and who answered; undefined (logged) when any is unreadable. */
  private readOffer(context: TurnContext, response: FileConsentCardResponse, answer: 'accept' | 'decline'): ReadOffer | undefined {
    const consent = readConsentContext(response.context);
    const parsed = consent ? parseCommand(consent.command) : undefined;
    const owner = getAskerKey(context.activity, tenantIdOf(context.activity));
    if (!consent || !parsed?.ok || parsed.parsed.command.name !== 'export' || owner === undefined) {
      this.options.logger.warn('file consent not understood', { answer, context: consent ? 'unknown command' : 'unreadable' });
      return undefined;
    }
    return { consent, command: parsed.parsed.command, owner, tenant: tenantIdOf(context.activity) };
  }
}

/** An answer to an offer: what it offered, who answered, and the tenant of the chat it came from. */
type ReadOffer = { readonly consent: ConsentContext; readonly command: ExportCommand; readonly owner: string; readonly tenant: string };

/** What the card carries back: the file's id, and what builds it again. */
function consentContextOf(prepared: PendingExport): ConsentContext {
  return {
    exportId: prepared.id,
    command: prepared.command,
    ...(prepared.refreshDate !== undefined ? { refreshDate: prepared.refreshDate } : {}),
    ...(prepared.tenant !== undefined ? { tenant: prepared.tenant } : {}),
  };
}

/** A reply about the offer's tenant, its buttons keeping that tenant. */
function activitiesOf(reply: Reply, audience: Audience, tenant: string | undefined): Partial<Activity>[] {
  const activities = replyActivities(reply.messages, audience);
  return tenant === undefined ? activities : pinTenant(activities, tenant);
}
