import { readFileSync } from 'node:fs';

/** The Agents Playground activities captured in the spike (docs/playground-spike/activities). */
export type PlaygroundSample =
  | 'conversationUpdate-channel-teamMemberAdded'
  | 'conversationUpdate-personal'
  | 'installationUpdate-channel'
  | 'installationUpdate-personal'
  | 'message-channel-mention-custom-config'
  | 'message-channel-mention'
  | 'message-channel-thread-reply-custom-config'
  | 'message-personal-action-submit'
  | 'message-personal';

type Json = Record<string, unknown>;

let copies = 0;

/**
 * A fresh copy of a captured activity, with `overrides` merged in one level deep (objects merge, the rest
 * replaces). Each copy has an id of its own, as each message in Teams has: the bot ignores a repeated id as a retry.
 */
export function playgroundActivity(sample: PlaygroundSample, overrides: Json = {}): Json {
  const url = new URL(`../../docs/playground-spike/activities/sample-${sample}.json`, import.meta.url);
  const activity = JSON.parse(readFileSync(url, 'utf8')) as Json;
  copies += 1;
  if (typeof activity.id === 'string') activity.id = `${activity.id}-${copies}`;
  for (const [key, value] of Object.entries(overrides)) {
    const current = activity[key];
    activity[key] =
      isObject(current) && isObject(value) ? { ...current, ...value } : value;
  }
  return activity;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
