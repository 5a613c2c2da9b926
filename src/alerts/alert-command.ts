/**
 * The alert commands as the chat grammar parses them (`alert …`, `alerts`): part of the `Command`
 * union, answered by commands/alert-handlers.ts, read by parse-alert-command.ts.
 */
import type { Language } from '../i18n/languages.js';
import type { AlertKindName, AlertUnit } from '../view-models.js';

/** A threshold as typed: `> 100`, `> 10%`, `> 5000 USD` (currency absent: the configured one), `> 10` points. */
export type AlertThreshold = { readonly value: number; readonly unit: AlertUnit; readonly currency?: string };

export type AlertCommand =
  /** `alert idle-seats > 100`: a new rule in the conversation asked in. */
  | { readonly name: 'alert-set'; readonly kind: AlertKindName; readonly threshold: AlertThreshold; readonly sku?: string; readonly period?: string }
  /** `alerts`: the conversation's rules and their state. */
  | { readonly name: 'alert-list' }
  | { readonly name: 'alert-remove'; readonly number: number }
  /** `alert snooze 2 7d`: rule 2 posts nothing for `hours`. */
  | { readonly name: 'alert-snooze'; readonly number: number; readonly hours: number }
  /** `alert exclude <sku>`: the conversation's Copilot seat rules leave the SKU out; `include` counts it again. */
  | { readonly name: 'alert-exclude'; readonly sku: string }
  | { readonly name: 'alert-include'; readonly sku: string }
  /** `alert language it`: the conversation's alerts are posted in that language from now on. */
  | { readonly name: 'alert-language'; readonly language: Language };

export type AlertCommandName = AlertCommand['name'];
