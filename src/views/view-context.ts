/**
 * What a view builder needs besides its model: the messages of the answer's language, the value
 * formats of the reader's locale and time zone, and the text encoder for the medium (escaping for
 * cards, cleaning for the terminal).
 */
import type { Audience } from '../i18n/audience.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import { encodePlainText, type EncodeText } from './display-text.js';
import { escapeCardText } from './escape-card-text.js';
import { formatValuesFor, type ValueFormat } from './format-values.js';

/** Words, locale formats and the text encoder of the medium being drawn for. */
export type ViewContext = { readonly messages: Messages; readonly format: ValueFormat; readonly encode: EncodeText };

/** For an Adaptive Card: report text and user input escaped against Markdown. */
export function cardViewContext(audience: Audience): ViewContext {
  return { messages: messagesFor(audience), format: formatValuesFor(audience.locale, audience.timeZone), encode: escapeCardText };
}

/** For the terminal: text cleaned of control characters, nothing escaped. */
export function textViewContext(audience: Audience): ViewContext {
  return { messages: messagesFor(audience), format: formatValuesFor(audience.locale, audience.timeZone), encode: encodePlainText };
}
