/**
 * Usage by department, country, office, company and job title (`copilot summary D30 by department`): the
 * numbers on the card, in the CSV file and in the terminal equal counts made here from the emulator's raw
 * report rows and raw /users JSON; "(not set)"; the channel's small-group rule; the long tail folded into
 * "other"; licences' idle seats and idle spend per value; concealed names; the 403 naming User.Read.All;
 * the answer kept for the same report and directory; the next day's delta refresh reaching the answer.
 */
import { describe, expect, test, vi } from 'vitest';
import { toIsoDate } from '../src/clock.js';
import type { Delivery } from '../src/commands/command.js';
import { exportCommandRows } from '../src/commands/command-export.js';
import type { ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import { writeExportFile } from '../src/files/export-file.js';
import { parseLicencePrice } from '../src/reports/licence-price.js';
import { ReportCache } from '../src/reports/report-cache.js';
import { englishText } from '../src/i18n/messages.js';
import type { AttributeRow, CommandAction, ViewModels, ViewName } from '../src/view-models.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { TEAMS_MESSAGE_LIMIT_BYTES, serializedBytes } from '../src/views/fit-card-size.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvRows } from './support/csv-records.js';
import { countSeatsBy, periodStart, type ExpectedGroup, type UserProperty } from './support/expected-groups.js';
import { fetchCsv, readCsv } from './support/emulator-http.js';
import { readRawDirectory } from './support/raw-directory.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { scratchFolder } from './support/scratch-folder.js';
import { cardOf, structureProblems, visibleTexts } from './support/view-fixtures.js';

const DAY_MS = 86_400_000;

/** A button with its title in English. */
const worded = (action: CommandAction) => ({ ...action, title: englishText(action.title) });

async function ask(deps: HandlerDeps, text: string, conversation: ConversationKind = 'personal', delivery: Delivery = 'here'): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand({ ...parsed.parsed, delivery }, conversation, deps);
}

function only<K extends ViewName>(reply: Reply, view: K): ViewModels[K] {
  expect(reply.messages.map((message) => message.view)).toEqual([view]);
  return reply.messages[0]!.model as ViewModels[K];
}

/** The emulator's raw Copilot user detail for `period`, its refresh date and the raw directory of the day. */
async function rawData(fixture: ReportFixture, period: string) {
  const csv = readCsv(await fetchCsv(fixture.emulator, `/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='${period}',version='v1')`));
  const users = await readRawDirectory(fixture.emulator.url);
  return { rows: csv.rows, refreshDate: csv.rows[0]!['Report Refresh Date']!, users: [...users.values()] };
}

/** Expected groups of `property` over `period` (Dn) from the raw data. */
async function expectedGroups(fixture: ReportFixture, period: string, property: UserProperty): Promise<Map<string, ExpectedGroup>> {
  const raw = await rawData(fixture, period);
  return countSeatsBy(raw.rows, raw.users, property, periodStart(raw.refreshDate, Number(period.slice(1))));
}

const rowOf = (model: ViewModels['attribute-groups'], label: string) => model.rows.find((row) => row.kind !== 'other' && row.label === label);
const figures = (row: AttributeRow | undefined) => row && { users: row.users, active: row.active, neverActive: row.neverActive };

/** The text of the line under a value's name on the card. */
function cardLine(texts: readonly string[], label: string): string | undefined {
  const at = texts.indexOf(label);
  return at < 0 ? undefined : texts[at + 1];
}

async function csvOf(fixture: ReportFixture, text: string): Promise<{ fileName: string; rows: Record<string, string>[] }> {
  const parsed = parseCommand(text);
  if (!parsed.ok || parsed.parsed.command.name !== 'export' || parsed.parsed.command.target.name === 'overview') throw new Error(`"${text}" is no csv command`);
  const file = await exportCommandRows(parsed.parsed.command.target, fixture.service, toIsoDate(fixture.clock.now()), fixture.deps.licences);
  const written = await writeExportFile(file, path.join(scratchFolder(), file.fileName));
  return { fileName: file.fileName, rows: csvRows(readFileSync(written.path, 'utf8')) };
}

const en = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

