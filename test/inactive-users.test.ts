/**
 * `inactive users [period]`, the reclaim list across SKUs: users with a paid licence and no activity in any
 * workload, their licences and what they cost a month, most expensive first, on the card, in the terminal,
 * in the CSV file and on its offer, against the list made here from the emulator's raw rows
 * (support/licence-expectations.ts); a week is no reclaim list; lists stay in personal chat; the join with
 * the Copilot report on the user principal name, and what the card says when concealed names prevent it.
 */
import { phrase } from '../src/i18n/message-types.js';
import { englishText } from '../src/i18n/messages.js';
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import type { RowOf } from '../src/reports/catalog.js';
import { activityWindow } from '../src/reports/insights.js';
import { readReclaim, readReclaimList } from '../src/reports/reclaim-list.js';
import type { Report, ReportService } from '../src/reports/report-service.js';
import type { ViewModels } from '../src/view-models.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import type { InactiveUsersFigures, LicencesFigures } from '../src/workload-view-models.js';
import { activeUserRows, copilotUserRows } from './support/emulator-http.js';
import { EMULATOR_PRODUCT_SKUS, expectedReclaimList, productsOf, isIdleSince } from './support/licence-expectations.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { answerOf, ask, count, escape, expectFact, expectList, workloadOf } from './support/table-answers.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';
import { PRICES, REFRESH, RULES, SETTINGS } from './support/priced-tenant.js';

/** How many users the card lists. */
const LIST_ROWS = 10;

const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
const cents = (amount: number) => Math.round(amount * 100) / 100;

function figuresOf(model: ViewModels['workload']): InactiveUsersFigures {
  expect(model.figures.kind).toBe('inactive-users');
  return model.figures as InactiveUsersFigures;
}

