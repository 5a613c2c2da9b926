/** Runs every benchmark in its own process (with --expose-gc, so heap figures are after GC) and fails if any goal is missed. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const benchmarks = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'run-all.ts');
let failed = 0;
for (const name of benchmarks) {
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(name, import.meta.url).pathname], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
console.log(`${benchmarks.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
