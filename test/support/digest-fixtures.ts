/**
 * Fakes for the digest tests: conversation references and subscriptions of a Contoso-like tenant,
 * a sender that records posts (and fails on request), a message source that needs no reports, and
 * handler deps with the digest wired as the bot wires it.
 */
import type { Clock } from '../../src/clock.js';
import type { CommandOrigin, HandlerDeps } from '../../src/commands/handler-context.js';
import { formatCommand } from '../../src/commands/parse.js';
import { DigestComposer } from '../../src/digest/digest-composer.js';
import { createDigestMessageSource } from '../../src/digest/digest-message.js';
import { DigestRunner, type DigestMessageSource } from '../../src/digest/digest-runner.js';
import type { DigestSender } from '../../src/digest/digest-sender.js';
import { PacedSender, type PacedSenderOptions } from '../../src/outbound/paced-sender.js';
import { subscribe } from '../../src/digest/digest-subscriptions.js';
import type { ConversationRef, DigestSchedule, DigestSubscription } from '../../src/digest/subscription.js';
import { silentLogger } from '../../src/logger.js';
import { MemoryStateStore } from '../../src/store/memory-state-store.js';
import type { StateStore } from '../../src/store/state-store.js';
import type { MessageActivity } from '../../src/teams-message.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../src/views/render-card.js';

export const TENANT = 'f5f0d3a8-7e1c-4b7e-9a52-0c0ffee00001';
export const OTHER_TENANT = 'f5f0d3a8-7e1c-4b7e-9a52-0c0ffee00002';
export const ADMIN = '3c9d6a7e-1111-4222-8333-944445555666';
export const MONDAY_9_BERLIN: DigestSchedule = { day: 'monday', time: '09:00', timeZone: 'Europe/Berlin' };

/** A channel in team `team` (its own conversation id, as Teams gives each channel one). */
export function channelRef(index: number, options: { team?: string; tenant?: string } = {}): ConversationRef {
  const team = options.team ?? 'team-a';
  return {
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: `19:channel-${index}-${team}@thread.tacv2`, conversationType: 'channel', tenantId: options.tenant ?? TENANT, isGroup: true },
    bot: { id: '28:bot-app-id', name: 'Usage bot' },
    teamId: `19:${team}-general@thread.tacv2`,
  };
}

/** Subscribes channels 0 … count-1 with `schedule`, as `digest subscribe` at `at` would. */
export async function subscribeChannels(
  store: StateStore,
  count: number,
  at: string,
  schedule: DigestSchedule = MONDAY_9_BERLIN,
  reference: (index: number) => ConversationRef = (index) => channelRef(index),
): Promise<DigestSubscription[]> {
  const subscriptions: DigestSubscription[] = [];
  for (let index = 0; index < count; index++) {
    const { subscription } = await subscribe(store, { reference: reference(index), schedule, requestedBy: ADMIN, locale: 'en-US' }, Date.parse(at));
    subscriptions.push(subscription);
  }
  return subscriptions;
}

/** One send the fake connector received: where, when (clock time), and whether it was accepted. */
export type RecordedSend = { readonly conversationId: string; readonly tenantId: string; readonly at: number; readonly status: number; readonly activity: MessageActivity };

/** A connector error shaped as botbuilder raises them: `statusCode`, and `response.headers.get`. */
export function connectorError(status: number, retryAfter?: string): Error {
  return Object.assign(new Error(`Bot Connector answered ${status}`), {
    statusCode: status,
    response: { status, headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? retryAfter : undefined) } },
  });
}

/**
 * The digest's sender as the bot builds it (the real pacer and retry loop) over a fake connector call
 * that records every attempt; `answer(conversationId, attempt)` may return an error to throw instead of
 * accepting (attempt counts from 1 per conversation). Accepted posts get ids `posted-1`, `posted-2`, …
 */
export function createRecordingSender(
  clock: Clock,
  answer: (conversationId: string, attempt: number) => Error | undefined = () => undefined,
  options: Partial<Pick<PacedSenderOptions, 'random' | 'pacing' | 'retry'>> = {},
) {
  const sends: RecordedSend[] = [];
  const attempts = new Map<string, number>();
  const paced = new PacedSender({ clock, logger: silentLogger, random: () => 0.5, ...options });
  const sender: DigestSender = {
    post: (reference, activity) =>
      paced.send(
        { conversationId: reference.conversation.id, tenantId: reference.conversation.tenantId ?? '' },
        async () => {
          const conversationId = reference.conversation.id;
          const attempt = (attempts.get(conversationId) ?? 0) + 1;
          attempts.set(conversationId, attempt);
          const error = answer(conversationId, attempt);
          const status = error ? Number((error as { statusCode?: number }).statusCode ?? 0) : 201;
          sends.push({ conversationId, tenantId: reference.conversation.tenantId ?? '', at: clock.now(), status, activity });
          if (error) throw error;
          return { id: `posted-${sends.filter((send) => send.status === 201).length}` };
        },
        'background',
      ),
  };
  return {
    sender,
    sends,
    /** Accepted sends only. */
    posted: () => sends.filter((send) => send.status === 201),
    postsTo: (conversationId: string) => sends.filter((send) => send.status === 201 && send.conversationId === conversationId).length,
  };
}

/** A digest-like message without reports: a one-line card saying `text`, which is also its summary. */
export function stubDigest(text: string): MessageActivity {
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text, wrap: true }] };
  return { type: 'message', summary: text, attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
}

/** A message source that reads no reports: a one-line card naming the subscription. */
export const stubMessages: DigestMessageSource = async (subscription) => ({
  activity: stubDigest(`digest for ${subscription.id}`),
  snapshot: { refreshDate: '2026-11-19', period: 'D7', enabled: 100, active: 40, apps: {}, takenAt: '2026-11-23T08:00:00.000Z' },
});

/** Where a command typed in channel 0 comes from, as the bot fills it in. */
export const CHANNEL_ORIGIN: CommandOrigin = { conversationRef: channelRef(0), requestedBy: ADMIN, locale: 'en-US' };

/** Where a command typed in a personal chat comes from. */
export const PERSONAL_ORIGIN: CommandOrigin = {
  conversationRef: {
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: 'a:1personal-chat', conversationType: 'personal', tenantId: TENANT },
    bot: { id: '28:bot-app-id', name: 'Usage bot' },
  },
  requestedBy: ADMIN,
  locale: 'en-US',
};

/**
 * `deps` with the digest wired as the bot wires it (composer over the same report service, runner with
 * run-now), on a memory store and a recording sender; the default zone is Europe/Berlin.
 */
export function withDigest(deps: HandlerDeps, clock: Clock, defaultTimeZone = 'Europe/Berlin') {
  const store = new MemoryStateStore();
  const recording = createRecordingSender(clock);
  const composer = new DigestComposer({ reports: deps.reports, store, clock, copilotApi: deps.copilotApi, formatCommand });
  const runner = new DigestRunner({ store, sender: recording.sender, compose: createDigestMessageSource(composer), clock, logger: silentLogger });
  const digestDeps: HandlerDeps = { ...deps, digest: { store, composer, runner, defaultTimeZone }, alerts: { store } };
  return { deps: digestDeps, store, runner, ...recording };
}
