/**
 * The envelope an inbound activity needs before a turn runs on it: a type, a channel, a conversation
 * id and a service URL the reply can go to. Without a service URL botbuilder would send the reply to
 * its default, https://api.botframework.com; without authentication only a loopback one is accepted,
 * so an unauthenticated local server never posts anywhere off this machine.
 */
import { isLoopbackUrl } from '../reports/graph-token.js';

/** Accepted, or refused with a fixed description of what is missing. */
export type EnvelopeCheck = { readonly ok: true } | { readonly ok: false; readonly problem: string };

/** Checks `body` as parsed from JSON; the problem text is fixed (no input echoed), safe to log and answer. */
export function checkActivityEnvelope(body: unknown, options: { readonly authenticated: boolean }): EnvelopeCheck {
  const refuse = (problem: string): EnvelopeCheck => ({ ok: false, problem });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse('The body is not a JSON activity object.');
  const { type, channelId, conversation, serviceUrl } = body as Record<string, unknown>;
  if (typeof type !== 'string' || type === '') return refuse('The activity has no type.');
  if (typeof channelId !== 'string' || channelId === '') return refuse('The activity has no channelId.');
  if (typeof conversation !== 'object' || conversation === null || typeof (conversation as { id?: unknown }).id !== 'string') {
    return refuse('The activity has no conversation id.');
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
