/**
 * The Teams activity handler: checks who is asking, turns the message or card submit into a command,
 * runs it through the same handlers every front end uses, and sends the reply as Adaptive Cards.
 * Per-user detail asked for in a channel goes to the asker's personal chat, never to the channel, and
 * so do files (`csv …`), through the file-consent flow whose invokes are answered here too. Install
 * and removal events keep or forget the conversations the weekly digest posts to.
 * A command whose report is cached and fresh is answered in the turn; one that waits for Graph gets a
 * progress card at once, the turn ends, and the card is updated and then replaced by the answer.
 * Period and refresh buttons are Universal Actions: their invoke is answered with the card that replaces
 * the one clicked (the progress card, when the data must be fetched, then updated like any other).
 * Which tenant a turn is in and which it is about is Tenancy's to say (tenancy.ts, turn-command.ts);
 * the handlers get the dependencies of the tenant asked about.
 */
import {
  ActivityTypes,
  DeliveryModes,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  type InvokeResponse,
} from 'botbuilder';
import type { ParsedCommand } from '../commands/command.js';
import type { ConversationKind, HandlerDeps } from '../commands/handler-context.js';
import { handleCommand, helpReply, refusalReply } from '../commands/handlers.js';
import type { Reply } from '../commands/reply.js';
import type { ReplyMessage } from '../view-models.js';
import { audienceOf } from './activity-audience.js';
import type { AccessConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { toIsoDate } from '../clock.js';
import type { CachedReads } from '../reports/cached-reads.js';
import type { SendResult } from '../outbound/send-outcome.js';
import { AfterTurnAnswers } from './after-turn-answers.js';
import { alreadyAnswered, answeredInNewMessage, cardResponse } from './card-action-responses.js';
import { ConversationEvents } from './conversation-events.js';
import { getConversationKind } from './conversation-kind.js';
import { activityProblems, unreadableActivityReply } from './inbound-activity.js';
import { removalOf } from './digest-conversations.js';
import type { FileExports } from './file-exports.js';
import type { PrivateChat } from './private-chat.js';
import { deliverFile, deliverPrivately, type AnswerDeliveryDeps } from './answer-delivery.js';
import { answerActivities, progressActivity } from './reply-activities.js';
import { ReplyCache } from './reply-cache.js';
import type { SeenActivities } from './seen-activities.js';
import { startCommand, type CommandRunner, type StartedCommand } from './started-command.js';
import type { HomeDecision, Tenancy } from './tenancy.js';
import type { TeamsSender } from './teams-sender.js';
import { TurnAccess } from './turn-access.js';
import { readTurn, type TurnInput, type TurnRead, type TurnScope } from './turn-command.js';
import { TypedTextReadings } from './typed-text-readings.js';
import { unhandledInvokeResponse } from './unhandled-invoke.js';
import { COMMAND_VERB } from './universal-actions.js';

export type { CommandRunner };

/** What the bot works with; everything is passed in, nothing is global. */
export type UsageBotOptions = {
  readonly access: AccessConfig;
  /** The managing tenant's handler dependencies: what answers that need no tenant (help, refusals) work with. */
  readonly handlerDeps: HandlerDeps;
  /** The one way out to Teams. */
  readonly sender: TeamsSender;
  readonly privateChat: PrivateChat;
  readonly fileExports: FileExports;
  /** Which tenant a turn is in and about; each tenant's part of the store holds its digest references and subscriptions. */
  readonly tenancy: Tenancy;
  /** The activities taken on (in memory, and claimed in a shared store when instances share one): each is answered once. */
  readonly seen: SeenActivities;
  readonly logger: Logger;
  readonly runCommand?: CommandRunner;
  /** How many conversations to remember as welcomed. */
  readonly maxWelcomed?: number;
  /** Least time between two updates of a progress card (default 2.5 s). */
  readonly progressIntervalMs?: number;
  /** What the warm answers kept ready to send may take, as the length of their JSON (default DEFAULT_REPLY_CACHE_BYTES). */
  readonly replyCacheBytes?: number;
};

/** Answers messages and card submits, welcomes installs; everything else is botbuilder's default. */
export class UsageBot extends TeamsActivityHandler {
  private readonly conversations: ConversationEvents;
  private readonly runCommand: CommandRunner;
  private readonly replies: ReplyCache;
  private readonly afterTurn: AfterTurnAnswers;
  private readonly access: TurnAccess;
  private readonly readings: TypedTextReadings;
  constructor(private readonly options: UsageBotOptions) {
    super();
    this.conversations = new ConversationEvents({
      tenancy: options.tenancy,
      logger: options.logger,
      maxWelcomed: options.maxWelcomed,
      greet: (context) => this.greet(context),
    });
    this.access = new TurnAccess({ tenancy: options.tenancy, privateChat: options.privateChat, contact: options.access.contact, logger: options.logger });
    this.runCommand = options.runCommand ?? handleCommand;
    this.replies = new ReplyCache(options.replyCacheBytes);
    this.readings = new TypedTextReadings(options.handlerDeps.copilotApi);
    this.afterTurn = new AfterTurnAnswers({ sender: options.sender, clock: options.handlerDeps.clock, logger: options.logger, progressIntervalMs: options.progressIntervalMs });
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.conversations.added(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (botId && context.activity.membersAdded?.some((member) => member.id === botId)) await this.conversations.added(context);
      await next();
    });
    // `remove` and `remove-upgrade` (the bot dropped by an app upgrade) both arrive here.
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.conversations.removed(context, removalOf(context.activity));
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (botId && context.activity.membersRemoved?.some((member) => member.id === botId)) await this.conversations.removed(context, removalOf(context.activity));
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (team, context, next) => {
      await this.conversations.removed(context, team.id ? { kind: 'team', teamId: team.id } : undefined);
      await next();
    });
    this.onTeamsChannelDeletedEvent(async (channel, _team, context, next) => {
      await this.conversations.removed(context, channel.id ? { kind: 'conversation', conversationId: channel.id } : undefined);
      await next();
    });
  }

  /** Runs the turn; a message with fields that had to be dropped is answered with what was wrong instead. */
  override async run(context: TurnContext): Promise<void> {
    const problems = activityProblems(context.activity);
    if (problems.length > 0) {
      this.options.logger.warn('activity fields not usable', { activityType: context.activity.type, fields: problems.map((problem) => problem.split(':')[0]).join(',') });
      if (context.activity.type === 'message') {
        await this.send(context, unreadableActivityReply(problems).messages);
        return;
      }
    }
    await super.run(context);
  }

  /** Invokes nothing here handles get a 200 in their contract's shape, not botbuilder's bare 501. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    this.options.logger.info('invoke not handled', { name: typeof context.activity.name === 'string' ? context.activity.name.slice(0, 64) : undefined });
    return unhandledInvokeResponse(context.activity.name, audienceOf(context.activity));
  }

  /** Resolves when every answer finished after its turn has been sent, and the activity claims' pruning is done (tests; shutdown). */
  async settled(): Promise<void> {
    await this.afterTurn.settled();
    await this.options.seen.settled();
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!(await this.takeFirst(activity))) return;
    const access = await this.access.check(context);
    if (!access.allowed) {
      await this.refuse(context, access.reason);
      return;
    }
    const conversation = getConversationKind(activity.conversation);
    // Typed text may be a plain question (or a tenant command); a card submit always carries one of our commands.
    const input: TurnInput = activity.value !== undefined && activity.value !== null ? { kind: 'submit', value: activity.value } : { kind: 'text', text: activity.text ?? '' };
    const read = await this.read(activity, access, input);
    if (read.kind === 'not-understood') {
      this.options.logger.info('command not understood', { code: read.error.code, conversation });
      await this.send(context, refusalReply(read.error, this.options.handlerDeps.copilotApi).messages);
      return;
    }
    if (read.kind === 'reply') return this.send(context, read.reply.messages);
    await this.answerCommand(context, read.parsed, conversation, read.scope, access.tenantId);
  }

  /** What `input` asks, with the tenant it is about. */
  private read(activity: Activity, home: Extract<HomeDecision, { allowed: true }>, input: TurnInput): Promise<TurnRead> {
    const asked = { home, conversationId: activity.conversation?.id ?? '', requestedBy: activity.from?.aadObjectId?.toLowerCase() ?? '' };
    return readTurn(input, asked, this.options.tenancy, this.readings);
  }

  /**
   * Runs the command; answers in the turn when it needed no fetch from Graph, otherwise posts the
   * progress card and finishes after the turn. File offers and buffered replies (expectReplies) need
   * the turn itself, so they wait for the fetch in it.
   */
  private async answerCommand(context: TurnContext, parsed: ParsedCommand, conversation: ConversationKind, scope: TurnScope, homeTenantId: string): Promise<void> {
    const activity = context.activity;
    const started = this.options.handlerDeps.clock.now();
    const { key, kept } = this.keptAnswer(activity, parsed, conversation, scope, homeTenantId);
    if (kept) {
      await this.sendActivities(context, kept);
      this.logAnswered(parsed, conversation, {}, kept.length, started, 'turn', true);
      return;
    }
    const run = await startCommand(this.runCommand, activity, parsed, conversation, scope);
    const keep = key !== undefined ? { key, reads: run.reads } : undefined;
    if ('reply' in run.first) return this.answerInTurn(context, run.first.reply, parsed, conversation, started, scope, keep);
    if (parsed.command.name === 'export' || activity.deliveryMode === DeliveryModes.ExpectReplies) {
      await this.showTyping(context, conversation);
      return this.answerInTurn(context, await run.work, parsed, conversation, started, scope, keep);
    }
    const [posted] = await this.options.sender.reply(context, [progressActivity(run.first.progress, parsed, audienceOf(activity))]);
    this.finishLater(run, posted, activity, parsed, conversation, started, scope);
  }

  /**
   * A Universal Action (`Action.Execute`, verb `command`): the answer replaces the card clicked, through
   * the invoke's response; when the data must be fetched, the progress card does, and is then updated
   * like any other. Messages beyond the first follow as new messages.
   */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const activity = context.activity;
    // Teams retries an invoke answered late, maybe to another instance: the card is answered once.
    if (!(await this.takeFirst(activity))) return alreadyAnswered(audienceOf(activity));
    const access = await this.access.check(context);
    if (!access.allowed) return cardResponse(answerActivities(this.access.refusal(activity, access.reason), audienceOf(activity))[0]);
    // A verb the bot's cards never carry leaves the clicked card as it is.
    if (invokeValue.action.verb !== COMMAND_VERB) return unhandledInvokeResponse(activity.name, audienceOf(activity)).body as AdaptiveCardInvokeResponse;
    const read = await this.read(activity, access, { kind: 'submit', value: invokeValue.action.data });
    if (read.kind === 'not-understood') return cardResponse(answerActivities(refusalReply(read.error, this.options.handlerDeps.copilotApi).messages, audienceOf(activity))[0]);
    if (read.kind === 'reply') return cardResponse(answerActivities(read.reply.messages, audienceOf(activity))[0]);
    const { parsed, scope } = read;
    const conversation = getConversationKind(activity.conversation);
    // A file offer cannot replace a card: it goes to the personal chat as after a submit, and the card stays.
    if (parsed.command.name === 'export') {
      await this.answerCommand(context, parsed, conversation, scope, access.tenantId);
      return answeredInNewMessage(audienceOf(activity));
    }
    const started = this.options.handlerDeps.clock.now();
    const { key, kept } = this.keptAnswer(activity, parsed, conversation, scope, access.tenantId);
    if (kept) {
      const [first, ...rest] = kept;
      if (rest.length > 0) await this.options.sender.reply(context, rest);
      this.logAnswered(parsed, conversation, {}, kept.length, started, 'card-action', true);
      return cardResponse(first);
    }
    const run = await startCommand(this.runCommand, activity, parsed, conversation, scope);
    if ('progress' in run.first) {
      const clicked: SendResult = { kind: 'delivered', activityId: activity.replyToId ?? '', attempts: 1 };
      this.finishLater(run, clicked, activity, parsed, conversation, started, scope);
      return cardResponse(progressActivity(run.first.progress, parsed, audienceOf(activity)));
    }
    const reply = run.first.reply;
    const activities = answerActivities(await deliverPrivately(this.deliveryFor(scope), activity, reply, parsed, conversation), audienceOf(activity), parsed, scope.pin);
    if (key !== undefined) this.replies.keep(key, reply, activities, run.reads);
    const [first, ...rest] = activities;
    if (rest.length > 0) await this.options.sender.reply(context, rest);
    this.logAnswered(parsed, conversation, reply, activities.length, started, 'card-action');
    return cardResponse(first);
  }

  /** True the first time any instance takes `activity` on; a repeat is logged and left alone. */
  private async takeFirst(activity: Activity): Promise<boolean> {
    if (await this.options.seen.takeFirst(activity)) return true;
    this.options.logger.info('repeated activity ignored', { activityType: activity.type, conversation: getConversationKind(activity.conversation) });
    return false;
  }

  /** Lets the progress card `posted` follow the fetch and become the answer, after the turn. */
  private finishLater(run: StartedCommand, posted: SendResult | undefined, activity: Activity, parsed: ParsedCommand, conversation: ConversationKind, started: number, scope: TurnScope): void {
    const audience = audienceOf(activity);
    this.afterTurn.start({
      run,
      posted,
      activity,
      command: parsed.command.name,
      conversation,
      renderProgress: (progress) => progressActivity(progress, parsed, audience),
      deliver: (reply) => deliverPrivately(this.deliveryFor(scope), activity, reply, parsed, conversation),
      render: (messages) => answerActivities(messages, audience, parsed, scope.pin),
      answered: (reply, messages) => this.logAnswered(parsed, conversation, reply, messages, started, 'progress-card'),
    });
  }

  /** Sends the answer in the turn; with `keep`, an answer every such ask would get is kept to be sent again. */
  private async answerInTurn(
    context: TurnContext,
    reply: Reply,
    parsed: ParsedCommand,
    conversation: ConversationKind,
    started: number,
    scope: TurnScope,
    keep?: { readonly key: string; readonly reads: CachedReads },
  ): Promise<void> {
    const delivery = this.deliveryFor(scope);
    const messages = reply.file
      ? await deliverFile(delivery, context, reply.messages, reply.file, parsed, conversation)
      : await deliverPrivately(delivery, context.activity, reply, parsed, conversation);
    const activities = answerActivities(messages, audienceOf(context.activity), parsed, scope.pin);
    if (keep) this.replies.keep(keep.key, reply, activities, keep.reads);
    await this.sendActivities(context, activities);
    this.logAnswered(parsed, conversation, reply, messages.length, started, 'turn');
  }

  /** The key the answer to `parsed` is kept under, if it may be kept, and the answer kept there while it still holds (ReplyCache). */
  private keptAnswer(activity: Activity, parsed: ParsedCommand, conversation: ConversationKind, scope: TurnScope, homeTenantId: string): { key?: string; kept?: readonly Partial<Activity>[] } {
    const today = toIsoDate(this.options.handlerDeps.clock.now());
    const pin = scope.pin !== undefined ? { pin: scope.pin } : {};
    const key = ReplyCache.keyOf({ homeTenantId, aboutTenantId: scope.tenantId, ...pin, conversation, parsed, audience: audienceOf(activity), today });
    return key === undefined ? {} : { key, kept: this.replies.get(key) };
  }

  /** `via`: in the turn, after it in place of the progress card, or in place of the card clicked; `reused`: the kept answer was sent again. */
  private logAnswered(
    parsed: ParsedCommand,
    conversation: ConversationKind,
    reply: Pick<Reply, 'privateMessages'>,
    messages: number,
    started: number,
    via: 'turn' | 'progress-card' | 'card-action',
    reused = false,
  ): void {
    this.options.logger.info('command answered', {
      command: parsed.command.name,
      delivery: parsed.delivery,
      conversation,
      via,
      reused,
      messages,
      privateMessages: reply.privateMessages?.length ?? 0,
      durationMs: this.options.handlerDeps.clock.now() - started,
    });
  }

  /**
   * Teams shows "typing…" in personal chat while a turn waits for Graph (a file offer; elsewhere the
   * progress card says more); best effort. Not in channel threads: the Agents Playground then posts the reply outside the thread.
   */
  private async showTyping(context: TurnContext, conversation: ConversationKind): Promise<void> {
    // Buffered replies (expectReplies) arrive all at once: a typing indicator would mean nothing there.
    if (conversation !== 'personal' || context.activity.deliveryMode === DeliveryModes.ExpectReplies) return;
    const [result] = await this.options.sender.reply(context, [{ type: ActivityTypes.Typing }]);
    if (result && result.kind !== 'delivered') this.options.logger.warn('typing indicator not sent', { outcome: result.kind });
  }

  /** Every file-consent invoke is answered 200: Teams shows an error for anything else. The answer itself is FileExports' job. */
  protected override async handleTeamsFileConsent(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    try {
      const access = await this.access.check(context);
      if (!access.allowed) {
        await this.refuse(context, access.reason);
        return;
      }
      if (getConversationKind(context.activity.conversation) !== 'personal') {
        this.options.logger.warn('file consent outside a personal chat ignored');
        return;
      }
      // Dispatches on `action` to the two handlers below; anything else throws BadRequest.
      await super.handleTeamsFileConsent(context, response);
    } catch (error) {
      this.options.logger.warn('file consent not answered', { errorName: error instanceof Error ? error.name : typeof error });
    }
  }

  protected override async handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.options.fileExports.accept(context, response);
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    await this.options.fileExports.decline(context, response);
  }

  /** The welcome to a conversation the bot was added to: the guide for an allowed asker, the refusal for others. */
  private async greet(context: TurnContext): Promise<void> {
    const access = await this.access.check(context);
    if (access.allowed) await this.send(context, helpReply(this.options.handlerDeps.copilotApi, { overview: access.managing }).messages);
    else await this.refuse(context, access.reason);
  }

  /** Where private detail and files go for answers about `scope`'s tenant, their buttons keeping it. */
  private deliveryFor(scope: TurnScope): AnswerDeliveryDeps {
    return {
      privateChat: this.options.privateChat,
      fileExports: this.options.fileExports,
      ...(scope.pin !== undefined ? { aboutTenantId: scope.pin } : {}),
      logger: this.options.logger,
      render: (messages, audience) => answerActivities(messages, audience, undefined, scope.pin),
    };
  }

  private async refuse(context: TurnContext, reason: 'tenant' | 'user'): Promise<void> {
    await this.send(context, this.access.refusal(context.activity, reason));
  }

  /** Sends the reply; what Teams did not take is logged (a turn that cannot reply has nowhere to say so). */
  private async send(context: TurnContext, messages: readonly ReplyMessage[]): Promise<void> {
    await this.sendActivities(context, answerActivities(messages, audienceOf(context.activity)));
  }

  private async sendActivities(context: TurnContext, activities: readonly Partial<Activity>[]): Promise<void> {
    const results = await this.options.sender.reply(context, activities);
    const failed = results.find((result) => result.kind !== 'delivered');
    if (failed) {
      this.options.logger.warn('reply not delivered', { outcome: failed.kind, reason: failed.reason, attempts: failed.attempts, sent: results.length - 1, of: activities.length });
    }
  }
}
