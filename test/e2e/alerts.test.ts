import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rawCopilotSku, rawCopilotUsers } from '../support/raw-tenant.js';
import { formatCount, formatDay } from './support/expected-reports.js';
import { startE2eStack, type E2eStack } from './support/global-setup.js';
import { PlaygroundPage } from './support/playground-page.js';

// A bot of its own, reading its data afresh every minute: the shared one caches reports for half an hour.
const SETTINGS = { ALERT_CHECK_MINUTES: '1', REPORT_CACHE_TTL_MINUTES: '0' };
/** The scheduler ticks each minute: a change shows within two ticks. */
const WITHIN_TWO_TICKS = 150_000;

/** Idle Copilot seats of the emulator now, counted from its raw SKUs and user detail. */
async function idleSeats(graphUrl: string): Promise<{ idle: number; unassigned: number; inactive: number; refreshDate: string }> {
  const [sku, users] = await Promise.all([rawCopilotSku(graphUrl), rawCopilotUsers(graphUrl, 'D30')]);
  return { idle: sku.unassigned + users.inactive, unassigned: sku.unassigned, inactive: users.inactive, refreshDate: users.refreshDate };
}

/** Moves the emulator's figures by hand, as `npm run scenario` does: a day on, with `idleSeats` more idle seats from then. */
async function moveFigures(graphUrl: string, idleSeats: number): Promise<void> {
  const response = await fetch(`${graphUrl}/_emulator/scenario`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceDays: 1, shift: { idleSeats } }) });
  expect(response.status).toBe(200);
}

describe('an alert in a channel of the Agents Playground', () => {
  let stack: E2eStack;
  let playground: PlaygroundPage;
  let threshold: number;

  const alertPosts = (text: string): Locator => playground.page.getByRole('group').filter({ has: playground.page.locator('.ac-adaptiveCard', { hasText: text }) });

  beforeAll(async () => {
    stack = await startE2eStack('e2e-alerts', SETTINGS);
    playground = await PlaygroundPage.open(stack.playgroundUrl);
    await playground.openTeamChannel();
  }, 180_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await playground?.screenshotFailure(task.name);
  });

  afterAll(async () => {
    await playground?.close();
    await stack?.stop();
  });

  it('sets "alert idle-seats > …" a margin above the figure, which the answer states', async () => {
    const now = await idleSeats(stack.emulator.url);
    threshold = now.idle + 50;
    const { post, card } = await playground.postMentioning(`alert idle-seats > ${threshold}`);
    await playground.screenshot(post, '30-channel-alert-set');
    const text = await playground.textOf(card);
    expect(text).toContain(`Alert 1 (Idle Copilot seats > ${formatCount(threshold)}) is set. Now: ${formatCount(now.idle)} with the data of ${formatDay(now.refreshDate)}.`);
  });

  it('moving the figures a day on past the threshold posts exactly one alert card, with the report’s numbers', async () => {
    await moveFigures(stack.emulator.url, 120);
    const fired = alertPosts('🔔 Alert 1');
    await fired.first().waitFor({ timeout: WITHIN_TWO_TICKS });
    const crossed = await idleSeats(stack.emulator.url);
    const card = fired.first().locator('.ac-adaptiveCard').first();
    await playground.screenshot(fired.first(), '31-channel-alert-fired');
    const text = await playground.textOf(card);
    // The Playground's bot reads the built-in emulator: the card says Demo data in its header, as every report card does.
    expect(text).toMatch(new RegExp(`^Demo data · 🔔 Alert 1 · Idle Copilot seats above ${formatCount(threshold)}$`, 'm'));
    expect(text).toContain(`Idle Copilot seats: ${formatCount(crossed.idle)}, ${formatCount(crossed.idle - threshold)} above the threshold of ${formatCount(threshold)}, since the data of ${formatDay(crossed.refreshDate)}.`);
    expect(text).toMatch(
      new RegExp(`^Idle seats\\s+${formatCount(crossed.idle)} = ${formatCount(crossed.unassigned)} unassigned \\+ ${formatCount(crossed.inactive)} assigned, no Copilot activity in the last 30 days$`, 'm'),
    );
    for (const title of ['Inactive seats', 'Licences', 'CSV', 'Alerts']) await expect(card.getByRole('button', { name: title, exact: true }).count(), title).resolves.toBe(1);
    // Two more ticks pass: the alert stays across and says nothing more.
    await playground.page.waitForTimeout(WITHIN_TWO_TICKS - 30_000);
    await expect(fired.count()).resolves.toBe(1);
  }, 300_000);

  it('moving them back posts exactly one resolution', async () => {
    await moveFigures(stack.emulator.url, 0);
    const resolved = alertPosts('✓ Alert 1 resolved');
    await resolved.first().waitFor({ timeout: WITHIN_TWO_TICKS });
    await playground.screenshot(resolved.first(), '32-channel-alert-resolved');
    const back = await idleSeats(stack.emulator.url);
    const text = await playground.textOf(resolved.first());
    expect(text).toContain('Demo data · ✓ Alert 1 resolved · Idle Copilot seats');
    expect(text).toContain(`Idle Copilot seats: ${formatCount(back.idle)} with the data of ${formatDay(back.refreshDate)}, back at or under the threshold of ${formatCount(threshold)}.`);
    await expect(resolved.count()).resolves.toBe(1);
    await expect(alertPosts('🔔 Alert 1').count()).resolves.toBe(1);
  }, 200_000);
});
