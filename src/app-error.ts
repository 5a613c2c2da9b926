/**
 * The one base class of the bot's own errors: a literal `code` that callers branch on and logs carry,
 * a message written for whoever reads it (what failed, what to do), and the `cause` it wraps, so a
 * failure can be traced to where it started without parsing messages.
 */
export abstract class AppError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** The literal code of a failure, safe to show and log (`LICENSE_FORBIDDEN`); `UNEXPECTED` when it has none. */
export function errorCodeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'UNEXPECTED';
}
