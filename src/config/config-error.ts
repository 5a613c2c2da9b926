/** The error start-up stops with when a variable cannot be used; its own file so every settings reader can throw it. */
import { AppError } from '../app-error.js';

/** A configuration value that cannot be used; the message names the variable and what it accepts. */
export class ConfigError extends AppError<'BAD_CONFIG'> {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super('BAD_CONFIG', message);
  }
}
