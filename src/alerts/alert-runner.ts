/**
 * Evaluates alert rules once per data day, on one instance however many run. Driven by the digest
 * scheduler's minute tick, it reads the figures' sources at most every `checkIntervalMs` (sooner when a
 * new rule appears): through the report service, whose cache, single flight and budget make that cheap.
 * A rule is due when its source's date is newer than the one it last evaluated. The evaluator claims
 * `alert-claim/<conversation>/<rule>/<day>` create-only; a claim left unfinished past the lease (its
 * claimer died) is taken over once, and after a second lease recorded as failed. Only the claimer
 * measures, posts what the state machine says through the one outbound path, and records the outcome.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { addDays, toIsoDate, type Clock } from '../clock.js';
import type { DigestSender } from '../digest/digest-sender.js';
import type { SendResult } from '../outbound/send-outcome.js';
import { forEachLimited } from '../digest/for-each-limited.js';
import { errorFields, type Logger } from '../logger.js';
import { putIfCondition, StoreRecordError, type StateStore } from '../store/state-store.js';
import { findAdoptionDay, recordAdoptionDay } from './adoption-history.js';
import { alertClaimKey, ALERT_CLAIM_HISTORY_DAYS, pruneAlertClaims, readAlertClaim, type AlertClaim, type AlertOutcome } from './alert-claims.js';
import { measureRule, readAlertSource, type AdoptionDay, type AlertFigureDeps, type SourceReading } from './alert-figures.js';
import { alertKind, periodOfRule, sourceKeyOf } from './alert-kinds.js';
import type { AlertMessageSource } from './alert-message.js';
import { RULE_PREFIX, ruleKey, type AlertConversation, type AlertRule } from './alert-rule.js';
import { getAlertConversation, pauseRules, readRules, updateRule } from './alert-rules.js';
import { evaluateAlert, recordPost } from './alert-state.js';

export type AlertRunnerOptions = {
  readonly store: StateStore;
  /** The one outbound path (the bot's sender): every post's true outcome. */
  readonly sender: DigestSender;
  readonly compose: AlertMessageSource;
  readonly figures: AlertFigureDeps;
  /** The name the cards give the rules' tenant, asked at each post (shown only while several tenants are served). */
  readonly tenantName?: () => string | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Names this instance on its claims; default host, process id and a random suffix. */
  readonly runnerId?: string;
  /** How long a claim may stay unfinished before another runner takes it over. */
  readonly leaseMs?: number;
  /** Least time between two reads of the sources (new rules are read at the next tick regardless). */
  readonly checkIntervalMs?: number;
  /** Evaluations under way at once; sends are paced regardless. */
  readonly concurrency?: number;
};

/** Fifteen minutes: a day's refresh is seen within the report cache time plus this. */
export const DEFAULT_ALERT_CHECK_MS = 15 * 60_000;
const DEFAULT_LEASE_MS = 10 * 60_000;
const DEFAULT_CONCURRENCY = 50;

/** What a run did with one due rule: an outcome, `busy` (another claimer has it), `done` (finished before), `error`. */
export type AlertResult = AlertOutcome | 'busy' | 'done' | 'error';
export type AlertRunSummary = { readonly [K in AlertResult]: number };

type Due = { readonly rule: AlertRule; readonly reading: SourceReading; readonly weekBefore?: AdoptionDay };

export class AlertRunner {
  readonly runnerId: string;
  private readonly leaseMs: number;
  private readonly checkIntervalMs: number;
  private readonly concurrency: number;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private knownKeys = new Set<string>();
  /** Claims known to be finished, so later checks skip them without reading the store. */
  private readonly finished = new Set<string>();

  constructor(private readonly options: AlertRunnerOptions) {
    this.runnerId = options.runnerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.checkIntervalMs = options.checkIntervalMs ?? DEFAULT_ALERT_CHECK_MS;
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  }

  /** Evaluates every rule whose source has a newer date; called by the scheduler each minute. Never throws. */
  async runDue(): Promise<AlertRunSummary> {
    const summary: Record<AlertResult, number> = { unchanged: 0, held: 0, posted: 0, failed: 0, gone: 0, unavailable: 0, removed: 0, busy: 0, done: 0, error: 0 };
    try {
      await this.run(summary);
    } catch (error) {
      this.options.logger.error('alert run failed', errorFields(error));
      summary.error += 1;
    }
    return summary;
  }

