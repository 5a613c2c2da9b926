/**
 * The compact directory index the by-attribute answers join on: lookups by UPN in any case, users
 * replaced and removed by object id, the stored form, and usage grouped per department with "(not set)",
 * counted in each test from the emulator's raw users and report rows.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startGraphEmulator, type GraphEmulator } from '../src/emulator/graph-emulator.js';
import { DirectoryIndex, type DirectoryRecord } from '../src/reports/directory-index.js';
import { applyDirectoryChanges, DirectoryIndexBuilder } from '../src/reports/directory-index-builder.js';
import { decodeDirectoryIndex, encodeDirectoryIndex } from '../src/reports/directory-index-codec.js';
import { readDirectoryItem } from '../src/reports/directory-users.js';
import { groupByAttribute, NOT_IN_DIRECTORY_LABEL, NOT_SET_LABEL } from '../src/reports/group-by-attribute.js';
import { expectIndexToMatch } from './support/directory-expectations.js';
import { createFakeClock } from './support/fake-clock.js';
import { readRawDirectory, type RawUser } from './support/raw-directory.js';
import { FIXTURE_NOW } from './support/report-fixture.js';

let emulator: GraphEmulator;
let raw: RawUser[];

beforeAll(async () => {
  emulator = await startGraphEmulator({ users: 1500, clock: createFakeClock(FIXTURE_NOW) });
  raw = [...(await readRawDirectory(emulator.url)).values()];
});

afterAll(async () => {
  await emulator?.close();
});

/** The index of `items` (raw Graph users), as the reader builds it. */
function indexOf(items: readonly unknown[]): DirectoryIndex {
  const builder = new DirectoryIndexBuilder();
  for (const item of items) {
    const read = readDirectoryItem(item);
    if (read.kind === 'user') builder.add(read.record);
  }
  return builder.build();
}

const record = (id: string, userPrincipalName: string, department: string | null): DirectoryRecord => ({
  id,
  userPrincipalName,
  department,
  country: 'DE',
  officeLocation: null,
  companyName: 'Contoso Ltd.',
  jobTitle: null,
  accountEnabled: 'true',
});

describe('the directory index', () => {
  test('finds every user by UPN in any case with the attributes Graph sent, the country falling back to the usage location', () => {
    const index = indexOf(raw);
    expectIndexToMatch(index, raw);
    expect(raw.some((user) => user.country === null && typeof user.usageLocation === 'string')).toBe(true);
    expect(index.lookup('nobody@contoso.onmicrosoft.com')).toBeUndefined();
    expect(index.find('nobody@contoso.onmicrosoft.com')).toBe(-1);
  });

  test('users are found by object id too, in any case', () => {
    const index = indexOf(raw);
    const user = raw[700]!;
    expect(index.findById(user.id.toUpperCase())).toBe(index.find(String(user.userPrincipalName)));
    expect(index.findById('00000000-0000-4000-8000-000000000000')).toBe(-1);
  });

  test('of two records with the same object id the later one counts, under its own UPN', () => {
    const builder = new DirectoryIndexBuilder();
    builder.add(record('a1', 'ana@contoso.com', 'Sales'));
    builder.add(record('b2', 'ben@contoso.com', 'Legal'));
    builder.add(record('A1', 'ana.silva@contoso.com', 'Finance'));
    const index = builder.build();
    expect(index.size).toBe(2);
    expect(index.lookup('ana@contoso.com')).toBeUndefined();
    expect(index.lookup('Ana.Silva@contoso.com')?.department).toBe('Finance');
    expect(index.lookup('ben@contoso.com')?.department).toBe('Legal');
  });

  test('a delta round\'s changes add, replace (a rename included) and remove users by object id; unknown removals change nothing', () => {
    const users = raw.slice(0, 50);
    const index = indexOf(users);
    const renamed = { ...users[3]!, userPrincipalName: 'renamed.person@contoso.onmicrosoft.com', department: 'Legal' };
    const moved = { ...users[4]!, department: null, officeLocation: 'Dublin' };
    const added = { ...users[5]!, id: 'f0000000-0000-4000-8000-00000000000f', userPrincipalName: 'new.joiner@contoso.onmicrosoft.com' };
    const changes = new Map<string, DirectoryRecord | null>();
    for (const user of [renamed, moved, added]) {
      const read = readDirectoryItem(user);
      if (read.kind === 'user') changes.set(user.id, read.record);
    }
    changes.set(users[6]!.id, null);
    changes.set('e0000000-0000-4000-8000-00000000000e', null);
    const updated = applyDirectoryChanges(index, changes);
    const expected = [...users.filter((user) => user.id !== users[6]!.id && user.id !== renamed.id && user.id !== moved.id), renamed, moved, added];
    expectIndexToMatch(updated, expected);
    expect(updated.lookup(String(users[3]!.userPrincipalName))).toBeUndefined();
    // The index it came from is left as it was.
    expectIndexToMatch(index, users);
  });

  test('stored and read back, the index answers the same; a damaged or cut-off file is refused with what is wrong', () => {
    const index = indexOf(raw);
    const bytes = Buffer.concat(encodeDirectoryIndex(index));
    expectIndexToMatch(decodeDirectoryIndex(bytes), raw);
    expect(() => decodeDirectoryIndex(bytes.subarray(0, bytes.length - 100))).toThrow(/cut off/);
    expect(() => decodeDirectoryIndex(Buffer.from('not an index at all'))).toThrow('The stored file is not a directory index of this version.');
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, damaged.length - 40);
    expect(() => decodeDirectoryIndex(damaged)).toThrow('The stored directory index has a code with no value in its accountEnabled column.');
  });

  test('an attribute with more than 255 values keeps them all, stored and read back', () => {
    const builder = new DirectoryIndexBuilder();
    for (let user = 0; user < 600; user++) builder.add({ ...record(`id-${user}`, `user${user}@contoso.com`, 'Sales'), jobTitle: `Title ${user % 300}` });
    const index = decodeDirectoryIndex(Buffer.concat(encodeDirectoryIndex(builder.build())));
    expect(index.codeCount('jobTitle')).toBe(301);
    expect(index.lookup('USER599@contoso.com')?.jobTitle).toBe('Title 299');
    expect(index.lookup('user42@contoso.com')?.jobTitle).toBe('Title 42');
  });

  test('items that are not users in the expected form are told apart from users and removals', () => {
    expect(readDirectoryItem({ id: 'x', '@removed': { reason: 'deleted' } })).toEqual({ kind: 'removed', id: 'x' });
    for (const item of [null, 'user', [], {}, { id: '' }, { id: 'x' }, { id: 'x', userPrincipalName: 42 }, { id: 'x', userPrincipalName: 'a@b.c', department: 7 }, { id: 'x', userPrincipalName: 'a@b.c', accountEnabled: 'yes' }]) {
      expect(readDirectoryItem(item), JSON.stringify(item)).toEqual({ kind: 'invalid' });
    }
    expect(readDirectoryItem({ id: 'x', userPrincipalName: 'a@b.c', department: '  ', country: '', usageLocation: 'NL' })).toMatchObject({
      kind: 'user',
      record: { department: null, country: 'NL', accountEnabled: null },
    });
  });
});

