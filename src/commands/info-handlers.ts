/**
 * Handlers that answer about the bot rather than the tenant: `help` (the command guide, also the
 * answer to input the grammar refused) and `status` (data source, cached reports, request budgets).
 */
import type { CopilotReportApi } from '../reports/report-request.js';
import type { CommandError } from './command.js';
import { COMMAND_GUIDE } from './command-guide.js';
import type { ConversationKind, Handler } from './handler-context.js';
import type { Reply } from './reply.js';
import type { ViewModels } from '../view-models.js';

/** The period a Copilot command uses when none is given: D30, or D28 under Copilot report v2. */
export function defaultCopilotPeriod(copilotApi: CopilotReportApi): string {
  return copilotApi === 'copilot-v2' ? 'D28' : 'D30';
}

/**
 * The help view; with a refused `error`, what was typed and the did-you-mean. Under Copilot report v2
 * the Copilot usages and examples say D28, so a copied example works.
 */
export function helpModel(error?: CommandError, copilotApi: CopilotReportApi = 'copilot-v1'): ViewModels['help'] {
  const v2 = copilotApi === 'copilot-v2';
  const unknownInput = error?.input;
  return {
    ...(unknownInput !== undefined ? { unknownInput } : {}),
    // Words the grammar knows, used wrongly: its message says what is allowed instead.
    ...(error?.code === 'BAD_ARGUMENT' ? { reason: error.message } : {}),
    ...(error?.suggestion !== undefined ? { suggestion: error.suggestion } : {}),
    defaultPeriod: defaultCopilotPeriod(copilotApi),
    commands: COMMAND_GUIDE.map((entry) => {
      const adapt = (text: string) => (v2 && entry.name.startsWith('copilot') ? text.replace(/\bD30\b/g, 'D28') : text);
      return { usage: adapt(entry.usage), description: entry.description, example: adapt(entry.example) };
    }),
  };
}

/**
 * The help card: for `help`, and for input the grammar refused (what was typed, a did-you-mean).
 * `copilotApi` makes the default period and examples match the configured Copilot report version.
 */
export function helpReply(error?: CommandError, copilotApi?: CopilotReportApi): Reply {
  return { messages: [{ view: 'help', model: helpModel(error, copilotApi) }] };
}

/**
 * The answer to input the grammar refused: in personal chat the help card; in a channel or group chat,
 * seen by the whole team, one line with the closest command and "type help".
 */
export function refusalReply(error: CommandError, conversation: ConversationKind, copilotApi?: CopilotReportApi): Reply {
  const model = helpModel(error, copilotApi);
  if (conversation === 'personal') return { messages: [{ view: 'help', model }] };
  // An unknown command's message is the whole line (did-you-mean and any bad period included).
  const { reason: _, unknownInput, ...rest } = model;
  const quoted = error.code === 'UNKNOWN_COMMAND' || unknownInput === undefined ? {} : { unknownInput };
  return { messages: [{ view: 'help', model: { ...rest, ...quoted, reason: error.message, brief: true, commands: [] } }] };
}

/** `help` and `?`: the command guide. */
export const handleHelp: Handler<{ readonly name: 'help' }> = (_command, _context, deps) => Promise.resolve(helpReply(undefined, deps.copilotApi));

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
              title: meta.title,
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
