/**
 * `npm run package [-- --env <name>]`: the Teams app package, appPackage/build/appPackage.<env>.zip
 * (manifest + the two icons), with `${{VAR}}` placeholders filled from env/.env.<env>, its `.user`
 * file and the process environment, and the result checked offline against the manifest schema.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ZipFile } from 'yazl';
import { validateManifest } from './manifest-schema.js';
import { loadTeamsEnv, substitutePlaceholders, TeamsEnvError } from './teams-env.js';
import { readOption } from './cli-option.js';

export type PackageOptions = {
  /** Project root (holds appPackage/ and env/). */
  readonly root: string;
  /** Teams Toolkit environment name, e.g. `local` or `dev`. */
  readonly env: string;
  readonly processEnv: Readonly<Record<string, string | undefined>>;
  /** Where the zip and the rendered manifest go; default `<root>/appPackage/build`. */
  readonly outDir?: string;
};

export type AppPackage = { readonly zipPath: string; readonly manifestPath: string; readonly manifest: Manifest };

type Manifest = { readonly $schema?: string; readonly icons?: { readonly color?: string; readonly outline?: string } };

/** Packaging refused: unset variables, a missing icon or schema errors, all named in the message. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
}

// A fixed timestamp makes the same inputs give a byte-identical zip.
const ZIP_MTIME = new Date('2025-01-01T00:00:00Z');

export async function buildAppPackage(options: PackageOptions): Promise<AppPackage> {
  const appDir = path.join(options.root, 'appPackage');
  const outDir = options.outDir ?? path.join(appDir, 'build');
  let manifestText: string;
  try {
    const vars = loadTeamsEnv(options.root, options.env, options.processEnv);
    manifestText = substitutePlaceholders(readFileSync(path.join(appDir, 'manifest.json'), 'utf8'), vars, encodeJsonString);
  } catch (error) {
    if (!(error instanceof TeamsEnvError)) throw error;
    const where = error.unset.length > 0 ? ` Set ${error.unset.length === 1 ? 'it' : 'them'} in env/.env.${options.env} (teamsapp provision writes the ids there), env/.env.${options.env}.user or the environment.` : '';
    throw new PackageError(`Cannot package the Teams app for environment "${options.env}": ${error.message}${where}`);
  }
  const manifest = JSON.parse(manifestText) as Manifest;
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackageError(`appPackage/manifest.json for environment "${options.env}" does not match its schema:\n  ${errors.join('\n  ')}`);
  }
  const icons = [manifest.icons?.color, manifest.icons?.outline].filter((icon): icon is string => icon !== undefined);
  for (const icon of icons) {
    if (!existsSync(path.join(appDir, icon))) throw new PackageError(`The manifest names the icon ${icon}, which is not in appPackage/.`);
  }

  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${options.env}.zip`);
  const manifestPath = path.join(outDir, `manifest.${options.env}.json`);
  writeFileSync(manifestPath, manifestText);
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(manifestText), 'manifest.json', { mtime: ZIP_MTIME });
  for (const icon of icons) zip.addFile(path.join(appDir, icon), icon, { mtime: ZIP_MTIME });
  zip.end();
  const output = zip.outputStream.pipe(createWriteStream(zipPath));
  await once(output, 'close');
  return { zipPath, manifestPath, manifest };
}

function encodeJsonString(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: npm run package [-- --env <name>] [--out <folder>]   (default env: local; writes appPackage/build/appPackage.<env>.zip)\n');
    return 0;
  }
  const env = readOption(args, 'env', 'local');
  if (!env) {
    process.stderr.write('--env takes an environment name, e.g. --env dev.\n');
    return 2;
  }
  const outDir = readOption(args, 'out');
  if (args.some((arg) => arg === '--out' || arg.startsWith('--out=')) && !outDir) {
    process.stderr.write('--out takes a folder, e.g. --out /tmp/package.\n');
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const built = await buildAppPackage({ root, env, processEnv: process.env, ...(outDir ? { outDir: path.resolve(outDir) } : {}) });
    process.stdout.write(`Teams app package: ${path.relative(process.cwd(), built.zipPath)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isMainModule()) process.exitCode = await main(process.argv.slice(2));