  private async run(summary: Record<AlertResult, number>): Promise<void> {
    const { store, clock, logger } = this.options;
    const now = clock.now();
    const oldest = addDays(toIsoDate(now), -ALERT_CLAIM_HISTORY_DAYS);
    for (const key of this.finished) if (key.slice(key.lastIndexOf('/') + 1) < oldest) this.finished.delete(key);
    const keys = await store.list(RULE_PREFIX);
    const unseen = keys.some((key) => !this.knownKeys.has(key));
    if (keys.length === 0 || (!unseen && now - this.checkedAt < this.checkIntervalMs)) return;
    this.checkedAt = now;
    this.knownKeys = new Set(keys);
    const { rules, unreadable } = await readRules(store, keys);
    for (const key of unreadable) logger.error('alert rule unreadable: skipped', { key });
    summary.error += unreadable.length;

    const readings = await this.readSources(rules);
    const weekBefore = await this.adoptionWeekBefore(readings.get('copilot-adoption'));
    const due: Due[] = [];
    for (const rule of rules) {
      const reading = readings.get(sourceKeyOf(rule));
      if (!reading || (rule.state.dataDate !== undefined && rule.state.dataDate >= reading.date)) continue;
      if (this.finished.has(alertClaimKey(rule.conversation, rule.number, reading.date))) continue;
      due.push({ rule, reading, ...(reading.source === 'copilot-adoption' && weekBefore ? { weekBefore } : {}) });
    }
    const conversations = new Map<string, Promise<AlertConversation | undefined>>();
    const conversationOf = (id: string) => {
      if (!conversations.has(id)) conversations.set(id, getAlertConversation(store, id));
      return conversations.get(id)!;
    };
    await forEachLimited(due, this.concurrency, async (item) => {
      summary[await this.evaluate(item, conversationOf)] += 1;
    });
    if (due.length > 0) logger.info('alert run', { due: due.length, ...summary });
    await pruneAlertClaims(store, oldest).catch((error: unknown) => logger.warn('alert claims not pruned', errorFields(error)));
  }

  /** Each source the rules watch once (per period); one that cannot be read now is logged and its rules wait for the next check. */
  private async readSources(rules: readonly AlertRule[]): Promise<Map<string, SourceReading>> {
    const sources = new Map(rules.map((rule) => [sourceKeyOf(rule), { source: alertKind(rule.kind).source, period: periodOfRule(rule) }]));
    const readings = new Map<string, SourceReading>();
    await Promise.all(
      [...sources].map(async ([key, { source, period }]) => {
        try {
          readings.set(key, await readAlertSource(source, this.options.figures, period));
        } catch (error) {
          this.options.logger.warn('alert figures not read', { source: key, ...errorFields(error) });
        }
      }),
    );
    return readings;
  }

  /** Keeps this day's adoption for a week later, and finds the one of a week before. */
  private async adoptionWeekBefore(reading: SourceReading | undefined): Promise<AdoptionDay | undefined> {
    if (reading?.source !== 'copilot-adoption') return undefined;
    const { store, logger } = this.options;
    await recordAdoptionDay(store, reading).catch((error: unknown) => logger.warn('adoption not recorded', errorFields(error)));
    return findAdoptionDay(store, addDays(reading.date, -7));
  }

  private async evaluate(due: Due, conversationOf: (id: string) => Promise<AlertConversation | undefined>): Promise<AlertResult> {
    const { rule, reading } = due;
    try {
      return await this.claimAndEvaluate(due, conversationOf);
    } catch (error) {
      this.options.logger.error('alert evaluation failed', { conversation: rule.conversation, rule: rule.number, date: reading.date, ...errorFields(error) });
      return 'error';
    }
  }

  private async claimAndEvaluate(due: Due, conversationOf: (id: string) => Promise<AlertConversation | undefined>): Promise<AlertResult> {
    const { store, clock, logger } = this.options;
    const { rule, reading } = due;
    const key = alertClaimKey(rule.conversation, rule.number, reading.date);
    const stored = await store.get(key);
    const now = clock.now();
    const fresh: AlertClaim = {
      conversation: rule.conversation,
      number: rule.number,
      date: reading.date,
      state: 'claimed',
      attempt: 1,
      claimedAt: iso(now),
      claimedBy: this.runnerId,
    };
    if (!stored) {
      const etag = await putIfCondition(store, key, fresh, { ifNoneMatch: '*' });
      return etag === undefined ? 'busy' : this.finish(key, etag, fresh, await this.measureAndPost(due, conversationOf));
    }
    const claim = readAlertClaim(stored.value);
    if (!claim) throw new StoreRecordError(key);
    if (claim.state !== 'claimed') {
      this.finished.add(key);
      return 'done';
    }
    if (now - Date.parse(claim.claimedAt) < this.leaseMs) return 'busy';
    // The claimer neither finished nor renewed within the lease: it died or hangs.
    if (claim.attempt >= 2) return this.finish(key, stored.etag, claim, { outcome: 'failed', reason: 'LEASE_EXPIRED' }, 'failed');
    const retry: AlertClaim = { ...claim, attempt: claim.attempt + 1, claimedAt: iso(now), claimedBy: this.runnerId };
    const etag = await putIfCondition(store, key, retry, { ifMatch: stored.etag });
    if (etag === undefined) return 'busy';
    logger.warn('alert claim taken over after its lease', { conversation: rule.conversation, rule: rule.number, attempt: retry.attempt });
    return this.finish(key, etag, retry, await this.measureAndPost(due, conversationOf));
  }

