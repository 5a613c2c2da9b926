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
import { SMALLEST_GROUP_IN_CHANNELS } from '../reports/group-attributes.js';
import { barValue, proportionalBar } from './bar-facts.js';
import { cardAction, cardActions } from './card-actions.js';
import type { DigestCardData, DigestSectionData } from './card-data.js';
import { describePeriod, periodIn } from './describe-period.js';
import { adoptionLabel, idleSeatsText, idleSpendText, POPULATION } from './figure-text.js';
import { formatMoney } from './format-money.js';
import type { Audience } from '../i18n/audience.js';
import type { Messages } from '../i18n/messages.js';
import { shortLabel, type DisplayText } from './display-text.js';
import { renderCard } from './render-card.js';
import { sourceText, titleWithDemoLabel } from './report-header.js';
import { workloadName } from './usage-view.js';
import { licencesSection } from './digest-licences-view.js';
import { decimal, describeChange, describeMoneyChange, withChange } from './digest-wording.js';
import { cardViewContext, type ViewContext } from './view-context.js';

/** The digest as an Adaptive Card attachment, in the audience's language, numbers and dates in its locale (en-US when missing or invalid). */
export function renderDigestCard(model: DigestModel, audience: Audience): CardAttachment {
  return renderCard('digest', buildDigestCard(model, cardViewContext(audience)));
}

/** The digest card's data for `model`, in the context's language, locale and time zone (the subscription's). */
export function buildDigestCard(model: DigestModel, ctx: ViewContext): DigestCardData {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const date = format.dayOf(model.generatedAt);
  const { schedule } = model;
  return {
    title: encode(titleWithDemoLabel(t('digest.summary'), sectionFreshness(model), messages)),
    subtitle: encode(schedule ? t('digest.scheduled', { day: schedule.day, time: schedule.time, zone: schedule.timeZone, date }) : t('digest.preview', { date })),
    copilot: copilotSection(model.copilot, ctx),
    seats: seatsSection(model.seats, ctx),
    departments: departmentsSection(model.departments, ctx),
    activations: activationsSection(model.activations, ctx),
    groups: groupsSection(model.groups, ctx),
    workloads: workloadsSection(model.workloads, ctx),
    licences: licencesSection(model.licences, ctx),
    alerts: alertsSection(model.alerts, ctx),
    toDo: {
      title: encode(t('digest.toDo')),
      items: [seatsItem(model.inactiveSeats, ctx), groupsItem(model.inactiveGroups, ctx)],
    },
    source: encode(sourceLine(model, ctx)),
    actions: cardActions(model.actions, messages),
  };
}

function copilotSection(section: Section<DigestCopilot>, ctx: ViewContext): DigestCardData['copilot'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const copilotTitle = (period: string) => encode(t('digest.copilotTitle', { period: describePeriod(period, messages) }));
  const empty = { isStale: false, staleNote: encode(''), hasApps: false, appsTitle: encode(''), appFacts: [] };
  if (section.status !== 'ok') return { title: copilotTitle('D7'), note: encode(t('digest.unavailable', { code: section.code })), hasFacts: false, facts: [], ...empty };
  const copilot = section.data;
  const title = copilotTitle(copilot.period);
  if (copilot.freshness.refreshDate === undefined) return { title, note: encode(t('digest.noCopilot')), hasFacts: false, facts: [], ...empty };
  const compared = copilot.comparedWith !== undefined ? format.date(copilot.comparedWith) : 'none';
  const enabled = copilot.enabled.current;
  return {
    title,
    note: encode(t('digest.copilotNote', { date: format.date(copilot.freshness.refreshDate), compared })),
    ...staleness(copilot.freshness, ctx),
    hasFacts: true,
    facts: [
      { title: encode(t(POPULATION.enabledUsers)), value: encode(withChange(format.number(enabled), copilot.enabled, ctx)) },
      { title: encode(t('digest.activeUsers')), value: encode(withChange(format.number(copilot.active.current), copilot.active, ctx)) },
      {
        title: encode(adoptionLabel(copilot.period, ctx)),
        value: encode(withChange(`${proportionalBar(copilot.active.current, enabled)} ${format.percent(copilot.adoption.current)}`, copilot.adoption, ctx, 'points')),
      },
    ],
    hasApps: copilot.apps.length > 0,
    appsTitle: encode(t('digest.appsTitle', { enabled })),
    appFacts: copilot.apps.map((app) => ({
      title: encode(app.label),
      value: encode(appValue(app, copilot.enabled, ctx)),
    })),
  };
}

