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
import type { CommandOrigin, ConversationKind, HandlerDeps } from '../commands/handler-context.js';
import { handleCommand, helpReply, refusalReply } from '../commands/handlers.js';
import { formatCommand } from '../commands/parse.js';
import type { Reply } from '../commands/reply.js';
import type { ReplyMessage } from '../view-models.js';
import type { Audience } from '../i18n/audience.js';
import { messagesFor } from '../i18n/messages.js';
import { phrase } from '../i18n/message-types.js';
import { audienceOf } from './activity-audience.js';
import type { AccessConfig } from '../config.js';
import { conversationRefFromActivity } from '../digest/subscription.js';
import { errorFields, type Logger } from '../logger.js';
import { toIsoDate } from '../clock.js';
import { emptyReads, recordReads, type CachedReads } from '../reports/cached-reads.js';
import type { FetchProgress } from '../reports/report-service.js';
import type { SendResult } from '../outbound/send-outcome.js';
import { accessDeniedReply } from './access-policy.js';
import { BoundedMemory } from './bounded-memory.js';
import { getConversationKind } from './conversation-kind.js';
import { activityProblems } from './inbound-activity.js';
import { forgetRemoved, keepInstalledConversation, removalOf, type Removal } from './digest-conversations.js';
import type { FileExports } from './file-exports.js';
import type { PrivateChat } from './private-chat.js';
import { deliverFile, deliverPrivately, type AnswerDeliveryDeps } from './answer-delivery.js';
import { ProgressCard } from './progress-card.js';
import { replyActivities } from './reply-activities.js';
import { ReplyCache } from './reply-cache.js';
import type { SeenActivities } from './seen-activities.js';
import type { HomeDecision, Tenancy } from './tenancy.js';
import { pinTenant } from './tenant-pin.js';
import type { TeamsSender } from './teams-sender.js';
import { readTurn, type TurnInput, type TurnRead, type TurnScope } from './turn-command.js';
import { unhandledInvokeResponse } from './unhandled-invoke.js';
import { TURN_FAILED_REPLY } from './turn-error.js';
import { COMMAND_VERB, withUniversalActions } from './universal-actions.js';

/** Answers a parsed command; `handleCommand` in production, a stand-in in tests that need a failing one. */
export type CommandRunner = (parsed: ParsedCommand, conversation: ConversationKind, deps: HandlerDeps, origin?: CommandOrigin) => Promise<Reply>;

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

const DEFAULT_MAX_WELCOMED = 10_000;
const MAX_LOGGED_ID_LENGTH = 64;

