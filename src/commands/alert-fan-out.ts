/**
 * Alert commands for every customer tenant at once (`alert idle-seats > 100 @all`, `alerts @all`),
 * asked in the managing tenant: the command is answered in each customer's own part of the store,
 * with that customer's figures, as if asked with `@name`; the reply is one card with a line per
 * customer. Each customer's rule is its own afterwards (its number, state and posts).
 */
import { ruleModelOf } from '../alerts/alert-rule.js';
import { forEachLimited } from '../digest/for-each-limited.js';
import type { AlertTenantRow, ViewModels } from '../view-models.js';
import type { Command } from './command.js';
import { errorReply } from './error-reply.js';
import type { HandlerContext, HandlerDeps } from './handler-context.js';
import type { Reply } from './reply.js';

/** Customers answered at once: each may read its figures from Graph. */
const PARALLEL_CUSTOMERS = 8;

/** Answers `command` in every customer with `answer`, and sums it up on one card. */
export async function answerForEveryCustomer(
  command: Extract<Command, { name: 'alert-set' | 'alert-list' }>,
  context: HandlerContext,
  customers: readonly { readonly name: string; readonly deps: HandlerDeps }[],
  answer: (deps: HandlerDeps) => Promise<Reply>,
): Promise<Reply> {
  const rows: AlertTenantRow[] = [];
  await forEachLimited(customers, PARALLEL_CUSTOMERS, async (customer, index) => {
    const reply = await answer(customer.deps).catch((error: unknown) => errorReply(error, { command, delivery: 'here' }));
    rows[index] = { tenant: customer.name, ...outcomeOf(reply) };
  });
  const model: ViewModels['alert-tenants'] = {
    event: command.name === 'alert-set' ? 'set' : 'list',
    conversation: context.conversation,
    ...(command.name === 'alert-set' ? { rule: valueOf(command) } : {}),
    rows,
    actions: [],
  };
  return { messages: [{ view: 'alert-tenants', model }] };
}

/** The rule as the card shows it. */
function valueOf(command: Extract<Command, { name: 'alert-set' }>): NonNullable<ViewModels['alert-tenants']['rule']> {
  const { number: _number, ...rule } = ruleModelOf({ number: 0, ...command });
  return rule;
}

type Outcome = AlertTenantRow extends infer Row ? (Row extends AlertTenantRow ? Omit<Row, 'tenant'> : never) : never;

/** What one customer's answer says: the alert-rules card's event, or the refusal's message. */
function outcomeOf(reply: Reply): Outcome {
  const [message] = reply.messages;
  if (message?.view === 'error') return { outcome: 'refused', reason: message.model.message };
  if (message?.view !== 'alert-rules') return { outcome: 'refused', reason: message?.view ?? 'no answer' };
  const { event, changed, current, rules, maxRules } = message.model;
  if (event === 'full') return { outcome: 'full', maxRules };
  if (event === 'exists' && changed) return { outcome: 'exists', number: changed.number };
  if (event === 'set' && changed) return { outcome: 'set', number: changed.number, ...(current ? { current } : {}) };
  return { outcome: 'rules', rules: rules.length, firing: rules.filter((rule) => rule.state === 'firing').length };
}
