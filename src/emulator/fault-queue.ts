/**
 * Faults tests inject into the emulator: each applies to the next `times` matching requests (API calls
 * or downloads, optionally only for functions whose name contains `match`, or only one customer
 * tenant's), in the order injected.
 */

/** A failure to inject into the next matching request(s). */
export type EmulatorFault = {
  /** The Graph function call, or the pre-authenticated download. */
  target: 'api' | 'download';
  /** Substring of the function name, or of a directory read's (subscribedSkus, users, users/delta, reportSettings), case-insensitive; absent = any. */
  match?: string;
  /** Answer with this status (default 500) and a Graph-shaped error body. */
  status?: number;
  /** Retry-After header value, e.g. '2' or an HTTP date. */
  retryAfter?: string;
  /** Raw body to send instead of the default error body. */
  body?: string;
  /** reset: destroy the socket; truncate: promise the whole body, send half, then cut the connection. */
  kind?: 'status' | 'reset' | 'truncate';
  /** Only requests of this customer tenant (its name); absent = any tenant's. */
  tenant?: string;
  /** How many matching requests it affects, default 1. */
  times?: number;
};

/** Holds pending faults. */
export type FaultQueue = {
  add(fault: EmulatorFault): void;
  clear(): void;
  /** The first pending fault matching this request, used up by one; undefined when none matches. */
  take(target: EmulatorFault['target'], functionName: string | undefined, tenant?: string): EmulatorFault | undefined;
};

/** Creates an empty fault queue. */
export function createFaultQueue(): FaultQueue {
  const pending: { fault: EmulatorFault; left: number }[] = [];
  return {
    add(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1) {
        throw new RangeError(`EmulatorFault.times must be a positive integer, got ${times}`);
      }
      pending.push({ fault, left: times });
    },
    clear() {
      pending.length = 0;
    },
    take(target, functionName, tenant) {
      const name = (functionName ?? '').toLowerCase();
      const index = pending.findIndex(
        ({ fault }) =>
          fault.target === target && (fault.match === undefined || name.includes(fault.match.toLowerCase())) && (fault.tenant === undefined || fault.tenant === tenant),
      );
      if (index < 0) return undefined;
      const entry = pending[index]!;
      entry.left--;
      if (entry.left === 0) pending.splice(index, 1);
      return entry.fault;
    },
  };
}
