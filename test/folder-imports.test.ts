import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = path.join(import.meta.dirname, '..', 'src');

/** The src/ folders (or root files) a source file imports from, types included. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const folders = new Set<string>();
  for (const match of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), match[1]!));
    folders.add(target.includes(path.sep) ? target.split(path.sep)[0]! : target);
  }
  return [...folders];
}

function filesOf(folder: string): string[] {
  return readdirSync(path.join(SRC, folder)).filter((name) => name.endsWith('.ts')).map((name) => path.join(SRC, folder, name));
}

describe('the chat answer folders depend one way: commands → digest → views → the view-model contract', () => {
  test.each([
    ['views', ['commands', 'digest']],
    ['digest', ['commands']],
  ])('%s/ imports nothing from %j', (folder, forbidden) => {
    for (const file of filesOf(folder)) {
      expect(importedFolders(file).filter((imported) => forbidden.includes(imported)), path.relative(SRC, file)).toEqual([]);
    }
  });

  test('the view-model contract (view-models.ts and its parts in view-models/) imports nothing from commands/, digest/ or views/', () => {
    for (const file of [path.join(SRC, 'view-models.ts'), path.join(SRC, 'workload-view-models.ts'), ...filesOf('view-models')]) {
      expect(importedFolders(file).filter((folder) => ['commands', 'digest', 'views'].includes(folder)), path.relative(SRC, file)).toEqual([]);
    }
  });
});

describe('no import cycles between the src/ folders', () => {
  const folders = readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const edges = new Map(folders.map((folder) => [folder, new Set(filesOf(folder).flatMap(importedFolders).filter((to) => to !== folder && folders.includes(to)))]));

  /** Every folder reachable from `start` through imports. */
  function reachable(start: string): Set<string> {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      for (const next of edges.get(stack.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen;
  }

  test.each(folders)('nothing %s/ imports leads back to it', (folder) => {
    const back = [...(edges.get(folder) ?? [])].filter((to) => reachable(to).has(folder));
    expect(back, `${folder}/ imports folders that import it back`).toEqual([]);
  });
});

describe('a thin Bot Framework edge: only bot/ and server.ts know the Bot Framework SDK', () => {
  // Static, dynamic and side-effect imports, `export … from` and `require`, of botbuilder(-*) and botframework-* (and their subpaths).
  const SDK_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]((?:botbuilder|botframework)(?:-[\w.-]+)?)(?:\/[^'"]*)?['"]/g;
  const importers = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file: file.split(path.sep).join('/'), packages: [...readFileSync(path.join(SRC, file), 'utf8').matchAll(SDK_IMPORT)].map((match) => match[1]!) }))
    .filter(({ packages }) => packages.length > 0);
  const atEdge = (file: string) => file.startsWith('bot/') || file === 'server.ts';

  test('no file outside src/bot/ and src/server.ts imports botbuilder or botframework-* packages, types included', () => {
    expect(importers.filter(({ file }) => !atEdge(file))).toEqual([]);
  });

  test('the check sees the edge itself import the SDK', () => {
    expect(importers.filter(({ file }) => atEdge(file)).map(({ packages }) => packages).flat()).toEqual(expect.arrayContaining(['botbuilder', 'botframework-connector']));
  });
});
