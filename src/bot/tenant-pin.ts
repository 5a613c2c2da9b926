/**
 * Buttons that keep their tenant: while the bot serves several tenants, every button on an answer's
 * cards carries the tenant the answer is about (`data.tenant`), so a click on a contoso card answers
 * about contoso whatever the conversation's `use` choice is by then. The tenant read back from a click
 * is checked like a typed `@name` (bot/tenancy.ts).
 */
import type { DigestSender } from '../digest/digest-sender.js';

const BUTTON_TYPES = new Set(['Action.Submit', 'Action.Execute']);
const MAX_TENANT_LENGTH = 64;

/** Anything carrying cards: the SDK's activities, and the digest's messages. */
type WithCards = { readonly attachments?: readonly { readonly content?: unknown }[] };

/** The activities with every button's data carrying `tenantId`. */
export function pinTenant<T extends WithCards>(activities: readonly T[], tenantId: string): T[] {
  return activities.map((activity) =>
    activity.attachments ? { ...activity, attachments: activity.attachments.map((attachment) => ({ ...attachment, content: pinned(attachment.content, tenantId) })) } : activity,
  );
}

/** One tenant's digest poster: while several tenants are served, the buttons of its digests keep the tenant. */
export function pinDigests(sender: DigestSender, tenantId: string, servesSeveral: () => boolean): DigestSender {
  return { post: (reference, activity) => sender.post(reference, servesSeveral() ? pinTenant([activity], tenantId)[0]! : activity) };
}

/** The tenant a clicked button's data names, lower case; undefined when it names none. */
export function readPinnedTenant(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const tenant = Object.getOwnPropertyDescriptor(data, 'tenant')?.value as unknown;
  return typeof tenant === 'string' && tenant !== '' && tenant.length <= MAX_TENANT_LENGTH ? tenant.toLowerCase() : undefined;
}

/** `value` with every button's data carrying `tenantId`: parts without a button are the input's own, not copies. */
function pinned(value: unknown, tenantId: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => pinned(item, tenantId));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const pinnedEntries = entries.map(([key, inner]) => [key, pinned(inner, tenantId)] as const);
  const { type, data } = value as { type?: unknown; data?: unknown };
  const isButton = typeof type === 'string' && BUTTON_TYPES.has(type) && typeof data === 'object' && data !== null && typeof (data as { command?: unknown }).command === 'string';
  if (!isButton && pinnedEntries.every(([, inner], index) => inner === entries[index]![1])) return value;
  const copy = Object.fromEntries(pinnedEntries);
  if (isButton) copy.data = { ...data, tenant: tenantId };
  return copy;
}
