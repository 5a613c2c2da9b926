/**
 * The tenant words of a chat message, read before the command grammar sees it: the registry commands
 * (`tenants`, `tenant add <id> as <name>`, `tenant remove|check <name>`, `tenant allow|disallow <name>
 * <user object id>`), `use [name]`, and one `@name` anywhere in a command naming the tenant it is about
 * (`copilot summary D30 @contoso`), which is taken out of the text the grammar parses.
 */
import { cleanChatText } from '../commands/chat-text.js';
import { phrase, type Phrase } from '../i18n/message-types.js';
import { EXAMPLE_TENANT_ID, isTenantName } from './tenant-name.js';
import { readTenantId } from './tenant-registry.js';

/** A registry command or `use`. */
export type TenantCommand =
  | { readonly name: 'tenants' }
  | { readonly name: 'tenant-add'; readonly tenantId: string; readonly tenantName: string }
  | { readonly name: 'tenant-remove' | 'tenant-check'; readonly tenantName: string }
  | { readonly name: 'tenant-allow' | 'tenant-disallow'; readonly tenantName: string; readonly userId: string }
  /** `use` alone says which tenant the conversation answers for. */
  | { readonly name: 'use'; readonly tenantName?: string };

/**
 * What a message says about tenants: nothing (`text` is the message as it came), a command about one
 * (`text` without the `@name`), a tenant command, or tenant words that are not right (`message` says how they go).
 */
export type TenantText =
  | { readonly kind: 'plain'; readonly text: string }
  | { readonly kind: 'about'; readonly text: string; readonly tenantName: string }
  | { readonly kind: 'tenant-command'; readonly command: TenantCommand }
  | { readonly kind: 'refused'; readonly message: Phrase };

/** How the tenant commands go, for refusals. */
const TENANT_COMMAND_FORMS = [
  'tenants',
  'tenant add <tenant id> as <name>',
  'tenant check <name>',
  'tenant remove <name>',
  'tenant allow <name> <user object id>',
  'tenant disallow <name> <user object id>',
  'use <name>',
  'use',
] as const;

/** A user's Entra object id; the Playground's ids end in 13 digits. */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/i;
const AT_NAME = /^@(\S+)$/;

/** Reads the tenant words of `text` (a message's text as Teams sends it). Never throws. */
export function parseTenantText(text: string): TenantText {
  const words = cleanChatText(text).split(' ').filter((word) => word !== '');
  const first = words[0]?.toLowerCase();
  if (first === 'tenants' || first === 'tenant') return readTenantCommand(words);
  if (first === 'use' && words.length <= 2) return readUse(words[1]);
  const named = words.filter((word) => AT_NAME.test(word));
  if (named.length === 0) return { kind: 'plain', text };
  if (named.length > 1) return refused(phrase('tenantParse.twoNames', { names: named.join(', ') }));
  const tenantName = AT_NAME.exec(named[0]!)![1]!;
  if (!isTenantName(tenantName)) return refused(phrase('tenantParse.noName', { typed: named[0]! }));
  return { kind: 'about', text: words.filter((word) => word !== named[0]).join(' '), tenantName };
}

function readUse(name: string | undefined): TenantText {
  if (name === undefined) return command({ name: 'use' });
  const tenantName = name.replace(/^@/, '');
  return isTenantName(tenantName) ? command({ name: 'use', tenantName }) : refused(phrase('tenantParse.noName', { typed: name }));
}

function readTenantCommand(words: readonly string[]): TenantText {
  const [first, verb, ...rest] = words.map((word, index) => (index < 2 ? word.toLowerCase() : word));
  if (first === 'tenants') return words.length === 1 ? command({ name: 'tenants' }) : refused(phrase('tenantParse.tenantsAlone'));
  switch (verb) {
    case 'add': {
      const [id, as, name, ...extra] = rest;
      const tenantId = id === undefined ? undefined : readTenantId(id);
      if (as?.toLowerCase() !== 'as' || name === undefined || extra.length > 0) return refused(phrase('tenantParse.addForm', { example: EXAMPLE_TENANT_ID }));
      if (!tenantId) return refused(phrase('tenantParse.badId', { typed: id ?? '', example: EXAMPLE_TENANT_ID }));
      if (!isTenantName(name)) return refused(phrase('tenantParse.badName', { typed: name }));
      return command({ name: 'tenant-add', tenantId, tenantName: name });
    }
    case 'remove':
    case 'check': {
      const [name, ...extra] = rest;
      if (name === undefined || extra.length > 0 || !isTenantName(name)) return refused(phrase('tenantParse.nameTenant', { verb }));
      return command({ name: verb === 'remove' ? 'tenant-remove' : 'tenant-check', tenantName: name });
    }
    case 'allow':
    case 'disallow': {
      const [name, userId, ...extra] = rest;
      if (name === undefined || userId === undefined || extra.length > 0 || !isTenantName(name)) return refused(phrase('tenantParse.nameTenantAndUser', { verb }));
      if (!OBJECT_ID.test(userId)) return refused(phrase('tenantParse.badUserId', { typed: userId }));
      return command({ name: verb === 'allow' ? 'tenant-allow' : 'tenant-disallow', tenantName: name, userId: userId.toLowerCase() });
    }
    default:
      return refused(phrase('tenantParse.commands', { forms: TENANT_COMMAND_FORMS.join(' · ') }));
  }
}

function command(tenantCommand: TenantCommand): TenantText {
  return { kind: 'tenant-command', command: tenantCommand };
}

function refused(message: Phrase): TenantText {
  return { kind: 'refused', message };
}
