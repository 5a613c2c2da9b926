import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CsvSyntaxError, readCsvRecords, type CsvProblem } from '../src/reports/csv-records.js';

// What report cells hold: plain text, separators, quotes, line breaks, and multi-byte UTF-8 to split anywhere.
const cell = fc.array(fc.constantFrom('a', 'Zoë', "O'Brien", ' ', ',', '"', '\n', '\r\n', '山田', '😀', 'True', '2026-11-30', '12'), { maxLength: 4 }).map((parts) => parts.join(''));

/** A CSV as Graph might write it (quoting fields that need it, and some that do not), and where its bytes are split. */
const splitCsv = fc
  .integer({ min: 1, max: 6 })
  .chain((width) =>
    fc.record({
      rows: fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }),
      blankAfter: fc.array(fc.nat({ max: 12 }), { maxLength: 2 }),
      crlf: fc.boolean(),
      finalLineEnd: fc.boolean(),
      bom: fc.boolean(),
      chunkSizes: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
    }),
  )
  .map(({ rows, blankAfter, crlf, finalLineEnd, bom, chunkSizes }) => {
    const quote = ([field, always]: [string, boolean]) => (always || field === '' || /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
    // A blank line here and there, which both readers skip.
    const lines = rows.flatMap((row, index) => [row.map(quote).join(','), ...(blankAfter.includes(index) ? [''] : [])]);
    const lineEnd = crlf ? '\r\n' : '\n';
    return { csv: `${bom ? '\uFEFF' : ''}${lines.join(lineEnd)}${finalLineEnd ? lineEnd : ''}`, chunkSizes };
  });

/** `bytes` cut in chunks of the sizes given, over and over: splits inside characters, between CR and LF, inside quotes. */
function* chunksOf(bytes: Buffer, sizes: readonly number[]): Generator<Uint8Array> {
  for (let at = 0, n = 0; at < bytes.length; n += 1) {
    const size = sizes[n % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function records(chunks: Iterable<Uint8Array | string>, maxRecordChars = 1_000_000): Promise<string[][]> {
  const all: string[][] = [];
  for await (const batch of readCsvRecords(
    (async function* () {
      yield* chunks;
    })(),
    maxRecordChars,
  )) {
    all.push(...batch);
  }
  return all;
}

async function problemOf(csv: string, maxRecordChars?: number): Promise<{ problem: CsvProblem; line: number }> {
  const error = await records([Buffer.from(csv)], maxRecordChars).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CsvSyntaxError);
  const { problem, line } = error as CsvSyntaxError;
  return { problem, line };
}

describe('readCsvRecords', () => {
  test('reads every generated CSV as csv-parse does, however its bytes are split', async () => {
    await fc.assert(
      fc.asyncProperty(splitCsv, async ({ csv, chunkSizes }) => {
        expect(await records(chunksOf(Buffer.from(csv, 'utf8'), chunkSizes))).toEqual(parse(csv, { bom: true, skip_empty_lines: true }));
      }),
      { numRuns: 500 },
    );
  });

  test('reads a large report in 64 KiB chunks as csv-parse does', async () => {
    const lines = ['User Principal Name,Display Name,Last Activity Date,Count'];
    for (let row = 0; row < 20_000; row += 1) lines.push(`user${row}@contoso.com,${row % 19 === 0 ? `"Doe, Jane ${row}"` : `Jane ${row}`},2026-11-${10 + (row % 20)},${row}`);
    const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
    expect(await records(chunksOf(Buffer.from(csv), [64 * 1024]))).toEqual(parse(csv, { bom: true, skip_empty_lines: true }));
  });

  test('names what is wrong and on which line, counting line breaks inside quotes, where csv-parse refuses too', async () => {
    const malformed: [string, { problem: CsvProblem; line: number }][] = [
      ['a,b\n1,"open\n', { problem: 'quote-not-closed', line: 2 }],
      ['a,b\n"x\ny",2\n"z"w,3\n', { problem: 'text-after-closing-quote', line: 4 }],
      ['a,b\n1,ab"c\n', { problem: 'quote-in-field', line: 2 }],
      ['a,b\n1,2\n1,2,3\n', { problem: 'field-count', line: 3 }],
      ['a,b\n1\n', { problem: 'field-count', line: 2 }],
    ];
    for (const [csv, expected] of malformed) {
      expect(await problemOf(csv), csv).toEqual(expected);
      expect(() => parse(csv, { bom: true, skip_empty_lines: true }), csv).toThrow();
    }
  });

  test('refuses a record longer than the limit, also an unclosed quote swallowing the rest of the file', async () => {
    expect(await problemOf(`a,b\n1,"${'x'.repeat(200)}"\n`, 100)).toEqual({ problem: 'record-too-large', line: 2 });
    expect(await problemOf(`a,b\n1,"${'x\n'.repeat(200)}`, 100)).toEqual({ problem: 'record-too-large', line: 2 });
  });
});
