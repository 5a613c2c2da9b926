import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import type { LogFields, Logger } from '../src/logger.js';
import { GraphClient, type GraphClientOptions, type JsonResponse, type RequestOptions } from '../src/reports/graph-client.js';
import { GraphReportError } from '../src/reports/report-errors.js';
import { createFakeClock } from './support/fake-clock.js';

// ---- a real local HTTP server per test, and fakes for time, randomness and logging ----

type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders };
type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => unknown;
type TestServer = { origin: string; requests: RecordedRequest[] };

const servers: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const index = requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }) - 1;
    Promise.resolve(handler(req, res, index)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** A port nobody listens on: bind one, then let it go. */
async function closedPortOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const START = Date.parse('2025-03-04T10:00:00Z');

type LogLine = { level: string; message: string; fields: LogFields };

function createCapturingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = (level: string) => (message: string, fields: LogFields = {}) => lines.push({ level, message, fields });
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

const TOKEN = 'eyJ0eXAiOiJKV1Qi.test-access-token.sig';
const SAS_QUERY = 'sv=2023-01-03&se=2025-03-04T10%3A05%3A00Z&sig=SECRETSIGNATURE123';
const CSV = '\uFEFFReport Refresh Date,Product Type,Assigned,Activated,Shared Computer Activation\n2025-03-02,MICROSOFT 365 APPS FOR ENTERPRISE,10,8,1\n';
const ACTIVATIONS = "/v1.0/reports/getOffice365ActivationsUserCounts";
const COPILOT_SUMMARY = "/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7')?$format=text/csv";

function createClient(origin: string, overrides: Partial<GraphClientOptions> = {}) {
  const clock = createFakeClock(START);
  const logger = createCapturingLogger();
  const client = new GraphClient({
    baseUrl: origin,
    tokens: { getToken: async () => TOKEN },
    clock,
    logger,
    random: () => 0.5,
    ...overrides,
  });
  return { client, clock, logger };
}

function graphError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { code, message, innerError: { date: '2025-03-04T10:00:00', 'request-id': 'r-1' } } }));
}

function redirectTo(res: ServerResponse, location: string) {
  res.writeHead(302, { 'Content-Type': 'text/plain', Location: location });
  res.end();
}

function sendCsv(res: ServerResponse, body = CSV, headers: Record<string, string> = {}) {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, document: unknown, headers: Record<string, string> = {}) {
  res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(document));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Fetches a CSV report and reads it to the end, so no body is left open when the server closes. */
async function fetchCsvText(client: GraphClient, path: string, options: RequestOptions = {}): Promise<string> {
  const response = await client.getCsv(path, options);
  if (response.kind !== 'csv') throw new Error(`expected a CSV body, got ${response.kind}`);
  return (await readAll(response.body)).toString('utf8');
}

async function collectPages(response: JsonResponse): Promise<unknown[][]> {
  if (response.kind !== 'json') throw new Error(`expected JSON pages, got ${response.kind}`);
  const pages: unknown[][] = [];
  for await (const page of response.pages) pages.push([...page]);
  return pages;
}

async function captureError(run: () => Promise<unknown>): Promise<GraphReportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof GraphReportError) return error;
    throw error;
  }
  throw new Error('expected a GraphReportError, the call succeeded');
}

// ---- CSV ----

