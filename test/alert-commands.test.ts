import { describe, expect, test } from 'vitest';
import { measureRule, type SourceReading } from '../src/alerts/alert-figures.js';
import { summarizeCopilotSeats } from '../src/reports/copilot-licences.js';
import { trendOf } from '../src/alerts/alert-message.js';
import { addDays } from '../src/clock.js';
import { exceeds } from '../src/alerts/alert-state.js';
import { conversationKeyOf } from '../src/alerts/alert-rules.js';
import { forgetRemoved } from '../src/bot/digest-conversations.js';
import { handleCommand } from '../src/commands/handlers.js';
import { formatCommand, parseCommand } from '../src/commands/parse.js';
import { DigestComposer } from '../src/digest/digest-composer.js';
import { digestAlertsOf } from '../src/alerts/digest-alerts.js';
import { renderDigestCard } from '../src/views/digest-view.js';
import { englishText } from '../src/i18n/messages.js';
import { phrase } from '../src/i18n/message-types.js';
import type { SubscribedSku } from '../src/reports/subscribed-skus.js';
import { DAY, channelOrigin, modelOf, postText, replyText, startAlertFixture, type AlertFixture } from './support/alert-fixtures.js';
import { PERSONAL_ORIGIN, channelRef } from './support/digest-fixtures.js';
import { rawCopilotSku, rawCopilotUsers, rawSeats, rawSkus } from './support/raw-tenant.js';
import { cardOf, visibleTexts } from './support/view-fixtures.js';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const day = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const FLOW_FREE = 'f30db892-07e9-47e9-837c-80727f46fd3d';

async function idleSeats(fixture: AlertFixture, withFlowFree = false): Promise<number> {
  const [sku, users, skus] = await Promise.all([rawCopilotSku(fixture.emulator.url), rawCopilotUsers(fixture.emulator.url, 'D30'), rawSkus(fixture.emulator.url)]);
  const flow = skus.find((item) => item.skuPartNumber === 'FLOW_FREE')!;
  return sku.unassigned + users.inactive + (withFlowFree ? rawSeats(flow).unassigned : 0);
}

function errorOf(reply: Awaited<ReturnType<AlertFixture['ask']>>) {
  return modelOf(reply, 'error');
}

