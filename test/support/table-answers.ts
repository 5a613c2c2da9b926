/**
 * Reading the report command table's answers as an admin gets them, for the tests of those commands: the
 * card's texts, the terminal's lines, the CSV file's rows and its offer, and the buttons, each from asking
 * the command once; and matching a fact or a list on the card and in the terminal alike.
 */
import { expect } from 'vitest';
import type { ConversationKind, HandlerDeps } from '../../src/commands/handler-context.js';
import { handleCommand } from '../../src/commands/handlers.js';
import { parseCommand } from '../../src/commands/parse.js';
import type { Reply } from '../../src/commands/reply.js';
import { streamReportCsv } from '../../src/files/report-csv.js';
import type { ViewModels } from '../../src/view-models.js';
import { fileOfferText } from '../../src/views/file-cards.js';
import { renderReplyMessage } from '../../src/views/render-reply.js';
import { csvRows } from './csv-records.js';
import type { ReportFixture } from './report-fixture.js';
import { runTerminal } from './terminal-capture.js';
import { cardOf, submitActions, visibleTexts } from './view-fixtures.js';

export type Row = Record<string, string>;

/** Numbers as the cards write them in en-US. */
export const count = (value: number) => value.toLocaleString('en-US');
/** `text` as a regular expression matching it literally. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Asks `text` as the bot would be asked, with `deps` (the fixture's by default). */
export async function ask(
  fixture: ReportFixture,
  text: string,
  conversation: ConversationKind = 'personal',
  delivery: 'here' | 'private' = 'here',
  deps: HandlerDeps = fixture.deps,
): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand({ ...parsed.parsed, delivery }, conversation, deps);
}

/** The one workload card of a reply (or of its private messages). */
export function workloadOf(reply: Reply, which: 'messages' | 'privateMessages' = 'messages'): ViewModels['workload'] {
  const [message, ...more] = reply[which] ?? [];
  expect(more).toEqual([]);
  expect(message?.view).toBe('workload');
  return message!.model as ViewModels['workload'];
}

/** What an admin reads: the card's texts ("Title: value"), the terminal's lines, the CSV file's rows and its offer. */
export type Answer = { readonly card: string[]; readonly terminal: string; readonly csv: Row[]; readonly offer: string; readonly buttons: string[] };

/** The answer to `command` on the card, in the terminal (with `env` besides the emulator's) and as its CSV file. */
export async function answerOf(fixture: ReportFixture, command: string, options: { deps?: HandlerDeps; env?: Record<string, string> } = {}): Promise<Answer> {
  const deps = options.deps ?? fixture.deps;
  const reply = await ask(fixture, command, 'personal', 'here', deps);
  const card = cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' }));
  const file = (await ask(fixture, `csv ${command}`, 'personal', 'here', deps)).file!.export;
  let csvText = '';
  for await (const chunk of streamReportCsv(file.meta, file.rows(), file.columns)) csvText += (chunk as Buffer).toString('utf8');
  const offer = fileOfferText({ fileName: file.fileName, sizeInBytes: 1, rowCount: 1, command: `csv ${command}`, ...(file.totals ? { totals: file.totals } : {}) }, { locale: 'en-US' });
  const terminal = await runTerminal(fixture, command.split(' '), options.env);
  expect(terminal).toMatchObject({ code: 0, stderr: '' });
  return { card: visibleTexts(card), terminal: terminal.stdout, csv: csvRows(csvText), offer, buttons: submitActions(card).map((action) => String(action.data['command'])) };
}

/** The card shows `title: value` and the terminal the same pair, aligned (`value` is a pattern). */
export function expectFact(answer: Answer, title: string, value: string): void {
  expect(answer.card, title).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${escape(title)}: ${value}$`))]));
  expect(answer.terminal, title).toMatch(new RegExp(`^${escape(title)}\\s+${value}$`, 'm'));
}

/** Under `heading`, the card and the terminal list exactly `names`, in that order, each with its details. */
export function expectList(answer: Answer, heading: string, names: readonly string[]): void {
  // The card: a name line, then a details line, per row.
  const at = answer.card.indexOf(heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  expect(names.map((_, row) => answer.card[at + 1 + 2 * row]), heading).toEqual(names);
  // The terminal: the lines up to the next blank one; a row's name starts a line (its details follow on it, or on the next).
  const lines = answer.terminal.split('\n');
  const from = lines.indexOf(heading) + 1;
  const block = lines.slice(from, lines.indexOf('', from));
  expect(block.map((line) => line.split(/\s{2,}/)[0]).filter((name) => names.includes(name!)), heading).toEqual(names);
}

/** The details line of the row named `name` under `heading` on the card. */
export function detailsOf(answer: Answer, heading: string, name: string): string {
  const at = answer.card.indexOf(heading);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const row = answer.card.indexOf(name, at + 1);
  expect(row, `${heading}: ${name}`).toBeGreaterThan(at);
  return answer.card[row + 1]!;
}
