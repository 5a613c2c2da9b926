/**
 * The customer tenants one deployment serves, kept by its managing tenant in the state store as one
 * document (`tenant-registry/<managing tenant id>`): each tenant's id, the name the admins gave it, who
 * added it, the users of that tenant allowed to use the bot in its own Teams, and its last permission
 * check. Every change is a compare-and-set, so two admins (or instances) never lose each other's; each
 * instance re-reads it at most every few seconds, so a change made on one reaches the others that soon.
 */
import { z } from 'zod';
import { AppError } from '../app-error.js';
import type { Clock } from '../clock.js';
import { StoreConflictError, StoreRecordError, type StateStore } from '../store/state-store.js';
import { englishText } from '../i18n/messages.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { EXAMPLE_TENANT_ID, isEveryCustomerName, isTenantName, tenantNameKey } from './tenant-name.js';

/** The last permission check of a tenant, as kept. */
export type StoredCheck = {
  readonly checkedAt: string;
  /** `missing`: Entra ID issued no token because the app is not consented to there; `failed`: no token for another reason. */
  readonly consent: 'granted' | 'missing' | 'failed';
  readonly missing: readonly string[];
  /** Permissions whose request failed for another reason (throttled, Graph down). */
  readonly unknown: readonly string[];
  /** Why no token was issued, or why a request failed: the bot's own message, never a secret. */
  readonly reason?: string;
};

/** A customer tenant the deployment serves. */
export type CustomerTenant = {
  /** Lower-case tenant id (GUID). */
  readonly id: string;
  /** As the admin typed it; compared without regard to case. */
  readonly name: string;
  readonly addedAt: string;
  /** Object id of the managing admin who added it. */
  readonly addedBy: string;
  /** Object ids (lower case) of the tenant's own users who may use the bot in its Teams. */
  readonly allowedUsers: readonly string[];
  readonly check?: StoredCheck;
};

/** Why a registry change was refused; the message says what is allowed. */
export type TenantRegistryCode = 'BAD_TENANT_ID' | 'BAD_TENANT_NAME' | 'TENANT_EXISTS' | 'NAME_TAKEN' | 'NO_SUCH_TENANT' | 'REGISTRY_BUSY';

/** A refused change; `reason` says why and what is allowed, in the reader's words (`message`: its English). */
export class TenantRegistryError extends AppError<TenantRegistryCode> {
  override readonly name = 'TenantRegistryError';
  constructor(
    code: TenantRegistryCode,
    readonly reason: Phrase,
  ) {
    super(code, englishText(reason));
  }
}

export type TenantRegistryOptions = {
  readonly store: StateStore;
  readonly clock: Clock;
  /** The deployment's own tenant (lower case) and the name it goes by. */
  readonly managing: { readonly id: string; readonly name: string };
  /** How long a read of the document serves before the next access reads it again (default 5 s). */
  readonly ttlMs?: number;
};

/** A tenant id as Entra ID writes it: a GUID. */
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOCUMENT_VERSION = 1;
const DEFAULT_TTL_MS = 5_000;
const MAX_RETRIES = 5;
/** A Teams deployment allows far fewer; the registry document stays small. */
const MAX_CUSTOMER_TENANTS = 1000;
const MAX_ALLOWED_USERS = 200;

const checkSchema = z.object({
  checkedAt: z.string(),
  consent: z.enum(['granted', 'missing', 'failed']),
  missing: z.array(z.string()),
  unknown: z.array(z.string()),
  reason: z.string().optional(),
});
const tenantSchema = z.object({
  id: z.string().regex(TENANT_ID),
  name: z.string().refine(isTenantName),
  addedAt: z.string(),
  addedBy: z.string(),
  allowedUsers: z.array(z.string()),
  check: checkSchema.optional(),
});
const documentSchema = z.object({ version: z.literal(DOCUMENT_VERSION), tenants: z.array(tenantSchema) });

