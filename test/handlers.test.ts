import { describe, expect, test } from 'vitest';
import { addDays } from '../src/clock.js';
import { COMMAND_GUIDE } from '../src/commands/command-guide.js';
import { QUESTION_INTENTS } from '../src/commands/question-intents.js';
import type { Delivery } from '../src/commands/command.js';
import type { CommandOrigin, ConversationKind, HandlerDeps } from '../src/commands/handler-context.js';
import { handleCommand, handlers, helpReply, refusalReply } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import type { CommandAction, ViewModels, ViewName } from '../src/view-models.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';
import { COPILOT_APPS, type ReportId, type RowOf } from '../src/reports/catalog.js';
import { ReportDataError } from '../src/reports/report-errors.js';
import type { ReportParams } from '../src/reports/report-request.js';
import type { ReportService } from '../src/reports/report-service.js';
import { CHANNEL_ORIGIN, withDigest } from './support/digest-fixtures.js';
import { FIXTURE_NOW, startReportFixture } from './support/report-fixture.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { englishText } from '../src/i18n/messages.js';
import { phrase } from '../src/i18n/message-types.js';

const NOW = FIXTURE_NOW;
const TODAY = NOW.slice(0, 10);
const COPILOT_REFRESH = addDays(TODAY, -3);
const OFFICE_REFRESH = addDays(TODAY, -2);

const setUp = startReportFixture;

/** Types a command in a conversation, as the bot would. */
async function ask(
  deps: HandlerDeps,
  text: string,
  conversation: ConversationKind = 'personal',
  delivery: Delivery = 'here',
  origin: CommandOrigin = {},
): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
  return handleCommand({ ...parsed.parsed, delivery }, conversation, deps, origin);
}

/** The model of the only message of a reply, which must be `view`. */
function only<K extends ViewName>(reply: Reply, view: K, which: 'messages' | 'privateMessages' = 'messages'): ViewModels[K] {
  const messages = reply[which] ?? [];
  expect(messages.map((message) => message.view)).toEqual([view]);
  return messages[0]!.model as ViewModels[K];
}

/** The report's rows as the test reads them itself, to compute the expected numbers independently. */
async function rowsOf<Id extends ReportId>(service: ReportService, id: Id, params: ReportParams = {}): Promise<RowOf<Id>[]> {
  const rows: RowOf<Id>[] = [];
  for await (const row of (await service.getReport(id, params)).rows()) rows.push(row);
  return rows;
}

const since = (refresh: string, days: number) => addDays(refresh, -(days - 1));
const activeSince = (date: string | undefined, start: string) => date !== undefined && date >= start;
const commands = (model: { actions: readonly { command: string }[] }) => model.actions.map((action) => action.command);

describe('copilot summary', () => {
  test('one period: the numbers of the summary report, every Copilot app, freshness, and neighbouring views', async () => {
    const { deps, service } = await setUp();
    const model = only(await ask(deps, 'copilot summary D7', 'channel'), 'copilot-summary');
    const [row] = await rowsOf(service, 'copilot-summary', { period: 'D7' });
    expect(model).toMatchObject({ period: 'D7', version: 'v1' });
    expect(model.freshness).toEqual({
      refreshDate: COPILOT_REFRESH,
      lagDays: 3,
      source: 'Graph reports emulator',
      fetchedAt: NOW.replace('Z', '.000Z'),
      cache: 'miss',
    });
    expect(model.periods).toHaveLength(1);
    const [period] = model.periods;
    expect(period).toMatchObject({ period: 'D7', days: 7, enabled: row!.anyAppEnabledUsers, active: row!.anyAppActiveUsers });
    // A v1 report: the apps Copilot report v2 added are not listed.
    expect(period!.apps.map((app) => app.label)).toEqual(COPILOT_APPS.filter((app) => !('since' in app)).map((app) => app.label));
    for (const app of period!.apps) {
      const counts = row as unknown as Record<string, number>;
      // One base for every app's share: the users enabled in any app.
      expect(app, app.key).toMatchObject({ enabled: row!.anyAppEnabledUsers, active: counts[`${app.key}ActiveUsers`] });
    }
    expect(period).not.toHaveProperty('promptsSubmitted');
    expect(commands(model)).toEqual([
      'copilot summary D30',
      'copilot summary D90',
      'copilot inactive D7',
      'copilot users D7',
      'copilot trend D7',
      'csv copilot summary D7',
    ]);
  });

  test('ALL shows every period side by side, shortest first, each equal to asking for that period alone', async () => {
    const { deps } = await setUp();
    const all = only(await ask(deps, 'copilot summary all', 'channel'), 'copilot-summary');
    expect(all.period).toBe('ALL');
    expect(all.periods.map((period) => period.period)).toEqual(['D7', 'D30', 'D90', 'D180']);
    for (const period of all.periods) {
      const alone = only(await ask(deps, `copilot summary ${period.period}`, 'channel'), 'copilot-summary');
      expect(alone.periods).toEqual([period]);
    }
    expect(all.periods.every((period, i, periods) => i === 0 || period.active >= periods[i - 1]!.active)).toBe(true);
  });

  test('Copilot report v2: D28 by default, prompts submitted, and D28 side by side for ALL', async () => {
    const { deps, service } = await setUp({ copilotApi: 'copilot-v2' });
    const model = only(await ask(deps, 'copilot summary', 'channel'), 'copilot-summary');
    const [row] = await rowsOf(service, 'copilot-summary', { period: 'D28' });
    expect(model).toMatchObject({ period: 'D28', version: 'v2' });
    expect(model.periods[0]).toMatchObject({ period: 'D28', days: 28, promptsSubmitted: row!.totalPromptsSubmitted });
    expect(row!.totalPromptsSubmitted).toBeGreaterThan(0);
    expect(commands(model)).toContain('copilot summary D7');
    expect(commands(model)).not.toContain('copilot summary D30');
    const all = only(await ask(deps, 'copilot summary ALL', 'channel'), 'copilot-summary');
    expect(all.periods.map((period) => period.period)).toEqual(['D7', 'D28', 'D90', 'D180']);
  });
});

