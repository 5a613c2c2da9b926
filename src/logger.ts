/**
 * Structured logging to stderr as JSON lines. Callers pass only what is safe to keep: report ids,
 * status codes, durations, counts. Never tokens, request headers, download URLs or report rows.
 */
import { AppError } from './app-error.js';

export type LogFields = Record<string, string | number | boolean | undefined>;

export type Logger = {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
};

export function createLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const log = (level: string) => (message: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * The fields a log line gives an error: name, literal code (or HTTP status), stack frames, and the same
 * of its cause. The message only of the bot's own errors (AppError), whose messages name requests and
 * variables, never secrets or rows; another library's message may quote chat text or report values.
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return {
    errorName: error.name,
    errorCode: readCode(error),
    errorMessage: error instanceof AppError ? error.message : undefined,
    errorStack: stackFrames(error),
    causeName: cause?.name,
    causeMessage: cause instanceof AppError ? cause.message : undefined,
    causeStack: cause ? stackFrames(cause) : undefined,
  };
}

function readCode(error: Error): string | number | undefined {
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' || typeof code === 'number') return code;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

/** The `at …` lines of a stack, without its first line, which repeats the message. */
function stackFrames(error: Error): string | undefined {
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return frames && frames.length > 0 ? frames.map((line) => line.trim()).join('\n') : undefined;
}

/** A logger that drops everything, for tests and the CLI's quiet mode. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** `logger` with `fields` on every line, e.g. the tenant a report service reads for. */
export function withLogFields(logger: Logger, fields: LogFields): Logger {
  return {
    info: (message, more = {}) => logger.info(message, { ...fields, ...more }),
    warn: (message, more = {}) => logger.warn(message, { ...fields, ...more }),
    error: (message, more = {}) => logger.error(message, { ...fields, ...more }),
  };
}
