/**
 * Development tokens for the tenants a loopback Graph emulator serves besides the deployment's own:
 * asked for as from Entra ID (`POST /<tenant>/oauth2/v2.0/token`, client credentials, form-encoded) at
 * the emulator itself, so it sees which tenant each token was requested for, and kept until shortly
 * before they expire. Only ever sent to loopback (graph-token.ts refuses anything else).
 */
import type { Clock } from '../clock.js';
import { GraphReportError } from './report-errors.js';
import type { TokenProvider } from './graph-token.js';

/** The client id the development sign-in names; the emulator issues tokens to any client. */
export const DEVELOPMENT_CLIENT_ID = 'm365-usage-bot-development';
/** A token is asked for again this long before it expires. */
const RENEW_BEFORE_MS = 60_000;
const MAX_ANSWER_CHARS = 16 * 1024;

type Held = { readonly token: string; readonly expiresAt: number };

/** The provider of `tenantId`'s development tokens from the emulator at `baseUrl`. */
export function createDevelopmentTokenProvider(baseUrl: string, tenantId: string, clock: Clock): TokenProvider {
  const url = `${new URL(baseUrl).origin}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
  let held: Held | undefined;
  let asking: Promise<Held> | undefined;
  return {
    async getToken() {
      if (held && clock.now() < held.expiresAt - RENEW_BEFORE_MS) return held.token;
      asking ??= requestToken(url, baseUrl, tenantId, clock).finally(() => (asking = undefined));
      held = await asking;
      return held.token;
    },
  };
}

async function requestToken(url: string, baseUrl: string, tenantId: string, clock: Clock): Promise<Held> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEVELOPMENT_CLIENT_ID, scope: `${new URL(baseUrl).origin}/.default` });
  let answer: Response;
  try {
    answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw tokenError(url, tenantId, `the emulator did not answer: ${error instanceof Error ? error.name : 'error'}`);
  }
  const text = (await answer.text()).slice(0, MAX_ANSWER_CHARS);
  const parsed = parseJson(text);
  if (answer.ok && typeof parsed.access_token === 'string' && parsed.access_token !== '') {
    const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 3600;
    return { token: parsed.access_token, expiresAt: clock.now() + seconds * 1000 };
  }
  // Entra ID's error answer: the AADSTS code and its first sentence say what is wrong.
  const description = typeof parsed.error_description === 'string' ? /AADSTS\d+:[^.]*\./.exec(parsed.error_description)?.[0] : undefined;
  throw tokenError(url, tenantId, description ?? `HTTP ${answer.status}`);
}

function tokenError(url: string, tenantId: string, reason: string): GraphReportError {
  return new GraphReportError('TOKEN', `Could not get a development token for tenant ${tenantId} from the emulator (${reason}).`, { method: 'POST', url });
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    // Not JSON: read as an answer without a token, and reported with its status.
    return {};
  }
}
