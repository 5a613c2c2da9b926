/**
 * Microsoft's reference pages for the workload reports, read where the CI clone has them: the shared
 * folder beside the repository (`../shared/reference/...` from its root). Tests compare the catalog and
 * the emulator against these pages, never against each other.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKLOAD_PAGES = path.resolve(REPOSITORY_ROOT, '../shared/reference/graph-reports/workloads');

/** A report page's documented CSV headers: its bullet list (as written, trailing spaces included) and its example CSV line. */
export type DocumentedHeaders = { readonly listed: readonly string[]; readonly example: string };

/** The headers documented on `reportroot-<name>.md` of the workload pages. */
export function readDocumentedHeaders(name: string): DocumentedHeaders {
  const lines = readFileSync(path.join(WORKLOAD_PAGES, `reportroot-${name}.md`), 'utf8').split('\n');
  const intro = lines.findIndex((line) => line.startsWith('The CSV file has the following headers for columns'));
  if (intro < 0) throw new Error(`reportroot-${name}.md lists no CSV headers`);
  const listed: string[] = [];
  for (const line of lines.slice(intro + 1)) {
    if (line.startsWith('- ')) listed.push(line.slice(2));
    else if (listed.length > 0 && line.trim() !== '') break;
  }
  const body = lines.findIndex((line) => line.trim() === 'Content-Type: application/octet-stream');
  const example = lines.slice(body + 1).find((line) => line.trim() !== '') ?? '';
  return { listed, example };
}
