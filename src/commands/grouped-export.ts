/**
 * `csv … by <attribute>`: every value's row, in the card's order, none folded into "other" and none
 * merged for being small (files go to personal chat only). Data rows only: the totals are on the card.
 */
import type { AnyRow } from '../reports/catalog.js';
import { adoptionRate } from '../reports/figures.js';
import { GROUP_ATTRIBUTES } from '../reports/group-attributes.js';
import type { CsvColumn } from '../files/report-csv.js';
import { GROUPED_ANSWERS, sortedRows, type GroupedCommand, type GroupSource } from './grouped-answers.js';
import type { CommandExport } from './command-export.js';
import { rowsFrom } from '../files/export-file.js';

/** The rows and columns of a grouped answer's file; `fileName` names it. */
export async function exportGroups(command: GroupedCommand, source: GroupSource, today: string, fileName: (meta: CommandExport['meta']) => string): Promise<CommandExport> {
  const answer = GROUPED_ANSWERS[command.name];
  const reading = await answer.read(command, source, today);
  const currency = reading.licences?.licences.spend?.currency ?? reading.currency;
  const idlePeriod = reading.licences?.licences.idle.period ?? reading.meta.period ?? '';
  const rows: AnyRow[] = sortedRows(reading.groups, answer.focus).map((row) => ({
    value: row.label,
    users: row.users,
    active: row.active,
    inactive: row.users - row.active,
    ...(row.neverActive !== undefined ? { neverActive: row.neverActive } : {}),
    ...(row.users > 0 ? { activeRate: Math.round(adoptionRate(row.active, row.users)! * 10_000) / 10_000 } : {}),
    ...(row.idle !== undefined ? { idle: row.idle } : {}),
    ...(row.idleMonthly !== undefined && currency !== undefined ? { idleMonthly: row.idleMonthly, currency } : {}),
  }));
  const singular = GROUP_ATTRIBUTES[command.by].singular;
  const columns: CsvColumn[] = [
    { key: 'value', header: singular.replace(/\b\w/g, (letter) => letter.toUpperCase()) },
    { key: 'users', header: answer.subject === 'copilot' ? 'Enabled Users' : 'Licensed Users' },
    { key: 'active', header: 'Active Users' },
    { key: 'inactive', header: 'Inactive Users' },
    // The Copilot report says who never used it; the active user detail does not.
    ...(rows.some((row) => row.neverActive !== undefined) ? [{ key: 'neverActive', header: 'Never Active Users' }] : []),
    { key: 'activeRate', header: 'Active Rate' },
    ...(answer.focus === 'idle'
      ? [
          { key: 'idle', header: `Idle Seats (${idlePeriod})` },
          { key: 'idleMonthly', header: 'Idle Spend per Month' },
          { key: 'currency', header: 'Currency' },
        ]
      : []),
  ];
  return { fileName: fileName(reading.meta), meta: reading.meta, rows: () => rowsFrom(rows), columns };
}
