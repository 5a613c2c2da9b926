import type { Attachment } from 'botbuilder';
import { describe, expect, test } from 'vitest';
import type { ViewModels } from '../src/view-models.js';
import { renderDigestCard } from '../src/views/digest-view.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { cardOf, DIGEST, SUMMARY_D30, TENANTS, visibleTexts } from './support/view-fixtures.js';

const texts = (attachment: unknown) => visibleTexts(cardOf(attachment as Attachment));

describe('cards say which tenant they show, once the bot serves several', () => {
  test('the report header leads with the tenant, after the Demo data mark; the source line names it too', () => {
    const contoso = { ...SUMMARY_D30, freshness: { ...SUMMARY_D30.freshness, tenant: 'Contoso' } };
    const shown = texts(renderReplyMessage({ view: 'copilot-summary', model: contoso }, { locale: 'en-US' }));
    expect(shown[0]).toBe('Contoso · Copilot adoption · last 30 days');
    expect(shown.some((line) => line.startsWith('Source: Microsoft Graph, tenant Contoso · fetched '))).toBe(true);
    const demo = { ...contoso, freshness: { ...contoso.freshness, demo: true as const } };
    expect(texts(renderReplyMessage({ view: 'copilot-summary', model: demo }, { locale: 'en-US' }))[0]).toBe('Demo data · Contoso · Copilot adoption · last 30 days');
    // A single-tenant deployment's cards stay as they were.
    expect(texts(renderReplyMessage({ view: 'copilot-summary', model: SUMMARY_D30 }, { locale: 'en-US' }))[0]).toBe('Copilot adoption · last 30 days');
  });

  test('the digest’s title names its tenant', () => {
    const copilot = DIGEST.copilot.status === 'ok' ? { ...DIGEST.copilot, data: { ...DIGEST.copilot.data, freshness: { ...DIGEST.copilot.data.freshness, tenant: 'Fabrikam' } } } : DIGEST.copilot;
    expect(texts(renderDigestCard({ ...DIGEST, copilot }, { locale: 'en-US' }))[0]).toBe('Fabrikam · Weekly Microsoft 365 digest');
  });
});

describe('the tenants card', () => {
  test('one line per tenant with its id, consent and allowed users; what is missing, how to grant it, and why a check failed', () => {
    expect(texts(renderReplyMessage({ view: 'tenants', model: TENANTS }, { locale: 'en-US' }))).toEqual([
      'Tenants',
      'The bot serves Home and 3 customer tenants. Name one in a command (copilot summary @name) or choose one for this conversation (use name).',
      'Contoso: 1b0c7a52-55c4-4d2a-9a6e-2f0f6b8e1c01 · all permissions granted (checked Nov 21, 2026) · 3 users allowed in its Teams',
      'Tailspin_Toys: 2c1d8b63-66d5-4e3b-8b7f-3a1a7c9f2d02 · missing LicenseAssignment.Read.All, User.Read.All (checked Nov 21, 2026) · 0 users allowed in its Teams',
      'Northwind: 3d2e9c74-77e6-4f4c-9c80-4b2b8d0a3e03 · no token from Entra ID (checked Nov 21, 2026) · 1 user allowed in its Teams',
      'Tailspin_Toys: a Global Administrator of that tenant opens its consent page and accepts (LicenseAssignment.Read.All, User.Read.All); then "tenant check Tailspin_Toys".',
      'Northwind: Entra ID issued no token for the bot (AADSTS7000215). Whoever runs the bot checks its app registration\'s credentials, then "tenant check Northwind".',
      '[Consent: Tailspin_Toys]',
    ]);
    const consent = (cardOf(renderReplyMessage({ view: 'tenants', model: TENANTS }, { locale: 'en-US' })).actions as { url?: string }[])[0];
    expect(consent?.url).toBe(TENANTS.tenants[1]!.consentUrl);
  });

  test('after use: which tenant this conversation answers for, and how to go back', () => {
    const inUse = (name: string): ViewModels['tenants'] => ({ event: 'in-use', managingName: 'Home', tenants: [], inUse: name, actions: [] });
    expect(texts(renderReplyMessage({ view: 'tenants', model: inUse('Contoso') }, { locale: 'en-US' }))).toEqual([
      'Tenant in use here',
      'This conversation answers for Contoso when a command names no tenant. "use Home" goes back to the bot\'s own tenant.',
    ]);
    expect(texts(renderReplyMessage({ view: 'tenants', model: inUse('Home') }, { locale: 'en-US' }))[1]).toBe(
      'This conversation answers for Home, the bot\'s own tenant. Name another in a command (copilot summary @name), or type "use <name>".',
    );
  });
});

describe('the overview in the reader’s language', () => {
  const row = (name: string, seats: number, idleSeats: number): ViewModels['overview']['rows'][number] => ({
    name,
    tenantId: '1b0c7a52-55c4-4d2a-9a6e-2f0f6b8e1c01',
    seats,
    idleSeats,
    idleSpend: { monthly: idleSeats * 30, currency: 'USD' },
    problems: [],
  });
  const overview = (rows: ViewModels['overview']['rows']): ViewModels['overview'] => ({ managingName: 'Home', rows, actions: [] });

  test('counts take the language’s plural forms, and customer names stay as typed', () => {
    const rows = [row('Contoso', 1, 1), row('Fabrikam-EU', 22, 5)];
    const italian = texts(renderReplyMessage({ view: 'overview', model: overview(rows) }, { locale: 'it-IT' }));
    expect(italian[0]).toBe('Panoramica clienti');
    expect(italian.find((line) => line.startsWith('Contoso: '))).toMatch(/^Contoso: 1 licenza Copilot · 1 licenza inattiva · /);
    expect(italian.find((line) => line.startsWith('Fabrikam-EU: '))).toMatch(/^Fabrikam-EU: 22 licenze Copilot · 5 licenze inattive · /);
    const russian = texts(renderReplyMessage({ view: 'overview', model: overview(rows) }, { locale: 'ru-RU' }));
    expect(russian.find((line) => line.startsWith('Contoso: '))).toMatch(/^Contoso: 1 лицензия Copilot · 1 простаивает · /);
    expect(russian.find((line) => line.startsWith('Fabrikam-EU: '))).toMatch(/^Fabrikam-EU: 22 лицензии Copilot · 5 простаивают · /);
    expect(russian[1]).toMatch(/^2 организации-клиента, /);
  });

  test('past what a card holds, the note counts the customers shown in the reader’s language and says the CSV has them all', () => {
    const rows = Array.from({ length: 400 }, (_, index) => row(`Customer-${index + 1}`, 120, 43));
    const german = texts(renderReplyMessage({ view: 'overview', model: overview(rows) }, { locale: 'de-DE' }));
    const shown = german.filter((line) => line.startsWith('Customer-')).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(rows.length);
    expect(german).toContain(`${shown} von 400 Kunden angezeigt. Die CSV-Datei enthält alle.`);
  });
});
