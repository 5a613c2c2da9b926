/**
 * `npm run stage [-- --out <folder>]`: the folder `teamsapp deploy` uploads to App Service (default
 * `.deploy/`): the built JavaScript (`npm run build`), the card templates, package.json, the lock file,
 * and the production dependencies installed from that lock file. What runs on Azure is what CI tested,
 * started with plain `node`: no TypeScript runner, no devDependency, no install on the server.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readOption } from './cli-option.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the built bot reads at run time, besides node_modules; and the zip's ignore file, which teamsapp.yml names. */
const RUNTIME_FILES = ['dist', 'cards', 'package.json', 'package-lock.json', '.webappignore'] as const;

/** Builds, then lays out `outDir` afresh with the runtime files and production dependencies. */
export function stageDeployment(outDir: string, log: (line: string) => void = () => {}): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  log('Building dist/ (npm run build)');
  execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const file of RUNTIME_FILES) cpSync(path.join(ROOT, file), path.join(outDir, file), { recursive: true });
  log(`Installing production dependencies into ${outDir} (npm ci --omit=dev --omit=optional)`);
  // --omit=optional: App Service brings its own Node, so the pinned Node binary (an optional dependency
  // for development machines) stays home, and so does restify's optional dtrace-provider.
  execFileSync(npm, ['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: outDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(path.join(outDir, 'dist', 'index.js'))) throw new Error(`The build left no dist/index.js in ${outDir}.`);
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isMainModule()) {
  const outDir = path.resolve(readOption(process.argv.slice(2), 'out') ?? path.join(ROOT, '.deploy'));
  stageDeployment(outDir, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`Staged for deployment: ${path.relative(process.cwd(), outDir) || '.'} (start: node --enable-source-maps --max-semi-space-size=16 --max-old-space-size=384 dist/index.js)\n`);
}