describe('inactive users: the reclaim list across SKUs', () => {
  test('over 90 days: card, terminal, CSV and its offer list the users the raw rows list, most expensive first', async () => {
    const fixture = await startReportFixture({}, { users: 600 });
    const deps = { ...fixture.deps, licences: SETTINGS };
    const expected = expectedReclaimList(await activeUserRows(fixture.emulator, 'D90'), await copilotUserRows(fixture.emulator, 'D90'), RULES, addDays(REFRESH, -89));
    const total = cents(expected.reduce((sum, user) => sum + user.monthlyCost, 0));
    expect(expected.length).toBeGreaterThan(LIST_ROWS);
    const answer = await answerOf(fixture, 'inactive users D90', { deps, env: { LICENSE_PRICES: PRICES } });
    expect(answer.card[0]).toBe('Inactive users · last 90 days');

    expectFact(answer, 'Paid licence, no activity', escape(`${count(expected.length)} users, no activity in any workload in the last 90 days (part of the idle seats of the last 30 days)`));
    expectFact(answer, 'Their licences cost', escape(`${usd(total)} a month · ${usd(total * 12)} a year`));
    expectList(answer, 'Most expensive first', expected.slice(0, LIST_ROWS).map((user) => user.displayName));
    expect(answer.card).toContain(`Showing ${LIST_ROWS} of ${count(expected.length)} users. The CSV file has them all.`);

    // Every listed user, in the card's order, with what their licences cost; the totals on the offer only.
    expect(answer.csv.map((row) => [row['User Principal Name'], row['Monthly Cost'], row['Last Activity Date']])).toEqual(
      expected.map((user) => [user.userPrincipalName, String(user.monthlyCost), user.latest]),
    );
    expect(answer.csv.every((row) => row.Currency === 'USD' && row['Report Period'] === '90')).toBe(true);
    expect(answer.offer).toContain(`Totals of the rows: ${count(expected.length)} users with a paid licence and no activity, ${usd(total)} a month for their licences.`);
    expect(answer.buttons).toEqual(['licenses D90', 'inactive users D7', 'inactive users D30', 'csv inactive users D90']);
  });

  test('over 30 days it lists the idle holders whose seats the licence answer counts idle: one definition', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const deps = { ...fixture.deps, licences: SETTINGS };
    const users = await activeUserRows(fixture.emulator, 'D30');
    const listed = figuresOf(workloadOf(await ask(fixture, 'inactive users D30', 'personal', 'here', deps))).list!;
    const licences = (workloadOf(await ask(fixture, 'licenses D30', 'personal', 'here', deps)).figures as LicencesFigures).licences;
    const start = addDays(REFRESH, -29);
    for (const sku of licences.skus.filter((item) => item.kind === 'paid')) {
      const product = Object.keys(EMULATOR_PRODUCT_SKUS).find((name) => EMULATOR_PRODUCT_SKUS[name] === sku.skuPartNumber)!;
      const idleHolders = users.filter((row) => isIdleSince(row, start) && productsOf(row).includes(product)).length;
      expect(sku.idle?.idleHolders, sku.skuPartNumber).toBe(idleHolders);
      expect(listed.licences.find((licence) => licence.skuPartNumber === sku.skuPartNumber)?.users ?? 0, sku.skuPartNumber).toBe(idleHolders);
    }
    const expected = expectedReclaimList(users, await copilotUserRows(fixture.emulator, 'D30'), RULES, start);
    expect(listed.users).toBe(expected.length);
    expect(listed.head.map((user) => [user.userPrincipalName, user.monthlyCost])).toEqual(expected.slice(0, LIST_ROWS).map((user) => [user.userPrincipalName, user.monthlyCost]));
  });

  test('a week is no reclaim list: it counts, says why, lists nobody, states no cost, has no file and offers the 30 days', async () => {
    const fixture = await startReportFixture();
    const users = await activeUserRows(fixture.emulator, 'D7');
    const inactive = users.filter((row) => isIdleSince(row, addDays(REFRESH, -6))).length;
    const answer = await ask(fixture, 'inactive users D7', 'channel');
    const model = workloadOf(answer);
    expect(model.detail).toEqual({ kind: 'shown' });
    expect(figuresOf(model)).toMatchObject({ scope: 'shorter', inactive });
    expect(figuresOf(model).list).toBeUndefined();
    expect(model.links.map((link) => link.command)).toEqual(['inactive users D30']);
    expect(model.actions.map((action) => action.command)).toEqual(['licenses D7', 'inactive users D30', 'inactive users D90']);
    const file = await ask(fixture, 'csv inactive users D7');
    const error = file.messages[0]!.model as ViewModels['error'];
    expect(error.code).toBe('UNSUPPORTED_PARAMETER');
    expect(englishText(error.message)).toContain('a week without activity is no reason to take a licence back');
    expect(error.actions.map((action) => action.command)).toContain('csv inactive users');
  });

  test('in a channel the card has the totals and offers the list privately; taken, the list goes to personal chat', async () => {
    const fixture = await startReportFixture();
    const withheld = workloadOf(await ask(fixture, 'inactive users D30', 'channel'));
    expect(withheld.detail).toEqual({ kind: 'withheld', privateCommand: 'inactive users D30' });
    expect(figuresOf(withheld).list?.head).toEqual([]);
    expect(figuresOf(withheld).list?.users).toBeGreaterThan(0);
    expect(withheld.actions[0]).toEqual({ title: phrase('action.sendPrivately'), command: 'inactive users D30', delivery: 'private' });
    const sent = await ask(fixture, 'inactive users D30', 'channel', 'private');
    expect(sent.messages.map((message) => message.view)).toEqual(['sent-privately']);
    expect(figuresOf(workloadOf(sent, 'privateMessages')).list?.head.length).toBe(LIST_ROWS);
  });
});

