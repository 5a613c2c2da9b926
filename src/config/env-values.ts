/**
 * Reading one environment variable as a string, choice, whole number, boolean or URL, and the id shapes
 * several settings share: each reader refuses a bad value with a ConfigError naming the variable.
 */
import { ConfigError } from './config-error.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** A GUID, loosely: the Playground's built-in ids carry 13 hex digits in the last group, not 12. */
export const ENTRA_ID_LOOSE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;
/** App registrations and tenants in Microsoft Entra ID are real GUIDs. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The GUID messages show as an example of the shape they ask for. */
export const EXAMPLE_ID = '0a0a0a0a-0000-4000-8000-000000000001';

/** The variable's value, trimmed; undefined when it is unset or blank. */
export function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** One of `allowed` (given in lower case, read in any case), or `fallback` when unset. */
export function readChoice<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const match = allowed.find((choice) => choice === value.toLowerCase());
  if (!match) throw new ConfigError(name, `${name} is "${value}"; allowed: ${allowed.join(', ')}.`);
  return match;
}

/** A whole number from `min` to `max` (underscores allowed as separators), or `fallback` when unset. */
export function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const number = Number(value.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new ConfigError(name, `${name} is "${value}"; use a whole number from ${min} to ${max.toLocaleString('en')}.`);
  }
  return number;
}

/** true/1/yes or false/0/no, or `fallback` when unset. */
export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = read(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ConfigError(name, `${name} is "${value}"; use true or false.`);
}

/** `text` as a URL, or a ConfigError of variable `name` saying `notAUrl`; the caller checks its scheme and parts. */
export function readUrlValue(name: string, text: string, notAUrl: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new ConfigError(name, notAUrl);
  }
}

/** The URL's origin and path without trailing slashes: the form base URLs are kept in. */
export function baseUrlOf(url: URL): string {
  return url.origin + url.pathname.replace(/\/+$/, '');
}
