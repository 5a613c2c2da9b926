/**
 * What a view builder needs besides its model: the value formats for the asker's locale and the
 * text encoder for the medium (escaping for cards, cleaning for the terminal).
 */
import { encodePlainText, type EncodeText } from './display-text.js';
import { escapeCardText } from './escape-card-text.js';
import { formatValuesFor, type ValueFormat } from './format-values.js';

/** Locale formats and the text encoder of the medium being drawn for. */
export type ViewContext = { readonly format: ValueFormat; readonly encode: EncodeText };

/** For an Adaptive Card: report text and user input escaped against Markdown. */
export function cardViewContext(locale: string | undefined): ViewContext {
  return { format: formatValuesFor(locale), encode: escapeCardText };
}

/** For the terminal: text cleaned of control characters, nothing escaped. */
export function textViewContext(locale: string | undefined): ViewContext {
  return { format: formatValuesFor(locale), encode: encodePlainText };
}