describe('setting and listing alerts', () => {
  test('a rule set in a channel answers with the figure it reads now; the same rule again is the one already there', async () => {
    const fixture = await startAlertFixture();
    const idle = await idleSeats(fixture);
    const text = replyText(await fixture.ask('alert idle-seats > 100'));
    expect(text).toContain(`Alerts in this channel`);
    expect(text).toContain(`Alert 1 (Idle Copilot seats > 100) is set. Now: ${count.format(idle)} with the data of ${day(fixture.refreshDate())}`);
    expect(text).toMatch(/^State\s+New: evaluated within minutes$/m);
    expect(modelOf(await fixture.ask('alert idle-seats >  100'), 'alert-rules')).toMatchObject({ event: 'exists', changed: { number: 1 } });
    expect((await fixture.list()).rules).toHaveLength(1);
  });

  test('"alerts" lists each rule with its number, state, last evaluation and figure', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert never-used > 100000');
    await fixture.runner().runDue();
    const idle = await idleSeats(fixture);
    const text = replyText(await fixture.ask('alerts'));
    expect(text).toContain('2 alerts in this channel:');
    expect(text).toContain('Alert 1 · Idle Copilot seats > 0');
    expect(text).toMatch(new RegExp(`^State\\s+Firing since the data of ${day(fixture.refreshDate())}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Figure\\s+${count.format(idle)}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Last evaluated\\s+data of ${day(fixture.refreshDate())} · `, 'm'));
    expect(text).toContain('Alert 2 · Never-active Copilot seats > 100,000');
    expect(text).toMatch(/^State\s+Quiet$/m);
    expect(replyText(await fixture.ask('alerts', channelOrigin(5)))).toContain('No alerts are set in this channel. Set one with');
  });

  test('idle spend needs a licence price, in its currency', async () => {
    const unpriced = await startAlertFixture({ priced: false });
    expect(errorOf(await unpriced.ask('alert idle-spend > 5000 USD'))).toMatchObject({ code: 'ALERT_NO_PRICE' });
    const fixture = await startAlertFixture();
    const refused = errorOf(await fixture.ask('alert idle-spend > 5000 EUR'));
    expect(refused.code).toBe('ALERT_CURRENCY');
    expect(englishText(refused.title)).toBe('Idle spend is in USD');
    expect(englishText(refused.message)).toContain('write "alert idle-spend > 5000 USD" with the amount in USD.');
    expect(modelOf(await fixture.ask('alert idle-spend > 5000'), 'alert-rules').changed).toMatchObject({ threshold: { amount: 5000, unit: 'money', currency: 'USD' } });
    expect((await fixture.list()).rules).toHaveLength(1);
  });

  test('a SKU the tenant does not have is refused with the SKUs it has', async () => {
    const fixture = await startAlertFixture();
    const refused = errorOf(await fixture.ask('alert unassigned > 5 SPE_E7'));
    const names = (await rawSkus(fixture.emulator.url)).map((sku) => sku.skuPartNumber).join(', ');
    expect(refused.code).toBe('ALERT_UNKNOWN_SKU');
    expect([englishText(refused.title), englishText(refused.message)]).toEqual(['SPE_E7 is not a SKU of this tenant', `The tenant's subscriptions are ${names}: name one of them by part number or id.`]);
    // Named in any case or by id, the SKU is kept as its part number.
    expect(modelOf(await fixture.ask('alert unassigned > 5 spe_e5'), 'alert-rules')).toMatchObject({ event: 'set', changed: { sku: 'SPE_E5' } });
  });

  test('remove takes a rule and its claims away; a number that is not there is said so; numbers are not reused while others stand', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert never-used > 0');
    await fixture.runner().runDue();
    const conversation = conversationKeyOf(channelRef(0).conversation.id);
    expect(await fixture.store.list(`alert-claim/${conversation}/0001/`)).toHaveLength(1);
    expect(modelOf(await fixture.ask('alert remove 1'), 'alert-rules')).toMatchObject({ event: 'removed', changed: { number: 1, kind: 'idle-seats' }, rules: [{ number: 2 }] });
    expect(await fixture.store.list(`alert-claim/${conversation}/0001/`)).toEqual([]);
    expect(replyText(await fixture.ask('alert remove 7'))).toContain('There is no alert 7 in this channel');
    expect(modelOf(await fixture.ask('alert unassigned > 3'), 'alert-rules').changed?.number).toBe(3);
  });

  test('rules live per conversation, personal chats included; at most 25 in one', async () => {
    const fixture = await startAlertFixture();
    expect(modelOf(await fixture.ask('alert idle-seats > 0', PERSONAL_ORIGIN, 'personal'), 'alert-rules').event).toBe('set');
    expect((await fixture.list()).rules).toEqual([]);
    await fixture.runner().runDue();
    expect(fixture.recording.posted().map((send) => send.conversationId)).toEqual([PERSONAL_ORIGIN.conversationRef!.conversation.id]);
    for (let threshold = 1; threshold < 25; threshold++) await fixture.ask(`alert idle-seats > ${threshold}`, PERSONAL_ORIGIN, 'personal');
    expect(modelOf(await fixture.ask('alert idle-seats > 99', PERSONAL_ORIGIN, 'personal'), 'alert-rules')).toMatchObject({ event: 'full', maxRules: 25 });
  });

  test('the terminal has no conversation to post to: alert commands say where to ask', async () => {
    const fixture = await startAlertFixture();
    const parsed = parseCommand('alerts');
    if (!parsed.ok) throw new Error('alerts did not parse');
    const reply = await handleCommand(parsed.parsed, 'personal', fixture.deps);
    expect(modelOf(reply, 'error')).toMatchObject({ code: 'ALERTS_UNAVAILABLE' });
  });
});

