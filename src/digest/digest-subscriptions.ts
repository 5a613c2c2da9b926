/**
 * Subscriptions and conversation references in the state store: subscribe (create or update),
 * unsubscribe, deactivate a conversation that is gone, and forget a conversation or a whole team when
 * the app is removed. Every update is a compare-and-set, retried on a concurrent change.
 */
import type { Language } from '../i18n/languages.js';
import { StoreConflictError, StoreRecordError, type StateStore } from '../store/state-store.js';
import { deleteClaims } from './digest-claims.js';
import { deleteSnapshots } from './digest-snapshots.js';
import { forEachLimited } from './for-each-limited.js';
import {
  conversationIdOf,
  readConversationRef,
  readSubscription,
  subscriptionIdFor,
  type ConversationRef,
  type DigestSchedule,
  type DigestSubscription,
} from './subscription.js';

const SUBSCRIPTION_PREFIX = 'subscription/';
const REFERENCE_PREFIX = 'conversation/';
const MAX_CONFLICT_RETRIES = 5;
const PARALLEL_READS = 16;

export function subscriptionKey(subscriptionId: string): string {
  return `${SUBSCRIPTION_PREFIX}${subscriptionId}`;
}

function referenceKey(conversationId: string): string {
  return `${REFERENCE_PREFIX}${subscriptionIdFor(conversationId)}`;
}

/**
 * The subscription with this id, if any (active or not). Throws `StoreRecordError` when its record is
 * damaged or not a subscription: that conversation's digest is stuck until someone subscribes again.
 */
export async function getSubscription(store: StateStore, subscriptionId: string): Promise<DigestSubscription | undefined> {
  const key = subscriptionKey(subscriptionId);
  const stored = await store.get(key);
  if (!stored) return undefined;
  const subscription = readSubscription(stored.value);
  if (!subscription) throw new StoreRecordError(key);
  return subscription;
}

/** The subscription of a conversation, if it has one. */
export function getSubscriptionOfConversation(store: StateStore, conversationId: string): Promise<DigestSubscription | undefined> {
  return getSubscription(store, subscriptionIdFor(conversationId));
}

/** Every stored subscription that can be read, active or not, in key order, and the keys of those that cannot. */
export async function readSubscriptions(store: StateStore): Promise<{ subscriptions: DigestSubscription[]; unreadable: string[] }> {
  const keys = await store.list(SUBSCRIPTION_PREFIX);
  const read: (DigestSubscription | string | undefined)[] = [];
  // Several reads at once: a run over a thousand channels should not wait on a thousand reads in turn.
  await forEachLimited(keys, PARALLEL_READS, async (key, index) => {
    try {
      read[index] = await getSubscription(store, key.slice(SUBSCRIPTION_PREFIX.length));
    } catch (error) {
      // One damaged record is that conversation's problem alone.
      if (!(error instanceof StoreRecordError)) throw error;
      read[index] = key;
    }
  });
  const subscriptions = read.filter((entry): entry is DigestSubscription => typeof entry === 'object');
  const unreadable = read.filter((entry): entry is string => typeof entry === 'string');
  return { subscriptions, unreadable };
}

/** Every stored subscription that can be read, active or not, in key order. */
export async function listSubscriptions(store: StateStore): Promise<DigestSubscription[]> {
  return (await readSubscriptions(store)).subscriptions;
}

/** What `digest subscribe` knows: where it was typed, the schedule asked for, who asked, in which locale and language. */
export type SubscribeRequest = {
  readonly reference: ConversationRef;
  readonly schedule: DigestSchedule;
  /** Microsoft Entra object id of the admin. */
  readonly requestedBy: string;
  readonly locale?: string;
  /** The digest's language for a new subscription; a changed schedule keeps the one it has. */
  readonly language?: Language;
};

/**
 * Subscribes the conversation, or changes its schedule (reactivating it if it was gone). The schedule
 * starts now: an occurrence earlier today is not caught up. Also keeps the conversation reference.
 */
