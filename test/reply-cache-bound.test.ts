/**
 * The reply cache's own rules (src/bot/reply-cache.ts), without a bot: which asks may be kept, that an
 * answer is sent again only while its reads hold, that the kept cards cannot be changed, and that the
 * answers kept stay within their bound, the least recently sent dropped first.
 */
import type { Activity } from 'botbuilder';
import { describe, expect, test } from 'vitest';
import type { ParsedCommand } from '../src/commands/command.js';
import { ReplyCache, type ReplyAsked } from '../src/bot/reply-cache.js';
import { emptyReads, type CachedReads } from '../src/reports/cached-reads.js';

const asked = (command: ParsedCommand['command'], changes: Partial<ReplyAsked> = {}): ReplyAsked => ({
  homeTenantId: 'home',
  aboutTenantId: 'home',
  conversation: 'personal',
  parsed: { command, delivery: 'here' },
  audience: { locale: 'en-US' },
  today: '2026-12-07',
  ...changes,
});
const summary = { name: 'copilot-summary', period: 'D30' } as const;

/** A card of about `bytes` characters of JSON. */
const cards = (text: string, bytes = 100): Partial<Activity>[] => [{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { text: text.padEnd(bytes, '.') } }] }];

/** Reads whose one check answers `holds()`. */
function readsThat(holds: () => boolean): CachedReads {
  const reads = emptyReads();
  reads.checks.push(holds);
  return reads;
}

describe('what is kept', () => {
  test('report commands have a key, every part of the ask in it; help, status, csv, digest and alert commands have none', () => {
    const key = ReplyCache.keyOf(asked(summary))!;
    expect(key).toBeDefined();
    const others: Partial<ReplyAsked>[] = [
      { homeTenantId: 'other' },
      { aboutTenantId: 'other' },
      { pin: 'home' },
      { conversation: 'channel' },
      { audience: { locale: 'it-IT' } },
      { audience: { locale: 'en-US', timeZone: 'Europe/Rome' } },
      { today: '2026-12-08' },
      { parsed: { command: summary, delivery: 'here', fromQuestion: true } },
    ];
    for (const changes of others) expect(ReplyCache.keyOf(asked(summary, changes)), JSON.stringify(changes)).not.toBe(key);
    for (const command of [{ name: 'help' }, { name: 'status' }, { name: 'export', target: summary }, { name: 'digest-preview' }, { name: 'overview' }] as const) {
      expect(ReplyCache.keyOf(asked(command)), command.name).toBeUndefined();
    }
  });

  test('an answer is sent again only while its reads hold, and never one with private detail, a file, an error or an unchecked read', () => {
    const cache = new ReplyCache();
    let holds = true;
    cache.keep('a', { messages: [] }, cards('a'), readsThat(() => holds));
    expect(cache.get('a')).toEqual(cards('a'));
    holds = false;
    expect(cache.get('a')).toBeUndefined();
    holds = true;
    // Dropped once it did not hold: a new answer must be made.
    expect(cache.get('a')).toBeUndefined();

    const unchecked = emptyReads();
    unchecked.reusable = false;
    cache.keep('b', { messages: [] }, cards('b'), unchecked);
    cache.keep('c', { messages: [], privateMessages: [{ view: 'sent-privately', model: { command: 'copilot users D30' } }] } as never, cards('c'), readsThat(() => true));
    cache.keep('d', { messages: [{ view: 'error', model: {} }] } as never, cards('d'), readsThat(() => true));
    cache.keep('e', { messages: [], file: {} } as never, cards('e'), readsThat(() => true));
    cache.keep('f', { messages: [] }, cards('f'), emptyReads());
    for (const key of ['b', 'c', 'd', 'e', 'f']) expect(cache.get(key), key).toBeUndefined();
  });

  test('the kept cards cannot be changed by whoever sends them', () => {
    const cache = new ReplyCache();
    const made = cards('a');
    cache.keep('a', { messages: [] }, made, readsThat(() => true));
    // A copy is kept: changing the cards after they were kept changes nothing kept.
    (made[0]!.attachments![0]!.content as { text: string }).text = 'changed';
    const kept = cache.get('a')!;
    expect(kept).toEqual(cards('a'));
    expect(() => ((kept[0]!.attachments![0]!.content as { text: string }).text = 'changed')).toThrow(TypeError);
  });
});

describe('the bound', () => {
  test('past it the least recently sent answers go first; one larger than the bound is not kept', () => {
    const one = JSON.stringify(cards('a', 1000)).length + 1;
    const cache = new ReplyCache(3 * one);
    for (const key of ['a', 'b', 'c']) cache.keep(key, { messages: [] }, cards(key, 1000), readsThat(() => true));
    expect(cache.get('a')).toBeDefined();
    cache.keep('d', { messages: [] }, cards('d', 1000), readsThat(() => true));
    expect(['a', 'b', 'c', 'd'].filter((key) => cache.get(key) !== undefined)).toEqual(['a', 'c', 'd']);

    cache.keep('huge', { messages: [] }, cards('huge', 4 * one), readsThat(() => true));
    expect(cache.get('huge')).toBeUndefined();
    expect(['a', 'c', 'd'].filter((key) => cache.get(key) !== undefined)).toEqual(['a', 'c', 'd']);
  });
});
