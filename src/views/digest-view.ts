/**
 * The weekly digest card: Copilot adoption and Copilot seats with ▲/▼ changes since the previous digest, activations,
 * group activity and what to act on, each with buttons to the detail commands. Aggregates only.
 * `cards/digest.json` binds `CardData['digest']`, rendered through the typed `renderCard` like every view.
 */
import type { CardAttachment } from '../teams-message.js';
import type {
  DigestAlerts,
  DigestActivations,
  DigestCopilot,
  DigestDepartments,
  DigestGroups,
  DigestModel,
  DigestSeats,
  DigestWorkloads,
  Freshness,
  InactiveGroups,
  InactiveSeats,
  Section,
  TrackedFigure,
} from '../view-models.js';
import { shareChange } from '../reports/figures.js';
import { describeAlertRule, formatAlertValue } from './alert-words.js';
import { CONCEALED_NAMES_SETTING } from '../reports/directory-joins.js';
import { SMALLEST_GROUP_IN_CHANNELS } from '../reports/group-attributes.js';
import { barValue, proportionalBar } from './bar-facts.js';
import { cardAction, cardActions } from './card-actions.js';
import type { DigestCardData, DigestSectionData } from './card-data.js';
import { describePeriod } from './describe-period.js';
import { adoptionLabel, idleMeaning, idleSpendText, POPULATION } from './figure-text.js';
import { formatMoney } from './format-money.js';
import { shortLabel, type DisplayText } from './display-text.js';
import { renderCard } from './render-card.js';
import { titleWithDemoLabel } from './report-header.js';
import { licencesSection } from './digest-licences-view.js';
import { capitalize, decimal, describeChange, describeMoneyChange, unavailableNote, withChange } from './digest-wording.js';
import { cardViewContext, type ViewContext } from './view-context.js';

/** The digest as an Adaptive Card attachment, with numbers and dates in `locale` (en-US when missing or invalid). */
export function renderDigestCard(model: DigestModel, locale: string | undefined): CardAttachment {
  return renderCard('digest', buildDigestCard(model, cardViewContext(locale)));
}

/** The digest card's data for `model`, formatted and escaped for the context's medium. */
export function buildDigestCard(model: DigestModel, ctx: ViewContext): DigestCardData {
  const { format, encode } = ctx;
  const when = model.schedule
    ? `Every ${capitalize(model.schedule.day)} at ${model.schedule.time} (${model.schedule.timeZone}) · ${format.date(model.generatedAt)}`
    : `Preview · ${format.date(model.generatedAt)}`;
  return {
    title: encode(titleWithDemoLabel('Weekly Microsoft 365 digest', sectionFreshness(model))),
    subtitle: encode(when),
    copilot: copilotSection(model.copilot, ctx),
    seats: seatsSection(model.seats, ctx),
    departments: departmentsSection(model.departments, ctx),
    activations: activationsSection(model.activations, ctx),
    groups: groupsSection(model.groups, ctx),
    workloads: workloadsSection(model.workloads, ctx),
    licences: licencesSection(model.licences, ctx),
    alerts: alertsSection(model.alerts, ctx),
    toDo: {
      title: encode('To act on'),
      items: [seatsItem(model.inactiveSeats, ctx), groupsItem(model.inactiveGroups, ctx)],
    },
    source: encode(sourceLine(model, ctx)),
    actions: cardActions(model.actions),
  };
}

function copilotSection(section: Section<DigestCopilot>, ctx: ViewContext): DigestCardData['copilot'] {
  const { format, encode } = ctx;
  const title = encode('Microsoft 365 Copilot · last 7 days');
  const empty = { isStale: false, staleNote: encode(''), hasApps: false, appsTitle: encode(''), appFacts: [] };
  if (section.status !== 'ok') return { title, note: encode(capitalize(unavailableNote(section.code))), hasFacts: false, facts: [], ...empty };
  const copilot = section.data;
  const periodTitle = encode(`Microsoft 365 Copilot · ${describePeriod(copilot.period)}`);
  if (copilot.freshness.refreshDate === undefined) {
    return { title: periodTitle, note: encode('Microsoft has no Copilot usage for this tenant yet.'), hasFacts: false, facts: [], ...empty };
  }
  const comparison =
    copilot.comparedWith !== undefined
      ? `changes since the digest with data as of ${format.date(copilot.comparedWith)}`
      : 'no previous week yet: changes show from the next digest on';
  const enabled = copilot.enabled.current;
  return {
    title: periodTitle,
    note: encode(`Data as of ${format.date(copilot.freshness.refreshDate)}; ${comparison}.`),
    ...staleness(copilot.freshness, ctx),
    hasFacts: true,
    facts: [
      { title: encode(POPULATION.enabledUsers), value: encode(withChange(format.number(enabled), copilot.enabled, ctx)) },
      { title: encode('Active users'), value: encode(withChange(format.number(copilot.active.current), copilot.active, ctx)) },
      {
        title: encode(adoptionLabel(copilot.period)),
        value: encode(withChange(`${proportionalBar(copilot.active.current, enabled)} ${format.percent(copilot.adoption.current)}`, copilot.adoption, ctx, 'points')),
      },
    ],
    hasApps: copilot.apps.length > 0,
    appsTitle: encode(`Active users per app, of the ${format.number(enabled)} enabled users`),
    appFacts: copilot.apps.map((app) => ({
      title: encode(app.label),
      value: encode(appValue(app, copilot.enabled, ctx)),
    })),
  };
}