describe('snooze', () => {
  test('a snoozed rule is evaluated and recorded but posts nothing; still firing when the snooze ends, it posts its card once', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner();
    const idle = await idleSeats(fixture);
    await fixture.ask(`alert idle-seats > ${idle + 20}`);
    await runner.runDue();
    const snoozed = modelOf(await fixture.ask('alert snooze 1 3d'), 'alert-rules');
    expect(snoozed).toMatchObject({ event: 'snoozed', rules: [{ snoozedUntil: new Date(fixture.clock.now() + 3 * DAY).toISOString() }] });

    for (let days = 0; days < 2; days++) {
      await fixture.nextDay({ idleSeats: 60 });
      expect(await runner.runDue()).toMatchObject({ held: 1, posted: 0 });
    }
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'firing', lastEvaluation: { dataDate: fixture.refreshDate() } });
    expect(fixture.recording.posted()).toEqual([]);

    await fixture.nextDay({ idleSeats: 60 });
    await fixture.nextDay({ idleSeats: 60 });
    expect((await runner.runDue()).posted).toBe(1);
    expect(postText(fixture.recording.posted()[0]!)).toContain('🔔 Alert 1 · Idle Copilot seats above');
    await fixture.nextDay({ idleSeats: 60 });
    expect((await runner.runDue()).posted).toBe(0);
  });

  test('a rule that fires and goes back within its snooze posts nothing at all', async () => {
    const fixture = await startAlertFixture();
    const runner = fixture.runner();
    const idle = await idleSeats(fixture);
    await fixture.ask(`alert idle-seats > ${idle + 20}`);
    await fixture.ask('alert snooze 1 2d');
    await fixture.nextDay({ idleSeats: 60 });
    await runner.runDue();
    await fixture.nextDay({});
    await runner.runDue();
    await fixture.nextDay({});
    await fixture.nextDay({});
    await runner.runDue();
    expect(fixture.recording.posted()).toEqual([]);
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'quiet' });
  });
});

describe('SKUs left out', () => {
  test('an excluded SKU leaves the seat rules of its conversation only; including it counts it again; a rule naming it still counts it', async () => {
    // FLOW_FREE counted as a Copilot SKU by configuration: its thousands of free seats make every seat rule fire.
    const fixture = await startAlertFixture({ extraSkuIds: [FLOW_FREE] });
    const runner = fixture.runner();
    const copilotOnly = await idleSeats(fixture);
    const flowFree = (await rawSkus(fixture.emulator.url)).find((sku) => sku.skuPartNumber === 'FLOW_FREE')!;
    expect(modelOf(await fixture.ask('alert exclude FLOW_FREE'), 'alert-rules')).toMatchObject({ event: 'excluded', asked: 'FLOW_FREE', excludedSkus: ['FLOW_FREE'] });
    await fixture.ask(`alert idle-seats > ${copilotOnly + 20}`);
    await fixture.ask('alert unassigned > 5 FLOW_FREE');
    await fixture.ask(`alert idle-seats > ${copilotOnly + 20}`, channelOrigin(1));
    await runner.runDue();
    const posts = fixture.recording.posted();
    expect(posts.map((send) => [send.conversationId, send.activity.summary])).toEqual(
      expect.arrayContaining([
        [channelRef(0).conversation.id, `Alert 2: Unassigned FLOW_FREE seats at ${count.format(rawSeats(flowFree).unassigned)}`],
        [channelRef(1).conversation.id, `Alert 1: Idle Copilot seats at ${count.format(await idleSeats(fixture, true))}`],
      ]),
    );
    expect(posts).toHaveLength(2);
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'quiet', lastEvaluation: { figure: { amount: copilotOnly } } });

    expect(modelOf(await fixture.ask('alert include flow_free'), 'alert-rules')).toMatchObject({ event: 'included', excludedSkus: [] });
    await fixture.nextDay();
    await runner.runDue();
    const fired = fixture.recording.posted().slice(2);
    expect(fired.map((send) => send.activity.summary)).toEqual([`Alert 1: Idle Copilot seats at ${count.format(await idleSeats(fixture, true))}`]);
  });

  test('only the cards whose figure an exclusion changed name the SKUs left out', async () => {
    const fixture = await startAlertFixture({ extraSkuIds: [FLOW_FREE] });
    await fixture.ask('alert exclude FLOW_FREE');
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert unassigned > 0 FLOW_FREE');
    await fixture.ask('alert inactive-users > 0');
    await fixture.runner().runDue();
    const cards = new Map(fixture.recording.posted().map((send) => [send.activity.summary?.split(':')[0], postText(send)]));
    expect([...cards.keys()].sort()).toEqual(['Alert 1', 'Alert 2', 'Alert 3']);
    expect(cards.get('Alert 1')).toContain('Left out here: FLOW_FREE');
    expect(cards.get('Alert 2')).not.toContain('Left out here');
    expect(cards.get('Alert 3')).not.toContain('Left out here');
  });

  test('leaving out every Copilot SKU with assigned seats leaves out their inactive seats too (the usage report cannot tell them apart)', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert exclude Microsoft_365_Copilot');
    await fixture.ask('alert idle-seats > 0');
    await fixture.runner().runDue();
    expect(fixture.recording.posted()).toEqual([]);
    expect((await fixture.list()).rules[0]).toMatchObject({ state: 'quiet', lastEvaluation: { figure: { amount: 0 } } });
  });
});

