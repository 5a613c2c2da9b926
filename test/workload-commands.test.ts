/**
 * The workload commands (`usage`, `teams`, `email`, `onedrive`, `sharepoint`, `apps`) as an admin gets them:
 * the numbers on the card, in the CSV file (and on its offer) and in the terminal, each against counts made
 * here from the emulator's raw CSV with a few lines of the test's own; lists only in personal chat; a
 * tenant without a workload's data; a 403; concealed names; the Demo-data header.
 */
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { phrase } from '../src/i18n/message-types.js';
import { englishText } from '../src/i18n/messages.js';
import type { ViewModels } from '../src/view-models.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { csvRows } from './support/csv-records.js';
import { fetchCsv } from './support/emulator-http.js';
import { readDocumentedHeaders } from './support/reference-pages.js';
import { FIXTURE_NOW, startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { answerOf, ask, count, escape, expectFact, expectList, workloadOf, type Row } from './support/table-answers.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const REFRESH = addDays(FIXTURE_NOW.slice(0, 10), -2);
const START_30 = addDays(REFRESH, -29);
/** How many items each list of a workload card shows. */
const LIST_ROWS = 10;

// ---- the test's own counting and formatting (en-US, as the cards are rendered here) ----

const num = (row: Row, column: string) => Number(row[column] || 0);
const sum = (rows: readonly Row[], column: string) => rows.reduce((total, row) => total + num(row, column), 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const live = (rows: readonly Row[]) => rows.filter((row) => row['Is Deleted'] !== 'True');
const activeIn = (date: string | undefined) => date !== undefined && date !== '' && date >= START_30;
const highest = (score: (row: Row) => number, name: (row: Row) => string) => (a: Row, b: Row) => score(b) - score(a) || byText(name(a), name(b));
const longestIdle = (name: (row: Row) => string) => (a: Row, b: Row) => {
  const [x, y] = [a['Last Activity Date'] ?? '', b['Last Activity Date'] ?? ''];
  return x === y ? byText(name(a), name(b)) : x === '' ? -1 : y === '' ? 1 : byText(x, y);
};
const upn = (row: Row) => row['User Principal Name']!;

const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
/** "<bar> 34.3% · 412 of 1,200", as a pattern (the bar is drawn, the numbers are what count). */
const activeOf = (part: number, whole: number) => `\\S+ ${escape(percent.format(part / whole))} · ${escape(count(part))} of ${escape(count(whole))}`;
/** Bytes as the cards write them: binary units, one decimal under 10 of a unit above bytes. */
function bytes(value: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let unit = 0;
  let scaled = value;
  while (scaled >= 1024 && unit < units.length - 1) [scaled, unit] = [scaled / 1024, unit + 1];
  const digits = unit > 0 && scaled < 10 ? oneDecimal.format(scaled) : count(Math.round(scaled));
  return `${digits}\u00a0${units[unit]}`;
}
const mean = (rows: readonly Row[], value: (row: Row) => number) => Math.round(rows.reduce((total, row) => total + value(row), 0) / rows.length);

async function raw(fixture: ReportFixture, graphCall: string): Promise<Row[]> {
  return csvRows(await fetchCsv(fixture.emulator, `/v1.0/reports/${graphCall}`));
}

// ---- the answers ----

describe('usage: active users of each workload, of its licensed users', () => {
  const WORKLOADS = [
    ['Exchange', 'Exchange'],
    ['OneDrive', 'OneDrive'],
    ['SharePoint', 'SharePoint'],
    ['Viva Engage (Yammer)', 'Yammer'],
    ['Teams', 'Teams'],
  ] as const;

  test('card, terminal and CSV say what the active user detail, the apps report and the daily counts say', async () => {
    const fixture = await startReportFixture({}, { users: 600 });
    const users = live(await raw(fixture, "getOffice365ActiveUserDetail(period='D30')"));
    const apps = await raw(fixture, "getM365AppUserDetail(period='D30')");
    const days = await raw(fixture, "getOffice365ActiveUserCounts(period='D30')");
    const answer = await answerOf(fixture, 'usage D30');
    expect(answer.card[0]).toBe('Microsoft 365 usage · last 30 days');

    const expected: { label: string; licensed: number; active: number; daily: number }[] = WORKLOADS.map(([label, header]) => {
      const licensed = users.filter((row) => row[`Has ${header} License`] === 'True');
      return { label, licensed: licensed.length, active: licensed.filter((row) => activeIn(row[`${header} Last Activity Date`])).length, daily: mean(days, (row) => num(row, header)) };
    });
    expected.push({ label: 'Microsoft 365 Apps', licensed: apps.length, active: apps.filter((row) => activeIn(row['Last Activity Date'])).length, daily: NaN });
    const licensedAny = users.filter((row) => ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'].some((w) => row[`Has ${w} License`] === 'True'));
    const activeAny = licensedAny.filter((row) => ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'].some((w) => activeIn(row[`${w} Last Activity Date`])));
    const dailyAny = mean(days, (row) => num(row, 'Office 365'));

    for (const { label, licensed, active, daily } of expected) {
      const average = Number.isNaN(daily) ? '' : ` · ${escape(count(daily))} on an average day`;
      expectFact(answer, label, `${activeOf(active, licensed)}${average}`);
    }
    expectFact(answer, 'Any workload', `${activeOf(activeAny.length, licensedAny.length)} · ${escape(count(dailyAny))} on an average day`);
    expect(activeAny.length).toBeLessThan(licensedAny.length);

    // One row per workload, the card's numbers; the tenant-wide figures on the offer, never as a row.
    expect(answer.csv).toEqual(
      expected.map(({ label, licensed, active, daily }) => ({
        Workload: label,
        'Licensed Users': String(licensed),
        'Active Users': String(active),
        'Inactive Users': String(licensed - active),
        'Average Daily Active Users': Number.isNaN(daily) ? '' : String(daily),
        'Report Refresh Date': REFRESH,
        'Report Period': '30',
      })),
    );
    expect(answer.offer).toContain(`Totals of the rows: ${count(licensedAny.length)} users licensed for any workload, ${count(activeAny.length)} active in any workload.`);
    // Each workload's answer a button away, then the periods and the CSV.
    expect(answer.buttons).toEqual(['teams D30', 'email D30', 'onedrive D30', 'sharepoint D30', 'apps D30', 'usage D7', 'usage D90', 'csv usage D30']);
  });

  test('aggregates only: a channel gets the same card, nothing withheld', async () => {
    const fixture = await startReportFixture();
    const channel = workloadOf(await ask(fixture, 'usage', 'channel'));
    const personal = workloadOf(await ask(fixture, 'usage'));
    expect(channel).toEqual({ ...personal, freshness: { ...personal.freshness, cache: 'miss' } });
    expect(channel.detail).toEqual({ kind: 'shown' });
    expect(channel.period).toBe('D30');
  });
});

describe('teams: users, messages, meetings and calls, most and least active', () => {
  test('card, terminal and CSV agree with the Teams user detail and daily counts', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const rows = await raw(fixture, "getTeamsUserActivityUserDetail(period='D30')");
    const days = await raw(fixture, "getTeamsUserActivityCounts(period='D30')");
    const answer = await answerOf(fixture, 'teams D30');
    const users = live(rows);
    expectFact(answer, 'Active users', activeOf(users.filter((row) => activeIn(row['Last Activity Date'])).length, users.length));
    expectFact(answer, 'Licensed for Teams', escape(count(users.filter((row) => row['Is Licensed'] === 'Yes').length)));
    for (const [title, column] of [
      ['Team chat messages', 'Team Chat Message Count'],
      ['Private chat messages', 'Private Chat Message Count'],
      ['Channel posts', 'Post Messages'],
      ['Replies', 'Reply Messages'],
      ['Meetings', 'Meeting Count'],
      ['Meetings organized', 'Meetings Organized Count'],
      ['Calls', 'Call Count'],
    ] as const) {
      expectFact(answer, title, escape(count(sum(rows, column))));
    }
    expectFact(answer, 'Audio', `${escape(oneDecimal.format(sum(rows, 'Audio Duration In Seconds') / 3600))} hours`);
    expectFact(answer, 'Messages', escape(count(mean(days, (row) => num(row, 'Team Chat Messages') + num(row, 'Private Chat Messages')))));

    const score = (row: Row) => ['Team Chat Message Count', 'Private Chat Message Count', 'Call Count', 'Meeting Count'].reduce((total, column) => total + num(row, column), 0);
    const mostActive = users.filter((row) => score(row) > 0).sort(highest(score, upn));
    expectList(answer, 'Most active (messages, meetings and calls)', mostActive.slice(0, LIST_ROWS).map(upn));
    const inactive = users.filter((row) => !activeIn(row['Last Activity Date'])).sort(longestIdle(upn));
    expectList(answer, 'Inactive the longest (never active first)', inactive.slice(0, LIST_ROWS).map(upn));
    expect(answer.card).toContain(`Showing ${LIST_ROWS} of ${count(inactive.length)} users. The CSV file has them all.`);

    // The CSV: every row of the report (deleted users too, as the sums are), most active first; no total row.
    expect(answer.csv.map(upn)).toEqual([...rows].sort(highest(score, upn)).map(upn));
    expect(sum(answer.csv, 'Team Chat Message Count')).toBe(sum(rows, 'Team Chat Message Count'));
    expect(answer.offer).toContain(
      `Totals of the rows: ${count(sum(rows, 'Team Chat Message Count'))} team chat messages, ${count(sum(rows, 'Private Chat Message Count'))} private chat messages, ` +
        `${count(sum(rows, 'Meeting Count'))} meetings, ${count(sum(rows, 'Call Count'))} calls.`,
    );
    expect(answer.buttons).toEqual(['usage D30', 'teams D7', 'teams D90', 'csv teams D30']);
  });
});

describe('email: mail sent, received and read, most and least active', () => {
  test('card, terminal and CSV agree with the email activity user detail', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const rows = await raw(fixture, "getEmailActivityUserDetail(period='D30')");
    const answer = await answerOf(fixture, 'email D30');
    const users = live(rows);
    expectFact(answer, 'Active users', activeOf(users.filter((row) => activeIn(row['Last Activity Date'])).length, users.length));
    for (const [title, column] of [
      ['Sent', 'Send Count'],
      ['Received', 'Receive Count'],
      ['Read', 'Read Count'],
      ['Meetings created', 'Meeting Created Count'],
    ] as const) {
      expectFact(answer, title, escape(count(sum(rows, column))));
    }
    const score = (row: Row) => num(row, 'Send Count') + num(row, 'Read Count');
    // A person by display name, when the report has one.
    const name = (row: Row) => row['Display Name'] || upn(row);
    expectList(answer, 'Most active (mail sent and read)', users.filter((row) => score(row) > 0).sort(highest(score, upn)).slice(0, LIST_ROWS).map(name));
    const inactive = users.filter((row) => !activeIn(row['Last Activity Date'])).sort(longestIdle(upn));
    expectList(answer, 'Inactive the longest (never active first)', inactive.slice(0, LIST_ROWS).map(name));
    expect(answer.csv.map(upn)).toEqual([...rows].sort(highest(score, upn)).map(upn));
    expect(answer.offer).toContain(`Totals of the rows: ${count(sum(rows, 'Send Count'))} mails sent, ${count(sum(rows, 'Receive Count'))} received, ${count(sum(rows, 'Read Count'))} read.`);
  });
});

describe('onedrive and sharepoint: files, page views and storage, top and idle', () => {
  test('OneDrive: card, terminal and CSV agree with the account detail', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const rows = await raw(fixture, "getOneDriveUsageAccountDetail(period='D30')");
    const answer = await answerOf(fixture, 'onedrive D30');
    const accounts = live(rows);
    const owner = (row: Row) => row['Owner Display Name'] || row['Owner Principal Name'] || row['Site URL']!;
    const url = (row: Row) => row['Site URL']!;
    expectFact(answer, 'Active accounts', activeOf(accounts.filter((row) => activeIn(row['Last Activity Date'])).length, accounts.length));
    expectFact(answer, 'Files', escape(count(sum(rows, 'File Count'))));
    expectFact(answer, 'Files active in the last 30 days', escape(count(sum(rows, 'Active File Count'))));
    expectFact(answer, 'Storage used', escape(bytes(sum(rows, 'Storage Used (Byte)'))));
    const active = (row: Row) => num(row, 'Active File Count');
    const stored = (row: Row) => num(row, 'Storage Used (Byte)');
    expectList(answer, 'Most active (files active in the period)', accounts.filter((row) => active(row) > 0).sort(highest(active, url)).slice(0, LIST_ROWS).map(owner));
    expectList(answer, 'Largest', accounts.filter((row) => stored(row) > 0).sort(highest(stored, url)).slice(0, LIST_ROWS).map(owner));
    expectList(answer, 'Inactive the longest (never active first)', accounts.filter((row) => !activeIn(row['Last Activity Date'])).sort(longestIdle(url)).slice(0, LIST_ROWS).map(owner));
    expect(answer.csv.map(url)).toEqual([...rows].sort(highest(active, url)).map(url));
    expect(answer.offer).toContain(`Totals of the rows: ${count(sum(rows, 'File Count'))} files, ${count(sum(rows, 'Active File Count'))} active files, ${bytes(sum(rows, 'Storage Used (Byte)'))} storage used.`);
  });

  test('SharePoint: card, terminal and CSV agree with the site detail', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const rows = await raw(fixture, "getSharePointSiteUsageDetail(period='D30')");
    const answer = await answerOf(fixture, 'sharepoint D30');
    const sites = live(rows);
    const url = (row: Row) => row['Site URL'] || row['Site Id']!;
    expectFact(answer, 'Active sites', activeOf(sites.filter((row) => activeIn(row['Last Activity Date'])).length, sites.length));
    expectFact(answer, 'Page views', escape(count(sum(rows, 'Page View Count'))));
    expectFact(answer, 'Storage used', escape(bytes(sum(rows, 'Storage Used (Byte)'))));
    const templates = new Map<string, number>();
    for (const row of sites) templates.set(row['Root Web Template']!, (templates.get(row['Root Web Template']!) ?? 0) + 1);
    expect(templates.size).toBeGreaterThan(1);
    for (const [template, sitesOfIt] of templates) expectFact(answer, template, activeOf(sitesOfIt, sites.length));
    const views = (row: Row) => num(row, 'Page View Count');
    expectList(answer, 'Most viewed', sites.filter((row) => views(row) > 0).sort(highest(views, url)).slice(0, LIST_ROWS).map(url));
    expectList(answer, 'Inactive the longest (never active first)', sites.filter((row) => !activeIn(row['Last Activity Date'])).sort(longestIdle(url)).slice(0, LIST_ROWS).map(url));
    expect(answer.csv.map(url)).toEqual([...rows].sort(highest(views, url)).map(url));
    expect(sum(answer.csv, 'Page View Count')).toBe(sum(rows, 'Page View Count'));
  });
});

