/**
 * The types over the English catalog, the source of keys: a key of another catalog that English lacks,
 * or a message English has and another catalog lacks, does not compile; `t` and `phrase` take exactly
 * the values a message's placeholders name (numbers for plurals and numbers, strings for the rest).
 */
import type { GetICUArgs } from '@schummar/icu-type-parser';
import type { en } from './catalogs/en.js';

/** Every message key, e.g. `help.title`. */
export type MessageKey = keyof typeof en;

/** A catalog: a message for every key, in ICU MessageFormat. */
export type Catalog = { readonly [K in MessageKey]: string };

/** The values message `K` takes, read from its English text. */
export type MessageValues<K extends MessageKey> = GetICUArgs<
  (typeof en)[K],
  { ICUArgument: string | number; ICUNumberArgument: number; ICUDateArgument: never }
>;

/** No argument for a message without placeholders, one object of values otherwise. */
export type ValuesArgument<K extends MessageKey> = keyof MessageValues<K> extends never ? [] : [values: MessageValues<K>];

/**
 * A message chosen where the answer is decided (a handler, a parser) and worded where it is drawn, in
 * the reader's language: models and errors carry phrases, never sentences. JSON-safe.
 */
export type Phrase = {
  readonly [K in MessageKey]: keyof MessageValues<K> extends never
    ? { readonly key: K; readonly values?: undefined }
    : { readonly key: K; readonly values: MessageValues<K> };
}[MessageKey];

/** The phrase of message `key` with its values. */
export function phrase<K extends MessageKey>(key: K, ...values: ValuesArgument<K>): Phrase {
  return (values[0] === undefined ? { key } : { key, values: values[0] }) as Phrase;
}
