import fc from 'fast-check';
import { Template } from 'adaptivecards-templating';
import { describe, expect, test } from 'vitest';
import { MAX_DISPLAY_LENGTH, cleanText, encodePlainText } from '../src/views/display-text.js';
import { MARKDOWN_LOOKALIKES, WORD_JOINER, escapeCardText } from '../src/views/escape-card-text.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import type { DigestDepartments, ViewModels } from '../src/view-models.js';
import { DIGEST, GROUPS_D30, HELP, LICENCES_BY_DEPARTMENT, USERS_SHOWN, cardOf, visibleTexts } from './support/view-fixtures.js';
import { EMAIL, SHAREPOINT, workloadModel } from './support/workload-fixtures.js';

const WJ = WORD_JOINER;

/** What a reader sees: word joiners are invisible and lookalikes read as the characters they replace. */
function asRead(escaped: string): string {
  let text = escaped.replaceAll(WJ, '');
  for (const [original, lookalike] of Object.entries(MARKDOWN_LOOKALIKES)) text = text.replaceAll(lookalike, original);
  return text;
}

/**
 * Markdown that Teams' renderers turn into links, emphasis, code, lists, headings, quotes or tags.
 * These patterns describe the syntax (CommonMark and the Adaptive Cards parser) and must not match escaped text.
 */
const MARKDOWN_SYNTAX: readonly [string, RegExp][] = [
  ['inline link or image', /\]\(/],
  ['link reference definition', /\]:/],
  ['full reference link', /\]\[/],
  ['HTML tag, autolink or <at> mention', /<[A-Za-z/!?]/],
  ['entity', /&(#\d+|#x[0-9a-f]+|[a-z]+);/i],
  ['emphasis with *', /\*/],
  ['code span or fence', /`/],
  ['strikethrough', /~/],
  ['emphasis with _ at a word boundary', /(^|[^A-Za-z0-9])_|_($|[^A-Za-z0-9])/],
  ['list item', /(^|\s)([-+]|\d{1,9}[.)])(\s|$)/],
  ['heading, quote, rule or table at the start', /^\s{0,3}[#>\-+=|]/],
  ['backslash escape', /\\[!-/:-@[-`{-~]/],
  ['line break', /[\r\n]/],
];

function markdownIn(escaped: string): string[] {
  return MARKDOWN_SYNTAX.filter(([, pattern]) => pattern.test(escaped)).map(([name]) => name);
}

describe('escapeCardText', () => {
  test.each([
    ['[click](https://evil.example)', `[click]${WJ}(https://evil.example)`],
    ['**x**', '∗∗x∗∗'],
    ['_x_', 'ˍxˍ'],
    ['${x}', '${x}'],
    ['<at>Ada</at>', `<${WJ}at>Ada<${WJ}/at>`],
    ['- item', `${WJ}-${WJ} item`],
    ['1. first', `1.${WJ} first`],
    ['# Heading', `${WJ}# Heading`],
    ['> quote', `${WJ}> quote`],
    ['`code`', 'ˋcodeˋ'],
    ['~~gone~~', '∼∼gone∼∼'],
    ['&lt;at&gt;', `&${WJ}lt;at&${WJ}gt;`],
    ['[x]: https://evil.example', `[x]${WJ}: https://evil.example`],
    ['line one\nline two', 'line one line two'],
  ])('%j is shown as typed but cannot format the card', (raw, escaped) => {
    expect(escapeCardText(raw)).toBe(escaped);
    expect(markdownIn(escapeCardText(raw))).toEqual([]);
  });

  test('ordinary names and UPNs stay exactly as they are, intraword underscores included', () => {
    for (const name of ['Megan Bowen', 'first_last@contoso.com', 'Jean-Luc Picard', 'Sales EMEA (2026)', 'Zoë Ångström', '359,229']) {
      expect(escapeCardText(name)).toBe(name);
    }
  });

  test('the raw inputs really are Markdown (the patterns are not vacuous)', () => {
    for (const raw of ['[click](https://evil.example)', '**x**', '<at>Ada</at>', '- item', '1. first', '# H', '`c`', '_x_']) {
      expect(markdownIn(raw)).not.toEqual([]);
    }
  });

  test('property: any text escapes to text without Markdown syntax, reads the same, and escaping twice changes nothing', () => {
    const markdownHeavy = fc
      .array(fc.oneof(fc.constantFrom(...'[]()<>*_`~#-+=|!:&\\ \n\t1.)ab@/'.split(''), '<at>', '${x}', '](', 'http://x'), fc.string()), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdownHeavy, (raw) => {
        fc.pre(![...Object.values(MARKDOWN_LOOKALIKES), WJ].some((character) => raw.includes(character)));
        const escaped = escapeCardText(raw);
        expect(markdownIn(escaped)).toEqual([]);
        expect(asRead(escaped)).toBe(cleanText(raw));
        expect(escapeCardText(escaped)).toBe(escaped);
      }),
      { numRuns: 2000 },
    );
  });

  test('control characters, bidi overrides and endless text are cleaned for both media', () => {
    const raw = `  \u001b[31mred\u001b[0m \u202eevil\u202c ${'x'.repeat(5000)}`;
    for (const encoded of [escapeCardText(raw), encodePlainText(raw)]) {
      expect(encoded).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
      expect(Array.from(encoded.replaceAll(WJ, '')).length).toBeLessThanOrEqual(MAX_DISPLAY_LENGTH);
      expect(encoded.endsWith('…')).toBe(true);
    }
    expect(encodePlainText('**bold** [x](y)')).toBe('**bold** [x](y)');
  });
});

