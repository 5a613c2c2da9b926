/**
 * A pass over a big tenant written once as a generator that yields every so many users, run either at
 * once or with a turn of the event loop at each yield, so an emulator inside the bot's process stays
 * responsive while it walks a million users.
 */

/** Runs the pass to its end without pausing. */
export function runPass<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the pass, letting other work run at every yield. */
export async function runPassAsync<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Remembers the last few results per refresh day, so repeated requests for the same day cost one pass;
 * concurrent preparations share it.
 */
export type DayResultCache<T> = {
  /** The result, computed synchronously if it is not cached yet. */
  get(refreshDay: number): T;
  /** Computes the result without blocking the event loop. */
  prepare(refreshDay: number): Promise<void>;
};

export function createDayResultCache<T>(pass: (refreshDay: number) => Generator<void, T>, capacity = 4): DayResultCache<T> {
  const entries = new Map<number, T>();
  const pending = new Map<number, Promise<void>>();
  const remember = (refreshDay: number, result: T) => {
    entries.set(refreshDay, result);
    while (entries.size > capacity) entries.delete(entries.keys().next().value as number);
    return result;
  };
  return {
    get(refreshDay) {
      return entries.get(refreshDay) ?? remember(refreshDay, runPass(pass(refreshDay)));
    },
    prepare(refreshDay) {
      if (entries.has(refreshDay)) return Promise.resolve();
      let running = pending.get(refreshDay);
      if (!running) {
        running = runPassAsync(pass(refreshDay))
          .then((result) => void remember(refreshDay, result))
          .finally(() => pending.delete(refreshDay));
        pending.set(refreshDay, running);
      }
      return running;
    },
  };
}
