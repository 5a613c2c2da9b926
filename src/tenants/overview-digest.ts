/**
 * The weekly overview digest: `digest subscribe @all` in a channel of the managing tenant posts the
 * overview of every customer there each week, one card, instead of a digest per customer (an MSP with
 * fifty customers reads one table, not fifty cards). Its subscriptions, claims and history live in a part
 * of the store of their own, `category/overview-<managing tenant>/…`, worked through by a digest runner
 * like any tenant's, so each is posted exactly once per channel and week across instances. The alert rules
 * set for every customer (`alert … @all`) are kept in the same part of the store.
 */
import type { Clock } from '../clock.js';
import type { DigestHandlerDeps, OverviewSource } from '../commands/handler-context.js';
import { readOverviewModel } from '../commands/overview-handler.js';
import { DigestRunner, type DigestMessageSource } from '../digest/digest-runner.js';
import type { DigestSender } from '../digest/digest-sender.js';
import type { Logger } from '../logger.js';
import type { StateStore } from '../store/state-store.js';
import { scopeStateStore } from '../store/tenant-scope.js';
import { digestAudience } from '../digest/digest-message.js';
import { messagesFor } from '../i18n/messages.js';
import { renderReplyMessage } from '../views/render-reply.js';

/** The name cards give the overview digest where they name a tenant. */
export const EVERY_CUSTOMER_LABEL = 'All customers';

export type OverviewDigestOptions = {
  /** The whole store; the overview digest gets its own part of it. */
  readonly store: StateStore;
  readonly managingTenantId: string;
  readonly overview: OverviewSource;
  readonly sender: DigestSender;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly leaseMs?: number;
  readonly graceMs?: number;
};

/** The overview digest's runner, and what the `digest … @all` commands work with (the zone is the caller's to add). */
export function createOverviewDigest(options: OverviewDigestOptions): { readonly runner: DigestRunner; readonly digestDeps: Omit<DigestHandlerDeps, 'defaultTimeZone'> } {
  const store = scopeStateStore(options.store, overviewDigestScope(options.managingTenantId));
  const { overview, sender, clock, logger, leaseMs, graceMs } = options;
  const runner = new DigestRunner({ store, sender, compose: overviewMessageSource(overview), clock, logger, ...(leaseMs !== undefined ? { leaseMs } : {}), ...(graceMs !== undefined ? { graceMs } : {}) });
  const preview = async () => ({ messages: [{ view: 'overview' as const, model: await readOverviewModel(overview) }] });
  return { runner, digestDeps: { store, runner, preview } };
}

/** The part of the store the overview digests of `managingTenantId` are kept in. */
function overviewDigestScope(managingTenantId: string): string {
  return `overview-${managingTenantId}`;
}

/** The runner's message source: the overview as it stands when the digest is due. */
function overviewMessageSource(overview: OverviewSource): DigestMessageSource {
  return async (subscription) => {
    const model = await readOverviewModel(overview);
    const audience = digestAudience(subscription);
    return { activity: { type: 'message', summary: messagesFor(audience).t('overview.title'), attachments: [renderReplyMessage({ view: 'overview', model }, audience)] } };
  };
}
