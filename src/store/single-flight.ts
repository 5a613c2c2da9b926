/**
 * Single-flight across processes: of several instances that need the same result (a report snapshot
 * for one refresh), one produces it under a lease while the others wait for it to appear in the
 * store; if the producer dies, its lease runs out and a waiter takes the work over.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { AppError } from '../app-error.js';
import type { Clock } from '../clock.js';
import type { StateStore } from './state-store.js';
import { acquireLease, type HeldLease, type LeaseOptions } from './store-lease.js';

export type SingleFlightOptions = LeaseOptions & {
  /** How often a waiter looks for the result (and at the lease). */
  readonly pollMs: number;
  /** How long a caller waits in all before giving up. */
  readonly timeoutMs: number;
};

/** How an instance takes part in single flights; what is left out takes the caller's defaults. */
export type SingleFlightSettings = {
  /** Names this instance on its leases (default host, pid and a random suffix). */
  readonly holder?: string;
  /** How long a producer's lease lasts unless renewed (it is renewed while the work runs). */
  readonly leaseMs?: number;
  /** How often a waiting instance looks for the producer's result. */
  readonly pollMs?: number;
  /** How long an instance waits for another's result before giving up. */
  readonly timeoutMs?: number;
};

/** Single-flight options from `settings`, with `defaults` for the timings left out. */
export function resolveSingleFlight(
  store: StateStore,
  clock: Clock,
  settings: SingleFlightSettings,
  defaults: Required<Omit<SingleFlightSettings, 'holder'>>,
): SingleFlightOptions {
  return {
    store,
    clock,
    holder: settings.holder ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    leaseMs: settings.leaseMs ?? defaults.leaseMs,
    pollMs: settings.pollMs ?? defaults.pollMs,
    timeoutMs: settings.timeoutMs ?? defaults.timeoutMs,
  };
}

/** Waited longer than `timeoutMs` for another instance's result. */
export class SingleFlightTimeoutError extends AppError<'SINGLE_FLIGHT_TIMEOUT'> {
  override readonly name = 'SingleFlightTimeoutError';
  constructor(
    readonly key: string,
    readonly holder: string,
  ) {
    super('SINGLE_FLIGHT_TIMEOUT', `Waited too long for "${key}", which another instance (${holder}) is producing; try again shortly.`);
  }
}

/**
 * The result `read` finds, or else the one `produce` makes (and stores, so `read` finds it next time)
 * under the lease on `key`; while another instance holds that lease, waits for its result. The lease
 * is renewed while `produce` runs, so only a producer that dies (or cannot reach the store) loses it.
 */
export async function singleFlight<T>(
  key: string,
  options: SingleFlightOptions,
  read: () => Promise<T | undefined>,
  produce: () => Promise<T>,
): Promise<T> {
  const deadline = options.clock.now() + options.timeoutMs;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    const attempt = await acquireLease(key, options);
    if (attempt.kind === 'acquired') {
      const renewal = keepRenewed(attempt.lease, options.leaseMs);
      try {
        // The result may have been stored between our read and our lease.
        return (await read()) ?? (await produce());
      } finally {
        clearInterval(renewal);
        await attempt.lease.release();
      }
    }
    if (options.clock.now() + options.pollMs > deadline) throw new SingleFlightTimeoutError(key, attempt.holder);
    await options.clock.sleep(options.pollMs);
  }
}

/**
 * Renews `lease` every third of its length on the wall clock (unref: it never keeps the process alive).
 * A failed renewal is not fatal: at worst the lease runs out and a waiter produces the result again.
 */
function keepRenewed(lease: HeldLease, leaseMs: number): NodeJS.Timeout {
  return setInterval(() => void lease.renew().catch(() => false), leaseMs / 3).unref();
}
