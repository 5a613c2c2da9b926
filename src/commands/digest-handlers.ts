/**
 * The `digest …` commands: subscribe the conversation asked in (channels and group chats), unsubscribe,
 * its status, a preview of the digest here and now, and `run-now` through the runner's claim-and-send
 * path. The conversation and the asker come from the handler context, never from a TurnContext.
 */
import type { DigestClaim } from '../digest/digest-claims.js';
import { getDigestStatus, type DigestStatus } from '../digest/digest-status.js';
import { getSubscriptionOfConversation, setDigestLanguage, subscribe, unsubscribe } from '../digest/digest-subscriptions.js';
import { formatDigestSubscribe, withScheduleDefaults } from '../digest/parse-digest-schedule.js';
import { subscriptionIdFor, subscriptionLanguage, type ConversationRef } from '../digest/subscription.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { StoreRecordError } from '../store/state-store.js';
import type { DigestCommand } from './command.js';
import { tenantOf, type DigestHandlerDeps, type Handler, type HandlerContext, type HandlerDeps } from './handler-context.js';
import type { Reply } from './reply.js';
import type { CommandAction, DigestRun, ViewModels } from '../view-models.js';

type DigestHandler<N extends DigestCommand['name']> = Handler<Extract<DigestCommand, { name: N }>>;

/** What a digest command needs that this front end may lack: the digest itself, and where and by whom it was asked. */
type Asked = { readonly digest: DigestHandlerDeps; readonly reference: ConversationRef; readonly requestedBy: string };

/**
 * `digest subscribe [day] [HH:MM] [zone]`: subscribes this channel or group chat, or changes its
 * schedule. Refused in personal chat: a digest is the team's, posted where the team reads it.
 */
export const handleDigestSubscribe: DigestHandler<'digest-subscribe'> = async (command, context, deps) => {
  const asked = askedIn(context, deps);
  if (!asked) return digestNeedsTeamsReply();
  if (context.conversation === 'personal') return channelsOnlyReply();
  const { digest, reference, requestedBy } = asked;
  const schedule = withScheduleDefaults(command, { timeZone: digest.defaultTimeZone });
  const now = deps.clock.now();
  // A new digest speaks the subscriber's language; `digest language <code>` changes it.
  const language = subscriptionLanguage({ locale: context.locale });
  const { created } = await subscribe(digest.store, { reference, schedule, requestedBy, language, ...(context.locale ? { locale: context.locale } : {}) }, now);
  const status = await getDigestStatus(digest.store, reference.conversation.id, now);
  return statusReply(created ? 'subscribed' : 'rescheduled', status, context, digest, deps);
};

/** `digest unsubscribe`: ends this conversation's digest and deletes its history and snapshots. */
export const handleDigestUnsubscribe: DigestHandler<'digest-unsubscribe'> = async (_command, context, deps) => {
  const asked = askedIn(context, deps);
  if (!asked) return digestNeedsTeamsReply();
  const { digest, reference } = asked;
  const previous = await getSubscriptionOfConversation(digest.store, reference.conversation.id).catch(undefinedIfDamaged);
  const removed = await unsubscribe(digest.store, reference.conversation.id);
  if (!removed || !previous) return statusReply('status', { subscribed: false }, context, digest, deps);
  const again: CommandAction = { title: phrase('action.subscribeAgain'), command: formatDigestSubscribe(previous.schedule) };
  return reply({ ...statusModel('unsubscribed', { subscribed: false }, context, digest, deps), actions: [again] });
};

/**
 * `digest language <code>`: the conversation's digest is posted in that language from now on. Asked where
 * nothing is subscribed, the status says how to subscribe (a new subscription takes the asker's language).
 */
export const handleDigestLanguage: DigestHandler<'digest-language'> = async (command, context, deps) => {
  const asked = askedIn(context, deps);
  if (!asked) return digestNeedsTeamsReply();
  if (context.conversation === 'personal') return channelsOnlyReply();
  return whenReadable(async () => {
    const changed = await setDigestLanguage(asked.digest.store, asked.reference.conversation.id, command.language);
    const status = await getDigestStatus(asked.digest.store, asked.reference.conversation.id, deps.clock.now());
    return statusReply(changed ? 'language' : 'status', status, context, asked.digest, deps);
  });
};

/** `digest status`: the schedule, the next run, and the last run with its outcome. */
export const handleDigestStatus: DigestHandler<'digest-status'> = async (_command, context, deps) => {
  const asked = askedIn(context, deps);
  if (!asked) return digestNeedsTeamsReply();
  return whenReadable(async () => {
    const status = await getDigestStatus(asked.digest.store, asked.reference.conversation.id, deps.clock.now());
    return statusReply('status', status, context, asked.digest, deps);
  });
};

/**
 * `digest preview`: the digest now, as the reply to the asker (in personal chat only they see it; in a
 * channel the channel does, aggregates only). With a subscription here, changes are measured against
 * its last posted digest; nothing is recorded.
 */
export const handleDigestPreview: DigestHandler<'digest-preview'> = async (_command, context, deps) => {
  const digest = deps.digest;
  if (digest?.preview) return digest.preview();
  if (!digest?.composer) return digestNeedsTeamsReply();
  const reference = context.conversationRef;
  // A damaged subscription record only means there is no earlier digest to compare with.
  const subscription = reference ? await getSubscriptionOfConversation(digest.store, reference.conversation.id).catch(undefinedIfDamaged) : undefined;
  const { model } = await digest.composer.compose(subscription?.active ? { subscriptionId: subscription.id } : {});
  return { messages: [{ view: 'digest', model }] };
};

/**
 * `digest run-now`: this conversation's digest immediately, claimed, posted and recorded by the runner
 * exactly as a scheduled run (one per conversation per rolling minute). The digest is a new post; the
 * reply says how it went, or, asked again within the minute, when the next run is possible.
 */
