import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { Command } from '../src/commands/command.js';
import { handleCommand } from '../src/commands/handlers.js';
import type { ReplyMessage, ViewModels } from '../src/view-models.js';
import { exportCommandRows, isExportable, type ExportableCommand } from '../src/commands/command-export.js';
import { writeExportFile } from '../src/files/export-file.js';
import type { AnyRow } from '../src/reports/catalog.js';
import { parseLicencePrice } from '../src/reports/licence-price.js';
import { FIXTURE_NOW, startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { scratchFolder } from './support/scratch-folder.js';

const TODAY = FIXTURE_NOW.slice(0, 10);

async function exported(fixture: ReportFixture, command: ExportableCommand) {
  const result = await exportCommandRows(command, fixture.service, TODAY);
  const rows: AnyRow[] = [];
  for await (const row of result.rows()) rows.push(row);
  return { ...result, rows };
}

async function answer<K extends keyof ViewModels>(fixture: ReportFixture, command: Command, view: K): Promise<ViewModels[K]> {
  const reply = await handleCommand({ command, delivery: 'here' }, 'personal', fixture.deps);
  const message = reply.messages[0] as ReplyMessage;
  expect(message.view).toBe(view);
  return message.model as ViewModels[K];
}

describe('exportCommandRows: the data behind an answer', () => {
  test('a large export sorted through runs on disk is the same file as one sorted in memory', async () => {
    const inMemory = await startReportFixture({}, { users: 900 });
    const throughRuns = await startReportFixture({ sortRunRows: 9 }, { users: 900 });
    for (const command of [
      { name: 'copilot-users', period: 'D30' },
      { name: 'copilot-inactive', period: 'D90' },
      { name: 'groups', period: 'D30' },
    ] as const) {
      const expected = await exported(inMemory, command);
      expect(expected.rows.length, command.name).toBeGreaterThan(9 * 3);
      expect((await exported(throughRuns, command)).rows, command.name).toEqual(expected.rows);
    }
  });

  test('copilot inactive exports exactly the inactive seats the card counts', async () => {
    const fixture = await startReportFixture();
    const command = { name: 'copilot-inactive', period: 'D30' } as const;
    const card = await answer(fixture, command, 'copilot-inactive');
    const file = await exported(fixture, command);
    expect(file.rows).toHaveLength(card.inactive);
    expect(card.inactive).toBeGreaterThan(0);
    const windowStart = addDays(card.freshness.refreshDate!, -29); // D30 ends on (and includes) the refresh date
    expect(file.rows.every((row) => row['lastActivityDate'] === undefined || (row['lastActivityDate'] as string) < windowStart)).toBe(true);
    expect(file.fileName).toBe('copilot-inactive-D30-2026-11-19.csv');
  });

  test('copilot users exports every enabled user the card counts, active and never active, in the card\'s order', async () => {
    const fixture = await startReportFixture({}, { users: 60 });
    const command = { name: 'copilot-users', period: 'D30' } as const;
    const users = await exported(fixture, command);
    const card = await answer(fixture, command, 'copilot-users');
    expect(users.rows).toHaveLength(card.enabled);
    expect(card.totalRows).toBe(card.enabled);
    expect(card.neverActive).toBeGreaterThan(0);
    // The card lists the first rows; the file starts with the same users, in the same order.
    expect(users.rows.slice(0, card.rows.length).map((row) => row['userPrincipalName'])).toEqual(card.rows.map((row) => row.userPrincipalName));
    const dates = users.rows.map((row) => (row['lastActivityDate'] as string | undefined) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('copilot inactive exports never active first, then the longest inactive, as the card lists them', async () => {
    const fixture = await startReportFixture({}, { users: 200 });
    const command = { name: 'copilot-inactive', period: 'D90' } as const;
    const file = await exported(fixture, command);
    const card = await answer(fixture, command, 'copilot-inactive');
    expect(card.rows.length).toBeGreaterThan(0);
    expect(file.rows.slice(0, card.rows.length).map((row) => row['userPrincipalName'])).toEqual(card.rows.map((row) => row.userPrincipalName));
    const dates = file.rows.map((row) => (row['lastActivityDate'] as string | undefined) ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  test('with ALL only the longest period counts, so nobody is exported twice', async () => {
    const fixture = await startReportFixture();
    const file = await exported(fixture, { name: 'copilot-inactive', period: 'ALL' });
    const names = file.rows.map((row) => row['userPrincipalName']);
    expect(new Set(names).size).toBe(names.length);
    expect(file.rows.every((row) => row['reportPeriod'] === 180)).toBe(true);
  });

  test('groups inactive exports the inactive, non-deleted groups with their owners', async () => {
    const fixture = await startReportFixture({}, { users: 2000 });
    const command = { name: 'groups-inactive', period: 'D30' } as const;
    const card = await answer(fixture, command, 'groups-inactive');
    const file = await exported(fixture, command);
    expect(file.rows).toHaveLength(card.inactive);
    expect(file.rows.some((row) => row['isDeleted'] === true)).toBe(false);
    expect(file.rows.some((row) => typeof row['ownerPrincipalName'] === 'string')).toBe(true);
  });

  test('aggregate answers export their whole report, with the period or date in the file name', async () => {
    const fixture = await startReportFixture();
    expect((await exported(fixture, { name: 'activations' })).fileName).toBe('activations-2026-11-20.csv');
    expect((await exported(fixture, { name: 'copilot-summary', period: 'ALL' })).rows).toHaveLength(4);
    expect((await exported(fixture, { name: 'groups', date: '2026-11-15' })).fileName).toBe('groups-2026-11-15.csv');
  });

  test('files hold data rows only: the offer\'s row count is the rows in the file, and no row is a total', async () => {
    const fixture = await startReportFixture();
    const deps = { price: parseLicencePrice('30 USD')!, extraSkuIds: [] };
    const commands: ExportableCommand[] = [
      { name: 'copilot-licenses', period: 'D30' },
      { name: 'copilot-inactive', period: 'D30' },
      { name: 'copilot-users', period: 'D30' },
      { name: 'activations' },
      { name: 'groups-inactive', period: 'D30' },
    ];
    for (const command of commands) {
      const file = await exportCommandRows(command, fixture.service, TODAY, deps);
      const written = await writeExportFile(file, path.join(scratchFolder(), 'file.csv'));
      const rows = parse<Record<string, string>>(readFileSync(written.path, 'utf8'), { bom: true, columns: true });
      expect(written.rowCount, command.name).toBe(rows.length);
      expect(rows.filter((row) => Object.values(row).some((cell) => /^total$/i.test(cell))), command.name).toEqual([]);
    }
  });

  test('activations name each product, with Graph\'s product type kept in its own column', async () => {
    const fixture = await startReportFixture();
    const file = await exportCommandRows({ name: 'activations' }, fixture.service, TODAY);
    const written = await writeExportFile(file, path.join(scratchFolder(), 'activations.csv'));
    const rows = parse<Record<string, string>>(readFileSync(written.path, 'utf8'), { bom: true, columns: true });
    const report = [];
    for await (const row of (await fixture.service.getReport('activations')).rows()) report.push(row);
    expect(rows.map((row) => row['Product Type'])).toEqual(report.map((row) => row.productType));
    expect(rows.find((row) => row['Product Type'] === 'MICROSOFT 365 APPS FOR ENTERPRISE')?.['Product']).toBe('Microsoft 365 Apps for enterprise');
    // Every name reads as Graph's words without the capitals.
    for (const row of rows) expect(row['Product']?.toUpperCase()).toBe(row['Product Type']);
    expect(rows.every((row) => row['Product'] !== row['Product Type'])).toBe(true);
  });

  test('the export reuses the answer\'s report: no second Graph request while the cache is fresh', async () => {
    const fixture = await startReportFixture();
    await answer(fixture, { name: 'copilot-inactive', period: 'D90' }, 'copilot-inactive');
    const calls = fixture.emulator.requests.length;
    await exported(fixture, { name: 'copilot-inactive', period: 'D90' });
    expect(fixture.emulator.requests.length).toBe(calls);
  });

  test('help and status have no data to export', () => {
    expect(isExportable({ name: 'help' })).toBe(false);
    expect(isExportable({ name: 'status' })).toBe(false);
    expect(isExportable({ name: 'groups' })).toBe(true);
  });
});
