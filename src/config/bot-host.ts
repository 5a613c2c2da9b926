/**
 * The address the bot listens on (`HOST`): an IP address or host name, and loopback only while the bot is
 * anonymous, so no one else can post it unauthenticated activities.
 */
import { isIP } from 'node:net';
import { isLoopbackUrl } from '../reports/graph-token.js';
import type { BotIdentity } from './bot-identity.js';
import { ConfigError } from './config-error.js';
import { read, type Env } from './env-values.js';

export const DEFAULT_BOT_HOST = '127.0.0.1';

/** `HOST` (default 127.0.0.1), brackets of an IPv6 address removed. */
export function readBotHost(env: Env, identity: BotIdentity): string {
  const value = read(env, 'HOST')?.replace(/^\[(.*)\]$/, '$1');
  const host = value ?? DEFAULT_BOT_HOST;
  const hostname = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
  if (isIP(host) === 0 && !hostname.test(host)) {
    throw new ConfigError('HOST', `HOST is "${host}", which is neither an IP address nor a host name. Use for example ${DEFAULT_BOT_HOST}.`);
  }
  if (identity.kind === 'anonymous' && !isLoopbackHost(host)) {
    throw new ConfigError(
      'BOT_ID',
      `HOST is ${host}, which is not a loopback address, and BOT_ID is not set, so anyone who reaches the server could ` +
        'post activities to the bot unauthenticated. Set BOT_ID with BOT_PASSWORD or BOT_CERTIFICATE_PATH (or BOT_TYPE=UserAssignedMsi), ' +
        `or listen on ${DEFAULT_BOT_HOST}.`,
    );
  }
  return host;
}

/** True for host names and addresses that only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return isLoopbackUrl(`http://${isIP(bare) === 6 ? `[${bare}]` : bare}/`);
}