describe('apps: users per app and platform', () => {
  test('card, terminal and CSV agree with the Microsoft 365 Apps user detail', async () => {
    const fixture = await startReportFixture({}, { users: 500 });
    const rows = await raw(fixture, "getM365AppUserDetail(period='D30')");
    const answer = await answerOf(fixture, 'apps D30');
    const yes = (column: string) => rows.filter((row) => row[column] === 'Yes').length;
    expectFact(answer, 'Active users', activeOf(rows.filter((row) => activeIn(row['Last Activity Date'])).length, rows.length));
    expectFact(answer, 'On each platform', escape(`Windows ${count(yes('Windows'))} · Mac ${count(yes('Mac'))} · mobile ${count(yes('Mobile'))} · web ${count(yes('Web'))}`));
    for (const app of ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams']) {
      const platforms = `Windows ${count(yes(`${app} (Windows)`))} · Mac ${count(yes(`${app} (Mac)`))} · mobile ${count(yes(`${app} (Mobile)`))} · web ${count(yes(`${app} (Web)`))}`;
      expectFact(answer, app, escape(`${count(yes(app))} · ${platforms}`));
    }
    expectList(answer, 'Inactive the longest (never active first)', rows.filter((row) => !activeIn(row['Last Activity Date'])).sort(longestIdle(upn)).slice(0, LIST_ROWS).map(upn));
    const recentFirst = (a: Row, b: Row) => {
      const [x, y] = [a['Last Activity Date'] ?? '', b['Last Activity Date'] ?? ''];
      return x === y ? byText(upn(a), upn(b)) : x === '' ? 1 : y === '' ? -1 : byText(y, x);
    };
    expect(answer.csv.map(upn)).toEqual([...rows].sort(recentFirst).map(upn));
  });
});

