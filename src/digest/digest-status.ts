/**
 * What `digest status` reports for a conversation: its schedule, the next run, and the last run
 * with its outcome, read from the subscription and its newest claim.
 */
import type { StateStore } from '../store/state-store.js';
import { getLatestClaim, type DigestClaim } from './digest-claims.js';
import { getSubscriptionOfConversation } from './digest-subscriptions.js';
import { nextOccurrence } from './schedule.js';
import type { DigestSubscription } from './subscription.js';

export type DigestStatus =
  | { readonly subscribed: false }
  | {
      readonly subscribed: true;
      readonly subscription: DigestSubscription;
      /** The next scheduled occurrence (ISO); absent while the subscription is inactive. */
      readonly nextRun?: string;
      /** The newest claim: the last run and its outcome, or one under way (`claimed`). */
      readonly lastRun?: DigestClaim;
    };

/** The digest status of the conversation `conversationId` at `now`. */
export async function getDigestStatus(store: StateStore, conversationId: string, now: number): Promise<DigestStatus> {
  const subscription = await getSubscriptionOfConversation(store, conversationId);
  if (!subscription) return { subscribed: false };
  const next = subscription.active ? nextOccurrence(subscription.schedule, now) : undefined;
  const lastRun = await getLatestClaim(store, subscription.id);
  return {
    subscribed: true,
    subscription,
    ...(next !== undefined ? { nextRun: new Date(next).toISOString() } : {}),
    ...(lastRun ? { lastRun } : {}),
  };
}
