/**
 * The tenants one emulator answers for: its own, and the customer tenants beside it, each with its data
 * (the synthetic tenant, its aggregate caches), its own report throttle, and the switches tests flip
 * (names concealed, permissions granted, consent). A Graph request is answered from the tenant its
 * bearer token was issued for at the emulator's token endpoint.
 */
import type { Clock } from '../clock.js';
import { createCopilotAggregateCache, type CopilotAggregateCache } from './copilot-aggregates.js';
import { createFigureShifts, type FigureShifts } from './figure-shifts.js';
import { emulatedTenantOf, type EmulatedTenant, type EmulatedTenantSpec, type GraphPermission } from './emulated-tenants.js';
import { createRequestThrottle, type RequestThrottle } from './request-throttle.js';
import { createTokenIssuer, type TokenIssuer } from './sign-in-endpoints.js';
import type { TenantSpec } from './synthetic-tenant.js';
import { createWorkloadAggregateCache, type WorkloadAggregateCache } from './workload-aggregates.js';

/** The switches of one tenant's answers. */
export type TenantSwitches = {
  setConcealed(on: boolean): void;
  /** The 403 switch of `/subscribedSkus`: false refuses it as Graph does without LicenseAssignment.Read.All. */
  setLicenceAccess(granted: boolean): void;
  /** The 403 switch of `/users` and `/users/delta`: false refuses them as Graph does without User.Read.All. */
  setDirectoryAccess(granted: boolean): void;
  /** The 403 switch of the report functions: false refuses them as Graph does without Reports.Read.All. */
  setReportsAccess(granted: boolean): void;
};

/** A customer tenant's switches, consent included. */
export type CustomerTenantSwitches = TenantSwitches & {
  /** False: the tenant's admin has not consented, so its token requests are refused (AADSTS700016). */
  setConsented(consented: boolean): void;
};

/** What a tenant's answers depend on besides its data. */
export type TenantState = {
  concealed: boolean;
  licenceAccess: boolean;
  directoryAccess: boolean;
  reportsAccess: boolean;
  /** Seconds of the users endpoints' 429, while set. */
  directoryRetryAfter: number | undefined;
  /** Whether the tenant's admin consented to the app (tokens are issued); the emulator's own always has. */
  consented: boolean;
};

/** One tenant's data and state: the emulator's own (no `name`), or a customer tenant's. */
export type ServedTenant = {
  readonly name?: string;
  readonly spec: TenantSpec;
  /** How its figures were moved from a day on (scenarios). */
  readonly shifts: FigureShifts;
  readonly aggregates: CopilotAggregateCache;
  readonly workloads: WorkloadAggregateCache;
  readonly throttle: RequestThrottle;
  readonly switches: TenantState;
};

/** The customer tenants: their ids, their token issuer, the tenant a token reads, and their switches. */
export type ServedCustomers = {
  readonly tenants: readonly EmulatedTenant[];
  readonly tokens: TokenIssuer;
  /** The customer tenant of a request's `Authorization` header; `expired` for an expired token; undefined for any token the endpoint did not issue. */
  tenantOf(authorization: string | undefined): ServedTenant | 'expired' | undefined;
  /** The switches of the tenant named `name`; a RangeError names the tenants there are. */
  switchesOf(name: string): CustomerTenantSwitches;
  /** The customer tenant named `name`; a RangeError names the tenants there are. */
  named(name: string): ServedTenant;
};

/** A tenant of `spec` in state `switches`. */
export function serveTenant(spec: TenantSpec, clock: Clock, switches: TenantState, name?: string): ServedTenant {
  const shifts = createFigureShifts(spec);
  return {
    ...(name !== undefined ? { name } : {}),
    spec,
    shifts,
    aggregates: createCopilotAggregateCache(spec, 4, { users: (day) => shifts.usersFor(day), fingerprint: (day) => shifts.fingerprint(day) }),
    workloads: createWorkloadAggregateCache(spec),
    throttle: createRequestThrottle(clock),
    switches,
  };
}

/** The customer tenants of `specs`, each with the permissions its admin consented to. */
export function createServedCustomers(specs: readonly EmulatedTenantSpec[], clock: Clock): ServedCustomers {
  const tenants = specs.map(emulatedTenantOf);
  const served = new Map(tenants.map((tenant) => [tenant.name, serveCustomer(tenant, clock)]));
  const stateOf = (tenant: EmulatedTenant) => served.get(tenant.name)!.switches;
  const tokens = createTokenIssuer(tenants, clock, {
    isConsented: (tenant) => stateOf(tenant).consented,
    grant: (tenant) => Object.assign(stateOf(tenant), { consented: true, licenceAccess: true, directoryAccess: true, reportsAccess: true }),
  });
  return {
    tenants,
    tokens,
    tenantOf(authorization) {
      const token = /^Bearer\s+(\S.*)$/i.exec(authorization ?? '')?.[1];
      const holder = token === undefined ? undefined : tokens.holderOf(token);
      if (holder?.kind === 'expired') return 'expired';
      return holder?.kind === 'issued' ? served.get(holder.tenant.name) : undefined;
    },
    switchesOf(name) {
      const tenant = this.named(name);
      return { ...switchesOf(tenant), setConsented: (consented) => void (tenant.switches.consented = consented) };
    },
    named(name) {
      const tenant = served.get(name);
      if (!tenant) throw new RangeError(`The emulator serves no tenant named "${name}"; it serves ${tenants.map((customer) => customer.name).join(', ') || 'only its own'}.`);
      return tenant;
    },
  };
}

/** The switches over `tenant`'s state. */
export function switchesOf(tenant: ServedTenant): TenantSwitches {
  const { switches } = tenant;
  return {
    setConcealed: (on) => void (switches.concealed = on),
    setLicenceAccess: (granted) => void (switches.licenceAccess = granted),
    setDirectoryAccess: (granted) => void (switches.directoryAccess = granted),
    setReportsAccess: (granted) => void (switches.reportsAccess = granted),
  };
}

function serveCustomer(tenant: EmulatedTenant, clock: Clock): ServedTenant {
  const granted = (permission: GraphPermission) => tenant.permissions.includes(permission);
  return serveTenant(
    // Each customer's users in a domain of its own, so a test sees at once whose user a name is.
    { seed: tenant.seed, users: tenant.users, domain: `${tenant.name}.onmicrosoft.com` },
    clock,
    {
      concealed: false,
      licenceAccess: granted('LicenseAssignment.Read.All'),
      directoryAccess: granted('User.Read.All'),
      reportsAccess: granted('Reports.Read.All'),
      directoryRetryAfter: undefined,
      consented: tenant.permissions.length > 0,
    },
    tenant.name,
  );
}
