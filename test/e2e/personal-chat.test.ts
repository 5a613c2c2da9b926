import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMMAND_GUIDE } from '../../src/commands/command-guide.js';
import { englishText } from '../../src/i18n/messages.js';
import { ExpectedReports, formatCount, formatDay, formatShare, formatUsd } from './support/expected-reports.js';
import { PlaygroundPage } from './support/playground-page.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One personal chat with the bot, as an admin would use it; each step reads the cards on screen.
describe('personal chat in the Agents Playground', () => {
  let playground: PlaygroundPage;
  let expected: ExpectedReports;

  beforeAll(async () => {
    expected = new ExpectedReports(inject('graphUrl'));
    playground = await PlaygroundPage.open(inject('playgroundUrl'));
    await playground.openPersonalChat();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await playground?.screenshotFailure(task.name);
  });

  afterAll(async () => {
    await playground?.close();
  });

  it('answers "copilot summary D30" with the emulator\'s adoption numbers, each app\'s as text beside its bar', async () => {
    const summary = await expected.copilotSummary('D30');
    const card = await playground.send('copilot summary D30');
    await playground.screenshot(card, '01-copilot-summary-D30');
    const text = await playground.textOf(card);
    // The local Playground reads the emulator: the card's header says so.
    expect(text).toContain('Demo data · Copilot adoption · last 30 days');
    expect(text).toContain(`Data as of ${formatDay(summary.refreshDate)}`);
    expect(text).toContain(`${formatCount(summary.active)} of ${formatCount(summary.enabled)} enabled users active`);
    expect(text).toContain(formatShare(summary.active, summary.enabled));
    // Every app's exact numbers are on the card as text, of the one base the card names.
    expect(text).toContain(`Per-app shares are of the ${formatCount(summary.enabled)} users enabled for Copilot in any app`);
    for (const app of summary.apps) {
      const share = `${formatShare(app.active, summary.enabled)} · ${formatCount(app.active)} of ${formatCount(summary.enabled)}`;
      expect(text).toMatch(new RegExp(`^${app.label}\\s+\\S+ ${escapeRegExp(share)}$`, 'm'));
    }
    // Drawn once: no bar chart repeating the text bars.
    await expect(card.getByRole('img').count()).resolves.toBe(0);
  });

  it('shows the neighbouring period in place of the card when its button is clicked (Action.Execute)', async () => {
    const summary = await expected.copilotSummary('D7');
    // The answer to the test before: the last card in the chat.
    const d30 = (await playground.cards().count()) - 1;
    await expect(playground.textOf(playground.cards().nth(d30))).resolves.toContain('Copilot adoption · last 30 days');
    const card = await playground.clickInPlace(d30, 'Last 7 days', 'Copilot adoption · last 7 days');
    await expect(playground.cards().count(), 'no new message').resolves.toBe(d30 + 1);
    await playground.screenshot(card, '02-copilot-summary-D7-from-button');
    const text = await playground.textOf(card);
    expect(text).toContain('Copilot adoption · last 7 days');
    expect(text).toContain(`${formatCount(summary.active)} of ${formatCount(summary.enabled)} enabled users active`);
  });

  it('answers "activations" with activated and assigned licences per product, by product name, never summed', async () => {
    const activations = await expected.activations();
    const card = await playground.send('activations');
    await playground.screenshot(card, '03-activations');
    const text = await playground.textOf(card);
    expect(text).toContain('Microsoft 365 apps activations');
    expect(text).toContain(`Data as of ${formatDay(activations.refreshDate)}`);
    // Licences are per product: their sums are no head count, and the card states none.
    expect(text).not.toContain(`of ${formatCount(activations.assigned)}`);
    expect(activations.products.length).toBeGreaterThan(1);
    for (const product of activations.products) {
      // Graph's product type in capitals reads as the product's name: the same words, not shouted.
      const share = `${formatShare(product.activated, product.assigned)} · ${formatCount(product.activated)} of ${formatCount(product.assigned)}`;
      const name = new RegExp(`^(${escapeRegExp(product.productType)})\\s+\\S+ ${escapeRegExp(share)}$`, 'im').exec(text)?.[1];
      expect(name, product.productType).toBeDefined();
      expect(name).not.toBe(product.productType);
    }
  });

  it('answers "groups D7" with active and inactive groups, and the deleted as a part of all groups', async () => {
    const groups = await expected.groups('D7');
    const card = await playground.send('groups D7');
    await playground.screenshot(card, '04-groups-D7');
    const text = await playground.textOf(card);
    expect(text).toContain('Microsoft 365 groups · last 7 days');
    expect(text).toMatch(new RegExp(`^Groups, not deleted\\s+${formatCount(groups.total)}$`, 'm'));
    expect(text).toContain(`Active (${formatCount(groups.active)})`);
    expect(text).toContain(`Inactive (${formatCount(groups.inactive)})`);
    const all = groups.total + groups.deleted;
    expect(text).toContain(`${formatShare(groups.deleted, all)} · ${formatCount(groups.deleted)} of ${formatCount(all)} groups in the report, deleted included`);
  });

  it('answers "copilot inactive D90" with the reclaim list: inactive seats only, never used first', async () => {
    const seats = await expected.copilotSeats('D90');
    const card = await playground.send('copilot inactive D90');
    await playground.screenshot(card, '05-copilot-inactive-D90');
    const text = await playground.textOf(card);
    expect(text).toContain('Inactive Copilot seats · last 90 days');
    expect(text).toMatch(new RegExp(`^Enabled users\\s+${formatCount(seats.enabled)}$`, 'm'));
    expect(text).toContain(
      `${formatShare(seats.inactive, seats.enabled)} · ${formatCount(seats.inactive)} of ${formatCount(seats.enabled)} · ${formatCount(seats.neverActive)} never active`,
    );
    // The cost stated is the idle spend of the last 30 days, the licence card's.
    const licences = await expected.copilotLicences('D30', 30);
    expect(text).toMatch(new RegExp(`^Idle spend\\s+${literal(formatUsd(licences.monthlySpend))} a month`, 'm'));

    const listed = [...text.matchAll(/[\w.'-]+@contoso\.onmicrosoft\.com/g)].map((match) => match[0]);
    expect(listed.length).toBe(Math.min(25, seats.inactive));
    expect(new Set(listed).size).toBe(listed.length);
    for (const upn of listed) expect(seats.inactiveUsers.has(upn), upn).toBe(true);
    // Never-used seats come first: as many of them as fit lead the list.
    const neverFirst = listed.slice(0, Math.min(listed.length, seats.neverActive));
    for (const upn of neverFirst) expect(seats.neverActiveUsers.has(upn), upn).toBe(true);
    expect(text).toContain(`Showing ${listed.length} of ${formatCount(seats.inactive)} users`);
  });

  it('answers "copilot licenses D30" with purchased, assigned, unassigned and idle seats and what they cost', async () => {
    const licences = await expected.copilotLicences('D30', 30);
    const card = await playground.send('copilot licenses D30');
    await playground.screenshot(card, '05c-copilot-licenses-D30');
    const text = await playground.textOf(card);
    expect(text).toContain('Copilot licences · last 30 days');
    expect(text).toMatch(new RegExp(`^Purchased seats\\s+${formatCount(licences.purchased)}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Assigned seats\\s+${formatCount(licences.assigned)}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Unassigned\\s+${formatCount(licences.unassigned)}$`, 'm'));
    expect(text).toContain(`${formatShare(licences.active, licences.reported)} · ${formatCount(licences.active)} of ${formatCount(licences.reported)}`);
    expect(text).toContain(
      `${formatCount(licences.idle)} = ${formatCount(licences.unassigned)} unassigned + ${formatCount(licences.inactive)} assigned, no Copilot activity in the last 30 days`,
    );
    expect(text).toMatch(new RegExp(`^Idle spend\\s+${literal(formatUsd(licences.monthlySpend))} a month · ${literal(formatUsd(licences.monthlySpend * 12))} a year$`, 'm'));
    for (const button of ['Inactive seats', 'CSV', 'Summary']) {
      await expect(card.getByRole('button', { name: button, exact: true }).count(), button).resolves.toBe(1);
    }
  });

  it('answers "copilot trend D30" with the period\'s adoption beside the average active per day, compared like with like', async () => {
    const summary = await expected.copilotSummary('D30');
    const card = await playground.send('copilot trend D30');
    await playground.screenshot(card, '05b-copilot-trend-D30');
    const text = await playground.textOf(card);
    expect(text).toContain('Copilot trend · last 30 days');
    // The summary's adoption, the same figure on both cards.
    expect(text).toMatch(new RegExp(`^Adoption · last 30 days\\s+${literal(formatShare(summary.active, summary.enabled))} · ${formatCount(summary.active)} of ${formatCount(summary.enabled)}`, 'm'));
    expect(text).toMatch(/Average active per day, \w{3} \d+–\w{3} \d+/);
    expect(text).toMatch(/^Change in the average active per day\s+[+−-]?[\d,]+ users · (±0|[+−]\d+\.\d) pts of the enabled users/m);
    expect(text).toMatch(/Newest day, \w{3}, \w{3} \d+/);
    // 30 days are 4 whole weeks, each a row of the table under the chart.
    expect(text.match(/^Week \w{3} \d+–\w{3} \d+/gm)).toHaveLength(4);
  });

  it('answers "copilot inactive D7" with why a week is no reclaim list and a button to the last 30 days', async () => {
    const card = await playground.send('copilot inactive D7');
    await playground.screenshot(card, '05d-copilot-inactive-D7');
    const text = await playground.textOf(card);
    expect(text).toContain('This is not a list of seats to reclaim');
    expect(text.match(/[\w.'-]+@contoso\.onmicrosoft\.com/g)).toBeNull();
    expect(text).not.toContain('$');
    const month = await playground.click(card, 'Inactive for 30 days');
    expect(await playground.textOf(month)).toContain('Seats to reclaim: never used first, then the longest unused');
  });

  it('answers "groups inactive D30" with the groups and their owners, whole on a narrow card', async () => {
    const card = await playground.send('groups inactive D30');
    await playground.screenshot(card, '05f-groups-inactive-D30');
    expect(await playground.textOf(card)).toContain('Inactive groups · last 30 days');
  });

  it('answers "help" with every command, its usage and what it answers', async () => {
    const card = await playground.send('help');
    await playground.screenshot(card, '06-help');
    const text = await playground.textOf(card);
    expect(text).toContain('What I can answer');
    for (const entry of COMMAND_GUIDE) {
      expect(text).toContain(entry.usage);
      expect(text).toContain(englishText(entry.description));
    }
    expect(text).toContain('Or ask in plain words; the answer says which command it ran:');
    expect(text).toMatch(/“who is not using copilot”\s+→ copilot inactive/);
  });

  it('answers "usage D30" with every workload\'s active users of its licensed users, as text bars with their numbers', async () => {
    const usage = await expected.usage('D30');
    const card = await playground.send('usage D30');
    await playground.screenshot(card, '03b-usage-D30');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · Microsoft 365 usage · last 30 days');
    expect(text).toContain(`Data as of ${formatDay(usage.refreshDate)}`);
    for (const workload of [usage.anyWorkload, ...usage.workloads]) {
      const daily = workload.averageDay !== undefined ? ` · ${formatCount(workload.averageDay)} on an average day` : '';
      const line = `${formatShare(workload.active, workload.licensed)} · ${formatCount(workload.active)} of ${formatCount(workload.licensed)}${daily}`;
      expect(text).toMatch(new RegExp(`^${escapeRegExp(workload.label)}\\s+\\S+ ${escapeRegExp(line)}$`, 'm'));
    }
    for (const button of ['Teams', 'Email', 'OneDrive', 'SharePoint', 'Apps', 'Last 7 days', 'Last 90 days', 'CSV']) {
      await expect(card.getByRole('button', { name: button, exact: true }).count(), button).resolves.toBe(1);
    }
    const teams = await playground.click(card, 'Teams');
    await playground.screenshot(teams, '03c-teams-D30-from-usage');
    expect(await playground.textOf(teams)).toContain('Microsoft Teams · last 30 days');
  });

  it('answers "copilot summary D30 by department" with each department\'s active users of its enabled users, counted from the raw report and directory', async () => {
    const { refreshDate, groups } = await expected.copilotSeatsByDepartment('D30');
    const card = await playground.send('copilot summary D30 by department');
    await playground.screenshot(card, '03d-copilot-summary-D30-by-department');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · Copilot adoption by department · last 30 days');
    expect(text).toContain(`Data as of ${formatDay(refreshDate)}`);
    expect(text).toMatch(/^Directory \([\d,]+ users\) as of \w{3} \d+, \d{4}, read in full$/m);
    const all = [...groups.values()];
    const departments = [...groups.keys()].filter((label) => !label.startsWith('(')).length;
    const enabled = all.reduce((sum, group) => sum + group.users, 0);
    const active = all.reduce((sum, group) => sum + group.active, 0);
    expect(text).toMatch(new RegExp(`^Enabled users\\s+${formatCount(enabled)} in ${departments} departments$`, 'm'));
    expect(text).toContain(`${formatShare(active, enabled)} active · ${formatCount(active)} of ${formatCount(enabled)} users`);
    // Every department with its own numbers, as text under its name; "(not set)" holds those without one.
    expect(groups.has('(not set)')).toBe(true);
    for (const [label, group] of groups) {
      const line = `${formatShare(group.active, group.users)} active · ${formatCount(group.active)} of ${formatCount(group.users)} ${group.users === 1 ? 'user' : 'users'}`;
      expect(text, label).toMatch(new RegExp(`^${escapeRegExp(label)}\\s+\\S+ ${escapeRegExp(line)}$`, 'm'));
    }
    for (const button of ['Last 7 days', 'Last 90 days', 'Inactive', 'Idle seats', 'CSV']) {
      await expect(card.getByRole('button', { name: button, exact: true }).count(), button).resolves.toBe(1);
    }
  });

  it('answers "licenses D30" with every SKU\'s seats and use, and the idle seats and idle spend of all licences', async () => {
    const licences = await expected.licences('D30');
    const card = await playground.send('licenses D30');
    await playground.screenshot(card, '03f-licenses-D30');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · Licences · last 30 days');
    expect(text).toContain(`Data as of ${formatDay(licences.refreshDate)}`);
    expect(text).toMatch(new RegExp(`^Purchased seats \\(paid SKUs\\)\\s+${escapeRegExp(formatCount(licences.total.purchased))}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Idle seats · last 30 days\\s+${escapeRegExp(formatCount(licences.idleSeats))}, all licences$`, 'm'));
    expect(text).toContain(`${formatUsd(licences.idleSpend)} a month · ${formatUsd(licences.idleSpend * 12)} a year`);
    const e3 = licences.skus.find((sku) => sku.partNumber === 'SPE_E3')!;
    expect(text).toContain(
      `SPE_E3 · ${formatCount(e3.purchased)} purchased · ${formatCount(e3.assigned)} assigned · ${formatCount(e3.unassigned)} unassigned · ` +
        `${formatCount(e3.inactiveHolders)} of ${formatCount(e3.holders)} holders inactive in the last 30 days · ${formatCount(e3.idleSeats!)} idle seats · ` +
        `${formatUsd(e3.idleSpend!)} a month at ${formatUsd(36)} a seat`,
    );
    expect(text).toContain('FLOW_FREE · ');
    expect(text).toContain('free or trial (by its name): not counted as spend');
    expect(text).toContain(`${formatCount(licences.copilot.seats)} = ${formatCount(licences.copilot.unassigned)} unassigned + ${formatCount(licences.copilot.inactive)} assigned`);
    for (const button of ['Reclaim list', 'Copilot licences', 'Last 7 days', 'Last 90 days', 'CSV']) {
      await expect(card.getByRole('button', { name: button, exact: true }).count(), button).resolves.toBe(1);
    }
  });

  it('answers "inactive users D90" with the users who hold a paid licence and used nothing, most expensive first, and what they cost', async () => {
    const list = await expected.reclaimList('D90');
    const total = Math.round(list.reduce((sum, user) => sum + user.monthlyCost, 0) * 100) / 100;
    const card = await playground.send('inactive users D90');
    await playground.screenshot(card, '03g-inactive-users-D90');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · Inactive users · last 90 days');
    expect(text).toContain(`${formatCount(list.length)} users, no activity in any workload in the last 90 days`);
    expect(text).toContain(`${formatUsd(total)} a month · ${formatUsd(total * 12)} a year`);
    // The first users on the card, in the order the raw rows give, each with what their licences cost.
    const shown = list.slice(0, 10);
    let at = text.indexOf('Most expensive first');
    for (const user of shown) {
      const next = text.indexOf(user.displayName, at);
      expect(next, user.displayName).toBeGreaterThan(at);
      at = next;
      expect(text.slice(next, next + 400)).toContain(`${user.userPrincipalName} · ${formatUsd(user.monthlyCost)} a month`);
    }
    expect(text).toContain(`Showing 10 of ${formatCount(list.length)} users. The CSV file has them all.`);
    await expect(card.getByRole('button', { name: 'CSV', exact: true }).count()).resolves.toBe(1);
  });

  it('meets a typo with one short card: the did-you-mean and the three closest commands as buttons, not the whole help', async () => {
    const card = await playground.send('copilt summary');
    await playground.screenshot(card, '07-typo-did-you-mean');
    const text = await playground.textOf(card);
    expect(text).toContain('I don\'t know "copilt summary". Did you mean "copilot summary"? Type "help" to see all commands.');
    expect(text).not.toContain('What I can answer');
    for (const command of ['copilot summary', 'copilot users', 'copilot inactive']) {
      await expect(card.getByRole('button', { name: command, exact: true }).count(), command).resolves.toBe(1);
    }

    const summary = await expected.copilotSummary('D30');
    const answer = await playground.click(card, 'copilot summary');
    expect(await playground.textOf(answer)).toContain(`${formatCount(summary.active)} of ${formatCount(summary.enabled)} enabled users active`);
  });

  it('answers the plain question "how many people use copilot last month" with copilot summary D30, and says so', async () => {
    const raw = await expected.copilotSummary('D30');
    const card = await playground.send('how many people use copilot last month?');
    await playground.screenshot(card, '07b-question-how-many-use-copilot');
    const text = await playground.textOf(card);
    expect(text.split('\n')[0]).toBe('Ran: copilot summary D30');
    expect(text).toContain('Copilot adoption · last 30 days');
    expect(text).toContain(`${formatCount(raw.active)} of ${formatCount(raw.enabled)} enabled users active`);
  });

  it('answers the plain question "who is not using copilot this quarter" with copilot inactive D90, and says so', async () => {
    const raw = await expected.copilotSeats('D90');
    const card = await playground.send('who is not using copilot this quarter');
    await playground.screenshot(card, '07c-question-who-is-not-using-copilot');
    const text = await playground.textOf(card);
    expect(text.split('\n')[0]).toBe('Ran: copilot inactive D90');
    expect(text).toContain('Inactive Copilot seats · last 90 days');
    expect(text).toMatch(new RegExp(`^Enabled users\\s+${formatCount(raw.enabled)}$`, 'm'));
    expect(text).toContain(`${formatShare(raw.inactive, raw.enabled)} · ${formatCount(raw.inactive)} of ${formatCount(raw.enabled)}`);
  });

  it('answers "csv copilot users D30" with the file name, rows, size and terminal command, as the Playground takes no file offer', async () => {
    // Every enabled user is a row of the file: the user detail's rows.
    const raw = await expected.copilotSeats('D30');
    // The Playground's bot reads the built-in emulator: demo data, named so.
    const fileName = `demo-copilot-users-D30-${raw.refreshDate}.csv`;
    const card = await playground.send('csv copilot users D30');
    await playground.screenshot(card, '07d-csv-fallback');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · This chat cannot take files');
    expect(text).toMatch(new RegExp(`^File\\s+${literal(fileName)}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Rows\\s+${formatCount(raw.enabled)} rows$`, 'm'));
    expect(text).toMatch(/^Size\s+\d+\s?KB$/m);
    expect(text).toContain(`npm run --silent report -- csv copilot users D30 > ${fileName}`);
    // Already in the personal chat: never sent off to ask in one.
    expect(await playground.page.getByText('Ask in a personal chat').count()).toBe(0);
  });

  it('refuses a period no report has, listing the allowed ones, and suggests a command that is accepted', async () => {
    const card = await playground.send('copilot summary D31');
    await playground.screenshot(card, '08-bad-period');
    const text = await playground.textOf(card);
    expect(text).toContain('"D31" is not a period of copilot summary');
    expect(text).toContain('Give a period (D7, D30, D90, D180, ALL)');

    const answer = await playground.click(card, 'copilot summary');
    expect(await playground.textOf(answer)).toContain('Copilot adoption · last 30 days');
  });
});

/** `text` as a regular expression matching itself. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
