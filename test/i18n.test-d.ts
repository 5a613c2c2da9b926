import { expectTypeOf, test } from 'vitest';
import type { Catalog, MessageValues, Phrase } from '../src/i18n/message-types.js';
import { phrase } from '../src/i18n/message-types.js';
import { messagesFor } from '../src/i18n/messages.js';

const { t } = messagesFor({ locale: 'it-IT' });

test('a message takes exactly the values its English text names', () => {
  expectTypeOf<MessageValues<'file.rows'>>().toEqualTypeOf<{ count: number }>();
  expectTypeOf(t('help.title')).toEqualTypeOf<string>();
  expectTypeOf(t('file.rows', { count: 3 })).toEqualTypeOf<string>();
  // @ts-expect-error a plural takes a number
  t('file.rows', { count: '3' });
  // @ts-expect-error a placeholder left out
  t('progress.note', {});
  // @ts-expect-error values for a message without placeholders
  t('help.title', { period: 'D30' });
  // @ts-expect-error no such key
  t('help.titel');
});

test('phrases carry a key and its values, checked the same way', () => {
  expectTypeOf(phrase('action.lastDays', { days: 7 })).toEqualTypeOf<Phrase>();
  // @ts-expect-error the values of another message
  phrase('action.lastDays', { count: 7 });
});

test('a catalog is a message for every key, and nothing else', () => {
  // @ts-expect-error a key missing
  const missing: Catalog = { 'help.title': 'x' };
  void missing;
});
