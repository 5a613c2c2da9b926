/**
 * Builds the weekly digest from the report service: Copilot adoption over the last week with its
 * change since the previous digest, Copilot seats, activations, group activity, the workloads' active users,
 * every licence's idle seats and idle spend, what to act on (the idle Copilot seats with their idle spend,
 * inactive groups) and the alerts firing in the channel. Only aggregate counts leave this file: per-user rows
 * of the usage and groups reports are tallied while they stream and dropped.
 */
import { errorCodeOf } from '../app-error.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { toIsoDate, type Clock } from '../clock.js';
import type { CommandAction } from '../view-models.js';
import { freshnessOf } from '../reports/report-freshness.js';
import type { Logger } from '../logger.js';
import { readIdleSeats, type IdleSeatsReading, type LicenceSettings } from '../reports/copilot-licences.js';
import { adoptionRate, idlePeriodOf } from '../reports/figures.js';
import { copilotCounts, createGroupTally, groupsActivityWindow, type CopilotCounts } from '../reports/insights.js';
import { activationProductName } from '../reports/product-names.js';
import type { ReportService } from '../reports/report-service.js';
import { copilotVersion, type CopilotReportApi } from '../reports/report-request.js';
import type { StateStore } from '../store/state-store.js';
import type { DigestActivations, DigestAlerts, DigestCopilot, DigestGroups, DigestModel, InactiveGroups, InactiveSeats, Section } from '../view-models.js';
import { readDepartmentFigures, trackDepartments, type DepartmentFigures } from './digest-departments.js';
import { inactiveSeatsOf, seatFiguresOf, trackSeats, type SeatFigures } from './digest-seats.js';
import { findPreviousSnapshot, trackFigure, type DepartmentSnapshot, type DigestSnapshot, type SeatSnapshot } from './digest-snapshots.js';
import type { DigestSchedule } from './subscription.js';
import { readWorkloadWeek, trackWorkloads, type WorkloadWeek } from './digest-workloads.js';
import { readLicenceWeek, trackLicences, type LicenceWeek } from './digest-licences.js';

/** What the composer reads reports through: the report service, or anything answering the same way. */
export type DigestReportSource = Pick<ReportService, 'getReport' | 'getSubscribedSkus' | 'joinDirectory'>;

export type DigestComposerOptions = {
  readonly reports: DigestReportSource;
  /** Where the previous digests' snapshots are. */
  readonly store: StateStore;
  readonly clock: Clock;
  readonly copilotApi: CopilotReportApi;
  /** The chat grammar's `formatCommand`, for the digest's buttons: passed in, so digest/ does not import commands/. */
  readonly formatCommand: (command: DigestLinkCommand) => string;
  /** The licence price and extra Copilot SKU ids for idle seats and idle spend; default: no price, documented SKUs. */
  readonly licences?: LicenceSettings;
  /** The alerts of a subscription's conversation (its id is the conversation's alert key); absent: no alerts section. */
  readonly alerts?: (subscriptionId: string) => Promise<DigestAlerts | undefined>;
  /** How long one read of the reports serves every channel of a run; default five minutes. */
  readonly figuresTtlMs?: number;
  readonly logger?: Logger;
};

/** The commands the digest's buttons send. */
export type DigestLinkCommand =
  | {
      readonly name: 'copilot-summary' | 'copilot-trend' | 'copilot-inactive' | 'copilot-licenses' | 'groups' | 'groups-inactive' | 'usage' | 'licenses';
      readonly period: string;
    }
  | { readonly name: 'activations' };

/** Whose digest: a subscription's (changes against its previous digest) or a preview's (`subscriptionId` absent). */
export type DigestRequest = { readonly subscriptionId?: string; readonly schedule?: DigestSchedule };

/** The digest and the snapshot to keep once it has been posted (none when Copilot had no data). */
export type ComposedDigest = { readonly model: DigestModel; readonly snapshot?: DigestSnapshot };