export async function subscribe(
  store: StateStore,
  request: SubscribeRequest,
  now: number,
): Promise<{ readonly subscription: DigestSubscription; readonly created: boolean }> {
  const reference = channelRootOf(request.reference);
  const id = subscriptionIdFor(reference.conversation.id);
  const at = new Date(now).toISOString();
  await saveConversationReference(store, reference);
  for (let attempt = 1; ; attempt++) {
    const { stored, existing } = await readForUpdate(store, subscriptionKey(id));
    const subscription: DigestSubscription = {
      id,
      reference,
      schedule: request.schedule,
      ...(request.locale ? { locale: request.locale } : {}),
      ...((existing?.language ?? request.language) ? { language: existing?.language ?? request.language } : {}),
      createdBy: existing?.createdBy ?? request.requestedBy,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      active: true,
    };
    try {
      // A damaged record (no etag to match) is replaced outright.
      const condition = stored === 'unreadable' ? {} : stored ? { ifMatch: stored.etag } : { ifNoneMatch: '*' as const };
      await store.put(subscriptionKey(id), subscription, condition);
      return { subscription, created: !existing };
    } catch (error) {
      if (!(error instanceof StoreConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}

/** Ends the conversation's subscription and drops its history and snapshots; false when there was none. */
export async function unsubscribe(store: StateStore, conversationId: string): Promise<boolean> {
  const id = subscriptionIdFor(conversationId);
  const removed = await store.delete(subscriptionKey(id));
  await deleteClaims(store, id);
  await deleteSnapshots(store, id);
  return removed;
}

/** Marks a subscription inactive after Teams answered `status` (403/404) for its conversation. */
export async function deactivateSubscription(store: StateStore, subscriptionId: string, status: number, now: number): Promise<void> {
  await updateSubscription(store, subscriptionId, (existing) =>
    existing.active ? { ...existing, active: false, deactivatedAt: new Date(now).toISOString(), deactivatedStatus: status } : undefined,
  );
}

/** Posts the conversation's digest in `language` from now on; the changed subscription, or undefined when there is none. */
export async function setDigestLanguage(store: StateStore, conversationId: string, language: Language): Promise<DigestSubscription | undefined> {
  return updateSubscription(store, subscriptionIdFor(conversationId), (existing) => ({ ...existing, language }));
}

/**
 * Applies `change` to the stored subscription with a compare-and-set, retried on a concurrent change;
 * nothing is written when there is none (or it is damaged) or `change` returns undefined.
 */
async function updateSubscription(
  store: StateStore,
  subscriptionId: string,
  change: (existing: DigestSubscription) => DigestSubscription | undefined,
): Promise<DigestSubscription | undefined> {
  for (let attempt = 1; ; attempt++) {
    const { stored, existing } = await readForUpdate(store, subscriptionKey(subscriptionId));
    if (!stored || stored === 'unreadable' || !existing) return undefined;
    const updated = change(existing);
    if (!updated) return undefined;
    try {
      await store.put(subscriptionKey(subscriptionId), updated, { ifMatch: stored.etag });
      return updated;
    } catch (error) {
      if (!(error instanceof StoreConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
    }
  }
}

/** The stored entry and the subscription in it; `unreadable` when the record is damaged or not a subscription. */
async function readForUpdate(
  store: StateStore,
  key: string,
): Promise<{ stored: { etag: string } | 'unreadable' | undefined; existing: DigestSubscription | undefined }> {
  try {
    const stored = await store.get(key);
    if (!stored) return { stored: undefined, existing: undefined };
    const existing = readSubscription(stored.value);
    return existing ? { stored, existing } : { stored: 'unreadable', existing: undefined };
  } catch (error) {
    if (!(error instanceof StoreRecordError)) throw error;
    return { stored: 'unreadable', existing: undefined };
  }
}

/** Keeps the reference of a conversation the app was installed in (installation and conversation-update events). */
export async function saveConversationReference(store: StateStore, reference: ConversationRef): Promise<void> {
  await store.put(referenceKey(reference.conversation.id), channelRootOf(reference));
}

/** The reference without a channel thread's `;messageid=…`, so digests (and alerts) start new posts in the channel. */
export function channelRootOf(reference: ConversationRef): ConversationRef {
  const id = conversationIdOf(reference.conversation.id);
  return id === reference.conversation.id ? reference : { ...reference, conversation: { ...reference.conversation, id } };
}

/** The kept reference of a conversation, if any. */
export async function getConversationReference(store: StateStore, conversationId: string): Promise<ConversationRef | undefined> {
  const value = readConversationRef((await store.get(referenceKey(conversationId)))?.value);
  return value && conversationIdOf(value.conversation.id) === conversationIdOf(conversationId) ? value : undefined;
}

/** Forgets one conversation: its reference, subscription, history and snapshots (the app was removed from it). */
export async function forgetConversation(store: StateStore, conversationId: string): Promise<void> {
  await store.delete(referenceKey(conversationId));
  await unsubscribe(store, conversationId);
}

/**
 * Forgets every channel of a team (the app was uninstalled from it): each channel has its own
 * conversation, found through the team id kept in references and subscriptions, and the team id is
 * its General channel's. Returns how many conversations were looked at.
 */
export async function forgetTeam(store: StateStore, teamId: string): Promise<number> {
  const conversations = new Set<string>();
  for (const key of await store.list(REFERENCE_PREFIX)) {
    const reference = await store.get(key).then(
      (stored) => readConversationRef(stored?.value),
      (error: unknown) => {
        if (error instanceof StoreRecordError) return undefined;
        throw error;
      },
    );
    if (reference?.teamId === teamId) conversations.add(reference.conversation.id);
  }
  for (const subscription of await listSubscriptions(store)) {
    if (subscription.reference.teamId === teamId) conversations.add(subscription.reference.conversation.id);
  }
  conversations.add(teamId);
  for (const conversationId of conversations) await forgetConversation(store, conversationId);
  return conversations.size;
}
