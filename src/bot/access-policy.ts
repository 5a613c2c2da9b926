/**
 * Who may read reports through the bot: the activity must come from the configured tenant and from a
 * user on the allow-list. Decided from the (authenticated) activity before any command is parsed.
 */
import type { Reply } from '../commands/reply.js';
import type { AccessConfig } from '../config.js';
import type { LogFields } from '../logger.js';

/** Allowed, or refused because of the tenant or the user. */
export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: 'tenant' | 'user' };

/** The parts of an inbound activity the decision reads. */
export type AccessSubject = {
  readonly conversation?: { readonly tenantId?: string };
  readonly channelData?: unknown;
  readonly from?: { readonly aadObjectId?: string };
};

/**
 * Allows the activity only if its tenant, `conversation.tenantId` (which Teams sends on every activity),
 * is the configured one, and `from.aadObjectId` is allow-listed. A `channelData.tenant.id` naming
 * another tenant refuses it too (the edge already refuses such an activity).
 */
export function decideAccess(access: Pick<AccessConfig, 'tenantId' | 'userIds'>, activity: AccessSubject): AccessDecision {
  const tenantId = activity.conversation?.tenantId?.toLowerCase();
  const stated = getChannelDataTenantId(activity.channelData)?.toLowerCase();
  if (tenantId !== access.tenantId || (stated !== undefined && stated !== tenantId)) return { allowed: false, reason: 'tenant' };
  const userId = activity.from?.aadObjectId;
  if (typeof userId !== 'string' || !access.userIds.includes(userId.toLowerCase())) return { allowed: false, reason: 'user' };
  return { allowed: true };
}

/** The tenant the activity's conversation is in (`conversation.tenantId`), lower case; empty when it names none. */
export function tenantIdOf(activity: AccessSubject): string {
  return activity.conversation?.tenantId?.toLowerCase() ?? '';
}

/** The tenant id Teams puts in `channelData.tenant.id`, if there is one. */
export function getChannelDataTenantId(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant: unknown = (channelData as { tenant?: unknown }).tenant;
  if (typeof tenant !== 'object' || tenant === null) return undefined;
  const id: unknown = (tenant as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const MAX_LOGGED_ID_LENGTH = 64;

/** What a refusal logs: the ids (not names or text), so an admin can add the user or spot a wrong tenant setting. */
export function refusalLogFields(activity: AccessSubject & { readonly type?: string }, reason: 'tenant' | 'user'): LogFields {
  return { reason, activityType: activity.type, tenantId: loggableId(activity.conversation?.tenantId), userId: loggableId(activity.from?.aadObjectId) };
}

function loggableId(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_LOGGED_ID_LENGTH) : undefined;
}

/** The reply for a refused asker: why, and who to ask (the contact only for users of the right tenant). */
export function accessDeniedReply(reason: 'tenant' | 'user', contact: string | undefined): Reply {
  return { messages: [{ view: 'access-denied', model: { reason, contact: reason === 'user' ? contact : undefined } }] };
}