/** The week the adoption figures and their changes count. */
export const DIGEST_WEEK_PERIOD = 'D7';
/** The month group inactivity is judged over: a group idle for a week is not yet worth acting on (seats: the idle window). */
export const DIGEST_GROUPS_PERIOD = 'D30';

/** The figures every subscription's digest shares; read once per run. */
type DigestFigures = {
  readonly week: Section<CopilotWeek>;
  readonly activations: Section<DigestActivations>;
  readonly groups: Section<DigestGroups>;
  readonly inactiveSeats: Section<InactiveSeats>;
  readonly seats: Section<SeatFigures>;
  readonly departments: Section<DepartmentFigures>;
};

/** The figures, the Workloads line (active users per workload, from the services user counts) and the Licences section. */
type FiguresAndWorkloads = DigestFigures & { readonly workloads: Section<WorkloadWeek>; readonly licences: Section<LicenceWeek> };

/** Last week's Copilot counts; `refreshDate` only when Graph had data. */
type CopilotWeek = Pick<DigestCopilot, 'period' | 'freshness'> & { readonly counts: CopilotCounts; readonly refreshDate?: string };

const DEFAULT_FIGURES_TTL_MS = 5 * 60_000;

export class DigestComposer {
  private figures?: { readonly readAt: number; readonly promise: Promise<FiguresAndWorkloads> };

  constructor(private readonly options: DigestComposerOptions) {}

  private action(title: Phrase, command: DigestLinkCommand): CommandAction {
    return { title, command: this.options.formatCommand(command) };
  }

  private inactiveGroupsOf(groups: Section<DigestGroups>): Section<InactiveGroups> {
    if (groups.status !== 'ok') return groups;
    const { period, total, inactive } = groups.data;
    return {
      status: 'ok',
      data: { period, total, inactive, action: { ...this.action(phrase('action.inactiveGroups'), { name: 'groups-inactive', period }), delivery: 'private' } },
    };
  }

  private workloadsOf(week: WorkloadWeek, previous: DigestSnapshot | undefined) {
    return trackWorkloads(week, previous?.workloads, this.action(phrase('action.usage'), { name: 'usage', period: week.period }));
  }

  /** The digest for `request`, with changes against the subscription's previous snapshot. Never throws for a failed report. */
  async compose(request: DigestRequest = {}): Promise<ComposedDigest> {
    const figures = await this.readFigures();
    const { week } = figures;
    let copilot: Section<DigestCopilot>;
    let snapshot: DigestSnapshot | undefined;
    let previous: DigestSnapshot | undefined;
    if (week.status === 'ok') {
      const { counts, refreshDate } = week.data;
      previous =
        request.subscriptionId !== undefined && refreshDate !== undefined
          ? await findPreviousSnapshot(this.options.store, request.subscriptionId, refreshDate, DIGEST_WEEK_PERIOD)
          : undefined;
      copilot = { status: 'ok', data: trackCopilot(week.data, previous) };
      const seats = figures.seats.status === 'ok' ? figures.seats.data.snapshot : undefined;
      const departments = figures.departments.status === 'ok' ? figures.departments.data.snapshot : undefined;
      const workloads = figures.workloads.status === 'ok' ? figures.workloads.data.snapshot : undefined;
      const licences = figures.licences.status === 'ok' ? figures.licences.data.snapshot : undefined;
      snapshot =
        refreshDate !== undefined
          ? {
              ...snapshotOf(counts, refreshDate, this.options.clock.now(), seats, departments),
              ...(workloads ? { workloads } : {}),
              ...(licences ? { licences } : {}),
            }
          : undefined;
    } else {
      copilot = week;
    }
    const alerts = request.subscriptionId !== undefined ? await this.readAlerts(request.subscriptionId) : undefined;
    const model: DigestModel = {
      generatedAt: new Date(this.options.clock.now()).toISOString(),
      ...(request.schedule ? { schedule: request.schedule } : {}),
      copilot,
      activations: figures.activations,
      groups: figures.groups,
      inactiveSeats: figures.inactiveSeats,
      seats: figures.seats.status === 'ok' ? { status: 'ok', data: trackSeats(figures.seats.data, previous) } : figures.seats,
      departments: figures.departments.status === 'ok' ? { status: 'ok', data: trackDepartments(figures.departments.data, previous) } : figures.departments,
      inactiveGroups: this.inactiveGroupsOf(figures.groups),
      workloads: figures.workloads.status === 'ok' ? { status: 'ok', data: this.workloadsOf(figures.workloads.data, previous) } : figures.workloads,
      licences:
        figures.licences.status === 'ok'
          ? { status: 'ok', data: trackLicences(figures.licences.data, previous?.licences, this.action(phrase('action.licences'), { name: 'licenses', period: figures.licences.data.period })) }
          : figures.licences,
      ...(alerts ? { alerts } : {}),
      actions: [
        this.action(phrase('action.copilotSummary'), { name: 'copilot-summary', period: DIGEST_WEEK_PERIOD }),
        this.action(phrase('action.copilotTrend'), { name: 'copilot-trend', period: this.monthPeriod() }),
        this.action(phrase('action.activations'), { name: 'activations' }),
        this.action(phrase('action.groups'), { name: 'groups', period: DIGEST_GROUPS_PERIOD }),
      ],
    };
    return snapshot ? { model, snapshot } : { model };
  }

