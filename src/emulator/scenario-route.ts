/**
 * `/_emulator/scenario`: the emulator's control route, for tests and for moving the figures by hand
 * (`npm run scenario`). GET answers the scenario; POST `{ "advanceDays": n, "shift": { … } }` moves the
 * emulator's calendar on and shifts its figures. Loopback callers only, and JSON only, so a web page
 * cannot post to it from a browser (a cross-origin JSON POST needs a preflight the route never allows).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FigureShift } from './figure-shifts.js';

/** The path of the control route. */
export const SCENARIO_ROUTE = '/_emulator/scenario';

/** Where the emulator stands: its day, the refresh dates it serves, and the shifts of its figures. */
export type ScenarioState = {
  /** The emulator's day (its clock's, moved on by `dayOffset` days). */
  readonly today: string;
  readonly copilotRefreshDate: string;
  readonly officeRefreshDate: string;
  readonly dayOffset: number;
  readonly shifts: readonly FigureShift[];
  /** The shifts of each customer tenant, by name, when the emulator serves any. */
  readonly tenantShifts?: Readonly<Record<string, readonly FigureShift[]>>;
};

/** A shift as asked for: every figure optional (0), `from` the Copilot refresh date served by default, `tenant` a customer tenant's name (default the emulator's own). */
export type FigureShiftRequest = Partial<FigureShift> & { readonly tenant?: string };

/** What the route drives. */
export type ScenarioControl = {
  state(): ScenarioState;
  advanceDays(days: number): ScenarioState;
  shiftFigures(shift: FigureShiftRequest): Promise<ScenarioState>;
};

const MAX_BODY_BYTES = 4096;
const MAX_ADVANCE_DAYS = 366;
const SHIFT_FIELDS = ['from', 'idleSeats', 'adoptionDrop', 'neverUsed', 'tenant'];

/** Answers one request to the control route. */
export async function handleScenarioRequest(req: IncomingMessage, res: ServerResponse, control: ScenarioControl): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress)) return answer(res, 403, refusal('The scenario route answers loopback callers only.'));
  if (req.method === 'GET') return answer(res, 200, control.state());
  if (req.method !== 'POST') return answer(res, 405, refusal(`${req.method ?? 'This method'} is not allowed: GET reads the scenario, POST changes it.`), { Allow: 'GET, POST' });
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return answer(res, 415, refusal('Send the scenario as application/json.'));
  const body = await readBody(req);
  const request = body === undefined ? undefined : parseJson(body);
  const problems = request === undefined ? [`The body must be a JSON object of at most ${MAX_BODY_BYTES} bytes.`] : requestProblems(request);
  if (problems.length > 0) return answer(res, 400, refusal(problems.join(' ')));
  const { advanceDays, shift } = request as { advanceDays?: number; shift?: FigureShiftRequest };
  if (advanceDays !== undefined) control.advanceDays(advanceDays);
  try {
    return answer(res, 200, shift !== undefined ? await control.shiftFigures(shift) : control.state());
  } catch (error) {
    if (error instanceof RangeError) return answer(res, 400, refusal(error.message));
    throw error;
  }
}

/** Everything wrong with a request, each problem named. */
function requestProblems(request: unknown): string[] {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return ['The body must be a JSON object such as {"advanceDays": 1, "shift": {"idleSeats": 150}}.'];
  const { advanceDays, shift, ...rest } = request as Record<string, unknown>;
  const problems = Object.keys(rest).map((key) => `"${key}" is not a scenario field: use "advanceDays" and "shift".`);
  if (advanceDays !== undefined && !(Number.isSafeInteger(advanceDays) && (advanceDays as number) >= 0 && (advanceDays as number) <= MAX_ADVANCE_DAYS)) {
    problems.push(`"advanceDays" must be a whole number of days from 0 to ${MAX_ADVANCE_DAYS}.`);
  }
  if (shift !== undefined) {
    if (typeof shift !== 'object' || shift === null || Array.isArray(shift)) problems.push('"shift" must be an object with "from", "idleSeats", "adoptionDrop" and "neverUsed".');
    else {
      for (const key of Object.keys(shift)) if (!SHIFT_FIELDS.includes(key)) problems.push(`"shift.${key}" is not a figure the emulator shifts: use ${SHIFT_FIELDS.map((field) => `"${field}"`).join(', ')}.`);
      const { tenant } = shift as { tenant?: unknown };
      if (tenant !== undefined && typeof tenant !== 'string') problems.push('"shift.tenant" must be the name of a customer tenant of EMULATOR_TENANTS.');
    }
  }
  return problems;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function refusal(message: string): { error: { code: string; message: string } } {
  return { error: { code: 'BadScenario', message } };
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