describe('CSV reports', () => {
  test('follows the 302 to a download host on another port without the bearer token', async () => {
    const download = await startServer((_req, res) => sendCsv(res));
    const graph = await startServer((_req, res) => redirectTo(res, `${download.origin}/data/download/JDFKdf2?${SAS_QUERY}`));
    const { client } = createClient(graph.origin);

    const response = await client.getCsv(ACTIVATIONS);

    expect(response.kind).toBe('csv');
    if (response.kind !== 'csv') return;
    expect(response.body).toBeInstanceOf(Readable);
    const bytes = await readAll(response.body);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toBe(CSV);
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(download.requests).toHaveLength(1);
    expect(download.requests[0]?.url).toBe(`/data/download/JDFKdf2?${SAS_QUERY}`);
    expect(download.requests[0]?.headers.authorization).toBeUndefined();
    expect(JSON.stringify(download.requests[0]?.headers)).not.toContain(TOKEN);
  });

  test('a relative Location is resolved against Graph and still fetched without the token', async () => {
    const graph = await startServer((req, res) =>
      req.url?.startsWith('/download') ? sendCsv(res) : redirectTo(res, `/download/abc?${SAS_QUERY}`),
    );
    const { client } = createClient(graph.origin);

    const response = await client.getCsv(ACTIVATIONS);

    expect(response.kind === 'csv' && (await readAll(response.body)).toString()).toBe(CSV);
    expect(graph.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, undefined]);
  });

  test('accepts a direct 200 CSV, as the v1.0 /copilot/reports endpoints send', async () => {
    const graph = await startServer((_req, res) => sendCsv(res, CSV, { ETag: '"v1-copilot"' }));
    const { client } = createClient(graph.origin);

    const response = await client.getCsv(COPILOT_SUMMARY);

    expect(response).toMatchObject({ kind: 'csv', etag: '"v1-copilot"' });
    expect(response.kind === 'csv' && (await readAll(response.body)).toString()).toBe(CSV);
    expect(graph.requests[0]?.url).toBe("/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='D7')?$format=text/csv");
  });

  test('streams the body instead of buffering it', async () => {
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const download = await startServer(async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.write('\uFEFFReport Refresh Date,Assigned\n');
      await finished;
      res.end('2025-03-02,10\n');
    });
    const graph = await startServer((_req, res) => redirectTo(res, `${download.origin}/d?${SAS_QUERY}`));
    const { client } = createClient(graph.origin);

    // Resolves while the download host still holds back the end of the body.
    const response = await client.getCsv(ACTIVATIONS);
    if (response.kind !== 'csv') throw new Error('expected csv');
    const chunks = response.body[Symbol.asyncIterator]();
    const first = await chunks.next();
    expect(Buffer.from(first.value as Uint8Array).toString()).toBe('\uFEFFReport Refresh Date,Assigned\n');

    finish();
    let rest = '';
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) rest += Buffer.from(next.value as Uint8Array).toString();
    expect(rest).toBe('2025-03-02,10\n');
  });

  test('sends If-None-Match and answers 304 with not-modified', async () => {
    const graph = await startServer((_req, res) => {
      res.writeHead(304, { ETag: '"abc"' });
      res.end();
    });
    const { client } = createClient(graph.origin);

    await expect(client.getCsv(ACTIVATIONS, { ifNoneMatch: '"abc"' })).resolves.toEqual({ kind: 'not-modified' });
    expect(graph.requests[0]?.headers['if-none-match']).toBe('"abc"');
  });

  test('keeps the ETag Graph sent with the redirect', async () => {
    const download = await startServer((_req, res) => sendCsv(res));
    const graph = await startServer((_req, res) => {
      res.writeHead(302, { Location: `${download.origin}/d?${SAS_QUERY}`, ETag: '"report-2025-03-02"' });
      res.end();
    });
    const { client } = createClient(graph.origin);

    const response = await client.getCsv(ACTIVATIONS);

    expect(response).toMatchObject({ kind: 'csv', etag: '"report-2025-03-02"' });
    expect(response.kind === 'csv' && (await readAll(response.body)).toString()).toBe(CSV);
  });

  test('a 302 without Location is an UNEXPECTED_RESPONSE naming the request', async () => {
    const graph = await startServer((_req, res) => {
      res.writeHead(302, { 'Content-Type': 'text/plain' });
      res.end();
    });
    const { client } = createClient(graph.origin);

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(302);
    expect(error.message).toBe(
      `Microsoft Graph answered GET ${graph.origin}${ACTIVATIONS} in a way the reports API does not document: ` +
        'a 302 redirect without a Location header. Try again later; if it persists, report it with the time of the request.',
    );
  });

  test('a redirect to plain http on a remote host is refused rather than downloaded', async () => {
    const graph = await startServer((_req, res) => redirectTo(res, `http://reports.example.com/d?${SAS_QUERY}`));
    const { client } = createClient(graph.origin);

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toMatch(/a redirect to a http: download URL, where only https is expected/);
    expect(error.message).not.toContain('SECRETSIGNATURE');
  });

  test('an expired download link (410) makes one fresh Graph call for a new Location', async () => {
    const download = await startServer((req, res) => {
      if (req.url?.startsWith('/first')) {
        res.writeHead(410);
        res.end('<Error><Code>AuthenticationFailed</Code><Detail>sig=SECRETSIGNATURE123</Detail></Error>');
      } else sendCsv(res);
    });
    const graph = await startServer((_req, res, index) =>
      redirectTo(res, `${download.origin}/${index === 0 ? 'first' : 'second'}?${SAS_QUERY}`),
    );
    let budgetSpent = 0;
    const { client, clock } = createClient(graph.origin);

    const response = await client.getCsv(ACTIVATIONS, { beforeRequest: () => budgetSpent++ });

    expect(response.kind === 'csv' && (await readAll(response.body)).toString()).toBe(CSV);
    expect(graph.requests).toHaveLength(2);
    expect(download.requests.map((r) => r.url.split('?')[0])).toEqual(['/first', '/second']);
    expect(budgetSpent).toBe(2);
    expect(clock.sleeps).toEqual([]);
  });

  test.each([403, 404, 410])('a download refused twice (%i) is DOWNLOAD_FAILED, without the signed query', async (status) => {
    const download = await startServer((_req, res) => {
      res.writeHead(status);
      res.end(`refused sig=SECRETSIGNATURE123`);
    });
    const graph = await startServer((_req, res) => redirectTo(res, `${download.origin}/data/download/x?${SAS_QUERY}`));
    const { client } = createClient(graph.origin);

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error.code).toBe('DOWNLOAD_FAILED');
    expect(error.status).toBe(status);
    // Graph's download links carry their secret in the path as well as the query: only the host is named.
    expect(error.request).toEqual({ method: 'GET', url: `${download.origin}/(pre-authenticated download link)` });
    expect(error.message).toBe(
      `Downloading the report from GET ${download.origin}/(pre-authenticated download link) failed (HTTP ${status}, after 2 attempts). ` +
        'Download links from Graph are valid for a few minutes only and a fresh one was already requested once; ' +
        'check that this host can reach the download host and that its clock is correct, then try again.',
    );
    expect(graph.requests).toHaveLength(2);
    expect(download.requests).toHaveLength(2);
  });

  test('a download host that is briefly unavailable is retried with backoff, without Graph or the budget', async () => {
    const download = await startServer((_req, res, index) => {
      if (index === 0) {
        res.writeHead(503, { 'Retry-After': '2' });
        res.end();
      } else sendCsv(res);
    });
    const graph = await startServer((_req, res) => redirectTo(res, `${download.origin}/d?${SAS_QUERY}`));
    let budgetSpent = 0;
    const { client, clock } = createClient(graph.origin);

    const response = await client.getCsv(ACTIVATIONS, { beforeRequest: () => budgetSpent++ });

    expect(response.kind === 'csv' && (await readAll(response.body)).toString()).toBe(CSV);
    expect(clock.sleeps).toEqual([2_000]);
    expect(graph.requests).toHaveLength(1);
    expect(budgetSpent).toBe(1);
  });

  test('a download host that cannot be reached is DOWNLOAD_FAILED after the retries', async () => {
    const unreachable = await closedPortOrigin();
    const graph = await startServer((_req, res) => redirectTo(res, `${unreachable}/d?${SAS_QUERY}`));
    const { client, clock } = createClient(graph.origin);

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error.code).toBe('DOWNLOAD_FAILED');
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/failed \(no answer: ECONNREFUSED, after 4 attempts\)/);
    expect(error.message).not.toContain('SECRETSIGNATURE');
    expect(clock.sleeps).toHaveLength(3);
  });
});

