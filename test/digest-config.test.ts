import { describe, expect, test } from 'vitest';
import { ConfigError } from '../src/config.js';
import { loadDigestConfig } from '../src/digest/digest-config.js';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadDigestConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('digest configuration', () => {
  test('defaults: .data, UTC, no seat price, ten-minute lease, six-hour grace', () => {
    expect(loadDigestConfig({})).toEqual({ dataDir: '.data', defaultTimeZone: 'UTC', leaseMs: 600_000, graceMs: 21_600_000 });
  });

  test('every variable is read and normalized', () => {
    expect(
      loadDigestConfig({
        DATA_DIR: '/var/lib/usage-bot',
        DIGEST_TIME_ZONE: 'europe/berlin',
        DIGEST_SEAT_PRICE: '30 usd',
        DIGEST_LEASE_MINUTES: '15',
        DIGEST_GRACE_HOURS: '0',
      }),
    ).toEqual({ dataDir: '/var/lib/usage-bot', defaultTimeZone: 'Europe/Berlin', seatPrice: { amount: 30, currency: 'USD' }, leaseMs: 900_000, graceMs: 0 });
    expect(loadDigestConfig({ DIGEST_SEAT_PRICE: 'EUR 28.10' }).seatPrice).toEqual({ amount: 28.1, currency: 'EUR' });
  });

  test('bad values name the variable and what it accepts', () => {
    expect(refusal({ DIGEST_TIME_ZONE: 'Berlin' })).toMatchObject({
      variable: 'DIGEST_TIME_ZONE',
      message: 'DIGEST_TIME_ZONE is "Berlin", which is not an IANA time zone; use e.g. Europe/Berlin, America/New_York or UTC.',
    });
    for (const price of ['30', 'USD', '30 dollars', '30 XYZ', '-5 USD', '1.999 USD']) {
      expect(refusal({ DIGEST_SEAT_PRICE: price }), price).toMatchObject({
        variable: 'DIGEST_SEAT_PRICE',
        message: `DIGEST_SEAT_PRICE is "${price}"; write an amount and an ISO 4217 currency code, e.g. 30 USD or 28.10 EUR.`,
      });
    }
    expect(refusal({ DIGEST_LEASE_MINUTES: '0' })).toMatchObject({ variable: 'DIGEST_LEASE_MINUTES', message: 'DIGEST_LEASE_MINUTES is "0"; use a whole number from 1 to 1440.' });
    expect(refusal({ DIGEST_GRACE_HOURS: '2.5' }).variable).toBe('DIGEST_GRACE_HOURS');
  });
});
