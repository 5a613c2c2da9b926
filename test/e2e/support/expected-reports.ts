/**
 * What the cards must show, worked out in the test process from the raw CSV the emulator serves the bot
 * (fetched over HTTP as Graph documents it: the bearer request, then the pre-authenticated download) and
 * counted here with a few lines of the test's own: never through the bot's report service, catalog,
 * parser or insights, so a mistake there cannot agree with itself. Numbers and dates are formatted the way
 * a Teams client in the given locale shows them (en-US unless a test asks for another).
 */
import { csvRows } from '../../support/csv-records.js';
import { countSeatsBy, type ExpectedGroup } from '../../support/expected-groups.js';
import { READER_SELECT, readAllPages } from '../../support/raw-directory.js';
import {
  EMULATOR_PRODUCT_SKUS,
  expectedLicences,
  expectedReclaimList,
  type ExpectedLicences,
  type ExpectedReclaimUser,
  type LicenceRules,
  type SkuItem,
} from '../../support/licence-expectations.js';

/** The prices the Playground's bot runs with (LICENSE_PRICES, and COPILOT_LICENSE_PRICE as its Copilot entry). */
export const E2E_LICENCE_RULES: LicenceRules = {
  productSkus: EMULATOR_PRODUCT_SKUS,
  prices: { SPE_E5: 57, SPE_E3: 36, Microsoft_365_Copilot: 30 },
  free: new Set(['FLOW_FREE']),
  copilot: new Set(['Microsoft_365_Copilot']),
};

/**
 * The Copilot apps of report version v1 (the Playground's tenant reports in v1), by the name Graph's
 * headers give them, with the label the admin center (and so the card) shows.
 */
const COPILOT_APPS = [
  { header: 'Microsoft Teams', label: 'Teams' },
  { header: 'Word', label: 'Word' },
  { header: 'Excel', label: 'Excel' },
  { header: 'PowerPoint', label: 'PowerPoint' },
  { header: 'Outlook', label: 'Outlook' },
  { header: 'OneNote', label: 'OneNote' },
  { header: 'Loop', label: 'Loop' },
  { header: 'Copilot Chat', label: 'Copilot Chat' },
] as const;

type Row = Record<string, string>;

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

/** One workload of the usage answer: users licensed for it, those active in the period, the average day's active users. */
export type WorkloadUsage = { readonly label: string; readonly licensed: number; readonly active: number; readonly averageDay?: number };

export type Usage = {
  readonly refreshDate: string;
  /** Exchange, OneDrive, SharePoint, Viva Engage, Teams (the active user detail), then Microsoft 365 Apps (the apps report). */
  readonly workloads: readonly WorkloadUsage[];
  readonly anyWorkload: WorkloadUsage;
};

/** The workloads of the active user detail, by the name its headers give them, with the card's label; Skype for Business is retired. */
const WORKLOADS = [
  { header: 'Exchange', label: 'Exchange' },
  { header: 'OneDrive', label: 'OneDrive' },
  { header: 'SharePoint', label: 'SharePoint' },
  { header: 'Yammer', label: 'Viva Engage (Yammer)' },
  { header: 'Teams', label: 'Teams' },
] as const;
const EVERY_WORKLOAD = ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'] as const;


/** `1474` → `1,474` (en-US), `1 474` (ru-RU), `1.474` (it-IT) */
export const formatCount = (value: number, locale = 'en-US'): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
/** `592, 798` → `74.2%` (en-US), `74,2 %` (ru-RU) */
export const formatShare = (part: number, whole: number, locale = 'en-US'): string =>
  new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(part / whole);
