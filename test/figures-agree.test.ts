import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { createAlertMessageSource } from '../src/alerts/alert-message.js';
import { AlertRunner } from '../src/alerts/alert-runner.js';
import { addDays } from '../src/clock.js';
import { runCli } from '../src/cli.js';
import type { ConversationKind } from '../src/commands/handler-context.js';
import { handleCommand } from '../src/commands/handlers.js';
import { formatCommand, parseCommand } from '../src/commands/parse.js';
import type { Reply } from '../src/commands/reply.js';
import { DigestComposer } from '../src/digest/digest-composer.js';
import { silentLogger } from '../src/logger.js';
import { parseLicencePrice } from '../src/reports/licence-price.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';
import { renderDigestCard } from '../src/views/digest-view.js';
import { fileOfferText } from '../src/views/file-cards.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { startReportFixture, type ReportFixture } from './support/report-fixture.js';
import { CHANNEL_ORIGIN, createRecordingSender } from './support/digest-fixtures.js';
import { scratchFolder } from './support/scratch-folder.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

// One emulated tenant at 30 USD a seat, read through every surface an admin sees: each card, the digest,
// the alert cards, the licence file's offer, the terminal's text and JSON. Each defined figure must have one value wherever
// it appears, and that value is worked out here from the emulator's SKUs and report rows.