/** An app's share of the enabled users, its change in users and in percentage points of the share. */
function appValue(app: DigestCopilot['apps'][number], enabled: TrackedFigure, ctx: ViewContext): string {
  const value = barValue(app.active.current, app.enabled, ctx);
  const before = app.active.change;
  const enabledBefore = enabled.change?.previous;
  if (!before) return value;
  if (enabledBefore === undefined) return withChange(value, app.active, ctx);
  const { points } = shareChange({ part: app.active.current, whole: app.enabled }, { part: before.previous, whole: enabledBefore });
  const share = points !== undefined ? ` · ${describePoints(points, ctx)}` : '';
  return `${value} ${describeChange(before, ctx)}${share}`;
}

/** `▲ 1.2 pts`, `▼ 0.4 pts`, `±0 pts`: a share's change in percentage points. */
function describePoints(points: number, { format, messages }: ViewContext): string {
  const size = Math.round(Math.abs(points) * 10) / 10;
  if (size === 0) return messages.t('figure.points', { value: '±0' });
  return `${points > 0 ? '▲' : '▼'} ${messages.t('figure.points', { value: decimal(size, format.locale) })}`;
}

/** The "Copilot seats" section: purchased, assigned, active, idle seats and idle spend with ▲/▼; hidden (`isShown` false) for a digest composed without it. */
function seatsSection(section: Section<DigestSeats> | undefined, ctx: ViewContext): DigestCardData['seats'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const hidden = { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [], actions: [] };
  if (!section) return hidden;
  const title = encode(t('digest.seatsTitle', { period: section.status === 'ok' ? describePeriod(section.data.period, messages) : 'none' }));
  if (section.status !== 'ok') return { ...hidden, isShown: true, title, note: encode(t('digest.seatsUnavailable', { code: section.code })) };
  const seats = section.data;
  const actions = [cardAction(seats.action, messages)];
  if (!seats.hasCopilotSkus) return { ...hidden, isShown: true, title, note: encode(t('digest.noLicences')), actions };
  const compared = seats.comparedWith !== undefined ? format.date(seats.comparedWith) : 'none';
  const asOf = seats.freshness.refreshDate !== undefined ? format.date(seats.freshness.refreshDate) : 'none';
  const idle = { seats: seats.idle.current, unassigned: seats.unassigned, inactive: seats.inactive, period: seats.period };
  const facts = [
    { title: encode(t(POPULATION.purchasedSeats)), value: encode(withChange(format.number(seats.purchased.current), seats.purchased, ctx)) },
    { title: encode(t(POPULATION.assignedSeats)), value: encode(withChange(format.number(seats.assigned.current), seats.assigned, ctx)) },
    {
      title: encode(t('figure.activeIn', { period: describePeriod(seats.period, messages) })),
      value: encode(withChange(t('digest.activeOfEnabled', { active: seats.active.current, enabled: seats.enabled }), seats.active, ctx)),
    },
    { title: encode(t('figure.idleSeats')), value: encode(withChange(idleSeatsText(idle, ctx), seats.idle, ctx)) },
  ];
  if (seats.idleSpend) {
    const { currency, monthly } = seats.idleSpend;
    const money = (amount: number) => formatMoney(amount, currency, format.locale);
    const change = monthly.change ? ` ${describeMoneyChange(monthly.change, money, ctx)}` : '';
    facts.push({ title: encode(t('figure.idleSpend')), value: encode(`${idleSpendText({ monthly: monthly.current, currency }, ctx)}${change}`) });
  }
  return { isShown: true, title, note: encode(t('digest.seatsNote', { asOf, compared })), hasFacts: true, facts, actions };
}

/**
 * The departments whose Copilot active rate moved most since the previous digest, up then down, with the
 * weeks compared; hidden for a digest composed without the section.
 */
