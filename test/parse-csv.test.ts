import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import type { ReportId, RowOf } from '../src/reports/catalog.js';
import { parseReportCsv } from '../src/reports/parse-csv.js';
import { ReportDataError } from '../src/reports/report-errors.js';

const fixture = (name: string) => createReadStream(new URL(`./fixtures/${name}`, import.meta.url));

async function collect<Id extends ReportId>(id: Id, input: Readable): Promise<RowOf<Id>[]> {
  const rows: RowOf<Id>[] = [];
  for await (const row of parseReportCsv(id, input)) rows.push(row);
  return rows;
}

function text(csv: string): Readable {
  return Readable.from([Buffer.from(csv, 'utf8')]);
}

async function parseError(id: ReportId, csv: string): Promise<ReportDataError> {
  const error = await collect(id, text(csv)).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ReportDataError);
  return error as ReportDataError;
}

describe('parseReportCsv', () => {
  test('reads the legacy summary CSV: BOM stripped, CRLF, header with a trailing space', async () => {
    const [row] = await collect('copilot-summary', fixture('copilot-summary-beta.csv'));
    expect(row).toMatchObject({
      reportRefreshDate: '2024-08-20',
      reportPeriod: 7,
      anyAppEnabledUsers: 359229,
      anyAppActiveUsers: 165115,
      microsoftTeamsActiveUsers: 123341,
      copilotChatActiveUsers: 65480,
    });
  });

  test('finds columns by name when the /copilot/reports endpoint orders them differently', async () => {
    const [row] = await collect('copilot-summary', fixture('copilot-summary-v1.csv'));
    expect(row).toMatchObject({ reportRefreshDate: '2026-07-03', microsoftTeamsActiveUsers: 3, anyAppActiveUsers: 4 });
  });

  test('unquotes names with commas and doubled quotes, keeps non-ASCII, accepts ISO date-times, gives empty cells no value', async () => {
    const rows = await collect('copilot-users', fixture('copilot-users-beta.csv'));
    expect(rows.map((row) => row.displayName)).toEqual(["O'Brien, Pat", 'Zoë "Z" Müller', '山田 太郎']);
    expect(rows[0]).toMatchObject({ lastActivityDate: '2024-08-19', outlookCopilotLastActivityDate: '2024-08-02' });
    expect(rows[1]!.lastActivityDate).toBeUndefined();
    expect(rows[1]!.excelCopilotLastActivityDate).toBeUndefined();
    expect(rows[2]?.lastActivityDate).toBe('2024-07-01');
  });

  test('reads "Guest Count" as the documented External Member Count, and True/False as booleans', async () => {
    const rows = await collect('groups', fixture('groups-detail.csv'));
    expect(rows[0]).toMatchObject({
      groupDisplayName: 'Sales, EMEA',
      isDeleted: false,
      externalMemberCount: 0,
      exchangeMailboxStorageUsedInBytes: 3724609,
      groupId: '0003cf63-7ff3-4471-b24b-50ffbfb8b5d2',
    });
    expect(rows[1]).toMatchObject({ isDeleted: true, externalMemberCount: 3, groupDisplayName: '=HYPERLINK("x")' });
    expect(rows[1]!.ownerPrincipalName).toBeUndefined();
  });

  test('matches headers case-insensitively and ignores columns it does not know', async () => {
    const rows = await collect(
      'activations',
      text('REPORT REFRESH DATE,product type,Assigned,Activated,Windows 10 Mobile\n2026-11-20,VISIO,85,40,3\n'),
    );
    expect(rows).toEqual([{ reportRefreshDate: '2026-11-20', productType: 'VISIO', assigned: 85, activated: 40 }]);
  });

  test('skips blank lines, including a trailing one', async () => {
    const rows = await collect('activations', fixture('activations.csv'));
    expect(rows.map((row) => row.productType)).toEqual(['MICROSOFT 365 APPS FOR ENTERPRISE', 'PROJECT', 'VISIO']);
    expect(rows[2]!.sharedComputerActivation).toBeUndefined();
  });

  test('a missing required column names it and lists the header it found', async () => {
    const error = await parseError('activations', 'Report Refresh Date,Product Type,Assigned\n2026-11-20,VISIO,85\n');
    expect(error.code).toBe('MISSING_COLUMN');
    expect(error.message).toBe(
      'The activations CSV lacks the column "Activated". Its header has: Report Refresh Date, Product Type, Assigned.',
    );
  });

  test('a value of the wrong type names the row and column but not the value', async () => {
    const error = await parseError(
      'activations',
      'Report Refresh Date,Product Type,Assigned,Activated\n2026-11-20,VISIO,85,40\n2026-11-20,PROJECT,secret@contoso.com,1\n',
    );
    expect(error.code).toBe('BAD_VALUE');
    expect(error.message).toBe('Row 3, column "Assigned": not a whole number.');
    expect(error.message).not.toContain('secret');
  });

  test('an impossible date is refused', async () => {
    const error = await parseError('activations', 'Report Refresh Date,Product Type,Assigned,Activated\n2026-02-30,VISIO,1,1\n');
    expect(error).toMatchObject({ code: 'BAD_VALUE', message: 'Row 2, column "Report Refresh Date": not a date (YYYY-MM-DD).' });
  });

  test('a leap day is a date only in a leap year, and each date form Graph has used reads as the same day', async () => {
    const header = 'Report Refresh Date,Product Type,Assigned,Activated\n';
    const rows = await collect('activations', text(`${header}2028-02-29,VISIO,+7, 12 \n2000-02-29T00:00:00Z,PROJECT,007,0\n`));
    expect(rows.map((row) => [row.reportRefreshDate, row.assigned, row.activated])).toEqual([
      ['2028-02-29', 7, 12],
      ['2000-02-29', 7, 0],
    ]);
    for (const day of ['2027-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-10', '20261-1-10']) {
      const error = await parseError('activations', `${header}${day},VISIO,1,1\n`);
      expect(error.message, day).toBe('Row 2, column "Report Refresh Date": not a date (YYYY-MM-DD).');
    }
  });

  test('an empty required cell is refused', async () => {
    const error = await parseError('activations', 'Report Refresh Date,Product Type,Assigned,Activated\n2026-11-20,,1,1\n');
    expect(error).toMatchObject({ code: 'BAD_VALUE', message: 'Row 2, column "Product Type" is empty but required.' });
  });

  test('a name kept from a report does not keep the text it was read from in memory', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const header = 'Report Refresh Date,Report Period,User Principal Name,Display Name,Last Activity Date';
    // One chunk of about 16 MB, as a fast download may hand the parser.
    const body = () => Array.from({ length: 200_000 }, (_, n) => `2024-08-20,30,someone.${n}@contoso.com,Display Name Number ${n},2024-08-19`).join('\n');
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    for await (const row of parseReportCsv('copilot-users', Readable.from([Buffer.from(`${header}\n${body()}\n`)]))) {
      if (kept.length < 3) kept.push(row.displayName!, row.userPrincipalName);
    }
    collectGarbage();
    expect(kept[0]).toBe('Display Name Number 0');
    // Six short strings, not the megabytes of text they were cut from.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2 * 1024 * 1024);
  });

  test('an unclosed quote is reported as malformed CSV with its line', async () => {
    const error = await parseError('activations', 'Report Refresh Date,Product Type,Assigned,Activated\n2026-11-20,"VISIO,1,1\n');
    expect(error.code).toBe('MALFORMED_CSV');
    expect(error.message).toMatch(/^The report CSV is malformed at line \d+: a quoted field is never closed\.$/);
  });

  test('a row with too many fields is malformed CSV', async () => {
    const error = await parseError('activations', 'Report Refresh Date,Product Type,Assigned,Activated\n2026-11-20,VISIO,1,1,9\n');
    expect(error).toMatchObject({
      code: 'MALFORMED_CSV',
      message: 'The report CSV is malformed at line 2: a row has a different number of fields than the header.',
    });
  });

  test('an empty body is refused: even an empty report has a header', async () => {
    const error = await parseError('activations', '\uFEFF');
    expect(error).toMatchObject({ code: 'MALFORMED_CSV', message: 'The activations CSV is empty: it has no header row.' });
  });

  test('a header-only report has no rows', async () => {
    expect(await collect('activations', text('\uFEFFReport Refresh Date,Product Type,Assigned,Activated\r\n'))).toEqual([]);
  });

  test('a source that fails mid-stream ends the parse with that error', async () => {
    const broken = new Readable({
      read() {
        this.push('Report Refresh Date,Product Type,Assigned,Activated\n2026-11-20,VISIO,1,1\n');
        this.destroy(new Error('socket hang up'));
      },
    });
    await expect(collect('activations', broken)).rejects.toThrow('socket hang up');
  });

  test('a source that fails before anyone reads is caught and reported at the first read', async () => {
    const broken = new Readable({ read() { this.destroy(new Error('terminated')); } });
    const rows = parseReportCsv('activations', broken);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(rows.next()).rejects.toThrow('terminated');
  });
});
