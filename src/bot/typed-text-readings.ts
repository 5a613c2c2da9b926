/**
 * What typed text says, read once per distinct text: its tenant words (parse-tenant-text.ts), then the
 * command or plain question in the rest (parse-typed-text.ts). Both readings depend on nothing but the text
 * and the Copilot report API, and admins ask the same few commands again and again, so a warm answer finds
 * its reading here instead of going through both grammars. Only readings that name a command are kept,
 * frozen since every turn asking the same text shares them; tenant commands and refusals are read anew.
 */
import type { ParseResult } from '../commands/command.js';
import { parseTypedText } from '../commands/parse-typed-text.js';
import type { CopilotReportApi } from '../reports/report-request.js';
import { parseTenantText, type TenantText } from '../tenants/parse-tenant-text.js';
import { deepFreeze } from '../deep-freeze.js';
import { BoundedMemory } from './bounded-memory.js';

/** The tenant words of a text and, when they leave a command to read (`plain`, `about`), what the rest asks. */
export type TypedTextReading = Exclude<TenantText, { kind: 'plain' | 'about' }> | (Extract<TenantText, { kind: 'plain' | 'about' }> & { readonly command: ParseResult });

/** Distinct texts remembered: far more than the commands and questions an organisation asks in a day. */
const MAX_READINGS = 1_000;

export class TypedTextReadings {
  private readonly readings = new BoundedMemory<TypedTextReading>(MAX_READINGS);

  constructor(private readonly copilotApi: CopilotReportApi) {}

  read(text: string): TypedTextReading {
    const known = this.readings.get(text);
    if (known) return known;
    const tenantText = parseTenantText(text);
    if (tenantText.kind !== 'plain' && tenantText.kind !== 'about') return tenantText;
    const reading = { ...tenantText, command: parseTypedText(tenantText.text, this.copilotApi) };
    if (reading.command.ok) this.readings.set(text, deepFreeze(reading));
    return reading;
  }
}
