/**
 * Terminal front end over the same report stack and handlers as the bot:
 * `npm run report -- copilot summary D30 [--format text|json|csv]` answers a chat command (text as the
 * card reads, the view model as JSON, or the CSV of the rows behind the answer: the bytes the bot
 * uploads for `csv copilot summary D30`, which the terminal takes too) or a plain question, as the bot
 * reads them; `npm run report -- copilot-summary D30 [--format json|csv]` prints a catalog report's raw
 * rows, for scripting. Text that maps to no command gets the closest commands, not the whole help.
 * `--locale ru-RU` answers in that locale's language (nearest supported, English otherwise) with its
 * number and date formats; without it, the terminal's LANG. With nothing configured it runs on the
 * built-in emulator.
 */
import { once } from 'node:events';
import { realpathSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { systemClock, type Clock } from './clock.js';
import { COMMAND_GUIDE, runsInTerminal } from './commands/command-guide.js';
import type { CommandError, ParsedCommand, ParseResult } from './commands/command.js';
import { handleCommand } from './commands/handlers.js';
import { refusalOptions } from './commands/info-handlers.js';
import { formatCommand } from './commands/parse.js';
import { parseTypedText } from './commands/parse-typed-text.js';
import { QUESTION_INTENTS } from './commands/question-intents.js';
import type { Reply } from './commands/reply.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DigestComposer } from './digest/digest-composer.js';
import { isExportable } from './commands/command-export.js';
import { streamReportCsv } from './files/report-csv.js';
import { silentLogger } from './logger.js';
import { REPORT_IDS, REPORTS, isReportId, type ReportId } from './reports/catalog.js';
import { GraphReportError, ReportDataError, ReportRequestError } from './reports/report-errors.js';
import { allowedPeriods, type ReportParams } from './reports/report-request.js';
import type { Audience } from './i18n/audience.js';
import { LANGUAGES } from './i18n/languages.js';
import { messagesFor, type Messages } from './i18n/messages.js';
import type { Report } from './reports/report-service.js';
import { startReportStack, type ReportStack } from './report-stack.js';
import { MemoryStateStore } from './store/memory-state-store.js';
import { ranNote } from './views/ran-note.js';
import { formatReplyText } from './views/reply-text.js';

export type CliIo = {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's date narrows exports as it narrows answers; tests pass the bot's clock (default: the system's). */
  readonly clock?: Clock;
};

type Format = 'text' | 'json' | 'csv';

type Invocation = (
  | { kind: 'report'; report: ReportId; params: ReportParams; format: 'json' | 'csv' }
  | { kind: 'command'; text: string; result: ParseResult; format: Format }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string }
) & { readonly audience: Audience };

/** The terminal has room for more rows than a card. */
const TERMINAL_ROW_LIMIT = 50;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let stack: ReportStack | undefined;
  let messages = messagesFor({ locale: terminalLocale(io.env) });
  try {
    // Read once, and only when there is text to read: `--help` needs no configuration.
    let loaded: Config | undefined;
    const configOf = () => (loaded ??= loadConfig(io.env));
    const invocation = parseArguments(args, terminalLocale(io.env), (text) => parseTypedText(text, configOf().graph.copilotApi));
    messages = messagesFor(invocation.audience);
    if (invocation.kind === 'usage-error') {
      io.stderr.write(`${invocation.message}\n\n${usage(messages)}`);
      return EXIT_USAGE;
    }
    if (invocation.kind === 'help') {
      io.stdout.write(usage(messages));
      return EXIT_OK;
    }
    const config = configOf();
    if (invocation.kind === 'report') {
      stack = await startReportStack(config, silentLogger, io.clock);
      const report = await stack.service.getReport(invocation.report, invocation.params);
      await (invocation.format === 'csv' ? writeCsv(report, io.stdout) : writeJson(report, io.stdout));
      return EXIT_OK;
    }
    const { result } = invocation;
    if (!result.ok) {
      // What was not understood and the closest commands, on stderr; no report stack needed for that.
      io.stderr.write(terminalRefusal(result.error, messages));
      return EXIT_USAGE;
    }
    if (result.parsed.command.name === 'help') {
      io.stdout.write(usage(messages));
      return EXIT_OK;
    }
    stack = await startReportStack(config, silentLogger, io.clock);
    return await answerCommand(result.parsed, invocation, config, stack, io);
  } catch (error) {
    io.stderr.write(`${describeFailure(error, messages)}\n`);
    return isUsageError(error) ? EXIT_USAGE : EXIT_FAILED;
  } finally {
    await stack?.close();
  }
}

