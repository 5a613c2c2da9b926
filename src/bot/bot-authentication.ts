/**
 * The CloudAdapter and how it authenticates. With an app id, botbuilder validates every inbound token
 * (signature against the Bot Connector's OpenID keys, issuer, audience = app id, expiry, `serviceurl`
 * claim = activity's serviceUrl) and our claims validator narrows what it accepts to Bot Connector
 * channel tokens. With no app id botbuilder accepts anonymous requests: loopback only (config checks).
 */
import { readFileSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  StatusCodes,
  type Activity,
} from 'botbuilder';
// botbuilder 4.23.3 pins botframework-connector 4.23.3 and does not re-export these.
import {
  AuthenticationConstants,
  AuthenticationError,
  ClaimsIdentity,
  SkillValidation,
  type AuthenticateRequestResult,
  type Claim,
} from 'botframework-connector';
import type { Clock } from '../clock.js';
import { ConfigError, type BotCredential, type BotIdentity } from '../config.js';
import { silentLogger, type Logger } from '../logger.js';
import { BOT_CONNECTOR_ISSUER, precheckAuthorization, type PrecheckResult } from './authorization-precheck.js';
import { verifyChannelToken } from './channel-token.js';
import { EdgeAdapter } from './edge-adapter.js';
import { SigningKeys } from './signing-keys.js';

type AuthenticationConfigurationLike = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[2]>;

/** The adapter with the authentication that fits the configured identity, and the pre-check to run before it. */
export type BotAuthentication = {
  readonly adapter: EdgeAdapter;
  /** The app id for proactive calls: empty when anonymous, as botbuilder expects. */
  readonly appId: string;
  /** True when inbound requests must carry a valid Bot Connector token. */
  readonly enabled: boolean;
  /** The cheap `Authorization` check run before the adapter; absent when authentication is off. */
  readonly precheck?: (header: string | undefined) => PrecheckResult;
};

/** Test seams for authentication; production passes none. */
export type BotAuthenticationOptions = {
  /**
   * Where the Bot Connector publishes its signing keys; botbuilder's default
   * (https://login.botframework.com/v1/.well-known/openidconfiguration) unless a test serves its own.
   */
  readonly openIdMetadataUrl?: string;
  /** How long one fetch of the metadata or keys may take (default 5 s); tests use less. */
  readonly keyFetchTimeoutMs?: number;
  readonly logger?: Logger;
};

/** Builds the adapter for the configured bot identity. Throws ConfigError for an unreadable certificate. */
export function createBotAuthentication(identity: BotIdentity, clock: Clock, options: BotAuthenticationOptions = {}): BotAuthentication {
  const logger = options.logger ?? silentLogger;
  if (identity.kind === 'anonymous') {
    const settings = { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' };
    const authentication = new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings));
    return { adapter: new EdgeAdapter(authentication, logger), appId: '', enabled: false };
  }
  const settings = {
    MicrosoftAppId: identity.appId,
    MicrosoftAppType: identity.appType,
    MicrosoftAppTenantId: identity.tenantId,
    ...credentialOptions(identity.credential),
    ...(options.openIdMetadataUrl ? publicCloudWithKeysAt(options.openIdMetadataUrl) : {}),
  };
  const authConfiguration: AuthenticationConfigurationLike = {
    requiredEndorsements: [],
    validateClaims: createChannelClaimsValidator(identity.appId),
  };
  const keys = new SigningKeys({
    metadataUrl: options.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    clock,
    logger,
    ...(options.keyFetchTimeoutMs !== undefined ? { timeoutMs: options.keyFetchTimeoutMs } : {}),
  });
  const authentication = new ChannelTokenAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings), authConfiguration);
  authentication.verifyWith(identity.appId, keys, clock);
  return {
    adapter: new EdgeAdapter(authentication, logger),
    appId: identity.appId,
    enabled: true,
    precheck: (header) => precheckAuthorization(header, identity.appId, clock.now()),
  };
}

/**
 * botbuilder takes any one endpoint setting as "all are given" and drops its public-cloud defaults,
 * so moving the key endpoint means restating the rest exactly as its defaults are.
 */
function publicCloudWithKeysAt(openIdMetadataUrl: string): Record<string, string> {
  return {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * Channel tokens are verified by `verifyChannelToken` over our `SigningKeys` (bounded, single-flight key
 * fetches) instead of botbuilder's validation, which fetches keys without a timeout, once per request.
 */
class ChannelTokenAuthentication extends ConfigurationBotFrameworkAuthentication {
  private verification: { appId: string; keys: SigningKeys; clock: Clock } | undefined;

  verifyWith(appId: string, keys: SigningKeys, clock: Clock): void {
    this.verification = { appId, keys, clock };
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const verification = this.verification;
    if (!verification) throw new AuthenticationError('Unauthorized. No token verification is configured.', StatusCodes.UNAUTHORIZED);
    const expected = { appId: verification.appId, channelId: activity.channelId, serviceUrl: activity.serviceUrl, nowMs: verification.clock.now() };
    const claims = await verifyChannelToken(authHeader, expected, verification.keys);
    await createChannelClaimsValidator(verification.appId)(claims);
    const claimsIdentity = new ClaimsIdentity(claims, true);
    return {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      callerId: CallerIdConstants.PublicAzureChannel,
      claimsIdentity,
      connectorFactory: this.createConnectorFactory(claimsIdentity),
    };
  }
}

/**
 * Runs after the token's signature verified. botbuilder also accepts Entra ID tokens through its
 * Emulator and skill paths (any token our own app id obtained); a Teams bot only ever hears from the
 * Bot Connector, so anything not issued by it, or not addressed to us, is refused (AuthenticationError).
 */
export function createChannelClaimsValidator(appId: string): (claims: Claim[]) => Promise<void> {
  // A throw inside the executor rejects: botbuilder awaits the validator.
  return (claims) =>
    new Promise<void>((resolve) => {
      const claim = (type: string) => claims.find((candidate) => candidate.type === type)?.value;
      if (claim('iss') !== BOT_CONNECTOR_ISSUER || SkillValidation.isSkillClaim(claims)) {
        throw new AuthenticationError('Unauthorized. Only Bot Connector channel tokens are accepted.', StatusCodes.UNAUTHORIZED);
      }
      if (claim('aud')?.toLowerCase() !== appId.toLowerCase()) {
        throw new AuthenticationError('Unauthorized. The token is addressed to another app.', StatusCodes.UNAUTHORIZED);
      }
      resolve();
    });
}

function credentialOptions(credential: BotCredential): Record<string, string> {
  switch (credential.kind) {
    case 'password':
      return { MicrosoftAppPassword: credential.password };
    case 'managed-identity':
      return {};
    case 'certificate':
      return readCertificate(credential.certificatePath, credential.certificatePassword);
  }
}

/** botbuilder wants the SHA-1 thumbprint and an unencrypted PEM key; one PEM file holds both here. */
function readCertificate(path: string, password: string | undefined): Record<string, string> {
  try {
    const pem = readFileSync(path);
    const thumbprint = new X509Certificate(pem).fingerprint.replaceAll(':', '');
    const privateKey = createPrivateKey({ key: pem, passphrase: password }).export({ type: 'pkcs8', format: 'pem' }).toString();
    return { CertificateThumbprint: thumbprint, CertificatePrivateKey: privateKey };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      'BOT_CERTIFICATE_PATH',
      `BOT_CERTIFICATE_PATH is ${path}, which could not be read as a PEM file with a certificate and its private key (${reason}).`,
    );
  }
}
