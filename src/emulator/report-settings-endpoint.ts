/**
 * `GET /{v1.0|beta}/admin/reportSettings`: whether the tenant conceals user, group and site names in
 * its usage reports, answered from the emulator's concealed switch in the shape the API page shows.
 */
import type { GraphError } from './graph-error.js';

/** The path the endpoint answers, either API version. */
export const REPORT_SETTINGS_ROUTE = /^\/(v1\.0|beta)\/admin\/reportSettings\/?$/i;

/** The settings body for `url` (only `$select` is supported), or the error Graph would answer. */
export function answerReportSettings(url: URL, concealed: boolean): { readonly body: string } | { readonly error: GraphError } {
  for (const [name, value] of url.searchParams) {
    const selected = value.split(',').map((property) => property.trim());
    if (name.toLowerCase() !== '$select') {
      return { error: { status: 400, code: 'BadRequest', message: `Unsupported query option '${name}': reportSettings supports only $select.` } };
    }
    const unknown = selected.find((property) => property !== 'displayConcealedNames' && property !== 'id');
    if (unknown !== undefined) {
      return { error: { status: 400, code: 'BadRequest', message: `Could not find a property named '${unknown}' on type 'microsoft.graph.adminReportSettings'.` } };
    }
  }
  // The page's example response wraps the settings in "value".
  return { body: JSON.stringify({ value: { '@odata.type': '#microsoft.graph.adminReportSettings', displayConcealedNames: concealed } }) };
}
