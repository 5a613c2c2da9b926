/**
 * An inbound activity checked once, at the edge, before a turn runs on it.
 *
 * Only Microsoft Teams is served: an activity from any other channel (Web Chat and Direct Line let the
 * client write `from` and `channelData` itself) is refused 403, whatever its token. A Teams activity
 * names its tenant in `conversation.tenantId`; without it, or with a `channelData.tenant.id` naming
 * another, it is refused 400. The envelope (type, conversation id, service URL) is what a reply needs:
 * without it the request is refused 400. Without a service URL botbuilder would reply to its default,
 * https://api.botframework.com; without authentication only a loopback one is accepted, so an
 * unauthenticated local server never posts anywhere off this machine.
 *
 * Every other field the bot reads is checked against its schema; a field that does not fit is dropped
 * (or, inside an object, the part that does not fit) and named in the activity's problems, so the turn
 * runs on what is usable and a message can be answered with what was wrong.
 */
import { z, type ZodIssue, type ZodTypeAny } from 'zod';
import type { Reply } from '../commands/reply.js';
import { phrase } from '../i18n/message-types.js';
import { isLoopbackUrl } from '../reports/graph-token.js';
import { getChannelDataTenantId } from './access-policy.js';

/** Accepted, or refused with the status to answer and a fixed description of what is wrong. */
export type EnvelopeCheck = { readonly ok: true } | { readonly ok: false; readonly status: 400 | 403; readonly problem: string };

/** The one channel the bot serves. */
export const TEAMS_CHANNEL_ID = 'msteams';
/** Teams conversation ids are a few hundred characters at most; a longer one (or one with control characters) is not one. */
const MAX_CONVERSATION_ID_LENGTH = 1_000;
/** Tenant ids are GUIDs; this bounds what is compared and logged. */
const MAX_TENANT_ID_LENGTH = 100;
const CONTROL = /\p{Cc}/u;

/** Checks `body` as parsed from JSON; the problem text is fixed (no input echoed), safe to log and answer. */
export function checkActivityEnvelope(body: unknown, options: { readonly authenticated: boolean }): EnvelopeCheck {
  const refuse = (problem: string): EnvelopeCheck => ({ ok: false, status: 400, problem });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse('The body is not a JSON activity object.');
  const { type, channelId, conversation, serviceUrl, channelData } = body as Record<string, unknown>;
  if (channelId !== TEAMS_CHANNEL_ID) return { ok: false, status: 403, problem: `This bot serves Microsoft Teams only (channelId ${TEAMS_CHANNEL_ID}).` };
  if (typeof type !== 'string' || type === '') return refuse('The activity has no type.');
  if (typeof conversation !== 'object' || conversation === null || typeof (conversation as { id?: unknown }).id !== 'string') {
    return refuse('The activity has no conversation id.');
  }
  const { id: conversationId, tenantId } = conversation as { id: string; tenantId?: unknown };
  if (conversationId === '' || conversationId.length > MAX_CONVERSATION_ID_LENGTH || CONTROL.test(conversationId)) {
    return refuse(`The conversation id must be 1 to ${MAX_CONVERSATION_ID_LENGTH} characters without control characters.`);
  }
  if (typeof tenantId !== 'string' || tenantId === '' || tenantId.length > MAX_TENANT_ID_LENGTH || CONTROL.test(tenantId)) {
    return refuse('The activity has no conversation.tenantId, which Teams sends with every activity.');
  }
  const channelDataTenant = getChannelDataTenantId(channelData);
  if (channelDataTenant !== undefined && channelDataTenant.toLowerCase() !== tenantId.toLowerCase()) {
    return refuse('conversation.tenantId and channelData.tenant.id name different tenants.');
  }
  if (typeof serviceUrl !== 'string' || !URL.canParse(serviceUrl)) return refuse('The activity has no serviceUrl.');
  const protocol = new URL(serviceUrl).protocol;
  if (options.authenticated) {
    if (protocol !== 'https:') return refuse('The serviceUrl is not https.');
  } else if ((protocol !== 'http:' && protocol !== 'https:') || !isLoopbackUrl(serviceUrl)) {
    return refuse('Without authentication the serviceUrl must be on this machine (loopback).');
  }
  return { ok: true };
}

