/**
 * What the cards must show, worked out in the test process from the raw report rows of the emulator
 * the bot reads (through the report service), never from the bot's handlers or views. Numbers and
 * dates are formatted the way an en-US Teams client shows them.
 */
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { COPILOT_APPS as ALL_COPILOT_APPS } from '../../../src/reports/catalog.js';

// The Playground's tenant reports Copilot usage in version v1: the apps v2 added are not in it.
const COPILOT_APPS = ALL_COPILOT_APPS.filter((app) => !('since' in app));
import { startReportStack, type ReportStack } from '../../../src/report-stack.js';
import { scratchFolder } from '../../support/scratch-folder.js';

export type CopilotSummary = {
  readonly refreshDate: string;
  readonly enabled: number;
  readonly active: number;
  /** Active users per app, labelled as the admin center labels them. */
  readonly apps: readonly { readonly label: string; readonly active: number }[];
};

export type CopilotSeats = {
  readonly refreshDate: string;
  readonly enabled: number;
  readonly active: number;
  readonly inactive: number;
  readonly neverActive: number;
  /** Users active in the period per app, counted from each user's per-app last activity date. */
  readonly apps: readonly { readonly label: string; readonly active: number }[];
  /** User principal names by what they did in the period. */
  readonly activeUsers: ReadonlySet<string>;
  readonly inactiveUsers: ReadonlySet<string>;
  readonly neverActiveUsers: ReadonlySet<string>;
  /** Display names of everyone in the report. */
  readonly displayNames: ReadonlySet<string>;
};

export type CopilotLicences = {
  readonly purchased: number;
  readonly assigned: number;
  readonly unassigned: number;
  readonly active: number;
  readonly inactive: number;
  readonly neverActive: number;
  /** Users the usage report lists. */
  readonly reported: number;
  readonly idle: number;
  readonly monthlySpend: number;
};

export type Activations = {
  readonly refreshDate: string;
  readonly products: readonly { readonly productType: string; readonly assigned: number; readonly activated: number }[];
  readonly assigned: number;
  readonly activated: number;
};

