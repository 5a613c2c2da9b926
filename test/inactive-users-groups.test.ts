/**
 * `inactive users D90 by company` (department, country, office, job title): per value its users with a paid
 * licence, those active in any workload, and its inactive users' idle seats and idle spend, most idle spend
 * first, on the card, in the CSV and summing to the reclaim list, against counts made here from the
 * emulator's raw active-user and Copilot rows and raw /users JSON; a channel folds values under 5 users.
 */
import { describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../src/clock.js';
import { exportCommandRows } from '../src/commands/command-export.js';
import type { HandlerDeps } from '../src/commands/handler-context.js';
import type { ViewModels } from '../src/view-models.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { activeUserRows, copilotUserRows } from './support/emulator-http.js';
import { labelOf, type UserProperty } from './support/expected-groups.js';
import { expectedReclaimList, isIdleSince, isLive, isMeasured, productsOf } from './support/licence-expectations.js';
import { readRawDirectory } from './support/raw-directory.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { ask } from './support/table-answers.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';
import { REFRESH, RULES, SETTINGS } from './support/priced-tenant.js';

const cents = (amount: number) => Math.round(amount * 100) / 100;
const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

type Expected = { users: number; active: number; idle: number; idleMonthly: number };

/** Per value of `property` over the 90 days: users with a paid licence, those active, and the idle seats and spend of the others. */
async function expectedGroups(fixture: ReportFixture, property: UserProperty): Promise<Map<string, Expected>> {
  const start = addDays(REFRESH, -89);
  const rows = await activeUserRows(fixture.emulator, 'D90');
  const copilot = await copilotUserRows(fixture.emulator, 'D90');
  const directory = new Map([...(await readRawDirectory(fixture.emulator.url)).values()].map((user) => [String(user.userPrincipalName).toLowerCase(), user]));
  const listed = new Map(expectedReclaimList(rows, copilot, RULES, start).map((user) => [user.userPrincipalName, user]));
  const isPaid = (product: string) => !RULES.free.has(RULES.productSkus[product] ?? '') && !/FREE|TRIAL/.test(product);
  const groups = new Map<string, Expected>();
  for (const row of rows) {
    if (!isLive(row) || !isMeasured(row) || !productsOf(row).some(isPaid)) continue;
    const upn = row['User Principal Name']!;
    const label = labelOf(directory.get(upn.toLowerCase()), property);
    const group = groups.get(label) ?? { users: 0, active: 0, idle: 0, idleMonthly: 0 };
    group.users += 1;
    const user = listed.get(upn);
    if (!isIdleSince(row, start)) group.active += 1;
    else {
      // Its idle seats: the paid licences it holds, a Copilot seat only when Copilot was not used either.
      group.idle += productsOf(row).filter((product) => isPaid(product) && !(user!.copilotInUse && RULES.copilot.has(RULES.productSkus[product] ?? ''))).length;
      group.idleMonthly = cents(group.idleMonthly + user!.monthlyCost);
    }
    groups.set(label, group);
  }
  return groups;
}

function groupedOf(reply: Awaited<ReturnType<typeof ask>>): ViewModels['attribute-groups'] {
  expect(reply.messages.map((message) => message.view)).toEqual(['attribute-groups']);
  return reply.messages[0]!.model as ViewModels['attribute-groups'];
}

describe('inactive users D90 by <attribute>', () => {
  test('by company: each company\'s users, active users, idle seats and idle spend equal counts of the raw rows, most idle spend first, on the card and in the CSV', async () => {
    const fixture = await startReportFixture({}, { users: 600 }, 200);
    const deps: HandlerDeps = { ...fixture.deps, licences: SETTINGS };
    const expected = await expectedGroups(fixture, 'companyName');
    expect(expected.size).toBeGreaterThan(1);

    const model = groupedOf(await ask(fixture, 'inactive users D90 by company', 'personal', 'here', deps));
    expect(model).toMatchObject({ subject: 'microsoft-365', focus: 'idle', period: 'D90', currency: 'USD' });
    expect(new Map(model.rows.map((row) => [row.label, { users: row.users, active: row.active, idle: row.idle, idleMonthly: row.idleMonthly }]))).toEqual(expected);
    const spends = model.rows.map((row) => row.idleMonthly!);
    expect(spends).toEqual([...spends].sort((a, b) => b - a));
    // The groups add up to the reclaim list's users and what their licences cost.
    const all = [...expected.values()];
    const inactive = all.reduce((sum, group) => sum + group.users - group.active, 0);
    const spend = cents(all.reduce((sum, group) => sum + group.idleMonthly, 0));
    expect(model.total).toMatchObject({ users: all.reduce((sum, group) => sum + group.users, 0), active: all.reduce((sum, group) => sum + group.active, 0), idleMonthly: spend });
    const list = expectedReclaimList(await activeUserRows(fixture.emulator, 'D90'), await copilotUserRows(fixture.emulator, 'D90'), RULES, addDays(REFRESH, -89));
    expect([inactive, spend]).toEqual([list.length, cents(list.reduce((sum, user) => sum + user.monthlyCost, 0))]);

    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'attribute-groups', model }, { locale: 'en-US' })));
    expect(texts[0]).toBe('Inactive users and their licences by company · last 90 days');
    expect(texts).toContainEqual(expect.stringMatching(new RegExp(`^Users with a paid licence: ${all.reduce((sum, group) => sum + group.users, 0).toLocaleString('en-US')} in \\d+ companies$`)));
    const [label, top] = [...expected].sort(([, a], [, b]) => b.idleMonthly - a.idleMonthly)[0]!;
    const line = texts[texts.indexOf(label) + 1]!;
    expect(line).toContain(`${top.users - top.active} of ${top.users} users · ${top.idle} idle seats · ${usd(top.idleMonthly)} a month`);
    expect(model.actions.map((action) => action.command)).toEqual(['inactive users D7 by company', 'inactive users D30 by company', 'usage D90 by company', 'csv inactive users D90 by company']);

    const file = await exportCommandRows({ name: 'inactive-users', period: 'D90', by: 'companyName' }, fixture.service, toIsoDate(fixture.clock.now()), SETTINGS);
    const csv: Record<string, unknown>[] = [];
    for await (const row of file.rows()) csv.push(row);
    expect(csv.map((row) => [row.value, row.users, row.active, row.idle, row.idleMonthly, row.currency])).toEqual(
      model.rows.map((row) => [row.label, row.users, row.active, row.idle, row.idleMonthly, 'USD']),
    );
    expect(file.columns?.map((column) => column.header)).toContain('Idle Seats (D90)');
  });

  test('in a channel, job titles of fewer than 5 users are counted in "other"; the CSV has every one', async () => {
    const fixture = await startReportFixture({}, { users: 600 }, 200);
    const deps: HandlerDeps = { ...fixture.deps, licences: SETTINGS };
    const expected = await expectedGroups(fixture, 'jobTitle');
    const small = [...expected].filter(([, group]) => group.users < 5);
    expect(small.length).toBeGreaterThan(0);
    const channel = groupedOf(await ask(fixture, 'inactive users D90 by job title', 'channel', 'here', deps));
    for (const [label] of small) expect(channel.rows.some((row) => row.kind !== 'other' && row.label === label), label).toBe(false);
    expect(channel.rows.at(-1)).toMatchObject({
      kind: 'other',
      users: small.reduce((sum, [, group]) => sum + group.users, 0),
      idle: small.reduce((sum, [, group]) => sum + group.idle, 0),
      idleMonthly: cents(small.reduce((sum, [, group]) => sum + group.idleMonthly, 0)),
    });
    expect(channel.smallGroupsFolded).toBe(small.length);
    const file = await exportCommandRows({ name: 'inactive-users', period: 'D90', by: 'jobTitle' }, fixture.service, toIsoDate(fixture.clock.now()), SETTINGS);
    let rows = 0;
    for await (const row of file.rows()) if (row) rows++;
    expect(rows).toBe(expected.size);
  });
});
