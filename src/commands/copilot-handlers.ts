/**
 * Handlers for the Copilot commands: adoption summary, users, inactive seats and the daily trend.
 * They answer from the report's snapshot; without one, or for a list longer than it keeps, the rows are
 * aggregated while they stream and only the `rowLimit` rows shown are kept.
 */
import { toIsoDate } from '../clock.js';
import type { RowOf } from '../reports/catalog.js';
import {
  copilotAppsUsed,
  copilotCounts,
  createCopilotSeatTally,
  createTopSelection,
  createTrendCollector,
  copilotSeatScope,
  isActiveIn,
  longestInactiveFirst,
  mostRecentlyActiveFirst,
  type ActivityWindow,
  type CopilotCounts,
  type CopilotSeatCounts,
} from '../reports/insights.js';
import { errorCodeOf } from '../app-error.js';
import { readIdleSeats } from '../reports/copilot-licences.js';
import { copilotSeatCountsOf, copilotSeatListOf } from '../reports/copilot-seats-snapshot.js';
import { idlePeriodOf, scopeOfPeriod } from '../reports/figures.js';
import type { Report, ReportMeta } from '../reports/report-service.js';
import { copilotVersion } from '../reports/report-request.js';
import type { Command, ReportCommand } from './command.js';
import { detailAudience, needsRows, replyWithDetail } from './detail-delivery.js';
import { personalOnlyReply } from './personal-only.js';
import { createAttributeMatcher } from '../reports/attribute-filter.js';
import { joinQuestion } from '../reports/directory-joins.js';
import type { AttributeFilter } from '../reports/group-attributes.js';
import type { Handler, HandlerDeps } from './handler-context.js';
import { copilotInactiveActions, reclaimAction, copilotSummaryActions, copilotTrendActions, copilotUsersActions, csvActions } from './neighbour-actions.js';
import type { CopilotPeriodCounts, CopilotUserRow, FilterNote, IdleFigures, Section } from '../view-models.js';
import { freshnessOf } from '../reports/report-freshness.js';

type CopilotCommand<N extends Command['name']> = Extract<Command, { name: N }>;
type UserDetailRow = RowOf<'copilot-users'>;

/** Enabled and active users per app, for the requested period or (ALL) each period side by side. */
export const handleCopilotSummary: Handler<CopilotCommand<'copilot-summary'>> = async (command, _context, deps) => {
  const report = await deps.reports.getReport('copilot-summary', periodParams(command.period));
  const periods: CopilotPeriodCounts[] = (await summaryPeriodsOf(report)).map(({ days, counts }) => ({ period: `D${days}`, days, ...counts }));
  periods.sort((a, b) => a.days - b.days);
  const period = report.meta.period ?? '';
  const version = report.meta.version ?? 'v1';
  return {
    messages: [
      {
        view: 'copilot-summary',
        model: {
          period,
          version,
          freshness: freshnessOf(report.meta),
          periods,
          actions: [...copilotSummaryActions(period, version), ...csvActions(withPeriod('copilot-summary', period), report.meta.rowCount)],
        },
      },
    ],
  };
};

/** Every enabled user, the most recently active first (never active last); rows only in personal chat. */
export const handleCopilotUsers: Handler<CopilotCommand<'copilot-users'>> = async (command, context, deps) => {
  if (command.filters && detailAudience(context) === 'withheld') return personalOnlyReply(command);
  const seats = await readCopilotSeats(deps, command, 'enabled', needsRows(context));
  const { counts, meta, period } = seats;
  const model = {
    period,
    freshness: freshnessOf(meta),
    identities: meta.identities,
    enabled: counts.enabled,
    active: counts.active,
    neverActive: counts.neverActive,
    // The user detail has no per-app licence column: every listed user is an enabled seat.
    apps: counts.apps.map((app) => ({ key: app.key, label: app.label, enabled: counts.enabled, active: app.active })),
    ...(counts.usage ? { usage: counts.usage } : {}),
    rows: seats.rows,
    ...(seats.filter ? { filter: seats.filter } : {}),
    totalRows: counts.enabled,
    detail: { kind: 'shown' as const },
    actions: [...copilotUsersActions(period, command.filters), ...csvActions(withPeriod(command, period), counts.enabled)],
  };
  return replyWithDetail('copilot-users', model, command, context, { kind: 'copilot-users', period });
};

