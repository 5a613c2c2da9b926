/**
 * A loopback pass-through between the Agents Playground and the bot that can make the Playground's user a
 * Russian or Italian Teams user. The Playground (0.2.28) has no setting for the user's language: it writes
 * `locale: "en-US"` and a clientInfo entity with `locale: "en-US"` into every activity it sends
 * (dist/index.js, its activity generators). Until it has one, this proxy stands in for it: while a client is
 * set, it rewrites each JSON activity's `locale`, `localTimezone` and clientInfo entity (locale, country,
 * time zone) the way a Teams client in that language sends them, and passes everything else through as it
 * came. Tests set the client with `PUT /_e2e/client` (`{}` goes back to the Playground's own values).
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a Teams client of one language says about itself in an activity. */
export type TeamsClient = { readonly locale: string; readonly country: string; readonly timezone: string };

export const CLIENT_PATH = '/_e2e/client';
const MAX_BODY_BYTES = 1024 * 1024;

export type LocaleProxy = { readonly url: string; close(): Promise<void> };

/** Starts the proxy in front of `target` (the bot's origin, e.g. http://127.0.0.1:3978). */
export async function startLocaleProxy(target: string): Promise<LocaleProxy> {
  let client: TeamsClient | undefined;
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.url === CLIENT_PATH && req.method === 'PUT') {
        client = parseClient(body);
        res.writeHead(204).end();
        return;
      }
      forward(req, res, target, client ? asClient(body, client) : body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Makes the Playground's user a Teams client `client` (undefined: the Playground's own en-US again), from a test process. */
export async function setTeamsClient(proxyUrl: string, client: TeamsClient | undefined): Promise<void> {
  const response = await fetch(new URL(CLIENT_PATH, proxyUrl), { method: 'PUT', body: JSON.stringify(client ?? {}) });
  if (response.status !== 204) throw new Error(`the locale proxy answered ${response.status} to ${CLIENT_PATH}`);
}

function parseClient(body: Buffer): TeamsClient | undefined {
  const value = JSON.parse(body.toString('utf8') || '{}') as Partial<TeamsClient>;
  if (value.locale === undefined) return undefined;
  if (typeof value.locale !== 'string' || typeof value.country !== 'string' || typeof value.timezone !== 'string') throw new Error('a client needs locale, country and timezone');
  return { locale: value.locale, country: value.country, timezone: value.timezone };
}

/** The activity in `body` as `client` would have sent it; anything that is no JSON activity as it is. */
function asClient(body: Buffer, client: TeamsClient): Buffer {
  let activity: unknown;
  try {
    activity = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) return body;
  const { entities } = activity as { entities?: unknown };
  const rewritten = {
    ...activity,
    locale: client.locale,
    localTimezone: client.timezone,
    entities: [
      ...(Array.isArray(entities) ? entities.filter((entity: { type?: unknown } | null) => entity?.type !== 'clientInfo') : []),
      { type: 'clientInfo', locale: client.locale, country: client.country, platform: 'Web', timezone: client.timezone },
    ],
  };
  return Buffer.from(JSON.stringify(rewritten), 'utf8');
}

function forward(req: IncomingMessage, res: ServerResponse, target: string, body: Buffer): void {
  // The body is whole (and perhaps rewritten), so it goes with its length instead of in chunks.
  const { 'transfer-encoding': _chunked, ...kept } = req.headers;
  const headers = { ...kept, host: new URL(target).host, 'content-length': String(body.length) };
  const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  upstream.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