describe('usage grouped by a directory attribute', () => {
  test('per department: users and active users equal a count made from the report rows and the raw directory', async () => {
    const response = await fetch(`${emulator.url}/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30',version='v1')`, { headers: { authorization: 'Bearer test' } });
    const rows = parse<Record<string, string>>(await response.text(), { bom: true, columns: true });
    const departments = new Map(raw.map((user) => [String(user.userPrincipalName).toLowerCase(), (user.department as string | null) ?? NOT_SET_LABEL]));
    const expected = new Map<string, { users: number; active: number }>();
    const extra = [{ 'User Principal Name': 'Deleted.Since@contoso.onmicrosoft.com', 'Last Activity Date': '' }];
    for (const row of [...rows, ...extra]) {
      const department = departments.get(row['User Principal Name'].toLowerCase()) ?? NOT_IN_DIRECTORY_LABEL;
      const counts = expected.get(department) ?? { users: 0, active: 0 };
      counts.users += 1;
      counts.active += row['Last Activity Date'] ? 1 : 0;
      expected.set(department, counts);
    }
    // Report UPNs in upper case: the join ignores case.
    const figures = [...rows, ...extra].map((row) => [row['User Principal Name'].toUpperCase(), { active: row['Last Activity Date'] ? 1 : 0 }] as const);
    const grouped = groupByAttribute(figures, indexOf(raw), 'department', ['active']);
    expect(new Map(grouped.groups.map((group) => [group.label, { users: group.rows, active: group.figures.active }]))).toEqual(expected);
    expect(grouped.groups.find((group) => group.label === NOT_SET_LABEL)).toMatchObject({ kind: 'not-set', rows: expected.get(NOT_SET_LABEL)!.users });
    expect(grouped.groups.find((group) => group.kind === 'not-in-directory')?.rows).toBe(1);
    expect(grouped.rows).toBe(rows.length + 1);
    expect(grouped.groups.map((group) => group.rows)).toEqual([...grouped.groups.map((group) => group.rows)].sort((a, b) => b - a));
  });

  test('rows whose UPN is concealed join nothing: they are counted apart and in no group', () => {
    const index = indexOf(raw);
    const rows = [
      ['0123456789ABCDEF0123456789ABCDEF', { seats: 1 }],
      ['FEDCBA9876543210FEDCBA9876543210', { seats: 1 }],
      [String(raw[0]!.userPrincipalName), { seats: 1 }],
    ] as const;
    const grouped = groupByAttribute(rows, index, 'country', ['seats']);
    expect(grouped.concealed).toBe(2);
    expect(grouped.rows).toBe(1);
    expect(grouped.groups).toHaveLength(1);
  });
});
