/**
 * An HTTP pass-through on loopback that can hold requests: while held, requests wait unanswered
 * (as from a Graph that is slow to answer) until `release`. Tests put it in front of the Graph
 * emulator to catch bot instances in the middle of their work.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GateProxy = {
  readonly url: string;
  /** Requests waiting at the gate now. */
  readonly held: number;
  hold(): void;
  /** Lets every waiting request through, and those after it. */
  release(): void;
  close(): Promise<void>;
};

export async function startGateProxy(target: string): Promise<GateProxy> {
  let holding = false;
  let waiting: (() => void)[] = [];
  const server = createServer((req, res) => {
    const forward = () => {
      if (req.destroyed) return;
      const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
        res.statusCode = answer.statusCode ?? 502;
        for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) res.setHeader(name, value);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      res.on('close', () => upstream.destroy());
      req.pipe(upstream);
    };
    if (holding) waiting.push(forward);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get held() {
      return waiting.length;
    },
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      const go = waiting;
      waiting = [];
      for (const forward of go) forward();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
