/**
 * Typed text, as the bot and the terminal read it: an exact command always wins (parse.ts); text the
 * exact grammar does not know is read as a plain question (read-question.ts), and runs the one command
 * it asks for, marked `fromQuestion` so the answer says which command ran. A typo of a command keeps
 * its did-you-mean, and a question that could mean two commands is refused with both as options.
 */
import type { CopilotReportApi } from '../reports/report-request.js';
import { phrase } from '../i18n/message-types.js';
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
    // The options are the buttons under the answer, so the sentence need not list them.
    return { ok: false, error: new CommandError('AMBIGUOUS', phrase('parse.ambiguous', { input }), undefined, input, reading.options) };
  }
  const asked = parseCommand(reading.command);
  if (asked.ok) return { ok: true, parsed: { ...asked.parsed, fromQuestion: true } };
  // The words named a command but not a period it takes (`groups ever` is `groups ALL`): say how it was read.
  if (code === 'BAD_ARGUMENT') return exact;
  const reasons = [phrase('parse.readAs', { input, command: reading.command }), ...asked.error.reasons];
  return { ok: false, error: new CommandError('BAD_ARGUMENT', reasons, asked.error.suggestion, input) };
}
