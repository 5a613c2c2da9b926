import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExpectedReports, formatCount, formatDay, formatShare, formatUsd } from './support/expected-reports.js';
import { PlaygroundPage } from './support/playground-page.js';

const DIGEST_TITLE = 'Weekly Microsoft 365 digest';
const UPN = /[\w.'-]+@contoso\.onmicrosoft\.com/g;

/** `text` as a regular expression that matches it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A team subscribes a channel, then asks for this week's digest at once: it arrives as a new post.
describe('weekly digest in a channel of the Agents Playground', () => {
  let playground: PlaygroundPage;
  let expected: ExpectedReports;
  let digest: Locator;

  beforeAll(async () => {
    expected = new ExpectedReports(inject('graphUrl'));
    playground = await PlaygroundPage.open(inject('playgroundUrl'));
    await playground.openTeamChannel();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await playground?.screenshotFailure(task.name);
  });

  afterAll(async () => {
    await playground?.close();
  });

  it('subscribes the channel with "digest subscribe friday 08:00 Europe/Berlin"', async () => {
    const { post, card } = await playground.postMentioning('digest subscribe friday 08:00 Europe/Berlin');
    await playground.screenshot(post, '12-channel-digest-subscribed');
    const text = await playground.textOf(card);
    // Subscribed from an en-US Playground: the digest is posted in English until "digest language" changes it.
    expect(text).toContain('this channel gets the weekly digest every Friday at 08:00 (Europe/Berlin), in English.');
    expect(text).toMatch(/Language\s+English \(en\)/);
    expect(text).toMatch(/Next digest\s+Fri, .+, 08:00 \(Europe\/Berlin\)/);
  });

  it('"digest run-now" posts the digest card into the channel with the emulator\'s numbers', async () => {
    const digests = playground.page.getByRole('group').filter({ has: playground.page.locator('.ac-adaptiveCard', { hasText: DIGEST_TITLE }) });
    const before = await digests.count();
    const { card } = await playground.postMentioning('digest run-now');
    expect(await playground.textOf(card)).toContain('Posted: the digest is in this channel now');

    const post = digests.nth(before);
    await post.waitFor();
    digest = post.locator('.ac-adaptiveCard', { hasText: DIGEST_TITLE }).first();
    await playground.screenshot(post, '13-channel-digest-posted');
    const text = await playground.textOf(digest);
    expect(text).toContain('Every Friday at 08:00 (Europe/Berlin)');

    const week = await expected.copilotSummary('D7');
    expect(text).toContain(`Data as of ${formatDay(week.refreshDate)}; no previous week yet`);
    expect(text).toMatch(new RegExp(`^Enabled users\\s+${literal(formatCount(week.enabled))}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Active users\\s+${literal(formatCount(week.active))}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Adoption · last 7 days\\s+.*${literal(formatShare(week.active, week.enabled))}$`, 'm'));
    for (const app of week.apps) expect(text, app.label).toMatch(new RegExp(`^${literal(app.label)}\\s+.*· ${literal(formatCount(app.active))} of `, 'm'));

    const activations = await expected.activations();
    for (const product of activations.products) {
      // By product name: Graph's capitals read as the same words, not shouted.
      expect(text, product.productType).toMatch(
        new RegExp(`^${literal(product.productType)}\\s+.*· ${literal(formatCount(product.activated))} of ${literal(formatCount(product.assigned))}$`, 'im'),
      );
      expect(text).not.toContain(product.productType);
    }

    const groups = await expected.groups('D30');
    expect(text).toContain(`${formatCount(groups.total)} groups, not deleted.`);
    expect(text).toMatch(new RegExp(`^Active\\s+.*· ${literal(formatCount(groups.active))} of ${literal(formatCount(groups.total))}$`, 'm'));
    expect(text).toContain(`⚠ ${formatCount(groups.inactive)} of ${formatCount(groups.total)} groups without activity in the last 30 days.`);

    const seats = await expected.copilotLicences('D30', 30);
    // The seats to act on are the idle seats of the licences section: one figure, one cost.
    const idle = `${formatCount(seats.idle)} = ${formatCount(seats.unassigned)} unassigned + ${formatCount(seats.inactive)} assigned, no Copilot activity in the last 30 days`;
    expect(text).toContain(`⚠ ${formatCount(seats.idle)} idle Copilot seats = ${formatCount(seats.unassigned)} unassigned + ${formatCount(seats.inactive)} assigned`);
    expect(text).toMatch(new RegExp(`^Purchased seats\\s+${literal(formatCount(seats.purchased))}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Assigned seats\\s+${literal(formatCount(seats.assigned))}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Active · last 30 days\\s+${literal(formatCount(seats.active))} of ${literal(formatCount(seats.reported))} enabled users$`, 'm'));
    expect(text).toMatch(new RegExp(`^Idle seats\\s+${literal(idle)}$`, 'm'));
    expect(text.match(new RegExp(`${literal(formatUsd(seats.monthlySpend))} a month · ${literal(formatUsd(seats.monthlySpend * 12))} a year`, 'g'))).toHaveLength(2);
  });

  it('shows no per-user data in the channel, and offers the per-user lists privately', async () => {
    const text = await playground.textOf(digest);
    expect(text.match(UPN)).toBeNull();
    const seats = await expected.copilotSeats('D30');
    expect([...seats.displayNames].filter((name) => name.length > 5 && text.includes(name))).toEqual([]);
    for (const title of ['Inactive seats', 'Inactive groups', 'Copilot summary']) {
      await expect(digest.getByRole('button', { name: title, exact: true }).count(), title).resolves.toBe(1);
    }
  });

  it('"digest status" reports the run-now as the last digest, posted', async () => {
    const { card } = await playground.postMentioning('digest status');
    const text = await playground.textOf(card);
    expect(text).toMatch(/Last digest\s+Posted · .+ · run now/);
  });
});
