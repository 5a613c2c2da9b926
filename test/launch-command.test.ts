/**
 * The Node options the bot runs with in production (its V8 heap sizes, measured in docs/benchmarks.md) are
 * the same wherever the bot is started: `npm run bot` and the App Service start command in infra/azure.bicep.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { botNodeOptions, nodeOptionsOf } from './support/launch-options.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('the launch command', () => {
  test('npm run bot and the App Service start command pass Node the same options, heap sizes included', () => {
    const appCommandLine = /appCommandLine:\s*'([^']*)'/.exec(read('infra/azure.bicep'))?.[1] ?? '';
    const npmOptions = botNodeOptions();

    expect(npmOptions).toEqual(expect.arrayContaining(['--enable-source-maps', expect.stringMatching(/^--max-old-space-size=\d+$/)]));
    expect(nodeOptionsOf(appCommandLine)).toEqual(npmOptions);
  });
});
