/**
 * The ids of the messages this process has taken on, so an activity Teams sends again (it retries when a
 * bot was slow to answer) starts no second fetch and no second answer. In memory, bounded to the newest
 * ids: one process only; several instances behind one endpoint would need the state store for this.
 */
import type { Activity } from 'botbuilder';
import { BoundedMemory } from './bounded-memory.js';

const DEFAULT_MAX_SEEN = 10_000;

export class SeenActivities {
  private readonly seen: BoundedMemory<true>;

  constructor(maxEntries = DEFAULT_MAX_SEEN) {
    this.seen = new BoundedMemory(maxEntries);
  }

  /** True the first time an activity (conversation and id) is offered; false for a repeat. Activities without an id always count as new. */
  takeFirst(activity: Pick<Activity, 'id' | 'conversation'>): boolean {
    if (!activity.id || !activity.conversation?.id) return true;
    const key = `${activity.conversation.id}|${activity.id}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }
}