// ---- JSON ----

describe('JSON reports', () => {
  const JSON_PATH = "/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')?$format=application/json";

  test('follows @odata.nextLink to the end, each page through beforeRequest with the token', async () => {
    const graph = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const token = url.searchParams.get('$skiptoken');
      if (!token) sendJson(res, { value: [{ n: 1 }, { n: 2 }], '@odata.nextLink': `${graphOrigin}${url.pathname}?$skiptoken=p2` }, { ETag: '"groups"' });
      else if (token === 'p2') sendJson(res, { value: [{ n: 3 }], '@odata.nextLink': `${graphOrigin}${url.pathname}?$skiptoken=p3` });
      else sendJson(res, { value: [] });
    });
    const graphOrigin = graph.origin;
    let budgetSpent = 0;
    const { client } = createClient(graph.origin);

    const response = await client.getJson(JSON_PATH, { beforeRequest: () => budgetSpent++ });

    expect(response).toMatchObject({ kind: 'json', etag: '"groups"' });
    expect(budgetSpent).toBe(1);
    expect(await collectPages(response)).toEqual([[{ n: 1 }, { n: 2 }], [{ n: 3 }], []]);
    expect(budgetSpent).toBe(3);
    expect(graph.requests.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${TOKEN}`));
    expect(graph.requests.map((r) => r.headers.accept)).toEqual(Array(3).fill('application/json'));
  });

  test('answers 304 to If-None-Match with not-modified', async () => {
    const graph = await startServer((_req, res) => {
      res.writeHead(304);
      res.end();
    });
    const { client } = createClient(graph.origin);

    await expect(client.getJson(JSON_PATH, { ifNoneMatch: '"groups"' })).resolves.toEqual({ kind: 'not-modified' });
    expect(graph.requests[0]?.headers['if-none-match']).toBe('"groups"');
  });

  test('a nextLink to another host is refused, and that host never sees the token', async () => {
    const elsewhere = await startServer((_req, res) => sendJson(res, { value: [{ stolen: true }] }));
    const graph = await startServer((_req, res) =>
      sendJson(res, { value: [{ n: 1 }], '@odata.nextLink': `${elsewhere.origin}/v1.0/reports/x?$skiptoken=p2` }),
    );
    const { client } = createClient(graph.origin);
    const response = await client.getJson(JSON_PATH);
    if (response.kind !== 'json') throw new Error('expected json');
    const pages = response.pages[Symbol.asyncIterator]();
    await expect(pages.next()).resolves.toEqual({ done: false, value: [{ n: 1 }] });

    const error = await captureError(() => pages.next());

    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toContain(`"@odata.nextLink" points to another host (${elsewhere.origin})`);
    expect(error.message).toContain(`GET ${graph.origin}/v1.0/reports/getOffice365GroupsActivityDetail(period='D7')`);
    expect(elsewhere.requests).toEqual([]);
  });

  test('a nextLink that loops back to a page already read is refused', async () => {
    const graph = await startServer((req, res) => sendJson(res, { value: [1], '@odata.nextLink': `${graphOrigin}${req.url}` }));
    const graphOrigin = graph.origin;
    const { client } = createClient(graph.origin);

    const error = await captureError(async () => collectPages(await client.getJson(JSON_PATH)));

    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toMatch(/points back to a page already read/);
    expect(graph.requests).toHaveLength(1);
  });

  test.each([
    ['malformed JSON', '{"value": [', 'the body is not valid JSON'],
    ['a body without value', '{"@odata.context":"x"}', 'the JSON body has no "value" array'],
    ['a value that is not an array', '{"value": {"n": 1}}', 'the JSON body has no "value" array'],
  ])('%s is UNEXPECTED_RESPONSE naming the URL', async (_name, body, problem) => {
    const graph = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    const { client } = createClient(graph.origin);

    const error = await captureError(() => client.getJson(JSON_PATH));

    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(200);
    expect(error.message).toContain(
      `Microsoft Graph answered GET ${graph.origin}/v1.0/reports/getOffice365GroupsActivityDetail(period='D7') ` +
        `in a way the reports API does not document: ${problem}.`,
    );
  });

  test('a later page that fails briefly is retried; one that is malformed names its own URL', async () => {
    const graph = await startServer((_req, res, index) => {
      if (index === 0) return sendJson(res, { value: [1], '@odata.nextLink': `${graphOrigin}/v1.0/page2?$skiptoken=abc` });
      if (index === 1) {
        res.writeHead(504);
        return res.end();
      }
      if (index === 2) return sendJson(res, { value: [2], '@odata.nextLink': `${graphOrigin}/v1.0/page3` });
      res.writeHead(200);
      res.end('<html>gateway</html>');
    });
    const graphOrigin = graph.origin;
    let budgetSpent = 0;
    const { client, clock } = createClient(graph.origin, { retry: { baseDelayMs: 100 } });
    const response = await client.getJson(JSON_PATH, { beforeRequest: () => budgetSpent++ });
    if (response.kind !== 'json') throw new Error('expected json');
    const pages: unknown[] = [];

    const error = await captureError(async () => {
      for await (const page of response.pages) pages.push(page);
    });

    expect(pages).toEqual([[1], [2]]);
    expect(clock.sleeps).toEqual([50]);
    expect(budgetSpent).toBe(4);
    expect(error.message).toContain(`GET ${graph.origin}/v1.0/page3 in a way`);
  });

  test('a 3xx to a JSON request is UNEXPECTED_RESPONSE and the redirect is not followed', async () => {
    const elsewhere = await startServer((_req, res) => sendJson(res, { value: [] }));
    const graph = await startServer((_req, res) => redirectTo(res, `${elsewhere.origin}/x`));
    const { client } = createClient(graph.origin);

    const error = await captureError(() => client.getJson(JSON_PATH));

    expect(error).toMatchObject({ code: 'UNEXPECTED_RESPONSE', status: 302 });
    expect(elsewhere.requests).toEqual([]);
  });
});

// ---- retries ----

describe('retries', () => {
  test('429 with Retry-After in seconds waits that long on the injected clock', async () => {
    const graph = await startServer((_req, res, index) =>
      index === 0 ? graphError(res, 429, 'TooManyRequests', 'Too many requests', { 'Retry-After': '7' }) : sendCsv(res),
    );
    let budgetSpent = 0;
    const { client, clock } = createClient(graph.origin);

    await expect(fetchCsvText(client, COPILOT_SUMMARY, { beforeRequest: () => budgetSpent++ })).resolves.toBe(CSV);

    expect(clock.sleeps).toEqual([7_000]);
    expect(budgetSpent).toBe(2);
  });

  test('Retry-After as an HTTP-date is measured against the injected clock', async () => {
    const graph = await startServer((_req, res, index) =>
      index === 0
        ? graphError(res, 503, 'ServiceUnavailable', 'busy', { 'Retry-After': new Date(START + 30_000).toUTCString() })
        : sendCsv(res),
    );
    const { client, clock } = createClient(graph.origin);

    await expect(fetchCsvText(client, COPILOT_SUMMARY)).resolves.toBe(CSV);

    expect(clock.sleeps).toEqual([30_000]);
  });

  test('without Retry-After: exponential backoff with full jitter, capped at maxDelayMs', async () => {
    const graph = await startServer((_req, res, index) => {
      if (index < 4) {
        res.writeHead([502, 503, 504, 429][index] ?? 500);
        return res.end();
      }
      sendCsv(res);
    });
    const { client, clock } = createClient(graph.origin, {
      random: () => 0.75,
      retry: { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 5_000 },
    });

    await expect(fetchCsvText(client, COPILOT_SUMMARY)).resolves.toBe(CSV);

    // 0.75 × min(5000, 1000 × 2^(retry-1)) for retries 1..4
    expect(clock.sleeps).toEqual([750, 1_500, 3_000, 3_750]);
    expect(graph.requests).toHaveLength(5);
  });

  test('429 still after maxAttempts is THROTTLED with Graph’s message and retryAt', async () => {
    const graph = await startServer((_req, res) =>
      graphError(res, 429, 'TooManyRequests', 'Application is over its request quota.', { 'Retry-After': '5' }),
    );
    const { client, clock } = createClient(graph.origin);

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(graph.requests).toHaveLength(4);
    expect(clock.sleeps).toEqual([5_000, 5_000, 5_000]);
    expect(error).toMatchObject({ code: 'THROTTLED', status: 429, retryAt: START + 20_000 });
    expect(error.message).toBe(
      `Microsoft Graph is throttling GET ${graph.origin}${ACTIVATIONS} (429 after 4 attempts, Graph said: ` +
        'TooManyRequests: Application is over its request quota.). Graph accepts requests again from ' +
        '2025-03-04T10:00:20.000Z; try again after that. Graph allows 14 CSV requests per report per 10 minutes ' +
        'for each app, and 40 across all apps in the tenant; other apps reading reports share that budget.',
    );
  });

  test('a Retry-After longer than maxRetryAfterMs fails at once: THROTTLED for 429', async () => {
    const graph = await startServer((_req, res) =>
      graphError(res, 429, 'TooManyRequests', 'slow down', { 'Retry-After': '600' }),
    );
    const { client, clock } = createClient(graph.origin);

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error).toMatchObject({ code: 'THROTTLED', status: 429, retryAt: START + 600_000 });
    expect(error.message).toMatch(/429 after 1 attempt, Graph said/);
    expect(graph.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('a Retry-After longer than maxRetryAfterMs fails at once: UNAVAILABLE for 5xx', async () => {
    const graph = await startServer((_req, res) => {
      res.writeHead(503, { 'Retry-After': '120' });
      res.end('<html>Service Unavailable</html>');
    });
    const { client, clock } = createClient(graph.origin, { retry: { maxRetryAfterMs: 90_000 } });

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 503, retryAt: START + 120_000 });
    expect(error.message).toBe(
      `Microsoft Graph could not serve GET ${graph.origin}${ACTIVATIONS} (503 after 1 attempt). Graph accepts ` +
        'requests again from 2025-03-04T10:02:00.000Z; try again after that. If it persists, check Microsoft 365 ' +
        'service health in the admin center.',
    );
    expect(clock.sleeps).toEqual([]);
  });

  test('5xx still after maxAttempts is UNAVAILABLE', async () => {
    const graph = await startServer((_req, res) => graphError(res, 502, 'BadGateway', 'upstream failed'));
    const { client, clock } = createClient(graph.origin, { retry: { maxAttempts: 2 } });

    const error = await captureError(() => client.getJson('/v1.0/reports/x?$format=application/json'));

    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 502, retryAt: undefined });
    expect(error.message).toMatch(/\(502 after 2 attempts, Graph said: BadGateway: upstream failed\)\. Wait a few minutes/);
    expect(clock.sleeps).toHaveLength(1);
  });

  test('a connection dropped without an answer is retried', async () => {
    const graph = await startServer((req, res, index) => (index === 0 ? req.socket.destroy() : sendCsv(res)));
    const { client, clock } = createClient(graph.origin);

    await expect(fetchCsvText(client, COPILOT_SUMMARY)).resolves.toBe(CSV);
    expect(clock.sleeps).toEqual([500]);
  });

  test('a host that accepts the connection but never answers counts as a failed attempt, then NETWORK', async () => {
    const graph = await startServer(() => new Promise<void>(() => {})); // holds every request open
    const { client, clock } = createClient(graph.origin, { answerTimeoutMs: 250, retry: { maxAttempts: 2 } });

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error.code).toBe('NETWORK');
    expect(error.message).toContain('after 2 attempts (ANSWER_TIMEOUT)');
    expect(graph.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([500]);
  });

  test('no answer at all after maxAttempts is NETWORK, naming the host and the error code', async () => {
    const unreachable = await closedPortOrigin();
    let budgetSpent = 0;
    const { client, clock } = createClient(unreachable);

    const error = await captureError(() => client.getCsv(ACTIVATIONS, { beforeRequest: () => budgetSpent++ }));

    expect(error.code).toBe('NETWORK');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe(
      `No answer from ${new URL(unreachable).host} for GET ${unreachable}${ACTIVATIONS} after 4 attempts (ECONNREFUSED). ` +
        `Check that this host can reach ${new URL(unreachable).host} (DNS, firewall, proxy) and try again.`,
    );
    expect(clock.sleeps).toEqual([500, 1_000, 2_000]);
    expect(budgetSpent).toBe(4);
  });

  test('a throwing beforeRequest vetoes the request: nothing is sent and its error comes through', async () => {
    const graph = await startServer((_req, res) => sendCsv(res));
    const { client } = createClient(graph.origin);
    const veto = new Error('budget exhausted');

    await expect(client.getCsv(ACTIVATIONS, { beforeRequest: () => { throw veto; } })).rejects.toBe(veto);
    expect(graph.requests).toEqual([]);
  });

  test('a veto between retries stops them', async () => {
    const graph = await startServer((_req, res) => graphError(res, 503, 'ServiceUnavailable', 'busy'));
    const { client } = createClient(graph.origin);
    let calls = 0;
    const veto = new Error('budget exhausted');

    await expect(
      client.getCsv(ACTIVATIONS, {
        beforeRequest: () => {
          if (++calls > 1) throw veto;
        },
      }),
    ).rejects.toBe(veto);
    expect(graph.requests).toHaveLength(1);
  });

  test('an aborted signal stops before sending', async () => {
    const graph = await startServer((_req, res) => sendCsv(res));
    const { client } = createClient(graph.origin);
    const controller = new AbortController();
    controller.abort(new Error('report request cancelled'));

    await expect(client.getCsv(ACTIVATIONS, { signal: controller.signal })).rejects.toThrow('report request cancelled');
    expect(graph.requests).toEqual([]);
  });
});

// ---- error mapping ----

describe('Graph error responses', () => {
  const PATH = "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')";

  async function failWith(status: number, body: string) {
    const graph = await startServer((_req, res) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    const { client } = createClient(graph.origin);
    const error = await captureError(() => client.getCsv(`${PATH}?$format=text/csv&version=v2`));
    return { error, target: `GET ${graph.origin}${PATH}`, graph };
  }

  test('401 is UNAUTHORIZED', async () => {
    const { error, target } = await failWith(
      401,
      JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } }),
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(error.message).toBe(
      `Microsoft Graph rejected the access token for ${target} (401, Graph said: InvalidAuthenticationToken: ` +
        "Access token has expired or is not yet valid.). Check that the app registration's tenant and client id belong " +
        'to the tenant being queried, that its secret or certificate is current, and that the token was issued for this Graph cloud.',
    );
  });

  test('403 is FORBIDDEN and names Reports.Read.All, admin consent and the reports reader roles', async () => {
    const { error, target } = await failWith(
      403,
      JSON.stringify({ error: { code: 'UnknownError', message: 'Forbidden' } }),
    );
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(error.message).toBe(
      `Microsoft Graph denied access to ${target} (403, Graph said: UnknownError: Forbidden). The app registration ` +
        'needs the Reports.Read.All application permission with admin consent granted (Entra ID › App registrations › ' +
        'API permissions › Grant admin consent). For delegated use the signed-in user also needs a reports reader role: ' +
        'Reports Reader, Usage Summary Reports Reader, Global Reader, or an administrator role such as Exchange, ' +
        'SharePoint or Teams Service Administrator.',
    );
  });

  test('400 is BAD_REQUEST carrying Graph’s own message with the allowed values', async () => {
    const { error, target } = await failWith(
      400,
      JSON.stringify({
        error: { code: 'InvalidArgument', message: "Invalid period 'D30' for report version v2. Use 'RL28' instead." },
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    expect(error.message).toBe(
      `Microsoft Graph refused a parameter of ${target} (400, Graph said: InvalidArgument: Invalid period 'D30' for ` +
        "report version v2. Use 'RL28' instead.). Check the report parameters (period, date, version) against the " +
        'values Graph names in its message.',
    );
  });

  test('404 whose message nests another error as JSON is unwrapped to the inner code and message', async () => {
    const inner = { error: { code: 'InvalidRequest', message: 'Resource not found for the segment getFooReport.' } };
    const { error, target } = await failWith(
      404,
      JSON.stringify({ error: { code: 'UnknownError', message: JSON.stringify(inner), innerError: { 'request-id': 'x' } } }),
    );
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(error.message).toBe(
      `Microsoft Graph does not know ${target} (404, Graph said: InvalidRequest: Resource not found for the segment ` +
        'getFooReport.). The report function or API version may not exist in this tenant or cloud (some reports are ' +
        'beta only); check the report name and the API version in the request.',
    );
  });

  test('404 with a plain message keeps it', async () => {
    const { error } = await failWith(404, JSON.stringify({ error: { code: 'ResourceNotFound', message: 'Not found' } }));
    expect(error.message).toContain('(404, Graph said: ResourceNotFound: Not found)');
  });

  test('an undocumented status is UNEXPECTED_RESPONSE; a non-JSON body leaves just the status', async () => {
    const { error, target } = await failWith(409, '<html><body>Conflict</body></html>');
    expect(error).toMatchObject({ code: 'UNEXPECTED_RESPONSE', status: 409 });
    expect(error.message).toBe(
      `Microsoft Graph answered ${target} with HTTP 409 (not documented for the reports API). ` +
        'Try again later; if it persists, report it with the time of the request.',
    );
  });

  test('a 500, which is not retried, is UNAVAILABLE', async () => {
    const { error, graph } = await failWith(500, JSON.stringify({ error: { code: 'generalException', message: 'oops' } }));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', status: 500 });
    expect(graph.requests).toHaveLength(1);
  });

  test('every error names the request by origin and path, without the query', async () => {
    const { error, graph } = await failWith(400, '{}');
    expect(error.request).toEqual({ method: 'GET', url: `${graph.origin}${PATH}` });
    expect(error.message).not.toContain('$format');
  });

  test('a token provider failure is TOKEN, and nothing is sent', async () => {
    const graph = await startServer((_req, res) => sendCsv(res));
    const { client } = createClient(graph.origin, {
      tokens: {
        getToken: async () => {
          throw new TypeError('boom');
        },
      },
    });

    const error = await captureError(() => client.getCsv(ACTIVATIONS));

    expect(error.code).toBe('TOKEN');
    expect(error.message).toBe(
      `Could not get an access token for GET ${graph.origin}${ACTIVATIONS} (TypeError). Check the bot's Graph sign-in settings.`,
    );
    expect(graph.requests).toEqual([]);
  });
});

// ---- logging ----

describe('logging', () => {
  test('one line per HTTP attempt, and neither the token nor the download query string ever appears', async () => {
    const download = await startServer((_req, res, index) => {
      if (index === 0) {
        res.writeHead(410);
        return res.end();
      }
      sendCsv(res);
    });
    const graph = await startServer((_req, res, index) =>
      index === 0
        ? graphError(res, 429, 'TooManyRequests', 'slow down', { 'Retry-After': '1' })
        : redirectTo(res, `${download.origin}/data/download/abc?${SAS_QUERY}`),
    );
    const { client, logger } = createClient(graph.origin);

    const response = await client.getCsv(ACTIVATIONS);
    if (response.kind === 'csv') await readAll(response.body);

    const attempts = logger.lines.filter((line) => line.message === 'graph request' || line.message === 'report download');
    expect(attempts.map(({ level, message, fields }) => [level, message, fields.status, fields.attempt])).toEqual([
      ['warn', 'graph request', 429, 1],
      ['info', 'graph request', 302, 2],
      ['warn', 'report download', 410, 1],
      ['info', 'graph request', 302, 1],
      ['info', 'report download', 200, 1],
    ]);
    expect(attempts[0]?.fields).toEqual({
      target: 'graph',
      method: 'GET',
      url: `${graph.origin}${ACTIVATIONS}`,
      status: 429,
      attempt: 1,
      ms: 0,
    });
    expect(attempts[2]?.fields.url).toBe(`${download.origin}/(pre-authenticated download link)`);
    const everything = JSON.stringify(logger.lines);
    expect(everything).not.toContain('/data/download/abc');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain('SECRETSIGNATURE123');
    expect(everything).not.toContain('sig=');
    expect(everything.toLowerCase()).not.toContain('authorization');
  });

  test('network failures are logged as warnings with the error code only', async () => {
    const unreachable = await closedPortOrigin();
    const { client, logger } = createClient(unreachable, { retry: { maxAttempts: 2 } });

    await captureError(() => client.getCsv(`${ACTIVATIONS}?${SAS_QUERY}`));

    expect(logger.lines.map((line) => [line.level, line.fields.error, line.fields.attempt])).toEqual([
      ['warn', 'ECONNREFUSED', 1],
      ['warn', 'ECONNREFUSED', 2],
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain('SECRETSIGNATURE123');
  });
});

// ---- configuration ----

describe('configuration', () => {
  test('refuses to send a token over plain http to a remote host', () => {
    expect(() => createClient('http://graph.microsoft.com')).toThrow(
      'The Graph base URL must use https (plain http only for an emulator on this machine), got http://graph.microsoft.com.',
    );
  });

  test('a base URL with a path prefix (an emulator mounted under /graph) is kept', async () => {
    const graph = await startServer((_req, res) => sendCsv(res));
    const { client } = createClient(`${graph.origin}/graph/`);

    await expect(fetchCsvText(client, COPILOT_SUMMARY)).resolves.toBe(CSV);

    expect(graph.requests[0]?.url).toBe(`/graph${COPILOT_SUMMARY}`);
  });

  test('a path that would leave the base URL’s origin is refused', async () => {
    const graph = await startServer((_req, res) => sendCsv(res));
    const { client } = createClient(graph.origin);

    await expect(client.getCsv('@evil.example/v1.0/reports/x')).rejects.toThrow(/must start with "\/"/);
    await expect(fetchCsvText(client, '/v1.0/reports/x')).resolves.toBe(CSV);
  });

  test('retry settings are validated when the client is created', () => {
    expect(() => createClient('https://graph.microsoft.com', { retry: { maxAttempts: 0 } })).toThrow(/retry\.maxAttempts/);
  });
});

describe('the size of a CSV download', () => {
  test('is the stated Content-Length of the download, for progress; a compressed or unstated body has none', async () => {
    const { gzipSync } = await import('node:zlib');
    const storage = await startServer((req, res) => {
      if (req.url?.startsWith('/plain?')) return sendCsv(res, CSV, { 'Content-Length': String(Buffer.byteLength(CSV)) });
      if (req.url?.startsWith('/gzip?')) return sendCsv(res, gzipSync(CSV) as unknown as string, { 'Content-Encoding': 'gzip' });
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' });
      res.end(CSV);
    });
    const sizes: (number | undefined)[] = [];
    for (const path of ['/plain', '/gzip', '/chunked']) {
      const graph = await startServer((_req, res) => redirectTo(res, `${storage.origin}${path}?${SAS_QUERY}`));
      const response = await createClient(graph.origin).client.getCsv(ACTIVATIONS);
      if (response.kind !== 'csv') throw new Error('expected a CSV body');
      expect((await readAll(response.body)).toString('utf8')).toBe(CSV);
      sizes.push(response.contentLength);
    }
    expect(sizes).toEqual([Buffer.byteLength(CSV), undefined, undefined]);
  });
});
