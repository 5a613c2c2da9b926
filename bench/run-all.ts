/**
 * `npm run bench [-- --quick] [-- name …]`: runs every benchmark in `bench/` (or those named) one after
 * the other, each in its own Node process with --expose-gc, so one's heap and JIT state do not weigh on
 * another's figures. A missed goal is printed by its benchmark and summarised here; the exit code is
 * non-zero only when a benchmark could not run to the end. It builds `dist/` first: the benchmarked bots run
 * the build, as `npm run bot` does in production.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { GoalResult } from './support/bench-run.js';

const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const all = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'run-all.ts');
const benchmarks = named.length > 0 ? all.filter((name) => named.includes(name.replace(/\.ts$/, ''))) : all;
const folder = mkdtempSync(path.join(tmpdir(), 'bench-results-'));
const resultsFile = path.join(folder, 'results.jsonl');

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}): the benchmarks run the built bot`);

const crashed: string[] = [];
for (const name of benchmarks) {
  const started = performance.now();
  // Other processes share the machine: the load average says how much when each benchmark starts.
  console.log(`[${name}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}]`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(name, import.meta.url).pathname, ...options], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS_FILE: resultsFile },
  });
  console.log(`  (${name}: ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  if (result.status !== 0) crashed.push(name);
}

const results: GoalResult[] = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GoalResult)
  : [];
rmSync(folder, { recursive: true, force: true });
const missed = results.filter((result) => !result.met);
console.log(`${benchmarks.length - crashed.length} of ${benchmarks.length} benchmarks ran; ${results.length - missed.length} goals met, ${missed.length} missed`);
for (const result of missed) console.log(`  MISSED ${result.benchmark}: ${result.goal}: ${result.figure}`);
for (const name of crashed) console.log(`  FAILED TO RUN ${name}`);
process.exitCode = crashed.length > 0 ? 1 : 0;
