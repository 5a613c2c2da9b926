/**
 * Teams Toolkit environments: `env/.env.<name>` (committed), `env/.env.<name>.user` (secrets,
 * git-ignored) and the process environment, resolved the way the toolkit does for `${{VAR}}`
 * placeholders in the manifest and the Azure parameters.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type EnvVars = Readonly<Record<string, string>>;

/** A toolkit environment that cannot be used; the message says which file or variable and what to do. */
export class TeamsEnvError extends Error {
  override readonly name = 'TeamsEnvError';
  constructor(
    message: string,
    readonly unset: readonly string[] = [],
  ) {
    super(message);
  }
}

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Variables of environment `name`: the process environment wins over `.env.<name>.user`, which wins
 * over `.env.<name>`. Empty values count as unset, as they are before `teamsapp provision` fills them.
 */
export function loadTeamsEnv(root: string, name: string, processEnv: Readonly<Record<string, string | undefined>>): EnvVars {
  if (!ENV_NAME.test(name)) throw new TeamsEnvError(`"${name}" is not an environment name: use letters, digits, - and _, e.g. local or dev.`);
  const file = path.join(root, 'env', `.env.${name}`);
  if (!existsSync(file)) throw new TeamsEnvError(`There is no environment "${name}": ${path.relative(root, file)} does not exist.`);
  const userFile = `${file}.user`;
  const merged: Record<string, string> = {
    ...parseEnvFile(readFileSync(file, 'utf8')),
    ...(existsSync(userFile) ? parseEnvFile(readFileSync(userFile, 'utf8')) : {}),
  };
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined && value !== '') merged[key] = value;
  }
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
}

/** Parses dotenv text: `KEY=value` lines, `#` comments, optional quotes, an optional `export ` prefix. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', rawValue = ''] = match;
    const quoted = /^(["'])(.*)\1$/.exec(rawValue);
    // An unquoted value ends at " #", so a trailing comment is not part of it.
    vars[key] = quoted ? (quoted[2] ?? '') : rawValue.replace(/\s+#.*$/, '').trim();
  }
  return vars;
}

/** The placeholder names `${{VAR}}` in `text`, each once, in order of appearance. */
export function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every `${{VAR}}` in `text`; `encode` escapes a value for where it lands (JSON strings).
 * Throws a TeamsEnvError naming every variable that is not set.
 */
export function substitutePlaceholders(text: string, vars: EnvVars, encode: (value: string) => string = (value) => value): string {
  const unset = listPlaceholders(text).filter((name) => vars[name] === undefined);
  if (unset.length > 0) {
    throw new TeamsEnvError(`${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not set.`, unset);
  }
  return text.replace(PLACEHOLDER, (_, name: string) => encode(vars[name] ?? ''));
}
