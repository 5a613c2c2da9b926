/**
 * Answers the tenant commands. In the managing tenant's conversations its allowed admins list, add
 * (checking the new tenant's consent and permissions against Graph at once), check, remove and open
 * customer tenants to their own users, and choose the tenant a conversation answers for (`use`). A
 * customer tenant's conversation sees its own tenant only: it may ask which tenant it answers for, nothing more.
 */
import type { Clock } from '../clock.js';
import type { Reply } from '../commands/reply.js';
import type { PermissionCheck } from '../reports/permission-check.js';
import type { StateStore } from '../store/state-store.js';
import type { CommandAction, TenantRow, ViewModels } from '../view-models.js';
import { phrase } from '../i18n/message-types.js';
import type { TenantCommand } from './parse-tenant-text.js';
import { forgetChoicesOf, getTenantChoice, setTenantChoice } from './tenant-choice.js';
import { isEveryCustomerName, tenantNameKey } from './tenant-name.js';
import { TenantRegistryError, type CustomerTenant, type StoredCheck, type TenantRegistry } from './tenant-registry.js';
import { tenantRefusal } from './tenant-refusal.js';

export type TenantCommandDeps = {
  readonly registry: TenantRegistry;
  readonly clock: Clock;
  /** The managing tenant's part of the store, where conversations' `use` choices are kept. */
  readonly managingStore: StateStore;
  /** Checks which permissions the tenant grants, with its own report service. */
  checkPermissions(tenantId: string): Promise<PermissionCheck>;
  /** Removes everything the deployment keeps of the tenant: its store records, shared files, caches and pending files. */
  removeData(tenantId: string): Promise<void>;
  /** The tenant's admin consent page, where there is an app registration to consent to. */
  consentUrl(tenantId: string): string | undefined;
  /** Sets up what every customer gets in a tenant just added: the alerts set for all of them (`@all`). */
  tenantAdded(tenantId: string): Promise<void>;
};

/** Where a tenant command was asked: the conversation's own tenant and whether it is the managing one, and by whom. */
export type TenantAsked = {
  readonly homeTenantId: string;
  readonly managing: boolean;
  readonly conversationId: string;
  /** The asker's object id, kept with a choice or a tenant added. */
  readonly requestedBy: string;
};

const LIST: CommandAction = { title: phrase('action.tenants'), command: 'tenants' };
const HELP: CommandAction = { title: phrase('action.help'), command: 'help' };

/** The answer to `command`; registry refusals become error cards that say what is allowed. Never throws for them. */
export async function answerTenantCommand(command: TenantCommand, asked: TenantAsked, deps: TenantCommandDeps): Promise<Reply> {
  if (!asked.managing) return answerInCustomerTenant(command, asked, deps);
  try {
    return await answerInManagingTenant(command, asked, deps);
  } catch (error) {
    if (error instanceof TenantRegistryError) return tenantRefusal(error.code, phrase('tenantRegistry.title'), error.reason, [LIST]);
    throw error;
  }
}

async function answerInManagingTenant(command: TenantCommand, asked: TenantAsked, deps: TenantCommandDeps): Promise<Reply> {
  const { registry } = deps;
  switch (command.name) {
    case 'tenants':
      return tenantsReply('list', await registry.list(true), deps, []);
    case 'tenant-add': {
      const added = await registry.add({ id: command.tenantId, name: command.tenantName, addedAt: now(deps), addedBy: asked.requestedBy });
      const checked = await checkTenant(added, deps);
      await deps.tenantAdded(added.id);
      return tenantsReply('added', [checked], deps);
    }
    case 'tenant-check': {
      const tenant = await registry.byName(command.tenantName);
      if (!tenant) return unknownTenant(command.tenantName, deps);
      return tenantsReply('checked', [await checkTenant(tenant, deps)], deps);
    }
    case 'tenant-remove': {
      const removed = await registry.remove(command.tenantName);
      await deps.removeData(removed.id);
      await forgetChoicesOf(deps.managingStore, removed.id);
      return tenantsReply('removed', [removed], deps, []);
    }
    case 'tenant-allow':
    case 'tenant-disallow': {
      const tenant = await registry.setAllowed(command.tenantName, command.userId, command.name === 'tenant-allow');
      return tenantsReply(command.name === 'tenant-allow' ? 'allowed' : 'disallowed', [tenant], deps);
    }
    case 'use':
      return answerUse(command.tenantName, asked, deps);
  }
}

/** `use` in the managing tenant: which tenant the conversation answers for, or a new choice. */
async function answerUse(tenantName: string | undefined, asked: TenantAsked, deps: TenantCommandDeps): Promise<Reply> {
  const managingName = deps.registry.managing.name;
  if (tenantName === undefined) {
    const choice = await getTenantChoice(deps.managingStore, asked.conversationId);
    const chosen = choice ? await deps.registry.byId(choice.tenantId) : undefined;
    return useReply('in-use', chosen?.name ?? managingName, deps);
  }
  if (tenantNameKey(tenantName) === tenantNameKey(managingName)) {
    await setTenantChoice(deps.managingStore, asked.conversationId, undefined);
    return useReply('use-set', managingName, deps);
  }
  const tenant = await deps.registry.byName(tenantName);
  if (!tenant) return unknownTenant(tenantName, deps);
  await setTenantChoice(deps.managingStore, asked.conversationId, { tenantId: tenant.id, setBy: asked.requestedBy, setAt: now(deps) });
  return useReply('use-set', tenant.name, deps);
}

