/**
 * A CSV record read as a row without building one: each column is a getter that converts its cell (by the
 * index the header gave it) when an observer reads it. The download pass hands these to the snapshot, the
 * kept view and the row tap, which read a few of a report's 20 to 40 columns; a row object with every
 * column converted is built only for what keeps a row (`detachRow`) and for readers of the rows file.
 */
import type { ColumnSpec } from './catalog.js';
import { cellProblem, INVALID_CELL, type CellValue, type TextConverter } from './column-values.js';
import { ReportDataError } from './report-errors.js';

/** A catalog column found in the header: where its cells are, and how they are converted. */
export type ColumnSlot = { readonly index: number; readonly key: string; readonly column: ColumnSpec; readonly convert: TextConverter };

const CELLS = Symbol('cells');
const LINE = Symbol('line');
const SLOTS = Symbol('slots');

/**
 * What every record row holds: its record and line; each layout's subclass adds a getter per column. A cell
 * is converted at its first read and its value kept in its place in the record, for the next observer.
 */
class RecordRow {
  readonly [CELLS]: CellValue[];
  readonly [LINE]: number;
  declare readonly [SLOTS]: readonly ColumnSlot[];
  constructor(cells: CellValue[], line: number) {
    this[CELLS] = cells;
    this[LINE] = line;
  }
}

/** Makes the record rows of one header's layout. */
export type RecordRowMaker = (record: string[], line: number) => Record<string, unknown>;

/** The typed value of `slot`'s cell in `record` (undefined when an optional cell is empty); a bad cell throws, naming its line and column. */
export function readCell(slot: ColumnSlot, record: readonly string[], line: number): CellValue {
  const value = slot.convert(record[slot.index] ?? '');
  if (value === INVALID_CELL) throw new ReportDataError('BAD_VALUE', `Row ${line}, ${cellProblem(slot.column)}.`, line);
  if (value === undefined && slot.column.required) throw new ReportDataError('BAD_VALUE', `Row ${line}, column "${slot.column.header}" is empty but required.`, line);
  return value;
}

/** Record rows of the layout `slots`: a class per header, with a getter per column it has. */
export function recordRowMaker(slots: readonly ColumnSlot[]): RecordRowMaker {
  class LayoutRow extends RecordRow {}
  Object.defineProperty(LayoutRow.prototype, SLOTS, { value: slots });
  for (const slot of slots) {
    Object.defineProperty(LayoutRow.prototype, slot.key, {
      get(this: RecordRow) {
        const cells = this[CELLS];
        const cell = cells[slot.index];
        if (typeof cell !== 'string') return cell;
        // Converting a converted text cell (a string, a plain date) gives it again: only numbers and booleans need telling apart.
        const value = readCell(slot, cells as readonly string[], this[LINE]);
        cells[slot.index] = value;
        return value;
      },
      enumerable: true,
    });
  }
  return (record, line) => new LayoutRow(record, line) as unknown as Record<string, unknown>;
}

/**
 * `row` as a plain object, for keeping it past the download pass (a snapshot's list, a kept view): a record
 * row holds its whole record and converts again at every read; a plain row is returned as it is.
 */
export function detachRow<Row extends object>(row: Row): Row {
  if (!(row instanceof RecordRow)) return row;
  const source = row as unknown as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  for (const { key } of row[SLOTS]) {
    const value = source[key];
    if (value !== undefined) plain[key] = value;
  }
  return plain as Row;
}