/** An app's share of the enabled users, its change in users and in percentage points of the share. */
function appValue(app: DigestCopilot['apps'][number], enabled: TrackedFigure, ctx: ViewContext): string {
  const { format } = ctx;
  const value = barValue(app.active.current, app.enabled, format);
  const before = app.active.change;
  const enabledBefore = enabled.change?.previous;
  if (!before) return value;
  if (enabledBefore === undefined) return withChange(value, app.active, ctx);
  const { points } = shareChange({ part: app.active.current, whole: app.enabled }, { part: before.previous, whole: enabledBefore });
  const share = points !== undefined ? ` · ${describePoints(points, format.locale)}` : '';
  return `${value} ${describeChange(before, ctx)}${share}`;
}

/** `▲ 1.2 pts`, `▼ 0.4 pts`, `±0 pts`: a share's change in percentage points. */
function describePoints(points: number, locale: string): string {
  const size = Math.round(Math.abs(points) * 10) / 10;
  if (size === 0) return '±0 pts';
  return `${points > 0 ? '▲' : '▼'} ${decimal(size, locale)} pts`;
}

/** The "Copilot seats" section: purchased, assigned, active, idle seats and idle spend with ▲/▼; hidden (`isShown` false) for a digest composed without it. */
function seatsSection(section: Section<DigestSeats> | undefined, ctx: ViewContext): DigestCardData['seats'] {
  const { format, encode } = ctx;
  const hidden = { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [], actions: [] };
  if (!section) return hidden;
  const title = encode(section.status === 'ok' ? `Copilot seats · ${describePeriod(section.data.period)}` : 'Copilot seats');
  if (section.status !== 'ok') {
    return { ...hidden, isShown: true, title, note: encode(`Not available this time: Microsoft Graph did not answer (${section.code}).`) };
  }
  const seats = section.data;
  const actions = [cardAction(seats.action)];
  if (!seats.hasCopilotSkus) {
    return { ...hidden, isShown: true, title, note: encode('No Copilot licences found in the tenant\'s subscriptions.'), actions };
  }
  const period = describePeriod(seats.period);
  const comparison =
    seats.comparedWith !== undefined
      ? `changes since the digest with data as of ${format.date(seats.comparedWith)}`
      : 'changes show from the next digest on';
  const asOf = seats.freshness.refreshDate !== undefined ? `Usage as of ${format.date(seats.freshness.refreshDate)}, licences live; ` : '';
  const facts = [
    { title: encode(POPULATION.purchasedSeats), value: encode(withChange(format.number(seats.purchased.current), seats.purchased, ctx)) },
    { title: encode(POPULATION.assignedSeats), value: encode(withChange(format.number(seats.assigned.current), seats.assigned, ctx)) },
    {
      title: encode(`Active · ${period}`),
      value: encode(withChange(`${format.number(seats.active.current)} of ${format.number(seats.enabled)} enabled users`, seats.active, ctx)),
    },
    {
      title: encode('Idle seats'),
      value: encode(
        withChange(
          `${format.number(seats.idle.current)} = ${format.number(seats.unassigned)} unassigned + ${format.number(seats.inactive)} assigned, ${idleMeaning(seats)}`,
          seats.idle,
          ctx,
        ),
      ),
    },
  ];
  if (seats.idleSpend) {
    const { currency, monthly } = seats.idleSpend;
    const money = (amount: number) => formatMoney(amount, currency, format.locale);
    const change = monthly.change ? ` ${describeMoneyChange(monthly.change, money, ctx)}` : '';
    facts.push({ title: encode('Idle spend'), value: encode(`${idleSpendText({ monthly: monthly.current, currency }, format)}${change}`) });
  }
  return { isShown: true, title, note: encode(`${asOf}${comparison}.`), hasFacts: true, facts, actions };
}

/**
 * The departments whose Copilot active rate moved most since the previous digest, up then down, with the
 * weeks compared; hidden for a digest composed without the section.
 */
