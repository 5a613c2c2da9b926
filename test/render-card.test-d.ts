import type { Audience } from '../src/i18n/audience.js';
import { expectTypeOf, test } from 'vitest';
import type { CardAttachment } from '../src/teams-message.js';
import type { ReplyMessage, ViewName } from '../src/view-models.js';
import type { DisplayText } from '../src/views/display-text.js';
import { escapeCardText } from '../src/views/escape-card-text.js';
import { renderCard, type CardData, type CardName } from '../src/views/render-card.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { VIEW_BUILDERS, type ViewBuilder } from '../src/views/view-builders.js';

test('every view has a card of the same name, and every card a view', () => {
  expectTypeOf<ViewName>().toEqualTypeOf<CardName>();
  expectTypeOf<CardName>().toEqualTypeOf<keyof CardData>();
  expectTypeOf(VIEW_BUILDERS).toEqualTypeOf<{ readonly [K in ViewName]: ViewBuilder<K> }>();
});

test('renderCard takes exactly the data of the card it is asked for', () => {
  expectTypeOf(renderCard<'help'>).parameter(1).toEqualTypeOf<CardData['help']>();
  expectTypeOf(renderCard<'status'>).returns.toEqualTypeOf<CardAttachment>();

  const sent: CardData['sent-privately'] = { message: escapeCardText('Sent.') };
  renderCard('sent-privately', sent);
  // @ts-expect-error the data of one card is not the data of another
  renderCard('help', sent);
  // @ts-expect-error a name without a template
  renderCard('dashboard', sent);
  // @ts-expect-error raw strings are not display text: report values must go through an encoder
  renderCard('sent-privately', { message: '[click](https://evil.example)' });
  // @ts-expect-error a missing field
  renderCard('error', { title: escapeCardText('x') });
});

test('display text is a string but a string is not display text', () => {
  expectTypeOf<DisplayText>().toExtend<string>();
  expectTypeOf<string>().not.toExtend<DisplayText>();
  expectTypeOf(escapeCardText).returns.toEqualTypeOf<DisplayText>();
});

test('the bot and the terminal take any reply message, an audience (language, locale and zone, each may be missing) and, for a plain question, the command it ran', () => {
  expectTypeOf(renderReplyMessage).parameters.toEqualTypeOf<[ReplyMessage, Audience, (string | undefined)?]>();
  expectTypeOf(renderReplyMessage).returns.toEqualTypeOf<CardAttachment>();
  expectTypeOf(formatReplyText).parameters.toEqualTypeOf<[ReplyMessage, Audience, (string | undefined)?]>();
  expectTypeOf(formatReplyText).returns.toEqualTypeOf<string>();
  // @ts-expect-error a view with another view's model is not a reply message
  renderReplyMessage({ view: 'help', model: { what: 'the list' } }, { locale: 'en-US' });
});