/**
 * Enabled users without Copilot activity in the period, never active first, then the longest idle, with the
 * idle seats and idle spend of the idle window. A period shorter than the idle window lists nobody: a week
 * without Copilot is no reason to take a seat back, and the answer says so and offers the idle window.
 */
export const handleCopilotInactive: Handler<CopilotCommand<'copilot-inactive'>> = async (command, context, deps) => {
  const version = copilotVersion(deps.copilotApi);
  const scope = command.period !== undefined ? scopeOfPeriod(command.period.toUpperCase(), version) : 'same';
  const listed = scope !== 'shorter';
  const filtered = command.filters !== undefined;
  if (filtered && detailAudience(context) === 'withheld') return personalOnlyReply(command);
  const [seats, idle] = await Promise.all([
    readCopilotSeats(deps, command, 'inactive', listed && needsRows(context)),
    // Idle seats and idle spend are the tenant's: a filtered list states none.
    listed && !filtered ? readIdleFigures(deps) : undefined,
  ]);
  const { counts, meta, period } = seats;
  const idlePeriod = idlePeriodOf(meta.version);
  const model = {
    period,
    freshness: freshnessOf(meta),
    identities: meta.identities,
    enabled: counts.enabled,
    inactive: counts.inactive,
    neverActive: counts.neverActive,
    idlePeriod,
    scope,
    ...(idle ? { idle } : listed ? {} : { reclaimAction: reclaimAction(idlePeriod) }),
    rows: seats.rows,
    ...(seats.filter ? { filter: seats.filter } : {}),
    totalRows: listed ? counts.inactive : 0,
    detail: { kind: 'shown' as const },
    actions: [
      ...copilotInactiveActions(period, meta.version ?? 'v1', command.filters),
      ...(listed ? csvActions(withPeriod(command, period), counts.inactive) : []),
    ],
  };
  if (!listed) return { messages: [{ view: 'copilot-inactive', model }] };
  return replyWithDetail('copilot-inactive', model, command, context, { kind: 'copilot-inactive', period });
};

/** The idle seats and idle spend of the idle window; unavailable (with the code) when the licence counts cannot be read. */
async function readIdleFigures(deps: HandlerDeps): Promise<Section<IdleFigures>> {
  const reading = await readIdleSeats(deps.reports, copilotVersion(deps.copilotApi), toIsoDate(deps.clock.now()), deps.licences ?? { extraSkuIds: [] });
  if (!reading.seats.ok) return { status: 'unavailable', code: errorCodeOf(reading.seats.error) };
  const { idle, spend } = reading.seats.summary;
  return { status: 'ok', data: { idle, ...(spend ? { spend } : {}) } };
}

/** Enabled and active users per day, oldest first, and the period's active users from the summary (its adoption). */
export const handleCopilotTrend: Handler<CopilotCommand<'copilot-trend'>> = async (command, _context, deps) => {
  const [report, summary] = await Promise.all([
    deps.reports.getReport('copilot-trend', periodParams(command.period)),
    deps.reports.getReport('copilot-summary', periodParams(command.period)),
  ]);
  const days = report.snapshot?.days ?? (await trendOf(report));
  const period = report.meta.period ?? '';
  // For ALL the trend counts the longest period's days: its summary row is the one beside them.
  const longest = (await summaryPeriodsOf(summary)).reduce<{ days: number; counts: CopilotCounts } | undefined>(
    (kept, entry) => (kept && kept.days >= entry.days ? kept : entry),
    undefined,
  );
  return {
    messages: [
      {
        view: 'copilot-trend',
        model: {
          period,
          freshness: freshnessOf(report.meta),
          days: [...days],
          ...(longest ? { periodActive: { period: `D${longest.days}`, enabled: longest.counts.enabled, active: longest.counts.active } } : {}),
          actions: [
            ...copilotTrendActions(period, report.meta.version ?? 'v1'),
            ...csvActions(withPeriod('copilot-trend', period), report.meta.rowCount),
          ],
        },
      },
    ],
  };
};

type CopilotSeats = { meta: ReportMeta; period: string; counts: CopilotSeatCounts; rows: CopilotUserRow[]; filter?: FilterNote };

/**
 * Seat counts always, and when `withRows` the first `rowLimit` users of `which` list: every enabled user
 * (most recently active first) or the inactive ones (longest idle first). From the snapshot, or else one
 * pass over the user detail. For ALL only the longest period's rows count: Graph lists every user once per period.
 * With filters, only the users the directory says pass them, in one pass kept per directory copy.
 */
