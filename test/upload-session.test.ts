import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkUploadUrl, DEFAULT_UPLOAD_CHUNK_BYTES, UPLOAD_RANGE_UNIT, UploadError, uploadToSession } from '../src/files/upload-session.js';
import { startFakeUploadServer, type FakeUploadServer } from './support/fake-upload-server.js';
import { createFakeClock } from './support/fake-clock.js';

const KiB = 1024;
let server: FakeUploadServer;
let folder: string;
let file: { path: string; sizeInBytes: number; bytes: Buffer };

beforeAll(async () => {
  server = await startFakeUploadServer();
  folder = mkdtempSync(path.join(tmpdir(), 'upload-session-test-'));
  // Three full 320 KiB ranges and a short last one.
  const bytes = randomBytes(3 * UPLOAD_RANGE_UNIT + 1234);
  writeFileSync(path.join(folder, 'export.csv'), bytes);
  file = { path: path.join(folder, 'export.csv'), sizeInBytes: bytes.length, bytes };
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

const options = (extra: Partial<Parameters<typeof uploadToSession>[2]> = {}) => ({
  clock: createFakeClock('2026-11-22T08:00:00Z'),
  random: () => 0.5,
  allowRemote: false,
  chunkBytes: UPLOAD_RANGE_UNIT,
  ...extra,
});

async function uploadError(promise: Promise<unknown>): Promise<UploadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadError);
  return error as UploadError;
}

describe('uploadToSession', () => {
  test('PUTs the file range by range, in order, with Content-Length and Content-Range, and no Authorization', async () => {
    const session = server.session();
    const result = await uploadToSession(file, session.url, options());
    expect(result).toEqual({ chunks: 4, bytes: file.sizeInBytes, status: 201 });
    const total = file.sizeInBytes;
    expect(session.requests.map((request) => [request.method, request.contentRange, request.contentLength, request.status])).toEqual([
      ['PUT', `bytes 0-327679/${total}`, '327680', 202],
      ['PUT', `bytes 327680-655359/${total}`, '327680', 202],
      ['PUT', `bytes 655360-983039/${total}`, '327680', 202],
      ['PUT', `bytes 983040-${total - 1}/${total}`, '1234', 201],
    ]);
    expect(session.requests.every((request) => request.authorization === undefined)).toBe(true);
    expect(session.problems).toEqual([]);
    expect(session.received().equals(file.bytes)).toBe(true);
  });

  test('the default range is 5 MiB, a multiple of 320 KiB (4 MiB is not, and is refused)', async () => {
    expect(DEFAULT_UPLOAD_CHUNK_BYTES).toBe(5 * 1024 * KiB);
    expect(DEFAULT_UPLOAD_CHUNK_BYTES % UPLOAD_RANGE_UNIT).toBe(0);
    const session = server.session();
    expect(await uploadToSession(file, session.url, options({ chunkBytes: undefined }))).toEqual({ chunks: 1, bytes: file.sizeInBytes, status: 201 });
    expect(session.requests[0]?.contentRange).toBe(`bytes 0-${file.sizeInBytes - 1}/${file.sizeInBytes}`);
    await expect(uploadToSession(file, session.url, options({ chunkBytes: 4 * 1024 * KiB }))).rejects.toThrow(/multiple of 327680 bytes/);
    await expect(uploadToSession(file, session.url, options({ chunkBytes: 192 * UPLOAD_RANGE_UNIT }))).rejects.toThrow(/below 60 MiB/);
  });

  test('a 503 or 500 is retried for the same range after a backoff, then the upload goes on', async () => {
    const session = server.session();
    session.failNext.push(503, 500);
    const clock = createFakeClock('2026-11-22T08:00:00Z');
    const result = await uploadToSession(file, session.url, options({ clock }));
    expect(result.status).toBe(201);
    expect(session.requests.map((request) => request.status)).toEqual([503, 500, 202, 202, 202, 201]);
    expect(session.requests.slice(0, 3).map((request) => request.contentRange?.split('/')[0])).toEqual(['bytes 0-327679', 'bytes 0-327679', 'bytes 0-327679']);
    // Full jitter with random() = 0.5: half of 1 s, then half of 2 s.
    expect(clock.sleeps).toEqual([500, 1000]);
    expect(session.received().equals(file.bytes)).toBe(true);
  });

  test('a server that keeps failing: UPLOAD_FAILED after four attempts, naming the range and status, never the URL', async () => {
    const session = server.session();
    session.failNext.push(500, 500, 500, 500);
    const error = await uploadError(uploadToSession(file, session.url, options()));
    expect(error).toMatchObject({ code: 'UPLOAD_FAILED', status: 500 });
    expect(error.message).toBe(`The upload server answered HTTP 500 to bytes 0-327679 of ${file.sizeInBytes}, 4 times.`);
    expect(error.message).not.toContain(session.url);
    expect(session.requests).toHaveLength(4);
  });

  test('404 (the session is gone) is UPLOAD_EXPIRED at once, without retries', async () => {
    const session = server.session();
    session.expired = true;
    const error = await uploadError(uploadToSession(file, session.url, options()));
    expect(error).toMatchObject({ code: 'UPLOAD_EXPIRED', status: 404 });
    expect(session.requests).toHaveLength(1);
  });

  test('a refused range (400) fails without retries; a server that never completes the file fails too', async () => {
    const session = server.session();
    session.failNext.push(400);
    expect(await uploadError(uploadToSession(file, session.url, options()))).toMatchObject({ code: 'UPLOAD_FAILED', status: 400 });
    expect(session.requests).toHaveLength(1);
  });

  test('a network failure is retried, then reported as UPLOAD_FAILED', async () => {
    const closed = await startFakeUploadServer();
    const url = closed.session().url;
    await closed.close();
    const error = await uploadError(uploadToSession(file, url, options()));
    expect(error).toMatchObject({ code: 'UPLOAD_FAILED' });
    expect(error.message).toBe(`Bytes 0-327679 of ${file.sizeInBytes} could not be sent to the upload server after 4 attempts.`);
  });

  test('only https, or http on this machine; without authentication only this machine', () => {
    expect(checkUploadUrl('https://contoso-my.sharepoint.com/personal/a/_api/v2.0/uploadSession?guid=1', true).host).toBe('contoso-my.sharepoint.com');
    expect(checkUploadUrl('http://127.0.0.1:9/up', false).host).toBe('127.0.0.1:9');
    for (const [url, allowRemote] of [
      ['http://contoso-my.sharepoint.com/up', true],
      ['https://contoso-my.sharepoint.com/up', false],
      ['file:///etc/passwd', true],
      ['not a url', true],
    ] as const) {
      expect(() => checkUploadUrl(url, allowRemote), url).toThrow(UploadError);
    }
  });
});
