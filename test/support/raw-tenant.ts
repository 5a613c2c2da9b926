/**
 * The emulator's figures read raw over HTTP, with a few lines of counting of the tests' own (no src/reports):
 * the licences it lists and who the Copilot user detail shows as active, inactive or never active.
 */
import { csvRows } from './csv-records.js';

/** One CSV's rows by header name, as Graph writes them. */
export type RawRows = readonly Readonly<Record<string, string>>[];

/** GETs `path` from the emulator at `graphUrl` (with a customer tenant's `token`, else as its own tenant) and returns its rows; v1.0 Copilot reports answer CSV directly. */
export async function fetchRawCsv(graphUrl: string, path: string, token = 'test'): Promise<RawRows> {
  const response = await fetch(`${graphUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  return csvRows(await response.text());
}

/** The Copilot user count summary for `period` (version v1): enabled and active users in any app. */
export async function rawCopilotSummary(graphUrl: string, period: string): Promise<{ refreshDate: string; enabled: number; active: number }> {
  const [row] = await fetchRawCsv(graphUrl, `/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='${period}',version='v1')?$format=text/csv`);
  if (!row) throw new Error(`no summary row for ${period}`);
  return { refreshDate: row['Report Refresh Date']!, enabled: Number(row['Any App Enabled Users']), active: Number(row['Any App Active Users']) };
}

/** One SKU as `GET /v1.0/subscribedSkus` lists it. */
export type RawSku = { readonly skuPartNumber: string; readonly consumedUnits: number; readonly prepaidUnits: { readonly enabled: number; readonly warning: number; readonly suspended: number; readonly lockedOut: number } };

export async function rawSkus(graphUrl: string, token = 'test'): Promise<RawSku[]> {
  const response = await fetch(`${graphUrl}/v1.0/subscribedSkus`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`subscribedSkus: HTTP ${response.status}`);
  return ((await response.json()) as { value: RawSku[] }).value;
}

/** A SKU's seats as docs/figures.md defines them: purchased (enabled + warning), assigned, unassigned (never below zero). */
export function rawSeats(sku: RawSku): { purchased: number; assigned: number; unassigned: number } {
  const purchased = sku.prepaidUnits.enabled + sku.prepaidUnits.warning;
  return { purchased, assigned: sku.consumedUnits, unassigned: Math.max(0, purchased - sku.consumedUnits) };
}

/** The Copilot SKU's seats. */
export async function rawCopilotSku(graphUrl: string, token?: string): Promise<{ purchased: number; assigned: number; unassigned: number }> {
  const sku = (await rawSkus(graphUrl, token)).find((item) => item.skuPartNumber === 'Microsoft_365_Copilot');
  if (!sku) throw new Error('no Microsoft_365_Copilot SKU');
  return rawSeats(sku);
}

/** The user detail of period `Dn` (version v1): seats listed, active in the last n days, inactive, never active. */
export async function rawCopilotUsers(graphUrl: string, period: string, token?: string): Promise<{ refreshDate: string; enabled: number; active: number; inactive: number; neverActive: number }> {
  const rows = await fetchRawCsv(graphUrl, `/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='${period}',version='v1')?$format=text/csv`, token);
  const refreshDate = rows[0]?.['Report Refresh Date'] ?? '';
  const start = new Date(`${refreshDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (Number(period.slice(1)) - 1));
  const first = start.toISOString().slice(0, 10);
  const active = rows.filter((row) => (row['Last Activity Date'] ?? '') >= first).length;
  const neverActive = rows.filter((row) => !row['Last Activity Date']).length;
  return { refreshDate, enabled: rows.length, active, inactive: rows.length - active, neverActive };
}
