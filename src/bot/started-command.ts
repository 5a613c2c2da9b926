/**
 * A command under way in a turn: it runs while the turn waits for its first sign, the answer (no Graph
 * fetch was needed) or the start of a fetch (the cue for a progress card), recording the report reads its
 * answer depends on so the reply cache can keep it.
 */
import type { Activity } from 'botbuilder';
import type { ParsedCommand } from '../commands/command.js';
import type { CommandOrigin, ConversationKind, HandlerDeps } from '../commands/handler-context.js';
import type { Reply } from '../commands/reply.js';
import { conversationRefFromActivity } from '../digest/subscription.js';
import { emptyReads, recordReads, type CachedReads } from '../reports/cached-reads.js';
import type { FetchProgress } from '../reports/report-service.js';
import type { ProgressCard } from './progress-card.js';
import type { TurnScope } from './turn-command.js';

/** Answers a parsed command; `handleCommand` in production, a stand-in in tests that need a failing one. */
export type CommandRunner = (parsed: ParsedCommand, conversation: ConversationKind, deps: HandlerDeps, origin?: CommandOrigin) => Promise<Reply>;

/** A command under way: how it first answered, the whole work, and where its progress goes once a card shows it. */
export type StartedCommand = {
  readonly first: { readonly reply: Reply } | { readonly progress: FetchProgress };
  readonly work: Promise<Reply>;
  /** What the command read from the report caches, for keeping its answer. */
  readonly reads: CachedReads;
  follow(card: ProgressCard): void;
};

/** Starts the command and resolves once it has answered without Graph (`reply`) or is waiting for a fetch (`progress`). */
export async function startCommand(runCommand: CommandRunner, activity: Activity, parsed: ParsedCommand, conversation: ConversationKind, scope: TurnScope): Promise<StartedCommand> {
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
    () => recordReads(reads, () => runCommand(parsed, conversation, handlerDeps, originOf(activity))),
  );
  const first = await Promise.race([work.then((reply) => ({ reply })), fetching.then((progress) => ({ progress }))]);
  return { first, work, reads, follow: (card) => (shown.card = card) };
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
