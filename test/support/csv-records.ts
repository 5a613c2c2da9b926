/**
 * A small RFC 4180 reader of the tests' own (quotes doubled, records ended by CRLF or LF), so a CSV the
 * bot writes or the emulator serves is checked without the bot's own parser.
 */

/** The records of `text`, each a list of cells; a trailing line end makes no empty record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      records.push([...record, cell]);
      record = [];
      cell = '';
      if (char === '\r') i++;
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** The records after the header as objects keyed by the header's names (trimmed, as Graph's can carry spaces), BOM removed. */
export function csvRows(text: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  const names = header.map((name) => name.trim());
  return records.map((record) => Object.fromEntries(names.map((name, index) => [name, record[index] ?? ''])));
}