function departmentsSection(section: Section<DigestDepartments> | undefined, ctx: ViewContext): DigestCardData['departments'] {
  const { format, encode } = ctx;
  const hidden = { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [] };
  if (!section) return hidden;
  if (section.status !== 'ok') {
    return { ...hidden, isShown: true, title: encode('Copilot adoption by department'), note: encode(departmentsUnavailable(section.code)) };
  }
  const departments = section.data;
  const title = encode(`Copilot adoption by department · ${describePeriod(departments.period)}`);
  const asOf = departments.freshness.refreshDate !== undefined ? `Usage as of ${format.date(departments.freshness.refreshDate)}` : 'No usage data yet';
  const directory = `, departments from the directory of ${format.date(departments.directoryDay)}`;
  if (departments.comparedWith === undefined) {
    return { ...hidden, isShown: true, title, note: encode(`${asOf}${directory}. Week-over-week moves show from the next digest on.`) };
  }
  const moves = [...departments.up, ...departments.down];
  const compared = `${asOf} against ${format.date(departments.comparedWith)}${directory}; departments of ${format.number(SMALLEST_GROUP_IN_CHANNELS)} users or more`;
  if (moves.length === 0) {
    return { ...hidden, isShown: true, title, note: encode(`${compared}. No department's active rate moved since the previous digest.`) };
  }
  return {
    isShown: true,
    title,
    note: encode(`${compared}. The active rates that moved most, week over week:`),
    hasFacts: true,
    facts: moves.map((move) => ({
      title: encode(shortLabel(move.department)),
      value: encode(`${describePoints(move.points, format.locale)} · ${format.percent(move.active / move.users)} active · ${format.number(move.active)} of ${format.number(move.users)}`),
    })),
  };
}

function departmentsUnavailable(code: string): string {
  if (code === 'NAMES_CONCEALED') return `Not available: this tenant conceals user names in usage reports, so they match no department. ${CONCEALED_NAMES_SETTING} shows them.`;
  if (code === 'DIRECTORY_FORBIDDEN') return 'Not available: the bot may not read the directory; its app registration needs the User.Read.All permission.';
  return `Not available this time: Microsoft Graph did not answer (${code}).`;
}

/** The channel's alerts that fire now, each as it reads ("Alert 2 · Idle Copilot seats > 100: 128, firing since the data of Dec 4, 2026"); hidden without alerts. */
function alertsSection(alerts: DigestAlerts | undefined, ctx: ViewContext): DigestCardData['alerts'] {
  const { format, encode } = ctx;
  if (!alerts || alerts.watched === 0) return { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [], actions: [] };
  const firing = alerts.firing.length;
  const note = firing === 0 ? `None of the ${format.number(alerts.watched)} alerts here is firing.` : `${format.number(firing)} of the ${format.number(alerts.watched)} alerts here ${firing === 1 ? 'is' : 'are'} firing.`;
  return {
    isShown: true,
    title: encode('Alerts'),
    note: encode(note),
    hasFacts: firing > 0,
    facts: alerts.firing.map((alert) => ({
      title: encode(`Alert ${alert.number} · ${describeAlertRule(alert, format)}`),
      value: encode(`${formatAlertValue(alert.figure, format)}, firing since the data of ${format.date(alert.since)}`),
    })),
    actions: [cardAction(alerts.action)],
  };
}

function activationsSection(section: Section<DigestActivations>, ctx: ViewContext): DigestSectionData {
  const { format, encode } = ctx;
  const title = encode('Microsoft 365 apps activations');
  if (section.status !== 'ok') return { title, note: encode(capitalize(unavailableNote(section.code))), hasFacts: false, facts: [] };
  const { products, freshness } = section.data;
  if (products.length === 0) return { title, note: encode('Microsoft has no activation data yet.'), hasFacts: false, facts: [] };
  return {
    title,
    note: encode(`${asOf(freshness, ctx)} Activated of assigned licences, per product: each product counts its own licences.`),
    hasFacts: true,
    facts: products.map((product) => ({ title: encode(product.productName), value: encode(barValue(product.activated, product.assigned, format)) })),
  };
}

function groupsSection(section: Section<DigestGroups>, ctx: ViewContext): DigestSectionData {
  const { format, encode } = ctx;
  if (section.status !== 'ok') {
    return { title: encode('Microsoft 365 groups'), note: encode(capitalize(unavailableNote(section.code))), hasFacts: false, facts: [] };
  }
  const groups = section.data;
  return {
    title: encode(`Microsoft 365 groups · ${describePeriod(groups.period)}`),
    note: encode(`${asOf(groups.freshness, ctx)} ${format.number(groups.total)} groups, not deleted.`),
    hasFacts: groups.total > 0,
    facts: [
      { title: encode('Active'), value: encode(barValue(groups.active, groups.total, format)) },
      { title: encode('Inactive'), value: encode(barValue(groups.inactive, groups.total, format)) },
    ],
  };
}