function departmentsSection(section: Section<DigestDepartments> | undefined, ctx: ViewContext): DigestCardData['departments'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const hidden = { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [] };
  if (!section) return hidden;
  if (section.status !== 'ok') {
    return { ...hidden, isShown: true, title: encode(t('digest.departmentsTitle', { period: 'none' })), note: encode(departmentsUnavailable(section.code, messages)) };
  }
  const departments = section.data;
  const title = encode(t('digest.departmentsTitle', { period: describePeriod(departments.period, messages) }));
  const { refreshDate } = departments.freshness;
  const usage = t('digest.departmentsUsage', { date: refreshDate !== undefined ? format.date(refreshDate) : 'none' });
  const day = format.date(departments.directoryDay);
  if (departments.comparedWith === undefined) {
    return { ...hidden, isShown: true, title, note: encode(t('digest.departmentsFirst', { usage, day })) };
  }
  const moves = [...departments.up, ...departments.down];
  const note = t('digest.departmentsCompared', {
    usage,
    compared: format.date(departments.comparedWith),
    day,
    smallest: SMALLEST_GROUP_IN_CHANNELS,
    moved: moves.length > 0 ? 'yes' : 'no',
  });
  return {
    isShown: true,
    title,
    note: encode(note),
    hasFacts: moves.length > 0,
    facts: moves.map((move) => ({
      title: encode(shortLabel(move.department)),
      value: encode(
        t('digest.departmentMove', {
          points: describePoints(move.points, ctx),
          rate: format.percent(move.active / move.users),
          partOf: t('common.partOf', { part: move.active, whole: move.users }),
        }),
      ),
    })),
  };
}

function departmentsUnavailable(code: string, messages: Messages): string {
  if (code === 'NAMES_CONCEALED') return messages.t('digest.departmentsConcealed', { setting: messages.t('identity.setting') });
  if (code === 'DIRECTORY_FORBIDDEN') return messages.t('digest.departmentsForbidden');
  return messages.t('digest.departmentsUnavailable', { code });
}

/** The channel's alerts that fire now, each as it reads ("Alert 2 · Idle Copilot seats > 100: 128, firing since the data of Dec 4, 2026"); hidden without alerts. */
function alertsSection(alerts: DigestAlerts | undefined, ctx: ViewContext): DigestCardData['alerts'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  if (!alerts || alerts.watched === 0) return { isShown: false, title: encode(''), note: encode(''), hasFacts: false, facts: [], actions: [] };
  return {
    isShown: true,
    title: encode(t('digest.alertsTitle')),
    note: encode(t('digest.alertsNote', { firing: alerts.firing.length, watched: alerts.watched })),
    hasFacts: alerts.firing.length > 0,
    facts: alerts.firing.map((alert) => ({
      title: encode(t('alertRules.heading', { number: String(alert.number), rule: describeAlertRule(alert, ctx) })),
      value: encode(t('digest.alertFiring', { value: formatAlertValue(alert.figure, ctx), since: format.date(alert.since) })),
    })),
    actions: [cardAction(alerts.action, messages)],
  };
}

function activationsSection(section: Section<DigestActivations>, ctx: ViewContext): DigestSectionData {
  const { encode, messages: { t } } = ctx;
  const title = encode(t('activations.title'));
  if (section.status !== 'ok') return { title, note: encode(t('digest.unavailable', { code: section.code })), hasFacts: false, facts: [] };
  const { products, freshness } = section.data;
  if (products.length === 0) return { title, note: encode(t('activations.empty')), hasFacts: false, facts: [] };
  return {
    title,
    note: encode(t('digest.activationsNote', { asOf: asOf(freshness, ctx) })),
    hasFacts: true,
    facts: products.map((product) => ({ title: encode(product.productName), value: encode(barValue(product.activated, product.assigned, ctx)) })),
  };
}

function groupsSection(section: Section<DigestGroups>, ctx: ViewContext): DigestSectionData {
  const { encode, messages } = ctx;
  const { t } = messages;
  if (section.status !== 'ok') {
    return { title: encode(t('groups.title', { when: 'none' })), note: encode(t('digest.unavailable', { code: section.code })), hasFacts: false, facts: [] };
  }
  const groups = section.data;
  return {
    title: encode(t('groups.title', { when: describePeriod(groups.period, messages) })),
    note: encode(t('digest.groupsNote', { asOf: asOf(groups.freshness, ctx), total: groups.total })),
    hasFacts: groups.total > 0,
    facts: [
      { title: encode(t('figure.active')), value: encode(barValue(groups.active, groups.total, ctx)) },
      { title: encode(t('figure.inactive')), value: encode(barValue(groups.inactive, groups.total, ctx)) },
    ],
  };
}