describe('copilot users and inactive seats', () => {
  test('counts and every enabled user, most recently active first, computed from the user detail; rowLimit rows of the full count', async () => {
    const { deps, service } = await setUp({}, {}, 10);
    const model = only(await ask(deps, 'copilot users D30'), 'copilot-users');
    const rows = await rowsOf(service, 'copilot-users', { period: 'D30' });
    const start = since(COPILOT_REFRESH, 30);
    const active = rows.filter((row) => activeSince(row.lastActivityDate, start));
    expect(model).toMatchObject({
      period: 'D30',
      identities: 'visible',
      enabled: rows.length,
      active: active.length,
      neverActive: rows.filter((row) => row.lastActivityDate === undefined).length,
      totalRows: rows.length,
      detail: { kind: 'shown' },
    });
    expect(active.length).toBeGreaterThan(10);
    const expected = [...active]
      .sort((a, b) => (b.lastActivityDate!.localeCompare(a.lastActivityDate!)) || (a.userPrincipalName < b.userPrincipalName ? -1 : 1))
      .slice(0, 10);
    expect(model.rows.map((row) => row.userPrincipalName)).toEqual(expected.map((row) => row.userPrincipalName));
    const first = model.rows[0]!;
    const source = rows.find((row) => row.userPrincipalName === first.userPrincipalName)!;
    expect(first).toEqual({
      userPrincipalName: source.userPrincipalName,
      displayName: source.displayName,
      lastActivityDate: source.lastActivityDate,
      appsUsed: COPILOT_APPS.filter((app) => {
        const key = app.key === 'copilotChat' ? 'copilotChatLastActivityDate' : `${app.key}CopilotLastActivityDate`;
        return activeSince((source as Record<string, unknown>)[key] as string | undefined, start);
      }).map((app) => app.label),
    });
  });

  test('a v2 tenant: the cards show prompts, active days and the apps v2 added', async () => {
    const { deps, service } = await setUp({ copilotApi: 'copilot-v2' }, {}, 5);
    const users = only(await ask(deps, 'copilot users D28'), 'copilot-users');
    const rows = await rowsOf(service, 'copilot-users', { period: 'D28' });
    const prompts = rows.reduce((sum, row) => sum + (row.promptsSubmitted ?? 0), 0);
    const days = rows.reduce((sum, row) => sum + (row.activeUsageDays ?? 0), 0);
    expect(users.usage).toEqual({ promptsSubmitted: prompts, activeUsageDays: days });
    expect(prompts).toBeGreaterThan(0);
    const usersText = visibleTexts(cardOf(renderReplyMessage({ view: 'copilot-users', model: users }, { locale: 'en-US' })));
    expect(usersText).toContain(`Prompts submitted: ${prompts.toLocaleString('en-US')} · ${(Math.round((prompts / users.active) * 10) / 10).toLocaleString('en-US')} per active user`);
    const first = users.rows.find((row) => (row.usage?.promptsSubmitted ?? 0) > 0)!;
    expect(usersText.some((line) => line.includes(`${first.usage!.promptsSubmitted.toLocaleString('en-US')} prompts · ${first.usage!.activeUsageDays} active days`))).toBe(true);
    expect(users.apps.map((app) => app.label)).toEqual(expect.arrayContaining(['Copilot Chat (work)', 'Microsoft 365 Copilot', 'Edge', 'Copilot Agent']));

    const summary = only(await ask(deps, 'copilot summary D28', 'channel'), 'copilot-summary');
    const summaryText = visibleTexts(cardOf(renderReplyMessage({ view: 'copilot-summary', model: summary }, { locale: 'en-US' })));
    expect(summaryText.some((line) => line.startsWith(`${summary.periods[0]!.promptsSubmitted!.toLocaleString('en-US')} prompts submitted · `))).toBe(true);
    expect(summaryText.some((line) => line.startsWith('Copilot Chat (work): '))).toBe(true);
    // The user detail and the summary agree on the apps both report.
    const byLabel = new Map(summary.periods[0]!.apps.map((app) => [app.label, app.active]));
    for (const app of users.apps) if (byLabel.has(app.label)) expect(app.active, app.label).toBe(byLabel.get(app.label));
  });

  test('the user detail agrees with the summary: active users overall and per app', async () => {
    const { deps } = await setUp();
    const users = only(await ask(deps, 'copilot users D7', 'channel'), 'copilot-users');
    const summary = only(await ask(deps, 'copilot summary D7', 'channel'), 'copilot-summary').periods[0]!;
    expect(users.enabled).toBe(summary.enabled);
    expect(users.active).toBe(summary.active);
    expect(users.apps.map((app) => app.active)).toEqual(summary.apps.map((app) => app.active));
  });

  test('inactive seats: never active first, then the oldest last activity', async () => {
    const { deps, service } = await setUp({}, {}, 30);
    const model = only(await ask(deps, 'copilot inactive D90'), 'copilot-inactive');
    const rows = await rowsOf(service, 'copilot-users', { period: 'D90' });
    const start = since(COPILOT_REFRESH, 90);
    const inactive = rows.filter((row) => !activeSince(row.lastActivityDate, start));
    const never = inactive.filter((row) => row.lastActivityDate === undefined);
    expect(model).toMatchObject({
      period: 'D90',
      enabled: rows.length,
      inactive: inactive.length,
      neverActive: never.length,
      totalRows: inactive.length,
    });
    expect(never.length).toBeGreaterThan(0);
    expect(inactive.length).toBeGreaterThan(never.length);
    const shown = model.rows;
    expect(shown).toHaveLength(Math.min(30, inactive.length));
    const neverShown = shown.filter((row) => row.lastActivityDate === undefined);
    expect(shown.slice(0, neverShown.length)).toEqual(neverShown);
    const dates = shown.slice(neverShown.length).map((row) => row.lastActivityDate!);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date < start)).toBe(true);
    expect(shown.every((row) => row.appsUsed.length === 0)).toBe(true);
  });

  test('ALL counts each user once, over the longest period', async () => {
    const { deps, service } = await setUp();
    const all = only(await ask(deps, 'copilot users ALL'), 'copilot-users');
    const d180 = only(await ask(deps, 'copilot users D180'), 'copilot-users');
    const allRows = await rowsOf(service, 'copilot-users', { period: 'ALL' });
    const users = new Set(allRows.map((row) => row.userPrincipalName));
    expect(allRows.length).toBeGreaterThan(users.size); // Graph lists each user once per period
    expect(all).toMatchObject({ period: 'ALL', enabled: users.size, active: d180.active, neverActive: d180.neverActive });
    expect(all.rows).toEqual(d180.rows);
  });

  test('concealed tenants: the hashed names are passed on as the report gave them', async () => {
    const { deps } = await setUp({}, { concealed: true });
    const model = only(await ask(deps, 'copilot inactive'), 'copilot-inactive');
    expect(model.identities).toBe('concealed');
    expect(model.rows.length).toBeGreaterThan(0);
    expect(model.rows.every((row) => /^[0-9A-F]{32}$/.test(row.userPrincipalName))).toBe(true);
  });
});

