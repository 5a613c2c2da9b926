/**
 * The emulator's directory (`/users`, `/users/delta`, `/admin/reportSettings`) against Graph's
 * documented contract: $select, $top and paging, delta rounds with their tokens, the 403 and 429
 * switches, and a directory that agrees with the report users and changes from one day to the next.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, test } from 'vitest';
import { startGraphEmulator, type EmulatorOptions, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { generateUser } from '../src/emulator/synthetic-tenant.js';
import { createFakeClock, type FakeClock } from './support/fake-clock.js';
import { getGraphJson, readAllPages, readRawDirectory, READER_SELECT, type RawUser } from './support/raw-directory.js';

const START = Date.parse('2026-11-12T10:00:00Z');
const DAY_MS = 86_400_000;

const running: GraphEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

async function start(options: EmulatorOptions = {}): Promise<{ emulator: GraphEmulator; clock: FakeClock }> {
  const clock = createFakeClock(START);
  const emulator = await startGraphEmulator({ users: 2000, clock, ...options });
  running.push(emulator);
  return { emulator, clock };
}

/** Graph's error body: code and message. */
async function errorOf(emulator: GraphEmulator, path: string): Promise<{ status: number; code: string; message: string; retryAfter: string | null }> {
  const { response, body } = await getGraphJson(emulator.url, path);
  const error = body.error as { code: string; message: string };
  return { status: response.status, code: error.code, message: error.message, retryAfter: response.headers.get('retry-after') };
}

/** The raw directory with a removal applied for each `@removed` item and the others merged in by id. */
function applyDelta(before: ReadonlyMap<string, RawUser>, items: readonly RawUser[]): Map<string, RawUser> {
  const after = new Map(before);
  for (const item of items) {
    if ('@removed' in item) after.delete(item.id);
    else after.set(item.id, { ...after.get(item.id), ...item });
  }
  return after;
}

/** A user with the reader's properties, as a delta item sends it: properties never set are left out. */
function withoutUnset(user: RawUser): RawUser {
  return Object.fromEntries(Object.entries(user).filter(([, value]) => value !== null)) as RawUser;
}

