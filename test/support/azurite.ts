/**
 * Azurite, Microsoft's Azure Storage emulator from npm, started for a test as a child process: blob
 * service only, on a free loopback port, data in memory, telemetry off. `close` stops it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Azurite = {
  /** The blob endpoint of the emulator's well-known development account. */
  readonly blobUrl: string;
  /** A connection string for that account, as `AZURE_STORAGE_CONNECTION_STRING` takes it. */
  readonly connectionString: string;
  /** The environment that puts a bot's state in `container` of this Azurite (STATE_STORE=blob). */
  stateEnv(container: string): Record<string, string>;
  close(): Promise<void>;
};

/** Azurite's documented development account (the same in every Azurite): not a secret. */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 60_000;

export async function startAzurite(): Promise<Azurite> {
  const main = path.join(path.dirname(createRequire(import.meta.url).resolve('azurite/package.json')), 'dist/src/blob/main.js');
  // With data in memory Azurite writes nothing, but it runs in a folder of its own all the same.
  const workspace = mkdtempSync(path.join(tmpdir(), 'azurite-'));
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost', '127.0.0.1',
      '--blobPort', '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit', '256',
      // The SDK may speak a newer service version than this Azurite knows; the operations we use are old.
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
    { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = once(child, 'exit');
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${String(code)} before it listened:\n${output}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    rmSync(workspace, { recursive: true, force: true });
    throw error;
  });
  const blobUrl = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};BlobEndpoint=${blobUrl};`;
  return {
    blobUrl,
    connectionString,
    stateEnv: (container) => ({ STATE_STORE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionString, AZURE_STORAGE_CONTAINER: container }),
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
