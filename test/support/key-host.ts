/**
 * A stand-in for the Bot Connector's key host on loopback: OpenID metadata naming a key set, and the key
 * set itself (RS256 public keys with the channels each is endorsed for, plus whatever odd entries a test
 * adds), with tokens signed the way the Bot Connector signs them. Its own key pairs, made with jose.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/** A signing key of the host: its id, private key, and the channels its public key is published as endorsed for. */
export type HostKey = { readonly kid: string; readonly privateKey: CryptoKey; readonly publicKey: CryptoKey; readonly endorsements?: readonly string[] };

export type KeyHost = {
  /** Where the OpenID metadata is, e.g. http://127.0.0.1:41234/openidconfiguration */
  readonly openIdMetadataUrl: string;
  /** The key endorsed for msteams. */
  readonly teamsKey: HostKey;
  /** Requests received, by path. */
  readonly requests: string[];
  /** Adds a key (published from now on) and returns it. */
  addKey(kid: string, endorsements?: readonly string[]): Promise<HostKey>;
  /** Entries published in the key set besides the keys (odd ones, for robustness tests). */
  readonly extraEntries: unknown[];
  /** A compact JWT over `claims`, signed RS256 with `key` (default the msteams key), `kid` in its header unless overridden. */
  sign(claims: JWTPayload, options?: { key?: HostKey; header?: Record<string, unknown> }): Promise<string>;
  close(): Promise<void>;
};

export async function startKeyHost(): Promise<KeyHost> {
  const keys: HostKey[] = [];
  const extraEntries: unknown[] = [];
  const requests: string[] = [];
  const addKey = async (kid: string, endorsements?: readonly string[]): Promise<HostKey> => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const key = { kid, privateKey, publicKey, ...(endorsements ? { endorsements } : {}) };
    keys.push(key);
    return key;
  };
  const teamsKey = await addKey('connector-key', ['msteams']);
  const server: Server = createServer((req, res) => void answer(req.url ?? '', res));
  async function answer(path: string, res: import('node:http').ServerResponse): Promise<void> {
    requests.push(path);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const jwks = async () => ({
      keys: [
        ...(await Promise.all(
          keys.map(async (key) => ({ ...(await exportJWK(key.publicKey)), kid: key.kid, use: 'sig', ...(key.endorsements ? { endorsements: key.endorsements } : {}) })),
        )),
        ...extraEntries,
      ],
    });
    const body = path === '/openidconfiguration' ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` } : await jwks();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openIdMetadataUrl: `${url}/openidconfiguration`,
    teamsKey,
    requests,
    addKey,
    extraEntries,
    sign: (claims, options = {}) => {
      const key = options.key ?? teamsKey;
      return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...options.header }).sign(key.privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