/** Answers messages and card submits, welcomes installs; everything else is botbuilder's default. */
export class UsageBot extends TeamsActivityHandler {
  private readonly welcomed: BoundedMemory<true>;
  private readonly runCommand: CommandRunner;
  private readonly replies: ReplyCache;
  /** Answers being finished after their turn, behind a progress card. */
  private readonly finishing = new Set<Promise<void>>();
  constructor(private readonly options: UsageBotOptions) {
    super();
    this.welcomed = new BoundedMemory(options.maxWelcomed ?? DEFAULT_MAX_WELCOMED);
    this.runCommand = options.runCommand ?? handleCommand;
    this.replies = new ReplyCache(options.replyCacheBytes);
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.keepConversation(context);
      await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (botId && context.activity.membersAdded?.some((member) => member.id === botId)) {
        await this.keepConversation(context);
        await this.welcome(context);
      }
      await next();
    });
    // `remove` and `remove-upgrade` (the bot dropped by an app upgrade) both arrive here.
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forget(context, removalOf(context.activity));
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (botId && context.activity.membersRemoved?.some((member) => member.id === botId)) await this.forget(context, removalOf(context.activity));
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (team, context, next) => {
      await this.forget(context, team.id ? { kind: 'team', teamId: team.id } : undefined);
      await next();
    });
    this.onTeamsChannelDeletedEvent(async (channel, _team, context, next) => {
      await this.forget(context, channel.id ? { kind: 'conversation', conversationId: channel.id } : undefined);
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
    while (this.finishing.size > 0) await Promise.all(this.finishing);
    await this.options.seen.settled();
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (!(await this.takeFirst(activity))) return;
    const access = await this.checkAccess(context);
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
    return readTurn(input, asked, this.options.tenancy, this.options.handlerDeps.copilotApi);
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
    const run = await this.startCommand(activity, parsed, conversation, scope);
    const keep = key !== undefined ? { key, reads: run.reads } : undefined;
    if ('reply' in run.first) return this.answerInTurn(context, run.first.reply, parsed, conversation, started, scope, keep);
    if (parsed.command.name === 'export' || activity.deliveryMode === DeliveryModes.ExpectReplies) {
      await this.showTyping(context, conversation);
      return this.answerInTurn(context, await run.work, parsed, conversation, started, scope, keep);
    }
    const [posted] = await this.options.sender.reply(context, [this.progressActivity(run.first.progress, parsed, audienceOf(activity))]);
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
    const access = await this.checkAccess(context);
    if (!access.allowed) {
      this.logRefusal(activity, access.reason);
      return cardResponse(this.render(accessDeniedReply(access.reason, this.options.access.contact).messages, audienceOf(activity))[0]);
    }
    // A verb the bot's cards never carry leaves the clicked card as it is.
    if (invokeValue.action.verb !== COMMAND_VERB) return unhandledInvokeResponse(activity.name, audienceOf(activity)).body as AdaptiveCardInvokeResponse;
    const read = await this.read(activity, access, { kind: 'submit', value: invokeValue.action.data });
    if (read.kind === 'not-understood') return cardResponse(this.render(refusalReply(read.error, this.options.handlerDeps.copilotApi).messages, audienceOf(activity))[0]);
    if (read.kind === 'reply') return cardResponse(this.render(read.reply.messages, audienceOf(activity))[0]);
    const { parsed, scope } = read;
    const conversation = getConversationKind(activity.conversation);
    // A file offer cannot replace a card: it goes to the personal chat as after a submit, and the card stays.
    if (parsed.command.name === 'export') {
      await this.answerCommand(context, parsed, conversation, scope, access.tenantId);
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: { text: messagesFor(audienceOf(activity)).t('text.answeredInNewMessage') } };
    }
    const started = this.options.handlerDeps.clock.now();
    const { key, kept } = this.keptAnswer(activity, parsed, conversation, scope, access.tenantId);
    if (kept) {
      const [first, ...rest] = kept;
      if (rest.length > 0) await this.options.sender.reply(context, rest);
      this.logAnswered(parsed, conversation, {}, kept.length, started, 'card-action', true);
      return cardResponse(first);
    }
    const run = await this.startCommand(activity, parsed, conversation, scope);
    if ('progress' in run.first) {
      const clicked: SendResult = { kind: 'delivered', activityId: activity.replyToId ?? '', attempts: 1 };
      this.finishLater(run, clicked, activity, parsed, conversation, started, scope);
      return cardResponse(this.progressActivity(run.first.progress, parsed, audienceOf(activity)));
    }
    const reply = run.first.reply;
    const activities = this.render(await deliverPrivately(this.deliveryFor(scope), activity, reply, parsed, conversation), audienceOf(activity), parsed, scope.pin);
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

  /** Starts the command and resolves once it has answered without Graph (`reply`) or is waiting for a fetch (`progress`). */
  private async startCommand(activity: Activity, parsed: ParsedCommand, conversation: ConversationKind, scope: TurnScope): Promise<StartedCommand> {
    const handlerDeps = scope.deps;
    // The card exists only once posted; progress before that is carried by `fetching`.
    const shown: { card?: ProgressCard } = {};
    let fetchStarted: (progress: FetchProgress) => void = () => undefined;
    const fetching = new Promise<FetchProgress>((resolve) => (fetchStarted = resolve));
    const reads = emptyReads();
    const work = handlerDeps.reports.observeFetches(
      (progress) => {
        fetchStarted(progress);
        shown.card?.observe(progress);
      },
      () => recordReads(reads, () => this.runCommand(parsed, conversation, handlerDeps, originOf(activity))),
    );
    const first = await Promise.race([work.then((reply) => ({ reply })), fetching.then((progress) => ({ progress }))]);
    return { first, work, reads, follow: (card) => (shown.card = card) };
  }

  /** Lets the progress card `posted` follow the fetch and become the answer, after the turn. */
  private finishLater(run: StartedCommand, posted: SendResult | undefined, activity: Activity, parsed: ParsedCommand, conversation: ConversationKind, started: number, scope: TurnScope): void {
    if (!('progress' in run.first)) return;
    const { handlerDeps, logger } = this.options;
    const card = new ProgressCard(
      {
        sender: this.options.sender,
        clock: handlerDeps.clock,
        logger,
        render: (progress) => this.progressActivity(progress, parsed, audienceOf(activity)),
        minUpdateIntervalMs: this.options.progressIntervalMs,
      },
      TurnContext.getConversationReference(activity),
      posted,
      run.first.progress,
    );
    run.follow(card);
    const finishing: Promise<void> = this.finishAfterTurn(card, run.work, activity, parsed, conversation, started, scope)
      .catch((error: unknown) => logger.error('answer not finished', errorFields(error)))
      .finally(() => this.finishing.delete(finishing));
    this.finishing.add(finishing);
  }

  private progressActivity(progress: FetchProgress, parsed: ParsedCommand, audience: Audience): Partial<Activity> {
    return this.render([{ view: 'progress', model: { progress, command: formatCommand(parsed.command) } }], audience)[0] ?? {};
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
    const activities = this.render(messages, audienceOf(context.activity), parsed, scope.pin);
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

  /** Replaces the progress card by the answer (or, when the command failed unexpectedly, by the error card). */
  private async finishAfterTurn(card: ProgressCard, work: Promise<Reply>, activity: Activity, parsed: ParsedCommand, conversation: ConversationKind, started: number, scope: TurnScope): Promise<void> {
    let reply: Reply;
    let messages: readonly ReplyMessage[];
    try {
      reply = await work;
      messages = await deliverPrivately(this.deliveryFor(scope), activity, reply, parsed, conversation);
    } catch (error) {
      this.options.logger.error('command failed after its progress card', { ...errorFields(error), command: parsed.command.name, conversation });
      reply = TURN_FAILED_REPLY;
      messages = reply.messages;
    }
    const results = await card.finish(this.render(messages, audienceOf(activity), parsed, scope.pin));
    const failed = results.find((result) => result.kind !== 'delivered');
    if (failed) this.options.logger.warn('answer not delivered', { outcome: failed.kind, reason: failed.reason, sent: results.length - 1, of: messages.length });
    this.logAnswered(parsed, conversation, reply, messages.length, started, 'progress-card');
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
      const access = await this.checkAccess(context);
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

  /** Welcomes a conversation the bot was added to, once: Teams and the Playground repeat these events. */
  private async welcome(context: TurnContext): Promise<void> {
    const { channelId, conversation } = context.activity;
    if (!conversation?.id) return;
    const key = `${channelId}|${conversation.id}`;
    if (this.welcomed.has(key)) return;
    this.welcomed.set(key, true);
    try {
      const access = await this.checkAccess(context);
      if (access.allowed) await this.send(context, helpReply(this.options.handlerDeps.copilotApi, { overview: access.managing }).messages);
      else await this.refuse(context, access.reason);
    } catch (error) {
      // Not welcomed after all: let the next install event try again.
      this.welcomed.delete(key);
      throw error;
    }
  }

  /**
   * Keeps the reference of a conversation the app was installed in, for digests. Any member may
   * install the app, so only the tenant is checked; subscribing still takes an allowed user.
   */
  private async keepConversation(context: TurnContext): Promise<void> {
    const home = await this.options.tenancy.homeOf(context.activity);
    if (!home) return;
    try {
      const kept = await keepInstalledConversation(this.options.tenancy.storeFor(home.tenantId), context.activity);
      if (kept) this.options.logger.info('conversation kept for digests', { conversation: getConversationKind(context.activity.conversation) });
    } catch (error) {
      this.options.logger.error('conversation reference not kept', { error: error instanceof Error ? error.name : typeof error });
    }
  }

  /**
   * Forgets what the app or bot was removed from: its digest subscriptions, history and references, whoever
   * removed it, in a tenant served. A managing tenant's conversation may have digests about every customer tenant.
   */
  private async forget(context: TurnContext, removal: Removal | undefined): Promise<void> {
    const { tenancy } = this.options;
    const home = await tenancy.homeOf(context.activity);
    if (!removal || !home) return;
    try {
      const stores = home.managing ? await tenancy.managingStores() : [tenancy.storeFor(home.tenantId)];
      let conversations = 0;
      for (const store of stores) conversations += await forgetRemoved(store, removal);
      this.options.logger.info('digest conversations forgotten', { removed: removal.kind, conversations });
    } catch (error) {
      this.options.logger.error('digest conversations not forgotten', { removed: removal.kind, error: error instanceof Error ? error.name : typeof error });
    }
  }

  /** Access check, and the tenant the conversation is in; an allowed personal chat is remembered so private detail can be sent there later. */
  private async checkAccess(context: TurnContext): Promise<HomeDecision> {
    const activity = context.activity;
    const decision = await this.options.tenancy.decide(activity);
    if (decision.allowed && getConversationKind(activity.conversation) === 'personal') {
      this.options.privateChat.remember(TurnContext.getConversationReference(activity), activity, decision.tenantId);
    }
    return decision;
  }

  /** Where private detail and files go for answers about `scope`'s tenant, their buttons keeping it. */
  private deliveryFor(scope: TurnScope): AnswerDeliveryDeps {
    return {
      privateChat: this.options.privateChat,
      fileExports: this.options.fileExports,
      ...(scope.pin !== undefined ? { aboutTenantId: scope.pin } : {}),
      logger: this.options.logger,
      render: (messages, audience) => this.render(messages, audience, undefined, scope.pin),
    };
  }

  private async refuse(context: TurnContext, reason: 'tenant' | 'user'): Promise<void> {
    this.logRefusal(context.activity, reason);
    await this.send(context, accessDeniedReply(reason, this.options.access.contact).messages);
  }

  private logRefusal(activity: Activity, reason: 'tenant' | 'user'): void {
    // The ids (not names or text) are logged so an admin can add the user or spot a wrong tenant setting.
    this.options.logger.warn('access denied', {
      reason,
      activityType: activity.type,
      tenantId: loggableId(activity.conversation?.tenantId),
      userId: loggableId(activity.from?.aadObjectId),
    });
  }

  /** Sends the reply; what Teams did not take is logged (a turn that cannot reply has nowhere to say so). */
  private async send(context: TurnContext, messages: readonly ReplyMessage[], answered?: ParsedCommand, pin?: string): Promise<void> {
    await this.sendActivities(context, this.render(messages, audienceOf(context.activity), answered, pin));
  }

  private async sendActivities(context: TurnContext, activities: readonly Partial<Activity>[]): Promise<void> {
    const results = await this.options.sender.reply(context, activities);
    const failed = results.find((result) => result.kind !== 'delivered');
    if (failed) {
      this.options.logger.warn('reply not delivered', { outcome: failed.kind, reason: failed.reason, attempts: failed.attempts, sent: results.length - 1, of: activities.length });
    }
  }

  /**
   * The messages as activities; in the answer to `answered`, its period and refresh buttons become Universal
   * Actions, and the answer to a plain question opens with the command it ran. With `pin` (a tenant id),
   * every button keeps that tenant.
   */
  private render(messages: readonly ReplyMessage[], audience: Audience, answered?: ParsedCommand, pin?: string): Partial<Activity>[] {
    const activities = answered === undefined ? replyActivities(messages, audience) : this.answerActivities(messages, audience, answered);
    return pin === undefined ? activities : pinTenant(activities, pin);
  }

  private answerActivities(messages: readonly ReplyMessage[], audience: Audience, answered: ParsedCommand): Partial<Activity>[] {
    const activities = replyActivities(messages, audience, answered.fromQuestion ? formatCommand(answered.command) : undefined);
    const name = answered.command.name;
    return activities.map((activity) => ({ ...activity, attachments: activity.attachments?.map((attachment) => withUniversalActions(attachment, name)) }));
  }
}

/** The answer to a message whose fields could not be used: which ones and why (field names and types only, never values). */
function unreadableActivityReply(problems: readonly string[]): Reply {
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'BAD_ACTIVITY',
          title: phrase('errorTitle.BAD_ACTIVITY'),
          message: phrase('errorMessage.badActivity', { problems: problems.slice(0, 5).join('; ') }),
          actions: [{ title: phrase('action.help'), command: 'help' }],
        },
      },
    ],
  };
}