describe('per-user data stays in personal chat', () => {
  async function everyUpn(service: ReportService): Promise<string[]> {
    const rows = await rowsOf(service, 'copilot-users', { period: 'D30' });
    return rows.flatMap((row) => [row.userPrincipalName, ...(row.displayName ? [row.displayName] : [])]);
  }

  for (const conversation of ['channel', 'groupChat'] as const) {
    test(`in a ${conversation}: counts only, and an offer to send the list privately`, async () => {
      const { deps, service } = await setUp();
      for (const [text, view] of [
        ['copilot users', 'copilot-users'],
        ['copilot inactive', 'copilot-inactive'],
      ] as const) {
        const reply = await ask(deps, text, conversation);
        const model = only(reply, view);
        expect(reply.privateMessages).toBeUndefined();
        expect(model.rows).toEqual([]);
        expect(model.totalRows).toBeGreaterThan(0);
        expect(model.detail).toEqual({ kind: 'withheld', privateCommand: text });
        expect(model.actions[0]).toEqual({ title: phrase('action.sendPrivately'), command: text, delivery: 'private' });
        const json = JSON.stringify(reply);
        expect((await everyUpn(service)).filter((name) => json.includes(name))).toEqual([]);
      }
    });
  }

  test('asked for privately from a channel: a note here, the list in the personal chat', async () => {
    const { deps, service } = await setUp({}, {}, 15);
    const reply = await ask(deps, 'copilot users', 'channel', 'private');
    expect(only(reply, 'sent-privately')).toEqual({ what: { kind: 'copilot-users', period: 'D30' } });
    const json = JSON.stringify(reply.messages);
    expect((await everyUpn(service)).filter((name) => json.includes(name))).toEqual([]);
    const privately = only(reply, 'copilot-users', 'privateMessages');
    expect(privately.detail).toEqual({ kind: 'shown' });
    expect(privately.rows).toHaveLength(15);
    expect(privately.totalRows).toBeGreaterThan(15);
    expect(privately.actions.some((action) => action.delivery === 'private')).toBe(false);
  });

  test('in personal chat the delivery makes no difference', async () => {
    const { deps } = await setUp();
    const here = await ask(deps, 'copilot inactive D30', 'personal', 'here');
    const privately = await ask(deps, 'copilot inactive D30', 'personal', 'private');
    expect(privately.privateMessages).toBeUndefined();
    const withCacheAsked = (reply: Reply) => ({ ...only(reply, 'copilot-inactive'), freshness: undefined });
    expect(withCacheAsked(privately)).toEqual(withCacheAsked(here));
    expect(only(here, 'copilot-inactive').rows.length).toBeGreaterThan(0);
  });
});

