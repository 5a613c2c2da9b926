/**
 * Single-flight across processes: of several instances that need the same result (a report snapshot
 * for one refresh), one produces it under a lease while the others wait for it to appear in the
 * store; if the producer dies, its lease runs out and a waiter takes the work over.
 */
import { acquireLease, type LeaseOptions } from './store-lease.js';

export type SingleFlightOptions = LeaseOptions & {
  /** How often a waiter looks for the result (and at the lease). */
  readonly pollMs: number;
  /** How long a caller waits in all before giving up. */
  readonly timeoutMs: number;
};

/** Waited longer than `timeoutMs` for another instance's result. */
export class SingleFlightTimeoutError extends Error {
  override readonly name = 'SingleFlightTimeoutError';
  readonly code = 'SINGLE_FLIGHT_TIMEOUT';
  constructor(
    readonly key: string,
    readonly holder: string,
  ) {
    super(`Waited too long for "${key}", which another instance (${holder}) is producing; try again shortly.`);
  }
}

/**
 * The result `read` finds, or else the one `produce` makes (and stores, so `read` finds it next time)
 * under the lease on `key`; while another instance holds that lease, waits for its result. `leaseMs`
 * must cover `produce`'s longest run: past it, a waiter takes the work over.
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
      try {
        // The result may have been stored between our read and our lease.
        return (await read()) ?? (await produce());
      } finally {
        await attempt.lease.release();
      }
    }
    if (options.clock.now() + options.pollMs > deadline) throw new SingleFlightTimeoutError(key, attempt.holder);
    await options.clock.sleep(options.pollMs);
  }
}