describe('copilot summary D30 by department', () => {
  test('every department\'s users, active users and rate on the card, in the CSV and in the terminal equal a count of the raw rows and users', async () => {
    const fixture = await startReportFixture({ demoData: true });
    const expected = await expectedGroups(fixture, 'D30', 'department');
    const reply = await ask(fixture.deps, 'copilot summary D30 by department');
    const model = only(reply, 'attribute-groups');

    // The model: one row per department, most users first, every one of them (a personal chat folds nothing small).
    expect(new Map(model.rows.map((row) => [row.label, figures(row)]))).toEqual(
      new Map([...expected].map(([label, group]) => [label, { users: group.users, active: group.active, neverActive: group.neverActive }])),
    );
    const users = model.rows.map((row) => row.users);
    expect(users).toEqual([...users].sort((a, b) => b - a));
    expect(model.total.users).toBe([...expected.values()].reduce((sum, group) => sum + group.users, 0));
    expect(model.directory).toMatchObject({ refresh: 'full', day: toIsoDate(fixture.clock.now()) });

    // The card states each department's figures as text.
    const attachment = renderReplyMessage(reply.messages[0]!, { locale: 'en-US' });
    const card = cardOf(attachment);
    expect(structureProblems(card)).toEqual([]);
    const texts = visibleTexts(card);
    expect(texts[0]).toBe('Demo data · Copilot adoption by department · last 30 days');
    for (const [label, group] of expected) {
      expect(cardLine(texts, label), label).toContain(`${percent.format(group.active / group.users)} active · ${en.format(group.active)} of ${en.format(group.users)} user`);
    }
    expect(texts.some((text) => /^Directory \([\d,]+ users\) as of .+, read in full$/.test(text))).toBe(true);
    expect(serializedBytes(attachment)).toBeLessThan(TEAMS_MESSAGE_LIMIT_BYTES);

    // The terminal reads the same numbers.
    const terminal = formatReplyText(reply.messages[0]!, { locale: 'en-US' });
    for (const [label, group] of expected) {
      expect(terminal).toMatch(new RegExp(`^${label.replace(/[()&]/g, '\\$&')} +\\S+ ${percent.format(group.active / group.users).replace('.', '\\.')} active · ${group.active} of ${group.users} users?$`, 'm'));
    }

    // The CSV lists every department with the same numbers, in the card's order.
    const file = await csvOf(fixture, 'csv copilot summary D30 by department');
    expect(file.fileName).toMatch(/^demo-copilot-summary-D30-by-department-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows.map((row) => row['Department'])).toEqual(model.rows.map((row) => row.label));
    for (const row of file.rows) {
      const group = expected.get(row['Department']!)!;
      expect(row, row['Department']).toMatchObject({
        'Enabled Users': String(group.users),
        'Active Users': String(group.active),
        'Inactive Users': String(group.users - group.active),
        'Never Active Users': String(group.neverActive),
        'Active Rate': String(Math.round((group.active / group.users) * 10_000) / 10_000),
      });
    }
  });

  test('"(not set)" holds the report users without a department, and the card says what it means', async () => {
    const fixture = await startReportFixture();
    const raw = await rawData(fixture, 'D30');
    const withoutDepartment = new Set(raw.users.filter((user) => typeof user.department !== 'string' || user.department.trim() === '').map((user) => String(user.userPrincipalName).toLowerCase()));
    const reportedWithout = raw.rows.filter((row) => withoutDepartment.has(row['User Principal Name']!.toLowerCase())).length;
    expect(reportedWithout).toBeGreaterThan(0);
    const reply = await ask(fixture.deps, 'copilot summary D30 by department');
    expect(rowOf(only(reply, 'attribute-groups'), '(not set)')).toMatchObject({ kind: 'not-set', users: reportedWithout });
    expect(visibleTexts(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' })))).toContain('"(not set)": users whose department is empty in the directory.');
  });

  test('in a channel, departments of fewer than 5 users are counted in "other"; the personal chat shows them', async () => {
    const fixture = await startReportFixture();
    const expected = await expectedGroups(fixture, 'D30', 'department');
    const small = [...expected].filter(([, group]) => group.users < 5);
    expect(small.length).toBeGreaterThan(0);
    const channel = only(await ask(fixture.deps, 'copilot summary D30 by department', 'channel'), 'attribute-groups');
    for (const [label] of small) expect(rowOf(channel, label), label).toBeUndefined();
    expect(channel.rows.every((row) => row.kind === 'other' || row.users >= 5)).toBe(true);
    const other = channel.rows.at(-1)!;
    expect(other).toMatchObject({
      kind: 'other',
      values: small.length,
      users: small.reduce((sum, [, group]) => sum + group.users, 0),
      active: small.reduce((sum, [, group]) => sum + group.active, 0),
    });
    expect(channel.smallGroupsFolded).toBe(small.length);
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'attribute-groups', model: channel }, { locale: 'en-US' })));
    expect(texts.some((text) => text.startsWith('Here, departments of fewer than 5 users are counted in "Other" so no one is singled out'))).toBe(true);
    for (const [label] of small) expect(texts).not.toContain(label);

    const personal = only(await ask(fixture.deps, 'copilot summary D30 by department'), 'attribute-groups');
    for (const [label, group] of small) expect(figures(rowOf(personal, label))).toEqual({ users: group.users, active: group.active, neverActive: group.neverActive });
    expect(personal.total).toEqual(channel.total);
  });

  test('beyond the card\'s rows the long tail folds into "other N values"; the CSV lists every value', async () => {
    const fixture = await startReportFixture();
    const deps = { ...fixture.deps, rowLimit: 8 };
    const expected = await expectedGroups(fixture, 'D30', 'jobTitle');
    expect(expected.size).toBeGreaterThan(8);
    const model = only(await ask(deps, 'copilot summary D30 by job title'), 'attribute-groups');
    expect(model.rows).toHaveLength(8);
    const shown = model.rows.slice(0, 7);
    const rest = [...expected.entries()].filter(([label]) => !shown.some((row) => row.label === label));
    expect(model.rows[7]).toMatchObject({ kind: 'other', values: rest.length, users: rest.reduce((sum, [, group]) => sum + group.users, 0) });
    expect(Math.min(...shown.map((row) => row.users))).toBeGreaterThanOrEqual(Math.max(...rest.map(([, group]) => group.users)));
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'attribute-groups', model }, { locale: 'en-US' })));
    expect(texts).toContain(`Other (${rest.length} job titles)`);
    expect(texts).toContain('"Other" sums the job titles not shown; the CSV file lists every one.');
    const file = await csvOf({ ...fixture, deps }, 'csv copilot summary D30 by job title');
    expect(new Set(file.rows.map((row) => row['Job Title']))).toEqual(new Set(expected.keys()));
  });
});