describe('copilot trend and activations', () => {
  test('trend: one entry per day, oldest first, with the report\'s numbers', async () => {
    const { deps, service } = await setUp();
    const model = only(await ask(deps, 'copilot trend D30', 'channel'), 'copilot-trend');
    const rows = await rowsOf(service, 'copilot-trend', { period: 'D30' });
    const expected = [...rows]
      .sort((a, b) => a.reportDate.localeCompare(b.reportDate))
      .map((row) => ({ date: row.reportDate, enabled: row.anyAppEnabledUsers, active: row.anyAppActiveUsers }));
    expect(model.days).toEqual(expected);
    expect(model.days).toHaveLength(30);
    expect(model.days.at(-1)!.date).toBe(COPILOT_REFRESH);
    expect(model.days[0]!.date).toBe(since(COPILOT_REFRESH, 30));
  });

  test('trend for ALL: each day once', async () => {
    const { deps } = await setUp();
    const model = only(await ask(deps, 'copilot trend ALL', 'channel'), 'copilot-trend');
    expect(model.days).toHaveLength(180);
    expect(new Set(model.days.map((day) => day.date)).size).toBe(180);
  });

  test('activations: every product in report order', async () => {
    const { deps, service } = await setUp();
    const model = only(await ask(deps, 'activations', 'channel'), 'activations');
    const rows = await rowsOf(service, 'activations');
    // The product's name beside Graph's product type, e.g. MICROSOFT 365 APPS FOR ENTERPRISE.
    expect(model.products.find((product) => product.productType === 'MICROSOFT 365 APPS FOR ENTERPRISE')?.productName).toBe('Microsoft 365 Apps for enterprise');
    expect(model.products.map(({ productName: _, ...product }) => product)).toEqual(
      rows.map((row) => ({
        productType: row.productType,
        assigned: row.assigned,
        activated: row.activated,
        sharedComputerActivation: row.sharedComputerActivation,
      })),
    );
    expect(model.freshness).toMatchObject({ refreshDate: OFFICE_REFRESH, lagDays: 2 });
  });
});

describe('groups', () => {
  test('totals over live groups, deleted apart, types, and the top five by activity and storage — names, no owners', async () => {
    const { deps, service } = await setUp();
    const reply = await ask(deps, 'groups D30', 'channel');
    const model = only(reply, 'groups');
    const rows = await rowsOf(service, 'groups', { period: 'D30' });
    const live = rows.filter((row) => row.isDeleted !== true);
    const start = since(OFFICE_REFRESH, 30);
    const active = live.filter((row) => activeSince(row.lastActivityDate, start)).length;
    expect(model).toMatchObject({
      period: 'D30',
      total: live.length,
      active,
      inactive: live.length - active,
      deleted: rows.length - live.length,
    });
    expect(model.deleted).toBeGreaterThan(0);
    const types = new Map<string, number>();
    for (const row of live) types.set(row.groupType ?? 'Unknown', (types.get(row.groupType ?? 'Unknown') ?? 0) + 1);
    expect(new Map(model.byType.map((entry) => [entry.type, entry.count]))).toEqual(types);

    const score = (row: RowOf<'groups'>) =>
      (row.exchangeReceivedEmailCount ?? 0) + (row.sharePointActiveFileCount ?? 0) + (row.yammerPostedMessageCount ?? 0);
    const bytes = (row: RowOf<'groups'>) => (row.exchangeMailboxStorageUsedInBytes ?? 0) + (row.sharePointSiteStorageUsedInBytes ?? 0);
    // Largest first; ties by name, then id (names repeat); groups with nothing to show are left out.
    const key = (row: RowOf<'groups'>) => `${row.groupDisplayName ?? row.groupId}\u0000${row.groupId}`;
    const topBy = (measure: (row: RowOf<'groups'>) => number) =>
      live
        .filter((row) => measure(row) > 0)
        .sort((a, b) => measure(b) - measure(a) || (key(a) < key(b) ? -1 : 1))
        .slice(0, 5)
        .map((row) => row.groupDisplayName);
    expect(model.topByActivity.map((group) => group.name)).toEqual(topBy(score));
    expect(model.topByStorage.map((group) => group.name)).toEqual(topBy(bytes));
    expect(model.topByActivity).toHaveLength(5);
    expect(model.topByStorage[0]!.storageBytes).toBe(Math.max(...live.map(bytes)));
    const json = JSON.stringify(reply);
    const owners = rows.map((row) => row.ownerPrincipalName).filter((owner): owner is string => owner !== undefined);
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.filter((owner) => json.includes(owner))).toEqual([]);
    expect(commands(model)).toEqual(['groups D7', 'groups D90', 'groups inactive D30', 'csv groups D30']);
  });

  test('by date: the window is that one day', async () => {
    const { deps, service } = await setUp();
    const day = addDays(TODAY, -6);
    const model = only(await ask(deps, `groups ${day}`, 'channel'), 'groups');
    const live = (await rowsOf(service, 'groups', { date: day })).filter((row) => row.isDeleted !== true);
    expect(model).toMatchObject({ date: day, total: live.length, active: live.filter((row) => row.lastActivityDate === day).length });
    expect(model.period).toBeUndefined();
    expect(model.freshness.refreshDate).toBe(day);
  });

  test('inactive groups with owners in personal chat, never active first, then the longest idle', async () => {
    const { deps, service } = await setUp({}, { users: 2000 }, 12);
    const model = only(await ask(deps, 'groups inactive D7'), 'groups-inactive');
    const rows = await rowsOf(service, 'groups', { period: 'D7' });
    const live = rows.filter((row) => row.isDeleted !== true);
    const start = since(OFFICE_REFRESH, 7);
    const inactive = live.filter((row) => !activeSince(row.lastActivityDate, start));
    expect(model).toMatchObject({ period: 'D7', total: live.length, inactive: inactive.length, totalRows: inactive.length, detail: { kind: 'shown' } });
    expect(inactive.length).toBeGreaterThan(12);
    // Never active first, then the oldest; ties by name, then id (names repeat).
    const order = (row: RowOf<'groups'>) => [row.lastActivityDate ?? '', row.groupDisplayName ?? row.groupId, row.groupId].join('\u0000');
    const expected = [...inactive]
      .sort((a, b) => (order(a) < order(b) ? -1 : 1))
      .slice(0, 12)
      .map((row) => ({ name: row.groupDisplayName ?? row.groupId, lastActivityDate: row.lastActivityDate, owner: row.ownerPrincipalName }));
    expect(model.rows.map((row) => ({ name: row.name, lastActivityDate: row.lastActivityDate, owner: row.owner }))).toEqual(expected);
    expect(model.rows.some((row) => row.owner !== undefined)).toBe(true);
    expect(model.rows.every((row) => row.deleted === false)).toBe(true);
  });

  test('inactive groups in a channel: counts only, owners withheld', async () => {
    const { deps, service } = await setUp();
    const reply = await ask(deps, 'groups inactive D90', 'channel');
    const model = only(reply, 'groups-inactive');
    expect(model.rows).toEqual([]);
    expect(model.detail).toEqual({ kind: 'withheld', privateCommand: 'groups inactive D90' });
    expect(model.actions[0]).toEqual({ title: phrase('action.sendPrivately'), command: 'groups inactive D90', delivery: 'private' });
    const owners = (await rowsOf(service, 'groups', { period: 'D90' })).flatMap((row) => (row.ownerPrincipalName ? [row.ownerPrincipalName] : []));
    const json = JSON.stringify(reply);
    expect(owners.filter((owner) => json.includes(owner))).toEqual([]);
  });
});

