/**
 * A cheap look at the `Authorization` header before the body is read and a signature check (and a
 * key fetch) is spent on it. It verifies nothing cryptographically: it only throws out what the Bot
 * Connector never sends, so forged or stale requests are answered 401 without reaching the adapter.
 * Requirements from https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 * ("Authenticate requests from the Bot Connector service to your bot").
 */
import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose';

/** The issuer of every token the Bot Connector (public cloud) sends to a bot. */
export const BOT_CONNECTOR_ISSUER = 'https://api.botframework.com';

/** The Bot Connector signs with RS256 keys from https://login.botframework.com/v1/.well-known/keys. */
const EXPECTED_ALGORITHM = 'RS256';
/** The clock skew botbuilder tolerates (`clockTolerance: 300`), so this check is never stricter. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** Bot Connector tokens are about 1–2 KB; anything far larger is not one. */
const MAX_HEADER_LENGTH = 16_384;

const BEARER_JWT = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/** What was wrong with a refused header, for the log (never the header itself). */
export type PrecheckFailure = 'missing' | 'malformed' | 'algorithm' | 'issuer' | 'audience' | 'expired';

/** Passed, or refused with the first thing found wrong. */
export type PrecheckResult = { readonly ok: true } | { readonly ok: false; readonly reason: PrecheckFailure };

/**
 * Refuses a header that is missing, not `Bearer <three base64url segments>`, whose JWT header is not
 * RS256 with a key id, whose issuer is not the Bot Connector, whose audience is not `appId`, or that
 * expired (beyond the tolerated skew) at `nowMs`. The token itself is never logged or returned.
 */
export function precheckAuthorization(header: string | undefined, appId: string, nowMs: number): PrecheckResult {
  if (header === undefined || header.trim() === '') return { ok: false, reason: 'missing' };
  const token = header.length <= MAX_HEADER_LENGTH ? BEARER_JWT.exec(header)?.[1] : undefined;
  if (token === undefined) return { ok: false, reason: 'malformed' };
  const decoded = decode(token);
  if (!decoded) return { ok: false, reason: 'malformed' };
  const { jwtHeader, payload } = decoded;
  if (jwtHeader.alg !== EXPECTED_ALGORITHM || typeof jwtHeader.kid !== 'string') return { ok: false, reason: 'algorithm' };
  if (payload.iss !== BOT_CONNECTOR_ISSUER) return { ok: false, reason: 'issuer' };
  if (typeof payload.aud !== 'string' || payload.aud.toLowerCase() !== appId.toLowerCase()) return { ok: false, reason: 'audience' };
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) return { ok: false, reason: 'malformed' };
  if (payload.exp * 1000 + CLOCK_SKEW_MS <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true };
}

function decode(token: string): { jwtHeader: ProtectedHeaderParameters; payload: JWTPayload } | undefined {
  try {
    return { jwtHeader: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    // Not base64url JSON: certainly not a JWT the Bot Connector issued.
    return undefined;
  }
}
