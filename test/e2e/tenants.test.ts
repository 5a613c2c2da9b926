import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/emulator-http.js';
import { ExpectedReports, formatCount, formatDay, formatShare, formatUsd } from './support/expected-reports.js';
import { startE2eStack, type E2eStack } from './support/global-setup.js';
import { PlaygroundPage } from './support/playground-page.js';

/** The seat price the stack runs with (E2E_LICENSE_PRICE). */
const SEAT_PRICE = 30;
const CUSTOMERS = [
  { name: 'Contoso', emulated: 'contoso', users: 600 },
  { name: 'Fabrikam', emulated: 'fabrikam', users: 1200 },
] as const;

describe('many tenants in the Agents Playground: the overview and a customer named with @', () => {
  let stack: E2eStack;
  let playground: PlaygroundPage;
  const expectedOf = async (emulated: string) => {
    const tenant = stack.emulator.tenants.find((candidate) => candidate.name === emulated)!;
    return new ExpectedReports(stack.emulator.url, await tokenFor(stack.emulator, tenant.id));
  };

  beforeAll(async () => {
    // A bot of its own: customer tenants served by its emulator beside the Playground's own.
    const tenants = CUSTOMERS.map(({ emulated, users }) => ({ name: emulated, users, permissions: ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] as const }));
    stack = await startE2eStack('e2e-tenants', {}, { tenants });
    playground = await PlaygroundPage.open(stack.playgroundUrl);
    await playground.openPersonalChat();
    for (const customer of CUSTOMERS) {
      const id = stack.emulator.tenants.find((candidate) => candidate.name === customer.emulated)!.id;
      const added = await playground.send(`tenant add ${id} as ${customer.name}`);
      expect(await playground.textOf(added)).toContain(`${customer.name} is added.`);
    }
  }, 180_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await playground?.screenshotFailure(task.name);
  });

  afterAll(async () => {
    await playground?.close();
    await stack?.stop();
  });

  it('answers "overview" with one row per customer, most idle spend first, each counted from its own raw report and licences', async () => {
    const rows = [];
    for (const customer of CUSTOMERS) {
      const expected = await expectedOf(customer.emulated);
      const [licences, seats] = await Promise.all([expected.copilotLicences('D30', SEAT_PRICE), expected.copilotSeats('D30')]);
      rows.push({ ...customer, licences, refreshDate: seats.refreshDate });
    }
    rows.sort((a, b) => b.licences.monthlySpend - a.licences.monthlySpend);
    const card = await playground.send('overview');
    await playground.screenshot(card, '40-overview');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · Customer overview');
    expect(text).toContain('2 customer tenants, most idle spend first.');
    const lines = rows.map(
      ({ name, licences, refreshDate }) =>
        `${name}\\s+${formatCount(licences.purchased)} Copilot seats · ${formatShare(licences.active, licences.reported)} active \\(last 30 days\\) · ${formatCount(licences.idle)} idle seats · ${formatUsd(licences.monthlySpend).replace('$', '\\$')} idle a month · data of ${formatDay(refreshDate)}`,
    );
    expect(text).toMatch(new RegExp(lines.join('\\s+')));
    await expect(card.getByRole('button', { name: 'CSV', exact: true }).count()).resolves.toBe(1);
  });

  it('answers "copilot summary D30 @contoso" with Contoso’s numbers, its name in the header', async () => {
    const summary = await (await expectedOf('contoso')).copilotSummary('D30');
    const card = await playground.send('copilot summary D30 @contoso');
    await playground.screenshot(card, '41-copilot-summary-D30-contoso');
    const text = await playground.textOf(card);
    expect(text).toContain('Demo data · Contoso · Copilot adoption · last 30 days');
    expect(text).toContain(`Data as of ${formatDay(summary.refreshDate)}`);
    expect(text).toContain(`${formatCount(summary.active)} of ${formatCount(summary.enabled)} enabled users active`);
    expect(text).toContain(formatShare(summary.active, summary.enabled));
    const own = await new ExpectedReports(stack.emulator.url).copilotSummary('D30');
    expect(own.enabled).not.toBe(summary.enabled);
  });
});