  /** The channel's alerts; a store that cannot be read leaves the section out rather than the digest. */
  private async readAlerts(subscriptionId: string): Promise<DigestAlerts | undefined> {
    try {
      return await this.options.alerts?.(subscriptionId);
    } catch (error) {
      this.options.logger?.warn('digest alerts unavailable', { code: errorCodeOf(error) });
      return undefined;
    }
  }

  /** One read of the reports, shared by every digest composed within `figuresTtlMs`. */
  private readFigures(): Promise<FiguresAndWorkloads> {
    const now = this.options.clock.now();
    const ttl = this.options.figuresTtlMs ?? DEFAULT_FIGURES_TTL_MS;
    if (!this.figures || now - this.figures.readAt >= ttl) {
      const { reports, clock, copilotApi, licences } = this.options;
      const workloads = this.section('services-user-counts', () => readWorkloadWeek(reports, DIGEST_WEEK_PERIOD));
      const licenceWeek = this.section('active-users', () =>
        readLicenceWeek(reports, toIsoDate(clock.now()), licences ?? { extraSkuIds: [] }, copilotVersion(copilotApi)),
      );
      this.figures = {
        readAt: now,
        promise: Promise.all([this.collectFigures(), workloads, licenceWeek]).then(([figures, line, licenceSection]) => ({ ...figures, workloads: line, licences: licenceSection })),
      };
    }
    return this.figures.promise;
  }

  private async collectFigures(): Promise<DigestFigures> {
    const period = this.monthPeriod();
    const today = toIsoDate(this.options.clock.now());
    const [week, activations, groups, idle, departments] = await Promise.all([
      this.section('copilot-summary', () => this.readWeek()),
      this.section('activations', () => this.readActivations()),
      this.section('groups', () => this.readGroups()),
      this.section('copilot-users', () => this.readIdle()),
      this.section('directory', () => readDepartmentFigures(this.options.reports, DIGEST_WEEK_PERIOD, today)),
    ]);
    if (idle.status !== 'ok') return { week, activations, groups, inactiveSeats: idle, seats: idle, departments };
    const inactive = { ...this.action(phrase('action.inactiveSeats'), { name: 'copilot-inactive', period }), delivery: 'private' as const };
    return {
      week,
      activations,
      groups,
      inactiveSeats: { status: 'ok', data: inactiveSeatsOf(idle.data, inactive) },
      seats: seatFiguresOf(idle.data, this.action(phrase('action.copilotLicences'), { name: 'copilot-licenses', period })),
      departments,
    };
  }

