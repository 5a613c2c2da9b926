/**
 * Reads an expanded Adaptive Card as plain text for the terminal: TextBlocks as lines, FactSets as
 * aligned columns, ColumnSets side by side, charts left out (the card states their numbers as text), and
 * buttons as the commands they send. Spacing on the card becomes blank lines. The card's words are
 * already in the reader's language; the few this adds come from the same messages.
 */
import type { Messages } from '../i18n/messages.js';

type Element = Readonly<Record<string, unknown>>;

/** Fact titles longer than this are not padded to, so one long name does not push every value right. */
const MAX_TITLE_WIDTH = 48;
const COLUMN_GAP = '    ';
const TIGHT_SPACING = new Set(['none', 'small']);

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function elements(value: unknown): Element[] {
  return Array.isArray(value) ? value.filter(isElement) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function width(line: string): number {
  return Array.from(line).length;
}

function padEnd(line: string, to: number): string {
  return line + ' '.repeat(Math.max(0, to - width(line)));
}

/** `title  value` lines, titles padded to a shared width. */
function alignPairs(pairs: readonly (readonly [string, string])[], indent = ''): string[] {
  const titleWidth = Math.min(MAX_TITLE_WIDTH, Math.max(0, ...pairs.map(([title]) => width(title))));
  return pairs.map(([title, value]) => `${indent}${padEnd(title, titleWidth)}  ${value}`.trimEnd());
}

/** A button as the command it sends: `→ Users  copilot users D30`, or `→ help` when the title is the command. */
function actionPair(action: Element, messages: Messages): [string, string] {
  const data = isElement(action['data']) ? action['data'] : {};
  const command = text(data['command']);
  const title = text(action['title']);
  const where = data['delivery'] === 'private' ? ` ${messages.t('text.inPersonalChat')}` : '';
  return title === command ? [`→ ${command}${where}`, ''] : [`→ ${title}`, `${command}${where}`];
}

function actionLines(actions: readonly Element[], messages: Messages): string[] {
  return alignPairs(actions.map((action) => actionPair(action, messages)));
}

function sideBySide(columns: readonly string[][]): string[] {
  const filled = columns.filter((lines) => lines.length > 0);
  if (filled.length <= 1) return filled[0] ?? [];
  const widths = filled.map((lines) => Math.max(...lines.map(width)));
  const height = Math.max(...filled.map((lines) => lines.length));
  const rows: string[] = [];
  for (let row = 0; row < height; row++) {
    const cells = filled.map((lines, column) => padEnd(lines[row] ?? '', widths[column] ?? 0));
    rows.push(cells.join(COLUMN_GAP).trimEnd());
  }
  return rows;
}

function elementLines(element: Element, messages: Messages): string[] {
  switch (element['type']) {
    case 'TextBlock': {
      const line = text(element['text']);
      return line ? [line] : [];
    }
    case 'FactSet':
      return alignPairs(elements(element['facts']).map((fact) => [text(fact['title']), text(fact['value'])] as const));
    case 'Container':
      return stackLines(elements(element['items']), messages);
    case 'ColumnSet': {
      // Columns that hold only buttons go under the others: side by side they would not line up.
      const columns = elements(element['columns']).map((column) => elements(column['items']));
      const onlyActions = (items: readonly Element[]) => items.length > 0 && items.every((item) => item['type'] === 'ActionSet');
      const content = sideBySide(columns.filter((items) => !onlyActions(items)).map((items) => stackLines(items, messages)));
      return [...content, ...columns.filter(onlyActions).flatMap((items) => stackLines(items, messages))];
    }
    case 'ActionSet':
      return actionLines(elements(element['actions']), messages);
    default:
      // Chart.* (dropped where not rendered) and anything newer: what clients without it would show.
      return isElement(element['fallback']) ? elementLines(element['fallback'], messages) : [];
  }
}

/**
 * A list row as the cards draw it (a bold name, then its details right under it, so both wrap on a
 * narrow client) as a title and value for the terminal, where there is room for both on a line.
 */
function listRow(element: Element): [string, string] | undefined {
  if (element['type'] !== 'Container') return undefined;
  const [name, details, ...rest] = elements(element['items']);
  const isText = (item: Element | undefined): item is Element => item?.['type'] === 'TextBlock';
  if (rest.length > 0 || !isText(name) || !isText(details) || name['weight'] !== 'Bolder' || details['spacing'] !== 'None') return undefined;
  return [text(name['text']), text(details['text'])];
}

/** Elements one under another, with a blank line where the card leaves more than a small gap; list rows aligned as pairs. */
function stackLines(items: readonly Element[], messages: Messages): string[] {
  const lines: string[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index]!;
    const rows: [string, string][] = [];
    for (let row = listRow(item); row; row = index < items.length ? listRow(items[index]!) : undefined) {
      rows.push(row);
      index += 1;
    }
    if (rows.length === 0) index += 1;
    const itemLines = rows.length > 0 ? alignPairs(rows) : elementLines(item, messages);
    if (itemLines.length === 0) continue;
    const spacing = text(item['spacing']).toLowerCase();
    const tight = TIGHT_SPACING.has(spacing) && item['separator'] !== true;
    if (lines.length > 0 && !tight) lines.push('');
    lines.push(...itemLines);
  }
  return lines;
}

/** The card as terminal text, buttons last as the commands they would send (with `messages`' words for what the card does not say). */
export function cardToText(card: Element, messages: Messages): string {
  const lines = stackLines(elements(card['body']), messages);
  const actions = elements(card['actions']);
  if (actions.length > 0) lines.push('', ...actionLines(actions, messages));
  return lines.join('\n');
}