export const handleDigestRunNow: DigestHandler<'digest-run-now'> = async (_command, context, deps) => {
  const asked = askedIn(context, deps);
  const runner = asked?.digest.runner;
  if (!asked || !runner) return digestNeedsTeamsReply();
  const { digest, reference, requestedBy } = asked;
  return whenReadable(async () => {
    const result = await runner.runNow(subscriptionIdFor(reference.conversation.id), requestedBy);
    const status = await getDigestStatus(digest.store, reference.conversation.id, deps.clock.now());
    if (result.kind === 'not-subscribed') return statusReply('status', status, context, digest, deps);
    const claim = result.claim ?? (status.subscribed ? status.lastRun : undefined);
    const withRun: DigestStatus = status.subscribed && claim ? { ...status, lastRun: claim } : status;
    if (result.kind === 'too-soon') return reply({ ...statusModel('too-soon', withRun, context, digest, deps), nextRunNowAt: result.nextAt });
    return statusReply(result.kind === 'busy' ? 'busy' : 'ran', withRun, context, digest, deps);
  });
};

function undefinedIfDamaged(error: unknown): undefined {
  if (error instanceof StoreRecordError) return undefined;
  throw error;
}

/** Runs `answer`; a damaged subscription record is said as such (it affects this conversation only). */
async function whenReadable(answer: () => Promise<Reply>): Promise<Reply> {
  try {
    return await answer();
  } catch (error) {
    if (!(error instanceof StoreRecordError)) throw error;
    return errorReply('DIGEST_RECORD_UNREADABLE', phrase('errorTitle.DIGEST_RECORD_UNREADABLE'), phrase('errorMessage.digestRecordUnreadable'), [
      { title: phrase('action.subscribeAgain'), command: 'digest subscribe' },
    ]);
  }
}

function askedIn(context: HandlerContext, deps: HandlerDeps): Asked | undefined {
  const { conversationRef: reference, requestedBy } = context;
  return deps.digest && reference && requestedBy ? { digest: deps.digest, reference, requestedBy } : undefined;
}

function statusReply(event: ViewModels['digest-status']['event'], status: DigestStatus, context: HandlerContext, digest: DigestHandlerDeps, deps: HandlerDeps): Reply {
  return reply(statusModel(event, status, context, digest, deps));
}

function reply(model: ViewModels['digest-status']): Reply {
  return { messages: [{ view: 'digest-status', model }] };
}

function statusModel(
  event: ViewModels['digest-status']['event'],
  status: DigestStatus,
  context: HandlerContext,
  digest: DigestHandlerDeps,
  deps: Pick<HandlerDeps, 'tenantName'>,
): ViewModels['digest-status'] {
  const defaultSchedule = withScheduleDefaults({}, { timeZone: digest.defaultTimeZone });
  const base = { event, conversation: context.conversation, defaultSchedule, ...tenantOf(deps) };
  if (!status.subscribed) {
    const actions: CommandAction[] =
      context.conversation === 'personal'
        ? [PREVIEW]
        : [{ title: phrase('action.subscribe'), command: 'digest subscribe' }, PREVIEW];
    return { ...base, actions };
  }
  const { subscription, nextRun, lastRun } = status;
  const actions: CommandAction[] = subscription.active
    ? [
        PREVIEW,
        { title: phrase('action.runNow'), command: 'digest run-now' },
        ...(event === 'status' ? [] : [{ title: phrase('action.status'), command: 'digest status' }]),
      ]
    : [{ title: phrase('action.subscribeAgain'), command: formatDigestSubscribe(subscription.schedule) }];
  return {
    ...base,
    subscription: {
      schedule: subscription.schedule,
      language: subscriptionLanguage(subscription),
      active: subscription.active,
      createdAt: subscription.createdAt,
      ...(subscription.deactivatedAt !== undefined ? { deactivatedAt: subscription.deactivatedAt } : {}),
      ...(subscription.deactivatedStatus !== undefined ? { deactivatedStatus: subscription.deactivatedStatus } : {}),
    },
    ...(nextRun !== undefined ? { nextRun } : {}),
    ...(lastRun ? { lastRun: runOf(lastRun) } : {}),
    actions,
  };
}

/** The claim as admins see it: no runner names or attempts. */
function runOf(claim: DigestClaim): DigestRun {
  return {
    occurrence: claim.occurrence,
    trigger: claim.trigger,
    state: claim.state,
    ...(claim.finishedAt !== undefined ? { finishedAt: claim.finishedAt } : {}),
    ...(claim.reason !== undefined ? { reason: claim.reason } : {}),
    ...(claim.status !== undefined ? { status: claim.status } : {}),
  };
}

const PREVIEW: CommandAction = { title: phrase('action.preview'), command: 'digest preview' };

/** `digest subscribe` (or `digest language`) in personal chat: where digests go instead, and what works here. */
function channelsOnlyReply(): Reply {
  return errorReply('DIGEST_CHANNELS_ONLY', phrase('errorTitle.DIGEST_CHANNELS_ONLY'), phrase('errorMessage.digestChannelsOnly'), [PREVIEW]);
}

/** Asked where there is no digest (the terminal): subscriptions live in the bot. */
function digestNeedsTeamsReply(): Reply {
  return errorReply('DIGEST_UNAVAILABLE', phrase('errorTitle.DIGEST_UNAVAILABLE'), phrase('errorMessage.digestUnavailable'), [
    { title: phrase('action.help'), command: 'help' },
  ]);
}

function errorReply(code: string, title: Phrase, message: Phrase, actions: CommandAction[]): Reply {
  return { messages: [{ view: 'error', model: { code, title, message, actions } }] };
}