/** The tenant id in `text` (lower case), or undefined when it is no GUID. */
export function readTenantId(text: string): string | undefined {
  return TENANT_ID.test(text) ? text.toLowerCase() : undefined;
}

export class TenantRegistry {
  private tenants: readonly CustomerTenant[] = [];
  /** The same tenants by id: every turn in a customer's Teams looks its tenant up. */
  private byIds = new Map<string, CustomerTenant>();
  private readAt = Number.NEGATIVE_INFINITY;
  private reading?: Promise<readonly CustomerTenant[]>;
  private readonly key: string;

  constructor(private readonly options: TenantRegistryOptions) {
    this.key = `tenant-registry/${options.managing.id}`;
  }

  /** The managing tenant's id and name. */
  get managing(): { readonly id: string; readonly name: string } {
    return this.options.managing;
  }

  /** The customer tenants as last read (no store access): for labels, which must not wait. */
  known(): readonly CustomerTenant[] {
    return this.tenants;
  }

  /** The customer tenants, read again when the last read is older than the TTL (or `fresh`). */
  async list(fresh = false): Promise<readonly CustomerTenant[]> {
    if (!fresh && this.options.clock.now() - this.readAt < (this.options.ttlMs ?? DEFAULT_TTL_MS)) return this.tenants;
    this.reading ??= this.read()
      .then(({ tenants }) => this.keep(tenants))
      .finally(() => (this.reading = undefined));
    return this.reading;
  }

  /** The customer tenant with this id, if registered. */
  async byId(tenantId: string): Promise<CustomerTenant | undefined> {
    await this.list();
    return this.byIds.get(tenantId.toLowerCase());
  }

  /** The customer tenant with this name (any case), if registered. */
  async byName(name: string): Promise<CustomerTenant | undefined> {
    const key = tenantNameKey(name);
    return (await this.list()).find((tenant) => tenantNameKey(tenant.name) === key);
  }

  /** The name cards give `tenantId` (the managing tenant's too), or undefined for a tenant not served. */
  nameOf(tenantId: string): string | undefined {
    if (tenantId === this.options.managing.id) return this.options.managing.name;
    return this.byIds.get(tenantId)?.name;
  }

  /** Adds a customer tenant; refused for a bad id or name, the managing tenant, or an id or name already used. */
  async add(tenant: Omit<CustomerTenant, 'allowedUsers' | 'check'>): Promise<CustomerTenant> {
    const id = readTenantId(tenant.id);
    if (!id) throw new TenantRegistryError('BAD_TENANT_ID', phrase('tenantParse.badId', { typed: tenant.id, example: EXAMPLE_TENANT_ID }));
    if (!isTenantName(tenant.name)) throw new TenantRegistryError('BAD_TENANT_NAME', phrase('tenantParse.badName', { typed: tenant.name }));
    if (isEveryCustomerName(tenant.name)) throw new TenantRegistryError('BAD_TENANT_NAME', phrase('tenantParse.reservedName', { typed: tenant.name }));
    const added: CustomerTenant = { ...tenant, id, allowedUsers: [] };
    return this.change((tenants) => {
      if (id === this.options.managing.id) throw new TenantRegistryError('TENANT_EXISTS', phrase('tenantRegistry.ownTenant', { id, name: this.options.managing.name }));
      const same = tenants.find((existing) => existing.id === id);
      if (same) throw new TenantRegistryError('TENANT_EXISTS', phrase('tenantRegistry.alreadyAdded', { id, name: same.name }));
      if (this.nameTaken(tenants, tenant.name)) throw new TenantRegistryError('NAME_TAKEN', phrase('tenantRegistry.nameTaken', { name: tenant.name }));
      if (tenants.length >= MAX_CUSTOMER_TENANTS) throw new TenantRegistryError('REGISTRY_BUSY', phrase('tenantRegistry.tooManyTenants', { max: MAX_CUSTOMER_TENANTS }));
      return { tenants: [...tenants, added], result: added };
    });
  }

