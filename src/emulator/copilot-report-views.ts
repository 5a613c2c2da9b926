/**
 * The three Copilot reports (user count summary, usage user detail, user count trend) as Graph
 * serves them on the legacy /reports path (v1 columns) and on /copilot/reports (v1 or v2). Headers
 * are spelled literally as Graph writes them, quirks included.
 */
import {
  buildCopilotTrend,
  summarizeCopilotPeriod,
  type CopilotCountedApp,
  type CopilotPeriodSummary,
  type CopilotTrendDay,
} from './copilot-aggregates.js';
import { concealIdentity } from './conceal-identity.js';
import { isoFromEpochDay } from './epoch-days.js';
import type { CsvColumn, ReportContext, ReportItem, ReportView } from './report-view.js';
import {
  computeCopilotDailyActivity,
  computeCopilotLastActivity,
  findLastActivity,
  iterateLicensedUsers,
  summarizeDailyActivity,
  type CopilotDailyActivity,
} from './synthetic-tenant.js';

// The legacy /beta/reports summary, as in Graph's reference page: note the trailing space after
// "Microsoft Teams Active Users".
const LEGACY_SUMMARY_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Report Period', 'reportPeriod'],
  ['Any App Enabled Users', 'anyAppEnabledUsers'],
  ['Any App Active Users', 'anyAppActiveUsers'],
  ['Microsoft Teams Enabled Users', 'microsoftTeamsEnabledUsers'],
  ['Microsoft Teams Active Users ', 'microsoftTeamsActiveUsers'],
  ['Word Enabled Users', 'wordEnabledUsers'],
  ['Word Active Users', 'wordActiveUsers'],
  ['PowerPoint Enabled Users', 'powerPointEnabledUsers'],
  ['PowerPoint Active Users', 'powerPointActiveUsers'],
  ['Outlook Enabled Users', 'outlookEnabledUsers'],
  ['Outlook Active Users', 'outlookActiveUsers'],
  ['Excel Enabled Users', 'excelEnabledUsers'],
  ['Excel Active Users', 'excelActiveUsers'],
  ['OneNote Enabled Users', 'oneNoteEnabledUsers'],
  ['OneNote Active Users', 'oneNoteActiveUsers'],
  ['Loop Enabled Users', 'loopEnabledUsers'],
  ['Loop Active Users', 'loopActiveUsers'],
  ['Copilot Chat Enabled Users', 'copilotChatEnabledUsers'],
  ['Copilot Chat Active Users', 'copilotChatActiveUsers'],
];

const COPILOT_SUMMARY_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Report Period', 'reportPeriod'],
  ['Microsoft Teams Enabled Users', 'microsoftTeamsEnabledUsers'],
  ['Microsoft Teams Active Users', 'microsoftTeamsActiveUsers'],
  ['Word Enabled Users', 'wordEnabledUsers'],
  ['Word Active Users', 'wordActiveUsers'],
  ['PowerPoint Enabled Users', 'powerPointEnabledUsers'],
  ['PowerPoint Active Users', 'powerPointActiveUsers'],
  ['Outlook Enabled Users', 'outlookEnabledUsers'],
  ['Outlook Active Users', 'outlookActiveUsers'],
  ['Excel Enabled Users', 'excelEnabledUsers'],
  ['Excel Active Users', 'excelActiveUsers'],
  ['OneNote Enabled Users', 'oneNoteEnabledUsers'],
  ['OneNote Active Users', 'oneNoteActiveUsers'],
  ['Loop Enabled Users', 'loopEnabledUsers'],
  ['Loop Active Users', 'loopActiveUsers'],
  ['Any App Enabled Users', 'anyAppEnabledUsers'],
  ['Any App Active Users', 'anyAppActiveUsers'],
  ['Copilot Chat Enabled Users', 'copilotChatEnabledUsers'],
  ['Copilot Chat Active Users', 'copilotChatActiveUsers'],
];

