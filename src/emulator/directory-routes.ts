/**
 * The emulator's directory reads, which are not reports: `/subscribedSkus`, `/users`, `/users/delta`
 * and `/admin/reportSettings`, each named for the request log and fault matching, with the switches
 * that make them refuse (403 without the permission, 429 while throttled).
 */
import { INSUFFICIENT_PRIVILEGES, type GraphError } from './graph-error.js';
import { answerReportSettings, REPORT_SETTINGS_ROUTE } from './report-settings-endpoint.js';
import { answerSubscribedSkus, SUBSCRIBED_SKUS_ROUTE } from './subscribed-skus-endpoint.js';
import type { TenantSpec } from './synthetic-tenant.js';
import { answerUsers, matchUsersRoute } from './users-endpoint.js';

/** A directory endpoint's answer: a JSON body, or Graph's refusal, each with extra headers. */
export type DirectoryAnswer =
  | { readonly body: string; readonly headers?: Record<string, string> }
  | { readonly error: GraphError; readonly headers?: Record<string, string> };

/** What the directory endpoints answer from: the tenant, the day, and the emulator's switches. */
export type DirectoryContext = {
  readonly spec: TenantSpec;
  readonly baseUrl: string;
  /** The emulator clock's epoch day: the directory is live, with no reporting lag. */
  readonly today: number;
  readonly concealed: boolean;
  readonly licenceAccess: boolean;
  readonly directoryAccess: boolean;
  /** Copilot seats bought beyond the tenant's own and left unassigned: a scenario's idle seats. */
  readonly extraCopilotSeats: number;
  /** Seconds of the users endpoints' 429, while the throttle switch is on. */
  readonly directoryRetryAfter: number | undefined;
  /** The request's `Prefer` header. */
  readonly prefer: string | undefined;
};

/** The directory call `url` names (its name and how to answer it), or undefined for any other path. */
export function routeDirectoryCall(url: URL, context: DirectoryContext): { readonly name: string; readonly answer: () => DirectoryAnswer } | undefined {
  if (SUBSCRIBED_SKUS_ROUTE.test(url.pathname)) {
    return { name: 'subscribedSkus', answer: () => (context.licenceAccess ? answerSubscribedSkus(url, context.spec, context.extraCopilotSeats) : { error: INSUFFICIENT_PRIVILEGES }) };
  }
  if (REPORT_SETTINGS_ROUTE.test(url.pathname)) return { name: 'reportSettings', answer: () => answerReportSettings(url, context.concealed) };
  const users = matchUsersRoute(url.pathname);
  if (!users) return undefined;
  return { name: users.delta ? 'users/delta' : 'users', answer: () => answerDirectoryUsers(url, context, users.delta) };
}

function answerDirectoryUsers(url: URL, context: DirectoryContext, delta: boolean): DirectoryAnswer {
  if (!context.directoryAccess) return { error: INSUFFICIENT_PRIVILEGES };
  const retryAfter = context.directoryRetryAfter;
  if (retryAfter !== undefined) {
    const message = `Too many requests. Retry after ${retryAfter} seconds.`;
    return { error: { status: 429, code: 'TooManyRequests', message }, headers: { 'Retry-After': String(retryAfter), 'x-ms-throttle-information': 'ResourceUnitLimitExceeded' } };
  }
  const preferMinimal = /(^|[,;\s])return=minimal\b/i.test(context.prefer ?? '');
  return answerUsers({ url, baseUrl: context.baseUrl, spec: context.spec, today: context.today, preferMinimal }, delta);
}
