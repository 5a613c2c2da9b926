/**
 * A OneDrive upload session on loopback, as Teams hands one out in a file-consent accept: takes
 * sequential PUTs with `Content-Range: bytes start-end/total` and a matching Content-Length, refuses
 * ranges out of order or (but the last) not a multiple of 320 KiB, answers 202 until the last byte and
 * 201 with the drive item then. Sessions can be told to fail or to have expired.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One PUT as the server saw it. */
export type UploadRequest = {
  readonly method: string;
  readonly contentRange?: string;
  readonly contentLength?: string;
  readonly authorization?: string;
  readonly bodyBytes: number;
  readonly status: number;
};

export type UploadSession = {
  /** The upload URL to put in `uploadInfo`. */
  readonly url: string;
  readonly requests: UploadRequest[];
  /** Statuses to answer the next PUTs with (their bytes are dropped), e.g. [503] or [500, 500, 500, 500]. */
  readonly failNext: number[];
  /** Answers 404 to every PUT: the session has expired. */
  expired: boolean;
  /** While set, PUTs are held (body read, no answer) until it resolves: a slow upload. */
  gate?: Promise<void>;
  /** The bytes received so far, in order. */
  received(): Buffer;
  /** True once the last byte arrived and 201 was answered. */
  readonly completed: boolean;
  /** Why a PUT was refused with 400, if one was. */
  readonly problems: string[];
};

export type FakeUploadServer = {
  readonly url: string;
  /** A new upload session. */
  session(): UploadSession;
  close(): Promise<void>;
};

const RANGE_UNIT = 320 * 1024;

export async function startFakeUploadServer(): Promise<FakeUploadServer> {
  const sessions = new Map<string, UploadSession & { chunks: Buffer[]; total?: number; completed: boolean }>();
  let next = 1;
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const session = sessions.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (session?.gate) await session.gate;
    const record = (status: number) => {
      session?.requests.push({
        method: req.method ?? '',
        contentRange: req.headers['content-range'],
        contentLength: req.headers['content-length'],
        authorization: req.headers.authorization,
        bodyBytes: body.length,
        status,
      });
    };
    const answer = (status: number, json?: unknown) => {
      record(status);
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (!session || req.method !== 'PUT') return answer(404, { error: { code: 'itemNotFound' } });
    if (session.expired) return answer(404, { error: { code: 'itemNotFound', message: 'The upload session was not found.' } });
    const failure = session.failNext.shift();
    if (failure !== undefined) return answer(failure, { error: { code: 'serviceNotAvailable' } });
    const refuse = (problem: string) => {
      session.problems.push(problem);
      return answer(400, { error: { code: 'invalidRange', message: problem } });
    };
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
    if (!match) return refuse(`no Content-Range: ${String(req.headers['content-range'])}`);
    const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const received = session.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (session.total !== undefined && session.total !== total) return refuse(`total changed from ${session.total} to ${total}`);
    if (start !== received) return refuse(`range starts at ${start}, expected ${received}`);
    if (end < start || end >= total) return refuse(`range ${start}-${end} outside 0-${total - 1}`);
    if (Number(req.headers['content-length']) !== body.length || body.length !== end - start + 1) {
      return refuse(`Content-Length ${String(req.headers['content-length'])}, body ${body.length}, range ${end - start + 1}`);
    }
    const last = end === total - 1;
    if (!last && body.length % RANGE_UNIT !== 0) return refuse(`range of ${body.length} bytes is not a multiple of 320 KiB`);
    session.total = total;
    session.chunks.push(body);
    if (!last) return answer(202, { expirationDateTime: '2026-11-23T08:00:00Z', nextExpectedRanges: [`${end + 1}-`] });
    session.completed = true;
    return answer(201, { id: '01ABCDEF', name: 'uploaded.csv', size: total, file: {} });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    session() {
      const path = `/up/session-${next++}`;
      const session = {
        url: `${url}${path}`,
        requests: [] as UploadRequest[],
        failNext: [] as number[],
        expired: false,
        gate: undefined as Promise<void> | undefined,
        completed: false,
        problems: [] as string[],
        chunks: [] as Buffer[],
        total: undefined as number | undefined,
        received: () => Buffer.concat(session.chunks),
      };
      sessions.set(path, session);
      return session;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