describe('the compared figure is the one shown', () => {
  const sku = (enabled: number, consumed: number): SubscribedSku => ({
    skuId: '639dec6b-bb19-468b-871c-c5c441c4b0cb',
    skuPartNumber: 'Microsoft_365_Copilot',
    capabilityStatus: 'Enabled',
    consumedUnits: consumed,
    prepaidUnits: { enabled, warning: 0, suspended: 0, lockedOut: 0 },
    servicePlans: [],
  });
  // 100 unassigned + 151 inactive = 251 idle of 2,500 purchased: 10.04 %, shown as 10.0 %.
  const skus = [sku(2500, 2400)];
  const usage = { period: 'D30', enabled: 2400, active: 2249, inactive: 151, neverActive: 20 };
  const context = { excludedSkus: [], licences: { extraSkuIds: [] } };
  const reading: SourceReading = { source: 'copilot-seats', date: '2026-11-19', usage, skus, summary: summarizeCopilotSeats(skus, usage, context.licences) };

  test('a threshold right at the figure does not fire, nor one the figure passes only before rounding', () => {
    const count = { value: 251, unit: 'count' } as const;
    expect(measureRule({ kind: 'idle-seats', threshold: count }, reading, context)).toMatchObject({ figure: 251 });
    expect(exceeds(251, count)).toBe(false);
    expect(exceeds(251, { value: 250, unit: 'count' })).toBe(true);
    const share = measureRule({ kind: 'idle-seats', threshold: { value: 10, unit: 'percent' } }, reading, context);
    expect(share).toMatchObject({ figure: 10 });
    expect(exceeds(10, { value: 10, unit: 'percent' })).toBe(false);
    expect(exceeds(10, { value: 9.9, unit: 'percent' })).toBe(true);
    expect(exceeds(5000.004, { value: 5000, unit: 'money', currency: 'USD' })).toBe(false);
    expect(exceeds(10.04, { value: 10, unit: 'points' })).toBe(false);
  });

  test('the adoption drop is the change of adoption in points, as the digest states it, rounded to a tenth', () => {
    // 50.04 % the week before, 40.0 % now: a drop of 10.04 points, shown and compared as 10.0.
    const adoption: SourceReading = { source: 'copilot-adoption', date: '2026-11-19', enabled: 1000, active: 400 };
    const weekBefore = { date: '2026-11-12', enabled: 2500, active: 1251 };
    const measured = measureRule({ kind: 'adoption-drop', threshold: { value: 10, unit: 'points' } }, adoption, { ...context, weekBefore });
    expect(measured).toMatchObject({ figure: 10, breakdown: { period: 'D7', enabled: 1000, active: 400, weekBefore } });
    expect(exceeds(10, { value: 10, unit: 'points' })).toBe(false);
  });

  test('seats in warning are purchased, suspended and locked-out units are not, and an over-assigned SKU has no unassigned seats', () => {
    const mixed: SubscribedSku[] = [
      { ...sku(100, 90), prepaidUnits: { enabled: 100, warning: 20, suspended: 30, lockedOut: 5 } },
      { ...sku(50, 60), skuId: '11111111-2222-3333-4444-555555555555', skuPartNumber: 'Microsoft_365_Copilot_EDU' },
    ];
    const licences: SourceReading = { source: 'licences', date: '2026-11-22', skus: mixed };
    // Purchased 120 − assigned 90 = 30 unassigned; the EDU SKU is 10 over-assigned and adds none.
    expect(measureRule({ kind: 'unassigned', threshold: { value: 0, unit: 'count' } }, licences, context)).toMatchObject({
      figure: 30,
      breakdown: { kind: 'unassigned', seats: { purchased: 170, assigned: 150, unassigned: 30, overAssigned: 10, inWarning: 20, suspended: 30, lockedOut: 5 } },
    });
    expect(measureRule({ kind: 'unassigned', threshold: { value: 0, unit: 'count' }, sku: 'microsoft_365_copilot_edu' }, licences, context)).toMatchObject({ figure: 0 });
    const seats: SourceReading = { source: 'copilot-seats', date: '2026-11-19', usage, skus: mixed, summary: summarizeCopilotSeats(mixed, usage, context.licences) };
    // 30 unassigned + 151 inactive = 181 idle of 170 purchased: 106.5 %.
    expect(measureRule({ kind: 'idle-seats', threshold: { value: 10, unit: 'percent' } }, seats, context)).toMatchObject({ figure: 106.5 });
  });
});

