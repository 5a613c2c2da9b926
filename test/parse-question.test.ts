import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closestCommands } from '../src/commands/closest-commands.js';
import { COMMAND_GUIDE, runsInTerminal } from '../src/commands/command-guide.js';
import type { CommandError, ParseResult } from '../src/commands/command.js';
import { formatCommand, parseCommand } from '../src/commands/parse.js';
import { parseTypedText } from '../src/commands/parse-typed-text.js';
import { QUESTION_INTENTS } from '../src/commands/question-intents.js';
import type { CopilotReportApi } from '../src/reports/report-request.js';

/** The command `text` runs, as typed; fails the test when it is refused or was not read as a question. */
function asked(text: string, copilotApi: CopilotReportApi = 'copilot-v1'): string {
  const result = parseTypedText(text, copilotApi);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error.code} ${result.error.message}`);
  expect(result.parsed.fromQuestion, text).toBe(true);
  expect(result.parsed.delivery).toBe('here');
  return formatCommand(result.parsed.command);
}

function refusalOf(result: ParseResult): CommandError {
  if (result.ok) throw new Error(`expected a refusal, got ${formatCommand(result.parsed.command)}`);
  return result.error;
}

describe('plain questions run the command they ask for', () => {
  test.each([
    ['how many people use copilot', 'copilot summary'],
    ['who is not using copilot', 'copilot inactive'],
    ['copilot last month', 'copilot summary D30'],
    ['inactive copilot seats this quarter', 'copilot inactive D90'],
    // Licences without Copilot are every licence, as "licenses" typed is; seats are Copilot's.
    ['what do unused licences cost', 'licenses'],
    ['How many people are using Copilot?', 'copilot summary'],
    ['copilot adoption in the last 7 days', 'copilot summary D7'],
    ['who uses copilot', 'copilot users'],
    ['list copilot users this quarter', 'copilot users D90'],
    ['copilot users last month', 'copilot users D30'],
    ['who has a copilot licence', 'copilot users'],
    ["who hasn't used copilot in 90 days?", 'copilot inactive D90'],
    ["which users don't use copilot", 'copilot inactive'],
    ['unused copilot seats', 'copilot inactive'],
    ['seats to reclaim', 'copilot inactive'],
    ['copilot usage over time', 'copilot trend'],
    ['daily copilot users last week', 'copilot trend D7'],
    ['how has copilot adoption changed in half a year', 'copilot trend D180'],
    ['how many copilot licenses do we have', 'copilot licenses'],
    ['how much do we pay for copilot', 'copilot licenses'],
    ['what do idle copilot seats cost', 'copilot licenses'],
    ['licences last month', 'licenses D30'],
    ['copilot licences last month', 'copilot licenses D30'],
    ['who has a licence and uses nothing', 'inactive users'],
    ['which users were inactive this quarter', 'inactive users D90'],
    ['users with no activity in half a year', 'inactive users D180'],
    ['how many office activations', 'activations'],
    ['who installed office', 'activations'],
    ['how many groups are active', 'groups'],
    ['group activity last week', 'groups D7'],
    ['which groups are not used', 'groups inactive'],
    ['inactive groups this quarter', 'groups inactive D90'],
    ['dormant groups in the past six months', 'groups inactive D180'],
    ['how fresh is the data', 'status'],
    ['when was the data refreshed', 'status'],
    ['download the inactive copilot seats this quarter', 'csv copilot inactive D90'],
    ['export copilot users as csv', 'csv copilot users'],
    ['csv of unused licences', 'csv licenses'],
    ['download the inactive users this quarter', 'csv inactive users D90'],
    ['how many people use microsoft 365', 'usage'],
    ['usage last month', 'usage D30'],
    ['how many people are active this quarter', 'usage D90'],
    ['who uses teams the most', 'teams'],
    ['teams meetings last week', 'teams D7'],
    ['who reads the most mail', 'email'],
    ['which mailboxes are not used', 'email'],
    ['who uses onedrive the most', 'onedrive'],
    ['inactive sharepoint sites in half a year', 'sharepoint D180'],
    ['who uses excel on mobile', 'apps'],
    ['download teams activity for last month', 'csv teams D30'],
    // A workload named beside Copilot is about Copilot in it.
    ['who uses copilot in teams', 'copilot users'],
    ['copilot in word last week', 'copilot summary D7'],
  ])('"%s" runs %s', (question, command) => {
    expect(asked(question)).toBe(command);
  });

  test('every example the help card and README show runs its intent’s command', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const intent of QUESTION_INTENTS) {
      for (const example of Object.values(intent.examples).flat()) {
        expect(asked(example).split(' D')[0], example).toBe(intent.command);
        expect(readme, `README lists "${example}"`).toContain(example);
      }
    }
  });

  test('periods in words: a week is D7, a month D30, a quarter D90, half a year D180, all time ALL', () => {
    const periods: [string, string][] = [
      ['last week', 'D7'],
      ['the past 7 days', 'D7'],
      ['one week', 'D7'],
      ['last month', 'D30'],
      ['30 days', 'D30'],
      ['this month', 'D30'],
      ['this quarter', 'D90'],
      ['last 90 days', 'D90'],
      ['three months', 'D90'],
      ['half a year', 'D180'],
      ['6 months', 'D180'],
      ['180 days', 'D180'],
      ['all time', 'ALL'],
    ];
    for (const [words, period] of periods) expect(asked(`how many people used copilot ${words}`), words).toBe(`copilot summary ${period}`);
  });

  test('under Copilot report v2 a month is D28 for the Copilot commands, and still D30 for groups', () => {
    expect(asked('copilot last month', 'copilot-v2')).toBe('copilot summary D28');
    expect(asked('who is not using copilot in the last 30 days', 'copilot-v2')).toBe('copilot inactive D28');
    expect(asked('inactive groups last month', 'copilot-v2')).toBe('groups inactive D30');
    expect(asked('copilot last week', 'copilot-v2')).toBe('copilot summary D7');
  });

  test('a question per department, country, office, company or job title runs the grouped answer', () => {
    expect(asked('Which departments actually use Copilot?')).toBe('copilot summary by department');
    expect(asked('copilot adoption by office last month')).toBe('copilot summary D30 by office');
    expect(asked('who is not using copilot per country this quarter')).toBe('copilot inactive D90 by country');
    expect(asked('what do unused copilot seats cost by department')).toBe('copilot licenses by department');
    expect(asked('inactive copilot seats for each job title')).toBe('copilot inactive by job title');
    expect(asked('download copilot usage per company')).toBe('csv copilot summary by company');
    // "office" alone is Office the product, not an office location.
    expect(asked('how many office activations')).toBe('activations');
    // A command that groups by nothing stays as it is (every licence, unlike Copilot's, has no department form).
    expect(asked('copilot usage over time by department')).toBe('copilot trend');
    expect(asked('what do unused licences cost by department')).toBe('licenses');
  });

  test('Teams mentions, markup and punctuation around a question are ignored', () => {
    expect(asked('<at>Usage Bot</at>&nbsp;Who is <b>not</b> using Copilot?!')).toBe('copilot inactive');
  });
});

describe('what is not guessed', () => {
  test('a question that could mean two commands is refused with both as the options', () => {
    const error = refusalOf(parseTypedText('inactive copilot groups', 'copilot-v1'));
    expect(error).toMatchObject({
      code: 'AMBIGUOUS',
      message: '"inactive copilot groups" could mean more than one command. Pick the one you meant.',
      alternatives: ['copilot inactive', 'groups inactive'],
    });
    expect(refusalOf(parseTypedText('how many copilot seats are unused this quarter', 'copilot-v1')).alternatives).toEqual([
      'copilot inactive D90',
      'copilot licenses D90',
    ]);
  });

  test('a question with two periods is refused with one option per period', () => {
    expect(refusalOf(parseTypedText('copilot last week or last month', 'copilot-v1'))).toMatchObject({
      code: 'AMBIGUOUS',
      alternatives: ['copilot summary D7', 'copilot summary D30'],
    });
  });

  test('a period no report counts is refused, saying how the question was read and what is allowed', () => {
    expect(refusalOf(parseTypedText('copilot last 60 days', 'copilot-v1'))).toMatchObject({
      code: 'BAD_ARGUMENT',
      message:
        'I read "copilot last 60 days" as "copilot summary D60", but: "D60" is not a period of copilot summary. Give a period (D7, D30, D90, D180, ALL); ' +
        'a tenant on Copilot report v2 counts 28 days (D28) instead of 30.',
      suggestion: 'copilot summary',
    });
    expect(refusalOf(parseTypedText('inactive groups last year', 'copilot-v1')).message).toMatch(/^I read "inactive groups last year" as "groups inactive D365", but: "D365" is not a period/);
  });

  test('words that name no command keep the grammar’s own refusal', () => {
    for (const text of ['what is the weather like', 'show me the money', 'last month', 'hello']) {
      expect(parseTypedText(text, 'copilot-v1'), text).toEqual(parseCommand(text));
    }
  });
});

describe('exact commands always win', () => {
  test('every command form parses as the exact grammar reads it, never as a question', () => {
    for (const entry of COMMAND_GUIDE) {
      const result = parseTypedText(entry.example, 'copilot-v1');
      expect(result, entry.example).toEqual(parseCommand(entry.example));
      expect(result.ok && result.parsed.fromQuestion, entry.example).toBeFalsy();
    }
  });

  test('a typo of a command keeps its did-you-mean instead of being read as a question', () => {
    expect(refusalOf(parseTypedText('groups inactve', 'copilot-v1'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'groups inactive' });
    expect(refusalOf(parseTypedText('copilot user', 'copilot-v1'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'copilot users' });
  });

  test('a known command with a period it does not take keeps the grammar’s message', () => {
    expect(parseTypedText('copilot summary D31', 'copilot-v1')).toEqual(parseCommand('copilot summary D31'));
    expect(parseTypedText('activations last week', 'copilot-v1')).toEqual(parseCommand('activations last week'));
  });

  test('any text is parsed or refused, never thrown', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom<CopilotReportApi>('copilot-v1', 'copilot-v2'), (text, api) => {
        const result = parseTypedText(text, api);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('the closest commands to text that maps to none', () => {
  test('a typo puts its command first; the rest of the three follow', () => {
    const closest = closestCommands('copilt sumary');
    expect(closest).toHaveLength(3);
    expect(closest[0]).toBe('copilot summary');
  });

  test('the ideas of the question tables count: licence words bring the licences, group words the groups', () => {
    expect(closestCommands('licence thing').slice(0, 2)).toEqual(['copilot licenses', 'licenses']);
    expect(closestCommands('dormant group stuff').slice(0, 2)).toEqual(['groups inactive', 'groups']);
  });

  test('text close to nothing gets the first commands of the guide; nothing that changes what the bot does, nor help itself', () => {
    expect(closestCommands('qwerty')).toEqual(['copilot summary', 'copilot users', 'copilot inactive']);
    for (const text of ['digest subscrib', 'unsubscribe digest', 'run now', 'help me']) {
      expect(closestCommands(text, 20), text).not.toEqual(expect.arrayContaining(['digest subscribe']));
      expect(closestCommands(text, 20), text).not.toContain('digest unsubscribe');
      expect(closestCommands(text, 20), text).not.toContain('digest run-now');
      expect(closestCommands(text, 20), text).not.toContain('help');
    }
  });

  test('the terminal offers only commands it can run', () => {
    expect(closestCommands('digest stats', 3, runsInTerminal)).not.toContain('digest status');
    expect(closestCommands('digest stats', 3)).toContain('digest status');
  });
});
