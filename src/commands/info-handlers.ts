/**
 * Handlers that answer about the bot rather than the tenant: `help` (the command guide and example
 * questions), the short answer to input that maps to no command, and `status` (data source, cached
 * reports, request budgets).
 */
import { LANGUAGES, type Language } from '../i18n/languages.js';
import type { CopilotReportApi } from '../reports/report-request.js';
import { closestCommands } from './closest-commands.js';
import type { CommandError } from './command.js';
import { COMMAND_GUIDE, type CommandGuideEntry } from './command-guide.js';
import type { Handler } from './handler-context.js';
import { formatCommand } from './parse.js';
import { parseTypedText } from './parse-typed-text.js';
import { QUESTION_INTENTS } from './question-intents.js';
import type { Reply } from './reply.js';
import type { ViewModels } from '../view-models.js';

/** The period a Copilot command uses when none is given: D30, or D28 under Copilot report v2. */
export function defaultCopilotPeriod(copilotApi: CopilotReportApi): string {
  return copilotApi === 'copilot-v2' ? 'D28' : 'D30';
}

/** Where help is asked: `overview` is false in a customer tenant's own Teams, where the overview is refused. */
export type HelpPlace = { readonly overview: boolean };

/**
 * The command guide, the answer to `help` (and the welcome), with example questions and the command each
 * runs. Under Copilot report v2 the Copilot usages and examples say D28, so a copied example works.
 * The overview is listed only where it answers.
 */
export function helpModel(copilotApi: CopilotReportApi = 'copilot-v1', place: HelpPlace = { overview: true }): ViewModels['help'] {
  const v2 = copilotApi === 'copilot-v2';
  return {
    defaultPeriod: defaultCopilotPeriod(copilotApi),
    commands: COMMAND_GUIDE.filter((entry) => place.overview || entry.name !== 'overview').map((entry) => {
      const adapt = (text: string) => (v2 && entry.name.startsWith('copilot') ? text.replace(/\bD30\b/g, 'D28') : text);
      return { usage: adapt(entry.usage), description: entry.description, example: adapt(entry.example) };
    }),
    // One question per intent and language keeps the card short; the README lists them all.
    questions: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        QUESTION_INTENTS.flatMap((intent) => {
          const [question] = intent.examples[language];
          const read = question === undefined ? undefined : parseTypedText(question, copilotApi);
          return question !== undefined && read?.ok ? [{ question, command: formatCommand(read.parsed.command) }] : [];
        }),
      ]),
    ) as Record<Language, { question: string; command: string }[]>,
  };
}

/** The help card: the command guide and example questions. `copilotApi` makes the default period and examples match the configured Copilot report version. */
export function helpReply(copilotApi?: CopilotReportApi, place?: HelpPlace): Reply {
  return { messages: [{ view: 'help', model: helpModel(copilotApi, place) }] };
}

/**
 * The answer to input that maps to no command, in every conversation: one line saying what was not
 * understood (and why), "type help" once, and up to three commands to try as buttons, never the whole guide.
 */
export function refusalReply(error: CommandError, copilotApi?: CopilotReportApi): Reply {
  const { input, reasons, suggestion } = error;
  // Known words used wrongly: the reasons say what is wrong, the line quotes what was typed (unless a reason does).
  const quotesInput = reasons.some((reason) => Object.values(reason.values ?? {}).includes(input ?? ''));
  const quoted = error.code === 'BAD_ARGUMENT' && input !== undefined && !quotesInput ? { unknownInput: input } : {};
  const model: ViewModels['help'] = {
    brief: true,
    ...quoted,
    reason: reasons,
    ...(suggestion !== undefined ? { suggestion } : {}),
    options: refusalOptions(error),
    defaultPeriod: defaultCopilotPeriod(copilotApi ?? 'copilot-v1'),
    commands: [],
  };
  return { messages: [{ view: 'help', model }] };
}

/**
 * The commands offered after a refusal, best first, at most three: an ambiguous question's options; a
 * known command's fix; else the did-you-mean and the commands closest to what was typed (of those `allowed`).
 */
export function refusalOptions(error: CommandError, allowed?: (entry: CommandGuideEntry) => boolean): string[] {
  if (error.code === 'AMBIGUOUS') return error.alternatives.slice(0, MAX_OPTIONS);
  if (error.code === 'BAD_ARGUMENT') return error.suggestion !== undefined ? [error.suggestion] : [];
  const { suggestion } = error;
  if (suggestion === undefined) return closestCommands(error.input ?? '', MAX_OPTIONS, allowed);
  // The did-you-mean keeps the period typed (`copilot summary D90`): its bare command is not offered again.
  const bare = suggestion.replace(/ (?:D\d+|ALL|\d{4}-\d{2}-\d{2})$/, '');
  const closest = closestCommands(error.input ?? '', MAX_OPTIONS + 1, allowed).filter((command) => command !== bare);
  return [suggestion, ...closest].slice(0, MAX_OPTIONS);
}

/** Buttons under a refusal: three, so the card stays one glance. */
const MAX_OPTIONS = 3;

/** `help` and `?`: the command guide. */
export const handleHelp: Handler<{ readonly name: 'help' }> = (_command, _context, deps) => Promise.resolve(helpReply(deps.copilotApi, { overview: deps.overview !== undefined }));

/** Where the data comes from, which reports are cached and how much of Graph's request budget is spent. */
export const handleStatus: Handler<{ readonly name: 'status' }> = (_command, _context, deps) => {
  const status = deps.reports.status();
  return Promise.resolve({
    messages: [
      {
        view: 'status',
        model: {
          source: status.source,
          copilotApi: deps.copilotApi,
          cached: status.cached.map(({ meta }) => {
            const parameter = meta.period ?? meta.date;
            return {
              report: meta.report,
              ...(parameter !== undefined ? { parameter } : {}),
              ...(meta.refreshDate !== undefined ? { refreshDate: meta.refreshDate } : {}),
              fetchedAt: meta.fetchedAt,
            };
          }),
          budgets: status.budgets.map((budget) => ({
            graphFunction: budget.key,
            used: budget.used,
            limit: budget.limit,
            ...(budget.freeAt !== undefined ? { freeAt: new Date(budget.freeAt).toISOString() } : {}),
          })),
        },
      },
    ],
  });
};
