/**
 * The conversations the weekly digest and alerts may post to, as Teams' events announce them: the
 * reference is kept (and paused alerts resume) when the app is installed or the bot added, and a
 * conversation (or a whole team, every channel of it) is forgotten with its subscription, history,
 * snapshots and alerts when the app or bot is removed.
 */
import type { Activity } from 'botbuilder';
import { conversationKeyOf, forgetAlertConversation, forgetAlertTeam, resumeRules } from '../alerts/alert-rules.js';
import { forgetConversation, forgetTeam, saveConversationReference } from '../digest/digest-subscriptions.js';
import { conversationRefFromActivity, teamIdOf } from '../digest/subscription.js';
import type { StateStore } from '../store/state-store.js';

/** What the app or bot was removed from: a team with all its channels, or one chat. */
export type Removal = { readonly kind: 'team'; readonly teamId: string } | { readonly kind: 'conversation'; readonly conversationId: string };

/** Keeps the reference of the conversation an install or bot-added event came from; false when it lacks one. */
export async function keepInstalledConversation(store: StateStore, activity: Partial<Activity>): Promise<boolean> {
  const reference = conversationRefFromActivity(activity);
  if (!reference) return false;
  await saveConversationReference(store, reference);
  // Installed again: alerts paused because Teams refused their posts may post again.
  await resumeRules(store, conversationKeyOf(reference.conversation.id));
  return true;
}

/**
 * What an uninstall or bot-removed event removes: the whole team when it comes from one (an app is
 * installed per team, so every channel goes), else the conversation it came from (a group or personal chat).
 */
export function removalOf(activity: Partial<Activity>): Removal | undefined {
  const teamId = teamIdOf(activity.channelData);
  if (teamId) return { kind: 'team', teamId };
  const conversationId = activity.conversation?.id;
  return conversationId ? { kind: 'conversation', conversationId } : undefined;
}

/** Forgets what `removal` names; returns how many conversations were looked at. */
export async function forgetRemoved(store: StateStore, removal: Removal): Promise<number> {
  if (removal.kind === 'team') {
    await forgetAlertTeam(store, removal.teamId);
    return forgetTeam(store, removal.teamId);
  }
  await forgetConversation(store, removal.conversationId);
  await forgetAlertConversation(store, removal.conversationId);
  return 1;
}
