import { describe, expect, test } from 'vitest';
import type { CommandOrigin, ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import { getSubscription } from '../src/digest/digest-subscriptions.js';
import { readSubscription, subscriptionIdFor, subscriptionLanguage } from '../src/digest/subscription.js';
import type { ViewModels } from '../src/view-models.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { CHANNEL_ORIGIN, PERSONAL_ORIGIN, channelRef, withDigest } from './support/digest-fixtures.js';
import { startReportFixture } from './support/report-fixture.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

const CHANNEL = channelRef(0).conversation.id;
const SUBSCRIPTION = subscriptionIdFor(CHANNEL);

async function setUp() {
  const fixture = await startReportFixture();
  return { ...withDigest(fixture.deps, fixture.clock), clock: fixture.clock };
}

async function ask(deps: HandlerDeps, text: string, origin: CommandOrigin = CHANNEL_ORIGIN, conversation: ConversationKind = 'channel'): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand(parsed.parsed, conversation, deps, origin);
}

function statusOf(reply: Reply): ViewModels['digest-status'] {
  const [message] = reply.messages;
  if (message?.view !== 'digest-status') throw new Error(`expected the digest status, got ${message?.view}`);
  return message.model;
}

/** A subscription record as the release before digest languages wrote it: a locale, no language. */
function previousRelease(locale?: string): unknown {
  return {
    id: SUBSCRIPTION,
    reference: channelRef(0),
    schedule: { day: 'monday', time: '09:00', timeZone: 'Europe/Rome' },
    ...(locale !== undefined ? { locale } : {}),
    createdBy: 'admin',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    active: true,
  };
}

describe('the digest posts in the language it was set up in', () => {
  test('a record written before languages loads as its locale\'s language, or English', () => {
    for (const [locale, language] of [['it-IT', 'it'], ['ru-RU', 'ru'], ['pt-BR', 'en'], ['qps-ploc', 'en'], [undefined, 'en']] as const) {
      const subscription = readSubscription(previousRelease(locale));
      expect(subscription, String(locale)).toBeDefined();
      expect(subscriptionLanguage(subscription!), String(locale)).toBe(language);
    }
    expect(readSubscription({ ...(previousRelease('it-IT') as object), language: 'xx' })).toBeUndefined();
  });

  test('subscribing takes the asker\'s language; a run posts in it, and "digest language" changes it for the next run', async () => {
    const { deps, store, posted, clock } = await setUp();
    const italian: CommandOrigin = { ...CHANNEL_ORIGIN, locale: 'it-IT' };
    const subscribed = await ask(deps, 'digest subscribe', italian);
    expect(statusOf(subscribed).subscription?.language).toBe('it');
    expect(formatReplyText(subscribed.messages[0]!, { locale: 'it-IT' })).toContain('Iscrizione completata: questo canale riceve il riepilogo settimanale ogni lunedì alle 09:00 (Europe/Berlin), in Italiano.');
    expect(await getSubscription(store, SUBSCRIPTION)).toMatchObject({ language: 'it', locale: 'it-IT' });

    await ask(deps, 'digest run-now', italian);
    const first = posted().at(-1)!.activity;
    expect(first.summary).toBe('Riepilogo settimanale di Microsoft 365');
    expect(submitActions(cardOf(first.attachments[0]!)).map((action) => action.title)).toContain('Riepilogo Copilot');
    // The whole card is Italian, its times in the schedule's zone, whatever the asker's own zone.
    const italianTexts = visibleTexts(cardOf(first.attachments[0]!));
    expect(italianTexts[0]).toMatch(/Riepilogo settimanale di Microsoft 365$/);
    expect(italianTexts).toContain('Da fare');
    expect(italianTexts.find((text) => text.startsWith('Origine: '))).toMatch(/ · composto il .+ \(Europe\/Berlin\)$/);

    // Asked by someone whose Teams is in English: the digest's language is the channel's, not the asker's.
    const changed = await ask(deps, 'digest language de');
    expect(statusOf(changed)).toMatchObject({ event: 'language', subscription: { language: 'de' } });
    expect(formatReplyText(changed.messages[0]!, { locale: 'en-US' })).toContain('The weekly digest of this channel is now posted in Deutsch.');
    clock.advance(61_000);
    await ask(deps, 'digest run-now', italian);
    const next = posted().at(-1)!.activity;
    expect(next.summary).toBe('Wöchentliche Microsoft 365-Übersicht');
    expect(submitActions(cardOf(next.attachments[0]!)).map((action) => action.title)).toContain('Copilot-Übersicht');
    expect(visibleTexts(cardOf(next.attachments[0]!))).toContain('Zu erledigen');

    // Changing the schedule keeps the language chosen.
    const rescheduled = await ask(deps, 'digest subscribe friday 08:00', italian);
    expect(statusOf(rescheduled).subscription?.language).toBe('de');
  });

  test('"digest language" where nothing is subscribed says how to subscribe; in a personal chat, where digests go', async () => {
    const { deps } = await setUp();
    expect(statusOf(await ask(deps, 'digest language fr'))).toMatchObject({ event: 'status', conversation: 'channel' });
    expect(statusOf(await ask(deps, 'digest language fr')).subscription).toBeUndefined();
    const personal = await ask(deps, 'digest language fr', PERSONAL_ORIGIN, 'personal');
    expect(personal.messages[0]).toMatchObject({ view: 'error', model: { code: 'DIGEST_CHANNELS_ONLY' } });
  });

  test('the grammar takes the six codes and names them when given another', () => {
    expect(parseCommand('digest language IT')).toMatchObject({ ok: true, parsed: { command: { name: 'digest-language', language: 'it' } } });
    for (const text of ['digest language', 'digest language pt', 'digest language it de']) {
      const result = parseCommand(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error.message, text).toContain('en, ru, it, de, fr, es');
    }
  });
});