/**
 * Answers a chat command as the bot would in personal chat, in the requested format. `--format csv`
 * asks the command's `csv` form; a `csv …` command always prints its file, as the bot would upload it.
 */
async function answerCommand(
  parsed: ParsedCommand,
  invocation: { text: string; format: Format; audience: Audience },
  config: Config,
  stack: ReportStack,
  io: CliIo,
): Promise<number> {
  let command = parsed.command;
  // The answer to a plain question says which command it ran, so the admin learns it.
  const ran = parsed.fromQuestion ? formatCommand(parsed.command) : undefined;
  const messages = messagesFor(invocation.audience);
  if (invocation.format === 'csv' && command.name !== 'export') {
    if (!isExportable(command)) {
      io.stderr.write(`${messages.t('cli.notExportable', { command: invocation.text })}\n`);
      return EXIT_USAGE;
    }
    command = { name: 'export', target: command };
  }
  const clock = io.clock ?? systemClock;
  // `digest preview` works here; subscriptions live in the bot, so the terminal keeps no state.
  const store = new MemoryStateStore();
  const composer = new DigestComposer({
    reports: stack.service,
    store,
    clock,
    copilotApi: config.graph.copilotApi,
    formatCommand,
    licences: config.licences,
  });
  const reply = await handleCommand({ command, delivery: 'here' }, 'personal', {
    reports: stack.service,
    clock,
    copilotApi: config.graph.copilotApi,
    rowLimit: TERMINAL_ROW_LIMIT,
    licences: config.licences,
    logger: silentLogger,
    digest: { store, composer, defaultTimeZone: config.digest.defaultTimeZone },
  });
  if (reply.file) {
    // stdout carries the file's bytes alone.
    if (ran !== undefined) io.stderr.write(`${ranNote(ran, messages)}\n`);
    const { meta, rows, columns } = reply.file.export;
    for await (const chunk of streamReportCsv(meta, rows(), columns)) await write(io.stdout, chunk as Buffer);
    return EXIT_OK;
  }
  const failure = reply.messages.find((message) => message.view === 'error');
  // A csv that failed explains itself as text.
  await writeReply(reply, invocation.format === 'json' ? 'json' : 'text', failure ? io.stderr : io.stdout, invocation.audience, ran);
  if (!failure || failure.view !== 'error') return EXIT_OK;
  return INPUT_ERROR_CODES.has(failure.model.code) ? EXIT_USAGE : EXIT_FAILED;
}

async function writeReply(reply: Reply, format: 'text' | 'json', out: Writable, audience: Audience, ran: string | undefined): Promise<void> {
  if (format === 'json') {
    await write(out, `${JSON.stringify({ ...(ran !== undefined ? { ran } : {}), messages: reply.messages }, null, 2)}\n`);
    return;
  }
  await write(out, `${reply.messages.map((message, index) => formatReplyText(message, audience, index === 0 ? ran : undefined)).join('\n\n')}\n`);
}

/**
 * What the terminal says to text that maps to no command: what was not understood, the closest
 * commands it can run (at most three) and where the whole list is; never the whole help.
 */
function terminalRefusal(error: CommandError, { t, text }: Messages): string {
  const options = refusalOptions(error, runsInTerminal);
  const heading = error.code === 'AMBIGUOUS' ? t('cli.pickOne') : options.length === 1 ? t('cli.try') : t('cli.closest');
  return [
    error.reasons.map(text).join(' '),
    ...(options.length > 0 ? [heading, ...options.map((option) => `  npm run report -- ${option}`)] : []),
    t('cli.helpLine'),
    '',
  ].join('\n');
}

/** Refusals of what was asked (as opposed to Graph or data failures) exit 2, like a bad command line. */
const INPUT_ERROR_CODES = new Set([
  'UNKNOWN_REPORT',
  'BAD_PERIOD',
  'BAD_DATE',
  'DATE_OUT_OF_RANGE',
  'UNSUPPORTED_PARAMETER',
  'DIGEST_UNAVAILABLE',
  'DIGEST_CHANNELS_ONLY',
]);

/** `LANG=it_IT.UTF-8` → `it-IT`, the locale without `--locale`; the views fall back to en-US (English) for anything else. */
function terminalLocale(env: CliIo['env']): string | undefined {
  const lang = env['LC_ALL'] || env['LANG'];
  const tag = lang?.split('.')[0]?.replace('_', '-');
  return tag && tag !== 'C' && tag !== 'POSIX' ? tag : undefined;
}

/**
 * The invocation `args` ask for, for the audience `--locale` (else `envLocale`) gives; `parse` reads the
 * words of a command or question (only called when there are some).
 */
