/**
 * English, the alerts: `alert …` commands as help lists them and their refusals, the answers of the alert
 * commands, the alert card, its resolution and its notification line, and the digest's Alerts section.
 * Spread into `en`; the same rules as there. What each figure watches is listed in `alertParse.noKind`
 * and `alertParse.unknownKind` (a new kind in alerts/alert-kinds.ts adds itself there).
 */
export const enAlerts = {
  // Help.
  'command.alert-set': 'Posts here once when a figure crosses the threshold, and once when it goes back',
  'command.alert-list': 'The alerts here: state, last evaluation and figure',
  'command.alert-snooze': 'Holds an alert\'s posts for a while; it is still evaluated',
  'command.alert-remove': 'Removes alert n of this conversation',
  'command.alert-exclude': 'Leaves a SKU out of the Copilot seat alerts here',
  'command.alert-include': 'Counts a SKU left out again',
  'command.alert-language': 'The language this conversation\'s alerts are posted in from now on',
  'action.alerts': 'Alerts',
  'action.licences': 'Licences',

  // Refusals of `alert …` as typed: every problem at once, then the forms allowed where it is unclear which was meant.
  'alertParse.forms':
    'Set one with {examples} (idle-seats also takes a share: "> 10%"); "alerts" lists this conversation\'s alerts; "alert remove <n>", "{snooze}", "alert exclude <SKU>" and "alert include <SKU>" change them.',
  'alertParse.alertsTakesNothing': '"alerts" lists this conversation\'s alerts and takes nothing after it.',
  'alertParse.needsWhat': 'alert needs what to watch or what to do.',
  'alertParse.listTakesNothing': '"alert list" takes nothing after it.',
  'alertParse.removeNeedsNumber': '"alert remove" needs the number of the alert to remove, as "alerts" lists it: e.g. "alert remove 2".',
  'alertParse.notRemoveNumber': '"{text}" is not an alert number: "alerts" lists each alert with its number, e.g. "alert remove 2".',
  'alertParse.oneTooMany': '"{command}" takes one {what, select, number {number} other {SKU}}; "{extra}" is one too many.',
  'alertParse.snoozeNeeds': '"alert snooze" needs the alert\'s number and how long: {usage}, e.g. "alert snooze 2 7d".',
  'alertParse.notNumber': '"{text}" is not an alert number: "alerts" lists each alert with its number.',
  'alertParse.durationMissing': 'Say how long to snooze: write how long as hours, days or weeks: 12h, 7d or 2w, at least an hour and at most 90 days.',
  'alertParse.notDuration': '"{text}" is not a duration: write how long as hours, days or weeks: 12h, 7d or 2w, at least an hour and at most 90 days.',
  'alertParse.durationRange': 'A snooze of "{text}" is out of range: write how long as hours, days or weeks: 12h, 7d or 2w, at least an hour and at most 90 days.',
  'alertParse.skuMissing':
    '{action, select, exclude {"alert exclude" leaves a SKU out of this conversation\'s Copilot seat alerts: name its part number or id, e.g. "alert exclude Microsoft_365_Copilot_Trial".} other {"alert include" counts a SKU left out again: name its part number or id, e.g. "alert include Microsoft_365_Copilot_Trial".}}',
  'alertParse.notSku': '"{text}" is not a SKU part number or id: part numbers are letters, digits, "_", "." and "-", e.g. SPE_E5.',
  'alertParse.noGreaterOrEqual': '">=" is not offered: an alert fires when its figure is above the threshold (">"), so write the threshold one lower.',
  'alertParse.oneOperator': 'Write one ">" and the threshold after it: an alert fires when its figure rises above the threshold.',
  'alertParse.noOperator': 'Write ">" and the threshold after what to watch, e.g. "{example}".',
  'alertParse.noKind':
    'Say what to watch before ">": idle-seats (Copilot seats unassigned or without Copilot activity in 30 days (28 under report v2), or their share of the purchased seats); unassigned (purchased seats not assigned: Copilot seats, or those of the SKU named); idle-spend (what idle Copilot seats cost a month, at the configured licence price); adoption drop (percentage points Copilot adoption over the last 7 days fell since the week before); never-used (assigned Copilot seats whose user never used Copilot); inactive-users (users with a paid licence and no activity in any workload over the period (D30, D90 or D180; 30 days when none is given), as inactive users lists them).',
  'alertParse.unknownKind':
    '"{text}" is not a figure alerts watch: idle-seats (Copilot seats unassigned or without Copilot activity in 30 days (28 under report v2), or their share of the purchased seats); unassigned (purchased seats not assigned: Copilot seats, or those of the SKU named); idle-spend (what idle Copilot seats cost a month, at the configured licence price); adoption drop (percentage points Copilot adoption over the last 7 days fell since the week before); never-used (assigned Copilot seats whose user never used Copilot); inactive-users (users with a paid licence and no activity in any workload over the period (D30, D90 or D180; 30 days when none is given), as inactive users lists them).{guesses, plural, =0 {} one { Did you mean "{last}"?} other { Did you mean {first} or "{last}"?}}',
  'alertParse.thresholdMissing': 'Write the threshold after ">", e.g. "{example}".',
  'alertParse.notNumberThreshold': '"{text}" is not a number: write the threshold in digits, e.g. "{example}".',
  'alertParse.notShare':
    '{kind} is {unit, select, points {percentage points} money {money a month} users {a number of users} other {a number of seats}}, not a share: leave out "%".{unit, select, points { The drop is in percentage points already.} money {} other {}}',
  'alertParse.notMoney': '{kind} is {unit, select, points {percentage points} money {money a month} users {a number of users} other {a number of seats}}, not money: leave out "{text}".',
  'alertParse.notCurrency': '"{text}" is not a currency: write an ISO 4217 code such as USD or EUR, the one the licence price is in.',
  'alertParse.notPart': '"{text}" is not part of {kind, select, none {an alert} other {an {kind} alert: write "{example}"}}.',
  'alertParse.notWhole': '"{text}" is not a whole number: {kind} counts {counted, select, users {users} other {seats}}.',
  'alertParse.tooManySeats': '"{text}" is more {counted, select, users {users} other {seats}} than any tenant has: write at most {max, number}.',
  'alertParse.oneDecimal': '"{text}" has more decimals than the figure shows: write at most one, e.g. 10.5.',
  'alertParse.over100': '"{text}" is more than 100 {unit, select, percent {%} other {points}}: write a threshold from 0 to 100.',
  'alertParse.twoDecimals': '"{text}" has more decimals than money has: write at most two, e.g. 5000.50.',
  'alertParse.tooMuchMoney': '"{text}" is more than the bot compares: write at most {max, number}.',
  'alertParse.language': '"alert language" needs one of {languages}{typed, select, none {} other {; "{typed}" is not one}}, e.g. "alert language it".',

  // The alert commands' refusals.
  'errorTitle.ALERT_NO_PRICE': 'No licence price is configured',
  'errorMessage.alertNoPrice':
    'Idle spend is counted at the licence price, and none is configured: whoever runs the bot sets COPILOT_LICENSE_PRICE (e.g. "30 USD"). "alert idle-seats > 100" watches the seats themselves.',
  'errorTitle.ALERT_CURRENCY': 'Idle spend is in {currency}',
  'errorMessage.alertCurrency':
    'Idle spend is counted in {currency}, the licence price\'s currency (COPILOT_LICENSE_PRICE), not {asked}: write "{fixed}" with the amount in {currency}.',
  'errorTitle.ALERT_UNKNOWN_SKU': '{sku} is not a SKU of this tenant',
  'errorMessage.alertUnknownSku': 'The tenant\'s subscriptions are {skus, select, none {none} other {{skus}}}: name one of them by part number or id.',
  'errorTitle.ALERTS_UNAVAILABLE': 'Alerts are set in Teams',
  'errorMessage.alertsUnavailable': 'An alert posts to the conversation it was set in: set and list alerts in a Teams channel, group chat or personal chat with the bot.',

  // How a figure reads (views/alert-words.ts): its name, a value in points, why there is no figure.
  'alert.figure':
    '{kind, select, idleSeats {Idle Copilot seats} idleShare {Idle share of purchased Copilot seats} unassigned {Unassigned Copilot seats} unassignedSku {Unassigned {sku} seats} idleSpend {Idle Copilot spend a month} adoptionDrop {Drop in Copilot adoption · last 7 days} inactiveUsers {Users with a paid licence and no activity} other {Never-active Copilot seats}}',
  'alert.unavailable.NO_PRICE': 'No licence price is configured (COPILOT_LICENSE_PRICE), so idle spend has no figure.',
  'alert.unavailable.CURRENCY_CHANGED': 'The licence price is now in {currency, select, none {another currency} other {{currency}}}: set this alert again in that currency.',
  'alert.unavailable.NO_SEATS': 'No Copilot seats are purchased (or every Copilot SKU is left out here), so there is no share.',
  'alert.unavailable.SKU_NOT_FOUND': '{sku, select, none {The SKU} other {{sku}}} is not among the tenant\'s subscriptions.',
  'alert.unavailable.NO_WEEK_BEFORE':
    'The adoption of the week before (data of {date, select, none {a week earlier} other {{date}}}) was not recorded: the drop shows once the bot has read a week apart.',
  'alert.unavailable.NO_USERS': 'Microsoft reports no users enabled for Copilot.',

  // The alert card and its notification line.
  'alert.firedSummary': 'Alert {number}: {figure} at {value}',
  'alert.resolvedSummary': 'Alert {number} resolved: {figure} at {value}',
  'alert.firedTitle': '🔔 Alert {number} · {figure} above {threshold}',
  'alert.firedMessage': '{figure}: {value}, {over} above the threshold of {threshold}, since the data of {since}.',
  'alert.resolvedTitle': '✓ Alert {number} resolved · {figure}',
  'alert.resolvedMessage': '{figure}: {value} with the data of {date}, back at or under the threshold of {threshold}.',
  'alert.dataAsOf': 'Data as of',
  'alert.trendTitle': '{figure}, at the bot\'s evaluations',
  'alert.excludedNote': 'Left out here: {skus} ("alert include <SKU>" counts one again).',
  'alert.skus': '{count, select, one {SKU} other {Copilot SKUs counted}}',
  'alert.noSkus': 'none',
  'alert.weekBefore': '{adoption} to {date}',

  // A conversation's alerts (`alerts` and the answers of the commands that change them).
  'alertRules.title': '{place, select, channel {Alerts in this channel} other {Alerts in this chat}}',
  'alertRules.heading': 'Alert {number} · {rule}',
  'alertRules.subject': '{number, select, none {The alert} other {Alert {number} ({rule})}}',
  'alertRules.forms':
    'Set one with "alert idle-seats > 100" (or "> 10%"), "alert unassigned > 50 [SKU]", "alert idle-spend > 5000 USD", "alert adoption drop > 10" or "alert never-used > 20".',
  'alertRules.none': 'No alerts are set in {place, select, channel {this channel} other {this chat}}. {forms}',
  'alertRules.count': '{count, plural, one {# alert} other {# alerts}} in {place, select, channel {this channel} other {this chat}}:',
  'alertRules.set': '{subject} is set. {now}It is evaluated within minutes, then at each refresh of Microsoft\'s data.',
  'alertRules.now': 'Now: {value} with the data of {date}{above, select, yes {, above the threshold: it posts its card at the first evaluation} other {}}.',
  'alertRules.exists': '{subject} already watches this in {place, select, channel {this channel} other {this chat}}.',
  'alertRules.removed': '{subject} is removed.',
  'alertRules.snoozed': '{subject} is snoozed{until, select, none {} other { until {until}}}: it is evaluated and recorded, and posts nothing until then.',
  'alertRules.excluded':
    '{sku, select, none {The SKU} other {{sku}}} is left out of the Copilot seat alerts in {place, select, channel {this channel} other {this chat}} (idle seats, unassigned Copilot seats, idle spend, never used).',
  'alertRules.included': '{sku, select, none {The SKU} other {{sku}}} is counted again by the Copilot seat alerts in {place, select, channel {this channel} other {this chat}}.',
  'alertRules.notFound': 'There is no alert {number} in {place, select, channel {this channel} other {this chat}}: "alerts" lists them with their numbers.',
  'alertRules.full': '{place, select, channel {This channel} other {This chat}} has {max, number} alerts, the most it keeps: remove one first ("alert remove <n>").',
  'alertRules.languageSet': 'The alerts in {place, select, channel {this channel} other {this chat}} are posted in {language} from now on.',
  'alertRules.languageTitle': 'Language',
  'alertRules.resumed': 'Alerts here were paused since {date}: {refusal} when the bot posted here. They post again from now.',
  'alertRules.refusal': '{status, select, none {Teams refused the post} other {Teams answered {status}}}',
  'alertRules.excludedNote': 'Left out of the Copilot seat alerts here: {skus}.',
  'alertRules.evaluatedNote': 'Each alert is evaluated once each time Microsoft refreshes its data; it posts when its figure crosses the threshold, and once when it goes back.',
  'alertRules.state': 'State',
  'alertRules.stateNew': 'New: evaluated within minutes',
  'alertRules.stateFiring': 'Firing since the data of {since, select, none {the last evaluation} other {{since}}}',
  'alertRules.stateQuiet': 'Quiet',
  'alertRules.snoozedTitle': 'Snoozed',
  'alertRules.snoozedValue': 'until {until}: recorded, not posted',
  'alertRules.pausedTitle': 'Paused',
  'alertRules.pausedValue': 'since {date}: {refusal} when the bot posted here; set, snooze or remove an alert here to resume',
  'alertRules.figure': 'Figure',
  'alertRules.lastEvaluated': 'Last evaluated',
  'alertRules.lastEvaluatedValue': 'data of {date} · {at}',
  'alertRules.notPosted': 'Not posted',
  'alertRules.notPostedValue':
    '{event, select, fired {The alert card} other {The resolution}} could not be posted ({reason, select, none {no reason given} other {{reason}}}); it is tried again at the next evaluation.',

  // The digest's Alerts section.
  'digest.alertsTitle': 'Alerts',
  'digest.alertsNote':
    '{firing, plural, =0 {None of the {watched, plural, one {# alert} other {# alerts}} here is firing.} one {# of the {watched, plural, one {# alert} other {# alerts}} here is firing.} other {# of the {watched, plural, one {# alert} other {# alerts}} here are firing.}}',
  'digest.alertFiring': '{value}, firing since the data of {since}',
} as const;