describe('lists name people and sites: personal chat only', () => {
  test('in a channel the card keeps its figures, names nobody and offers the lists privately; the offer sends them there', async () => {
    const fixture = await startReportFixture();
    const upns = new Set(live(await raw(fixture, "getTeamsUserActivityUserDetail(period='D30')")).map(upn));
    for (const command of ['teams D30', 'email D30', 'onedrive D30', 'sharepoint D30', 'apps D30']) {
      const channel = workloadOf(await ask(fixture, command, 'channel'));
      const personal = workloadOf(await ask(fixture, command));
      const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'workload', model: channel }, { locale: 'en-US' })));
      expect(texts.some((text) => [...upns].some((name) => text.includes(name))), command).toBe(false);
      expect(texts.some((text) => text.includes('sharepoint.com')), command).toBe(false);
      expect(texts.filter((text) => text.endsWith('is only sent in personal chat, because it names people. Use the button to get it there.'))).toHaveLength(1);
      expect(channel.detail).toEqual({ kind: 'withheld', privateCommand: command });
      expect(channel.actions[0]).toEqual({ title: phrase('action.sendPrivately'), command, delivery: 'private' });
      // The same figures, without the lists.
      const lists = Object.fromEntries(['mostActive', 'largest', 'mostViewed', 'inactive'].filter((key) => key in personal.figures).map((key) => [key, []]));
      expect(channel.figures).toEqual({ ...personal.figures, ...lists });
      expect(Object.values(lists).length, command).toBeGreaterThan(0);

      const sent = await ask(fixture, command, 'channel', 'private');
      expect(sent.messages.map((message) => message.view)).toEqual(['sent-privately']);
      expect(workloadOf(sent, 'privateMessages')).toEqual(personal);
    }
  });
});