describe('adaptivecards-templating binds data without evaluating it', () => {
  test('${…} inside a data value stays text, at the root and in $data lists', () => {
    const template = new Template({
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: '${name}' },
        { type: 'TextBlock', text: 'Hello ${name}!' },
        { type: 'FactSet', facts: [{ $data: '${rows}', title: '${title}', value: '${value}' }] },
      ],
    });
    const card = template.expand({
      $root: { name: '${$root.secret} ${foo}', secret: 'SECRET', rows: [{ title: '${secret}', value: '${$root.secret}' }] },
    });
    const json = JSON.stringify(card);
    expect(json).not.toContain('SECRET');
    expect(card.body[0].text).toBe('${$root.secret} ${foo}');
    expect(card.body[1].text).toBe('Hello ${$root.secret} ${foo}!');
    expect(card.body[2].facts).toEqual([{ title: '${secret}', value: '${$root.secret}' }]);
  });
});

describe('report values and typed input on the cards', () => {
  const hostile = '[click](https://evil.example) **x** ${x} ${$root.header.title} <at>Ada</at>';

  test('a display name, UPN and app name cannot add links, emphasis, mentions or template output', () => {
    const card = cardOf(
      renderReplyMessage(
        {
          view: 'copilot-users',
          model: { ...USERS_SHOWN, rows: [{ userPrincipalName: '- x@contoso.com', displayName: hostile, lastActivityDate: '2026-11-18', appsUsed: ['1. Word'] }] },
        },
        { locale: 'en-US' },
      ),
    );
    const json = JSON.stringify(card);
    expect(json).not.toMatch(/\]\(|<at>|\*\*/);
    expect(json).toContain('${$root.header.title}');
    const texts = visibleTexts(card);
    const row = texts.indexOf('[click](https://evil.example) ∗∗x∗∗ ${x} ${$root.header.title} <at>Ada</at>');
    expect(row).toBeGreaterThan(0);
    expect(texts[row + 1]).toBe('- x@contoso.com · last Copilot use Nov 18, 2026 · 1. Word');
  });

  test('group names in a channel card are escaped too', () => {
    const card = cardOf(renderReplyMessage({ view: 'groups', model: { ...GROUPS_D30, topByActivity: [{ name: '# [Pay here](https://evil.example)', id: 'b1c2d3e4-0000-4000-8000-000000000001', deleted: false }] } }, { locale: 'en-US' }));
    const facts = JSON.stringify(card);
    expect(facts).toContain(`${WJ}# [Pay here]${WJ}(https://evil.example)`);
  });

  test('the unknown input on the short answer is quoted and escaped', () => {
    const card = cardOf(renderReplyMessage({ view: 'help', model: { ...HELP, brief: true, unknownInput: '**copilot** [x](y) <at>Bot</at>' } }, { locale: 'en-US' }));
    const line = (card['body'] as { text?: string }[])[0]?.text ?? '';
    expect(line).toBe(`I didn't understand "∗∗copilot∗∗ [x]${WJ}(y) <${WJ}at>Bot<${WJ}/at>". Type "help" to see all commands.`);
  });

  test('the terminal shows the same values unescaped', () => {
    const text = formatReplyText({ view: 'help', model: { ...HELP, brief: true, unknownInput: '**copilot** [x](y)' } }, { locale: 'en-US' });
    expect(text).toContain('I didn\'t understand "**copilot** [x](y)".');
    expect(text).not.toContain(WJ);
  });
});

