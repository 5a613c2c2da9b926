/**
 * The tenants card: which customer tenants the bot serves beside the managing one, each with its id,
 * what its admin consented to (and what is missing, with the consent page as a button) and how many of
 * its users may use the bot in its own Teams; or, after `use`, which tenant this conversation answers for.
 */
import type { TenantRow, ViewModels } from '../view-models.js';
import { cardActions } from './card-actions.js';
import type { CardData } from './card-data.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';

const TITLES: Readonly<Record<ViewModels['tenants']['event'], string>> = {
  list: 'Tenants',
  added: 'Tenant added',
  checked: 'Tenant checked',
  removed: 'Tenant removed',
  allowed: 'User allowed',
  disallowed: 'User no longer allowed',
  'in-use': 'Tenant in use here',
  'use-set': 'Tenant in use here',
};

/** The tenants card data for `model`. */
export function buildTenantsCard(model: ViewModels['tenants'], { format, encode }: ViewContext): CardData['tenants'] {
  const showRows = model.event !== 'in-use' && model.event !== 'use-set';
  const rows = showRows ? model.tenants : [];
  return {
    title: encode(TITLES[model.event]),
    summary: encode(summaryOf(model, format)),
    hasRows: rows.length > 0,
    rows: rows.map((tenant) => ({ title: encode(tenant.name), value: encode(describeTenant(tenant, format)) })),
    notes: rows.flatMap((tenant) => notesOf(tenant).map((text) => ({ text: encode(text) }))),
    links: rows.flatMap((tenant) => (tenant.consentUrl ? [{ title: `Consent page of ${tenant.name}`, url: tenant.consentUrl }] : [])),
    actions: cardActions(model.actions),
  };
}

function summaryOf(model: ViewModels['tenants'], format: ValueFormat): string {
  const [tenant] = model.tenants;
  const number = (value: number) => format.number(value);
  switch (model.event) {
    case 'list':
      return model.tenants.length === 0
        ? `The bot serves ${model.managingName} only. Add a customer tenant with: tenant add <tenant id> as <name>.`
        : `The bot serves ${model.managingName} and ${number(model.tenants.length)} customer ${model.tenants.length === 1 ? 'tenant' : 'tenants'}. Name one in a command (copilot summary @name) or choose one for this conversation (use name).`;
    case 'added':
      return `${tenant?.name} is added. Ask about it with @${tenant?.name} after a command, or "use ${tenant?.name}" here.`;
    case 'checked':
      return `What ${tenant?.name} lets the bot read now.`;
    case 'removed':
      return `${tenant?.name} is removed with everything the bot kept of it: cached reports, shared report data, digest subscriptions, claims and files. Its admin can also remove the app's consent in their Entra ID.`;
    case 'allowed':
    case 'disallowed':
      return `${number(tenant?.allowedUsers ?? 0)} of ${tenant?.name}'s users may use the bot in ${tenant?.name}'s Teams.`;
    case 'in-use':
    case 'use-set':
      return model.inUse === model.managingName
        ? `This conversation answers for ${model.managingName}, the bot's own tenant. Name another in a command (copilot summary @name), or type "use <name>".`
        : `This conversation answers for ${model.inUse} when a command names no tenant. "use ${model.managingName}" goes back to the bot's own tenant.`;
  }
}

function describeTenant(tenant: TenantRow, format: ValueFormat): string {
  const users = `${format.number(tenant.allowedUsers)} ${tenant.allowedUsers === 1 ? 'user' : 'users'} allowed in its Teams`;
  return [tenant.id, consentOf(tenant, format), users].join(' · ');
}

function consentOf(tenant: TenantRow, format: ValueFormat): string {
  const { check } = tenant;
  if (!check) return 'not checked yet';
  const when = `checked ${format.date(check.checkedAt.slice(0, 10))}`;
  if (check.consent === 'missing') return `no admin consent (${when})`;
  if (check.consent === 'failed') return `no token from Entra ID (${when})`;
  const parts = [check.missing.length > 0 ? `missing ${check.missing.join(', ')}` : 'all permissions granted'];
  if (check.unknown.length > 0) parts.push(`not checked: ${check.unknown.join(', ')}`);
  return `${parts.join('; ')} (${when})`;
}

/** How to grant what is missing, and why a check failed (other than for want of consent). */
function notesOf(tenant: TenantRow): string[] {
  const notes = tenant.consentUrl ? [grantNote(tenant)] : [];
  if (tenant.check?.reason !== undefined && tenant.check.consent !== 'missing') notes.push(`${tenant.name}: ${tenant.check.reason}`);
  return notes;
}

function grantNote(tenant: TenantRow): string {
  const missing = tenant.check?.consent === 'granted' ? tenant.check.missing.join(', ') : 'Reports.Read.All, LicenseAssignment.Read.All and User.Read.All';
  return `${tenant.name}: a Global Administrator of that tenant opens its consent page and accepts (${missing}); then "tenant check ${tenant.name}".`;
}
