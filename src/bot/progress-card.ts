/**
 * The card that stands for an answer while its report is fetched: posted in the turn, updated in place
 * as the fetch proceeds (at most once per `minUpdateIntervalMs`, one update at a time), then replaced
 * by the answer's first message, the others following as new messages. Every send after the turn is
 * proactive, through the one sender, so the turn (and Teams' HTTP request) ends as soon as the card is out.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { FetchProgress } from '../reports/report-service.js';
import type { SendResult } from '../outbound/send-outcome.js';
import type { TeamsSender } from './teams-sender.js';

/** Teams allows a bot 8 messages per 2 s in a conversation (updates count); a card changing faster is not read anyway. */
export const DEFAULT_PROGRESS_INTERVAL_MS = 2500;

export type ProgressCardOptions = {
  readonly sender: Pick<TeamsSender, 'update' | 'continueConversation'>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The progress card's activity for a progress. */
  readonly render: (progress: FetchProgress) => Partial<Activity>;
  readonly minUpdateIntervalMs?: number;
};

/** One progress card in one conversation, from the moment it was posted. */
export class ProgressCard {
  private readonly activityId: string | undefined;
  private latest: FetchProgress;
  private shownAt: number;
  private updating = false;
  private finished = false;
  /** Sends to this card, in order: a late progress update never lands on top of the answer. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `posted` is what became of posting the card in the turn; when it was not delivered, there is no
   * card to update, and the answer is sent as new messages.
   */
  constructor(
    private readonly options: ProgressCardOptions,
    private readonly reference: Partial<ConversationReference>,
    posted: SendResult | undefined,
    shown: FetchProgress,
  ) {
    this.activityId = posted?.kind === 'delivered' && posted.activityId !== '' ? posted.activityId : undefined;
    this.latest = shown;
    this.shownAt = options.clock.now();
  }

  /** Takes a newer progress; shows it when the last update is old enough and none is under way. */
  observe(progress: FetchProgress): void {
    this.latest = progress;
    const { clock, minUpdateIntervalMs = DEFAULT_PROGRESS_INTERVAL_MS } = this.options;
    if (this.finished || this.updating || this.activityId === undefined || clock.now() - this.shownAt < minUpdateIntervalMs) return;
    this.updating = true;
    this.shownAt = clock.now();
    this.queue = this.queue
      .then(() => this.replaceWith(this.options.render(this.latest)))
      .then((result) => {
        if (result.kind !== 'delivered') this.options.logger.info('progress card not updated', { outcome: result.kind, reason: result.reason });
      })
      .finally(() => {
        this.updating = false;
      });
  }

  /**
   * Replaces the card by the answer's first activity and sends the rest after it. Where the card cannot
   * be replaced (never posted, deleted, refused), the whole answer is sent as new messages instead.
   */
  async finish(answer: readonly Partial<Activity>[]): Promise<SendResult[]> {
    this.finished = true;
    await this.queue;
    const [first, ...rest] = answer;
    if (first === undefined) return [];
    const replaced = this.activityId === undefined ? undefined : await this.replaceWith(first);
    if (replaced?.kind === 'delivered') {
      return rest.length === 0 ? [replaced] : [replaced, ...(await this.options.sender.continueConversation(this.reference, rest))];
    }
    if (replaced) this.options.logger.warn('progress card not replaced, answer sent as new messages', { outcome: replaced.kind, reason: replaced.reason });
    return this.options.sender.continueConversation(this.reference, answer);
  }

  private replaceWith(activity: Partial<Activity>): Promise<SendResult> {
    return this.options.sender.update(this.reference, this.activityId ?? '', activity);
  }
}
