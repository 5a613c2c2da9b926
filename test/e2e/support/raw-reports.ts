/**
 * The emulator's report CSVs read raw, over HTTP, with a few lines of parsing of their own: what a plain
 * question's answer must show, worked out without src/reports (neither its client, parser nor insights).
 */
import { parseCsvRecords } from '../../support/csv-records.js';

/** One CSV's rows by header name, as Graph writes them (BOM stripped, RFC 4180 quotes). */
export type RawRows = readonly Readonly<Record<string, string>>[];

/** GETs `path` from the emulator at `graphUrl` and returns its rows; v1.0 Copilot reports answer CSV directly. */
export async function fetchRawCsv(graphUrl: string, path: string): Promise<RawRows> {
  const response = await fetch(`${graphUrl}${path}`, { headers: { authorization: 'Bearer e2e' } });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  const [header, ...records] = parseCsvRecords((await response.text()).replace(/^\uFEFF/, ''));
  const names = (header ?? []).map((name) => name.trim());
  return records.map((record) => Object.fromEntries(record.map((cell, index) => [names[index] ?? `#${index}`, cell])));
}

/** The Copilot user count summary for `period` (version v1): enabled and active users in any app. */
export async function rawCopilotSummary(graphUrl: string, period: string): Promise<{ refreshDate: string; enabled: number; active: number }> {
  const [row] = await fetchRawCsv(graphUrl, `/v1.0/copilot/reports/getMicrosoft365CopilotUserCountSummary(period='${period}',version='v1')?$format=text/csv`);
  if (!row) throw new Error(`no summary row for ${period}`);
  return { refreshDate: row['Report Refresh Date']!, enabled: Number(row['Any App Enabled Users']), active: Number(row['Any App Active Users']) };
}

/** The Copilot usage user detail for `period` (a Dn): who was active in its last n days, ending on the refresh date. */
export async function rawCopilotSeats(graphUrl: string, period: string): Promise<{ refreshDate: string; enabled: number; inactive: number }> {
  const rows = await fetchRawCsv(graphUrl, `/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='${period}',version='v1')?$format=text/csv`);
  const refreshDate = rows[0]?.['Report Refresh Date'] ?? '';
  const start = new Date(`${refreshDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (Number(period.slice(1)) - 1));
  const first = start.toISOString().slice(0, 10);
  const inactive = rows.filter((row) => !(row['Last Activity Date'] && row['Last Activity Date'] >= first)).length;
  return { refreshDate, enabled: rows.length, inactive };
}