/** The Workloads line: each workload's active users with ▲/▼, on one line; hidden for a digest composed without it. */
function workloadsSection(section: Section<DigestWorkloads> | undefined, ctx: ViewContext): DigestCardData['workloads'] {
  const { format, encode } = ctx;
  const hidden = { isShown: false, title: encode(''), note: encode(''), line: encode(''), actions: [] };
  if (!section) return hidden;
  if (section.status !== 'ok') return { ...hidden, isShown: true, title: encode('Workloads'), note: encode(capitalize(unavailableNote(section.code))) };
  const { period, freshness, comparedWith, workloads, action } = section.data;
  const title = encode(`Workloads · active users, ${describePeriod(period)}`);
  if (freshness.refreshDate === undefined) return { ...hidden, isShown: true, title, note: encode('Microsoft has no workload usage for this tenant yet.') };
  const comparison =
    comparedWith !== undefined ? `changes since the digest with data as of ${format.date(comparedWith)}` : 'changes show from the next digest on';
  return {
    isShown: true,
    title,
    note: encode(`Data as of ${format.date(freshness.refreshDate)}; ${comparison}.`),
    line: encode(workloads.map((workload) => `${workload.label} ${withChange(format.number(workload.active.current), workload.active, ctx)}`).join(' · ')),
    actions: [cardAction(action)],
  };
}

function seatsItem(section: Section<InactiveSeats>, ctx: ViewContext): DigestCardData['toDo']['items'][number] {
  const { format, encode } = ctx;
  if (section.status !== 'ok') return { text: encode(`Idle Copilot seats: ${unavailableNote(section.code)}`), actions: [] };
  const seats = section.data;
  const meaning = idleMeaning(seats);
  const { idle } = seats;
  if (idle) {
    if (idle.idle.seats === 0) return { text: encode(`No idle Copilot seats: every seat is assigned and had Copilot activity in the ${describePeriod(seats.period)}.`), actions: [] };
    const spend = idle.spend ? ` · ${idleSpendText(idle.spend, format)}` : '';
    return {
      text: encode(
        `⚠ ${format.number(idle.idle.seats)} idle Copilot seats = ${format.number(idle.idle.unassigned)} unassigned + ${format.number(idle.idle.inactive)} assigned, ${meaning}${spend}.`,
      ),
      actions: [cardAction(seats.action)],
    };
  }
  if (seats.inactive === 0) {
    return { text: encode(seats.enabled > 0 ? `Every enabled user had Copilot activity in the ${describePeriod(seats.period)}.` : 'No users are enabled for Copilot.'), actions: [] };
  }
  return {
    text: encode(`⚠ ${format.number(seats.inactive)} of ${format.number(seats.enabled)} enabled users with ${meaning}.`),
    actions: [cardAction(seats.action)],
  };
}

function groupsItem(section: Section<InactiveGroups>, ctx: ViewContext): DigestCardData['toDo']['items'][number] {
  const { format, encode } = ctx;
  if (section.status !== 'ok') return { text: encode(`Inactive groups: ${unavailableNote(section.code)}`), actions: [] };
  const groups = section.data;
  const period = describePeriod(groups.period);
  if (groups.inactive === 0) return { text: encode(`Every group had activity in the ${period}.`), actions: [] };
  return {
    text: encode(`⚠ ${format.number(groups.inactive)} of ${format.number(groups.total)} groups without activity in the ${period}.`),
    actions: [cardAction(groups.action)],
  };
}

function staleness(freshness: Freshness, { format, encode }: ViewContext): { isStale: boolean; staleNote: DisplayText } {
  const isStale = freshness.cache === 'stale';
  return {
    isStale,
    staleNote: encode(isStale ? `⚠ Older data from the cache (fetched ${format.dateTime(freshness.fetchedAt)}): Microsoft Graph could not be asked just now.` : ''),
  };
}

function asOf(freshness: Freshness, { format }: ViewContext): string {
  return freshness.refreshDate !== undefined ? `Data as of ${format.date(freshness.refreshDate)}.` : 'Microsoft has no data for this report yet.';
}

/** The freshness of every section that has data. */
function sectionFreshness(model: DigestModel): Freshness[] {
  return [model.copilot, model.seats, model.departments, model.activations, model.groups, model.workloads, model.licences].flatMap((section) =>
    section?.status === 'ok' ? [section.data.freshness] : [],
  );
}

function sourceLine(model: DigestModel, { format }: ViewContext): string {
  const freshness = sectionFreshness(model);
  const source = freshness[0]?.source;
  const lag = Math.max(0, ...freshness.map((item) => item.lagDays));
  const parts = [
    source !== undefined ? `Source: ${source}` : undefined,
    lag > 0 ? `Microsoft reports lag up to ${format.number(lag)} days` : undefined,
    `composed ${format.dateTime(model.generatedAt)}`,
  ];
  return parts.filter((part) => part !== undefined).join(' · ');
}

