/**
 * `npm run scenario -- [options]`: moves a running Graph reports emulator's figures by hand, through its
 * loopback control route (POST /_emulator/scenario), and prints where it stands. With no option it only
 * prints. The emulator is `--emulator <url>`, else GRAPH_BASE_URL, else EMULATOR_PORT on 127.0.0.1.
 *
 *   --idle-seats N      N more Copilot seats bought and left unassigned
 *   --adoption-drop P   Copilot adoption over 7 days falls by about P points (day by day, from the day on)
 *   --never-used N      N more Copilot seats reported as never used
 *   --from YYYY-MM-DD   the Copilot report day the shift starts on (default: the one served, after --advance-days)
 *   --advance-days N    moves the emulator's calendar N days on first, so its refresh dates move too
 *   --tenant NAME       shifts the customer tenant NAME (of EMULATOR_TENANTS) instead of the emulator's own
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readOption } from './cli-option.js';

const FIGURES = [
  ['idle-seats', 'idleSeats'],
  ['adoption-drop', 'adoptionDrop'],
  ['never-used', 'neverUsed'],
] as const;

/** The request body the options ask for, or the problems with them. */
export function scenarioRequest(args: readonly string[]): { body?: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const number = (name: string): number | undefined => {
    const text = readOption(args, name);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) problems.push(`--${name} takes a number, not "${text}".`);
    return value;
  };
  const shift: Record<string, unknown> = {};
  for (const [option, field] of FIGURES) {
    const value = number(option);
    if (value !== undefined) shift[field] = value;
  }
  const from = readOption(args, 'from');
  if (from !== undefined) shift.from = from;
  const tenant = readOption(args, 'tenant');
  if (tenant !== undefined) shift.tenant = tenant;
  const advanceDays = number('advance-days');
  const body = { ...(advanceDays !== undefined ? { advanceDays } : {}), ...(Object.keys(shift).length > 0 ? { shift } : {}) };
  return { ...(Object.keys(body).length > 0 ? { body } : {}), problems };
}

function emulatorUrl(args: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const port = env.EMULATOR_PORT?.trim();
  return readOption(args, 'emulator') ?? env.GRAPH_BASE_URL ?? (port ? `http://127.0.0.1:${port}` : undefined);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const url = emulatorUrl(args, process.env);
  const { body, problems } = scenarioRequest(args);
  if (!url) problems.push('Which emulator? Pass --emulator http://127.0.0.1:<port> (the bot logs "graph emulator listening" with it), or set EMULATOR_PORT.');
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return 2;
  }
  const response = await fetch(`${url}/_emulator/scenario`, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {});
  const text = await response.text();
  (response.ok ? process.stdout : process.stderr).write(`${text}\n`);
  return response.ok ? 0 : 1;
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href;
}

if (isMainModule()) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`The emulator could not be reached: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
