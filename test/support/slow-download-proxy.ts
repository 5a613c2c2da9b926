/**
 * An HTTP pass-through on loopback in front of the Graph emulator whose report downloads can stall part
 * way: while `stall(bytes)` is set, a 200 answer (a report's CSV, from Graph or its download link) sends its headers and first `bytes` bytes, then waits for
 * `release`, as a large report does over a slow link. Graph's 302 `Location` and the links of JSON pages
 * (`@odata.nextLink`, `@odata.deltaLink`) are rewritten to come back through the proxy, so they pass here too.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SlowDownloadProxy = {
  readonly url: string;
  /** 200 answers from now on stop after `bytes` bytes until `release`. */
  stall(bytes: number): void;
  /** Resolves once a download has sent its first part and waits. */
  whenStalled(): Promise<void>;
  /** Lets waiting downloads finish, and those after them run through. */
  release(): void;
  close(): Promise<void>;
};

export async function startSlowDownloadProxy(target: string): Promise<SlowDownloadProxy> {
  let stallAfter: number | undefined;
  let waiting: (() => void)[] = [];
  let stalled: (() => void)[] = [];
  let url = '';
  const server = createServer((req, res) => {
    const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
      res.statusCode = answer.statusCode ?? 502;
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value === undefined) continue;
        res.setHeader(name, name === 'location' && typeof value === 'string' ? value.replace(target, url) : value);
      }
      const limit = answer.statusCode === 200 ? stallAfter : undefined;
      // JSON pages name their next page: those links come back through the proxy too.
      if (String(answer.headers['content-type']).startsWith('application/json')) return void relayJson(answer, res, limit);
      if (limit === undefined) return void answer.pipe(res);
      let sent = 0;
      let piped = false;
      // A body shorter than the limit never stalls: it ends here.
      answer.on('end', () => {
        if (!piped) res.end();
      });
      answer.on('data', (chunk: Buffer) => {
        if (sent >= limit) return;
        const part = chunk.subarray(0, limit - sent);
        sent += part.length;
        res.write(part);
        if (sent < limit) return;
        answer.pause();
        waiting.push(() => {
          res.write(chunk.subarray(part.length));
          piped = true;
          answer.pipe(res);
          answer.resume();
        });
        for (const notify of stalled.splice(0)) notify();
      });
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  /** A JSON answer with the target's links turned into the proxy's, stalled after `limit` bytes like a download. */
  function relayJson(answer: IncomingMessage, res: ServerResponse, limit: number | undefined): void {
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const body = Buffer.from(Buffer.concat(chunks).toString('utf8').replaceAll(target, url), 'utf8');
      res.setHeader('content-length', String(body.length));
      if (limit === undefined || body.length <= limit) return void res.end(body);
      res.write(body.subarray(0, limit));
      waiting.push(() => res.end(body.subarray(limit)));
      for (const notify of stalled.splice(0)) notify();
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    stall: (bytes) => {
      stallAfter = bytes;
    },
    whenStalled: () => (waiting.length > 0 ? Promise.resolve() : new Promise((resolve) => stalled.push(resolve))),
    release: () => {
      stallAfter = undefined;
      const go = waiting;
      waiting = [];
      stalled = [];
      for (const resume of go) resume();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
