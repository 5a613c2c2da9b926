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
