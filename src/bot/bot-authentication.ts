/**
 * The CloudAdapter and how it authenticates. With an app id, every inbound request must carry a Bot
 * Connector channel token, verified with jose (`verifyConnectorToken`) over the Bot Connector's published
 * keys; botbuilder only sends. With no app id botbuilder accepts anonymous requests: for local
 * development on loopback only (config and server check).
 */
import { readFileSync } from 'node:fs';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
// botbuilder 4.23.3 pins botframework-connector 4.23.3 and does not re-export these.
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import type { Clock } from '../clock.js';
import { ConfigError, type BotCredential, type BotIdentity } from '../config.js';
import { silentLogger, type Logger } from '../logger.js';
import { precheckAuthorization, type PrecheckResult } from './authorization-precheck.js';
import { ConnectorKeys } from './connector-keys.js';
import { verifyConnectorToken } from './connector-token.js';
import { EdgeAdapter } from './edge-adapter.js';

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
   * Where the Bot Connector publishes its signing keys: its OpenID metadata
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
  };
  const keys = new ConnectorKeys({
    metadataUrl: options.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    clock,
    logger,
    ...(options.keyFetchTimeoutMs !== undefined ? { timeoutMs: options.keyFetchTimeoutMs } : {}),
  });
  const authentication = new ChannelTokenAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings), { appId: identity.appId, keys, clock });
  return {
    adapter: new EdgeAdapter(authentication, logger),
    appId: identity.appId,
    enabled: true,
    precheck: (header) => precheckAuthorization(header, identity.appId, clock.now()),
  };
}

/** Inbound requests are verified by `verifyConnectorToken`; botbuilder's own configuration is used for sending only. */
class ChannelTokenAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: Record<string, string | undefined>,
    credentials: ConfigurationServiceClientCredentialFactory,
    private readonly verification: { readonly appId: string; readonly keys: ConnectorKeys; readonly clock: Clock },
  ) {
    super(settings, credentials);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const { appId, keys, clock } = this.verification;
    const payload = await verifyConnectorToken(authHeader, { appId, channelId: activity.channelId, serviceUrl: activity.serviceUrl, nowMs: clock.now() }, keys);
    const claimsIdentity = new ClaimsIdentity(
      Object.entries(payload).map(([type, value]) => ({ type, value: value as string })),
      true,
    );
    return {
      audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
      callerId: CallerIdConstants.PublicAzureChannel,
      claimsIdentity,
      connectorFactory: this.createConnectorFactory(claimsIdentity),
    };
  }
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
