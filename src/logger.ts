/**
 * Structured logging to stderr as JSON lines. Callers pass only what is safe to keep: report ids,
 * status codes, durations, counts. Never tokens, request headers, download URLs or report rows.
 */
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

/** A logger that drops everything, for tests and the CLI's quiet mode. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
