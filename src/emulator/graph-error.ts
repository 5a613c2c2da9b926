/**
 * Error bodies in Microsoft Graph's shape, `{"error":{"code","message","innerError":{…}}}`, including
 * the odd 404 whose `message` is itself a JSON document nesting the real error (Graph really does this).
 */

/** What identifies one answer in Graph's `innerError`. */
export type ErrorContext = { readonly now: number; readonly requestId: string; readonly clientRequestId: string };

/** A refused request: HTTP status plus Graph's error code and message. */
export type GraphError = {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** Wrap the error as a JSON string inside an `UnknownError` (Graph's 404 for an unknown segment). */
  readonly nested?: boolean;
};

/** The 403 of a directory read by an app without the permission it needs (LicenseAssignment.Read.All, User.Read.All, …). */
export const INSUFFICIENT_PRIVILEGES: GraphError = {
  status: 403,
  code: 'Authorization_RequestDenied',
  message: 'Insufficient privileges to complete the operation.',
};

/** The 500 of a request the emulator itself failed to answer, naming why. */
export function internalError(reason: string): GraphError {
  return { status: 500, code: 'InternalServerError', message: `The emulator could not answer this request: ${reason}.` };
}

function innerError(context: ErrorContext) {
  return {
    date: new Date(context.now).toISOString().slice(0, 19),
    'request-id': context.requestId,
    'client-request-id': context.clientRequestId,
  };
}

/** Serialises a Graph error body. */
export function formatGraphError(error: GraphError, context: ErrorContext): string {
  if (error.nested) {
    const inner = JSON.stringify({ error: { code: error.code, message: error.message, innerError: innerError(context) } });
    return JSON.stringify({ error: { code: 'UnknownError', message: inner, innerError: innerError(context) } });
  }
  return JSON.stringify({ error: { code: error.code, message: error.message, innerError: innerError(context) } });
}

/** The code Graph uses for a status when a test injects a bare status. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'BadRequest';
    case 401:
      return 'InvalidAuthenticationToken';
    case 403:
      return 'Forbidden';
    case 404:
      return 'NotFound';
    case 429:
      return 'TooManyRequests';
    case 502:
      return 'BadGateway';
    case 503:
      return 'ServiceUnavailable';
    case 504:
      return 'GatewayTimeout';
    default:
      return status >= 500 ? 'InternalServerError' : 'UnknownError';
  }
}

/** A default message for an injected status. */
export function messageForStatus(status: number): string {
  switch (status) {
    case 403:
      return 'Missing role permissions on the request. API requires one of \'Reports.Read.All\'.';
    case 429:
      return 'Too many requests. Retry after the interval in the Retry-After header.';
    case 503:
      return 'The service is temporarily unavailable. Retry later.';
    default:
      return `The emulator was told to answer ${status}.`;
  }
}

/** An Azure-blob-storage-like XML error, as the pre-authenticated download host answers. */
export function formatBlobError(code: string, message: string, context: ErrorContext): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code>` +
    `<Message>${escaped}\nRequestId:${context.requestId}\nTime:${new Date(context.now).toISOString()}</Message></Error>`
  );
}
