/**
 * An HTTP pass-through on loopback that can hold requests: while held, requests wait unanswered
 * (as from a Graph that is slow to answer) until `release`. Tests put it in front of the Graph
 * emulator to catch bot instances in the middle of their work, or in front of Azurite to lose an
 * answer after the server acted on the request.
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
  /** The next request with this method reaches the server, but its answer is dropped (the connection is cut). */
  loseNextAnswer(method: string): void;
  close(): Promise<void>;
};

export async function startGateProxy(target: string): Promise<GateProxy> {
  let holding = false;
  let waiting: (() => void)[] = [];
  let loseAnswerTo: string | undefined;
  const server = createServer((req, res) => {
    const lose = req.method === loseAnswerTo;
    if (lose) loseAnswerTo = undefined;
    const forward = () => {
      if (req.destroyed) return;
      const upstream = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
        if (lose) {
          answer.resume();
          answer.on('end', () => res.socket?.destroy());
          return;
        }
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
    loseNextAnswer: (method) => {
      loseAnswerTo = method;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
