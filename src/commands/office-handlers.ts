/**
 * Handlers for the Office reports: Microsoft 365 apps activations and Microsoft 365 groups activity.
 * The groups report streams once per answer; only the few groups shown are kept.
 */
import { toIsoDate } from '../clock.js';
import type { RowOf } from '../reports/catalog.js';
import {
  createGroupTally,
  createTopSelection,
  groupActivityScore,
  groupSortKey,
  mostActiveGroupFirst,
  groupName,
  groupStorageBytes,
  groupsActivityWindow,
  isActiveIn,
  longestInactiveFirst,
} from '../reports/insights.js';
import type { ReportMeta } from '../reports/report-service.js';
import type { Command } from './command.js';
import { needsRows, replyWithDetail } from './detail-delivery.js';
import { checkGroupsDate, groupsDateRange } from './groups-date-range.js';
import type { Handler, HandlerDeps } from './handler-context.js';
import { activationsActions, csvActions, groupsActions, groupsInactiveActions } from './neighbour-actions.js';
import type { GroupRow } from '../view-models.js';
import { freshnessOf } from '../reports/report-freshness.js';

type GroupsRow = RowOf<'groups'>;

/** How many groups each "top" list of the groups view shows. */
export const TOP_GROUPS = 5;

/** Assigned and activated Microsoft 365 apps per product, in the report's order. */
export const handleActivations: Handler<{ readonly name: 'activations' }> = async (_command, _context, deps) => {
  const report = await deps.reports.getReport('activations');
  const products = [];
  for await (const row of report.rows()) {
    products.push({
      productType: row.productType,
      assigned: row.assigned,
      activated: row.activated,
      ...(row.sharedComputerActivation !== undefined ? { sharedComputerActivation: row.sharedComputerActivation } : {}),
    });
  }
  const actions = [...activationsActions(), ...csvActions({ name: 'activations' }, report.meta.rowCount)];
  return { messages: [{ view: 'activations', model: { freshness: freshnessOf(report.meta), products, actions } }] };
};

/** Active, inactive and deleted groups, groups per type, and the top groups by activity and storage (names only). */
export const handleGroups: Handler<Extract<Command, { name: 'groups' }>> = async (command, _context, deps) => {
  if (command.date !== undefined) checkGroupsDate(command.date, groupsDateRange(toIsoDate(deps.clock.now()), deps.reports));
  const params = command.date !== undefined ? { date: command.date } : command.period !== undefined ? { period: command.period } : {};
  const report = await deps.reports.getReport('groups', params);
  const window = groupsWindow(report.meta, deps);
  const tally = createGroupTally(window);
  const byName = (a: GroupsRow, b: GroupsRow) => (groupSortKey(a) < groupSortKey(b) ? -1 : groupSortKey(a) > groupSortKey(b) ? 1 : 0);
  const topByActivity = createTopSelection<GroupsRow>(TOP_GROUPS, mostActiveGroupFirst);
  const topByStorage = createTopSelection<GroupsRow>(TOP_GROUPS, (a, b) => groupStorageBytes(b) - groupStorageBytes(a) || byName(a, b));
  for await (const row of report.rows()) {
    tally.observe(row);
    if (row.isDeleted === true) continue;
    if (groupActivityScore(row) > 0) topByActivity.offer(row);
    if (groupStorageBytes(row) > 0) topByStorage.offer(row);
  }
  const { meta } = report;
  return {
    messages: [
      {
        view: 'groups',
        model: {
          ...(meta.period !== undefined ? { period: meta.period } : {}),
          ...(meta.date !== undefined ? { date: meta.date } : {}),
          freshness: freshnessOf(meta),
          identities: meta.identities,
          ...tally.result(),
          topByActivity: topByActivity.result().map((row) => toGroupRow(row, false)),
          topByStorage: topByStorage.result().map((row) => toGroupRow(row, false)),
          actions: [...groupsActions(meta.period), ...csvActions(groupsCommand(meta), meta.rowCount)],
        },
      },
    ],
  };
};

/** Groups with no activity in the period, never active first, with owners; rows only in personal chat. */
export const handleGroupsInactive: Handler<Extract<Command, { name: 'groups-inactive' }>> = async (command, context, deps) => {
  const report = await deps.reports.getReport('groups', command.period !== undefined ? { period: command.period } : {});
  const { meta } = report;
  const window = groupsWindow(meta, deps);
  const withRows = needsRows(context);
  const tally = createGroupTally(window);
  const selection = createTopSelection<GroupsRow>(
    withRows ? deps.rowLimit : 0,
    longestInactiveFirst((row) => row.lastActivityDate, groupSortKey),
  );
  for await (const row of report.rows()) {
    tally.observe(row);
    if (withRows && row.isDeleted !== true && !isActiveIn(window, row.lastActivityDate)) selection.offer(row);
  }
  const counts = tally.result();
  const period = meta.period ?? '';
  const model = {
    period,
    freshness: freshnessOf(meta),
    identities: meta.identities,
    total: counts.total,
    inactive: counts.inactive,
    rows: selection.result().map((row) => toGroupRow(row, true)),
    totalRows: counts.inactive,
    detail: { kind: 'shown' as const },
    actions: [
      ...groupsInactiveActions(period),
      ...csvActions(period !== '' ? { name: 'groups-inactive', period } : { name: 'groups-inactive' }, counts.inactive),
    ],
  };
  return replyWithDetail('groups-inactive', model, command, context, `the inactive groups and their owners for ${period}`);
};

/** The groups command for the day or resolved period the answer shows, for its CSV button. */
function groupsCommand(meta: ReportMeta): Extract<Command, { name: 'groups' }> {
  if (meta.date !== undefined) return { name: 'groups', date: meta.date };
  return meta.period !== undefined ? { name: 'groups', period: meta.period } : { name: 'groups' };
}

function groupsWindow(meta: ReportMeta, deps: HandlerDeps) {
  return groupsActivityWindow(meta, toIsoDate(deps.clock.now()));
}

function toGroupRow(row: GroupsRow, withOwner: boolean): GroupRow {
  const optional = {
    type: row.groupType,
    owner: withOwner ? row.ownerPrincipalName : undefined,
    lastActivityDate: row.lastActivityDate,
    memberCount: row.memberCount,
    guestCount: row.externalMemberCount,
    exchangeReceivedEmailCount: row.exchangeReceivedEmailCount,
    sharePointActiveFileCount: row.sharePointActiveFileCount,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined));
  return { name: groupName(row), ...defined, storageBytes: groupStorageBytes(row), deleted: row.isDeleted === true };
}
