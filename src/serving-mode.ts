/**
 * What the bot may serve, decided from the configuration before it starts: without BOT_ID it answers
 * unauthenticated requests, which is for local development only (the built-in emulator or a loopback
 * Graph with the development token); with BOT_ID it answers real Teams users, so the emulator's demo
 * data must be asked for (`GRAPH_SOURCE=emulator`), never fallen into for want of Graph settings.
 */
import { ConfigError, type Config, type GraphSource } from './config.js';

/** True when reports are not a real tenant's: the built-in emulator, or a Graph reached with the development token (loopback only). */
export function isDemoSource(source: GraphSource): boolean {
  return source.kind === 'emulator' || source.auth.kind === 'development';
}

/** The Graph variables each kind of real credential is read from, to name them in a refusal. */
const CREDENTIAL_VARIABLES = {
  'client-secret': 'GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET',
  'client-certificate': 'GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_CERTIFICATE_PATH',
  'managed-identity': 'GRAPH_AUTH=managed-identity',
  'managed-identity-federated': 'GRAPH_AUTH=managed-identity-federated',
} as const;

/** Throws ConfigError, naming the variables, for a configuration the bot must not serve in. */
export function checkServingMode(config: Config): void {
  const { identity } = config.bot;
  const { source } = config.graph;
  if (identity.kind === 'anonymous' && source.kind === 'graph' && source.auth.kind !== 'development') {
    throw new ConfigError(
      'BOT_ID',
      `Real Graph credentials are set (${CREDENTIAL_VARIABLES[source.auth.kind]}) but BOT_ID is not, so anyone who can reach the bot ` +
        'could read the tenant\'s reports unauthenticated. Without BOT_ID the bot is for local development on the built-in emulator or a ' +
        'loopback GRAPH_BASE_URL only. Set BOT_ID with BOT_PASSWORD or BOT_CERTIFICATE_PATH (or BOT_TYPE=UserAssignedMsi), or unset the Graph credentials.',
    );
  }
  if (identity.kind === 'app' && source.kind === 'emulator' && !source.explicit) {
    throw new ConfigError(
      'GRAPH_SOURCE',
      'BOT_ID is set, so the bot answers real Teams users, but no Graph settings are. To read your tenant set GRAPH_TENANT_ID, ' +
        'GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (or GRAPH_CLIENT_CERTIFICATE_PATH instead of the secret, or GRAPH_AUTH=managed-identity); ' +
        'to answer with the built-in emulator\'s demo data instead, set GRAPH_SOURCE=emulator.',
    );
  }
}
