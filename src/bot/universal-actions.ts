/**
 * Buttons that show the same report again (another period, or a refresh) as Universal Actions: an
 * `Action.Execute` that Teams sends as an `adaptiveCard/action` invoke, whose answer replaces the card
 * where it is, with the card's `Action.Submit` kept as its fallback for clients without Universal
 * Actions (they post the command as a new message, as before). Other buttons stay as they are.
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
 */
import type { Attachment } from 'botbuilder';
import type { Command } from '../commands/command.js';
import { parseCommand } from '../commands/parse.js';

/** The verb of every Action.Execute the bot sends; `data.command` says what to answer. */
export const COMMAND_VERB = 'command';

type CardAction = { readonly type?: unknown; readonly data?: unknown; readonly [property: string]: unknown };

/** The attachment with each button for another `answered` (same command, here) turned into an Action.Execute. */
export function withUniversalActions(attachment: Attachment, answered: Command['name']): Attachment {
  const content = attachment.content as { actions?: unknown } | undefined;
  if (!content || !Array.isArray(content.actions)) return attachment;
  const actions = (content.actions as CardAction[]).map((action) => (showsSameReport(action, answered) ? toExecute(action) : action));
  return { ...attachment, content: { ...content, actions } };
}

function showsSameReport(action: CardAction, answered: Command['name']): boolean {
  if (action.type !== 'Action.Submit' || typeof action.data !== 'object' || action.data === null) return false;
  const { command, delivery } = action.data as { command?: unknown; delivery?: unknown };
  if (typeof command !== 'string' || delivery !== undefined) return false;
  const parsed = parseCommand(command);
  return parsed.ok && parsed.parsed.command.name === answered;
}

function toExecute(submit: CardAction): CardAction {
  return { ...submit, type: 'Action.Execute', verb: COMMAND_VERB, fallback: submit };
}