describe('copilot inactive D90 by country and copilot licenses D30 by department', () => {
  test('inactive by country: most inactive first, each country\'s inactive and never active users as counted from the raw data', async () => {
    const fixture = await startReportFixture();
    const expected = await expectedGroups(fixture, 'D90', 'country');
    const model = only(await ask(fixture.deps, 'copilot inactive D90 by country', 'channel'), 'attribute-groups');
    expect(model.focus).toBe('inactive');
    const inactive = model.rows.filter((row) => row.kind !== 'other').map((row) => row.users - row.active);
    expect(inactive).toEqual([...inactive].sort((a, b) => b - a));
    for (const row of model.rows) {
      if (row.kind === 'other') continue;
      const group = expected.get(row.label)!;
      expect({ users: row.users, inactive: row.users - row.active, neverActive: row.neverActive }, row.label).toEqual({
        users: group.users,
        inactive: group.inactiveUsers.length,
        neverActive: group.neverActive,
      });
    }
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'attribute-groups', model }, { locale: 'en-US' })));
    const [top] = model.rows;
    expect(cardLine(texts, top!.label)).toContain(`inactive · ${top!.users - top!.active} of ${top!.users} users · ${top!.neverActive} never active`);
  });

  test('licences by department: each department\'s idle seats and idle spend, most idle spend first, and the unassigned seats in no department', async () => {
    const fixture = await startReportFixture({ demoData: true });
    const deps = { ...fixture.deps, licences: { price: parseLicencePrice('30 USD')!, extraSkuIds: [] } };
    const expected = await expectedGroups(fixture, 'D30', 'department');
    const skus = (await (await fetch(`${fixture.emulator.url}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer t' } })).json()) as {
      value: { skuPartNumber: string; consumedUnits: number; prepaidUnits: { enabled: number; warning: number } }[];
    };
    const copilot = skus.value.filter((sku) => sku.skuPartNumber.includes('Copilot'));
    const unassigned = copilot.reduce((sum, sku) => sum + Math.max(0, sku.prepaidUnits.enabled + sku.prepaidUnits.warning - sku.consumedUnits), 0);

    const reply = await ask(deps, 'copilot licenses D30 by department', 'personal');
    const model = only(reply, 'attribute-groups');
    expect(model.focus).toBe('idle');
    for (const row of model.rows) {
      const group = expected.get(row.label)!;
      expect({ idle: row.idle, idleMonthly: row.idleMonthly, users: row.users }, row.label).toEqual({
        idle: group.inactiveUsers.length,
        idleMonthly: group.inactiveUsers.length * 30,
        users: group.users,
      });
    }
    const spends = model.rows.map((row) => row.idleMonthly!);
    expect(spends).toEqual([...spends].sort((a, b) => b - a));
    const idleAssigned = [...expected.values()].reduce((sum, group) => sum + group.inactiveUsers.length, 0);
    expect(model.licences?.idle).toMatchObject({ unassigned, inactive: idleAssigned, seats: unassigned + idleAssigned });

    const texts = visibleTexts(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' })));
    expect(texts[0]).toBe('Demo data · Copilot idle seats by department');
    const [top] = model.rows;
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    expect(cardLine(texts, top!.label)).toContain(`${top!.idle} idle seats · ${money.format(top!.idle! * 30)} a month`);
    expect(texts).toContain(
      `The ${unassigned} unassigned seats are bought and held by no one, so they belong to no department: the departments' ${idleAssigned} idle seats and the unassigned make the tenant's ${unassigned + idleAssigned}.`,
    );

    const file = await csvOf({ ...fixture, deps }, 'csv copilot licenses D30 by department');
    expect(file.rows.map((row) => [row['Department'], row['Idle Seats (D30)'], row['Idle Spend per Month'], row['Currency']])).toEqual(
      model.rows.map((row) => [row.label, String(row.idle), String(row.idleMonthly), 'USD']),
    );
  });
});

describe('usage D30 by office: the workloads\' users joined the same way', () => {
  test('each office\'s licensed users and those active in any workload equal a count of the raw active user detail and users, and add up to the usage card', async () => {
    const fixture = await startReportFixture({}, {}, 40);
    const csv = readCsv(await fetchCsv(fixture.emulator, "/v1.0/reports/getOffice365ActiveUserDetail(period='D30')"));
    const refreshDate = csv.rows[0]!['Report Refresh Date']!;
    const workloads = ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'];
    // Users not deleted with a licence for any workload; active when their latest activity in any workload is in the period.
    const licensed = csv.rows
      .filter((row) => row['Is Deleted'] !== 'True' && workloads.some((workload) => row[`Has ${workload} License`] === 'True'))
      .map((row) => {
        const latest = workloads.map((workload) => row[`${workload} Last Activity Date`] ?? '').sort().at(-1)!;
        // The Copilot-shaped counter reads "Last Activity Date": give it the latest of any workload.
        return { ...row, 'Last Activity Date': latest };
      });
    const expected = countSeatsBy(licensed, (await readRawDirectory(fixture.emulator.url)).values(), 'officeLocation', periodStart(refreshDate, 30));

    const model = only(await ask(fixture.deps, 'usage D30 by office'), 'attribute-groups');
    expect(model).toMatchObject({ subject: 'microsoft-365', focus: 'users', period: 'D30' });
    expect(new Map(model.rows.map((row) => [row.label, { users: row.users, active: row.active }]))).toEqual(
      new Map([...expected].map(([label, group]) => [label, { users: group.users, active: group.active }])),
    );
    const usage = only(await ask(fixture.deps, 'usage D30'), 'workload');
    expect(usage.figures).toMatchObject({ anyWorkload: { licensed: model.total.users, active: model.total.active } });
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'attribute-groups', model }, { locale: 'en-US' })));
    expect(texts[0]).toBe('Microsoft 365 usage by office · last 30 days');
    expect(texts).toContain(`Licensed users: ${en.format(model.total.users)} in ${model.valueCount} offices`);
    expect(model.actions.map((action) => action.command)).toEqual(['usage D7 by office', 'usage D90 by office', 'inactive users D30 by office', 'csv usage D30 by office']);
    const file = await csvOf(fixture, 'csv usage D30 by office');
    expect(file.rows.map((row) => [row['Office'], row['Licensed Users'], row['Active Users']])).toEqual(model.rows.map((row) => [row.label, String(row.users), String(row.active)]));
  });
});

describe('filters: department=Sales and the other attributes, in personal chat', () => {
  test('copilot inactive D90 department=sales lists the inactive seats of Sales alone (any case), as counted from the raw data, and its CSV has them all', async () => {
    const fixture = await startReportFixture({}, {}, 10);
    const sales = (await expectedGroups(fixture, 'D90', 'department')).get('Sales')!;
    expect(sales.inactiveUsers.length).toBeGreaterThan(0);
    const reply = await ask(fixture.deps, 'copilot inactive D90 department=sales');
    const model = only(reply, 'copilot-inactive');
    expect(model).toMatchObject({ enabled: sales.users, inactive: sales.inactiveUsers.length, neverActive: sales.neverActive, totalRows: sales.inactiveUsers.length });
    expect(model.rows.length).toBe(Math.min(10, sales.inactiveUsers.length));
    expect(model.rows.every((row) => sales.inactiveUsers.includes(row.userPrincipalName))).toBe(true);
    // Idle seats and their cost are the tenant's: a filtered list does not state them.
    expect(model.idle).toBeUndefined();
    expect(model.actions.map((action) => action.command)).toEqual([
      'copilot users D90 department=sales',
      'copilot summary D90 by department',
      'copilot inactive D7 department=sales',
      'copilot inactive D30 department=sales',
      'csv copilot inactive D90 department=sales',
    ]);
    const texts = visibleTexts(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' })));
    expect(texts).toContain(`Only users whose department is "sales". Directory as of ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(fixture.clock.now())}.`);
    const file = await csvOf(fixture, 'csv copilot inactive D90 department=sales');
    expect(file.fileName).toMatch(/^copilot-inactive-D90-department-sales-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows.map((row) => row['User Principal Name']).sort()).toEqual([...sales.inactiveUsers].sort());
  });

  test('quoted values with spaces, "(not set)", and filters beside a grouping count only the users they name', async () => {
    const fixture = await startReportFixture();
    const byDepartment = await expectedGroups(fixture, 'D30', 'department');
    const hr = byDepartment.get('Human Resources')!;
    expect(only(await ask(fixture.deps, 'copilot users D30 department="Human Resources"'), 'copilot-users')).toMatchObject({ enabled: hr.users, active: hr.active });
    const notSet = byDepartment.get('(not set)')!;
    expect(only(await ask(fixture.deps, 'copilot users D30 department="(not set)"'), 'copilot-users')).toMatchObject({ enabled: notSet.users, active: notSet.active });
    const grouped = only(await ask(fixture.deps, 'copilot inactive D30 by office department="Human Resources"'), 'attribute-groups');
    expect(grouped.filters).toEqual([{ attribute: 'department', value: 'Human Resources' }]);
    expect(grouped.total).toMatchObject({ users: hr.users, active: hr.active });
  });

  test('a value no user has gets the closest values the directory has, as buttons', async () => {
    const fixture = await startReportFixture();
    const error = only(await ask(fixture.deps, 'copilot inactive D90 department=Sals'), 'error');
    expect(error.code).toBe('UNKNOWN_VALUE');
    expect(englishText(error.message)).toBe('No user in the directory has the department "Sals" (compared without case). The closest: "Sales".');
    expect(error.actions.map(worded)).toEqual([{ title: 'Sales', command: 'copilot inactive D90 department=Sales' }]);
    const nothingClose = only(await ask(fixture.deps, 'copilot users country=Atlantis'), 'error');
    expect(englishText(nothingClose.message)).toBe('No user in the directory has the country "Atlantis" (compared without case). None is close to it; grouping by country lists every value.');
  });

  test('asked in a channel, a filtered answer is not shown there: the button sends it to the personal chat', async () => {
    const fixture = await startReportFixture();
    for (const text of ['copilot inactive D90 department=Sales', 'copilot users D30 department=Sales', 'copilot inactive D90 by office department=Sales']) {
      const refusal = only(await ask(fixture.deps, text, 'channel'), 'error');
      expect(refusal.code, text).toBe('PERSONAL_CHAT_ONLY');
      expect(refusal.actions.map(worded)).toEqual([{ title: 'Send it to me privately', command: text, delivery: 'private' }]);
      const sent = await ask(fixture.deps, text, 'channel', 'private');
      expect(sent.messages.map((message) => message.view)).toEqual(['sent-privately']);
      expect(sent.privateMessages?.map((message) => message.view)).toEqual([text.includes(' by ') ? 'attribute-groups' : text.startsWith('copilot users') ? 'copilot-users' : 'copilot-inactive']);
    }
  });
});

describe('when the join cannot be made', () => {
  test('a tenant that conceals names gets the explanation, the setting that changes it, and no groups, also for its CSV', async () => {
    const fixture = await startReportFixture({}, { concealed: true });
    for (const text of ['copilot summary D30 by department', 'copilot inactive D90 by country', 'copilot licenses D30 by office']) {
      const error = only(await ask(fixture.deps, text, 'channel'), 'error');
      expect(error.code, text).toBe('NAMES_CONCEALED');
      expect(englishText(error.message)).toContain('conceals user names in its usage reports');
      expect(englishText(error.message)).toContain('Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports”');
      expect(error.actions[0]!.command).toBe(text.replace(/ by \w+$/, ''));
    }
    const file = await ask(fixture.deps, 'csv copilot summary D30 by department');
    expect(file.file).toBeUndefined();
    expect(only(file, 'error').code).toBe('NAMES_CONCEALED');
    // Nothing was read from the directory to guess with.
    expect(fixture.emulator.requests.some((request) => request.path.includes('/users'))).toBe(false);
  });

  test('without User.Read.All the answer names the permission, on the card and in its advice', async () => {
    const fixture = await startReportFixture({}, { directoryAccess: false });
    const reply = await ask(fixture.deps, 'copilot summary D30 by department', 'channel');
    const error = only(reply, 'error');
    expect(error.code).toBe('DIRECTORY_FORBIDDEN');
    expect(englishText(error.title)).toBe("The bot may not read the directory's users");
    expect(englishText(error.message)).toContain("Microsoft Graph denied access to the directory's users for \"copilot summary D30 by department\" (403).");
    expect(englishText(error.message)).toContain('User.Read.All application permission');
    expect(error.actions.map((action) => action.command)).toEqual(['copilot summary D30 by department', 'status']);
    const texts = visibleTexts(cardOf(renderReplyMessage(reply.messages[0]!, { locale: 'en-US' })));
    expect(texts).toContain('Ask whoever runs the bot to grant its app registration the Microsoft Graph application permission User.Read.All, with admin consent.');
  });
});

describe('kept answers and the next days', () => {
  test('asked again, the grouped answer is a lookup: no report rows are read a second time', async () => {
    const fixture = await startReportFixture();
    const first = only(await ask(fixture.deps, 'copilot summary D30 by department'), 'attribute-groups');
    const readRows = vi.spyOn(ReportCache.prototype, 'readRows');
    try {
      const requests = fixture.emulator.requests.length;
      const again = only(await ask(fixture.deps, 'copilot summary D30 by department', 'channel'), 'attribute-groups');
      const personal = only(await ask(fixture.deps, 'copilot summary D30 by department'), 'attribute-groups');
      expect(readRows).not.toHaveBeenCalled();
      expect(fixture.emulator.requests.length).toBe(requests);
      expect(personal.rows).toEqual(first.rows);
      expect(again.total).toEqual(first.total);
      // Another attribute is another question: its rows are read once.
      await ask(fixture.deps, 'copilot summary D30 by office');
      expect(readRows).toHaveBeenCalledTimes(1);
    } finally {
      readRows.mockRestore();
    }
  });

  test('the next days the directory is refreshed with the delta query, and the answer follows the users who moved', async () => {
    const fixture = await startReportFixture({}, { users: 2000 });
    const before = only(await ask(fixture.deps, 'copilot summary D30 by department'), 'attribute-groups');
    const raw = await readRawDirectory(fixture.emulator.url);
    fixture.clock.advance(6 * DAY_MS);
    const after = await readRawDirectory(fixture.emulator.url);
    const moved = [...after.values()].filter((user) => raw.has(user.id) && raw.get(user.id)!.department !== user.department);
    expect(moved.length).toBeGreaterThan(0);
    const expected = await expectedGroups(fixture, 'D30', 'department');
    const model = only(await ask(fixture.deps, 'copilot summary D30 by department'), 'attribute-groups');
    expect(model.directory).toMatchObject({ refresh: 'delta', day: toIsoDate(fixture.clock.now()) });
    expect(new Map(model.rows.map((row) => [row.label, row.users]))).toEqual(new Map([...expected].map(([label, group]) => [label, group.users])));
    expect(model.rows).not.toEqual(before.rows);
  });
});
