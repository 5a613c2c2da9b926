/**
 * A reply's messages as the activities the bot sends: one Adaptive Card each, in the asker's language,
 * locale and time zone; in the answer to a command, its buttons as Universal Actions and its tenant kept.
 */
import { MessageFactory, type Activity } from 'botbuilder';
import type { ParsedCommand } from '../commands/command.js';
import { formatCommand } from '../commands/parse.js';
import type { Audience } from '../i18n/audience.js';
import type { FetchProgress } from '../reports/report-service.js';
import type { ReplyMessage } from '../view-models.js';
import { renderReplyMessage } from '../views/render-reply.js';
import { pinTenant } from './tenant-pin.js';
import { withUniversalActions } from './universal-actions.js';

/** Every message rendered as its card, in order; `ran` (the answer to a plain question) opens the first with "Ran: <command>". */
export function replyActivities(messages: readonly ReplyMessage[], audience: Audience, ran?: string): Partial<Activity>[] {
  return messages.map((message, index) => MessageFactory.attachment(renderReplyMessage(message, audience, index === 0 ? ran : undefined)));
}

/**
 * The messages as activities; in the answer to `answered`, its period and refresh buttons become Universal
 * Actions, and the answer to a plain question opens with the command it ran. With `pin` (a tenant id),
 * every button keeps that tenant.
 */
export function answerActivities(messages: readonly ReplyMessage[], audience: Audience, answered?: ParsedCommand, pin?: string): Partial<Activity>[] {
  const activities = answered === undefined ? replyActivities(messages, audience) : withCommandActions(messages, audience, answered);
  return pin === undefined ? activities : pinTenant(activities, pin);
}

/** The progress card of the command `parsed` while its report is fetched. */
export function progressActivity(progress: FetchProgress, parsed: ParsedCommand, audience: Audience): Partial<Activity> {
  return replyActivities([{ view: 'progress', model: { progress, command: formatCommand(parsed.command) } }], audience)[0] ?? {};
}

function withCommandActions(messages: readonly ReplyMessage[], audience: Audience, answered: ParsedCommand): Partial<Activity>[] {
  const activities = replyActivities(messages, audience, answered.fromQuestion ? formatCommand(answered.command) : undefined);
  const name = answered.command.name;
  return activities.map((activity) => ({ ...activity, attachments: activity.attachments?.map((attachment) => withUniversalActions(attachment, name)) }));
}
