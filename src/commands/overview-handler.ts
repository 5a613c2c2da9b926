/**
 * `overview` and `csv overview`: every customer tenant's Copilot seats, active rate, idle seats, idle
 * spend, last refresh and problems, answered only where the managing tenant's overview is at hand (its
 * own conversations). Aggregates only, so channels of the managing tenant get it too.
 */
import { phrase } from '../i18n/message-types.js';
import type { CommandAction, ViewModels } from '../view-models.js';
import type { OverviewCommand } from './command.js';
import type { Handler, OverviewSource } from './handler-context.js';
import type { Reply } from './reply.js';

const CSV: CommandAction = { title: phrase('action.csv'), command: 'csv overview' };
const TENANTS: CommandAction = { title: phrase('action.tenants'), command: 'tenants' };

/** `overview`: the card, most idle spend first. */
export const handleOverview: Handler<OverviewCommand> = async (_command, _context, deps) => {
  if (!deps.overview) return overviewElsewhereReply();
  return { messages: [{ view: 'overview', model: await readOverviewModel(deps.overview) }] };
};

/** The overview card's model, read now: the answer to `overview`, and the weekly overview digest. */
export async function readOverviewModel(overview: OverviewSource): Promise<ViewModels['overview']> {
  const rows = await overview.read();
  return { managingName: overview.managingName, rows, ...(overview.demo ? { demo: true as const } : {}), actions: rows.length > 0 ? [CSV, TENANTS] : [TENANTS] };
}

/** The overview asked in a customer tenant's conversation (or the terminal). */
export function overviewElsewhereReply(): Reply {
  return { messages: [{ view: 'error', model: { code: 'OVERVIEW_MANAGING_ONLY', title: phrase('tenantRefusal.overviewElsewhereTitle'), message: phrase('tenantRefusal.overviewElsewhere'), actions: [{ title: phrase('action.help'), command: 'help' }] } }] };
}