/** `7260` → `$7,260.00` */
export const formatUsd = (amount: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

/** `2026-11-19` → `Nov 19, 2026` (en-US), `19 нояб. 2026 г.` (ru-RU) */
export const formatDay = (iso: string, locale = 'en-US'): string => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The first day of a Dn period ending on `refreshDate` (Graph counts n days including the last). */
function periodStart(refreshDate: string, period: string): string {
  const days = Number(/^D(\d+)$/.exec(period)?.[1]);
  if (!Number.isInteger(days)) throw new Error(`expected-reports handles Dn periods only, not ${period}`);
  const start = new Date(`${refreshDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return start.toISOString().slice(0, 10);
}

/** A cell that must be a whole number. */
function wholeNumber(row: Row, header: string): number {
  const text = row[header] ?? '';
  if (!/^\d+$/.test(text)) throw new Error(`"${header}" is "${text}", not a whole number`);
  return Number(text);
}

/** A date cell (YYYY-MM-DD, as the emulator writes it), or undefined when empty. */
function date(row: Row, header: string): string | undefined {
  const value = row[header] ?? '';
  if (value === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`"${header}" is "${value}", not a YYYY-MM-DD date`);
  return value;
}

/** Reads report rows from the emulator at `graphUrl`, as a second, independent reader. */
export class ExpectedReports {
  /**
   * Each report read once per test file: the emulator allows 14 CSV requests per report in 10 minutes, as Graph
   * does, and the bot under test shares that budget; no file here moves the emulator's figures.
   */
  private readonly read = new Map<string, Promise<Row[]>>();

  /** `token`: a customer tenant's, from the emulator's token endpoint; the emulator's own tenant without one. */
  constructor(
    private readonly graphUrl: string,
    private readonly token = 'e2e',
  ) {}

  /** The Microsoft_365_Copilot SKU as the emulator lists it (read as plain JSON), with the period's usage and idle seats. */
  async copilotLicences(period: string, seatPrice: number): Promise<CopilotLicences> {
    const response = await fetch(`${this.graphUrl}/v1.0/subscribedSkus`, { headers: { authorization: `Bearer ${this.token}` } });
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

  /** Every licence over `period`, idle seats and idle spend over the last 30 days (Copilot's from its own report). */
  async licences(period: string): Promise<ExpectedLicences & { readonly refreshDate: string }> {
    const users = await this.rows(`/v1.0/reports/getOffice365ActiveUserDetail(period='${period}')`);
    const idleUsers = period === 'D30' ? users : await this.rows("/v1.0/reports/getOffice365ActiveUserDetail(period='D30')");
    const copilot = await this.rows(copilotPath('getMicrosoft365CopilotUsageUserDetail', 'D30'));
    const refreshDate = (users[0] && date(users[0], 'Report Refresh Date')) ?? '';
    const copilotRefresh = (copilot[0] && date(copilot[0], 'Report Refresh Date')) ?? '';
    const response = await fetch(`${this.graphUrl}/v1.0/subscribedSkus`, { headers: { authorization: 'Bearer e2e' } });
    const skus = ((await response.json()) as { value: SkuItem[] }).value;
    const figures = expectedLicences({
      users,
      idleUsers,
      copilot,
      skus,
      rules: E2E_LICENCE_RULES,
      periodStart: periodStart(refreshDate, period),
      idleStart: periodStart(refreshDate, 'D30'),
      copilotIdleStart: periodStart(copilotRefresh, 'D30'),
    });
    return { ...figures, refreshDate };
  }

  /** The reclaim list over `period`: users with a paid licence and no workload activity, most expensive first. */
  async reclaimList(period: string): Promise<readonly ExpectedReclaimUser[]> {
    const users = await this.rows(`/v1.0/reports/getOffice365ActiveUserDetail(period='${period}')`);
    const copilot = await this.rows(copilotPath('getMicrosoft365CopilotUsageUserDetail', period));
    const refreshDate = (users[0] && date(users[0], 'Report Refresh Date')) ?? '';
    return expectedReclaimList(users, copilot, E2E_LICENCE_RULES, periodStart(refreshDate, period));
  }

  /** Per workload the licensed users active in the period (their last activity in it), and the daily counts' average day. */
  async usage(period: string): Promise<Usage> {
    const users = (await this.rows(`/v1.0/reports/getOffice365ActiveUserDetail(period='${period}')`)).filter((row) => row['Is Deleted'] !== 'True');
    const apps = await this.rows(`/v1.0/reports/getM365AppUserDetail(period='${period}')`);
    const days = await this.rows(`/v1.0/reports/getOffice365ActiveUserCounts(period='${period}')`);
    const refreshDate = (users[0] && date(users[0], 'Report Refresh Date')) ?? '';
    const start = periodStart(refreshDate, period);
    const activeIn = (row: Row, header: string) => (date(row, `${header} Last Activity Date`) ?? '') >= start;
    const averageDay = (header: string) => Math.round(days.reduce((sum, row) => sum + wholeNumber(row, header), 0) / days.length);
    const workloads: WorkloadUsage[] = WORKLOADS.map(({ header, label }) => {
      const licensed = users.filter((row) => row[`Has ${header} License`] === 'True');
      return { label, licensed: licensed.length, active: licensed.filter((row) => activeIn(row, header)).length, averageDay: averageDay(header) };
    });
    workloads.push({ label: 'Microsoft 365 Apps', licensed: apps.length, active: apps.filter((row) => (date(row, 'Last Activity Date') ?? '') >= start).length });
    const licensedAny = users.filter((row) => EVERY_WORKLOAD.some((header) => row[`Has ${header} License`] === 'True'));
    const activeAny = licensedAny.filter((row) => EVERY_WORKLOAD.some((header) => activeIn(row, header)));
    return { refreshDate, workloads, anyWorkload: { label: 'Any workload', licensed: licensedAny.length, active: activeAny.length, averageDay: averageDay('Office 365') } };
  }

  async copilotSummary(period: string): Promise<CopilotSummary> {
    const rows = await this.rows(copilotPath('getMicrosoft365CopilotUserCountSummary', period));
    const [row] = rows;
    if (rows.length !== 1 || !row) throw new Error(`copilot summary ${period} has ${rows.length} rows, expected 1`);
    return {
      refreshDate: date(row, 'Report Refresh Date') ?? '',
      enabled: wholeNumber(row, 'Any App Enabled Users'),
      active: wholeNumber(row, 'Any App Active Users'),
      apps: COPILOT_APPS.map((app) => ({ label: app.label, active: wholeNumber(row, `${app.header} Active Users`) })),
    };
  }

  async copilotSeats(period: string): Promise<CopilotSeats> {
    const rows = await this.rows(copilotPath('getMicrosoft365CopilotUsageUserDetail', period));
    const refreshDate = (rows[0] && date(rows[0], 'Report Refresh Date')) ?? '';
    const start = periodStart(refreshDate, period);
    const activeUsers = new Set<string>();
    const inactiveUsers = new Set<string>();
    const neverActiveUsers = new Set<string>();
    const displayNames = new Set<string>();
    const appActive = COPILOT_APPS.map(() => 0);
    for (const row of rows) {
      COPILOT_APPS.forEach((app, index) => {
        // Graph's column is "<App> Copilot Last Activity Date", except "Copilot Chat Last Activity Date".
        const last = date(row, app.header === 'Copilot Chat' ? 'Copilot Chat Last Activity Date' : `${app.header} Copilot Last Activity Date`);
        if (last !== undefined && last >= start) appActive[index]! += 1;
      });
      const user = row['User Principal Name'] ?? '';
      const last = date(row, 'Last Activity Date');
      (last !== undefined && last >= start ? activeUsers : inactiveUsers).add(user);
      if (last === undefined) neverActiveUsers.add(user);
      if (row['Display Name']) displayNames.add(row['Display Name']);
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

  /**
   * Copilot seats per department over `period`: the user detail's rows joined, by principal name in any
   * case, to the users `/v1.0/users` lists (read page by page as plain JSON), counted in test/support/expected-groups.ts.
   */
  async copilotSeatsByDepartment(period: string): Promise<{ readonly refreshDate: string; readonly groups: ReadonlyMap<string, ExpectedGroup> }> {
    const rows = await this.rows(copilotPath('getMicrosoft365CopilotUsageUserDetail', period));
    const refreshDate = (rows[0] && date(rows[0], 'Report Refresh Date')) ?? '';
    const { users } = await readAllPages(this.graphUrl, `/v1.0/users?$select=${READER_SELECT}&$top=999`);
    return { refreshDate, groups: countSeatsBy(rows, users, 'department', periodStart(refreshDate, period)) };
  }

  async activations(): Promise<Activations> {
    const rows = await this.rows('/v1.0/reports/getOffice365ActivationsUserCounts');
    const products = rows.map((row) => ({ productType: row['Product Type'] ?? '', assigned: wholeNumber(row, 'Assigned'), activated: wholeNumber(row, 'Activated') }));
    return {
      refreshDate: (rows[0] && date(rows[0], 'Report Refresh Date')) ?? '',
      products,
      assigned: products.reduce((sum, product) => sum + product.assigned, 0),
      activated: products.reduce((sum, product) => sum + product.activated, 0),
    };
  }

  async groups(period: string): Promise<GroupsActivity> {
    const rows = await this.rows(`/v1.0/reports/getOffice365GroupsActivityDetail(period='${period}')`);
    const refreshDate = (rows[0] && date(rows[0], 'Report Refresh Date')) ?? '';
    const start = periodStart(refreshDate, period);
    const kept = rows.filter((row) => row['Is Deleted'] !== 'True');
    const active = kept.filter((row) => (date(row, 'Last Activity Date') ?? '') >= start).length;
    return { refreshDate, total: kept.length, active, inactive: kept.length - active, deleted: rows.length - kept.length };
  }

  /**
   * The CSV rows of a report: the bearer request, then, when Graph answers 302, the pre-authenticated
   * download fetched without the token (Copilot reports answer 200 with the CSV at once).
   */
  private rows(path: string): Promise<Row[]> {
    const rows = this.read.get(path) ?? this.download(path);
    this.read.set(path, rows);
    return rows;
  }

  private async download(path: string): Promise<Row[]> {
    let response = await fetch(`${this.graphUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` }, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status === 302 && location) response = await fetch(location);
    if (response.status !== 200) throw new Error(`${path}: the emulator answered ${response.status}`);
    return csvRows(await response.text());
  }
}

/** A Copilot report as the bot asks for it under report version v1. */
function copilotPath(graphFunction: string, period: string): string {
  return `/v1.0/copilot/reports/${graphFunction}(period='${period}',version='v1')`;
}
