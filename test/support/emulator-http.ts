/**
 * Talking to the Graph emulator as a client would, for the emulator tests: calls with or without a token,
 * CSV downloads read as bytes (BOM kept) and parsed by csv-parse (an independent RFC 4180 reader), JSON
 * pages followed through their next links, Graph error bodies, and MD5 as Graph conceals names; emulators
 * started here are closed after each test.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterEach, expect } from 'vitest';
import { startGraphEmulator, type EmulatorOptions, type GraphEmulator } from '../../src/emulator/graph-emulator.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';

const running: GraphEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

/** An emulator (400 users unless told otherwise) on a fake clock starting at `start`, closed after the test. */
export async function startTestEmulator(start: number, options: EmulatorOptions = {}): Promise<{ emulator: GraphEmulator; clock: FakeClock }> {
  const clock = createFakeClock(start);
  const emulator = await startGraphEmulator({ users: 400, clock, ...options });
  running.push(emulator);
  return { emulator, clock };
}

/** `token: null` sends no Authorization header. */
export type CallOptions = { token?: string | null; headers?: Record<string, string> };

/** A GET to the emulator with a bearer token (unless told otherwise), redirects not followed. */
export function call(emulator: GraphEmulator, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers.Authorization = `Bearer ${options.token ?? 'test-token'}`;
  return fetch(emulator.url + path, { headers, redirect: 'manual' });
}

// `Response.text()` drops a leading BOM (the Fetch spec's UTF-8 decode), so read the bytes.
export async function bodyText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** The CSV of a report: follows a 302 to the download (without Authorization) or reads a direct 200. */
export async function fetchCsv(emulator: GraphEmulator, path: string, options: CallOptions = {}): Promise<string> {
  const response = await call(emulator, path, options);
  if (response.status === 302) {
    const download = await fetch(response.headers.get('location')!);
    expect(download.status).toBe(200);
    return bodyText(download);
  }
  expect(response.status).toBe(200);
  return bodyText(response);
}

export type Csv = { header: string[]; rows: Record<string, string>[] };

/** Parses Graph CSV with csv-parse (an independent RFC 4180 reader), after checking BOM and CRLF. */
export function readCsv(text: string): Csv {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  // Outside quoted fields, every line break is CRLF.
  const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
  expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const records: string[][] = parse(text.slice(1), { relax_column_count: false });
  const [header = [], ...body] = records;
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))) };
}

/** Asks the emulator's token endpoint for a token of `tenantId`, as Entra ID's client-credentials grant is asked. */
export function requestToken(emulator: GraphEmulator, tenantId: string, form: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'test-app', scope: 'https://graph.microsoft.com/.default', ...form });
  return fetch(`${emulator.url}/${tenantId}/oauth2/v2.0/token`, { method: 'POST', body });
}

/** A token of `tenantId` from the emulator's token endpoint. */
export async function tokenFor(emulator: GraphEmulator, tenantId: string): Promise<string> {
  const response = await requestToken(emulator, tenantId);
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The `error` object of a Graph error body. */
export async function errorOf(response: Response): Promise<{ code: string; message: string; innerError?: Record<string, string> }> {
  const body = (await response.json()) as { error: { code: string; message: string; innerError?: Record<string, string> } };
  return body.error;
}

/** Every page of a JSON report, following `@odata.nextLink` (which must stay on the emulator and carry a `$skiptoken`). */
export async function readJsonPages(emulator: GraphEmulator, path: string): Promise<{ pages: number; items: Record<string, unknown>[] }> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = emulator.url + path;
  let pages = 0;
  while (next) {
    const response = await fetch(next, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { value: Record<string, unknown>[]; '@odata.nextLink'?: string };
    pages++;
    items.push(...page.value);
    next = page['@odata.nextLink'];
    if (next) {
      expect(next.startsWith(`${emulator.url}/`)).toBe(true);
      expect(next).toContain('$skiptoken=');
    }
  }
  return { pages, items };
}

/** A name as a concealed report shows it: the uppercase hex MD5 of it. */
export const md5 = (value: string) => createHash('md5').update(value, 'utf8').digest('hex').toUpperCase();

/** The active user detail of `period` as the emulator sends it, read with csv-parse. */
export async function activeUserRows(emulator: GraphEmulator, period: string): Promise<Record<string, string>[]> {
  return readCsv(await fetchCsv(emulator, `/v1.0/reports/getOffice365ActiveUserDetail(period='${period}')`)).rows;
}

/** The Copilot usage user detail of `period` (report version v1) as the emulator sends it, read with csv-parse. */
export async function copilotUserRows(emulator: GraphEmulator, period: string): Promise<Record<string, string>[]> {
  return readCsv(await fetchCsv(emulator, `/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='${period}',version='v1')`)).rows;
}
