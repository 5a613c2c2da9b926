/**
 * Compiles an Adaptive Card template once into a function that binds data, with the output of
 * adaptivecards-templating 2.3's `Template.expand`: `$data` repeats (with `$index`), `$when` drops, reserved
 * fields removed, nulls dropped from arrays, repeated arrays flattened, unbound `${path}` kept as text.
 * The expressions our cards use (`${a.b}`, `${!a}`, `${count(a) > 0}`) are read straight from the data;
 * any other expression, or a value that is missing or of an unexpected type, is evaluated by the library
 * itself, so its answer is the library's. Expanding through the library took about half of a turn's
 * rendering time (a memory object, a path split and a case-insensitive key search per expression).
 */
import type { Expression } from 'adaptive-expressions';
import { Template } from 'adaptivecards-templating';

/** The bound card, or `null` when the root's `$when` dropped it. */
export type CompiledCardTemplate = (root: unknown) => unknown;

/** Where an expression is evaluated: the current `$data`, the root and the current repeat index. */
type Scope = { readonly data: unknown; readonly root: unknown; readonly index: number | undefined };
type Node = (scope: Scope) => unknown;
/** An expression: the value and whether the library would have failed to evaluate it. */
type Evaluate = (scope: Scope, allowSubstitutions: boolean) => { value: unknown; error?: unknown };

const RESERVED_FIELDS = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);
const PATH = '([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)';
const READ_PATH = new RegExp(`^\\$\\{${PATH}\\}$`);
const NOT_PATH = new RegExp(`^\\$\\{!${PATH}\\}$`);
const COUNT_ABOVE_ZERO = new RegExp(`^\\$\\{count\\(${PATH}\\) > 0\\}$`);

/** The library's own evaluation (a private static of `Template`, pinned by the exact dependency version and the equivalence test). */
const library = Template as unknown as {
  internalTryEvaluateExpression(expression: Expression, context: object, allowSubstitutions: boolean): { value: unknown; error?: unknown };
};

/** Compiles a parsed template (the JSON of `cards/<name>.json`); expressions are parsed here, once. */
export function compileCardTemplate(template: unknown): CompiledCardTemplate {
  const node = compileNode(template);
  return (root) => node({ data: root, root, index: undefined });
}

function compileNode(template: unknown): Node {
  if (typeof template === 'string') return compileString(template);
  if (Array.isArray(template)) return compileArray(template);
  if (typeof template === 'object' && template !== null) return compileObject(template as Record<string, unknown>);
  return () => template;
}

function compileString(text: string): Node {
  const evaluate = compileExpression(text);
  if (!evaluate) return () => text;
  return (scope) => {
    const { value, error } = evaluate(scope, true);
    if (error) throw new Error(describeError(error));
    return value;
  };
}

/** An evaluator for `text`, or undefined when the library takes it as plain text. */
function compileExpression(text: string): Evaluate | undefined {
  const parsed = Template.parseInterpolatedString(text);
  if (typeof parsed === 'string') return undefined;
  const slow: Evaluate = (scope, allowSubstitutions) =>
    library.internalTryEvaluateExpression(parsed, { $root: scope.root, $data: scope.data, $index: scope.index }, allowSubstitutions);
  const read = READ_PATH.exec(text);
  if (read) {
    const path = read[1]!.split('.');
    return (scope, allow) => {
      const value = readPath(scope.data, path);
      return value === undefined || value === null ? slow(scope, allow) : { value };
    };
  }
  const not = NOT_PATH.exec(text);
  if (not) {
    const path = not[1]!.split('.');
    return (scope, allow) => {
      const value = readPath(scope.data, path);
      return typeof value === 'boolean' ? { value: !value } : slow(scope, allow);
    };
  }
  const countAboveZero = COUNT_ABOVE_ZERO.exec(text);
  if (countAboveZero) {
    const path = countAboveZero[1]!.split('.');
    return (scope, allow) => {
      const value = readPath(scope.data, path);
      return Array.isArray(value) ? { value: value.length > 0 } : slow(scope, allow);
    };
  }
  return slow;
}

/** Own enumerable properties only, as the library reads them; anything else is left to the library (it also matches keys case-insensitively). */
function readPath(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.prototype.propertyIsEnumerable.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function compileArray(template: readonly unknown[]): Node {
  const items = template.map(compileNode);
  return (scope) => {
    const result: unknown[] = [];
    for (const item of items) {
      const value = item(scope);
      if (value === null) continue;
      if (Array.isArray(value)) result.push(...(value as unknown[]));
      else result.push(value);
    }
    return result;
  };
}

function compileObject(template: Record<string, unknown>): Node {
  const keep = compileWhen(template.$when);
  const dataSource = template.$data;
  const data = typeof dataSource === 'string' ? compileExpression(dataSource) : undefined;
  const properties = Object.keys(template)
    .filter((key) => !RESERVED_FIELDS.has(key))
    .map((key) => [key, compileNode(template[key])] as const);

  const expandOne = (scope: Scope): Record<string, unknown> | null => {
    if (!keep(scope)) return null;
    const expanded: Record<string, unknown> = {};
    for (const [key, node] of properties) {
      const value = node(scope);
      if (value !== undefined) expanded[key] = value;
    }
    return expanded;
  };

  return (scope) => {
    if (dataSource === undefined) return expandOne(scope);
    let contexts: unknown = dataSource;
    if (data) {
      const { value, error } = data(scope, true);
      if (error) throw new Error(describeError(error));
      contexts = value;
    }
    if (!Array.isArray(contexts)) return expandOne(contexts === undefined ? scope : { ...scope, data: contexts });
    const results: Record<string, unknown>[] = [];
    // As the library does: an undefined item repeats with the `$data` of the item before it.
    let current = scope.data;
    contexts.forEach((context: unknown, index) => {
      if (context !== undefined) current = context;
      const expanded = expandOne({ data: current, root: scope.root, index });
      if (expanded) results.push(expanded);
    });
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  };
}

/**
 * `$when` as the library reads it: an expression keeps the element only when it evaluates, without
 * substitutions, to `true`; any other truthy value drops it; a missing or falsy one keeps it.
 */
function compileWhen(when: unknown): (scope: Scope) => boolean {
  const evaluate = typeof when === 'string' ? compileExpression(when) : undefined;
  if (evaluate) {
    return (scope) => {
      const { value, error } = evaluate(scope, false);
      return !error && value === true;
    };
  }
  return when ? () => false : () => true;
}

/** adaptive-expressions reports an evaluation error as a string (typed unknown). */
function describeError(error: unknown): string {
  return typeof error === 'string' ? error : JSON.stringify(error);
}