describe('help and status', () => {
  test('help lists the command guide with the default period', async () => {
    const { deps } = await setUp();
    const model = only(await ask(deps, 'help', 'channel'), 'help');
    expect(model.defaultPeriod).toBe('D30');
    expect(model.commands.map((entry) => entry.usage)).toContain('copilot summary [D7|D30|D90|D180|ALL] [by <attribute>]');
    expect(model.commands.map((entry) => entry.usage)).toContain('copilot inactive [period] [by <attribute>] [<attribute>=<value>]');
    expect(model).not.toHaveProperty('unknownInput');
  });

  test('under Copilot report v2 help says D28, so its examples work', async () => {
    const fixture = await setUp({ copilotApi: 'copilot-v2' });
    const { deps } = withDigest(fixture.deps, fixture.clock);
    const model = only(await ask(deps, '?', 'channel'), 'help');
    expect(model.defaultPeriod).toBe('D28');
    expect(model.commands.find((entry) => entry.usage.startsWith('copilot summary'))).toMatchObject({
      usage: 'copilot summary [D7|D28|D90|D180|ALL] [by <attribute>]',
      example: 'copilot summary D28',
    });
    expect(model.commands.find((entry) => entry.usage.startsWith('groups ['))?.usage).toContain('D30');
    // The overview answers where the managing tenant's overview is at hand (tenant-overview.test.ts); these deps are one tenant's.
    for (const entry of model.commands.filter((command) => command.example !== 'overview')) {
      const reply = await ask(deps, entry.example, 'channel', 'here', CHANNEL_ORIGIN);
      expect(reply.messages.map((message) => message.view), entry.example).not.toContain('error');
    }
  });

  test('the reply to refused input: what was typed, the did-you-mean and the three closest commands, never the guide', () => {
    const parsed = parseCommand('<at>Usage Bot</at> copilt sumary');
    if (parsed.ok) throw new Error('expected a refusal');
    const model = only(refusalReply(parsed.error), 'help');
    expect(model).toMatchObject({ brief: true, suggestion: 'copilot summary' });
    expect(model.reason?.map(englishText)).toEqual(['I don\'t know "copilt sumary". Did you mean "copilot summary"?']);
    expect(model.options).toHaveLength(3);
    expect(model.options?.[0]).toBe('copilot summary');
    expect(model.commands).toEqual([]);
    expect(only(helpReply(), 'help')).not.toHaveProperty('suggestion');
    expect(only(helpReply('copilot-v2'), 'help').defaultPeriod).toBe('D28');
  });

  test('help lists an example question per intent with the command it runs', () => {
    const questions = only(helpReply(), 'help').questions;
    for (const language of LANGUAGES) expect(questions?.[language], language).toHaveLength(QUESTION_INTENTS.length);
    expect(questions?.en).toContainEqual({ question: 'how many people use copilot', command: 'copilot summary' });
    expect(questions?.en).toContainEqual({ question: 'who is not using copilot', command: 'copilot inactive' });
    expect(questions?.en).toContainEqual({ question: 'what do unused licences cost', command: 'licenses' });
    expect(questions?.en).toContainEqual({ question: 'what do unused copilot seats cost', command: 'copilot licenses' });
    expect(questions?.ru).toContainEqual({ question: 'сводка copilot за 30 дней', command: 'copilot summary D30' });
    expect(questions?.it).toContainEqual({ question: 'riepilogo copilot D30', command: 'copilot summary D30' });
    expect(questions?.de).toContainEqual({ question: 'copilot Zusammenfassung D30', command: 'copilot summary D30' });
    expect(questions?.fr).toContainEqual({ question: 'résumé copilot D30', command: 'copilot summary D30' });
    expect(questions?.es).toContainEqual({ question: 'resumen copilot D30', command: 'copilot summary D30' });
  });

  test('status: source, Copilot API, cached reports and the budget spent', async () => {
    const { deps } = await setUp();
    await ask(deps, 'activations', 'channel');
    await ask(deps, 'groups 2026-11-20', 'channel');
    const model = only(await ask(deps, 'status', 'channel'), 'status');
    expect(model).toMatchObject({ source: 'Graph reports emulator', copilotApi: 'copilot-v1' });
    expect(model.cached).toEqual(
      expect.arrayContaining([
        { report: 'activations', refreshDate: OFFICE_REFRESH, fetchedAt: '2026-11-22T09:00:00.000Z' },
        { report: 'groups', parameter: '2026-11-20', refreshDate: '2026-11-20', fetchedAt: '2026-11-22T09:00:00.000Z' },
      ]),
    );
    expect(model.budgets).toEqual(
      expect.arrayContaining([
        { graphFunction: 'getOffice365ActivationsUserCounts', used: 1, limit: 14 },
        { graphFunction: 'getOffice365GroupsActivityDetail', used: 1, limit: 14 },
      ]),
    );
  });

  test('status shows when a spent budget frees up', async () => {
    const { deps } = await setUp({ csvRequestsPer10Minutes: 1 });
    await ask(deps, 'activations');
    const model = only(await ask(deps, 'status'), 'status');
    expect(model.budgets).toEqual([{ graphFunction: 'getOffice365ActivationsUserCounts', used: 1, limit: 1, freeAt: '2026-11-22T09:10:00.000Z' }]);
  });
});

