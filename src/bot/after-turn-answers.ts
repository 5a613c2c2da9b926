/**
 * Answers finished after their turn: the progress card (posted in the turn, or the card clicked) follows
 * the fetch and is replaced by the answer, or by the error card when the command failed unexpectedly.
 * They are tracked so shutdown and tests can wait for every one to be sent.
 */
import { TurnContext, type Activity } from 'botbuilder';
import type { Clock } from '../clock.js';
import type { Reply } from '../commands/reply.js';
import { errorFields, type Logger } from '../logger.js';
import type { SendResult } from '../outbound/send-outcome.js';
import type { FetchProgress } from '../reports/report-service.js';
import type { ReplyMessage } from '../view-models.js';
import { ProgressCard } from './progress-card.js';
import type { StartedCommand } from './started-command.js';
import type { TeamsSender } from './teams-sender.js';
import { TURN_FAILED_REPLY } from './turn-error.js';

/** What finishing answers after the turn works with: the one way out to Teams, the clock a card's updates are paced by, the log. */
export type AfterTurnAnswersOptions = {
  readonly sender: TeamsSender;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Least time between two updates of a progress card (default 2.5 s). */
  readonly progressIntervalMs?: number;
};

/** One command's answer to finish after its turn, and how to word, deliver and log it. */
export type AfterTurnAnswer = {
  readonly run: StartedCommand;
  /** What became of posting the progress card (the card clicked, for a card action). */
  readonly posted: SendResult | undefined;
  readonly activity: Activity;
  /** The command's name, for the log of a failure. */
  readonly command: string;
  readonly conversation: string;
  /** The progress card's activity for a progress. */
  readonly renderProgress: (progress: FetchProgress) => Partial<Activity>;
  /** The messages that stay in the conversation once per-user detail went to the asker's personal chat. */
  readonly deliver: (reply: Reply) => Promise<readonly ReplyMessage[]>;
  readonly render: (messages: readonly ReplyMessage[]) => Partial<Activity>[];
  /** Logs the answer sent: its reply and how many messages it had. */
  readonly answered: (reply: Reply, messages: number) => void;
};

/** The answers being finished after their turn, behind a progress card. */
export class AfterTurnAnswers {
  private readonly finishing = new Set<Promise<void>>();
  constructor(private readonly options: AfterTurnAnswersOptions) {}

  /** Lets the progress card follow the fetch and become the answer, after the turn; nothing for a command that already answered. */
  start(answer: AfterTurnAnswer): void {
    const { run } = answer;
    if (!('progress' in run.first)) return;
    const { sender, clock, logger, progressIntervalMs } = this.options;
    const card = new ProgressCard(
      { sender, clock, logger, render: answer.renderProgress, minUpdateIntervalMs: progressIntervalMs },
      TurnContext.getConversationReference(answer.activity),
      answer.posted,
      run.first.progress,
    );
    run.follow(card);
    const finishing: Promise<void> = this.finish(card, answer)
      .catch((error: unknown) => logger.error('answer not finished', errorFields(error)))
      .finally(() => this.finishing.delete(finishing));
    this.finishing.add(finishing);
  }

  /** Resolves when every answer finished after its turn has been sent. */
  async settled(): Promise<void> {
    while (this.finishing.size > 0) await Promise.all(this.finishing);
  }

  /** Replaces the progress card by the answer (or, when the command failed unexpectedly, by the error card). */
  private async finish(card: ProgressCard, answer: AfterTurnAnswer): Promise<void> {
    let reply: Reply;
    let messages: readonly ReplyMessage[];
    try {
      reply = await answer.run.work;
      messages = await answer.deliver(reply);
    } catch (error) {
      this.options.logger.error('command failed after its progress card', { ...errorFields(error), command: answer.command, conversation: answer.conversation });
      reply = TURN_FAILED_REPLY;
      messages = reply.messages;
    }
    const results = await card.finish(answer.render(messages));
    const failed = results.find((result) => result.kind !== 'delivered');
    if (failed) this.options.logger.warn('answer not delivered', { outcome: failed.kind, reason: failed.reason, sent: results.length - 1, of: messages.length });
    answer.answered(reply, messages.length);
  }
}
