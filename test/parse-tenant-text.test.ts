import { englishText } from '../src/i18n/messages.js';
import { describe, expect, test } from 'vitest';
import { parseTenantText } from '../src/tenants/parse-tenant-text.js';

const ID = '0A0A0A0A-0000-4000-8000-000000000001';
const USER = '7d1e0c2a-1111-4a4a-8b8b-00000000c001';

describe('the tenant words of a message', () => {
  test.each([
    ['tenants', { name: 'tenants' }],
    [`tenant add ${ID} as Contoso`, { name: 'tenant-add', tenantId: ID.toLowerCase(), tenantName: 'Contoso' }],
    [`<at>Usage Bot</at> Tenant ADD ${ID} AS Contoso`, { name: 'tenant-add', tenantId: ID.toLowerCase(), tenantName: 'Contoso' }],
    ['tenant remove contoso', { name: 'tenant-remove', tenantName: 'contoso' }],
    ['tenant check Fabrikam-EU', { name: 'tenant-check', tenantName: 'Fabrikam-EU' }],
    [`tenant allow contoso ${USER.toUpperCase()}`, { name: 'tenant-allow', tenantName: 'contoso', userId: USER }],
    [`tenant disallow contoso ${USER}`, { name: 'tenant-disallow', tenantName: 'contoso', userId: USER }],
    ['use', { name: 'use' }],
    ['use contoso', { name: 'use', tenantName: 'contoso' }],
    ['use @contoso', { name: 'use', tenantName: 'contoso' }],
  ])('%s is a tenant command', (text, command) => {
    expect(parseTenantText(text)).toEqual({ kind: 'tenant-command', command });
  });

  test.each([
    ['copilot summary D30 @contoso', 'copilot summary D30', 'contoso'],
    ['@Fabrikam copilot inactive D90', 'copilot inactive D90', 'Fabrikam'],
    ['<at>Usage Bot</at> digest subscribe friday 08:00 @contoso', 'digest subscribe friday 08:00', 'contoso'],
  ])('"%s" is "%s" about %s', (text, command, tenantName) => {
    expect(parseTenantText(text)).toEqual({ kind: 'about', text: command, tenantName });
  });

  test('text with no tenant words is left exactly as it came', () => {
    const text = '<at>Usage Bot</at> who is not using copilot this quarter? alice@contoso.com';
    expect(parseTenantText(text)).toEqual({ kind: 'plain', text });
  });

  test.each([
    ['copilot summary @contoso @fabrikam', 'The message names @contoso, @fabrikam; a command is about one tenant, so name one.'],
    ['copilot summary @*contoso*', '"@*contoso*" names no tenant'],
    ['tenant add 1234 as contoso', '"1234" is not a tenant id'],
    [`tenant add ${ID} contoso`, 'Add a tenant as: tenant add <tenant id> as <name>'],
    [`tenant add ${ID} as 1st`, '"1st" cannot name a tenant'],
    ['tenant allow contoso someone@contoso.com', '"someone@contoso.com" is not a user\'s object id'],
    ['tenant remove', 'Name the tenant: tenant remove <name>.'],
    ['tenants please', '"tenants" takes nothing after it.'],
    ['tenant', 'The tenant commands are: tenants · tenant add <tenant id> as <name>'],
    ['use *all*', '"*all*" names no tenant'],
  ])('%s is refused: %s', (text, message) => {
    const read = parseTenantText(text);
    expect(read.kind).toBe('refused');
    expect(read.kind === 'refused' ? englishText(read.message) : '').toContain(message);
  });
});
