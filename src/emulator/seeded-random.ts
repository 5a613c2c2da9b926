/**
 * Small, fast, seedable randomness for the synthetic tenant. Everything is keyed by integers
 * (seed, user index, day, lane) so any user, group or day can be computed alone, in any order.
 */

/** Scrambles 32 bits (the murmur3/lowbias32 finaliser); the building block of every hash here. */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hashes up to four integers to an unsigned 32-bit value; the same keys always give the same value. */
export function hashKeys(a: number, b = 0, c = 0, d = 0): number {
  let h = mix32((a | 0) ^ 0x9e3779b9);
  h = mix32(h ^ Math.imul((b | 0) ^ 0x85ebca6b, 0x27d4eb2f));
  h = mix32(h ^ Math.imul((c | 0) ^ 0xc2b2ae35, 0x165667b1));
  h = mix32(h ^ Math.imul((d | 0) ^ 0x61c88647, 0x2545f491));
  return h;
}

/** A uniform number in [0, 1) from the same keys as `hashKeys`. */
export function hashUnit(a: number, b = 0, c = 0, d = 0): number {
  return hashKeys(a, b, c, d) / 4_294_967_296;
}

/** A version-4-shaped UUID from two keys (e.g. a salted seed and an entity index): stable and, in practice, unique. */
export function uuidFromKeys(key: number, index: number): string {
  const hex = [0, 1, 2, 3].map((part) => hashKeys(key, index, part).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A sequence of draws, for describing one entity (a user, a group) with several attributes in a fixed order. */
export type RandomSequence = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  below(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
};

// mulberry32: tiny state, good enough statistics for synthetic data, and cheap to create per entity.
class Mulberry32 implements RandomSequence {
  private state: number;

  constructor(state: number) {
    this.state = state;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}

/** Starts a sequence keyed by (seed, stream, index); the stream separates attribute families. */
export function createRandomSequence(seed: number, stream: number, index: number): RandomSequence {
  return new Mulberry32(hashKeys(seed, stream, index));
}