describe('GET /users: $select, $top and paging', () => {
  test('pages of $top users follow @odata.nextLink to every user of the tenant, report users first, with their report UPNs', async () => {
    const { emulator } = await start({ users: 450 });
    const { users, pageSizes } = await readAllPages(emulator.url, '/v1.0/users?$select=id,userPrincipalName,department&$top=120');
    expect(pageSizes.slice(0, -1).every((size) => size === 120)).toBe(true);
    expect(pageSizes.at(-1)).toBeGreaterThan(0);
    expect(pageSizes.at(-1)).toBeLessThanOrEqual(120);
    // $select replaces the default set; id always comes along.
    for (const user of users) expect(Object.keys(user).sort()).toEqual(['department', 'id', 'userPrincipalName']);
    expect(new Set(users.map((user) => user.id)).size).toBe(users.length);
    const upns = users.map((user) => user.userPrincipalName);
    // Every tenant user (not only Copilot holders) with the UPN the reports show, then a few joiners.
    expect(upns.slice(0, 450)).toEqual(Array.from({ length: 450 }, (_, index) => generateUser({ seed: 42 }, index).userPrincipalName));
    expect(users.length).toBeGreaterThan(450);
    expect(users.length).toBeLessThan(450 * 1.1);
  });

  test('without $select the default property set comes back, 100 users to a page', async () => {
    const { emulator } = await start();
    const { body } = await getGraphJson(emulator.url, '/v1.0/users');
    const value = body.value as RawUser[];
    expect(value).toHaveLength(100);
    expect(Object.keys(value[0]!).sort()).toEqual(
      ['businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'].sort(),
    );
    expect(body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users');
    expect(new URL(body['@odata.nextLink'] as string).searchParams.get('$skiptoken')).toBeTruthy();
  });

  test('$select with the reader\'s properties names them in the context and the resource-unit cost is 1', async () => {
    const { emulator } = await start();
    const { response, body } = await getGraphJson(emulator.url, `/v1.0/users?$select=${READER_SELECT}&$top=999`);
    expect(body['@odata.context']).toBe(`https://graph.microsoft.com/v1.0/$metadata#users(${READER_SELECT})`);
    expect(body.value as RawUser[]).toHaveLength(999);
    expect(response.headers.get('x-ms-resource-unit')).toBe('1');
  });

  test.each([
    ['0', "Invalid page size specified: '0'. Must be between 1 and 999 inclusive."],
    ['1000', "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive."],
    ['ten', "Invalid page size specified: 'ten'. Must be between 1 and 999 inclusive."],
  ])('$top=%s is refused as Graph refuses it', async (top, message) => {
    const { emulator } = await start();
    expect(await errorOf(emulator, `/v1.0/users?$top=${top}`)).toMatchObject({ status: 400, code: 'Request_BadRequest', message });
  });

  test('an unknown property, a single-user-only property and an unsupported option are refused with what is wrong', async () => {
    const { emulator } = await start();
    expect(await errorOf(emulator, '/v1.0/users?$select=id,departmentName')).toMatchObject({
      status: 400,
      message: "Parsing OData Select and Expand failed: Could not find a property named 'departmentName' on type 'microsoft.graph.user'.",
    });
    expect(await errorOf(emulator, '/v1.0/users?$select=birthday')).toMatchObject({ status: 501, code: 'NotImplemented' });
    expect(await errorOf(emulator, '/v1.0/users?$skip=10')).toMatchObject({ status: 400, code: 'Request_UnsupportedQuery' });
    expect(await errorOf(emulator, '/v1.0/users?$skiptoken=bogus')).toMatchObject({ status: 400, code: 'Request_BadRequest' });
  });

  test('a listing started before midnight reads the same day\'s directory to its last page', async () => {
    const { emulator, clock } = await start();
    const whole = await readRawDirectory(emulator.url);
    const { body } = await getGraphJson(emulator.url, `/v1.0/users?$select=${READER_SELECT}&$top=999`);
    clock.advance(20 * DAY_MS);
    const rest = await readAllPages(emulator.url, body['@odata.nextLink'] as string);
    expect(new Map([...(body.value as RawUser[]), ...rest.users].map((user) => [user.id, user]))).toEqual(whole);
  });
});

describe('the directory\'s spreads', () => {
  test('departments have a long tail with a few tiny ones and some users without one; most accounts are enabled', async () => {
    const { emulator } = await start();
    const users = [...(await readRawDirectory(emulator.url)).values()];
    const count = (property: string) => {
      const counts = new Map<unknown, number>();
      for (const user of users) counts.set(user[property], (counts.get(user[property]) ?? 0) + 1);
      return counts;
    };
    const departments = count('department');
    const named = [...departments].filter(([name]) => name !== null);
    expect(named.length).toBeGreaterThanOrEqual(10);
    expect(named.length).toBeLessThanOrEqual(25);
    expect(named.some(([, users]) => users < 5)).toBe(true);
    expect(Math.max(...named.map(([, users]) => users))).toBeGreaterThan(users.length / 10);
    expect(departments.get(null)).toBeGreaterThan(0);
    const enabled = count('accountEnabled');
    expect(enabled.get(true)! / users.length).toBeGreaterThan(0.9);
    expect(enabled.get(false)).toBeGreaterThan(0);
    expect([...count('usageLocation').keys()].every((code) => typeof code === 'string' && /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(count('usageLocation').size).toBeGreaterThanOrEqual(10);
    expect(count('country').get(null)).toBeGreaterThan(0);
    expect(count('officeLocation').size).toBeGreaterThanOrEqual(10);
    expect(count('companyName').size).toBeGreaterThanOrEqual(3);
    expect(count('companyName').size).toBeLessThanOrEqual(5);
    expect(count('jobTitle').size).toBeGreaterThan(named.length);
  });

  test('every user of the Copilot usage report is in the directory of the same day, under the same UPN', async () => {
    const { emulator } = await start({ users: 600 });
    const response = await fetch(`${emulator.url}/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30',version='v1')`, {
      headers: { authorization: 'Bearer test' },
    });
    const rows = parse<Record<string, string>>(await response.text(), { bom: true, columns: true });
    const directory = new Set([...(await readRawDirectory(emulator.url)).values()].map((user) => user.userPrincipalName));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((row) => !directory.has(row['User Principal Name']!))).toEqual([]);
  });
});

describe('GET /users/delta: rounds, tokens and changes between days', () => {
  test('a first round pages through every user and ends in a deltaLink; its users equal the listing', async () => {
    const { emulator } = await start();
    const round = await readAllPages(emulator.url, `/v1.0/users/delta?$select=${READER_SELECT}`);
    expect(round.pageSizes.length).toBeGreaterThan(1);
    expect(round.deltaLink).toMatch(/\/v1\.0\/users\/delta\?\$deltatoken=/);
    const listed = [...(await readRawDirectory(emulator.url)).values()];
    expect(new Map(round.users.map((user) => [user.id, user]))).toEqual(new Map(listed.map((user) => [user.id, withoutUnset(user)])));
  });

  test('$deltatoken=latest gives only a deltaLink; days later it returns the adds, changes and removals that turn one day\'s directory into the other\'s', async () => {
    const { emulator, clock } = await start();
    const latest = await readAllPages(emulator.url, `/v1.0/users/delta?$select=${READER_SELECT}&$deltatoken=latest`);
    expect(latest.users).toEqual([]);
    const before = await readRawDirectory(emulator.url);
    clock.advance(5 * DAY_MS);
    const after = await readRawDirectory(emulator.url);
    const delta = await readAllPages(emulator.url, latest.deltaLink!);
    const removed = delta.users.filter((item) => '@removed' in item);
    const upserted = delta.users.filter((item) => !('@removed' in item));
    expect(removed.length).toBeGreaterThan(0);
    expect(upserted.filter((user) => !before.has(user.id)).length).toBeGreaterThan(0);
    expect(upserted.filter((user) => before.has(user.id)).length).toBeGreaterThan(0);
    // Removals name only the id and why: soft-deleted users were there before; none is there after.
    for (const item of removed) {
      expect(Object.keys(item).sort()).toEqual(['@removed', 'id']);
      expect(['changed', 'deleted']).toContain((item['@removed'] as { reason: string }).reason);
      if ((item['@removed'] as { reason: string }).reason === 'changed') expect(before.has(item.id)).toBe(true);
      expect(after.has(item.id)).toBe(false);
    }
    const expected = new Map([...after].map(([id, user]) => [id, withoutUnset(user)]));
    const applied = applyDelta(new Map([...before].map(([id, user]) => [id, withoutUnset(user)])), delta.users);
    // A property set to null comes back as null in a change; drop those to compare with the listing.
    expect(new Map([...applied].map(([id, user]) => [id, withoutUnset(user)]))).toEqual(expected);
    // Only what changed comes back: a small share of the directory.
    expect(delta.users.length).toBeLessThan(after.size / 10);
    // The new deltaLink starts from today: asked again at once, nothing has changed.
    expect((await readAllPages(emulator.url, delta.deltaLink!)).users).toEqual([]);
  });

  test('Prefer: return=minimal returns only the properties that changed', async () => {
    const { emulator, clock } = await start();
    const latest = await readAllPages(emulator.url, `/v1.0/users/delta?$select=${READER_SELECT}&$deltatoken=latest`);
    const before = await readRawDirectory(emulator.url);
    clock.advance(4 * DAY_MS);
    const after = await readRawDirectory(emulator.url);
    const { response, body } = await getGraphJson(emulator.url, latest.deltaLink!, { prefer: 'return=minimal' });
    expect(response.headers.get('preference-applied')).toBe('return=minimal');
    const changed = (body.value as RawUser[]).filter((item) => !('@removed' in item) && before.has(item.id));
    expect(changed.length).toBeGreaterThan(0);
    for (const item of changed) {
      const expected = Object.keys(after.get(item.id)!).filter((key) => key !== 'id' && after.get(item.id)![key] !== before.get(item.id)![key]);
      expect(Object.keys(item).filter((key) => key !== 'id').sort()).toEqual(expected.sort());
    }
  });

  test('a deltaLink older than seven days, or one that was never issued, is refused with syncStateNotFound', async () => {
    const { emulator, clock } = await start();
    const latest = await readAllPages(emulator.url, `/v1.0/users/delta?$select=${READER_SELECT}&$deltatoken=latest`);
    clock.advance(8 * DAY_MS);
    const expired = await errorOf(emulator, latest.deltaLink!);
    expect(expired).toMatchObject({ status: 400, code: 'syncStateNotFound' });
    expect(expired.message).toBe('The sync state generation is not found. The delta token is expired and data must be synchronized again.');
    expect(await errorOf(emulator, '/v1.0/users/delta?$deltatoken=not-a-token')).toMatchObject({ status: 400, code: 'syncStateNotFound' });
  });
});

describe('the directory\'s switches', () => {
  test('without User.Read.All both users endpoints answer 403 Authorization_RequestDenied; with it again, 200', async () => {
    const { emulator } = await start({ directoryAccess: false });
    for (const path of ['/v1.0/users', '/v1.0/users/delta']) {
      expect(await errorOf(emulator, path)).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    }
    emulator.setDirectoryAccess(true);
    expect((await getGraphJson(emulator.url, '/v1.0/users')).response.status).toBe(200);
  });

  test('the throttle switch answers 429 with its Retry-After until it is turned off; an injected fault hits one request', async () => {
    const { emulator } = await start();
    emulator.setDirectoryThrottled(7);
    expect(await errorOf(emulator, '/v1.0/users/delta?$deltatoken=latest')).toMatchObject({ status: 429, code: 'TooManyRequests', retryAfter: '7' });
    expect(await errorOf(emulator, '/v1.0/users')).toMatchObject({ status: 429, retryAfter: '7' });
    emulator.setDirectoryThrottled(undefined);
    emulator.injectFault({ target: 'api', match: 'users', status: 429, retryAfter: '3' });
    expect(await errorOf(emulator, '/v1.0/users')).toMatchObject({ status: 429, retryAfter: '3' });
    expect((await getGraphJson(emulator.url, '/v1.0/users')).response.status).toBe(200);
    expect(emulator.requests.slice(-4).map((request) => [request.functionName, request.status])).toEqual([
      ['users/delta', 429],
      ['users', 429],
      ['users', 429],
      ['users', 200],
    ]);
  });

  test('/admin/reportSettings says whether report names are concealed, as the concealed switch does', async () => {
    const { emulator } = await start();
    const settings = async () => (await getGraphJson(emulator.url, '/v1.0/admin/reportSettings')).body;
    expect(await settings()).toEqual({ value: { '@odata.type': '#microsoft.graph.adminReportSettings', displayConcealedNames: false } });
    emulator.setConcealed(true);
    expect(((await settings()).value as { displayConcealedNames: boolean }).displayConcealedNames).toBe(true);
  });
});