describe('inactive users: the join with the Copilot report on the user principal name', () => {
  test('a tenant that conceals names in every report: the list holds the codes, joined all the same, at the same cost', async () => {
    const visible = await startReportFixture({}, { users: 500 });
    const concealed = await startReportFixture({}, { users: 500, concealed: true });
    const open = figuresOf(workloadOf(await ask(visible, 'inactive users D90', 'personal', 'here', { ...visible.deps, licences: SETTINGS })));
    const model = workloadOf(await ask(concealed, 'inactive users D90', 'personal', 'here', { ...concealed.deps, licences: SETTINGS }));
    const hidden = figuresOf(model);
    expect(model.identities).toBe('concealed');
    expect(hidden.list!.copilot).toEqual({ ...open.list!.copilot, join: 'matched' });
    expect({ users: hidden.list!.users, monthlyCost: hidden.list!.monthlyCost }).toEqual({ users: open.list!.users, monthlyCost: open.list!.monthlyCost });
    expect(hidden.list!.head.every((user) => /^[0-9A-F]{32}$/.test(user.userPrincipalName))).toBe(true);
  });

  test('one report concealed and the other not: the card says so and which setting changes it, and prices no Copilot seat', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const deps = { ...fixture.deps, licences: SETTINGS };
    // The Copilot report read while names showed; the tenant conceals them before the active-user detail is read.
    await fixture.service.getReport('copilot-users', { period: 'D90' });
    const users = await activeUserRows(fixture.emulator, 'D90');
    fixture.emulator.setConcealed(true);
    const answer = await ask(fixture, 'inactive users D90', 'personal', 'here', deps);
    const { list } = figuresOf(workloadOf(answer));
    expect(list!.copilot.join).toBe('concealment-differs');
    // Without the join no Copilot seat is priced: the cost is every other licence's.
    const expected = expectedReclaimList(users, [], { ...RULES, prices: { ...RULES.prices, Microsoft_365_Copilot: 0 } }, addDays(REFRESH, -89));
    expect(list!.monthlyCost).toBe(cents(expected.reduce((sum, user) => sum + user.monthlyCost, 0)));
    expect(list!.head.every((user) => user.copilot !== 'idle')).toBe(true);
    expect(visibleTexts(cardOf(renderReplyMessage(answer.messages[0]!, { locale: 'en-US' }))).join('\n')).toContain(
      'the active-user report conceals names and the Copilot report does not, so their users cannot be matched: Copilot seats are left out of the costs. ' +
        'Both reports follow one setting, Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports”',
    );
  });

  describe('with Copilot rows as another source would send them', () => {
    /** The reclaim list over 30 days (five users at its head), joined with `fixture`'s Copilot report whose rows `change` alters. */
    async function reclaimListWith(fixture: ReportFixture, change: (row: RowOf<'copilot-users'>) => RowOf<'copilot-users'>) {
      const report = await fixture.service.getReport('copilot-users', { period: 'D30' });
      const copilot: Report<'copilot-users'> = {
        meta: report.meta,
        async *rows() {
          for await (const row of report.rows()) yield change(row);
        },
      };
      return readReclaimList({
        active: await fixture.service.getReport('active-users', { period: 'D30' }),
        window: activityWindow(REFRESH, 30),
        copilot,
        skus: (await fixture.service.getSubscribedSkus()).skus,
        settings: SETTINGS,
        headRows: 5,
      });
    }

    test('listed Copilot holders who used Copilot keep their seat out of the cost, and the head stays the most expensive', async () => {
      const fixture = await startReportFixture({}, { users: 500 });
      const users = await activeUserRows(fixture.emulator, 'D30');
      const start = addDays(REFRESH, -29);
      const before = expectedReclaimList(users, await copilotUserRows(fixture.emulator, 'D30'), RULES, start);
      // The three most expensive listed users used Copilot (Copilot Chat, say) on the refresh date.
      const inUse = new Set(before.slice(0, 3).map((user) => user.userPrincipalName));
      const list = await reclaimListWith(fixture, (row) => (inUse.has(row.userPrincipalName) ? { ...row, lastActivityDate: REFRESH } : row));
      const copilotRows = (await copilotUserRows(fixture.emulator, 'D30')).map((row) => (inUse.has(row['User Principal Name']!) ? { ...row, 'Last Activity Date': REFRESH } : row));
      const expected = expectedReclaimList(users, copilotRows, RULES, start);
      expect(list.copilot).toMatchObject({ join: 'matched', inUse: 3 });
      expect(list.monthlyCost).toBe(cents(expected.reduce((sum, user) => sum + user.monthlyCost, 0)));
      expect(list.head.map((user) => [user.userPrincipalName, user.monthlyCost, user.copilot])).toEqual(
        expected.slice(0, 5).map((user) => [user.userPrincipalName, user.monthlyCost, user.copilotInUse ? 'in-use' : 'idle']),
      );
    });

    test('both concealed, with codes that do not match: the join is refused rather than guessed', async () => {
      const fixture = await startReportFixture({}, { users: 500, concealed: true });
      const list = await reclaimListWith(fixture, (row) => ({ ...row, userPrincipalName: [...row.userPrincipalName].reverse().join('') }));
      expect(list.copilot.join).toBe('names-differ');
      expect(list.head.every((user) => user.copilot === 'unknown' || user.copilot === 'none')).toBe(true);
    });
  });
});