describe('failures become error views', () => {
  test('a period the tenant\'s report version does not have: the allowed values, in the admin\'s words', async () => {
    const { deps, emulator } = await setUp();
    const model = only(await ask(deps, 'copilot summary D28', 'channel'), 'error');
    expect(englishText(model.message)).toBe(
      'The Microsoft 365 Copilot user count summary has no period "D28". Use D7, D30, D90, D180, ALL. D28 is a period of Copilot report version v2; this tenant reports in version v1.',
    );
    expect(model).toEqual({
      code: 'BAD_PERIOD',
      title: phrase('errorTitle.BAD_PERIOD'),
      message: model.message,
      actions: [
        { title: phrase('action.useDefaultPeriod'), command: 'copilot summary' },
        { title: phrase('action.help'), command: 'help' },
      ],
    });
    expect(emulator.requests).toHaveLength(0);
  });

  test('D30 under Copilot report v2 explains D28', async () => {
    const { deps } = await setUp({ copilotApi: 'copilot-v2' });
    const model = only(await ask(deps, 'copilot inactive D30'), 'error');
    expect(model.code).toBe('BAD_PERIOD');
    expect(englishText(model.message)).toBe(
      'The Microsoft 365 Copilot usage user detail has no period "D30". Use D7, D28, D90, D180, ALL. This tenant reports Copilot usage in version v2, which counts 28 days (D28) instead of 30.',
    );
  });

  test('a date Graph no longer keeps, or has no data for yet, is refused before Graph is asked, with the range it has', async () => {
    const { deps, emulator } = await setUp();
    const old = only(await ask(deps, `groups ${addDays(TODAY, -40)}`), 'error');
    expect(old).toMatchObject({ code: 'DATE_OUT_OF_RANGE', title: phrase('errorTitle.DATE_OUT_OF_RANGE') });
    const range = `from ${addDays(TODAY, -28)} to ${OFFICE_REFRESH}`;
    expect(englishText(old.message)).toContain(range);
    for (const text of [`groups ${TODAY}`, `groups ${addDays(TODAY, -1)}`, `csv groups ${TODAY}`]) {
      const refused = only(await ask(deps, text), 'error');
      expect(refused.code, text).toBe('DATE_OUT_OF_RANGE');
      expect(englishText(refused.message)).toBe(
        `Microsoft has no groups data for ${text.split(' ').at(-1)} yet: Microsoft Graph keeps the groups report by day ${range} (the newest report). ` +
          `Try "groups ${OFFICE_REFRESH}", or a period such as "groups D7".`,
      );
    }
    expect(emulator.requests).toHaveLength(0);
    // What the message offers is accepted, by the grammar and by Graph.
    expect(only(await ask(deps, `groups ${OFFICE_REFRESH}`), 'groups').date).toBe(OFFICE_REFRESH);
    expect(only(await ask(deps, `groups ${addDays(TODAY, -28)}`), 'groups').date).toBe(addDays(TODAY, -28));
  });

  test('400 from Graph is bad input: Graph\'s words, no URL, no permission advice, and no "Try again" that fails again', async () => {
    const { deps, emulator } = await setUp();
    emulator.injectFault({ target: 'api', status: 400 });
    const model = only(await ask(deps, 'groups D7', 'channel'), 'error');
    expect(model).toMatchObject({ code: 'BAD_REQUEST', title: phrase('errorTitle.BAD_REQUEST') });
    expect(englishText(model.message)).toMatch(/^Microsoft Graph did not accept the period or date of this request/);
    expect(englishText(model.message)).not.toMatch(/https?:|graph\.microsoft|127\.0\.0\.1|Reports\.Read\.All/);
    expect(model.actions.map((action) => action.title)).not.toContain('Try again');
  });

  test('403 from Graph: which permission is missing, and a retry', async () => {
    const { deps, emulator } = await setUp();
    emulator.injectFault({ target: 'api', status: 403 });
    const model = only(await ask(deps, 'copilot summary D7', 'channel'), 'error');
    expect(model).toMatchObject({ code: 'FORBIDDEN', title: phrase('errorTitle.FORBIDDEN') });
    expect(englishText(model.message)).toContain('Reports.Read.All');
    expect(model.retryAt).toBeUndefined();
    expect(model.actions).toEqual([
      { title: phrase('action.tryAgain'), command: 'copilot summary D7' },
      { title: phrase('action.status'), command: 'status' },
    ]);
  });

  test('request budget spent: when to try again, and a retry that keeps the private delivery', async () => {
    const { deps } = await setUp({ csvRequestsPer10Minutes: 1 });
    await ask(deps, 'copilot users D7');
    const model = only(await ask(deps, 'copilot users D90', 'channel', 'private'), 'error');
    expect(model).toMatchObject({ code: 'BUDGET_EXHAUSTED', title: phrase('errorTitle.BUDGET_EXHAUSTED'), retryAt: '2026-11-22T09:10:00.000Z' });
    expect(englishText(model.message)).toContain('getMicrosoft365CopilotUsageUserDetail 1 time in the last 10 minutes');
    expect(model.actions[0]).toEqual({ title: phrase('action.tryAgain'), command: 'copilot users D90', delivery: 'private' });
  });

  test('throttled by Graph: THROTTLED with the time Graph gave', async () => {
    const { deps, emulator, clock } = await setUp();
    emulator.injectFault({ target: 'api', status: 429, retryAfter: '900' });
    const model = only(await ask(deps, 'groups'), 'error');
    expect(model).toMatchObject({ code: 'THROTTLED', retryAt: new Date(clock.now() + 900_000).toISOString() });
  });

  test('an unreadable download: the data error\'s message (which never quotes report data)', async () => {
    const { deps, emulator } = await setUp();
    emulator.injectFault({ target: 'download', status: 200, body: '\uFEFFReport Refresh Date,Product Type,Assigned\r\n2026-11-20,VISIO,lots\r\n' });
    const model = only(await ask(deps, 'activations'), 'error');
    expect(model.code).toBe('MISSING_COLUMN');
    expect(model.title).toEqual(phrase('errorTitle.unreadableReport'));
    expect(model.actions[0]).toEqual({ title: phrase('action.tryAgain'), command: 'activations' });
  });

  test('anything unexpected: a generic message, never the raw error text', async () => {
    const { deps } = await setUp();
    const secret = 'megan.bowen@contoso.com at ReportService.getReport (/srv/bot/report-service.js:12:3)';
    const failing = (error: unknown): HandlerDeps => ({
      ...deps,
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a dependency may reject with anything, not only Errors
      reports: { getReport: async () => Promise.reject(error), status: () => { throw error; } } as unknown as ReportService,
    });
    for (const error of [new Error(secret), new TypeError(secret), secret, { message: secret }]) {
      for (const text of ['copilot users', 'status']) {
        const reply = await ask(failing(error), text, 'personal');
        const model = only(reply, 'error');
        expect(model).toMatchObject({ code: 'INTERNAL', title: phrase('errorTitle.INTERNAL') });
        expect(englishText(model.message)).toBe(`The bot could not answer "${text}" because of an unexpected problem on its side. Try again; if it keeps happening, tell whoever runs the bot.`);
        expect(JSON.stringify(reply)).not.toContain('megan');
      }
    }
    // A data error raised mid-stream is still described by its own message.
    const midStream: HandlerDeps = {
      ...deps,
      reports: {
        getReport: async (id: ReportId, params: ReportParams) => {
          const report = await deps.reports.getReport(id, params);
          return {
            meta: report.meta,
            rows(): AsyncIterable<never> {
              return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new ReportDataError('BAD_VALUE', 'Line 3, column "Assigned": not a whole number', 3)) }) };
            },
          };
        },
        status: () => deps.reports.status(),
      } as unknown as ReportService,
    };
    const unreadable = only(await ask(midStream, 'activations'), 'error');
    expect(unreadable.code).toBe('BAD_VALUE');
    expect(englishText(unreadable.message)).toBe(
      'The report behind "activations" could not be read: its data does not match what the bot expects (BAD_VALUE, line 3). Try again later; if it keeps happening, tell whoever runs the bot.',
    );
  });
});

