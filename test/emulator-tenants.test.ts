import { describe, expect, test } from 'vitest';
import { parseEmulatedTenants } from '../src/emulator/emulated-tenants.js';
import { call, errorOf, fetchCsv, readCsv, requestToken, startTestEmulator, tokenFor } from './support/emulator-http.js';

const START = Date.parse('2026-11-12T10:00:00Z');
const TENANTS = parseEmulatedTenants('contoso:300,fabrikam:700,tailspin:200:Reports.Read.All,northwind:100:none');
if (!TENANTS.ok) throw new Error(TENANTS.message);

const COPILOT_USERS = "/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30',version='v1')";
const ACTIVE_USERS = "/v1.0/reports/getOffice365ActiveUserDetail(period='D7')";

async function startWithTenants() {
  const started = await startTestEmulator(START, { tenants: TENANTS.ok ? TENANTS.tenants : [] });
  const idOf = (name: string) => started.emulator.tenants.find((tenant) => tenant.name === name)!.id;
  return { ...started, idOf };
}

describe('EMULATOR_TENANTS', () => {
  test('names, sizes and the permissions each admin consented to (all three unless named; none: no consent)', () => {
    expect(TENANTS).toEqual({
      ok: true,
      tenants: [
        { name: 'contoso', users: 300, permissions: ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] },
        { name: 'fabrikam', users: 700, permissions: ['Reports.Read.All', 'LicenseAssignment.Read.All', 'User.Read.All'] },
        { name: 'tailspin', users: 200, permissions: ['Reports.Read.All'] },
        { name: 'northwind', users: 100, permissions: [] },
      ],
    });
  });

  test.each([
    ['contoso', 'has "contoso"; write name:users'],
    ['Contoso:20', 'has "Contoso:20"; write name:users'],
    ['contoso:0', 'write name:users'],
    ['contoso:20,contoso:30', 'names "contoso" twice'],
    ['contoso:20:Mail.Read', 'its permissions are none, or Reports.Read.All, LicenseAssignment.Read.All, User.Read.All joined with +'],
  ])('%s is refused: %s', (text, message) => {
    const parsed = parseEmulatedTenants(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  test('a tenant’s id and data follow from its name: the same list gives the same tenants', async () => {
    const first = await startWithTenants();
    const second = await startWithTenants();
    expect(second.emulator.tenants).toEqual(first.emulator.tenants);
    expect(new Set(first.emulator.tenants.map((tenant) => tenant.id)).size).toBe(4);
  });
});

describe('one emulator, several tenants: the token says whose data a request reads', () => {
  test("each tenant's report is the one a single-tenant emulator of its size and seed serves, its users in a domain of its own, and no other tenant's", async () => {
    const { emulator, idOf } = await startWithTenants();
    for (const name of ['contoso', 'fabrikam']) {
      const tenant = emulator.tenants.find((candidate) => candidate.name === name)!;
      const served = await fetchCsv(emulator, COPILOT_USERS, { token: await tokenFor(emulator, idOf(name)) });
      const { emulator: alone } = await startTestEmulator(START, { users: tenant.users, seed: tenant.seed });
      expect(served).toBe((await fetchCsv(alone, COPILOT_USERS)).replaceAll('@contoso.onmicrosoft.com', `@${name}.onmicrosoft.com`));
    }
    const contoso = readCsv(await fetchCsv(emulator, ACTIVE_USERS, { token: await tokenFor(emulator, idOf('contoso')) }));
    const fabrikam = readCsv(await fetchCsv(emulator, ACTIVE_USERS, { token: await tokenFor(emulator, idOf('fabrikam')) }));
    const own = readCsv(await fetchCsv(emulator, ACTIVE_USERS));
    const names = (csv: typeof own) => new Set(csv.rows.map((row) => row['User Principal Name']));
    expect([...names(contoso)].filter((name) => names(fabrikam).has(name) || names(own).has(name))).toEqual([]);
    expect(contoso.rows.length).toBeLessThan(fabrikam.rows.length);
  });

  test('every request is recorded with the tenant its token was issued for; the token endpoint’s too', async () => {
    const { emulator, idOf } = await startWithTenants();
    const token = await tokenFor(emulator, idOf('fabrikam'));
    await fetchCsv(emulator, ACTIVE_USERS, { token });
    await fetchCsv(emulator, ACTIVE_USERS);
    const seen = emulator.requests.map(({ kind, tenant, status }) => ({ kind, tenant, status }));
    expect(seen).toEqual([
      { kind: 'token', tenant: 'fabrikam', status: 200 },
      { kind: 'api', tenant: 'fabrikam', status: 302 },
      { kind: 'download', tenant: undefined, status: 200 },
      { kind: 'api', tenant: undefined, status: 302 },
      { kind: 'download', tenant: undefined, status: 200 },
    ]);
  });

  test('a token lasts an hour on the emulator’s clock; an expired one is refused 401 as Graph refuses it', async () => {
    const { emulator, clock, idOf } = await startWithTenants();
    const token = await tokenFor(emulator, idOf('contoso'));
    clock.advance(3_600_000);
    const response = await call(emulator, ACTIVE_USERS, { token });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' });
  });

  test('faults can be aimed at one tenant', async () => {
    const { emulator, idOf } = await startWithTenants();
    emulator.injectFault({ target: 'api', tenant: 'contoso', status: 429, retryAfter: '30', times: 5 });
    const fabrikam = await call(emulator, ACTIVE_USERS, { token: await tokenFor(emulator, idOf('fabrikam')) });
    const contoso = await call(emulator, ACTIVE_USERS, { token: await tokenFor(emulator, idOf('contoso')) });
    expect([fabrikam.status, contoso.status]).toEqual([302, 429]);
  });
});

describe('sign-in and consent as Entra ID answers them', () => {
  test('a tenant the emulator does not serve: 400 AADSTS90002', async () => {
    const { emulator } = await startWithTenants();
    const response = await requestToken(emulator, '0a0a0a0a-0000-4000-8000-000000000001');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/^AADSTS90002: Tenant '0a0a0a0a-0000-4000-8000-000000000001' not found/) });
  });

  test('a request without a grant type is refused, naming the parameter', async () => {
    const { emulator, idOf } = await startWithTenants();
    const body = new URLSearchParams({ client_id: 'x', scope: 'y' });
    const response = await fetch(`${emulator.url}/${idOf('contoso')}/oauth2/v2.0/token`, { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_description: "AADSTS900144: The request body must contain the following parameter: 'grant_type'." });
  });

  test('no admin consent: no token (AADSTS700016) until the admin opens the consent page; then every permission is granted', async () => {
    const { emulator, idOf } = await startWithTenants();
    const refused = await requestToken(emulator, idOf('northwind'));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'unauthorized_client', error_description: expect.stringContaining(`AADSTS700016: Application with identifier 'test-app' was not found in the directory '${idOf('northwind')}'`) });
    const consent = await fetch(`${emulator.url}/${idOf('northwind')}/adminconsent?client_id=test-app`);
    expect(consent.status).toBe(200);
    const token = await tokenFor(emulator, idOf('northwind'));
    expect((await call(emulator, '/v1.0/subscribedSkus', { token })).status).toBe(200);
    expect((await call(emulator, ACTIVE_USERS, { token })).status).toBe(302);
  });

  test('consented to some permissions only: the others answer 403 as Graph does', async () => {
    const { emulator, idOf } = await startWithTenants();
    const token = await tokenFor(emulator, idOf('tailspin'));
    expect((await call(emulator, ACTIVE_USERS, { token })).status).toBe(302);
    for (const path of ['/v1.0/subscribedSkus', '/v1.0/users?$top=1&$select=id']) {
      const response = await call(emulator, path, { token });
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toMatchObject({ code: 'Authorization_RequestDenied' });
    }
    emulator.tenant('tailspin').setReportsAccess(false);
    expect((await call(emulator, ACTIVE_USERS, { token })).status).toBe(403);
    expect(() => emulator.tenant('litware')).toThrow('The emulator serves no tenant named "litware"; it serves contoso, fabrikam, tailspin, northwind.');
  });
});