describe('names from the workload reports on the workload cards', () => {
  const hostile = '[click](https://evil.example) **x** ${$root.header.title} <at>Ada</at>';

  test('user names, display names, site URLs, owners and templates cannot add links, emphasis, mentions or template output', () => {
    const users = { total: 10, active: 9, inactive: 1 };
    const models: ViewModels['workload'][] = [
      workloadModel({ ...EMAIL, users, inactive: [{ userPrincipalName: `- ${hostile}@contoso.com`, displayName: hostile }] }),
      workloadModel({
        ...SHAREPOINT,
        sites: users,
        byTemplate: [{ type: hostile, count: 3 }],
        inactive: [{ siteId: '1', siteUrl: `https://contoso.sharepoint.com/sites/${hostile}`, ownerDisplayName: hostile, rootWebTemplate: `# ${hostile}` }],
      }),
    ];
    for (const model of models) {
      const card = cardOf(renderReplyMessage({ view: 'workload', model }, { locale: 'en-US' }));
      const json = JSON.stringify(card);
      expect(json).not.toMatch(/\]\(|<at>|\*\*/);
      expect(json).toContain('${$root.header.title}');
      // Read as typed, escaped only against formatting.
      expect(visibleTexts(card).some((text) => text.includes('[click](https://evil.example) ∗∗x∗∗ ${$root.header.title} <at>Ada</at>'))).toBe(true);
    }
  });

  test('the terminal shows them unescaped', () => {
    const users = { total: 10, active: 9, inactive: 1 };
    const model = workloadModel({ ...EMAIL, users, inactive: [{ userPrincipalName: 'x@contoso.com', displayName: '**bold** [x](y)' }] });
    expect(formatReplyText({ view: 'workload', model }, { locale: 'en-US' })).toMatch(/^\*\*bold\*\* \[x\]\(y\)(\n|\s{2,})x@contoso\.com · never active$/m);
  });
});

describe('directory values on the grouped cards and the digest', () => {
  const hostile = '[click](https://evil.example) **x** ${$root.header.title} <at>Ada</at>';

  test('a department, a filter value and a digest department cannot add links, emphasis, mentions or template output', () => {
    const grouped: ViewModels['attribute-groups'] = {
      ...LICENCES_BY_DEPARTMENT,
      filters: [{ attribute: 'officeLocation', value: `# ${hostile}` }],
      rows: [{ kind: 'value', label: `- ${hostile}`, users: 10, active: 4, neverActive: 1, idle: 6, idleMonthly: 180 }],
    };
    const departments = { ...(DIGEST.departments as { data: DigestDepartments }).data, up: [{ department: `1. ${hostile}`, users: 10, active: 6, points: 4 }], down: [] };
    for (const message of [
      { view: 'attribute-groups', model: grouped },
      { view: 'digest', model: { ...DIGEST, departments: { status: 'ok', data: departments } } },
    ] as const) {
      const card = cardOf(renderReplyMessage(message, { locale: 'en-US' }));
      const json = JSON.stringify(card);
      expect(json, message.view).not.toMatch(/\]\(|<at>|\*\*/);
      expect(json).toContain('${$root.header.title}');
      expect(visibleTexts(card).some((text) => text.includes('[click](https://evil.example) ∗∗x∗∗ ${$root.header.title} <at>Ada</at>')), message.view).toBe(true);
    }
  });
});
