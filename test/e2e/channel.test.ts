import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExpectedReports, formatCount, formatShare, formatUsd } from './support/expected-reports.js';
import { PlaygroundPage } from './support/playground-page.js';

const UPN = /[\w.'-]+@contoso\.onmicrosoft\.com/g;

// A per-user question in a team channel: counts for everyone, names only in the asker's personal chat.
describe('channel @mention in the Agents Playground', () => {
  let playground: PlaygroundPage;
  let expected: ExpectedReports;
  let post: Locator;
  let card: Locator;

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

  it('answers "copilot users" with counts only, no user names, and offers the list privately', async () => {
    const seats = await expected.copilotSeats('D30');
    ({ post, card } = await playground.postMentioning('copilot users'));
    await playground.screenshot(post, '09-channel-copilot-users-aggregate');
    const text = await playground.textOf(card);
    expect(text).toContain(`${formatShare(seats.active, seats.enabled)} · ${formatCount(seats.active)} of ${formatCount(seats.enabled)}`);
    for (const app of seats.apps) {
      expect(text).toMatch(new RegExp(`^${app.label}\\s+.*· ${formatCount(app.active)} of ${formatCount(seats.enabled)}$`, 'm'));
    }
    expect(text.match(UPN)).toBeNull();
    const named = [...seats.displayNames].filter((name) => name.length > 5 && text.includes(name));
    expect(named).toEqual([]);
    await expect(card.getByRole('button', { name: 'Send me the list privately', exact: true }).count()).resolves.toBe(1);
  });

  it('sends the list to the personal chat when the offer is taken, and says so in the thread', async () => {
    const note = await playground.click(card, 'Send me the list privately', post.locator('.ac-adaptiveCard'));
    await playground.screenshot(post, '10-channel-sent-privately');
    const noteText = await playground.textOf(note);
    expect(noteText).toMatch(/sent the Copilot user list for D30 to you in a personal chat/);
    expect(noteText.match(UPN)).toBeNull();

    const seats = await expected.copilotSeats('D30');
    await playground.openPersonalChat();
    const list = playground.cards().last();
    await playground.screenshot(list, '11-personal-copilot-users-list');
    const listText = await playground.textOf(list);
    const listed = listText.match(UPN) ?? [];
    // Every enabled user, the most recently active first.
    expect(listed.length).toBe(Math.min(25, seats.enabled));
    for (const upn of listed.slice(0, Math.min(listed.length, seats.active))) expect(seats.activeUsers.has(upn), upn).toBe(true);
  });

  it('meets a typo in the channel with one line, "type help" once and the three closest commands, not the whole help', async () => {
    await playground.openTeamChannel();
    const typo = await playground.postMentioning('copilt sumary');
    await playground.screenshot(typo.post, '14-channel-typo');
    const text = await playground.textOf(typo.card);
    expect(text).toContain('Did you mean "copilot summary"?');
    expect(text).toContain('Type "help" to see all commands.');
    expect(text.match(/"help"/g)).toHaveLength(1);
    expect(text).not.toContain('What I can answer');
    for (const command of ['copilot summary', 'copilot users', 'copilot inactive']) {
      await expect(typo.card.getByRole('button', { name: command, exact: true }).count(), command).resolves.toBe(1);
    }
  });

  it('answers "copilot licenses" in the channel: seat counts and idle spend, no names', async () => {
    const licences = await expected.copilotLicences('D30', 30);
    await playground.openTeamChannel();
    const answer = await playground.postMentioning('copilot licenses');
    await playground.screenshot(answer.post, '11b-channel-copilot-licenses');
    const text = await playground.textOf(answer.card);
    expect(text).toContain(`${formatCount(licences.idle)} = ${formatCount(licences.unassigned)} unassigned + ${formatCount(licences.inactive)} assigned`);
    expect(text).toContain(formatUsd(licences.monthlySpend));
    expect(text.match(UPN)).toBeNull();
  });
});
