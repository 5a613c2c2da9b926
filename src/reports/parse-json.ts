/**
 * Turns Graph's JSON report pages into the same typed rows as the CSV. Graph nests the per-row
 * values of some reports (`adoptionByProduct`, `copilotActivityUserDetailsByPeriod`, ...): each nested
 * element becomes one row carrying its parent's fields, matching the CSV's one-row-per-line shape.
 */
import { REPORTS, type ColumnSpec, type ReportId, type RowOf } from './catalog.js';
import { convertCell } from './column-values.js';
import { ReportDataError } from './report-errors.js';

export async function* parseReportJson<Id extends ReportId>(id: Id, pages: AsyncIterable<readonly unknown[]>): AsyncGenerator<RowOf<Id>> {
  for await (const rows of parseReportJsonBatches(id, pages)) yield* rows;
}

/** The same rows, a page at a time. */
export async function* parseReportJsonBatches<Id extends ReportId>(id: Id, pages: AsyncIterable<readonly unknown[]>): AsyncGenerator<RowOf<Id>[]> {
  const definition = REPORTS[id];
  const nested = 'jsonNested' in definition ? definition.jsonNested : undefined;
  let rowNumber = 0;
  for await (const page of pages) {
    const rows: RowOf<Id>[] = [];
    for (const item of page) {
      if (!isObject(item)) {
        throw new ReportDataError('MALFORMED_JSON', `The ${id} JSON has a value item that is not an object.`, rowNumber + 1);
      }
      const children = nested === undefined ? undefined : item[nested];
      if (children !== undefined && !Array.isArray(children)) {
        throw new ReportDataError('MALFORMED_JSON', `The ${id} JSON property "${nested}" is not an array.`, rowNumber + 1);
      }
      for (const child of children && children.length > 0 ? children : [{}]) {
        rowNumber += 1;
        if (!isObject(child)) {
          throw new ReportDataError('MALFORMED_JSON', `The ${id} JSON "${nested}" holds an item that is not an object.`, rowNumber);
        }
        rows.push(toRow(id, definition.columns, { ...item, ...child }, rowNumber) as RowOf<Id>);
      }
    }
    if (rows.length > 0) yield rows;
  }
}

function toRow(id: ReportId, columns: readonly ColumnSpec[], source: Record<string, unknown>, rowNumber: number) {
  const row: Record<string, unknown> = {};
  for (const column of columns) {
    const result = convertCell(column, source[column.json ?? column.key]);
    if (!result.ok) throw new ReportDataError('BAD_VALUE', `Row ${rowNumber} of the ${id} JSON, ${result.problem}.`, rowNumber);
    if (result.value !== undefined) row[column.key] = result.value;
    else if (column.required) {
      throw new ReportDataError(
        'MISSING_COLUMN',
        `Row ${rowNumber} of the ${id} JSON lacks "${column.json ?? column.key}" (${column.header}), which is required.`,
        rowNumber,
      );
    }
  }
  return row;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
