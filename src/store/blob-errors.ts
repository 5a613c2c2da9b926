/**
 * Azure Storage failures as the stores report them: the HTTP status for the cases they handle, and a
 * message that names the operation, the key and Azure's status and code, never the request (it can
 * carry a SAS or an account key).
 */
import { RestError } from '@azure/storage-blob';
import { StoreUnavailableError } from './state-store.js';

/** The HTTP status Azure answered, when the error is one of its answers. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : undefined;
}

/** The SDK's error names the request; ours names the operation, the key and Azure's status and code only. */
export function unavailable(operation: string, key: string, error: unknown): StoreUnavailableError {
  const detail =
    error instanceof RestError
      ? `Azure Storage answered ${error.statusCode ?? 'nothing'}${error.code ? ` (${error.code})` : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
  return new StoreUnavailableError(`Could not ${operation} "${key}" in the blob store: ${detail}.`, error);
}