function parseArguments(args: readonly string[], envLocale: string | undefined, parse: (text: string) => ParseResult): Invocation {
  const locale = readLocaleOption(args) ?? envLocale;
  const audience: Audience = locale !== undefined ? { locale } : {};
  const { t } = messagesFor(audience);
  const refuse = (message: string): Invocation => ({ kind: 'usage-error', message, audience });
  let format: Format | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help', audience };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (value !== 'text' && value !== 'json' && value !== 'csv') return refuse(t('cli.badFormat', { value: value || 'none' }));
      format = value;
    } else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg.includes('=') ? arg.slice('--locale='.length) : args[++i];
      if (value === undefined || !isLocaleTag(value)) return refuse(t('cli.badLocale', { value: value || 'none' }));
    } else if (arg.startsWith('-')) {
      return refuse(t('cli.unknownOption', { option: arg }));
    } else {
      positional.push(arg);
    }
  }
  const [first, when, ...extra] = positional;
  if (!first) return refuse(t('cli.nameSomething'));
  // `groups D7` and `activations` are chat commands too: what the grammar accepts is answered as in chat.
  const text = positional.join(' ');
  const result = parse(text);
  if (!isReportId(first) || result.ok) return { kind: 'command', text, result, format: format ?? 'text', audience };
  if (extra.length > 0) return refuse(t('cli.extraArgument', { argument: extra[0]! }));
  if (format === 'text') return refuse(t('cli.rawNeedsFormat', { command: first.replace('-', ' ') }));
  // A date starts with a year; anything else is taken as a period and validated by the service.
  const params: ReportParams = when === undefined ? {} : /^\d{4}/.test(when) ? { date: when } : { period: when };
  return { kind: 'report', report: first, params, format: format ?? 'json', audience };
}

/** The value of `--locale`, when given as a well-formed tag (a malformed one is refused in `parseArguments`). */
function readLocaleOption(args: readonly string[]): string | undefined {
  const index = args.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const arg = args[index];
  const value = arg === undefined ? undefined : arg.includes('=') ? arg.slice('--locale='.length) : args[index + 1];
  return value !== undefined && isLocaleTag(value) ? value : undefined;
}

function isLocaleTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    // RangeError: not a BCP 47 tag.
    return false;
  }
}

/** The terminal's help: the commands it can run (the digest's subscriptions live in Teams), the reports, example questions. */
function usage({ language, t, text }: Messages): string {
  const commands = COMMAND_GUIDE.filter(runsInTerminal).map((entry) => [entry.usage, text(entry.description)] as const);
  const reports = REPORT_IDS.map((id) => {
    const definition = REPORTS[id];
    const periods = allowedPeriods(definition);
    const takes = [periods.length > 0 ? periods.join('|') : '', 'date' in definition ? 'YYYY-MM-DD' : '']
      .filter(Boolean)
      .join(' or ');
    return [id, `${t(`report.${id}`)}${takes ? ` (${takes})` : ''}`] as const;
  });
  // The pseudo-locale reads the English questions: they are what is typed, not catalog text.
  const questionLanguage = LANGUAGES.find((code) => code === language) ?? 'en';
  const questions = QUESTION_INTENTS.map((intent) => [`"${intent.examples[questionLanguage][0] ?? ''}"`, intent.command] as const);
  return [
    `${t('cli.usage')} npm run report -- <command> [--format text|json|csv] [--locale <locale>]`,
    '       npm run report -- <report> [period|date] [--format json|csv]',
    '',
    t('cli.commandsTitle'),
    ...columns(commands),
    '',
    t('cli.reportsTitle'),
    ...columns(reports),
    '',
    t('cli.questionsTitle'),
    ...columns(questions),
    '',
    t('cli.v2Note'),
    t('cli.digestNote'),
    t('cli.emulatorNote'),
    t('cli.localeNote'),
    '',
  ].join('\n');
}

/** Two columns, the second starting two spaces after the longest first. */
function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([first]) => first.length)) + 2;
  return rows.map(([first, second]) => `  ${first.padEnd(width)}${second}`);
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

function describeFailure(error: unknown, { t, text }: Messages): string {
  if (error instanceof ConfigError) return t('cli.configuration', { message: error.message });
  if (error instanceof ReportRequestError) return error.phrase !== undefined ? text(error.phrase) : error.message;
  // Graph's and the data's own words name the request and the line for whoever runs the bot, in English.
  if (error instanceof ReportDataError || error instanceof GraphReportError) return error.message;
  return t('cli.unexpected', { message: error instanceof Error ? error.message : String(error) });
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