const LEGACY_USER_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Report Period', 'reportPeriod'],
  ['User Principal Name', 'userPrincipalName'],
  ['Display Name', 'displayName'],
  ['Last Activity Date', 'lastActivityDate'],
  ['Microsoft Teams Copilot Last Activity Date', 'microsoftTeamsCopilotLastActivityDate'],
  ['Word Copilot Last Activity Date', 'wordCopilotLastActivityDate'],
  ['Excel Copilot Last Activity Date', 'excelCopilotLastActivityDate'],
  ['PowerPoint Copilot Last Activity Date', 'powerPointCopilotLastActivityDate'],
  ['Outlook Copilot Last Activity Date', 'outlookCopilotLastActivityDate'],
  ['OneNote Copilot Last Activity Date', 'oneNoteCopilotLastActivityDate'],
  ['Loop Copilot Last Activity Date', 'loopCopilotLastActivityDate'],
  ['Copilot Chat Last Activity Date', 'copilotChatLastActivityDate'],
];

const COPILOT_USER_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['User Principal Name', 'userPrincipalName'],
  ['Display Name', 'displayName'],
  ['Last Activity Date', 'lastActivityDate'],
  ['Copilot Chat Last Activity Date', 'copilotChatLastActivityDate'],
  ['Microsoft Teams Copilot Last Activity Date', 'microsoftTeamsCopilotLastActivityDate'],
  ['Word Copilot Last Activity Date', 'wordCopilotLastActivityDate'],
  ['Excel Copilot Last Activity Date', 'excelCopilotLastActivityDate'],
  ['PowerPoint Copilot Last Activity Date', 'powerPointCopilotLastActivityDate'],
  ['Outlook Copilot Last Activity Date', 'outlookCopilotLastActivityDate'],
  ['OneNote Copilot Last Activity Date', 'oneNoteCopilotLastActivityDate'],
  ['Loop Copilot Last Activity Date', 'loopCopilotLastActivityDate'],
  ['Report Period', 'reportPeriod'],
];

// No reference page shows the legacy trend CSV; this follows the legacy summary's order.
const LEGACY_TREND_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Report Date', 'reportDate'],
  ['Report Period', 'reportPeriod'],
  ...LEGACY_SUMMARY_COLUMNS.slice(2).map(([header, key]): CsvColumn => [header.trimEnd(), key]),
];

const COPILOT_TREND_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['Report Date', 'reportDate'],
  ...COPILOT_SUMMARY_COLUMNS.slice(2),
  ['Report Period', 'reportPeriod'],
];

// Copilot report v2's additions, in the order and spelling of the reference pages' "Report versions"
// lists (copilot-reports-2026-08), after every v1 column.
const V2_APP_COUNT_COLUMNS: readonly CsvColumn[] = [
  ['Edge Enabled Users', 'edgeEnabledUsers'],
  ['Edge Active Users', 'edgeActiveUsers'],
  ['Microsoft 365 Copilot Enabled Users', 'microsoft365CopilotEnabledUsers'],
  ['Microsoft 365 Copilot Active Users', 'microsoft365CopilotActiveUsers'],
  ['Copilot Chat (work) Enabled Users', 'copilotChatWorkEnabledUsers'],
  ['Copilot Chat (work) Active Users', 'copilotChatWorkActiveUsers'],
  ['Copilot Chat (web) Enabled Users', 'copilotChatWebEnabledUsers'],
  ['Copilot Chat (web) Active Users', 'copilotChatWebActiveUsers'],
];

const V2_SUMMARY_COLUMNS: readonly CsvColumn[] = [
  ...V2_APP_COUNT_COLUMNS,
  ['Total prompts submitted', 'totalPromptsSubmitted'],
  ['Average prompts submitted', 'averagePromptsSubmitted'],
];

const V2_TREND_COLUMNS: readonly CsvColumn[] = [...V2_APP_COUNT_COLUMNS, ['Prompts submitted', 'promptsSubmitted']];

const V2_USER_COLUMNS: readonly CsvColumn[] = [
  ['Prompts submitted for all apps', 'promptsSubmitted'],
  ['Prompts submitted for Copilot Chat (work)', 'copilotChatWorkPromptsSubmitted'],
  ['Prompts submitted for Copilot Chat (web)', 'copilotChatWebPromptsSubmitted'],
  ['Active Usage Days for all apps', 'activeUsageDays'],
  ['Copilot Chat (work) Last Activity Date', 'copilotChatWorkLastActivityDate'],
  ['Copilot Chat (web) Last Activity Date', 'copilotChatWebLastActivityDate'],
  ['Microsoft 365 Copilot Last Activity Date', 'microsoft365CopilotLastActivityDate'],
  ['Edge Last Activity Date', 'edgeLastActivityDate'],
  ['Copilot Agent Last Activity Date', 'copilotAgentLastActivityDate'],
];

