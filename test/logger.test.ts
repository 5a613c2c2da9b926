import { describe, expect, it } from 'vitest';
import { AppError } from '../src/app-error.js';
import { createLogger, errorFields } from '../src/logger.js';

class ExampleError extends AppError<'EXAMPLE'> {
  override readonly name = 'ExampleError';
}

describe('errors in the JSON log', () => {
  it("log the bot's own error with its code, message, stack frames and what it wraps", () => {
    const cause = new TypeError('fetch failed');
    const lines: string[] = [];
    createLogger((line) => lines.push(line)).error('report failed', errorFields(new ExampleError('EXAMPLE', 'The report could not be read.', { cause })));
    const logged = JSON.parse(lines[0] ?? '{}') as Record<string, string>;
    expect(logged).toMatchObject({ level: 'error', message: 'report failed', errorName: 'ExampleError', errorCode: 'EXAMPLE', errorMessage: 'The report could not be read.', causeName: 'TypeError' });
    expect(logged.errorStack).toMatch(/^at .*logger\.test\.ts/);
    expect(logged.causeStack).toMatch(/^at /);
  });

  it("keep another library's message out (it may quote chat text or report rows), but not its name, code and frames", () => {
    const error = Object.assign(new Error('cannot parse "alice@contoso.com"'), { statusCode: 502 });
    const fields = errorFields(error);
    expect(fields).toMatchObject({ errorName: 'Error', errorCode: 502 });
    expect(JSON.stringify(fields)).not.toContain('alice@contoso.com');
    expect(fields.errorStack).toMatch(/^at /);
    expect(errorFields('a string')).toEqual({ errorName: 'string' });
  });
});