const PRICE = '30 USD';
const licences = { price: parseLicencePrice(PRICE)!, extraSkuIds: [] };
const count = (value: number) => value.toLocaleString('en-US');
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** What the emulator's own data says, read without the bot's answers. */
async function expectedFigures(fixture: ReportFixture) {
  const response = await fetch(`${fixture.emulator.url}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer test' } });
  const { value } = (await response.json()) as { value: { skuPartNumber: string; consumedUnits: number; prepaidUnits: { enabled: number; warning: number } }[] };
  const sku = value.find((item) => item.skuPartNumber === 'Microsoft_365_Copilot')!;
  const purchased = sku.prepaidUnits.enabled + sku.prepaidUnits.warning;
  const unassigned = Math.max(0, purchased - sku.consumedUnits);
  const users = [];
  for await (const row of (await fixture.service.getReport('copilot-users', { period: 'D30' })).rows()) users.push(row);
  const start = addDays(users[0]!.reportRefreshDate, -29);
  const active = users.filter((row) => row.lastActivityDate !== undefined && row.lastActivityDate >= start).length;
  const idle = unassigned + users.length - active;
  const neverActive = users.filter((row) => row.lastActivityDate === undefined).length;
  const adoption = async (period: string) => {
    for await (const row of (await fixture.service.getReport('copilot-summary', { period })).rows()) return percent(row.anyAppActiveUsers ?? 0, row.anyAppEnabledUsers ?? 0);
    throw new Error(`no summary row for ${period}`);
  };
  return { purchased, assigned: sku.consumedUnits, unassigned, enabled: users.length, idle, neverActive, monthly: idle * 30, adoption30: await adoption('D30'), adoption7: await adoption('D7') };
}

/** The text of every surface, by name. */
async function readSurfaces(fixture: ReportFixture): Promise<Map<string, string>> {
  const deps = { ...fixture.deps, licences };
  const surfaces = new Map<string, string>();
  const card = async (text: string, conversation: ConversationKind = 'personal') => {
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new Error(text);
    const reply: Reply = await handleCommand(parsed.parsed, conversation, deps);
    const [message] = reply.messages;
    if (message) surfaces.set(`card: ${text} (${conversation})`, visibleTexts(cardOf(renderReplyMessage(message, { locale: 'en-US' }))).join('\n'));
    return reply;
  };
  for (const period of ['D7', 'D30', 'D90', 'ALL']) await card(`copilot licenses ${period}`, 'channel');
  for (const period of ['D30', 'D90', 'D180']) await card(`copilot inactive ${period}`);
  await card('copilot inactive D30', 'channel');
  await card('copilot inactive D7');
  for (const text of ['copilot summary D30', 'copilot summary D7', 'copilot trend D30', 'copilot users D30']) await card(text);

  // An alert on each seat figure, all past their thresholds: the cards the alert runner posts in the channel.
  const alertDeps = { ...deps, alerts: { store: new MemoryStateStore() } };
  const alertRules = ['alert idle-seats > 1', 'alert idle-seats > 1%', 'alert idle-spend > 1 USD', 'alert unassigned > 1', 'alert never-used > 1'];
  for (const text of alertRules) {
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new Error(text);
    await handleCommand(parsed.parsed, 'channel', alertDeps, CHANNEL_ORIGIN);
  }
  const recording = createRecordingSender(fixture.clock);
  const figures = { reports: fixture.service, clock: fixture.clock, copilotApi: 'copilot-v1' as const, licences };
  const alertRunner = new AlertRunner({ store: alertDeps.alerts.store, sender: recording.sender, compose: createAlertMessageSource(formatCommand, 'copilot-v1'), figures, clock: fixture.clock, logger: silentLogger });
  await alertRunner.runDue();
  const posted = recording.posted();
  expect(posted).toHaveLength(alertRules.length);
  for (const [index, send] of posted.entries()) surfaces.set(`alert card: ${alertRules[index]}`, visibleTexts(cardOf(send.activity.attachments[0]!)).join('\n'));

  const composer = new DigestComposer({ reports: fixture.service, store: new MemoryStateStore(), clock: fixture.clock, copilotApi: 'copilot-v1', formatCommand, licences });
  surfaces.set('digest card', visibleTexts(cardOf(renderDigestCard((await composer.compose()).model, { locale: 'en-US' }))).join('\n'));

  const file = await card('csv copilot licenses D30');
  const offer = { fileName: file.file!.export.fileName, sizeInBytes: 1, rowCount: 1, command: 'csv copilot licenses D30', totals: file.file!.export.totals! };
  surfaces.set('licence file offer', fileOfferText(offer, { locale: 'en-US' }));

  const env = { GRAPH_BASE_URL: fixture.emulator.url, DATA_DIR: scratchFolder(), COPILOT_LICENSE_PRICE: PRICE };
  for (const args of [['copilot', 'licenses', 'D90'], ['copilot', 'inactive', 'D90'], ['copilot', 'trend', 'D30'], ['digest', 'preview'], ['copilot', 'licenses', 'D7', '--format', 'json']]) {
    const stdout = new Capture();
    const stderr = new Capture();
    expect(await runCli(args, { stdout, stderr, env, clock: fixture.clock }), stderr.text).toBe(0);
    surfaces.set(`terminal: ${args.join(' ')}`, stdout.text);
  }
  return surfaces;
}

/** Every value `pattern` (with one group) finds, with the surface it was found on. */
function findAll(surfaces: ReadonlyMap<string, string>, patterns: readonly RegExp[]): { surface: string; value: string }[] {
  return [...surfaces].flatMap(([surface, text]) => patterns.flatMap((pattern) => [...text.matchAll(new RegExp(pattern, 'gm'))].map((match) => ({ surface, value: match[1]! }))));
}

describe('one figure, one value: every card, the digest, the CSV offer and the terminal of one tenant', () => {
  test('idle seats, idle spend, adoption and the populations read the same everywhere they appear', async () => {
    const fixture = await startReportFixture();
    const expected = await expectedFigures(fixture);
    const surfaces = await readSurfaces(fixture);

    const figures = [
      {
        name: 'idle seats',
        value: count(expected.idle),
        patterns: [/Idle seats:?\s+([\d,]+) =/, /⚠ ([\d,]+) idle Copilot seats/, /"idle": \{[^}]*"seats": (\d+)/, /^Idle Copilot seats: ([\d,]+),/],
        atLeast: 15,
      },
      {
        name: 'idle spend a month',
        value: usd(expected.monthly),
        patterns: [/[Ii]dle spend:?\s+(\$[\d,.]+) a month/, /days · (\$[\d,.]+) a month/, /"monthly": ([\d.]+)/, /^Idle Copilot spend a month: (\$[\d,.]+),/],
        atLeast: 15,
      },
      { name: 'idle spend a year', value: usd(expected.monthly * 12), patterns: [/a month · (\$[\d,.]+) a year/, /"yearly": ([\d.]+)/], atLeast: 15 },
      { name: 'idle-seat share', value: `${((expected.idle / expected.purchased) * 100).toFixed(1)}%`, patterns: [/^Idle share of purchased Copilot seats: ([\d.]+%),/], atLeast: 1 },
      { name: 'unassigned seats', value: count(expected.unassigned), patterns: [/^Unassigned:?\s+([\d,]+)$/, /^Unassigned Copilot seats: ([\d,]+),/], atLeast: 5 },
      { name: 'never active, last 30 days', value: count(expected.neverActive), patterns: [/· ([\d,]+) never active$/, /^Never-active Copilot seats: ([\d,]+),/], atLeast: 2 },
      { name: 'adoption, last 30 days', value: expected.adoption30, patterns: [/Adoption · last 30 days:?\s+([\d.]+%)/], atLeast: 2 },
      { name: 'adoption, last 7 days', value: expected.adoption7, patterns: [/Adoption · last 7 days:?\s+(?:[█░▏▎▍▌▋▊▉]+ )?([\d.]+%)/], atLeast: 3 },
      { name: 'enabled users, last 30 days', value: count(expected.enabled), patterns: [/^Enabled users:?\s+([\d,]+)$/, /of ([\d,]+) enabled users/], atLeast: 7 },
      { name: 'purchased seats', value: count(expected.purchased), patterns: [/Purchased seats:?\s+([\d,]+)/, /([\d,]+) purchased seats/], atLeast: 10 },
      { name: 'assigned seats', value: count(expected.assigned), patterns: [/Assigned seats:?\s+([\d,]+)/, /purchased seats, ([\d,]+) assigned/], atLeast: 8 },
    ];
    for (const figure of figures) {
      const found = findAll(surfaces, figure.patterns).map((hit) => ({ ...hit, value: /^[\d.]+$/.test(hit.value) && figure.value.startsWith('$') ? usd(Number(hit.value)) : hit.value }));
      const surfacesFound = new Set(found.map((hit) => hit.surface));
      expect(surfacesFound.size, `${figure.name} is on too few surfaces: ${[...surfacesFound].join('; ')}`).toBeGreaterThanOrEqual(figure.atLeast);
      expect(found.filter((hit) => hit.value !== (/^\d+$/.test(hit.value) ? figure.value.replaceAll(',', '') : figure.value)), figure.name).toEqual([]);
    }
    // A week without Copilot states no cost of its own; licences over a week still state the one idle spend.
    expect(surfaces.get('card: copilot inactive D7 (personal)')).not.toContain('$');
    const week = surfaces.get('card: copilot licenses D7 (channel)')!;
    expect(week).toContain('Copilot use · last 7 days');
    expect(week).toContain(`Idle spend: ${usd(expected.monthly)} a month`);
  });
});