async function readCopilotSeats(
  deps: HandlerDeps,
  command: { readonly period?: string; readonly filters?: readonly AttributeFilter[] },
  which: 'enabled' | 'inactive',
  withRows: boolean,
): Promise<CopilotSeats> {
  const report = await deps.reports.getReport('copilot-users', periodParams(command.period));
  const { meta, snapshot } = report;
  const period = meta.period ?? '';
  const today = toIsoDate(deps.clock.now());
  const scope = copilotSeatScope(meta, today);
  const limit = withRows ? deps.rowLimit : 0;
  const filters = command.filters ?? [];
  if (filters.length > 0) {
    const question = joinQuestion('copilot seat list', undefined, filters, `${which} ${limit}`);
    const { directory, result } = await deps.reports.joinDirectory(report, question, today, (index) => {
      const matches = createAttributeMatcher(index, filters)!;
      return tallySeats(report, scope, which, limit, (row) => matches(index.find(row.userPrincipalName)));
    });
    return { meta, period, ...result, filter: { filters, directory } };
  }
  const listed = snapshot && copilotSeatListOf(snapshot, which, scope.window, limit);
  if (snapshot && listed) {
    return { meta, period, counts: copilotSeatCountsOf(snapshot, scope.window), rows: listed.map((row) => toUserRow(row, scope.window)) };
  }
  return { meta, period, ...(await tallySeats(report, scope, which, limit)) };
}

/** One pass over the user detail: the seats of the rows that count (and pass `keep`), and the first `limit` of `which` list. */
async function tallySeats(
  report: Report<'copilot-users'>,
  { window, counts }: ReturnType<typeof copilotSeatScope>,
  which: 'enabled' | 'inactive',
  limit: number,
  keep: (row: UserDetailRow) => boolean = () => true,
): Promise<Pick<CopilotSeats, 'counts' | 'rows'>> {
  const tally = createCopilotSeatTally(window, report.meta.version ?? 'v1');
  const userName = (row: UserDetailRow) => row.userPrincipalName;
  const lastActivity = (row: UserDetailRow) => row.lastActivityDate;
  const selection = createTopSelection<UserDetailRow>(
    limit,
    which === 'enabled' ? mostRecentlyActiveFirst(lastActivity, userName) : longestInactiveFirst(lastActivity, userName),
  );
  for await (const row of report.rows()) {
    if (!counts(row) || !keep(row)) continue;
    tally.observe(row);
    if (limit > 0 && (which === 'enabled' || !isActiveIn(window, row.lastActivityDate))) selection.offer(row);
  }
  return { counts: tally.result(), rows: selection.result().map((row) => toUserRow(row, window)) };
}

/** The summary's counts per period, from the snapshot or else the rows. */
async function summaryPeriodsOf(report: Report<'copilot-summary'>) {
  if (report.snapshot) return report.snapshot.periods;
  const periods = [];
  for await (const row of report.rows()) periods.push({ days: row.reportPeriod, counts: copilotCounts(row) });
  return periods;
}

async function trendOf(report: Report<'copilot-trend'>) {
  const trend = createTrendCollector();
  for await (const row of report.rows()) trend.observe(row);
  return trend.result();
}

function toUserRow(row: UserDetailRow, window: ActivityWindow): CopilotUserRow {
  return {
    userPrincipalName: row.userPrincipalName,
    ...(row.displayName !== undefined ? { displayName: row.displayName } : {}),
    ...(row.lastActivityDate !== undefined ? { lastActivityDate: row.lastActivityDate } : {}),
    appsUsed: copilotAppsUsed(row, window),
    ...(row.promptsSubmitted !== undefined || row.activeUsageDays !== undefined
      ? { usage: { promptsSubmitted: row.promptsSubmitted ?? 0, activeUsageDays: row.activeUsageDays ?? 0 } }
      : {}),
  };
}

/** The command for the answer's resolved period (the default filled in) and its filters, for its CSV button. */
function withPeriod<C extends ReportCommand>(command: C | C['name'], period: string): C {
  const asked = (typeof command === 'string' ? { name: command } : command) as C;
  return period !== '' ? { ...asked, period } : asked;
}

function periodParams(period: string | undefined): { period?: string } {
  return period !== undefined ? { period } : {};
}