export type GroupsActivity = {
  readonly refreshDate: string;
  /** Groups not deleted. */
  readonly total: number;
  /** Not deleted, with activity in the period. */
  readonly active: number;
  readonly inactive: number;
  readonly deleted: number;
};

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** `1474` → `1,474` */
export const formatCount = (value: number): string => count.format(value);
/** `592, 798` → `74.2%` */
export const formatShare = (part: number, whole: number): string => percent.format(part / whole);
/** `7260` → `$7,260.00` */
export const formatUsd = (amount: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

/** `2026-11-19` → `Nov 19, 2026` */
export const formatDay = (iso: string): string => day.format(new Date(`${iso}T00:00:00Z`));

/** The first day of a Dn period ending on `refreshDate` (Graph counts n days including the last). */
function periodStart(refreshDate: string, period: string): string {
  const days = Number(/^D(\d+)$/.exec(period)?.[1]);
  if (!Number.isInteger(days)) throw new Error(`expected-reports handles Dn periods only, not ${period}`);
  const start = new Date(`${refreshDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return start.toISOString().slice(0, 10);
}

/** Reads report rows from the emulator at `graphUrl`, as a second, independent reader. */
export class ExpectedReports {
  private constructor(
    private readonly stack: ReportStack,
    private readonly graphUrl: string,
  ) {}

  static async open(graphUrl: string): Promise<ExpectedReports> {
    return new ExpectedReports(await startReportStack(loadConfig({ GRAPH_BASE_URL: graphUrl, DATA_DIR: scratchFolder() }), silentLogger), graphUrl);
  }

  /** The Microsoft_365_Copilot SKU as the emulator lists it (read as plain JSON), with the period's usage and idle seats. */
  async copilotLicences(period: string, seatPrice: number): Promise<CopilotLicences> {
    const response = await fetch(`${this.graphUrl}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer e2e' } });
    const { value } = (await response.json()) as { value: { skuPartNumber: string; consumedUnits: number; prepaidUnits: { enabled: number; warning: number } }[] };
    const sku = value.find((item) => item.skuPartNumber === 'Microsoft_365_Copilot');
    if (!sku) throw new Error('the emulator lists no Microsoft_365_Copilot SKU');
    const seats = await this.copilotSeats(period);
    // Seats in warning (an expired subscription's grace period) are purchased seats too.
    const purchased = sku.prepaidUnits.enabled + sku.prepaidUnits.warning;
    const unassigned = Math.max(0, purchased - sku.consumedUnits);
    const idle = unassigned + seats.inactive;
    return {
      purchased,
      assigned: sku.consumedUnits,
      unassigned,
      active: seats.active,
      inactive: seats.inactive,
      neverActive: seats.neverActive,
      reported: seats.enabled,
      idle,
      monthlySpend: idle * seatPrice,
    };
  }

  close(): Promise<void> {
    return this.stack.close();
  }

  async copilotSummary(period: string): Promise<CopilotSummary> {
    const report = await this.stack.service.getReport('copilot-summary', { period });
    const rows = [];
    for await (const row of report.rows()) rows.push(row);
    const [row] = rows;
    if (rows.length !== 1 || !row) throw new Error(`copilot-summary ${period} has ${rows.length} rows, expected 1`);
    const cells = row as Readonly<Record<string, unknown>>;
    return {
      refreshDate: row.reportRefreshDate,
      enabled: row.anyAppEnabledUsers ?? 0,
      active: row.anyAppActiveUsers ?? 0,
      apps: COPILOT_APPS.map((app) => ({ label: app.label, active: Number(cells[`${app.key}ActiveUsers`] ?? 0) })),
    };
  }

  async copilotSeats(period: string): Promise<CopilotSeats> {
    const report = await this.stack.service.getReport('copilot-users', { period });
    const refreshDate = report.meta.refreshDate ?? '';
    const start = periodStart(refreshDate, period);
    const activeUsers = new Set<string>();
    const inactiveUsers = new Set<string>();
    const neverActiveUsers = new Set<string>();
    const displayNames = new Set<string>();
    const appActive = COPILOT_APPS.map(() => 0);
    for await (const row of report.rows()) {
      const cells = row as Readonly<Record<string, unknown>>;
      COPILOT_APPS.forEach((app, index) => {
        // Graph's column is "<App> Copilot Last Activity Date", except "Copilot Chat Last Activity Date".
        const date = cells[app.key === 'copilotChat' ? 'copilotChatLastActivityDate' : `${app.key}CopilotLastActivityDate`];
        if (typeof date === 'string' && date >= start) appActive[index]! += 1;
      });
      const last = row.lastActivityDate;
      (last !== undefined && last >= start ? activeUsers : inactiveUsers).add(row.userPrincipalName);
      if (last === undefined) neverActiveUsers.add(row.userPrincipalName);
      if (row.displayName) displayNames.add(row.displayName);
    }
    return {
      refreshDate,
      enabled: activeUsers.size + inactiveUsers.size,
      active: activeUsers.size,
      inactive: inactiveUsers.size,
      neverActive: neverActiveUsers.size,
      apps: COPILOT_APPS.map((app, index) => ({ label: app.label, active: appActive[index]! })),
      activeUsers,
      inactiveUsers,
      neverActiveUsers,
      displayNames,
    };
  }

  async activations(): Promise<Activations> {
    const report = await this.stack.service.getReport('activations');
    const products = [];
    for await (const row of report.rows()) products.push({ productType: row.productType, assigned: row.assigned, activated: row.activated });
    return {
      refreshDate: report.meta.refreshDate ?? '',
      products,
      assigned: products.reduce((sum, product) => sum + product.assigned, 0),
      activated: products.reduce((sum, product) => sum + product.activated, 0),
    };
  }

  async groups(period: string): Promise<GroupsActivity> {
    const report = await this.stack.service.getReport('groups', { period });
    const refreshDate = report.meta.refreshDate ?? '';
    const start = periodStart(refreshDate, period);
    let total = 0;
    let active = 0;
    let deleted = 0;
    for await (const row of report.rows()) {
      if (row.isDeleted === true) {
        deleted += 1;
        continue;
      }
      total += 1;
      if (row.lastActivityDate !== undefined && row.lastActivityDate >= start) active += 1;
    }
    return { refreshDate, total, active, inactive: total - active, deleted };
  }
}
