/**
 * Which tenant a turn is in, and which tenant it is about. A conversation of the managing tenant (the
 * deployment's own) is answered for its allowed admins, about the managing tenant or any customer tenant
 * (`@name` in the command, a card's button that keeps its tenant, or the conversation's `use` choice). A
 * conversation in a customer tenant's own Teams is answered only when that tenant is registered, for its
 * allowed users, and only about that tenant: naming another is refused.
 */
import type { HandlerDeps } from '../commands/handler-context.js';
import type { Reply } from '../commands/reply.js';
import type { AccessConfig } from '../config.js';
import { errorFields, type Logger } from '../logger.js';
import { StoreRecordError, type StateStore } from '../store/state-store.js';
import { phrase } from '../i18n/message-types.js';
import type { TenantCommand } from '../tenants/parse-tenant-text.js';
import { answerTenantCommand, notHere, unknownTenant, type TenantCommandDeps } from '../tenants/tenant-commands.js';
import { getTenantChoice } from '../tenants/tenant-choice.js';
import { tenantNameKey } from '../tenants/tenant-name.js';
import type { CustomerTenant, TenantRegistry } from '../tenants/tenant-registry.js';
import { tenantRefusal } from '../tenants/tenant-refusal.js';
import { decideAccess, type AccessDecision, type AccessSubject } from './access-policy.js';

/** The tenant a conversation is in: the managing tenant, or a registered customer tenant. */
export type Home = { readonly tenantId: string; readonly managing: boolean };

/** Allowed (and in which tenant), or refused because of the tenant or the user. */
export type HomeDecision = ({ readonly allowed: true } & Home) | Extract<AccessDecision, { allowed: false }>;

/** What a command says about its tenant: a name typed after `@`, or the id a card's button kept. */
export type AskedTenant = { readonly name?: string; readonly id?: string };

/** The tenant a command is about, or the refusal to answer it. */
export type Subject = { readonly ok: true; readonly tenantId: string } | { readonly ok: false; readonly reply: Reply };

export type TenancyOptions = {
  readonly access: AccessConfig;
  readonly registry: TenantRegistry;
  readonly logger: Logger;
  /** What handlers answering about a tenant work with: its report service and its part of the digest store. */
  depsFor(tenantId: string): HandlerDeps;
  /** The tenant's part of the state store. */
  storeFor(tenantId: string): StateStore;
  /** What the tenant commands need besides the registry. */
  readonly commands: Omit<TenantCommandDeps, 'registry' | 'managingStore'>;
  /**
   * What `@all` works with in the managing tenant: for alert commands, the managing deps with every
   * customer's; for digest commands, the weekly overview digest's (its own part of the store).
   */
  readonly everyCustomer: { readonly alertDeps: HandlerDeps; readonly digestDeps: HandlerDeps };
};

export class Tenancy {
  constructor(private readonly options: TenancyOptions) {}

  /** True while customer tenants are served: cards then name their tenant, and buttons keep it. */
  get servesSeveral(): boolean {
    return this.options.registry.known().length > 0;
  }

  /** The handler dependencies of `tenantId`. */
  depsFor(tenantId: string): HandlerDeps {
    return this.options.depsFor(tenantId);
  }

  /** The tenant's part of the state store. */
  storeFor(tenantId: string): StateStore {
    return this.options.storeFor(tenantId);
  }

  /** What `@all` alert and digest commands work with. */
  get everyCustomer(): TenancyOptions['everyCustomer'] {
    return this.options.everyCustomer;
  }

  /** Every part of the store a managing conversation may have digests and alerts in: its own, each customer's and the overview digest's. */
  async managingStores(): Promise<StateStore[]> {
    const customers = (await this.options.registry.list()).map((tenant) => this.storeFor(tenant.id));
    const overview = this.options.everyCustomer.digestDeps.digest?.store;
    return [this.storeFor(this.options.access.tenantId), ...customers, ...(overview ? [overview] : [])];
  }

  /** Whether the activity may be answered, and in which tenant: the managing one (configured admins) or a registered customer (its allowed users). */
  async decide(activity: AccessSubject): Promise<HomeDecision> {
    const { access } = this.options;
    const tenantId = activity.conversation?.tenantId?.toLowerCase();
    if (tenantId === access.tenantId || tenantId === undefined) return withHome(decideAccess(access, activity), access.tenantId, true);
    const customer = await this.customer(tenantId);
    if (!customer) return { allowed: false, reason: 'tenant' };
    return withHome(decideAccess({ tenantId: customer.id, userIds: customer.allowedUsers }, activity), customer.id, false);
  }

