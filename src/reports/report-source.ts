/**
 * The name of where reports come from, as report metadata carries it (and shared storage keeps it):
 * written here for each kind of source and read back here, so a card can word it in the reader's
 * language. "Microsoft Graph" is a product name and reads the same everywhere.
 */

/** What a source name says. */
export type ReportSourceKind =
  | { readonly kind: 'graph' }
  | { readonly kind: 'graph-at'; readonly host: string }
  | { readonly kind: 'compatible'; readonly host: string }
  | { readonly kind: 'emulator' }
  | { readonly kind: 'other' };

const GRAPH = 'Microsoft Graph';
const EMULATOR = 'Graph reports emulator';
const GRAPH_AT = 'Microsoft Graph at ';
const COMPATIBLE_AT = 'Graph-compatible server at ';

/** The source name for metadata and logs, e.g. `Microsoft Graph at graph.contoso.test`. */
export function reportSourceName(source: Exclude<ReportSourceKind, { kind: 'other' }>): string {
  switch (source.kind) {
    case 'graph':
      return GRAPH;
    case 'emulator':
      return EMULATOR;
    case 'graph-at':
      return `${GRAPH_AT}${source.host}`;
    case 'compatible':
      return `${COMPATIBLE_AT}${source.host}`;
  }
}

/** What `name` (as `reportSourceName` wrote it) says; `other` for a name it did not write. */
export function describeReportSource(name: string): ReportSourceKind {
  if (name === GRAPH) return { kind: 'graph' };
  if (name === EMULATOR) return { kind: 'emulator' };
  if (name.startsWith(GRAPH_AT)) return { kind: 'graph-at', host: name.slice(GRAPH_AT.length) };
  if (name.startsWith(COMPATIBLE_AT)) return { kind: 'compatible', host: name.slice(COMPATIBLE_AT.length) };
  return { kind: 'other' };
}