const shortText = z.string().max(1_000);
const account = z.object({ id: shortText, name: shortText.optional(), aadObjectId: z.string().max(100).optional() }).passthrough();
const idObject = z.object({ id: shortText }).passthrough();

/** The fields the bot (and botbuilder's Teams handler, for dispatch) reads, and what each must be. */
const FIELD_SCHEMAS: Readonly<Record<string, ZodTypeAny>> = {
  id: shortText,
  text: z.string().max(100_000),
  locale: z.string().max(100),
  name: shortText,
  action: shortText,
  replyToId: shortText,
  deliveryMode: shortText,
  from: account,
  recipient: account,
  membersAdded: z.array(account),
  membersRemoved: z.array(account),
  conversation: z
    .object({ id: shortText, conversationType: shortText.optional(), tenantId: shortText.optional(), isGroup: z.boolean().optional(), name: shortText.optional() })
    .passthrough(),
  channelData: z
    .object({
      tenant: idObject.partial().optional(),
      team: idObject.extend({ name: shortText.optional() }).optional(),
      channel: idObject.extend({ name: shortText.optional() }).optional(),
      eventType: shortText.optional(),
    })
    .passthrough(),
};

const problemsByActivity = new WeakMap<object, readonly string[]>();

/**
 * A copy of `body` (already past `checkActivityEnvelope`) with every field the bot reads either valid
 * or removed; what was removed is kept for `activityProblems`. Problems name fields and expected types,
 * never the values sent.
 */
export function cleanActivity(body: Record<string, unknown>): Record<string, unknown> {
  const activity: Record<string, unknown> = { ...body };
  const problems: string[] = [];
  for (const [field, schema] of Object.entries(FIELD_SCHEMAS)) {
    if (activity[field] === undefined || activity[field] === null) continue;
    const cleaned = cleanField(field, activity[field], schema, problems);
    if (cleaned === undefined) delete activity[field];
    else activity[field] = cleaned;
  }
  if (problems.length > 0) problemsByActivity.set(activity, problems);
  return activity;
}

/** What `cleanActivity` removed from this activity, e.g. `locale: Expected string, received number`. */
export function activityProblems(activity: object): readonly string[] {
  return problemsByActivity.get(activity) ?? [];
}

/** The answer to a message whose fields could not be used: which ones and why (field names and types only, never values). */
export function unreadableActivityReply(problems: readonly string[]): Reply {
  return {
    messages: [
      {
        view: 'error',
        model: {
          code: 'BAD_ACTIVITY',
          title: phrase('errorTitle.BAD_ACTIVITY'),
          message: phrase('errorMessage.badActivity', { problems: problems.slice(0, 5).join('; ') }),
          actions: [{ title: phrase('action.help'), command: 'help' }],
        },
      },
    ],
  };
}

/** The value if it fits; with the parts that do not fit removed if that makes it fit; else undefined. */
function cleanField(field: string, value: unknown, schema: ZodTypeAny, problems: string[]): unknown {
  const first = schema.safeParse(value);
  if (first.success) return value;
  problems.push(...first.error.issues.map((issue) => describeIssue(field, issue)));
  if (typeof value !== 'object' || value === null) return undefined;
  const trimmed: unknown = Array.isArray(value) ? Array.from(value as unknown[]) : { ...value };
  for (const issue of first.error.issues) removePath(trimmed, issue.path);
  const second = schema.safeParse(Array.isArray(trimmed) ? trimmed.filter((item) => item !== undefined) : trimmed);
  return second.success ? second.data : undefined;
}

function removePath(target: unknown, path: readonly (string | number)[]): void {
  let parent: unknown = target;
  for (const key of path.slice(0, -1)) {
    const next = (parent as Record<string | number, unknown>)[key];
    if (typeof next !== 'object' || next === null) return;
    const copy: unknown = Array.isArray(next) ? Array.from(next as unknown[]) : { ...next };
    (parent as Record<string | number, unknown>)[key] = copy;
    parent = copy;
  }
  const last = path.at(-1);
  if (last === undefined || typeof parent !== 'object' || parent === null) return;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
  else delete (parent as Record<string | number, unknown>)[last];
}

function describeIssue(field: string, issue: ZodIssue): string {
  // zod's messages name the expected and received types or the limit, never the value sent.
  return `${[field, ...issue.path].join('.')}: ${issue.message}`;
}
