/**
 * Typed text, as the bot and the terminal read it: an exact command always wins (parse.ts); text the
 * exact grammar does not know is read as a plain question (read-question.ts), and runs the one command
 * it asks for, marked `fromQuestion` so the answer says which command ran. A typo of a command keeps
 * its did-you-mean, and a question that could mean two commands is refused with both as options.
 */
import type { CopilotReportApi } from '../reports/report-request.js';
import { CommandError, type ParseResult } from './command.js';
import { parseCommand } from './parse.js';
import { readQuestion } from './read-question.js';

/** Parses chat or terminal text: a command, a plain question, or the refusal that says what was not understood. Never throws. */
export function parseTypedText(text: string, copilotApi: CopilotReportApi): ParseResult {
  const exact = parseCommand(text);
  if (exact.ok) return exact;
  const { code, suggestion, input } = exact.error;
  // `copilt sumary` is a command mistyped, not a question; nothing else is read as one.
  if (input === undefined || (code === 'UNKNOWN_COMMAND' && suggestion !== undefined) || (code !== 'UNKNOWN_COMMAND' && code !== 'BAD_ARGUMENT')) return exact;
  const reading = readQuestion(text, copilotApi);
  if (reading === undefined) return exact;
  if (reading.kind === 'ambiguous') {
    const options = reading.options.map((option) => `"${option}"`);
    const message = `"${input}" could mean ${options.slice(0, -1).join(', ')} or ${options.at(-1)}. Pick the one you meant.`;
    return { ok: false, error: new CommandError('AMBIGUOUS', message, undefined, input, reading.options) };
  }
  const asked = parseCommand(reading.command);
  if (asked.ok) return { ok: true, parsed: { ...asked.parsed, fromQuestion: true } };
  // The words named a command but not a period it takes (`groups ever` is `groups ALL`): say how it was read.
  if (code === 'BAD_ARGUMENT') return exact;
  const message = `I read "${input}" as "${reading.command}", but ${lowerFirst(asked.error.message)}`;
  return { ok: false, error: new CommandError('BAD_ARGUMENT', message, asked.error.suggestion, input) };
}

function lowerFirst(text: string): string {
  // Messages that start with a quote or a command's own words stay as they are.
  return /^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}
