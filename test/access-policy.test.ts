import { describe, expect, test } from 'vitest';
import { accessDeniedReply, decideAccess } from '../src/bot/access-policy.js';
import { loadConfig, PLAYGROUND_TENANT_ID, PLAYGROUND_USER_ID } from '../src/config.js';
import { playgroundActivity } from './support/playground-activities.js';

const defaults = loadConfig({}).access;
const CUSTOM_TENANT = '11111111-2222-3333-4444-555555555555';
const CUSTOM_ADMIN = '0a0a0a0a-0000-4000-8000-000000000001';

describe('decideAccess', () => {
  test("with nothing configured the Playground's own user in its own tenant is allowed, in a personal chat and a channel", () => {
    expect(decideAccess(defaults, playgroundActivity('message-personal'))).toEqual({ allowed: true });
    expect(decideAccess(defaults, playgroundActivity('message-channel-mention'))).toEqual({ allowed: true });
    expect(decideAccess(defaults, playgroundActivity('message-personal-action-submit'))).toEqual({ allowed: true });
  });

  test('another tenant is refused for the tenant, whoever asks', () => {
    // The custom Playground configuration: tenant 11111111-…, user 0a0a0a0a-….
    const custom = playgroundActivity('message-channel-mention-custom-config');
    expect(decideAccess(defaults, custom)).toEqual({ allowed: false, reason: 'tenant' });
    const sameUserIds = { ...defaults, userIds: [CUSTOM_ADMIN] };
    expect(decideAccess(sameUserIds, custom)).toEqual({ allowed: false, reason: 'tenant' });
  });

  test('the tenant is conversation.tenantId: without it the allowed tenant in channelData.tenant.id is not enough, and another one there refuses', () => {
    const channelDataOnly = playgroundActivity('message-personal', { conversation: { tenantId: undefined } });
    expect(decideAccess(defaults, channelDataOnly)).toEqual({ allowed: false, reason: 'tenant' });
    const spoofed = playgroundActivity('message-personal', { channelData: { tenant: { id: CUSTOM_TENANT } } });
    expect(decideAccess(defaults, spoofed)).toEqual({ allowed: false, reason: 'tenant' });
    const conversationOnly = playgroundActivity('message-personal', { channelData: null });
    expect(decideAccess(defaults, conversationOnly)).toEqual({ allowed: true });
  });

  test('a user of the right tenant who is not on the allow-list is refused for the user', () => {
    const megan = playgroundActivity('message-personal', { from: { id: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021' } });
    expect(decideAccess(defaults, megan)).toEqual({ allowed: false, reason: 'user' });
    const noObjectId = playgroundActivity('message-personal', { from: { id: 'user-id-0', aadObjectId: undefined } });
    expect(decideAccess(defaults, noObjectId)).toEqual({ allowed: false, reason: 'user' });
  });

  test('a configured tenant and allow-list admit their user, ids compared without regard to case', () => {
    const access = loadConfig({ ALLOWED_TENANT_ID: CUSTOM_TENANT.toUpperCase(), ALLOWED_USER_IDS: CUSTOM_ADMIN.toUpperCase() }).access;
    expect(decideAccess(access, playgroundActivity('message-channel-mention-custom-config'))).toEqual({ allowed: true });
    expect(decideAccess(access, playgroundActivity('message-personal'))).toEqual({ allowed: false, reason: 'tenant' });
    const upper = playgroundActivity('message-channel-mention', {
      conversation: { tenantId: PLAYGROUND_TENANT_ID.toUpperCase() },
      from: { aadObjectId: PLAYGROUND_USER_ID.toUpperCase() },
    });
    expect(decideAccess(defaults, upper)).toEqual({ allowed: true });
  });
});

describe('accessDeniedReply', () => {
  test('names who to ask only to users of the right tenant', () => {
    expect(accessDeniedReply('user', 'IT service desk')).toEqual({
      messages: [{ view: 'access-denied', model: { reason: 'user', contact: 'IT service desk' } }],
    });
    expect(accessDeniedReply('tenant', 'IT service desk').messages[0]).toEqual({
      view: 'access-denied',
      model: { reason: 'tenant', contact: undefined },
    });
  });
});