/** A command under way: how it first answered, the whole work, and where its progress goes once a card shows it. */
type StartedCommand = {
  readonly first: { readonly reply: Reply } | { readonly progress: FetchProgress };
  readonly work: Promise<Reply>;
  /** What the command read from the report caches, for keeping its answer. */
  readonly reads: CachedReads;
  follow(card: ProgressCard): void;
};

/**
 * The answer to a card action some instance already took on: the card clicked stays as it is. Teams'
 * contract has a string `value` for a message answer; botbuilder types it as an object.
 */
function alreadyAnswered(audience: Audience): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: messagesFor(audience).t('text.alreadyAnswered'),
  } as unknown as AdaptiveCardInvokeResponse;
}

/** An invoke answer that replaces the card clicked with `activity`'s card. */
function cardResponse(activity: Partial<Activity> | undefined): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: (activity?.attachments?.[0]?.content ?? {}) as Record<string, unknown> };
}

/** Where a message was asked and by whom, for the `digest …` commands; ids and locale only, never text. */
function originOf(activity: Activity): CommandOrigin {
  const conversationRef = conversationRefFromActivity(activity);
  const requestedBy = activity.from?.aadObjectId;
  return {
    ...(conversationRef ? { conversationRef } : {}),
    ...(typeof requestedBy === 'string' && requestedBy !== '' ? { requestedBy: requestedBy.toLowerCase() } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

function loggableId(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_LOGGED_ID_LENGTH) : undefined;
}
