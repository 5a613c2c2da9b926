/**
 * The customer tenant a conversation of the managing tenant answers for when a command names none
 * (`use contoso`), kept per conversation in the managing tenant's part of the store
 * (`tenant-choice/<managing tenant>/<conversation hash>`); a thread shares its channel's choice.
 */
import { z } from 'zod';
import { subscriptionIdFor } from '../digest/subscription.js';
import { StoreRecordError, type StateStore } from '../store/state-store.js';

/** A conversation's choice: the tenant id, who chose it and when. */
export type TenantChoice = { readonly tenantId: string; readonly setBy: string; readonly setAt: string };

const PREFIX = 'tenant-choice/';
const choiceSchema = z.object({ tenantId: z.string().min(1), setBy: z.string(), setAt: z.string() });

function choiceKey(conversationId: string): string {
  return `${PREFIX}${subscriptionIdFor(conversationId)}`;
}

/** The conversation's choice, if any; a damaged record counts as none. */
export async function getTenantChoice(store: StateStore, conversationId: string): Promise<TenantChoice | undefined> {
  try {
    const parsed = choiceSchema.safeParse((await store.get(choiceKey(conversationId)))?.value);
    return parsed.success ? parsed.data : undefined;
  } catch (error) {
    if (error instanceof StoreRecordError) return undefined;
    throw error;
  }
}

/** Makes `choice` the conversation's; `undefined` goes back to the managing tenant's own reports. */
export async function setTenantChoice(store: StateStore, conversationId: string, choice: TenantChoice | undefined): Promise<void> {
  if (choice) await store.put(choiceKey(conversationId), choice);
  else await store.delete(choiceKey(conversationId));
}

/** Forgets every conversation's choice of `tenantId` (the tenant was removed); returns how many went. */
export async function forgetChoicesOf(store: StateStore, tenantId: string): Promise<number> {
  let forgotten = 0;
  for (const key of await store.list(PREFIX)) {
    const stored = await store.get(key).catch((error: unknown) => {
      if (error instanceof StoreRecordError) return undefined;
      throw error;
    });
    const parsed = choiceSchema.safeParse(stored?.value);
    if (parsed.success && parsed.data.tenantId === tenantId && (await store.delete(key))) forgotten += 1;
  }
  return forgotten;
}
