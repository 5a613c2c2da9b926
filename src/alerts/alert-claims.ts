/**
 * Claims make each rule's evaluation of each data day happen once across instances:
 * `alert-claim/<conversation>/<number>/<data day>` is created create-only by whoever evaluates it, and
 * records how it ended. A claim left unfinished past the lease (its claimer died) is taken over once.
 */
import { z } from 'zod';
import type { StateStore } from '../store/state-store.js';

/**
 * How one evaluation ended: nothing new to tell (`unchanged`), something to tell held back by a snooze or
 * pause (`held`), a post's outcome, no figure (`unavailable`), or the rule removed meanwhile.
 */
export type AlertOutcome = 'unchanged' | 'held' | 'posted' | 'failed' | 'gone' | 'unavailable' | 'removed';

export type AlertClaim = {
  readonly conversation: string;
  readonly number: number;
  /** The data day evaluated. */
  readonly date: string;
  readonly state: 'claimed' | 'done' | 'failed';
  /** 1, or 2 after a claim whose lease ran out was taken over. */
  readonly attempt: number;
  readonly claimedAt: string;
  readonly claimedBy: string;
  readonly finishedAt?: string;
  readonly outcome?: AlertOutcome;
  /** Why it failed: `LEASE_EXPIRED`, `NO_CONVERSATION`, or the send's reason. */
  readonly reason?: string;
};

const claimSchema = z.object({
  conversation: z.string(),
  number: z.number().int(),
  date: z.string(),
  state: z.enum(['claimed', 'done', 'failed']),
  attempt: z.number().int().min(1),
  claimedAt: z.string().datetime(),
  claimedBy: z.string(),
  finishedAt: z.string().optional(),
  outcome: z.enum(['unchanged', 'held', 'posted', 'failed', 'gone', 'unavailable', 'removed']).optional(),
  reason: z.string().optional(),
});

const CLAIM_PREFIX = 'alert-claim/';

/** Claims are needed for a day or two; a fortnight is far beyond any lease, and the rule's own data day guards after that. */
export const ALERT_CLAIM_HISTORY_DAYS = 14;

function rulePart(conversation: string, number: number): string {
  return `${CLAIM_PREFIX}${conversation}/${String(number).padStart(4, '0')}/`;
}

export function alertClaimKey(conversation: string, number: number, date: string): string {
  return `${rulePart(conversation, number)}${date}`;
}

/** A stored value read back as a claim, or undefined when it is not one. */
export function readAlertClaim(value: unknown): AlertClaim | undefined {
  const parsed = claimSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Removes a rule's claims (the rule was removed, so its number may be given again). */
export async function deleteRuleClaims(store: StateStore, conversation: string, number: number): Promise<void> {
  for (const key of await store.list(rulePart(conversation, number))) await store.delete(key);
}

/** Removes every claim of a conversation (it forgot its alerts). */
export async function deleteConversationClaims(store: StateStore, conversation: string): Promise<void> {
  for (const key of await store.list(`${CLAIM_PREFIX}${conversation}/`)) await store.delete(key);
}

/** Deletes the claims of data days before `beforeDate` (YYYY-MM-DD). */
export async function pruneAlertClaims(store: StateStore, beforeDate: string): Promise<number> {
  let pruned = 0;
  for (const key of await store.list(CLAIM_PREFIX)) {
    if (key.slice(key.lastIndexOf('/') + 1) < beforeDate && (await store.delete(key))) pruned += 1;
  }
  return pruned;
}
