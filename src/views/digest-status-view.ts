/**
 * A conversation's digest subscription as a card: what just happened (subscribed, schedule or language
 * changed, unsubscribed, run now) or holds, the schedule, the language, the next run and the last run
 * with its outcome. Times of runs are shown in the subscription's own time zone, the one its schedule
 * is written in.
 */
import { titleWithDemoLabel } from './report-header.js';
import { LANGUAGE_NAMES } from '../i18n/languages.js';
import type { Messages } from '../i18n/messages.js';
import type { DigestRun, DigestSchedule, ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import type { ViewContext } from './view-context.js';

type DigestStatusModel = ViewModels['digest-status'];

/** The digest-status card data for `model`, in the asker's language and locale. */
export function buildDigestStatusCard(model: DigestStatusModel, ctx: ViewContext): CardData['digest-status'] {
  const { encode, messages } = ctx;
  const facts = factsOf(model, ctx);
  const note = noteOf(model, messages);
  return {
    title: encode(titleWithDemoLabel(messages.t('digestStatus.title'), [model], messages)),
    message: encode(messageOf(model, ctx)),
    hasFacts: facts.length > 0,
    facts,
    hasNote: note !== '',
    note: encode(note),
    actions: cardActions(model.actions, messages),
  };
}

/** `every Friday at 08:00 (Europe/Berlin)` */
function describeSchedule(schedule: DigestSchedule, { t }: Messages): string {
  return t('digestStatus.schedule', { day: schedule.day, time: schedule.time, zone: schedule.timeZone });
}

function messageOf(model: DigestStatusModel, ctx: ViewContext): string {
  const { t } = ctx.messages;
  const place = model.conversation === 'channel' ? 'channel' : 'chat';
  const { subscription, lastRun } = model;
  if (model.event === 'unsubscribed') return t('digestStatus.unsubscribed', { place });
  if (!subscription) {
    if (model.conversation === 'personal') return t('digestStatus.personal');
    return t('digestStatus.none', { place, schedule: describeSchedule(model.defaultSchedule, ctx.messages) });
  }
  const schedule = describeSchedule(subscription.schedule, ctx.messages);
  const language = LANGUAGE_NAMES[subscription.language];
  switch (model.event) {
    case 'subscribed':
      return t('digestStatus.subscribed', { place, schedule, language });
    case 'rescheduled':
      return t('digestStatus.rescheduled', { place, schedule });
    case 'language':
      return t('digestStatus.languageChanged', { place, language });
    case 'busy':
      return t('digestStatus.busy', { place });
    case 'too-soon':
      return tooSoonMessage(model, place, ctx);
    case 'ran':
      return ranMessage(lastRun, place, ctx.messages);
    case 'status':
      return subscription.active
        ? t('digestStatus.active', { place, schedule })
        : t('digestStatus.paused', { place, refusal: refusal(subscription.deactivatedStatus, ctx.messages) });
  }
}

/** Run now a second time within a minute: what the last run did and when the next is possible. */
function tooSoonMessage(model: DigestStatusModel, place: string, { format, messages }: ViewContext): string {
  const last = model.lastRun;
  return messages.t('digestStatus.tooSoon', {
    last: last ? last.state : 'none',
    lastAt: last ? format.timeToSecond(last.finishedAt ?? last.occurrence) : '',
    place,
    next: model.nextRunNowAt !== undefined ? format.timeToSecond(model.nextRunNowAt) : 'none',
  });
}

function ranMessage(run: DigestRun | undefined, place: string, messages: Messages): string {
  const { t } = messages;
  switch (run?.state) {
    case 'posted':
      return t('digestStatus.posted', { place });
    case 'failed':
      return t('digestStatus.failed', { reason: run.reason ?? t('digestStatus.unknownReason') });
    case 'gone':
      return t('digestStatus.gone', { refusal: refusal(run.status, messages) });
    default:
      return t('digestStatus.onItsWay', { place });
  }
}

function factsOf(model: DigestStatusModel, { encode, format, messages }: ViewContext): Fact[] {
  const { subscription } = model;
  if (!subscription || model.event === 'unsubscribed') return [];
  const { t } = messages;
  const zone = subscription.schedule.timeZone;
  const why = refusal(subscription.deactivatedStatus, messages);
  const status = subscription.active
    ? t('digestStatus.statusActive')
    : subscription.deactivatedAt !== undefined
      ? t('digestStatus.statusPausedSince', { date: format.date(subscription.deactivatedAt), refusal: why })
      : t('digestStatus.statusPaused', { refusal: why });
  const schedule = describeSchedule(subscription.schedule, messages);
  const facts: Fact[] = [
    { title: encode(t('digestStatus.fact.schedule')), value: encode(schedule.charAt(0).toUpperCase() + schedule.slice(1)) },
    { title: encode(t('digestStatus.fact.language')), value: encode(`${LANGUAGE_NAMES[subscription.language]} (${subscription.language})`) },
    { title: encode(t('digestStatus.fact.status')), value: encode(status) },
  ];
  if (model.nextRun !== undefined) facts.push({ title: encode(t('digestStatus.fact.nextDigest')), value: encode(zonedDateTime(model.nextRun, zone, format.locale)) });
  facts.push({
    title: encode(t('digestStatus.fact.lastDigest')),
    value: encode(model.lastRun ? describeRun(model.lastRun, zone, format.locale, messages) : t('digestStatus.noneYet')),
  });
  facts.push({ title: encode(t('digestStatus.fact.since')), value: encode(format.date(subscription.createdAt)) });
  return facts;
}

/** `Posted · Fri, Nov 20, 2026, 08:00 (Europe/Berlin) · scheduled` */
function describeRun(run: DigestRun, zone: string, locale: string, messages: Messages): string {
  const { t } = messages;
  const state = run.state === 'missed' && run.reason === 'PAST_GRACE' ? 'missedLate' : run.state;
  const reason = run.state === 'gone' ? refusal(run.status, messages) : (run.reason ?? t('digestStatus.unknownReason'));
  return t('digestStatus.run', { state, reason, when: zonedDateTime(run.occurrence, zone, locale), trigger: run.trigger === 'run-now' ? 'runNow' : 'schedule' });
}

function noteOf(model: DigestStatusModel, { t }: Messages): string {
  if (model.event === 'subscribed') return t('digestStatus.firstNote');
  if (model.event === 'ran' || model.event === 'busy') return t('digestStatus.runNowNote');
  return '';
}

function refusal(status: number | undefined, { t }: Messages): string {
  return status !== undefined ? t('digestStatus.refusalStatus', { status: String(status) }) : t('digestStatus.refusal');
}

/** An instant in `timeZone`, e.g. `Fri, Nov 27, 2026, 08:00 (Europe/Berlin)`; shown as it came if unparseable. */
function zonedDateTime(iso: string, timeZone: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
  return `${text} (${timeZone})`;
}