  /** Under a claim this runner holds: measures the rule, posts what its state machine says, records the new state. */
  private async measureAndPost(due: Due, conversationOf: (id: string) => Promise<AlertConversation | undefined>): Promise<{ outcome: AlertOutcome; reason?: string }> {
    const { store, clock, logger, sender, compose } = this.options;
    const { reading } = due;
    const key = ruleKey(due.rule.conversation, due.rule.number);
    // The rule as it is now: it may have been snoozed, removed or evaluated since the list was read.
    const [rule] = (await readRules(store, [key])).rules;
    const conversation = await conversationOf(due.rule.conversation);
    if (!rule || !conversation) return { outcome: 'removed' };
    if (rule.state.dataDate !== undefined && rule.state.dataDate >= reading.date) return { outcome: 'unchanged' };
    const context = { excludedSkus: conversation.excludedSkus, licences: this.options.figures.licences, ...(due.weekBefore ? { weekBefore: due.weekBefore } : {}) };
    const measurement = measureRule(rule, reading, context);
    const evaluated = evaluateAlert(rule.state, rule.threshold, measurement, reading.date, clock.now());
    let { state } = evaluated;
    let sent: SendResult | undefined;
    if (evaluated.post && 'breakdown' in measurement) {
      const tenant = this.options.tenantName?.();
      const input = { event: evaluated.post, rule, state, breakdown: measurement.breakdown, conversation, ...(tenant !== undefined ? { tenant } : {}), ...(reading.demo ? { demo: true as const } : {}) };
      sent = await sender.post(conversation.reference, compose(input));
      state = recordPost(state, evaluated.post, sent, clock.now());
      if (sent.kind !== 'delivered') logger.warn('alert not posted', { conversation: rule.conversation, rule: rule.number, outcome: sent.kind, reason: sent.reason, attempts: sent.attempts });
    }
    // The evaluation's fields over the latest record: a snooze set, or a pause lifted, while it ran stays so.
    const { snoozedUntil: _snoozed, paused: _paused, ...evaluatedFields } = state;
    await updateRule(store, key, ({ state: { snoozedUntil, paused }, ...latest }) => ({
      ...latest,
      state: { ...evaluatedFields, ...(snoozedUntil !== undefined ? { snoozedUntil } : {}), ...(paused ? { paused } : {}) },
    }));
    if (!sent) return { outcome: 'unavailable' in measurement ? 'unavailable' : state.condition !== state.announced ? 'held' : 'unchanged' };
    if (sent.kind === 'delivered') return { outcome: 'posted' };
    // Teams refuses or no longer knows the conversation: none of its rules posts until it is back.
    if (sent.kind === 'gone') await pauseRules(store, rule.conversation, { at: iso(clock.now()), status: sent.status, reason: sent.reason });
    return { outcome: sent.kind === 'gone' ? 'gone' : 'failed', reason: sent.reason };
  }

  /** Records how the claimed evaluation ended; `failed` only for a claim that could not be evaluated at all. */
  private async finish(key: string, etag: string, claim: AlertClaim, result: { outcome: AlertOutcome; reason?: string }, state: 'done' | 'failed' = 'done'): Promise<AlertResult> {
    const final: AlertClaim = { ...claim, state, finishedAt: iso(this.options.clock.now()), outcome: result.outcome, ...(result.reason !== undefined ? { reason: result.reason } : {}) };
    if ((await putIfCondition(this.options.store, key, final, { ifMatch: etag })) !== undefined) this.finished.add(key);
    else this.options.logger.warn('alert claim changed before its outcome was recorded', { conversation: claim.conversation, rule: claim.number });
    return result.outcome;
  }
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