describe('inactive users: each report parsed once on a cold ask', () => {
  /** `fixture`'s service, each report it hands out telling `reads` when its rows are read again after the download. */
  function countingReads(fixture: ReportFixture, reads: string[]): Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'derive'> {
    const { service } = fixture;
    const counted = <R extends Report<'active-users'> | Report<'copilot-users'>>(report: R): R => ({
      ...report,
      rows: () => {
        reads.push(report.meta.report);
        return report.rows();
      },
    });
    return {
      getReport: (async (id: 'active-users' | 'copilot-users', params, tap) => counted(await service.getReport(id, params, tap as never))) as ReportService['getReport'],
      getSubscribedSkus: () => service.getSubscribedSkus(),
      derive: (key, compute) => service.derive(key, compute),
    };
  }

  test('the list comes from the active-user download and the Copilot download as they passed, and is the raw rows\' list', async () => {
    const fixture = await startReportFixture({}, { users: 600 });
    const reads: string[] = [];
    const reports = countingReads(fixture, reads);
    const window = activityWindow(REFRESH, 90);
    const active = await reports.getReport('active-users', { period: 'D90' });
    const { list } = await readReclaim(reports, active, window, SETTINGS, 'v1', LIST_ROWS);
    expect(reads).toEqual([]);

    const expected = expectedReclaimList(await activeUserRows(fixture.emulator, 'D90'), await copilotUserRows(fixture.emulator, 'D90'), RULES, window.start);
    expect(list.users).toBe(expected.length);
    expect(list.monthlyCost).toBe(cents(expected.reduce((sum, user) => sum + user.monthlyCost, 0)));
    expect(list.copilot.inUse).toBe(expected.filter((user) => user.copilotInUse).length);
    expect(list.head.map((user) => [user.userPrincipalName, user.monthlyCost])).toEqual(expected.slice(0, LIST_ROWS).map((user) => [user.userPrincipalName, user.monthlyCost]));

    // Rows another instance downloaded come without what this one kept: read from them, the list is the same.
    const copilot = await fixture.service.getReport('copilot-users', { period: 'D90' });
    const rowsOnly = <Id extends 'active-users' | 'copilot-users'>(report: Report<Id>): Report<Id> => ({ meta: report.meta, rows: () => report.rows() });
    const skus = (await fixture.service.getSubscribedSkus()).skus;
    const fromRows = await readReclaimList({ active: rowsOnly(active), window, copilot: rowsOnly(copilot), skus, settings: SETTINGS, headRows: LIST_ROWS });
    expect(fromRows).toEqual(list);
  });
});
