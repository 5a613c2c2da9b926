/**
 * One download read in one pass: the rows parsed as they arrive (CSV or JSON pages), Graph's bytes or NDJSON
 * lines written to the rows file, and the summary, snapshot, kept view and any row tap fed from the same rows.
 */
import { Readable } from 'node:stream';
import type { Clock } from '../clock.js';
import type { AnyRow } from './catalog.js';
import type { FetchProgress } from './fetch-progress.js';
import type { CsvResponse, JsonResponse } from './graph-client.js';
import { createKeptViewCollector } from './kept-views.js';
import { parseReportCsvBatches } from './parse-csv.js';
import { parseReportJsonBatches } from './parse-json.js';
import type { RowsWriter } from './report-cache.js';
import type { AnyTap, ReportEntry } from './report-data.js';
import type { ResolvedReportRequest } from './report-request.js';
import { createSnapshotCollector, snapshotSpanOf } from './report-snapshot.js';
import { createSummaryCollector } from './rows-summary.js';

/** NDJSON lines are gathered into writes of about this size: one write per row would dominate large reports. */
const NDJSON_WRITE_CHARS = 64 * 1024;

export type DownloadPassOptions = {
  /** Opens the file the rows go to (the report cache's). */
  readonly createRowsFile: () => Promise<RowsWriter>;
  readonly clock: Clock;
  readonly progress: (update: Partial<FetchProgress>) => void;
  readonly tap: AnyTap | undefined;
  readonly sourceName: string;
  readonly demoData: boolean;
  /** Rows a snapshot keeps of each list. */
  readonly snapshotRowLimit: number;
};

/** Reads `response` to its end: the entry to cache, and the kept view joins need (when the report has one). */
export async function readDownload(
  response: Extract<CsvResponse, { kind: 'csv' }> | Exclude<JsonResponse, { kind: 'not-modified' }>,
  request: ResolvedReportRequest,
  options: DownloadPassOptions,
): Promise<{ entry: ReportEntry; keptView: unknown }> {
  const { clock, progress, tap } = options;
  let rowsRead = 0;
  progress({ phase: 'downloading', ...(response.kind === 'csv' && response.contentLength !== undefined ? { totalBytes: response.contentLength } : {}) });
  const summary = createSummaryCollector(request.definition);
  const snapshot = createSnapshotCollector(request, options.snapshotRowLimit);
  const kept = createKeptViewCollector(request.id, snapshotSpanOf(request), options.snapshotRowLimit);
  // The body is wired to the parser before anything else is awaited, so no failure of it goes unheard.
  const writing = options.createRowsFile();
  const batches: AsyncIterable<readonly AnyRow[]> =
    response.kind === 'csv'
      ? parseReportCsvBatches(request.id, keepBytes(response.body, writing, (bytes) => progress({ bytes, rows: rowsRead })))
      : parseReportJsonBatches(request.id, response.pages);
  try {
    // CSV: Graph's bytes go to the file as they pass; JSON rows are written as NDJSON lines.
    const writer = await writing;
    let lines = '';
    for await (const rows of batches) {
      for (const row of rows) {
        summary.observe(row);
        snapshot.observe(row);
        kept?.observe(row);
        tap?.observe(row);
        if (response.kind === 'json') lines += `${JSON.stringify(row)}\n`;
      }
      rowsRead += rows.length;
      progress({ rows: rowsRead });
      if (lines.length >= NDJSON_WRITE_CHARS) {
        await writer.write(lines);
        lines = '';
      }
    }
    await writer.write(lines);
    await writer.finish();
  } catch (error) {
    if (response.kind === 'csv') response.body.destroy();
    await writing.then((writer) => writer.abort(), () => undefined);
    throw error;
  }
  const { refreshDate, rowCount, identities } = summary.result();
  const entry: ReportEntry = {
    key: request.key,
    rows: { format: response.kind === 'csv' ? 'csv' : 'ndjson', file: (await writing).file },
    snapshot: snapshot.result(refreshDate),
    etag: response.etag,
    validatedAt: clock.now(),
    meta: {
      report: request.id,
      title: request.definition.title,
      privacy: request.definition.privacy,
      graphFunction: request.definition.graphFunction,
      period: request.period,
      date: request.date,
      version: request.version,
      refreshDate,
      rowCount,
      identities,
      source: options.sourceName,
      ...(options.demoData ? { demo: true as const } : {}),
      fetchedAt: new Date(clock.now()).toISOString(),
    },
  };
  return { entry, keptView: kept?.result() };
}

/** The same bytes, counted and written to `writer` as they pass; errors and an early stop reach `body` as before. */
function keepBytes(body: Readable, writing: Promise<RowsWriter>, onBytes: (bytes: number) => void): Readable {
  async function* kept(): AsyncGenerator<Buffer> {
    let bytes = 0;
    // Iterating before the first await keeps a listener on the body, so its failure is never unheard.
    for await (const chunk of body as AsyncIterable<Buffer>) {
      const writer = await writing;
      bytes += chunk.length;
      onBytes(bytes);
      await writer.write(chunk);
      yield chunk;
    }
  }
  return Readable.from(kept(), { objectMode: false });
}