  /** Removes the tenant named `name`; returns it. */
  remove(name: string): Promise<CustomerTenant> {
    return this.change((tenants) => {
      const tenant = this.findNamed(tenants, name);
      return { tenants: tenants.filter((other) => other.id !== tenant.id), result: tenant };
    });
  }

  /** Lets (or stops letting) `userId` of tenant `name` use the bot in that tenant's Teams. */
  setAllowed(name: string, userId: string, allowed: boolean): Promise<CustomerTenant> {
    const user = userId.toLowerCase();
    return this.updateNamed(name, (tenant) => {
      const others = tenant.allowedUsers.filter((existing) => existing !== user);
      if (allowed && others.length >= MAX_ALLOWED_USERS) throw new TenantRegistryError('REGISTRY_BUSY', phrase('tenantRegistry.tooManyUsers', { max: MAX_ALLOWED_USERS }));
      return { ...tenant, allowedUsers: allowed ? [...others, user] : others };
    });
  }

  /** Keeps the result of the tenant's latest permission check. */
  recordCheck(name: string, check: StoredCheck): Promise<CustomerTenant> {
    return this.updateNamed(name, (tenant) => ({ ...tenant, check }));
  }

  private updateNamed(name: string, update: (tenant: CustomerTenant) => CustomerTenant): Promise<CustomerTenant> {
    return this.change((tenants) => {
      const updated = update(this.findNamed(tenants, name));
      return { tenants: tenants.map((tenant) => (tenant.id === updated.id ? updated : tenant)), result: updated };
    });
  }

  private findNamed(tenants: readonly CustomerTenant[], name: string): CustomerTenant {
    const key = tenantNameKey(name);
    const tenant = tenants.find((candidate) => tenantNameKey(candidate.name) === key);
    if (!tenant) {
      const names = tenants.map((candidate) => candidate.name).join(', ');
      throw new TenantRegistryError('NO_SUCH_TENANT', names ? phrase('tenantRegistry.noSuchTenant', { name, names }) : phrase('tenantRegistry.noCustomerYet', { name }));
    }
    return tenant;
  }

  private nameTaken(tenants: readonly CustomerTenant[], name: string): boolean {
    const key = tenantNameKey(name);
    return key === tenantNameKey(this.options.managing.name) || tenants.some((tenant) => tenantNameKey(tenant.name) === key);
  }

  /** Reads, changes and writes the document under its etag, again on a concurrent change. */
  private async change<T>(apply: (tenants: readonly CustomerTenant[]) => { tenants: readonly CustomerTenant[]; result: T }): Promise<T> {
    for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
      const { tenants, etag } = await this.read();
      const { tenants: changed, result } = apply(tenants);
      try {
        await this.options.store.put(this.key, { version: DOCUMENT_VERSION, tenants: changed }, etag ? { ifMatch: etag } : { ifNoneMatch: '*' });
        this.keep(changed);
        return result;
      } catch (error) {
        if (!(error instanceof StoreConflictError)) throw error;
      }
    }
    throw new TenantRegistryError('REGISTRY_BUSY', phrase('tenantRegistry.busy'));
  }

  private async read(): Promise<{ tenants: readonly CustomerTenant[]; etag?: string }> {
    const stored = await this.options.store.get(this.key);
    if (!stored) return { tenants: [] };
    const parsed = documentSchema.safeParse(stored.value);
    if (!parsed.success) throw new StoreRecordError(this.key);
    return { tenants: parsed.data.tenants.map(withoutUndefined), etag: stored.etag };
  }

  private keep(tenants: readonly CustomerTenant[]): readonly CustomerTenant[] {
    this.tenants = tenants;
    this.byIds = new Map(tenants.map((tenant) => [tenant.id, tenant]));
    this.readAt = this.options.clock.now();
    return tenants;
  }
}

function withoutUndefined(tenant: z.infer<typeof tenantSchema>): CustomerTenant {
  const { check, ...rest } = tenant;
  if (!check) return rest;
  const { reason, ...checked } = check;
  return { ...rest, check: reason === undefined ? checked : { ...checked, reason } };
}
