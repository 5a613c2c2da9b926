/**
 * Terminal front end: `npm run report -- <report> [period|date] [--format json|csv]` prints a report
 * from the same report service the bot uses, for admins who script the data and for checking the
 * service by hand. With nothing configured it runs on the built-in emulator.
 */
import { once } from 'node:events';
import { realpathSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from './config.js';
import { streamReportCsv } from './files/report-csv.js';
import { silentLogger } from './logger.js';
import { REPORT_IDS, REPORTS, type ReportId } from './reports/catalog.js';
import { GraphReportError, ReportDataError, ReportRequestError } from './reports/report-errors.js';
import { allowedPeriods, type ReportParams } from './reports/report-request.js';
import type { Report } from './reports/report-service.js';
import { startReportStack } from './report-stack.js';

export type CliIo = {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
};

type Invocation =
  | { kind: 'run'; report: string; params: ReportParams; format: 'json' | 'csv' }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const invocation = parseArguments(args);
  if (invocation.kind === 'usage-error') {
    io.stderr.write(`${invocation.message}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (invocation.kind === 'help') {
    io.stdout.write(usage());
    return EXIT_OK;
  }
  let stack: Awaited<ReturnType<typeof startReportStack>> | undefined;
  try {
    stack = await startReportStack(loadConfig(io.env), silentLogger);
    const report = await stack.service.getReport(invocation.report, invocation.params);
    await (invocation.format === 'csv' ? writeCsv(report, io.stdout) : writeJson(report, io.stdout));
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`${describeFailure(error)}\n`);
    return isUsageError(error) ? EXIT_USAGE : EXIT_FAILED;
  } finally {
    await stack?.close();
  }
}

function parseArguments(args: readonly string[]): Invocation {
  const refuse = (message: string): Invocation => ({ kind: 'usage-error', message });
  let format: 'json' | 'csv' = 'json';
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (value !== 'json' && value !== 'csv') return refuse(`--format takes json or csv, not ${value ? `"${value}"` : 'nothing'}.`);
      format = value;
    } else if (arg.startsWith('-')) {
      return refuse(`Unknown option "${arg}". Options: --format json|csv, --help.`);
    } else {
      positional.push(arg);
    }
  }
  const [report, when, ...extra] = positional;
  if (!report) return refuse('Name a report.');
  if (extra.length > 0) return refuse(`Unexpected argument "${extra[0]}": give at most a report and a period or date.`);
  // A date starts with a year; anything else is taken as a period and validated by the service.
  const params: ReportParams = when === undefined ? {} : /^\d{4}/.test(when) ? { date: when } : { period: when };
  return { kind: 'run', report, params, format };
}

function usage(): string {
  const lines = REPORT_IDS.map((id) => {
    const definition = REPORTS[id];
    const periods = allowedPeriods(definition);
    const takes = [periods.length > 0 ? periods.join('|') : '', 'date' in definition ? 'YYYY-MM-DD' : '']
      .filter(Boolean)
      .join(' or ');
    return `  ${id.padEnd(16)}${definition.title}${takes ? ` (${takes})` : ''}`;
  });
  return [
    'Usage: npm run report -- <report> [period|date] [--format json|csv]',
    '',
    'Reports:',
    ...lines,
    '',
    'Copilot report v2 (COPILOT_REPORT_API=copilot-v2) uses D28 instead of D30.',
    'With no Graph credentials configured, the data comes from the built-in Graph reports emulator.',
    '',
  ].join('\n');
}

async function writeJson(report: Report<ReportId>, out: Writable): Promise<void> {
  const meta = JSON.stringify(report.meta, null, 2).replaceAll('\n', '\n  ');
  await write(out, `{\n  "meta": ${meta},\n  "rows": [`);
  let first = true;
  for await (const row of report.rows()) {
    await write(out, `${first ? '' : ','}\n    ${JSON.stringify(row)}`);
    first = false;
  }
  await write(out, `${first ? '' : '\n  '}]\n}\n`);
}

async function writeCsv(report: Report<ReportId>, out: Writable): Promise<void> {
  for await (const chunk of streamReportCsv(report.meta, report.rows())) {
    await write(out, chunk as Buffer);
  }
}

async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function isUsageError(error: unknown): boolean {
  return error instanceof ConfigError || (error instanceof ReportRequestError && error.code !== 'BUDGET_EXHAUSTED');
}

function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration: ${error.message}`;
  if (error instanceof ReportRequestError || error instanceof ReportDataError) return error.message;
  if (error instanceof GraphReportError) return error.message;
  return `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isMainModule()) {
  // A closed pipe (`| head`) is a normal end for a CLI, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
}
