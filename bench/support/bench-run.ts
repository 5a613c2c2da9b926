/**
 * What every benchmark shares about its run: `--quick` (small sizes, for trying a change), `--bot-node-flags`,
 * and the goals it checks. A missed goal is printed as MISSED with the figure and the goal, never thrown: the
 * benchmark still exits 0, and `run-all` collects the verdicts (through BENCH_RESULTS_FILE) into one summary.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import type { PeakMemory } from './bot-child.js';

/** True when the benchmark was started with `--quick` (directly or through `npm run bench -- --quick`). */
export const quick = process.argv.includes('--quick');

const BOT_NODE_FLAGS = '--bot-node-flags=';

/**
 * The Node options of the production launch command, read from `npm run bot` in package.json (`node
 * <options> dist/index.js`), so the benchmarked bots (and the echo bots beside them) run with exactly them.
 */
export const launchNodeFlags: readonly string[] = (() => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const launch = /(?:^|&&\s*)node((?:\s+--[^\s]+)*)\s+dist\/index\.js\s*$/.exec(scripts.bot ?? '');
  if (!launch) throw new Error('package.json\'s "bot" script does not end in `node <options> dist/index.js`: the benchmarks run the bot with its options.');
  return launch[1]!.split(/\s+/).filter(Boolean);
})();

/**
 * Node options for the benchmarked bots beside what `npm run bot` passes (`--bot-node-flags="--a --b"`):
 * to measure a change to the production launch command before making it. None by default.
 */
export const botNodeFlags: readonly string[] = (process.argv.find((arg) => arg.startsWith(BOT_NODE_FLAGS))?.slice(BOT_NODE_FLAGS.length) ?? '')
  .split(' ')
  .filter(Boolean);

/** One goal's verdict, as `run-all` reads it back. */
export type GoalResult = { readonly benchmark: string; readonly goal: string; readonly met: boolean; readonly figure: string };

/** Checks goals for one benchmark and prints each verdict on its own line. */
export function createGoalReport(benchmark: string) {
  return {
    /** Records and prints whether `figure` meets `goal`; returns `met` so the caller can profile a miss. */
    check(goal: string, met: boolean, figure: string): boolean {
      const result: GoalResult = { benchmark, goal, met, figure };
      console.log(`  ${met ? 'met   ' : 'MISSED'} ${goal}: ${figure}`);
      const file = process.env.BENCH_RESULTS_FILE;
      if (file) appendFileSync(file, `${JSON.stringify(result)}\n`);
      return met;
    },
  };
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
/** `312.0 MiB (heap peak 120.3 MiB, buffers outside the heap peak 20.1 MiB)`. */
export const peakMemory = (memory: PeakMemory) =>
  `${mib(memory.maxRss)} (heap peak ${mib(memory.peakHeapUsed)}, buffers outside the heap peak ${mib(memory.peakExternal)})`;

/**
 * Where the resident memory was at the highest RSS sampled: the V8 heap as reserved (by space, largest
 * first) and used, buffers outside it, and the rest (code, Node's and V8's own native memory, stacks).
 */
export function memoryParts(memory: PeakMemory): string {
  const at = memory.atPeak;
  if (!at) return 'no sample';
  const spaces = Object.entries(at.spaces)
    .filter(([, size]) => size >= 1024 * 1024)
    .sort((a, b) => b[1] - a[1])
    .map(([name, size]) => `${name} ${mib(size)}`)
    .join(', ');
  return (
    `at ${mib(at.rss)}: V8 heap ${mib(at.heapTotal)} reserved, ${mib(at.heapUsed)} used (${spaces}); ` +
    `buffers ${mib(at.external)}; the rest ${mib(Math.max(0, at.rss - at.heapTotal - at.external))}`
  );
}
export const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(1)} s`;
export const count = (value: number) => value.toLocaleString('en');
/** `a` as a multiple of `b`, e.g. `1.34×`. */
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
export const percent = (a: number, b: number) => `${Math.round((100 * a) / b)} %`;