  /** The tenant the activity's conversation is in, whoever sent it (install and removal events); undefined for one not served. */
  async homeOf(activity: AccessSubject): Promise<Home | undefined> {
    const decision = await this.decide(activity);
    if (decision.allowed) return decision;
    if (decision.reason === 'tenant') return undefined;
    const tenantId = activity.conversation?.tenantId?.toLowerCase() ?? this.options.access.tenantId;
    return { tenantId, managing: tenantId === this.options.access.tenantId };
  }

  /** The tenant a command asked in `home`'s conversation is about, or why it cannot be answered there. */
  async subjectOf(home: Home, conversationId: string, asked: AskedTenant): Promise<Subject> {
    try {
      return await this.findSubject(home, conversationId, asked);
    } catch (error) {
      if (!(error instanceof StoreRecordError)) throw error;
      this.options.logger.error('tenant list unreadable', errorFields(error));
      return { ok: false, reply: registryUnreadable(this.options.access.tenantId) };
    }
  }

  private async findSubject(home: Home, conversationId: string, asked: AskedTenant): Promise<Subject> {
    const { registry } = this.options;
    if (!home.managing) {
      const own = registry.nameOf(home.tenantId) ?? home.tenantId;
      const named = asked.name !== undefined && tenantNameKey(asked.name) !== tenantNameKey(own) ? asked.name : undefined;
      if (named !== undefined || (asked.id !== undefined && asked.id !== home.tenantId)) return { ok: false, reply: notHere(own, named) };
      return { ok: true, tenantId: home.tenantId };
    }
    if (asked.name !== undefined) {
      if (tenantNameKey(asked.name) === tenantNameKey(registry.managing.name)) return { ok: true, tenantId: home.tenantId };
      const tenant = await registry.byName(asked.name);
      return tenant ? { ok: true, tenantId: tenant.id } : { ok: false, reply: unknownTenant(asked.name, { registry }) };
    }
    if (asked.id !== undefined) {
      if (asked.id === home.tenantId || (await registry.byId(asked.id))) return { ok: true, tenantId: asked.id };
      return { ok: false, reply: tenantRefusal('TENANT_UNKNOWN', phrase('tenantRefusal.removedTitle'), phrase('tenantRefusal.removed'), [{ title: phrase('action.tenants'), command: 'tenants' }]) };
    }
    return { ok: true, tenantId: await this.chosen(home, conversationId) };
  }

  /** Answers a tenant command asked in `home`'s conversation. */
  async answer(command: TenantCommand, home: Home, conversationId: string, requestedBy: string): Promise<Reply> {
    const { registry, commands, access } = this.options;
    const asked = { homeTenantId: home.tenantId, managing: home.managing, conversationId, requestedBy };
    try {
      return await answerTenantCommand(command, asked, { ...commands, registry, managingStore: this.storeFor(access.tenantId) });
    } catch (error) {
      if (!(error instanceof StoreRecordError)) throw error;
      this.options.logger.error('tenant list unreadable', errorFields(error));
      return registryUnreadable(access.tenantId);
    }
  }

  /**
   * The conversation's `use` choice while that tenant is still served, else the managing tenant. Without
   * customer tenants no choice is read; with an unreadable list, only a conversation that made a choice is refused.
   */
  private async chosen(home: Home, conversationId: string): Promise<string> {
    const listed = await this.options.registry.list().then(
      (tenants) => ({ tenants }),
      (error: unknown) => {
        if (!(error instanceof StoreRecordError)) throw error;
        return { unreadable: error };
      },
    );
    if ('tenants' in listed && listed.tenants.length === 0) return home.tenantId;
    const choice = await getTenantChoice(this.storeFor(home.tenantId), conversationId);
    if (!choice) return home.tenantId;
    if ('unreadable' in listed) throw listed.unreadable;
    return listed.tenants.some((tenant) => tenant.id === choice.tenantId) ? choice.tenantId : home.tenantId;
  }

  /** The registered customer tenant with this id; none when the registry cannot be read (logged). */
  private async customer(tenantId: string): Promise<CustomerTenant | undefined> {
    try {
      return await this.options.registry.byId(tenantId);
    } catch (error) {
      this.options.logger.error('tenant list unreadable: customer tenants are refused', errorFields(error));
      return undefined;
    }
  }
}

/** The answer while the registry's record cannot be read. */
function registryUnreadable(managingTenantId: string): Reply {
  return tenantRefusal('TENANT_LIST_UNREADABLE', phrase('tenantRefusal.unreadableTitle'), phrase('tenantRefusal.unreadable', { tenantId: managingTenantId }), [
    { title: phrase('action.help'), command: 'help' },
  ]);
}

function withHome(decision: AccessDecision, tenantId: string, managing: boolean): HomeDecision {
  return decision.allowed ? { allowed: true, tenantId, managing } : decision;
}
