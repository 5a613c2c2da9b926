/**
 * The tenants card: which customer tenants the bot serves beside the managing one, each with its id,
 * what its admin consented to (and what is missing, with the consent page as a button) and how many of
 * its users may use the bot in its own Teams; or, after `use`, which tenant this conversation answers for.
 * In the reader's language; tenant names, ids and permission names are data.
 */
import type { Messages } from '../i18n/messages.js';
import type { TenantRow, ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ViewContext } from './view-context.js';

/** What a tenant without consent lacks: every permission the bot asks for. */
const EVERY_PERMISSION = 'Reports.Read.All, LicenseAssignment.Read.All, User.Read.All';

/** The tenants card data for `model`. */
export function buildTenantsCard(model: ViewModels['tenants'], ctx: ViewContext): CardData['tenants'] {
  const { encode, messages } = ctx;
  const { t } = messages;
  const showRows = model.event !== 'in-use' && model.event !== 'use-set';
  const rows = showRows ? model.tenants : [];
  return {
    title: encode(t('tenants.title', { event: model.event })),
    summary: encode(summaryOf(model, messages)),
    hasRows: rows.length > 0,
    rows: rows.map((tenant) => ({ title: encode(tenant.name), value: encode(describeTenant(tenant, ctx)) })),
    notes: rows.flatMap((tenant) => notesOf(tenant, messages).map((text) => ({ text: encode(text) }))),
    links: rows.flatMap((tenant) => (tenant.consentUrl ? [{ title: t('tenants.consentPage', { tenant: tenant.name }), url: tenant.consentUrl }] : [])),
    actions: cardActions(model.actions, messages),
  };
}

function summaryOf(model: ViewModels['tenants'], { t }: Messages): string {
  const tenant = model.tenants[0]?.name ?? '';
  const managing = model.managingName;
  switch (model.event) {
    case 'list':
      return model.tenants.length === 0 ? t('tenants.listNone', { managing }) : t('tenants.list', { managing, count: model.tenants.length });
    case 'added':
      return t('tenants.added', { tenant });
    case 'checked':
      return t('tenants.checked', { tenant });
    case 'removed':
      return t('tenants.removed', { tenant });
    case 'allowed':
    case 'disallowed':
      return t('tenants.allowedUsers', { count: model.tenants[0]?.allowedUsers ?? 0, tenant });
    case 'in-use':
    case 'use-set':
      return model.inUse === managing ? t('tenants.inUseManaging', { managing }) : t('tenants.inUse', { tenant: model.inUse ?? '', managing });
  }
}

function describeTenant(tenant: TenantRow, ctx: ViewContext): string {
  const users = ctx.messages.t('tenants.usersAllowed', { count: tenant.allowedUsers });
  return [tenant.id, consentOf(tenant, ctx), users].join(' · ');
}

function consentOf(tenant: TenantRow, { format, messages: { t } }: ViewContext): string {
  const { check } = tenant;
  if (!check) return t('tenants.notChecked');
  const date = format.date(check.checkedAt.slice(0, 10));
  if (check.consent === 'missing') return t('tenants.noConsent', { date });
  if (check.consent === 'failed') return t('tenants.noToken', { date });
  const missing = check.missing.length > 0 ? check.missing.join(', ') : 'none';
  const unknown = check.unknown.length > 0 ? check.unknown.join(', ') : 'none';
  return t('tenants.permissions', { missing, unknown, date });
}

/** How to grant what is missing, and what failed in a check (other than for want of consent), with Entra ID's error code. */
function notesOf(tenant: TenantRow, messages: Messages): string[] {
  const { check } = tenant;
  const notes = tenant.consentUrl ? [grantNote(tenant, messages)] : [];
  if (check?.consent === 'failed') notes.push(messages.t('tenants.tokenFailed', { tenant: tenant.name, code: check.entraCode ?? 'none' }));
  if (check?.consent === 'granted' && check.unknown.length > 0) notes.push(messages.t('tenants.checkFailed', { tenant: tenant.name, permissions: check.unknown.join(', ') }));
  return notes;
}

function grantNote(tenant: TenantRow, { t }: Messages): string {
  const permissions = tenant.check?.consent === 'granted' ? tenant.check.missing.join(', ') : EVERY_PERMISSION;
  return t('tenants.grant', { tenant: tenant.name, permissions });
}
