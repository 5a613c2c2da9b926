/**
 * Warm answers kept ready to send. A report command's answer is the same cards for every ask of the same
 * command in the same tenant, conversation kind, language, locale, time zone and day, until a report it read
 * changes (refreshed, downloaded again, or its tenant renamed): the bot keeps the rendered activities under
 * that key and sends them again while every read they were made from still holds (reports/cached-reads.ts).
 * Answers with private detail or a file, error answers and answers that needed Graph are never kept.
 */
import type { Activity } from 'botbuilder';
import { isReportCommand, type ParsedCommand } from '../commands/command.js';
import type { ConversationKind } from '../commands/handler-context.js';
import type { Reply } from '../commands/reply.js';
import type { Audience } from '../i18n/audience.js';
import { readsStillHold, type CachedReads } from '../reports/cached-reads.js';

/** What the kept answers may take, counted as the length of their JSON (as the report cache counts snapshots): some 1,000 cards of 5–10 KB. */
export const DEFAULT_REPLY_CACHE_BYTES = 8 * 1024 * 1024;

/** Everything an answer's cards depend on besides the report data (which its reads check). */
export type ReplyAsked = {
  /** The tenant the conversation is in, and the one the answer is about. */
  readonly homeTenantId: string;
  readonly aboutTenantId: string;
  /** The tenant the cards' buttons keep, while several are served. */
  readonly pin?: string;
  readonly conversation: ConversationKind;
  readonly parsed: ParsedCommand;
  readonly audience: Audience;
  /** The day asked on (YYYY-MM-DD): activity windows and licence counts are the day's. */
  readonly today: string;
};

/** Distinct strings remembered for sharing; past this the memory starts again (strings already shared stay so). */
const MAX_SHARED_STRINGS = 20_000;

type Kept = { readonly activities: readonly Partial<Activity>[]; readonly reads: CachedReads; readonly bytes: number };

/** Rendered answers by what was asked, least recently sent dropped first past the bound. */
export class ReplyCache {
  private readonly entries = new Map<string, Kept>();
  private bytes = 0;
  /** The words many kept cards have in common (labels, buttons, commands, element types), held once. */
  private readonly strings = new Map<string, string>();

  constructor(private readonly maxBytes = DEFAULT_REPLY_CACHE_BYTES) {}

  /** The key of an ask whose answer may be kept; undefined for commands not answered from reports alone (help, status, csv, digest, alert, overview). */
  static keyOf(asked: ReplyAsked): string | undefined {
    const { homeTenantId, aboutTenantId, pin, conversation, parsed, audience, today } = asked;
    if (!isReportCommand(parsed.command)) return undefined;
    return JSON.stringify([homeTenantId, aboutTenantId, pin ?? null, conversation, parsed, audience.locale ?? null, audience.language ?? null, audience.timeZone ?? null, today]);
  }

  /** The activities kept for `key`, while every read they were made from still holds. */
  get(key: string): readonly Partial<Activity>[] | undefined {
    const kept = this.entries.get(key);
    if (!kept) return undefined;
    this.drop(key, kept);
    if (!readsStillHold(kept.reads)) return undefined;
    this.add(key, kept);
    return kept.activities;
  }

  /**
   * Keeps `activities` (`reply` rendered) for `key` when every ask of it would get the same: nothing private,
   * no file, no error, and only reads from cache that still hold. Kept as sent on the wire (a JSON copy),
   * frozen, its strings shared with the other kept answers: cards of the same command differ mostly in their figures.
   */
  keep(key: string, reply: Reply, activities: readonly Partial<Activity>[], reads: CachedReads): void {
    if (reply.file || (reply.privateMessages?.length ?? 0) > 0 || reply.messages.some((message) => message.view === 'error') || !readsStillHold(reads)) return;
    const json = JSON.stringify(activities);
    const bytes = key.length + json.length;
    if (bytes > this.maxBytes) return;
    const replaced = this.entries.get(key);
    if (replaced) this.drop(key, replaced);
    this.add(key, { activities: this.frozen(JSON.parse(json) as Partial<Activity>[]), reads, bytes });
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldestKey, oldest);
    }
  }

  /** `value` (a JSON copy) with everything in it frozen, its strings the ones already kept: a kept answer is sent again and again, never changed. */
  private frozen<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    for (const [name, inner] of Object.entries(record)) record[name] = typeof inner === 'string' ? this.shared(inner) : this.frozen(inner);
    return Object.freeze(value);
  }

  private shared(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    if (this.strings.size >= MAX_SHARED_STRINGS) this.strings.clear();
    this.strings.set(text, text);
    return text;
  }

  private add(key: string, kept: Kept): void {
    this.entries.set(key, kept);
    this.bytes += kept.bytes;
  }

  private drop(key: string, kept: Kept): void {
    this.entries.delete(key);
    this.bytes -= kept.bytes;
  }
}

