import { readFileSync } from 'node:fs';
import { Template } from 'adaptivecards-templating';
import { describe, expect, test } from 'vitest';
import { CARD_NAMES, cardTemplateUrl, expandCardTemplate } from '../src/views/card-templates.js';
import { compileCardTemplate } from '../src/views/compile-card-template.js';
import { buildCardData } from '../src/views/view-builders.js';
import { cardViewContext } from '../src/views/view-context.js';
import { EVERY_VIEW, GROUPS_INACTIVE_WITHHELD, HELP, INACTIVE_WITHHELD, SUMMARY_ALL, USERS_CONCEALED, USERS_WITHHELD } from './support/view-fixtures.js';

/** What adaptivecards-templating itself makes of `template` and `data`: the output the cards had before compiling. */
function libraryExpand(template: unknown, data: unknown): unknown {
  return new Template(template).expand({ $root: data });
}

function cardTemplate(name: string): unknown {
  return JSON.parse(readFileSync(cardTemplateUrl(name as (typeof CARD_NAMES)[number]), 'utf8'));
}

const MORE_VIEWS = [
  { view: 'copilot-users', model: USERS_WITHHELD },
  { view: 'copilot-users', model: USERS_CONCEALED },
  { view: 'copilot-inactive', model: INACTIVE_WITHHELD },
  { view: 'groups-inactive', model: GROUPS_INACTIVE_WITHHELD },
  { view: 'copilot-summary', model: SUMMARY_ALL },
  { view: 'help', model: HELP },
] as const;

describe('compiled card templates', () => {
  test.each(['en-US', 'de-DE', 'ja-JP'])('every card shows exactly what adaptivecards-templating would (%s)', (locale) => {
    for (const message of [...EVERY_VIEW, ...MORE_VIEWS]) {
      const data = buildCardData(message as never, cardViewContext({ locale: locale }));
      expect(expandCardTemplate(message.view, data as never), message.view).toEqual(libraryExpand(cardTemplate(message.view), data));
    }
  });

  test('a card whose data lacks fields shows the unbound expressions as the library does', () => {
    for (const name of CARD_NAMES) {
      for (const data of [{}, { title: 'Only a title', hasData: 'yes', facts: 'not a list', actions: null }]) {
        expect(compileCardTemplate(cardTemplate(name))(data), name).toEqual(libraryExpand(cardTemplate(name), data));
      }
    }
  });

  test('report text that looks like an expression stays text', () => {
    const template = { type: 'TextBlock', text: '${name}' };
    expect(compileCardTemplate(template)({ name: '${secret}' })).toEqual({ type: 'TextBlock', text: '${secret}' });
    expect(compileCardTemplate(template)({ name: '${count(list) > 0}', list: [1] })).toEqual({ type: 'TextBlock', text: '${count(list) > 0}' });
  });

  // The library's rules, each against the library itself: repeats, conditions, flattening, substitutions.
  const cases: [string, unknown, unknown][] = [
    ['$data repeats with $index', { type: 'X', items: [{ $data: '${rows}', text: '${name}', n: '${$index}' }] }, { rows: [{ name: 'a' }, { name: 'b' }] }],
    ['$data over one row is one element', { items: [{ $data: '${rows}', text: '${name}' }] }, { rows: [{ name: 'a' }] }],
    ['$data over no rows drops the element', { items: [{ $data: '${rows}', text: '${name}' }, { text: 'kept' }] }, { rows: [] }],
    ['$data over an object', { card: { $data: '${header}', text: '${title}' } }, { header: { title: 'T' } }],
    ['nested repeats read their own row', { rows: [{ $data: '${groups}', items: [{ $data: '${members}', text: '${name}' }] }] }, { groups: [{ members: [{ name: 'x' }, { name: 'y' }] }, { members: [{ name: 'z' }] }] }],
    ['$root inside a repeat', { rows: [{ $data: '${rows}', text: '${$root.title}' }] }, { title: 'R', rows: [{}, {}] }],
    ['$when true, false, missing and not a boolean', { items: [{ $when: '${a}', t: 1 }, { $when: '${b}', t: 2 }, { $when: '${c}', t: 3 }, { $when: '${d}', t: 4 }] }, { a: true, b: false, d: 'yes' }],
    ['$when literal values', { items: [{ $when: false, t: 1 }, { $when: true, t: 2 }, { $when: 'text', t: 3 }, { $when: '', t: 4 }] }, {}],
    ['$when as a property value leaves null', { selectAction: { $when: '${x}', type: 'Action.Submit' } }, { x: false }],
    ['negation of booleans and of other values', { a: '${!yes}', b: '${!no}', c: '${!missing}', d: '${!text}', e: '${!zero}' }, { yes: true, no: false, text: 'x', zero: 0 }],
    ['count of lists, strings and missing values', { a: '${count(list) > 0}', b: '${count(empty) > 0}', c: '${count(text) > 0}', d: '${count(missing) > 0}' }, { list: [1], empty: [], text: 'abc' }],
    ['values of every type are bound as they are', { s: '${s}', n: '${n}', b: '${b}', o: '${o}', l: '${l}', z: '${z}', u: '${u}' }, { s: 'x', n: 0, b: false, o: { k: 1 }, l: [1, 2], z: null }],
    ['a list value inside an array is flattened', { actions: ['${actions}', { type: 'Last' }] }, { actions: [{ type: 'A' }, { type: 'B' }] }],
    ['reserved fields are dropped', { $schema: 's', $data: '${d}', $index: 1, $host: 2, $root: 3, x: '${v}' }, { d: { v: 'kept' } }],
    ['keys are matched without regard to case', { t: '${Title}' }, { title: 'lower' }],
    ['other expressions and interpolation', { t: 'Hello ${name}, ${count(list)} items', u: '${if(flag, "on", "off")}', v: '${a.b.c}' }, { name: 'Ada', list: [1, 2], flag: true, a: { b: { c: 3 } } }],
  ];
  test.each(cases)('%s', (_name, template, data) => {
    expect(compileCardTemplate(template)(data)).toEqual(libraryExpand(template, data));
  });
});
