/**
 * The rows the Copilot and groups answers count and list: per app, per user, per attribute value and per
 * group, as raw numbers and ISO dates.
 */
import type { CopilotUsage } from '../reports/insights.js';

export type AppCount = { readonly key: string; readonly label: string; readonly enabled: number; readonly active: number };

export type CopilotPeriodCounts = {
  readonly period: string;
  readonly days: number;
  readonly enabled: number;
  readonly active: number;
  readonly apps: readonly AppCount[];
  /** Copilot report v2 only. */
  readonly promptsSubmitted?: number;
};

export type CopilotUserRow = {
  readonly userPrincipalName: string;
  readonly displayName?: string;
  readonly lastActivityDate?: string;
  /** Labels of the apps used within the period, e.g. ['Teams', 'Word']. */
  readonly appsUsed: readonly string[];
  /** Copilot report v2 only: prompts submitted and active usage days in the period. */
  readonly usage?: CopilotUsage;
};

/** What a grouped answer is about: its rows are sorted by it (most users, most inactive, most idle spend first). */
export type GroupFocus = 'users' | 'inactive' | 'idle';

/** Whose users a grouped answer counts: Copilot's enabled users, or the users licensed for any Microsoft 365 workload. */
export type GroupSubject = 'copilot' | 'microsoft-365';

/** One row of a grouped answer: a value of the attribute, or several folded into "other". */
export type AttributeRow = {
  /** `other`: values folded together (beyond the card's rows, or groups too small to show in a channel). */
  readonly kind: 'value' | 'not-set' | 'not-in-directory' | 'other';
  /** The value, "(not set)" or "(not in directory)"; empty for `other`. */
  readonly label: string;
  /** For `other`: how many values it holds. */
  readonly values?: number;
  readonly users: number;
  readonly active: number;
  readonly neverActive?: number;
  /** Licences: idle seats (assigned, no activity in the idle window) and what they cost a month. */
  readonly idle?: number;
  readonly idleMonthly?: number;
};

export type GroupRow = {
  readonly name: string;
  readonly type?: string;
  readonly owner?: string;
  readonly lastActivityDate?: string;
  readonly memberCount?: number;
  readonly guestCount?: number;
  readonly exchangeReceivedEmailCount?: number;
  readonly sharePointActiveFileCount?: number;
  readonly storageBytes?: number;
  readonly deleted: boolean;
  /** Graph's group id, to tell apart groups of the same name. */
  readonly id: string;
};
