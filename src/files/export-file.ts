/**
 * Writes an export's CSV to a private file by streaming (row source → csv-stringify → disk), so its
 * size is known for the consent card before any byte is uploaded, and a 1,000,000-row file is never
 * held in memory. The upload then streams from this file.
 */
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { AnyRow } from '../reports/catalog.js';
import type { IdleSeats, IdleSpend, SeatCounts } from '../reports/figures.js';
import type { ReportMeta } from '../reports/report-service.js';
import { streamReportCsv, type CsvColumn } from './report-csv.js';

/** What a file's counted figures are, each worded by the file offer in the reader's language (`file.figure`). */
export type CountedFigure =
  | 'users'
  | 'activeInPeriod'
  | 'mailsSent'
  | 'mailsReceived'
  | 'mailsRead'
  | 'files'
  | 'activeFiles'
  | 'pageViews'
  | 'teamChatMessages'
  | 'privateChatMessages'
  | 'meetings'
  | 'calls'
  | 'licensedAnyWorkload'
  | 'activeAnyWorkload'
  | 'inactiveLicensed'
  | 'seatsPurchased'
  | 'seatsAssigned'
  | 'seatsUnassigned'
  | 'seatsOverAssigned'
  | 'idleSeats';

/**
 * One figure a file's rows add up to, e.g. 12,345 team chat messages, the storage they use (in bytes), or an
 * amount of money a month (`file.money`: idle spend, or what the listed users' licences cost).
 */
export type ExportFigure =
  | { readonly name: CountedFigure; readonly value: number; readonly unit?: undefined }
  | { readonly name: 'storageUsed'; readonly value: number; readonly unit: 'bytes' }
  | { readonly name: 'idleSpendMonthly' | 'licenceCostMonthly'; readonly value: number; readonly unit: 'money'; readonly currency: string };

/**
 * What a file's rows add up to, stated on the file offer instead of as a row among the data (a total row
 * would be read as one more SKU or user by a spreadsheet or a script): the licence file's seat totals, idle
 * seats and idle spend, or a workload file's sums.
 */
export type ExportTotals =
  | { readonly kind: 'licences'; readonly seats: SeatCounts; readonly idle: IdleSeats; readonly spend?: IdleSpend }
  | { readonly kind: 'figures'; readonly figures: readonly ExportFigure[] };

/** What an export file holds: its name, the report's metadata and its rows, streamed on demand. */
export type ExportFile = {
  readonly fileName: string;
  readonly meta: ReportMeta;
  readonly rows: () => AsyncIterable<AnyRow>;
  /** The file's columns when they are not the report's own (licences, activations with product names). */
  readonly columns?: readonly CsvColumn[];
  readonly totals?: ExportTotals;
};

/** Rows held in memory, served as a report's rows are: an AsyncIterable. */
// eslint-disable-next-line @typescript-eslint/require-await -- nothing to wait for; the callers iterate with for await
export async function* rowsFrom(rows: readonly AnyRow[]): AsyncGenerator<AnyRow> {
  yield* rows;
}

/** A CSV file on disk: where, its exact size and how many data rows it holds (the header not counted). */
export type WrittenCsv = { readonly path: string; readonly sizeInBytes: number; readonly rowCount: number };

/** Writes `file` as CSV to a new file at `path` (0600; an existing file is refused); removes it again on failure. */
export async function writeExportFile(file: ExportFile, path: string): Promise<WrittenCsv> {
  let rowCount = 0;
  async function* counted(): AsyncGenerator<AnyRow> {
    for await (const row of file.rows()) {
      rowCount += 1;
      yield row;
    }
  }
  try {
    await pipeline(streamReportCsv(file.meta, counted(), file.columns), createWriteStream(path, { mode: 0o600, flags: 'wx' }));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return { path, sizeInBytes: (await stat(path)).size, rowCount };
}