describe('a tenant without a workload\'s data, a refused permission, concealed names, demo data', () => {
  test('a headers-only report gets a plain answer saying there is nothing to count, not zeros, and no CSV button', async () => {
    const fixture = await startReportFixture();
    const empty = (page: string) => `\uFEFF${readDocumentedHeaders(page).example}\r\n`;
    fixture.emulator.injectFault({ target: 'download', match: 'getOneDriveUsageAccountDetail', status: 200, body: empty('getonedriveusageaccountdetail') });
    const model = workloadOf(await ask(fixture, 'onedrive D30', 'channel'));
    expect(model.reportRows).toBe(0);
    const texts = visibleTexts(cardOf(renderReplyMessage({ view: 'workload', model }, { locale: 'en-US' })));
    expect(texts).toContain(
      'No OneDrive accounts in the report for the last 30 days. Microsoft Graph sent the report\'s column headers and no rows: ' +
        'this tenant has no OneDrive data for the period (no licences for it, or none used yet), so there is nothing to count.',
    );
    expect(texts.some((text) => /^(Active accounts|Files|Storage used):/.test(text) || text.includes(' of 0'))).toBe(false);
    expect(model.actions.map((action) => action.command)).toEqual(['usage D30', 'onedrive D7', 'onedrive D90']);
    expect(model.detail).toEqual({ kind: 'shown' });

    // In the usage answer, a workload whose report is empty says so on its line.
    fixture.emulator.injectFault({ target: 'download', match: 'getM365AppUserDetail', status: 200, body: empty('getm365appuserdetail') });
    const usage = visibleTexts(cardOf(renderReplyMessage((await ask(fixture, 'usage D90')).messages[0]!, { locale: 'en-US' })));
    expect(usage).toContain('Microsoft 365 Apps: no licensed users in the report');
  });

  test('a 403 names Reports.Read.All and the command asked', async () => {
    const fixture = await startReportFixture();
    fixture.emulator.injectFault({ target: 'api', match: 'getTeamsUserActivityUserDetail', status: 403 });
    const [message] = (await ask(fixture, 'teams D30')).messages;
    expect(message?.view).toBe('error');
    const error = message!.model as ViewModels['error'];
    expect(error).toMatchObject({ code: 'FORBIDDEN', title: phrase('errorTitle.FORBIDDEN') });
    const said = englishText(error.message);
    expect(said).toContain('Reports.Read.All');
    expect(said).toContain('"teams D30"');
  });

  test('a concealed tenant: names come as the report sends them, with the plain explanation', async () => {
    const fixture = await startReportFixture({}, { concealed: true });
    for (const command of ['teams D30', 'email D30', 'onedrive D30', 'sharepoint D30', 'apps D30']) {
      const texts = visibleTexts(cardOf(renderReplyMessage((await ask(fixture, command)).messages[0]!, { locale: 'en-US' })));
      expect(texts, command).toContain(
        'Names are concealed: this tenant shows users and groups in reports as 32-character codes. To see names, turn off concealment in ' +
          'Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports”.',
      );
      const listed = texts.filter((text) => /^[0-9A-F]{32}$/.test(text));
      expect(listed.length, command).toBeGreaterThan(0);
      expect(texts.some((text) => text.includes('@contoso')), command).toBe(false);
    }
  });

  test('demo data says so in the title', async () => {
    const fixture = await startReportFixture({ demoData: true });
    const texts = visibleTexts(cardOf(renderReplyMessage((await ask(fixture, 'sharepoint D7')).messages[0]!, { locale: 'en-US' })));
    expect(texts[0]).toBe('Demo data · SharePoint · last 7 days');
    const file = (await ask(fixture, 'csv sharepoint D7')).file!.export;
    expect(file.fileName).toBe(`demo-sharepoint-D7-${REFRESH}.csv`);
  });
});