/**
 * v2's new apps, derived from the synthetic tenant's Copilot Chat use so the summary and the user
 * detail agree: Copilot Chat (work) and the Microsoft 365 Copilot app are where that chat happens;
 * nobody in the synthetic tenant uses Copilot Chat on the web, in Edge or through agents.
 */
function v2AppCounts(counts: CopilotPeriodSummary['counts']): Record<string, number> {
  const chat = counts.copilotChat;
  return {
    edgeEnabledUsers: chat.enabledUsers,
    edgeActiveUsers: 0,
    microsoft365CopilotEnabledUsers: chat.enabledUsers,
    microsoft365CopilotActiveUsers: chat.activeUsers,
    copilotChatWorkEnabledUsers: chat.enabledUsers,
    copilotChatWorkActiveUsers: chat.activeUsers,
    copilotChatWebEnabledUsers: chat.enabledUsers,
    copilotChatWebActiveUsers: 0,
  };
}

/** The share of a user's prompts the synthetic tenant puts in Copilot Chat (work), when they used it in the period. */
const CHAT_WORK_PROMPT_SHARE = 0.3;

/** Period lengths a Copilot period value stands for (ALL: every period of the version). */
export function copilotPeriodDays(period: string, reportVersion: 'v1' | 'v2'): number[] {
  if (period === 'ALL') return reportVersion === 'v2' ? [7, 28, 90, 180] : [7, 30, 90, 180];
  return [Number(period.slice(1))];
}

// JSON order of the counts, as in Graph's summary example: any app first, then the apps.
const COUNT_ORDER: readonly CopilotCountedApp[] = [
  'anyApp',
  'microsoftTeams',
  'word',
  'powerPoint',
  'outlook',
  'excel',
  'oneNote',
  'loop',
  'copilotChat',
];

function countFields(counts: CopilotPeriodSummary['counts']): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const app of COUNT_ORDER) {
    fields[`${app}EnabledUsers`] = counts[app].enabledUsers;
    fields[`${app}ActiveUsers`] = counts[app].activeUsers;
  }
  return fields;
}

/** The user count summary: one item holding one adoptionByProduct element per period. */
export function createCopilotSummaryView(context: ReportContext): ReportView {
  const { call } = context;
  const v2 = call.reportVersion === 'v2';
  const columns =
    call.surface === 'reports'
      ? LEGACY_SUMMARY_COLUMNS
      : [...COPILOT_SUMMARY_COLUMNS, ...(v2 ? V2_SUMMARY_COLUMNS : [])];
  const refreshDate = isoFromEpochDay(context.refreshDay);
  return {
    columns,
    prepare: () => context.aggregates.prepare(context.refreshDay, v2),
    *items(from) {
      if (from > 0) return;
      const aggregate = context.aggregates.get(context.refreshDay, v2);
      const elements = copilotPeriodDays(call.period ?? 'D7', call.reportVersion).map((days) => {
        const summary = summarizeCopilotPeriod(aggregate, days);
        const active = summary.counts.anyApp.activeUsers;
        const average = active > 0 ? Math.round((summary.totalPromptsSubmitted / active) * 10) / 10 : 0;
        const extra = v2 ? { ...v2AppCounts(summary.counts), totalPromptsSubmitted: summary.totalPromptsSubmitted, averagePromptsSubmitted: average } : {};
        return { reportPeriod: days, ...countFields(summary.counts), ...extra };
      });
      yield {
        cursor: 1,
        csvRecords: () => elements.map((element) => ({ reportRefreshDate: refreshDate, ...element })),
        json: () => ({ reportRefreshDate: refreshDate, adoptionByProduct: elements }),
      };
    },
  };
}

