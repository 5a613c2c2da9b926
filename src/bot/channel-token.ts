/**
 * Verifies a Bot Connector channel token ourselves, so that no request waits on botbuilder's key
 * fetching (no timeout, one fetch per request): RS256 signature by a key from `SigningKeys` endorsed
 * for the activity's channel, issuer, audience = our app id, validity window (5 min skew, as botbuilder),
 * and the `serviceurl` claim equal to the activity's serviceUrl. Any failure is an AuthenticationError (401).
 */
import { verify } from 'node:crypto';
import { StatusCodes } from 'botbuilder';
import { AuthenticationError, type Claim } from 'botframework-connector';
import { BOT_CONNECTOR_ISSUER } from './authorization-precheck.js';
import type { SigningKeys } from './signing-keys.js';

const BEARER_JWT = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
const CLOCK_SKEW_S = 300;
const MAX_HEADER_LENGTH = 16_384;

/** What the token is checked against. */
export type TokenExpectations = {
  readonly appId: string;
  readonly channelId: string | undefined;
  readonly serviceUrl: string | undefined;
  readonly nowMs: number;
};

/** The token's claims when it verifies; throws AuthenticationError with a fixed message (no input echoed) otherwise. */
export async function verifyChannelToken(header: string | undefined, expected: TokenExpectations, keys: SigningKeys): Promise<Claim[]> {
  const match = header !== undefined && header.length <= MAX_HEADER_LENGTH ? BEARER_JWT.exec(header) : null;
  if (!match) throw unauthorized('The request carries no bearer token.');
  const [, headerPart, payloadPart, signaturePart] = match as unknown as [string, string, string, string];
  const jwtHeader = decodeJson(headerPart);
  const payload = decodeJson(payloadPart);
  if (!jwtHeader || !payload || jwtHeader.alg !== 'RS256' || typeof jwtHeader.kid !== 'string') throw unauthorized('The token is not an RS256 JWT.');

  const key = await keys.getKey(jwtHeader.kid);
  if (!key) throw unauthorized('The token was not signed with a known Bot Connector key.');
  const signed = verify('RSA-SHA256', Buffer.from(`${headerPart}.${payloadPart}`), key.publicKey, Buffer.from(signaturePart, 'base64url'));
  if (!signed) throw unauthorized('The token signature does not verify.');
  if (key.endorsements && (expected.channelId === undefined || !key.endorsements.includes(expected.channelId))) {
    throw unauthorized('The signing key is not endorsed for this channel.');
  }

  const nowS = expected.nowMs / 1000;
  if (payload.iss !== BOT_CONNECTOR_ISSUER) throw unauthorized('The token was not issued by the Bot Connector.');
  if (typeof payload.aud !== 'string' || payload.aud.toLowerCase() !== expected.appId.toLowerCase()) throw unauthorized('The token is addressed to another app.');
  if (typeof payload.exp !== 'number' || payload.exp + CLOCK_SKEW_S <= nowS) throw unauthorized('The token has expired.');
  if (typeof payload.nbf === 'number' && payload.nbf - CLOCK_SKEW_S > nowS) throw unauthorized('The token is not valid yet.');
  if (payload.serviceurl !== expected.serviceUrl) throw unauthorized('The token is for another service URL.');
  return Object.entries(payload).map(([type, value]) => ({ type, value: value as string }));
}

function unauthorized(message: string): AuthenticationError {
  return new AuthenticationError(`Unauthorized. ${message}`, StatusCodes.UNAUTHORIZED);
}

function decodeJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    // Not JSON after decoding: not a token the Bot Connector issued.
    return undefined;
  }
}