describe('csv: the rows behind an answer, as a file', () => {
  test('in personal chat the reply is the file alone: the same (cached) report as the answer, narrowed as the answer is', async () => {
    const { deps, emulator } = await setUp();
    const answer = only(await ask(deps, 'copilot inactive D30'), 'copilot-inactive');
    const requests = emulator.requests.length;
    const reply = await ask(deps, 'csv copilot inactive D30');
    expect(emulator.requests.length).toBe(requests);
    expect(reply.messages).toEqual([]);
    expect(reply.file?.command).toEqual({ name: 'export', target: { name: 'copilot-inactive', period: 'D30' } });
    expect(reply.file?.export.fileName).toBe(`copilot-inactive-D30-${COPILOT_REFRESH}.csv`);
    let rows = 0;
    for await (const _row of reply.file!.export.rows()) rows += 1;
    expect(rows).toBe(answer.inactive);
  });

  test('in a channel or group chat the reply there says the file went privately; the file is the same', async () => {
    const { deps } = await setUp();
    for (const conversation of ['channel', 'groupChat'] as const) {
      const reply = await ask(deps, 'csv groups D7', conversation);
      expect(only(reply, 'sent-privately')).toEqual({ what: { kind: 'file', fileName: `groups-D7-${OFFICE_REFRESH}.csv` } });
      expect(reply.file?.export.meta).toMatchObject({ report: 'groups', period: 'D7' });
    }
  });

  test('a period the report does not have fails as the answer would, with the csv of the default period and a csv retry', async () => {
    const { deps, emulator } = await setUp();
    const refused = only(await ask(deps, 'csv copilot users D28'), 'error');
    expect(refused.code).toBe('BAD_PERIOD');
    expect(refused.actions[0]).toEqual({ title: phrase('action.useDefaultPeriod'), command: 'csv copilot users' });
    emulator.injectFault({ target: 'api', status: 403 });
    const forbidden = only(await ask(deps, 'csv activations'), 'error');
    expect(forbidden.actions[0]).toEqual({ title: phrase('action.tryAgain'), command: 'csv activations' });
  });

  test('every report answer ends with a CSV button for its own command (default period filled in), within the six buttons Teams shows', async () => {
    const { deps } = await setUp({}, { users: 2000 });
    for (const [text, csv] of [
      ['copilot summary', 'csv copilot summary D30'],
      ['copilot summary D7', 'csv copilot summary D7'],
      ['copilot users D90', 'csv copilot users D90'],
      ['copilot inactive', 'csv copilot inactive D30'],
      ['copilot trend D7', 'csv copilot trend D7'],
      ['activations', 'csv activations'],
      ['groups', 'csv groups D30'],
      ['groups 2026-11-15', 'csv groups 2026-11-15'],
      ['groups inactive D90', 'csv groups inactive D90'],
    ] as const) {
      for (const conversation of ['personal', 'channel'] as const) {
        const [message] = (await ask(deps, text, conversation)).messages;
        const actions = (message?.model as { actions: readonly CommandAction[] }).actions;
        expect(actions.at(-1), `${text} (${conversation})`).toEqual({ title: phrase('action.csv'), command: csv });
        expect(parseCommand(csv).ok).toBe(true);
        // The withheld list's "send privately" offer is drawn in the card body, not among the buttons.
        expect(actions.filter((action) => action.title.key !== 'action.sendPrivately').length, text).toBeLessThanOrEqual(6);
      }
    }
  });

  test('no CSV button when the answer has no rows behind it', async () => {
    // A one-user tenant: its user is licensed but did not use Copilot in the last 7 days.
    const { deps } = await setUp({}, { users: 1 });
    const users = only(await ask(deps, 'copilot users D7'), 'copilot-users');
    expect(users.active).toBe(0);
    // The users answer counts every enabled user, active or not: its one row is behind it.
    expect(commands(users)).toEqual(['copilot inactive D7', 'copilot summary D7', 'csv copilot users D7']);
    // Over a week the inactive are no reclaim list: counted, but neither listed nor offered as a file.
    const week = only(await ask(deps, 'copilot inactive D7'), 'copilot-inactive');
    expect(week.inactive).toBe(1);
    expect(commands(week).some((command) => command.startsWith('csv'))).toBe(false);
    const month = only(await ask(deps, 'copilot inactive D30'), 'copilot-inactive');
    expect(commands(month).includes('csv copilot inactive D30')).toBe(month.inactive > 0);
  });
});

describe('the handler table', () => {
  test('has one handler per command in the guide', () => {
    expect(Object.keys(handlers).sort()).toEqual(
      [
        'activations',
        'alert-exclude',
        'alert-include',
        'alert-language',
        'alert-list',
        'alert-remove',
        'alert-set',
        'alert-snooze',
        'copilot-inactive',
        'copilot-licenses',
        'copilot-summary',
        'copilot-trend',
        'copilot-users',
        'digest-language',
        'digest-preview',
        'digest-run-now',
        'digest-status',
        'digest-subscribe',
        'digest-unsubscribe',
        'export',
        'groups',
        'groups-inactive',
        'help',
        'overview',
        'status',
        'usage',
        'teams',
        'email',
        'onedrive',
        'sharepoint',
        'apps',
        'licenses',
        'inactive-users',
      ].sort(),
    );
    expect(Object.keys(handlers).sort()).toEqual(COMMAND_GUIDE.map((entry) => entry.name).sort());
  });
});