  /** The idle window's usage and the licence counts, read once for both seat sections. */
  private readIdle(): Promise<IdleSeatsReading> {
    const { reports, clock, copilotApi, licences } = this.options;
    return readIdleSeats(reports, copilotVersion(copilotApi), toIsoDate(clock.now()), licences ?? { extraSkuIds: [] });
  }

  private async readWeek(): Promise<CopilotWeek> {
    const report = await this.options.reports.getReport('copilot-summary', { period: DIGEST_WEEK_PERIOD });
    let counts: CopilotCounts | undefined;
    for await (const row of report.rows()) counts ??= copilotCounts(row);
    return {
      period: report.meta.period ?? DIGEST_WEEK_PERIOD,
      freshness: freshnessOf(report.meta),
      counts: counts ?? { enabled: 0, active: 0, apps: [] },
      ...(counts && report.meta.refreshDate !== undefined ? { refreshDate: report.meta.refreshDate } : {}),
    };
  }

  private async readActivations(): Promise<DigestActivations> {
    const report = await this.options.reports.getReport('activations');
    const products: DigestActivations['products'][number][] = [];
    for await (const row of report.rows()) {
      products.push({ productType: row.productType, productName: activationProductName(row.productType), assigned: row.assigned, activated: row.activated });
    }
    return { freshness: freshnessOf(report.meta), products };
  }

  private async readGroups(): Promise<DigestGroups> {
    const report = await this.options.reports.getReport('groups', { period: DIGEST_GROUPS_PERIOD });
    const tally = createGroupTally(groupsActivityWindow(report.meta, toIsoDate(this.options.clock.now())));
    for await (const row of report.rows()) tally.observe(row);
    const { total, active, inactive } = tally.result();
    return { period: report.meta.period ?? DIGEST_GROUPS_PERIOD, freshness: freshnessOf(report.meta), total, active, inactive };
  }

  /** Runs one report read; a failure makes that section unavailable (logged by code only) instead of failing the digest. */
  private async section<T>(report: string, read: () => Promise<T>): Promise<Section<T>> {
    try {
      return { status: 'ok', data: await read() };
    } catch (error) {
      const code = errorCodeOf(error);
      this.options.logger?.warn('digest section unavailable', { report, code });
      return { status: 'unavailable', code };
    }
  }

  private monthPeriod(): string {
    return idlePeriodOf(copilotVersion(this.options.copilotApi));
  }
}

/** The Copilot section: each figure with its change against `previous` (none on the first digest). */
function trackCopilot(week: CopilotWeek, previous: DigestSnapshot | undefined): DigestCopilot {
  const { counts } = week;
  const adoption = adoptionRate(counts.active, counts.enabled) ?? 0;
  return {
    period: week.period,
    freshness: week.freshness,
    ...(previous ? { comparedWith: previous.refreshDate } : {}),
    enabled: trackFigure(counts.enabled, previous?.enabled),
    active: trackFigure(counts.active, previous?.active),
    adoption: trackFigure(adoption, previous ? (adoptionRate(previous.active, previous.enabled) ?? 0) : undefined),
    apps: counts.apps.map((app) => ({
      key: app.key,
      label: app.label,
      enabled: app.enabled,
      active: trackFigure(app.active, previous?.apps[app.key]),
    })),
  };
}

function snapshotOf(
  counts: CopilotCounts,
  refreshDate: string,
  now: number,
  seats: SeatSnapshot | undefined,
  departments: DepartmentSnapshot | undefined,
): DigestSnapshot {
  return {
    refreshDate,
    period: DIGEST_WEEK_PERIOD,
    enabled: counts.enabled,
    active: counts.active,
    apps: Object.fromEntries(counts.apps.map((app) => [app.key, app.active])),
    takenAt: new Date(now).toISOString(),
    ...(seats ? { seats } : {}),
    ...(departments ? { departments } : {}),
  };
}

