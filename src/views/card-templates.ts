/**
 * The Adaptive Card templates in `cards/<name>.json`, read once (relative to this module, so any
 * working directory works) and compiled once into functions that bind data as adaptivecards-templating does.
 */
import { readFileSync } from 'node:fs';
import type { CardData, CardName } from './card-data.js';
import { compileCardTemplate, type CompiledCardTemplate } from './compile-card-template.js';

/** The expanded card, as sent to Teams. */
export type AdaptiveCardJson = {
  readonly $schema: string;
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly body: readonly Record<string, unknown>[];
  readonly actions?: readonly Record<string, unknown>[];
  readonly [property: string]: unknown;
};

/** Every card name, checked against `CardData` so a new card needs a template here too. */
export const CARD_NAMES = Object.keys({
  'copilot-summary': true,
  'copilot-users': true,
  'copilot-inactive': true,
  'copilot-trend': true,
  'copilot-licenses': true,
  'attribute-groups': true,
  activations: true,
  groups: true,
  'groups-inactive': true,
  workload: true,
  help: true,
  status: true,
  error: true,
  'access-denied': true,
  'sent-privately': true,
  'file-declined': true,
  'file-fallback': true,
  digest: true,
  'digest-status': true,
  progress: true,
  tenants: true,
  overview: true,
  'alert-tenants': true,
  alert: true,
  'alert-rules': true,
} satisfies Record<CardName, true>) as CardName[];

const CARDS_FOLDER = new URL('../../cards/', import.meta.url);
const templates = new Map<CardName, CompiledCardTemplate>();

/** The file a card's template lives in. */
export function cardTemplateUrl(name: CardName): URL {
  return new URL(`${name}.json`, CARDS_FOLDER);
}

function templateFor(name: CardName): CompiledCardTemplate {
  let template = templates.get(name);
  if (!template) {
    template = compileCardTemplate(JSON.parse(readFileSync(cardTemplateUrl(name), 'utf8')));
    templates.set(name, template);
  }
  return template;
}

/**
 * Compiles every card's template now rather than at its first use: the bot calls it at start-up, so the
 * first turn (a progress card at most a second after the ask) does not parse expressions on its way.
 */
export function compileCardTemplates(): void {
  for (const name of CARD_NAMES) templateFor(name);
}

/**
 * Binds `data` into the card's template. Values are bound, never re-expanded, so `${…}` inside a
 * report value stays text (tested).
 */
export function expandCardTemplate<K extends CardName>(name: K, data: CardData[K]): AdaptiveCardJson {
  return templateFor(name)(data) as AdaptiveCardJson;
}
