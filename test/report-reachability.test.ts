/**
 * Every report of the catalog is reachable: help lists a command that reads it, the terminal runs such a
 * command and prints its rows (`npm run report -- <id>`), and a `csv <command>` file holds its rows. The
 * reports that are only an input to another answer are listed with the answer that reads them and why,
 * and that answer is checked to read them. What a command reads is recorded at the report service.
 */
import { describe, expect, test } from 'vitest';
import { COMMAND_GUIDE, runsInTerminal } from '../src/commands/command-guide.js';
import type { HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { helpModel } from '../src/commands/info-handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import { REPORT_IDS, type ReportId } from '../src/reports/catalog.js';
import { withDigest } from './support/digest-fixtures.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { runTerminal } from './support/terminal-capture.js';

/**
 * Reports only another answer reads, so help, the terminal's commands and CSV reach them through it: the
 * command or answer (`digest` for the weekly digest) that reads them, and why they have no command of their own.
 */
const INPUTS_ONLY: Readonly<Partial<Record<ReportId, { readonly readBy: string; readonly why: string }>>> = {
  'active-user-counts': {
    readBy: 'usage D30',
    why: 'Active users per workload per day: the usage answer shows the average day, and its CSV carries that in a column of the workload rows.',
  },
  'teams-activity': {
    readBy: 'teams D30',
    why: 'The tenant\'s Teams activity per day: the teams answer shows its average day; the answer\'s CSV is the user detail, a row per user.',
  },
  'services-user-counts': {
    readBy: 'digest',
    why: 'Active users per workload in one row: the digest\'s Workloads line reads it each week instead of the whole active user detail.',
  },
};

/** The guide's commands that answer from reports, as their examples type them (digests and alerts are no report's answer). */
const REPORT_EXAMPLES = COMMAND_GUIDE.filter((entry) => !/^(digest|alert)-/.test(entry.name) && !['help', 'status', 'export', 'overview'].includes(entry.name));

/** `fixture`'s handler deps, with every report id the handlers ask the service for added to `read`. */
function recording(fixture: ReportFixture, read: Set<string>): HandlerDeps {
  const service = fixture.service;
  const reports = new Proxy(service, {
    get(target, property, receiver) {
      if (property === 'getReport') {
        return (id: string, params?: object) => {
          read.add(id);
          return target.getReport(id, params);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...fixture.deps, reports };
}

/** What `text` (a command as typed) reads, answered in personal chat, and the report whose rows its file holds, if any. */
async function answer(fixture: ReportFixture, text: string): Promise<{ reads: Set<string>; fileOf?: string }> {
  const reads = new Set<string>();
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  const reply = await handleCommand(parsed.parsed, 'personal', recording(fixture, reads));
  expect(reply.messages.filter((message) => message.view === 'error'), text).toEqual([]);
  return reply.file ? { reads, fileOf: reply.file.export.meta.report } : { reads };
}

describe('every catalog report is reachable', () => {
  test('from help, the terminal and CSV, or it is only an input to an answer that reads it', async () => {
    const fixture = await startReportFixture();
    const help = helpModel().commands.map((command) => command.usage);
    const terminalHelp = (await runTerminal(fixture, ['--help'])).stdout;
    const answers = new Map<string, { inHelp: boolean; inTerminal: boolean; reads: Set<string>; fileOf?: string }>();
    for (const entry of REPORT_EXAMPLES) {
      const { fileOf } = await answer(fixture, `csv ${entry.example}`);
      answers.set(entry.example, {
        inHelp: help.includes(entry.usage),
        inTerminal: runsInTerminal(entry) && terminalHelp.includes(entry.usage),
        reads: (await answer(fixture, entry.example)).reads,
        ...(fileOf !== undefined ? { fileOf } : {}),
      });
    }
    const readers = (id: ReportId) => [...answers].filter(([, reading]) => reading.reads.has(id));

    for (const id of REPORT_IDS) {
      // The terminal's help names every report, and prints its rows as CSV (a report named like a command: that command's rows).
      expect(terminalHelp, id).toMatch(new RegExp(`^  ${id}\\s`, 'm'));
      const raw = await runTerminal(fixture, [id, '--format', 'csv']);
      expect(raw.code, id).toBe(0);
      expect(raw.stdout.split('\r\n')[0], id).toContain('Report Refresh Date');
      expect(raw.stdout.split('\r\n').length, id).toBeGreaterThan(2);

      const inFile = [...answers.values()].some((reading) => reading.fileOf === id);
      const exempt = INPUTS_ONLY[id];
      if (exempt) {
        const read = exempt.readBy === 'digest' ? await digestReads(fixture) : (await answer(fixture, exempt.readBy)).reads;
        expect(read.has(id), `${id} is read by ${exempt.readBy}`).toBe(true);
        expect(inFile, `${id} is exempt, yet a file holds its rows`).toBe(false);
        continue;
      }
      expect(readers(id).filter(([, reading]) => reading.inHelp).length, `help lists a command reading ${id}`).toBeGreaterThan(0);
      expect(readers(id).filter(([, reading]) => reading.inTerminal).length, `the terminal runs a command reading ${id}`).toBeGreaterThan(0);
      expect(inFile, `a csv file holds the rows of ${id}`).toBe(true);
    }
  }, 60_000);

  test('the exemptions are few, named and explained, and none of them has a command of its own to list', () => {
    for (const [id, { readBy, why }] of Object.entries(INPUTS_ONLY)) {
      expect(REPORT_IDS, id).toContain(id);
      expect(why.length, id).toBeGreaterThan(40);
      expect(readBy === 'digest' || parseCommand(readBy).ok, id).toBe(true);
    }
    expect(Object.keys(INPUTS_ONLY).length).toBeLessThan(REPORT_IDS.length / 4);
  });
});

/** The reports the weekly digest reads. */
async function digestReads(fixture: ReportFixture): Promise<Set<string>> {
  const read = new Set<string>();
  const { deps } = withDigest(recording(fixture, read), fixture.clock);
  await deps.digest!.composer!.compose();
  return read;
}
