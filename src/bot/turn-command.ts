/**
 * What a message or card action asks, read with its tenant: a tenant command (answered here), tenant
 * words that cannot be answered (refused here), text or a card's command that the grammar does not
 * take, or a command with the tenant it is about and the handler dependencies of that tenant.
 */
import type { Command, CommandError, ParsedCommand } from '../commands/command.js';
import type { HandlerDeps } from '../commands/handler-context.js';
import { MAX_SUBMIT_COMMAND_LENGTH, parseSubmit } from '../commands/parse.js';
import type { Reply } from '../commands/reply.js';
import type { CommandAction } from '../view-models.js';
import { parseTenantText, type TenantCommand } from '../tenants/parse-tenant-text.js';
import { EVERY_CUSTOMER_NAME, isEveryCustomerName } from '../tenants/tenant-name.js';
import { phrase } from '../i18n/message-types.js';
import { tenantRefusal } from '../tenants/tenant-refusal.js';
import type { Home, Tenancy } from './tenancy.js';
import { readPinnedTenant } from './tenant-pin.js';
import type { TypedTextReadings } from './typed-text-readings.js';

/** The tenant a command is answered about: its handler dependencies, and the tenant its cards' buttons keep (while several are served). */
export type TurnScope = { readonly tenantId: string; readonly deps: HandlerDeps; readonly pin?: string };

/** A message's text, or a card's submitted data. */
export type TurnInput = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'submit'; readonly value: unknown };

export type TurnRead =
  | { readonly kind: 'command'; readonly parsed: ParsedCommand; readonly scope: TurnScope }
  /** The grammar did not take it: the refusal says what was not understood. */
  | { readonly kind: 'not-understood'; readonly error: CommandError }
  /** A tenant command's answer, or a refusal about the tenant. */
  | { readonly kind: 'reply'; readonly reply: Reply };

/** Reads `input`, asked in `home`'s conversation `conversationId` by `requestedBy`. */
export async function readTurn(
  input: TurnInput,
  asked: { readonly home: Home; readonly conversationId: string; readonly requestedBy: string },
  tenancy: Tenancy,
  readings: TypedTextReadings,
): Promise<TurnRead> {
  let result;
  let named: { name?: string; id?: string } = {};
  if (input.kind === 'submit') {
    // A card's "Tenants" button carries a tenant command, which the command grammar does not take.
    const tenantCommand = tenantCommandOf(input.value);
    if (tenantCommand) return { kind: 'reply', reply: await tenancy.answer(tenantCommand, asked.home, asked.conversationId, asked.requestedBy) };
    result = parseSubmit(input.value);
    const id = readPinnedTenant(input.value);
    if (id !== undefined) named = { id };
  } else {
    const reading = readings.read(input.text);
    switch (reading.kind) {
      case 'tenant-command':
        return { kind: 'reply', reply: await tenancy.answer(reading.command, asked.home, asked.conversationId, asked.requestedBy) };
      case 'refused':
        return { kind: 'reply', reply: tenantRefusal('TENANT_COMMAND', phrase('tenantParse.title'), reading.message, [{ title: phrase('action.tenants'), command: 'tenants' }]) };
      case 'about':
        named = { name: reading.tenantName };
        result = reading.command;
        break;
      case 'plain':
        result = reading.command;
    }
  }
  if (!result.ok) return { kind: 'not-understood', error: result.error };
  // The overview is about every customer at once: answered from the conversation's own tenant (only the managing one has it).
  if (isOverview(result.parsed.command)) {
    // `overview @all` is the overview; a single tenant is not.
    if (named.name !== undefined && !isEveryCustomerName(named.name)) return { kind: 'reply', reply: tenantRefusal('TENANT_OVERVIEW', phrase('tenantRefusal.overviewNamedTitle'), phrase('tenantRefusal.overviewNamed', { name: named.name }), [OVERVIEW]) };
    return { kind: 'command', parsed: result.parsed, scope: scopeOf(asked.home.tenantId, tenancy) };
  }
  // `@all` typed, or a button of an `@all` answer (it keeps `all` as its tenant).
  const every = named.name ?? named.id;
  if (asked.home.managing && every !== undefined && isEveryCustomerName(every)) return readEveryCustomer(result.parsed, asked.home, tenancy);
  const subject = await tenancy.subjectOf(asked.home, asked.conversationId, named);
  if (!subject.ok) return { kind: 'reply', reply: subject.reply };
  // Help describes what this conversation can ask, which its own tenant decides (the overview is the managing tenant's).
  const about = result.parsed.command.name === 'help' ? asked.home.tenantId : subject.tenantId;
  return { kind: 'command', parsed: result.parsed, scope: scopeOf(about, tenancy) };
}

/** The tenant command a card's submitted data carries (`{ command: 'tenants' }`), if it carries one. */
function tenantCommandOf(value: unknown): TenantCommand | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const command = Object.getOwnPropertyDescriptor(value, 'command')?.value as unknown;
  if (typeof command !== 'string' || command.length > MAX_SUBMIT_COMMAND_LENGTH) return undefined;
  const read = parseTenantText(command);
  return read.kind === 'tenant-command' ? read.command : undefined;
}

/** `@all` in the managing tenant: alert commands for each customer, digest commands for the weekly overview digest. */
function readEveryCustomer(parsed: ParsedCommand, home: Home, tenancy: Tenancy): TurnRead {
  const { name } = parsed.command;
  const scope = (deps: HandlerDeps): TurnRead => ({ kind: 'command', parsed, scope: { tenantId: home.tenantId, deps, pin: EVERY_CUSTOMER_NAME } });
  if (name === 'alert-set' || name === 'alert-list' || name === 'alert-remove') return scope(tenancy.everyCustomer.alertDeps);
  if (name.startsWith('digest-')) return scope(tenancy.everyCustomer.digestDeps);
  return { kind: 'reply', reply: tenantRefusal('TENANT_ALL', phrase('tenantRefusal.everyCustomerTitle'), phrase('tenantRefusal.everyCustomer'), [OVERVIEW]) };
}

const OVERVIEW: CommandAction = { title: phrase('action.overview'), command: 'overview' };

function isOverview(command: Command): boolean {
  return command.name === 'overview' || (command.name === 'export' && command.target.name === 'overview');
}

/** The scope of answers about `tenantId`; its handler dependencies are made when a handler runs, which an answer kept ready to send never does. */
function scopeOf(tenantId: string, tenancy: Tenancy): TurnScope {
  return {
    tenantId,
    get deps() {
      return tenancy.depsFor(tenantId);
    },
    ...(tenancy.servesSeveral ? { pin: tenantId } : {}),
  };
}
