/**
 * A channel's (or chat's) weekly digest subscription: where to post (a JSON-safe conversation
 * reference), when (day, HH:MM, IANA time zone), who subscribed, and whether it is still active.
 * One subscription per conversation; its id is derived from the conversation id.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FALLBACK_LANGUAGE, LANGUAGES, isLanguage, type Language } from '../i18n/languages.js';
import { negotiateLanguage } from '../i18n/negotiate-language.js';
import type { ActivityOrigin } from '../teams-message.js';
import type { DigestSchedule, Weekday } from '../view-models.js';

export type { DigestSchedule, Weekday };

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];

/** Monday 09:00: the start of the working week in most places. The zone comes from configuration. */
export const DEFAULT_DIGEST_DAY: Weekday = 'monday';
export const DEFAULT_DIGEST_TIME = '09:00';

/**
 * The part of a Bot Framework conversation reference the digest needs to post proactively, and nothing
 * else: no user, no activity id, no message thread (a digest starts a new post in a channel).
 */
export type ConversationRef = {
  readonly serviceUrl: string;
  /** The Bot Framework channel, `msteams` in Teams. */
  readonly channelId: string;
  readonly conversation: {
    readonly id: string;
    /** `channel`, `groupChat` or `personal`. */
    readonly conversationType?: string;
    readonly tenantId?: string;
    readonly isGroup?: boolean;
  };
  readonly bot: { readonly id: string; readonly name?: string };
  /** The team a channel belongs to (`channelData.team.id`), so removing the app from a team finds its channels. */
  readonly teamId?: string;
};

export type DigestSubscription = {
  /** `subscriptionIdFor(reference.conversation.id)`. */
  readonly id: string;
  readonly reference: ConversationRef;
  readonly schedule: DigestSchedule;
  /** The Teams locale of whoever subscribed, for number and date formats on the card. */
  readonly locale?: string;
  /**
   * The language the digest is posted in: the subscriber's when subscribing, then `digest language <code>`.
   * Absent in records written before digests had a language: see `subscriptionLanguage`.
   */
  readonly language?: Language;
  /** Microsoft Entra object id of whoever subscribed (never shown on a card). */
  readonly createdBy: string;
  readonly createdAt: string;
  /** When the schedule was last set: occurrences before it are never due. */
  readonly updatedAt: string;
  /** False once Teams said the conversation is gone (403/404); subscribing again reactivates it. */
  readonly active: boolean;
  readonly deactivatedAt?: string;
  /** The HTTP status that deactivated it. */
  readonly deactivatedStatus?: number;
};

// A reply inside a channel thread carries `;messageid=…`; the digest posts to the channel itself.
const THREAD_SUFFIX = /;messageid=\d+$/;

/** The conversation id without a channel thread's `;messageid=…`. */
export function conversationIdOf(conversationId: string): string {
  return conversationId.replace(THREAD_SUFFIX, '');
}

/** A short, stable id for the conversation's subscription (and its store keys): SHA-256, 32 hex digits. */
export function subscriptionIdFor(conversationId: string): string {
  return createHash('sha256').update(conversationIdOf(conversationId), 'utf8').digest('hex').slice(0, 32);
}

/**
 * The JSON-safe reference of the conversation an incoming activity came from (as installation,
 * conversation-update and message activities carry it), or undefined if it lacks what a proactive
 * send needs (service URL, conversation id, bot id).
 */
export function conversationRefFromActivity(activity: ActivityOrigin): ConversationRef | undefined {
  const { serviceUrl, channelId, conversation, recipient } = activity;
  if (!serviceUrl || !channelId || !conversation?.id || !recipient?.id || !isHttpUrl(serviceUrl)) return undefined;
  const teamId = teamIdOf(activity.channelData);
  return {
    serviceUrl,
    channelId,
    conversation: {
      id: conversationIdOf(conversation.id),
      ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
      ...(conversation.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
    },
    bot: { id: recipient.id, ...(recipient.name ? { name: recipient.name } : {}) },
    ...(teamId ? { teamId } : {}),
  };
}

/** The tenant a subscription's messages count against (Teams limits sends per app per tenant). */
export function tenantOf(ref: ConversationRef): string {
  return ref.conversation.tenantId ?? '';
}

/** Zone names as typed or stored, and what they resolve to (undefined: not a zone). */
const resolvedTimeZones = new Map<string, string | undefined>();
/** Far above the few hundred IANA zones, so the map stays small even with typos. */
const MAX_RESOLVED_TIME_ZONES = 2_000;

/** A time zone as Intl knows it, in its canonical spelling (`europe/berlin` → `Europe/Berlin`), or undefined. */
export function resolveTimeZone(text: string): string | undefined {
  // Area/Location names, `UTC`, `Etc/GMT+1`; not offsets like `+01:00`, which do not follow daylight saving.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(text) || text.length > 64) return undefined;
  // Building a DateTimeFormat costs far more than the lookup: a run reads every subscription's zone.
  if (resolvedTimeZones.has(text)) return resolvedTimeZones.get(text);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  if (resolvedTimeZones.size >= MAX_RESOLVED_TIME_ZONES) resolvedTimeZones.clear();
  resolvedTimeZones.set(text, zone);
  return zone;
}

/** `HH:MM` (24-hour, one- or two-digit hour) normalized to two digits, or undefined. */
export function normalizeTime(text: string): string | undefined {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

const conversationRefSchema = z.object({
  serviceUrl: z.string().url(),
  channelId: z.string().min(1),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id: z.string().min(1), name: z.string().optional() }),
  teamId: z.string().optional(),
});

const subscriptionSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{32}$/),
  reference: conversationRefSchema,
  schedule: z.object({
    day: z.enum(WEEKDAYS),
    time: z.string().refine((time) => normalizeTime(time) === time),
    timeZone: z.string().refine((zone) => resolveTimeZone(zone) !== undefined),
  }),
  locale: z.string().optional(),
  language: z.enum(LANGUAGES).optional(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().datetime(),
  active: z.boolean(),
  deactivatedAt: z.string().optional(),
  deactivatedStatus: z.number().int().optional(),
});

/**
 * The language a subscription's digest is posted in: its own, or for a record written before digests had
 * one, the language of the locale it was subscribed in (English when none is supported). Alerts posted to
 * a conversation take its digest's language the same way.
 */
export function subscriptionLanguage(subscription: Pick<DigestSubscription, 'language' | 'locale'>): Language {
  if (subscription.language) return subscription.language;
  const negotiated = negotiateLanguage(subscription.locale);
  return isLanguage(negotiated) ? negotiated : FALLBACK_LANGUAGE;
}

/** A stored value read back as a subscription, or undefined when it is not one (damaged, or written by another version). */
export function readSubscription(value: unknown): DigestSubscription | undefined {
  const parsed = subscriptionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A stored value read back as a conversation reference, or undefined when it is not one. */
export function readConversationRef(value: unknown): ConversationRef | undefined {
  const parsed = conversationRefSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The team an activity's channelData names (`channelData.team.id`), if any: channels and team events carry it. */
export function teamIdOf(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const team = (channelData as { team?: { id?: unknown } }).team;
  return typeof team?.id === 'string' && team.id !== '' ? team.id : undefined;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