/** A customer tenant's conversation answers for its own tenant only. */
async function answerInCustomerTenant(command: TenantCommand, asked: TenantAsked, deps: TenantCommandDeps): Promise<Reply> {
  const own = (await deps.registry.byId(asked.homeTenantId))?.name ?? asked.homeTenantId;
  if (command.name === 'use' && (command.tenantName === undefined || tenantNameKey(command.tenantName) === tenantNameKey(own))) return useReply('in-use', own, deps);
  if (command.name === 'use') return notHere(own, command.tenantName ?? own);
  return tenantRefusal('TENANT_ADMINS_ONLY', phrase('tenantRefusal.adminsOnlyTitle'), phrase('tenantRefusal.adminsOnly', { own }), [HELP]);
}

/** The refusal for a customer tenant's conversation naming another tenant (or a card of one: `named` undefined), or every customer (`@all`). */
export function notHere(own: string, named: string | undefined): Reply {
  const message =
    named === undefined
      ? phrase('tenantRefusal.notHereOther', { own })
      : isEveryCustomerName(named)
        ? phrase('tenantRefusal.everyCustomerNotHere', { own, typed: named })
        : phrase('tenantRefusal.notHere', { own, named });
  return tenantRefusal('TENANT_NOT_HERE', phrase('tenantRefusal.notHereTitle'), message, [HELP]);
}

/** The refusal for a name no tenant has. */
export function unknownTenant(name: string, deps: Pick<TenantCommandDeps, 'registry'>): Reply {
  const names = [deps.registry.managing.name, ...deps.registry.known().map((tenant) => tenant.name)];
  return tenantRefusal('TENANT_UNKNOWN', phrase('tenantRefusal.unknownTitle'), phrase('tenantRefusal.unknown', { name, names: names.join(', ') }), [LIST]);
}

async function checkTenant(tenant: CustomerTenant, deps: TenantCommandDeps): Promise<CustomerTenant> {
  const check = storedCheckOf(await deps.checkPermissions(tenant.id), now(deps));
  return deps.registry.recordCheck(tenant.name, check);
}

function storedCheckOf(check: PermissionCheck, checkedAt: string): StoredCheck {
  if (check.kind === 'no-token') return { checkedAt, consent: check.consent ? 'missing' : 'failed', missing: [], unknown: [], reason: check.reason };
  const reason = check.unknown[0]?.reason;
  return {
    checkedAt,
    consent: 'granted',
    missing: check.missing,
    unknown: check.unknown.map((entry) => entry.permission),
    ...(reason !== undefined ? { reason } : {}),
  };
}

function tenantsReply(event: ViewModels['tenants']['event'], tenants: readonly CustomerTenant[], deps: TenantCommandDeps, actions: readonly CommandAction[] = [LIST]): Reply {
  const model: ViewModels['tenants'] = { event, managingName: deps.registry.managing.name, tenants: tenants.map((tenant) => rowOf(tenant, deps)), actions };
  return { messages: [{ view: 'tenants', model }] };
}

function useReply(event: 'in-use' | 'use-set', inUse: string, deps: TenantCommandDeps): Reply {
  return { messages: [{ view: 'tenants', model: { event, managingName: deps.registry.managing.name, tenants: [], inUse, actions: [] } }] };
}

function rowOf(tenant: CustomerTenant, deps: TenantCommandDeps): TenantRow {
  const lacking = tenant.check !== undefined && (tenant.check.consent !== 'granted' || tenant.check.missing.length > 0);
  const consentUrl = lacking ? deps.consentUrl(tenant.id) : undefined;
  return {
    name: tenant.name,
    id: tenant.id,
    allowedUsers: tenant.allowedUsers.length,
    ...(tenant.check ? { check: checkRowOf(tenant.check) } : {}),
    ...(consentUrl ? { consentUrl } : {}),
  };
}

/** Entra ID's error code in a failed token request's reason. */
const ENTRA_CODE = /\bAADSTS\d{4,8}\b/;

/** The check as the card shows it: the reason kept is the bot's own English, so only Entra ID's code goes on. */
function checkRowOf(check: StoredCheck): NonNullable<TenantRow['check']> {
  const { reason, ...shown } = check;
  const entraCode = ENTRA_CODE.exec(reason ?? '')?.[0];
  return { ...shown, ...(entraCode !== undefined ? { entraCode } : {}) };
}

function now(deps: Pick<TenantCommandDeps, 'clock'>): string {
  return new Date(deps.clock.now()).toISOString();
}
