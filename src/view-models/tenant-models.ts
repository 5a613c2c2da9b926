/**
 * The customer tenants as the tenant commands and the managing tenant's overview show them: their
 * permission check, and the overview's figures with why some are missing.
 */

/** A customer tenant as the tenant commands show it. */
export type TenantRow = {
  readonly name: string;
  readonly id: string;
  /** How many of the tenant's own users may use the bot in its Teams. */
  readonly allowedUsers: number;
  /** The last permission check; absent before the first. */
  readonly check?: {
    readonly checkedAt: string;
    /** `missing`: the tenant's admin has not consented to the app; `failed`: no token for another reason. */
    readonly consent: 'granted' | 'missing' | 'failed';
    readonly missing: readonly string[];
    readonly unknown: readonly string[];
    /** Entra ID's error code (`AADSTS7000215`) when no token was issued: data, shown as it is. */
    readonly entraCode?: string;
  };
  /** Where the tenant's admin grants the app its permissions, when a consent or permission is missing. */
  readonly consentUrl?: string;
};

/** One customer tenant in the overview; a figure is absent when it could not be read. */
export type OverviewRow = {
  readonly name: string;
  readonly tenantId: string;
  /** Purchased Copilot seats. */
  readonly seats?: number;
  /** Active users ÷ enabled users over the idle window, as a ratio. */
  readonly activeRate?: number;
  /** The idle window: D30, or D28 under Copilot report v2. */
  readonly idlePeriod?: string;
  readonly idleSeats?: number;
  /** A month's idle spend; absent without a licence price. */
  readonly idleSpend?: { readonly monthly: number; readonly currency: string };
  /** The day the usage data describes. */
  readonly refreshDate?: string;
  readonly problems: readonly OverviewProblem[];
};

/** Why a customer's figures are missing or may be incomplete. */
export type OverviewProblem =
  | { readonly code: 'consent-missing' | 'throttled' | 'unreadable' }
  | { readonly code: 'permissions-missing'; readonly permissions?: readonly string[] };