/** The Workloads line: each workload's active users with ▲/▼, on one line; hidden for a digest composed without it. */
function workloadsSection(section: Section<DigestWorkloads> | undefined, ctx: ViewContext): DigestCardData['workloads'] {
  const { format, encode, messages } = ctx;
  const { t } = messages;
  const hidden = { isShown: false, title: encode(''), note: encode(''), line: encode(''), actions: [] };
  if (!section) return hidden;
  if (section.status !== 'ok') {
    return { ...hidden, isShown: true, title: encode(t('digest.workloadsTitle', { period: 'none' })), note: encode(t('digest.unavailable', { code: section.code })) };
  }
  const { period, freshness, comparedWith, workloads, action } = section.data;
  const title = encode(t('digest.workloadsTitle', { period: describePeriod(period, messages) }));
  if (freshness.refreshDate === undefined) return { ...hidden, isShown: true, title, note: encode(t('digest.noWorkloads')) };
  const compared = comparedWith !== undefined ? format.date(comparedWith) : 'none';
  return {
    isShown: true,
    title,
    note: encode(t('digest.workloadsNote', { date: format.date(freshness.refreshDate), compared })),
    line: encode(workloads.map((workload) => `${workloadName(workload, messages)} ${withChange(format.number(workload.active.current), workload.active, ctx)}`).join(' · ')),
    actions: [cardAction(action, messages)],
  };
}

function seatsItem(section: Section<InactiveSeats>, ctx: ViewContext): DigestCardData['toDo']['items'][number] {
  const { encode, messages } = ctx;
  const { t } = messages;
  if (section.status !== 'ok') return { text: encode(t('digest.itemUnavailable', { item: 'seats', code: section.code })), actions: [] };
  const seats = section.data;
  const period = periodIn(seats.period, messages);
  const actions = [cardAction(seats.action, messages)];
  const { idle } = seats;
  if (idle) {
    if (idle.idle.seats === 0) return { text: encode(t('digest.noIdle', { period })), actions: [] };
    const spend = idle.spend ? idleSpendText(idle.spend, ctx) : 'none';
    return { text: encode(t('digest.idle', { seats: idle.idle.seats, unassigned: idle.idle.unassigned, inactive: idle.idle.inactive, period, spend })), actions };
  }
  if (seats.inactive === 0) return { text: encode(seats.enabled > 0 ? t('digest.everyEnabledActive', { period }) : t('digest.noEnabled')), actions: [] };
  return { text: encode(t('digest.inactiveUsers', { inactive: seats.inactive, enabled: seats.enabled, period })), actions };
}

function groupsItem(section: Section<InactiveGroups>, ctx: ViewContext): DigestCardData['toDo']['items'][number] {
  const { encode, messages } = ctx;
  const { t } = messages;
  if (section.status !== 'ok') return { text: encode(t('digest.itemUnavailable', { item: 'groups', code: section.code })), actions: [] };
  const groups = section.data;
  const period = periodIn(groups.period, messages);
  if (groups.inactive === 0) return { text: encode(t('digest.everyGroupActive', { period })), actions: [] };
  return {
    text: encode(t('digest.inactiveGroups', { inactive: groups.inactive, total: groups.total, period })),
    actions: [cardAction(groups.action, messages)],
  };
}

function staleness(freshness: Freshness, { format, encode, messages }: ViewContext): { isStale: boolean; staleNote: DisplayText } {
  const isStale = freshness.cache === 'stale';
  return { isStale, staleNote: encode(isStale ? messages.t('digest.stale', { time: format.dateTime(freshness.fetchedAt) }) : '') };
}

/** "Data as of Nov 19, 2026." or that Microsoft has none yet. */
function asOf(freshness: Freshness, { format, messages }: ViewContext): string {
  return messages.t('digest.sectionAsOf', { date: freshness.refreshDate !== undefined ? format.date(freshness.refreshDate) : 'none' });
}

/** The freshness of every section that has data. */
function sectionFreshness(model: DigestModel): Freshness[] {
  return [model.copilot, model.seats, model.departments, model.activations, model.groups, model.workloads, model.licences].flatMap((section) =>
    section?.status === 'ok' ? [section.data.freshness] : [],
  );
}

function sourceLine(model: DigestModel, { format, messages }: ViewContext): string {
  const { t } = messages;
  const freshness = sectionFreshness(model);
  const source = freshness[0]?.source;
  const lag = Math.max(0, ...freshness.map((item) => item.lagDays));
  const parts = [
    source !== undefined ? t('digest.source', { source: sourceText(source, messages) }) : undefined,
    lag > 0 ? t('digest.lag', { lag }) : undefined,
    t('digest.composed', { time: format.dateTime(model.generatedAt) }),
  ];
  return parts.filter((part) => part !== undefined).join(' · ');
}

