/**
 * Handlers for the Office reports: Microsoft 365 apps activations and Microsoft 365 groups activity.
 * They answer from the report's snapshot; without one, or for a list longer than it keeps, the groups
 * report streams once and only the few groups shown are kept.
 */
import { toIsoDate } from '../clock.js';
import type { RowOf } from '../reports/catalog.js';
import {
  createGroupTally,
  createTopSelection,
  groupActivityScore,
  groupSortKey,
  largestGroupFirst,
  mostActiveGroupFirst,
  groupName,
  groupStorageBytes,
  groupsActivityWindow,
  isActiveIn,
  longestInactiveFirst,
  type ActivityWindow,
} from '../reports/insights.js';
import { groupCountsOf, groupListOf } from '../reports/groups-snapshot.js';
import { activationProductName } from '../reports/product-names.js';
import type { Report, ReportMeta } from '../reports/report-service.js';
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
  const products = (report.snapshot?.products ?? (await productsOf(report))).map((product) => ({
    ...product,
    productName: activationProductName(product.productType),
  }));
  const actions = [...activationsActions(), ...csvActions({ name: 'activations' }, report.meta.rowCount)];
  return { messages: [{ view: 'activations', model: { freshness: freshnessOf(report.meta), products, actions } }] };
};

/** Active, inactive and deleted groups, groups per type, and the top groups by activity and storage (names only). */
export const handleGroups: Handler<Extract<Command, { name: 'groups' }>> = async (command, _context, deps) => {
  if (command.date !== undefined) checkGroupsDate(command.date, groupsDateRange(toIsoDate(deps.clock.now()), deps.reports));
  const params = command.date !== undefined ? { date: command.date } : command.period !== undefined ? { period: command.period } : {};
  const report = await deps.reports.getReport('groups', params);
  const { counts, topByActivity, topByStorage } = await readGroupFigures(report, groupsWindow(report.meta, deps));
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
          ...counts,
          topByActivity: topByActivity.map((row) => toGroupRow(row, false)),
          topByStorage: topByStorage.map((row) => toGroupRow(row, false)),
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
  const { counts, inactive } = await readInactiveGroups(report, groupsWindow(meta, deps), needsRows(context) ? deps.rowLimit : 0);
  const period = meta.period ?? '';
  const model = {
    period,
    freshness: freshnessOf(meta),
    identities: meta.identities,
    total: counts.total,
    inactive: counts.inactive,
    rows: inactive.map((row) => toGroupRow(row, true)),
    totalRows: counts.inactive,
    detail: { kind: 'shown' as const },
    actions: [
      ...groupsInactiveActions(period),
      ...csvActions(period !== '' ? { name: 'groups-inactive', period } : { name: 'groups-inactive' }, counts.inactive),
    ],
  };
  return replyWithDetail('groups-inactive', model, command, context, { kind: 'groups-inactive', period });
};

async function productsOf(report: Report<'activations'>) {
  const products = [];
  for await (const row of report.rows()) {
    products.push({
      productType: row.productType,
      assigned: row.assigned,
      activated: row.activated,
      ...(row.sharedComputerActivation !== undefined ? { sharedComputerActivation: row.sharedComputerActivation } : {}),
    });
  }
  return products;
}

/** The counts and the top groups by activity and by storage, from the snapshot or else one pass over the rows. */
async function readGroupFigures(report: Report<'groups'>, window: ActivityWindow) {
  const { snapshot } = report;
  const topByActivity = snapshot && groupListOf(snapshot, 'most-active', window, TOP_GROUPS);
  const topByStorage = snapshot && groupListOf(snapshot, 'largest', window, TOP_GROUPS);
  if (snapshot && topByActivity && topByStorage) return { counts: groupCountsOf(snapshot, window), topByActivity, topByStorage };

  const tally = createGroupTally(window);
  const byActivity = createTopSelection<GroupsRow>(TOP_GROUPS, mostActiveGroupFirst);
  const byStorage = createTopSelection<GroupsRow>(TOP_GROUPS, largestGroupFirst);
  for await (const row of report.rows()) {
    tally.observe(row);
    if (row.isDeleted === true) continue;
    if (groupActivityScore(row) > 0) byActivity.offer(row);
    if (groupStorageBytes(row) > 0) byStorage.offer(row);
  }
  return { counts: tally.result(), topByActivity: byActivity.result(), topByStorage: byStorage.result() };
}

/** The counts and the first `limit` groups inactive in the window, from the snapshot or else one pass over the rows. */
async function readInactiveGroups(report: Report<'groups'>, window: ActivityWindow, limit: number) {
  const { snapshot } = report;
  const listed = snapshot && groupListOf(snapshot, 'inactive', window, limit);
  if (snapshot && listed) return { counts: groupCountsOf(snapshot, window), inactive: listed };

  const tally = createGroupTally(window);
  const selection = createTopSelection<GroupsRow>(limit, longestInactiveFirst((row) => row.lastActivityDate, groupSortKey));
  for await (const row of report.rows()) {
    tally.observe(row);
    if (limit > 0 && row.isDeleted !== true && !isActiveIn(window, row.lastActivityDate)) selection.offer(row);
  }
  return { counts: tally.result(), inactive: selection.result() };
}

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
  return { name: groupName(row), id: row.groupId, ...defined, storageBytes: groupStorageBytes(row), deleted: row.isDeleted === true };
}
