/**
 * The ids of the activities the bot has taken on (messages, card actions, answers to a file offer), so an
 * activity Teams sends again (it retries when a bot was slow to answer), or a second click on Allow, starts
 * no second fetch, answer or upload. This process remembers them in memory, bounded to the newest ids:
 * enough for one instance, which every retry reaches. Several instances on a shared store also claim each
 * id there (`ActivityClaims`), behind the memory, so a retry that reaches another instance is not answered twice.
 */
import type { Activity } from 'botbuilder';
import { errorFields, type Logger } from '../logger.js';
import { tenantIdOf } from './access-policy.js';
import type { ActivityClaims } from './activity-claims.js';
import { BoundedMemory } from './bounded-memory.js';

const DEFAULT_MAX_SEEN = 10_000;

export type SeenActivitiesOptions = {
  /** Claims in the store the instances share; absent for one instance (file store), which needs memory only. */
  readonly claims?: ActivityClaims;
  readonly logger: Logger;
  readonly maxEntries?: number;
};

export class SeenActivities {
  private readonly seen: BoundedMemory<true>;

  constructor(private readonly options: SeenActivitiesOptions) {
    this.seen = new BoundedMemory(options.maxEntries ?? DEFAULT_MAX_SEEN);
  }

  /**
   * True the first time an activity (conversation and id) is offered to any instance; false for a repeat.
   * Activities without an id always count as new, and so does one whose claim the store could not take:
   * a message answered twice is better than a message lost.
   */
  async takeFirst(activity: Pick<Activity, 'id' | 'conversation'>): Promise<boolean> {
    const activityId = activity.id;
    const conversationId = activity.conversation?.id;
    if (!activityId || !conversationId) return true;
    return this.takeFirstOf(conversationId, activityId, tenantIdOf(activity));
  }

  /**
   * True the first time `id` within `scope` (a conversation id, or a name of the bot's own such as
   * `file-consent`) is offered to any instance; false for a repeat. The same rules as `takeFirst`. Its
   * claim is filed under `tenant`, the tenant of the conversation it came from.
   */
  async takeFirstOf(scope: string, id: string, tenant: string): Promise<boolean> {
    // A tuple, not a joined string: conversation ids may contain any separator.
    const key = JSON.stringify([scope, id]);
    if (this.seen.has(key)) return false;
    // Remembered before the store is asked, so a repeat arriving meanwhile stops here.
    this.seen.set(key, true);
    if (!this.options.claims) return true;
    try {
      return await this.options.claims.claim(tenant, scope, id);
    } catch (error) {
      this.options.logger.warn('activity not claimed, answering anyway', errorFields(error));
      return true;
    }
  }

  /** Resolves when the claims' background work (pruning) has finished. */
  async settled(): Promise<void> {
    await this.options.claims?.settled();
  }
}