describe('the digest lists the alerts firing in its channel', () => {
  test('a subscription’s digest has an Alerts section with each firing rule, its figure and since when', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert never-used > 100000');
    await fixture.runner().runDue();
    const composer = new DigestComposer({
      reports: fixture.service,
      store: fixture.store,
      clock: fixture.clock,
      copilotApi: 'copilot-v1',
      formatCommand,
      alerts: (id) => digestAlertsOf(fixture.store, id, 'alerts'),
    });
    const { model } = await composer.compose({ subscriptionId: conversationKeyOf(channelRef(0).conversation.id) });
    const texts = visibleTexts(cardOf(renderDigestCard(model, { locale: 'en-US' }))).join('\n');
    expect(texts).toContain('1 of the 2 alerts here is firing.');
    expect(texts).toContain('Alert 1 · Idle Copilot seats > 0');
    expect(texts).toContain(`${count.format(await idleSeats(fixture))}, firing since the data of ${day(fixture.refreshDate())}`);
    expect(model.alerts?.action).toEqual({ title: phrase('action.alerts'), command: 'alerts' });
    // A channel without alerts has no section.
    const other = await composer.compose({ subscriptionId: conversationKeyOf(channelRef(3).conversation.id) });
    expect(other.model.alerts).toBeUndefined();
  });
});

describe('removing the app forgets the alerts', () => {
  test('from a chat: its rules, claims and record go; from a team: every channel of it', async () => {
    const fixture = await startAlertFixture();
    await fixture.ask('alert idle-seats > 0');
    await fixture.ask('alert idle-seats > 0', channelOrigin(1));
    await fixture.ask('alert idle-seats > 0', { ...channelOrigin(2), conversationRef: channelRef(2, { team: 'team-b' }) });
    await fixture.runner().runDue();
    await forgetRemoved(fixture.store, { kind: 'conversation', conversationId: channelRef(0).conversation.id });
    const left = (prefix: string) => fixture.store.list(prefix);
    expect((await left('alert-rule/')).length).toBe(2);
    await forgetRemoved(fixture.store, { kind: 'team', teamId: channelRef(1).teamId! });
    expect((await left('alert-rule/')).length).toBe(1);
    expect((await left('alert-claim/')).length).toBe(1);
    expect((await left('alert-conversation/')).length).toBe(1);
  });
});

describe('the figure over the last weeks, on the card', () => {
  const history = (days: number) => Array.from({ length: days }, (_, index) => ({ date: addDays('2026-11-01', index), figure: 100 + index }));

  test('a point a week apart back from the newest once three such points are kept; before that, the last seven days', () => {
    expect(trendOf(history(30)).map((point) => point.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    expect(trendOf(history(15)).map((point) => point.date)).toEqual(['2026-11-01', '2026-11-08', '2026-11-15']);
    expect(trendOf(history(10)).map((point) => point.figure)).toEqual([103, 104, 105, 106, 107, 108, 109]);
    expect(trendOf([])).toEqual([]);
  });
});
