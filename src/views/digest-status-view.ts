/**
 * A conversation's digest subscription as a card: what just happened (subscribed, schedule changed,
 * unsubscribed, run now) or holds, the schedule, the next run and the last run with its outcome. Times
 * of runs are shown in the subscription's own time zone, the one its schedule is written in.
 */
import { titleWithDemoLabel } from './report-header.js';
import type { ConversationKind, DigestRun, DigestSchedule, ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData, Fact } from './card-data.js';
import type { ViewContext } from './view-context.js';

type DigestStatusModel = ViewModels['digest-status'];

/** The digest-status card data for `model`, in the asker's locale. */
export function buildDigestStatusCard(model: DigestStatusModel, ctx: ViewContext): CardData['digest-status'] {
  const { encode } = ctx;
  const facts = factsOf(model, ctx);
  const note = noteOf(model);
  return {
    title: encode(titleWithDemoLabel('Weekly digest', [model])),
    message: encode(messageOf(model, ctx)),
    hasFacts: facts.length > 0,
    facts,
    hasNote: note !== '',
    note: encode(note),
    actions: cardActions(model.actions),
  };
}

/** `every Friday at 08:00 (Europe/Berlin)` */
function describeDigestSchedule(schedule: DigestSchedule): string {
  return `every ${capitalize(schedule.day)} at ${schedule.time} (${schedule.timeZone})`;
}

function messageOf(model: DigestStatusModel, ctx: ViewContext): string {
  const here = placeOf(model.conversation);
  const { subscription, lastRun } = model;
  if (model.event === 'unsubscribed') return `Unsubscribed: ${here} gets no more weekly digests, and its digest history is deleted.`;
  if (!subscription) {
    if (model.conversation === 'personal') {
      return 'Digests go to channels and group chats, not to personal chats: @mention the bot there with “digest subscribe”. “digest preview” shows you the digest here.';
    }
    return (
      `${capitalize(here)} has no weekly digest. “digest subscribe” posts one ${describeDigestSchedule(model.defaultSchedule)}; ` +
      'name a day, a time or a time zone to change that, e.g. “digest subscribe friday 08:00 Europe/Berlin”.'
    );
  }
  const when = describeDigestSchedule(subscription.schedule);
  switch (model.event) {
    case 'subscribed':
      return `Subscribed: ${here} gets the weekly digest ${when}.`;
    case 'rescheduled':
      return `Schedule changed: ${here} now gets the weekly digest ${when}.`;
    case 'busy':
      return `A digest for ${here} is being posted right now; it goes out once.`;
    case 'too-soon':
      return tooSoonMessage(model, here, ctx);
    case 'ran':
      return ranMessage(lastRun, here);
    case 'status':
      return subscription.active
        ? `${capitalize(here)} gets the weekly digest ${when}.`
        : `${capitalize(here)}'s digest is paused: ${refusal(subscription.deactivatedStatus)} when the bot last posted here (the bot may have been removed). Subscribe again to resume it.`;
  }
}

/** Run now a second time within a minute: what the last run did and when the next is possible. */
function tooSoonMessage(model: DigestStatusModel, here: string, { format }: ViewContext): string {
  const last = model.lastRun;
  const lastRun = last ? `The last run-now ${last.state === 'posted' ? 'posted the digest' : `ended ${last.state}`} at ${format.timeToSecond(last.finishedAt ?? last.occurrence)}. ` : '';
  const next = model.nextRunNowAt !== undefined ? `at ${format.timeToSecond(model.nextRunNowAt)}` : 'in a minute';
  return `${lastRun}Run now posts at most one digest a minute in ${here}: ask again ${next}.`;
}

function ranMessage(run: DigestRun | undefined, here: string): string {
  switch (run?.state) {
    case 'posted':
      return `Posted: the digest is in ${here} now, as a new post, and recorded like a scheduled run.`;
    case 'failed':
      return `The digest could not be posted (${run.reason ?? 'unknown reason'}); the run is recorded as failed. Try again in a minute.`;
    case 'gone':
      return `The digest was not posted: ${refusal(run.status)}, so the bot can no longer post here and the digest is paused.`;
    default:
      return `The digest for ${here} is on its way.`;
  }
}

function factsOf(model: DigestStatusModel, ctx: ViewContext): Fact[] {
  const { subscription } = model;
  if (!subscription || model.event === 'unsubscribed') return [];
  const { encode, format } = ctx;
  const zone = subscription.schedule.timeZone;
  const status = subscription.active
    ? 'Active'
    : `Paused${subscription.deactivatedAt !== undefined ? ` since ${format.date(subscription.deactivatedAt)}` : ''}: ${refusal(subscription.deactivatedStatus)}`;
  const facts: Fact[] = [
    { title: encode('Schedule'), value: encode(capitalize(describeDigestSchedule(subscription.schedule))) },
    { title: encode('Status'), value: encode(status) },
  ];
  if (model.nextRun !== undefined) facts.push({ title: encode('Next digest'), value: encode(zonedDateTime(model.nextRun, zone, format.locale)) });
  facts.push({ title: encode('Last digest'), value: encode(model.lastRun ? describeRun(model.lastRun, zone, format.locale) : 'None yet') });
  facts.push({ title: encode('Subscribed since'), value: encode(format.date(subscription.createdAt)) });
  return facts;
}

/** `Posted · Fri, Nov 20, 2026, 08:00 (Europe/Berlin) · scheduled` */
function describeRun(run: DigestRun, zone: string, locale: string): string {
  const outcome: Record<DigestRun['state'], string> = {
    claimed: 'Under way',
    posted: 'Posted',
    failed: `Failed (${run.reason ?? 'unknown reason'})`,
    missed: run.reason === 'PAST_GRACE' ? 'Missed: the bot was down until too late to post it' : 'Missed',
    gone: `Not posted: ${refusal(run.status)}`,
  };
  return [outcome[run.state], zonedDateTime(run.occurrence, zone, locale), run.trigger === 'run-now' ? 'run now' : 'scheduled'].join(' · ');
}

function noteOf(model: DigestStatusModel): string {
  if (model.event === 'subscribed') return 'The first digest has no previous week to compare with; changes since last week show from the second on.';
  if (model.event === 'ran' || model.event === 'busy') return 'Run now posts at most one digest a minute.';
  if (model.event === 'too-soon') return '';
  return '';
}

function placeOf(conversation: ConversationKind): string {
  return conversation === 'channel' ? 'this channel' : 'this chat';
}

function refusal(status: number | undefined): string {
  return status !== undefined ? `Teams answered ${status}` : 'Teams refused the post';
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
