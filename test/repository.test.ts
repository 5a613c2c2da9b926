/**
 * The repository as a developer meets it: no half-merged text in any tracked file, end-to-end checks
 * that do not lean on the code they check, and `npm run bot` without a build saying what to do in one
 * line instead of a module-not-found stack.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scratchFolder } from './support/scratch-folder.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The lines git writes around a conflict (`=======` alone is also a Markdown heading underline, so it is not counted). */
const CONFLICT_MARKER = /^(?:<{7}|>{7}|\|{7})(?: |$)/m;

describe('tracked text files', () => {
  test('hold no merge-conflict markers', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter((file) => file !== '');
    expect(files).toContain('README.md');
    const conflicted: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(path.join(ROOT, file));
      // Binary files (the app icons) have NUL bytes; they cannot hold a text conflict.
      if (bytes.includes(0)) continue;
      const text = bytes.toString('utf8');
      const match = CONFLICT_MARKER.exec(text);
      if (match) conflicted.push(`${file}:${text.slice(0, match.index).split('\n').length}`);
    }
    expect(conflicted).toEqual([]);
  });

  test('the check finds the markers git writes', () => {
    expect(CONFLICT_MARKER.test(['text', '<'.repeat(7) + ' HEAD', 'ours', '='.repeat(7), 'theirs', '>'.repeat(7) + ' branch'].join('\n'))).toBe(true);
    expect(CONFLICT_MARKER.test(['Title', '='.repeat(7), 'a << b, c >>> d'].join('\n'))).toBe(false);
  });
});

describe('the end-to-end tests', () => {
  test("reckon what the cards must show without the bot's report code: nothing under test/e2e imports src/reports", () => {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', 'test/e2e'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file.endsWith('.ts'));
    expect(files).toContain('test/e2e/support/expected-reports.ts');
    const importing = files.filter((file) => /from ['"](?:\.\.\/)+src\/reports\//.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(importing).toEqual([]);
  });
});

describe('npm run bot', () => {
  test('without a build, says in one line to run npm run build, and exits 1', () => {
    const folder = scratchFolder();
    copyFileSync(path.join(ROOT, 'package.json'), path.join(folder, 'package.json'));
    const result = spawnSync('npm', ['run', '--silent', 'bot'], { cwd: folder, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', HOME: folder } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('dist/index.js is missing: run npm run build first.\n');
    expect(result.stdout).toBe('');
  });
});
