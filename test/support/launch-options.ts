import { readFileSync } from 'node:fs';

/** The options between `node` and `dist/index.js` in a command line. */
export function nodeOptionsOf(command: string): string[] | undefined {
  return /\bnode((?:\s+--\S+)*)\s+dist\/index\.js/.exec(command)?.[1]?.trim().split(/\s+/);
}

/** The Node options `npm run bot` starts the bot with (package.json), as App Service's start command does too. */
export function botNodeOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const options = nodeOptionsOf(scripts.bot ?? '');
  if (!options) throw new Error('package.json has no bot script starting node with dist/index.js.');
  return options;
}
