/**
 * The emulator's stand-in for Entra ID's sign-in endpoints. The token endpoint, `POST /<tenant
 * id>/oauth2/v2.0/token` with the client-credentials grant, issues an opaque bearer token bound to that
 * tenant for an hour (emulator clock), refuses a tenant it does not serve (AADSTS90002) or one whose
 * admin gave no consent (AADSTS700016), and later tells which tenant a token was issued for, so every
 * Graph request is answered from its token's tenant and a token of one tenant never reads another. The
 * admin consent page, `GET /<tenant id>/adminconsent?client_id=…`, grants the app every permission in
 * that tenant, as an admin accepting Entra ID's page does.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { EmulatedTenant } from './emulated-tenants.js';
import { sendText, type Exchange } from './http-exchange.js';

/** The token endpoint's and the consent page's paths; the first group is the tenant. */
export const TOKEN_ROUTE = /^\/([^/]+)\/oauth2\/v2\.0\/token$/;
export const CONSENT_ROUTE = /^\/([^/]+)\/adminconsent$/;

/** What a bearer token stands for: a customer tenant's token, an expired one, or none the endpoint issued. */
export type TokenHolder = { readonly kind: 'issued'; readonly tenant: EmulatedTenant } | { readonly kind: 'expired' } | { readonly kind: 'unknown' };

/** Issues tokens and resolves them; takes admin consent. */
export type TokenIssuer = {
  /** Answers a token request for the tenant in the path. */
  answer(exchange: Exchange, tenantInPath: string): Promise<void>;
  /** Answers the admin consent page of the tenant in the path. */
  consent(exchange: Exchange, tenantInPath: string): void;
  holderOf(token: string): TokenHolder;
};

/** Each tenant's consent as it stands (a test or the consent page changes it). */
export type ConsentState = { isConsented(tenant: EmulatedTenant): boolean; grant(tenant: EmulatedTenant): void };

const LIFETIME_SECONDS = 3599;
const MAX_BODY_BYTES = 8 * 1024;
/** Tokens outlive no emulator run of weeks: the oldest go first past this many. */
const MAX_TOKENS = 10_000;

/** A token issuer for `tenants` on `clock`. */
export function createTokenIssuer(tenants: readonly EmulatedTenant[], clock: Clock, consents: ConsentState): TokenIssuer {
  const issued = new Map<string, { readonly tenant: EmulatedTenant; readonly expiresAt: number }>();
  const find = (tenantInPath: string) => tenants.find((candidate) => candidate.id === tenantInPath.toLowerCase());
  return {
    async answer(exchange, tenantInPath) {
      exchange.record.kind = 'token';
      if (exchange.req.method !== 'POST') return refuse(exchange, 405, 'invalid_request', 'AADSTS900561: The endpoint only accepts POST requests.');
      const form = new URLSearchParams(await readBody(exchange));
      const missing = ['grant_type', 'client_id', 'scope'].find((name) => !form.get(name));
      if (missing) return refuse(exchange, 400, 'invalid_request', `AADSTS900144: The request body must contain the following parameter: '${missing}'.`);
      if (form.get('grant_type') !== 'client_credentials') {
        return refuse(exchange, 400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
      }
      const tenant = find(tenantInPath);
      if (!tenant) return refuse(exchange, 400, 'invalid_request', `AADSTS90002: Tenant '${tenantInPath}' not found. Check to make sure you have the correct tenant ID.`);
      exchange.record.tenant = tenant.name;
      if (!consents.isConsented(tenant)) {
        const message =
          `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found in the directory '${tenant.id}'. ` +
          'This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.';
        return refuse(exchange, 400, 'unauthorized_client', message);
      }
      const token = `emulated.${randomBytes(24).toString('base64url')}`;
      issued.set(token, { tenant, expiresAt: clock.now() + LIFETIME_SECONDS * 1000 });
      if (issued.size > MAX_TOKENS) issued.delete(issued.keys().next().value!);
      const body = JSON.stringify({ token_type: 'Bearer', expires_in: LIFETIME_SECONDS, ext_expires_in: LIFETIME_SECONDS, access_token: token });
      sendText(exchange, 200, 'application/json; charset=utf-8', body, { 'Cache-Control': 'no-store' });
    },
    consent(exchange, tenantInPath) {
      exchange.record.kind = 'consent';
      const tenant = find(tenantInPath);
      if (exchange.req.method !== 'GET') return refuse(exchange, 405, 'invalid_request', 'AADSTS900561: The endpoint only accepts GET requests.');
      if (!tenant) return refuse(exchange, 400, 'invalid_request', `AADSTS90002: Tenant '${tenantInPath}' not found. Check to make sure you have the correct tenant ID.`);
      exchange.record.tenant = tenant.name;
      consents.grant(tenant);
      const page = `<!doctype html><title>Permissions granted</title><p>The app can now read ${tenant.name}'s reports, licences and users (emulated tenant ${tenant.id}).</p>`;
      sendText(exchange, 200, 'text/html; charset=utf-8', page);
    },
    holderOf(token) {
      const entry = issued.get(token);
      if (!entry) return { kind: 'unknown' };
      return clock.now() < entry.expiresAt ? { kind: 'issued', tenant: entry.tenant } : { kind: 'expired' };
    },
  };
}

function refuse(exchange: Exchange, status: number, error: string, description: string): void {
  const body = JSON.stringify({ error, error_description: description, error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1])], timestamp: new Date(exchange.errorContext.now).toISOString() });
  sendText(exchange, status, 'application/json; charset=utf-8', body);
}

async function readBody(exchange: Exchange): Promise<string> {
  let text = '';
  for await (const chunk of exchange.req as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > MAX_BODY_BYTES) break;
  }
  return text.slice(0, MAX_BODY_BYTES);
}
