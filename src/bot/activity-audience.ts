/**
 * Who a Teams activity's answer is for: the client's locale (`activity.locale`, e.g. `ru-RU`; its
 * language picks the catalog, nearest supported, English otherwise) and the user's time zone, which
 * Teams sends in the activity's `clientInfo` entity (`timezone`, e.g. `Europe/Rome`).
 */
import type { Activity } from 'botbuilder';
import type { Audience } from '../i18n/audience.js';
import { resolveTimeZone } from '../digest/subscription.js';

/** The audience of `activity`; a zone Intl does not know is left out (times then say UTC). */
export function audienceOf(activity: Pick<Partial<Activity>, 'locale' | 'entities'> | undefined): Audience {
  const locale = typeof activity?.locale === 'string' ? activity.locale : undefined;
  const timeZone = clientTimeZone(activity?.entities);
  return { ...(locale !== undefined ? { locale } : {}), ...(timeZone !== undefined ? { timeZone } : {}) };
}

function clientTimeZone(entities: unknown): string | undefined {
  if (!Array.isArray(entities)) return undefined;
  for (const entity of entities as unknown[]) {
    if (typeof entity !== 'object' || entity === null) continue;
    const { type, timezone } = entity as { type?: unknown; timezone?: unknown };
    if (type === 'clientInfo' && typeof timezone === 'string') return resolveTimeZone(timezone);
  }
  return undefined;
}
