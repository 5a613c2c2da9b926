/**
 * The terminal front end run in the test process: `runCli` with its output captured, on a report fixture's
 * emulator and clock (the terminal builds its own report stack, as `npm run report` does).
 */
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli.js';
import type { ReportFixture } from './report-fixture.js';
import { scratchFolder } from './scratch-folder.js';

/** A stream that keeps what was written to it. */
export class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** `npm run report -- …args` against `fixture`'s emulator, in en-US, with `more` settings: exit code, stdout and stderr. */
export async function runTerminal(
  fixture: ReportFixture,
  args: readonly string[],
  more: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const env = { GRAPH_BASE_URL: fixture.emulator.url, DATA_DIR: scratchFolder(), LANG: 'en_US.UTF-8', ...more };
  const code = await runCli(args, { stdout, stderr, env, clock: fixture.clock });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
