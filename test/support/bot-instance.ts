/**
 * One bot process for the multi-instance tests: `runBot` from src/index.ts (configuration from the
 * environment, the whole composition, the real HTTP server) with a clock and a digest timer that the
 * parent test drives over the IPC channel, so the test moves time instead of waiting for it.
 *
 * Messages in: `{ type: 'time', at }` sets this process's clock to `at` (epoch ms), and it runs on from
 * there in real time; `{ type: 'tick' }` runs the digest scheduler's pending run now. Out: `{ type:
 * 'scheduled' }` whenever the scheduler has finished a run and waits for the next.
 */
import type { Clock } from '../../src/clock.js';
import { runBot } from '../../src/index.js';

export type InstanceMessage = { readonly type: 'time'; readonly at: number } | { readonly type: 'tick' };
export type InstanceReport = { readonly type: 'scheduled' };

let offset = Number(process.env.TEST_CLOCK_START) - Date.now();
if (!Number.isFinite(offset)) throw new Error('TEST_CLOCK_START must be the epoch ms this process starts at.');
let pending: (() => void) | undefined;

const clock: Clock = {
  now: () => Date.now() + offset,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

process.on('message', (message: InstanceMessage) => {
  if (message.type === 'time') offset = message.at - Date.now();
  if (message.type === 'tick') {
    const run = pending;
    pending = undefined;
    run?.();
  }
});
// The IPC channel alone must not keep a stopped bot alive.
process.channel?.unref();

await runBot({
  clock,
  digestTimer: (_delayMs, callback) => {
    pending = callback;
    process.send?.({ type: 'scheduled' } satisfies InstanceReport);
    return () => {
      if (pending === callback) pending = undefined;
    };
  },
});
