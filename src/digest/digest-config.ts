/**
 * The digest's settings from the environment, read once and checked the way `config.ts` checks the
 * rest: a bad value stops start-up with a ConfigError naming the variable and what it accepts.
 *
 *   DATA_DIR               where state lives (default `.data`, git-ignored); the store uses `<DATA_DIR>/state`
 *   DIGEST_TIME_ZONE       IANA zone for subscriptions that name none (default UTC)
 *   DIGEST_SEAT_PRICE      monthly price of a Copilot seat with its currency, e.g. `30 USD` (default: no cost shown)
 *   DIGEST_LEASE_MINUTES   how long a claim may stay unfinished before it is taken over (default 10)
 *   DIGEST_GRACE_HOURS     how late a digest may still be posted after downtime (default 6)
 */
import { ConfigError } from '../config.js';
import type { SeatPrice } from './digest-model.js';
import { DEFAULT_GRACE_MS, DEFAULT_LEASE_MS } from './digest-runner.js';
import { resolveTimeZone } from './subscription.js';

export type DigestConfig = {
  readonly dataDir: string;
  readonly defaultTimeZone: string;
  readonly seatPrice?: SeatPrice;
  readonly leaseMs: number;
  readonly graceMs: number;
};

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_DATA_DIR = '.data';
export const DEFAULT_DIGEST_TIME_ZONE = 'UTC';

export function loadDigestConfig(env: Env = process.env): DigestConfig {
  const seatPrice = readSeatPrice(env);
  return Object.freeze({
    dataDir: read(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR,
    defaultTimeZone: readTimeZone(env),
    ...(seatPrice ? { seatPrice: Object.freeze(seatPrice) } : {}),
    leaseMs: readWhole(env, 'DIGEST_LEASE_MINUTES', DEFAULT_LEASE_MS / 60_000, 1, 24 * 60) * 60_000,
    graceMs: readWhole(env, 'DIGEST_GRACE_HOURS', DEFAULT_GRACE_MS / 3_600_000, 0, 7 * 24) * 3_600_000,
  });
}

function readTimeZone(env: Env): string {
  const text = read(env, 'DIGEST_TIME_ZONE');
  if (text === undefined) return DEFAULT_DIGEST_TIME_ZONE;
  const zone = resolveTimeZone(text);
  if (!zone) throw new ConfigError('DIGEST_TIME_ZONE', `DIGEST_TIME_ZONE is "${text}", which is not an IANA time zone; use e.g. Europe/Berlin, America/New_York or UTC.`);
  return zone;
}

/** `30 USD`, `USD 30`, `27.50 EUR`: an amount and an ISO 4217 currency code. */
function readSeatPrice(env: Env): SeatPrice | undefined {
  const text = read(env, 'DIGEST_SEAT_PRICE');
  if (text === undefined) return undefined;
  const match = /^(?:(\d+(?:\.\d{1,2})?)\s*([A-Za-z]{3})|([A-Za-z]{3})\s*(\d+(?:\.\d{1,2})?))$/.exec(text);
  const amount = Number(match?.[1] ?? match?.[4]);
  const currency = (match?.[2] ?? match?.[3])?.toUpperCase();
  if (!match || !currency || !(amount >= 0) || amount > 100_000 || !isCurrency(currency)) {
    throw new ConfigError('DIGEST_SEAT_PRICE', `DIGEST_SEAT_PRICE is "${text}"; write an amount and an ISO 4217 currency code, e.g. 30 USD or 28.10 EUR.`);
  }
  return { amount, currency };
}

function isCurrency(code: string): boolean {
  return Intl.supportedValuesOf('currency').includes(code);
}

function readWhole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = read(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(name, `${name} is "${text}"; use a whole number from ${min} to ${max}.`);
  }
  return value;
}

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
