/**
 * What an evaluation posts: the alert card when a rule fires (what crossed, by how much, since when,
 * the figure over the last weeks, and buttons to the list behind it, privately where it names people,
 * and its CSV), or one short message when it goes back. Built as a view model and rendered by
 * views/alert-view.ts, in the conversation's locale.
 */
import { addDays } from '../clock.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { renderAlertMessage } from '../views/alert-view.js';
import type { MessageActivity } from '../teams-message.js';
import type { AlertBreakdown, AlertKindName, AlertModel, CommandAction } from '../view-models.js';
import { idlePeriodOf } from '../reports/figures.js';
import { copilotVersion, type CopilotReportApi } from '../reports/report-request.js';
import { ADOPTION_PERIOD } from './alert-figures.js';
import { excludedSkusApply, periodOfRule } from './alert-kinds.js';
import { ruleLanguage, ruleModelOf, valueOf, type AlertConversation, type AlertPoint, type AlertRule, type AlertState } from './alert-rule.js';

/** The commands an alert's buttons send. */
export type AlertLinkCommand =
  | { readonly name: 'copilot-inactive' | 'copilot-licenses' | 'copilot-summary' | 'copilot-users' | 'copilot-trend' | 'inactive-users' | 'licenses'; readonly period: string }
  | { readonly name: 'export'; readonly target: { readonly name: 'copilot-inactive' | 'copilot-licenses' | 'copilot-users' | 'inactive-users'; readonly period: string } }
  | { readonly name: 'alert-list' };

/** What a post is about: the rule, its state after the evaluation, and the figure's breakdown. */
export type AlertPostInput = {
  readonly event: 'fired' | 'resolved';
  readonly rule: AlertRule;
  readonly state: AlertState;
  readonly breakdown: AlertBreakdown;
  readonly conversation: AlertConversation;
  /** The tenant's name, when the bot serves several. */
  readonly tenant?: string;
  /** Present when the figure is demo data (the emulator's). */
  readonly demo?: true;
};

/** Builds the activity to post. */
export type AlertMessageSource = (input: AlertPostInput) => MessageActivity;

/** How many weeks back the card's trend reaches. */
const TREND_WEEKS = 4;

/**
 * The alert messages, with buttons worded by the chat grammar's `formatCommand` (passed in: alerts/ does
 * not import commands/) for the idle window of `copilotApi`.
 */
export function createAlertMessageSource(formatCommand: (command: AlertLinkCommand) => string, copilotApi: CopilotReportApi): AlertMessageSource {
  const idleWindow = idlePeriodOf(copilotVersion(copilotApi));
  const action = (title: Phrase, command: AlertLinkCommand, delivery?: 'private'): CommandAction => ({ title, command: formatCommand(command), ...(delivery ? { delivery } : {}) });
  const csv = phrase('action.csv');
  const alerts = action(phrase('action.alerts'), { name: 'alert-list' });
  const inactive = action(phrase('action.inactiveSeats'), { name: 'copilot-inactive', period: idleWindow }, 'private');
  const licences = action(phrase('action.licences'), { name: 'copilot-licenses', period: idleWindow });
  const inactiveCsv = action(csv, { name: 'export', target: { name: 'copilot-inactive', period: idleWindow } });
  // The list behind each figure (privately where it names people), its CSV, and the conversation's alerts.
  const actions: Readonly<Record<Exclude<AlertKindName, 'inactive-users'>, readonly CommandAction[]>> = {
    'idle-seats': [inactive, licences, inactiveCsv, alerts],
    'idle-spend': [inactive, licences, inactiveCsv, alerts],
    unassigned: [licences, action(csv, { name: 'export', target: { name: 'copilot-licenses', period: idleWindow } }), alerts],
    'never-used': [inactive, inactiveCsv, alerts],
    'adoption-drop': [
      action(phrase('action.copilotSummary'), { name: 'copilot-summary', period: ADOPTION_PERIOD }),
      action(phrase('action.users'), { name: 'copilot-users', period: ADOPTION_PERIOD }, 'private'),
      action(phrase('action.trend'), { name: 'copilot-trend', period: idleWindow }),
      action(csv, { name: 'export', target: { name: 'copilot-users', period: ADOPTION_PERIOD } }),
      alerts,
    ],
  };
  // The reclaim list of the rule's period (privately: it names people), every licence, its CSV.
  const inactiveUsers = (period: string) => [
    action(phrase('action.inactiveUsers'), { name: 'inactive-users', period }, 'private'),
    action(phrase('action.licences'), { name: 'licenses', period }),
    action(csv, { name: 'export', target: { name: 'inactive-users', period } }),
    alerts,
  ];
  const actionsOf = (rule: AlertRule) => (rule.kind === 'inactive-users' ? inactiveUsers(periodOfRule(rule)!) : actions[rule.kind]);

  return ({ event, rule, state, breakdown, conversation, tenant, demo }) => {
    const model: AlertModel = {
      event,
      rule: ruleModelOf(rule),
      figure: valueOf(rule, state.figure ?? 0),
      dataDate: state.dataDate ?? '',
      since: state.since ?? state.dataDate ?? '',
      breakdown,
      ...(tenant !== undefined ? { tenant } : {}),
      ...(demo ? { demo } : {}),
      trend: trendOf(state.history).map((point) => ({ date: point.date, amount: point.figure })),
      // The card names the SKUs left out only where leaving them out changed its figure.
      excludedSkus: excludedSkusApply(rule) ? conversation.excludedSkus : [],
      actions: event === 'fired' ? actionsOf(rule) : [alerts],
    };
    return renderAlertMessage(model, { language: ruleLanguage(rule), ...(conversation.locale !== undefined ? { locale: conversation.locale } : {}) });
  };
}

/**
 * The figure a week apart back from the newest evaluation, as far as it was kept (oldest first); while
 * fewer than three weekly points exist, the last week's daily points instead.
 */
export function trendOf(history: readonly AlertPoint[]): AlertPoint[] {
  const newest = history.at(-1);
  if (!newest) return [];
  const byDate = new Map(history.map((point) => [point.date, point]));
  const weekly: AlertPoint[] = [];
  for (let week = TREND_WEEKS; week >= 0; week--) {
    const point = byDate.get(addDays(newest.date, -7 * week));
    if (point) weekly.push(point);
  }
  return weekly.length >= 3 ? weekly : history.slice(-7);
}
