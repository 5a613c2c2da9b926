/**
 * Verifies a Bot Connector channel token with jose: RS256 only, signed by a key the Bot Connector
 * publishes endorsed for the activity's channel, issuer https://api.botframework.com, audience our app
 * id, expiry and not-before with the 5 minutes of clock skew botbuilder allows, and the `serviceurl`
 * claim equal to the activity's serviceUrl. Any failure is an AuthenticationError (401) with a fixed message.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
 */
import { StatusCodes } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { BOT_CONNECTOR_ISSUER } from './authorization-precheck.js';
import { SigningKeyError, type ConnectorKeys } from './connector-keys.js';

const CLOCK_SKEW_S = 300;

/** What the token is checked against: our app id, the activity it came with, and now. */
export type TokenExpectations = {
  readonly appId: string;
  readonly channelId: string | undefined;
  readonly serviceUrl: string | undefined;
  readonly nowMs: number;
};

/** The refusal, with the literal code of the check that failed (jose's codes, or ours), safe to log. */
export class TokenRefusedError extends AuthenticationError {
  override readonly name = 'TokenRefusedError';
  constructor(readonly code: string) {
    super('Unauthorized. The token is not a valid Bot Connector token for this bot and activity.', StatusCodes.UNAUTHORIZED);
  }
}

/** The token's claims when it verifies; throws TokenRefusedError otherwise. */
export async function verifyConnectorToken(header: string | undefined, expected: TokenExpectations, keys: ConnectorKeys): Promise<JWTPayload> {
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  const { channelId, serviceUrl } = expected;
  if (token === undefined || channelId === undefined) throw new TokenRefusedError('NO_TOKEN');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, (protectedHeader, jws) => keys.keyFor(protectedHeader, jws, channelId), {
      algorithms: ['RS256'],
      issuer: BOT_CONNECTOR_ISSUER,
      audience: expected.appId,
      clockTolerance: CLOCK_SKEW_S,
      currentDate: new Date(expected.nowMs),
      requiredClaims: ['exp', 'serviceurl'],
    }));
  } catch (error) {
    throw new TokenRefusedError(refusalCode(error));
  }
  if (payload.serviceurl !== serviceUrl) throw new TokenRefusedError('SERVICE_URL');
  return payload;
}

/** jose's code and, for a claim, its name (`ERR_JWT_CLAIM_VALIDATION_FAILED aud`); a fetch that failed is KEYS_UNAVAILABLE. */
function refusalCode(error: unknown): string {
  if (error instanceof errors.JWTClaimValidationFailed) return `${error.code} ${error.claim}`;
  if (error instanceof errors.JOSEError || error instanceof SigningKeyError) return error.code;
  return 'KEYS_UNAVAILABLE';
}
