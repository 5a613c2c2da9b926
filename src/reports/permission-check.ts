/**
 * What a tenant lets the bot read, found by asking: the first request needs a token (Entra ID issues
 * none for a tenant whose admin has not consented to the app), then one small request per application
 * permission: the activations counts report (Reports.Read.All), `subscribedSkus`
 * (LicenseAssignment.Read.All) and one user (User.Read.All). A 403 means the permission is missing;
 * anything else (throttled, Graph down) leaves that permission unknown, with the reason.
 */
import type { Readable } from 'node:stream';
import type { CsvResponse, JsonResponse, RequestOptions } from './graph-client.js';
import { GraphReportError, ReportRequestError } from './report-errors.js';
import { SUBSCRIBED_SKUS_PATH } from './subscribed-skus.js';

/** The application permissions the bot asks a tenant for, as Microsoft Graph names them. */
export type RequiredPermission = 'Reports.Read.All' | 'LicenseAssignment.Read.All' | 'User.Read.All';

/** The report the check reads: the smallest there is, a few rows of counts. */
export const PROBE_REPORT_FUNCTION = 'getOffice365ActivationsUserCounts';

/** What each permission's request is, and which budget it spends from. */
export type PermissionProbe = 'reports' | 'licences' | 'directory';

/**
 * `no-token`: Entra ID issued no token (`consent`: because the app is not consented to in the tenant).
 * `checked`: the permissions granted, missing, and those whose request failed for another reason.
 */
export type PermissionCheck =
  | { readonly kind: 'no-token'; readonly consent: boolean; readonly reason: string }
  | {
      readonly kind: 'checked';
      readonly granted: readonly RequiredPermission[];
      readonly missing: readonly RequiredPermission[];
      readonly unknown: readonly { readonly permission: RequiredPermission; readonly reason: string }[];
    };

type Fetcher = {
  getCsv(pathAndQuery: string, options?: RequestOptions): Promise<CsvResponse>;
  getJson(pathAndQuery: string, options?: RequestOptions): Promise<JsonResponse>;
};

const PROBES: readonly { readonly permission: RequiredPermission; readonly probe: PermissionProbe; readonly ask: (fetcher: Fetcher, options: RequestOptions) => Promise<unknown> }[] = [
  { permission: 'Reports.Read.All', probe: 'reports', ask: (fetcher, options) => fetcher.getCsv(`/v1.0/reports/${PROBE_REPORT_FUNCTION}`, options) },
  { permission: 'LicenseAssignment.Read.All', probe: 'licences', ask: (fetcher, options) => fetcher.getJson(SUBSCRIBED_SKUS_PATH, options) },
  { permission: 'User.Read.All', probe: 'directory', ask: (fetcher, options) => fetcher.getJson('/v1.0/users?$top=1&$select=id', options) },
];

/** Entra ID's answers meaning the app is not in the tenant: its admin has not consented. */
const NO_CONSENT = /AADSTS(700016|7000229|65001|500011)\b/;

/** Checks every permission with `fetcher`, spending each request from `spend` first. */
export async function checkPermissions(fetcher: Fetcher, spend: (probe: PermissionProbe) => unknown): Promise<PermissionCheck> {
  const granted: RequiredPermission[] = [];
  const missing: RequiredPermission[] = [];
  const unknown: { permission: RequiredPermission; reason: string }[] = [];
  for (const { permission, probe, ask } of PROBES) {
    try {
      discardBody(await ask(fetcher, { beforeRequest: () => spend(probe) }));
      granted.push(permission);
    } catch (error) {
      if (error instanceof GraphReportError && error.code === 'TOKEN') return { kind: 'no-token', consent: NO_CONSENT.test(error.message), reason: error.message };
      if (error instanceof GraphReportError && error.status === 403) missing.push(permission);
      else unknown.push({ permission, reason: reasonOf(error) });
    }
  }
  return { kind: 'checked', granted, missing, unknown };
}

/** Only the answer's status matters: a report's bytes are not read. */
function discardBody(response: unknown): void {
  const body = (response as { body?: Readable } | undefined)?.body;
  body?.destroy();
}

function reasonOf(error: unknown): string {
  if (error instanceof GraphReportError || error instanceof ReportRequestError) return error.message;
  return error instanceof Error ? error.name : 'unknown error';
}
