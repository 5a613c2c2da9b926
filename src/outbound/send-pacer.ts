/**
 * Paces sends to Teams under its rate limits, per conversation and per tenant, on an injected
 * clock: each send books the earliest instant at which it fits every sliding window of both, then
 * waits for it. https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
 */
import type { Clock } from '../clock.js';

/** At most `count` sends in any `windowMs`. */
export type RateLimit = { readonly count: number; readonly windowMs: number };

export type PacingLimits = {
  readonly perConversation: readonly RateLimit[];
  readonly perTenant: readonly RateLimit[];
  /** Further per-tenant limits for sends outside a turn (digests, proactive messages), which can wait. */
  readonly perTenantBackground?: readonly RateLimit[];
};

/**
 * Teams' documented limits per bot per conversation (thread) for sends: 7 per second, 8 per 2 s,
 * 60 per 30 s, 1800 per hour; and 50 requests a second per app per tenant. One pacer paces every
 * send of the process (replies, proactive messages, card updates, digests), so these are the whole budget.
 */
export const TEAMS_PACING: PacingLimits = Object.freeze({
  perConversation: [
    { count: 7, windowMs: 1_000 },
    { count: 8, windowMs: 2_000 },
    { count: 60, windowMs: 30_000 },
    { count: 1_800, windowMs: 3_600_000 },
  ],
  // Teams counts a send when it arrives, some milliseconds after its slot and not always equally late:
  // the second is paced 50 ms longer.
  perTenant: [{ count: 50, windowMs: 1_050 }],
  // A fan-out is spread in sevenths of a second (a conversation's 7 at once still fit), so that the
  // stragglers of one second's burst do not overflow the next; a turn's replies keep their bursts.
  perTenantBackground: [{ count: 7, windowMs: 140 }],
});

type Bookings = { times: number[]; heldUntil: number };

const MAX_IDLE_KEYS = 1_000;

export class SendPacer {
  private readonly conversations = new Map<string, Bookings>();
  private readonly tenants = new Map<string, Bookings>();
  private readonly longestWindowMs: number;
  private readonly backgroundTenantLimits: readonly RateLimit[];
  private forgetAbove = MAX_IDLE_KEYS;

  constructor(
    private readonly clock: Clock,
    private readonly limits: PacingLimits = TEAMS_PACING,
  ) {
    for (const limit of [...limits.perConversation, ...limits.perTenant, ...(limits.perTenantBackground ?? [])]) {
      if (!Number.isInteger(limit.count) || limit.count < 1 || !(limit.windowMs > 0)) {
        throw new RangeError(`A rate limit needs a count of at least 1 and a window above 0 ms, got ${JSON.stringify(limit)}.`);
      }
    }
    this.backgroundTenantLimits = [...limits.perTenant, ...(limits.perTenantBackground ?? [])];
    this.longestWindowMs = Math.max(0, ...[...limits.perConversation, ...limits.perTenant].map((limit) => limit.windowMs));
  }

  /** Waits until a send to `conversationId` in `tenantId` fits every limit; the slot is booked first, so concurrent callers queue in order. */
  async acquire(conversationId: string, tenantId: string, mode: 'reply' | 'background' = 'reply'): Promise<void> {
    const now = this.clock.now();
    const conversation = bookingsOf(this.conversations, conversationId);
    // One bucket per tenant however its id is cased (activities and stored references may differ).
    const tenant = bookingsOf(this.tenants, tenantId.toLowerCase());
    const slot = Math.max(now, earliestSlot(conversation, this.limits.perConversation), earliestSlot(tenant, mode === 'background' ? this.backgroundTenantLimits : this.limits.perTenant));
    this.book(conversation, slot);
    this.book(tenant, slot);
    if (this.conversations.size > this.forgetAbove) {
      this.forgetIdle(this.conversations, now);
      // Scanning again only once the map has doubled keeps a fan-out over many conversations linear.
      this.forgetAbove = Math.max(MAX_IDLE_KEYS, 2 * this.conversations.size);
    }
    if (slot <= now) return;
    await this.clock.sleep(slot - now);
    // A busy process wakes late: the send leaves (and Teams counts it) then, so later slots are measured from then.
    const woke = this.clock.now();
    if (woke > slot) {
      rebook(conversation, slot, woke);
      rebook(tenant, slot, woke);
    }
  }

  /** Books nothing for the tenant before `untilMs`: Teams asked the app to wait (a 429's Retry-After). */
  holdTenant(tenantId: string, untilMs: number): void {
    const tenant = bookingsOf(this.tenants, tenantId.toLowerCase());
    tenant.heldUntil = Math.max(tenant.heldUntil, untilMs);
  }

  private book(bookings: Bookings, slot: number): void {
    bookings.times.push(slot);
    const horizon = slot - this.longestWindowMs;
    let drop = 0;
    while (drop < bookings.times.length && bookings.times[drop]! <= horizon) drop += 1;
    if (drop > 0) bookings.times.splice(0, drop);
  }

  private forgetIdle(map: Map<string, Bookings>, now: number): void {
    for (const [key, bookings] of map) {
      const last = bookings.times.at(-1) ?? 0;
      if (last <= now - this.longestWindowMs && bookings.heldUntil <= now) map.delete(key);
    }
  }
}

function bookingsOf(map: Map<string, Bookings>, key: string): Bookings {
  let bookings = map.get(key);
  if (!bookings) {
    bookings = { times: [], heldUntil: 0 };
    map.set(key, bookings);
  }
  return bookings;
}

/** Moves one booking from `from` to the later `to`, keeping the times in order. */
function rebook(bookings: Bookings, from: number, to: number): void {
  const { times } = bookings;
  const index = times.lastIndexOf(from);
  if (index === -1) return;
  times.splice(index, 1);
  let at = times.length;
  while (at > 0 && times[at - 1]! > to) at -= 1;
  times.splice(at, 0, to);
}

/** The earliest instant, not before the last booking, at which one more send fits each window. */
function earliestSlot(bookings: Bookings, limits: readonly RateLimit[]): number {
  const { times } = bookings;
  let slot = Math.max(bookings.heldUntil, times.at(-1) ?? 0);
  for (const { count, windowMs } of limits) {
    // With `count` sends already in the window, the next may go once the oldest of them has left it.
    if (times.length >= count) slot = Math.max(slot, times[times.length - count]! + windowMs);
  }
  return slot;
}