/** The user count trend: one item per period, each with one adoptionByDate element per day, newest first. */
export function createCopilotTrendView(context: ReportContext): ReportView {
  const { call } = context;
  const v2 = call.reportVersion === 'v2';
  const columns =
    call.surface === 'reports'
      ? LEGACY_TREND_COLUMNS
      : [...COPILOT_TREND_COLUMNS, ...(v2 ? V2_TREND_COLUMNS : [])];
  const refreshDate = isoFromEpochDay(context.refreshDay);
  const periods = copilotPeriodDays(call.period ?? 'D7', call.reportVersion);
  return {
    columns,
    prepare: () => context.aggregates.prepare(context.refreshDay, true),
    *items(from) {
      const aggregate = context.aggregates.get(context.refreshDay, true);
      for (let p = from; p < periods.length; p++) {
        const reportPeriod = periods[p]!;
        const days = buildCopilotTrend(aggregate, reportPeriod).map((day: CopilotTrendDay) => ({
          reportDate: isoFromEpochDay(day.reportDay),
          ...countFields(day.counts),
          ...(v2 ? { ...v2AppCounts(day.counts), promptsSubmitted: day.promptsSubmitted } : {}),
        }));
        yield {
          cursor: p + 1,
          csvRecords: () => days.map((day) => ({ reportRefreshDate: refreshDate, reportPeriod, ...day })),
          json: () => ({ reportRefreshDate: refreshDate, reportPeriod, adoptionByDate: days }),
        };
      }
    },
  };
}

const dateOf = (day: number | undefined): string => (day === undefined ? '' : isoFromEpochDay(day));

/** The usage user detail: one item per licensed user (cursor: next user index). */
export function createCopilotUsersView(context: ReportContext): ReportView {
  const { call, spec, refreshDay, concealed } = context;
  const v2 = call.reportVersion === 'v2';
  const columns =
    call.surface === 'reports'
      ? LEGACY_USER_COLUMNS
      : [...COPILOT_USER_COLUMNS, ...(v2 ? V2_USER_COLUMNS : [])];
  const refreshDate = isoFromEpochDay(refreshDay);
  const periods = copilotPeriodDays(call.period ?? 'D7', call.reportVersion);
  return {
    columns,
    *items(from) {
      let scratch: CopilotDailyActivity | undefined;
      for (const { user, profile } of iterateLicensedUsers(spec, from, context.userShifts)) {
        let appDays: readonly (number | undefined)[];
        let lastDay: number | undefined;
        let byPeriod: Record<string, number>[];
        if (v2) {
          scratch = computeCopilotDailyActivity(profile, refreshDay, scratch);
          const daily = scratch;
          const last = findLastActivity(daily, refreshDay);
          appDays = last.appLastActivityDays;
          lastDay = last.lastActivityDay;
          const chatDay = appDays[7];
          byPeriod = periods.map((days) => {
            const usage = summarizeDailyActivity(daily, days);
            const chatInPeriod = chatDay !== undefined && chatDay > refreshDay - days;
            const workPrompts = chatInPeriod ? Math.round(usage.promptsSubmitted * CHAT_WORK_PROMPT_SHARE) : 0;
            return { reportPeriod: days, ...usage, copilotChatWorkPromptsSubmitted: workPrompts, copilotChatWebPromptsSubmitted: 0 };
          });
        } else {
          const last = computeCopilotLastActivity(profile, refreshDay);
          appDays = last.appLastActivityDays;
          lastDay = last.lastActivityDay;
          byPeriod = periods.map((days) => ({ reportPeriod: days }));
        }
        const identity = {
          reportRefreshDate: refreshDate,
          userPrincipalName: concealIdentity(user.userPrincipalName, concealed),
          displayName: concealIdentity(user.displayName, concealed),
          lastActivityDate: dateOf(lastDay),
          copilotChatLastActivityDate: dateOf(appDays[7]),
          microsoftTeamsCopilotLastActivityDate: dateOf(appDays[0]),
          wordCopilotLastActivityDate: dateOf(appDays[1]),
          excelCopilotLastActivityDate: dateOf(appDays[2]),
          powerPointCopilotLastActivityDate: dateOf(appDays[3]),
          outlookCopilotLastActivityDate: dateOf(appDays[4]),
          oneNoteCopilotLastActivityDate: dateOf(appDays[5]),
          loopCopilotLastActivityDate: dateOf(appDays[6]),
          ...(v2
            ? {
                copilotChatWorkLastActivityDate: dateOf(appDays[7]),
                copilotChatWebLastActivityDate: '',
                microsoft365CopilotLastActivityDate: dateOf(appDays[7]),
                edgeLastActivityDate: '',
                copilotAgentLastActivityDate: '',
              }
            : {}),
        };
        const item: ReportItem = {
          cursor: user.index + 1,
          csvRecords: () => byPeriod.map((period) => ({ ...identity, ...period })),
          json: () => ({ ...identity, copilotActivityUserDetailsByPeriod: byPeriod }),
        };
        yield item;
      }
    },
  };
}
