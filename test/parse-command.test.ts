import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CommandError, type Command, type CommandErrorCode, type ParseResult, type ReportCommand } from '../src/commands/command.js';
import { COMMAND_GUIDE } from '../src/commands/command-guide.js';
import { formatCommand, parseCommand, parseSubmit } from '../src/commands/parse.js';
import { WEEKDAYS, resolveTimeZone } from '../src/digest/subscription.js';
import { GROUP_ATTRIBUTE_NAMES, type GroupAttribute } from '../src/reports/group-attributes.js';

const KNOWN_CODES: readonly CommandErrorCode[] = ['EMPTY', 'UNKNOWN_COMMAND', 'BAD_ARGUMENT', 'TOO_LONG', 'BAD_SUBMIT'];

function commandOf(result: ParseResult): Command {
  if (!result.ok) throw new Error(`expected a command, got ${result.error.code}: ${result.error.message}`);
  expect(result.parsed.delivery).toBe('here');
  return result.parsed.command;
}

function errorOf(result: ParseResult): CommandError {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.parsed)}`);
  expect(result.error).toBeInstanceOf(CommandError);
  return result.error;
}

describe('every command form', () => {
  const forms: [string, Command][] = [
    ['copilot summary', { name: 'copilot-summary' }],
    ['copilot summary D7', { name: 'copilot-summary', period: 'D7' }],
    ['copilot users D90', { name: 'copilot-users', period: 'D90' }],
    ['copilot users', { name: 'copilot-users' }],
    ['copilot inactive D180', { name: 'copilot-inactive', period: 'D180' }],
    ['copilot inactive', { name: 'copilot-inactive' }],
    ['copilot trend D30', { name: 'copilot-trend', period: 'D30' }],
    ['copilot trend', { name: 'copilot-trend' }],
    ['activations', { name: 'activations' }],
    ['groups', { name: 'groups' }],
    ['groups D7', { name: 'groups', period: 'D7' }],
    ['groups 2026-11-10', { name: 'groups', date: '2026-11-10' }],
    ['groups inactive', { name: 'groups-inactive' }],
    ['groups inactive D90', { name: 'groups-inactive', period: 'D90' }],
    ['help', { name: 'help' }],
    ['status', { name: 'status' }],
    ['csv copilot users D30', { name: 'export', target: { name: 'copilot-users', period: 'D30' } }],
    ['usage', { name: 'usage' }],
    ['usage D90', { name: 'usage', period: 'D90' }],
    ['teams D30', { name: 'teams', period: 'D30' }],
    ['email D7', { name: 'email', period: 'D7' }],
    ['onedrive D180', { name: 'onedrive', period: 'D180' }],
    ['sharepoint D30', { name: 'sharepoint', period: 'D30' }],
    ['apps', { name: 'apps' }],
    ['csv teams D30', { name: 'export', target: { name: 'teams', period: 'D30' } }],
    ['licenses D30', { name: 'licenses', period: 'D30' }],
    ['licenses', { name: 'licenses' }],
    ['inactive users D90', { name: 'inactive-users', period: 'D90' }],
    ['inactive users D90 by company', { name: 'inactive-users', period: 'D90', by: 'companyName' }],
    ['inactive users D30 by job title', { name: 'inactive-users', period: 'D30', by: 'jobTitle' }],
    ['inactive users by department', { name: 'inactive-users', by: 'department' }],
    ['csv inactive users D90 by country', { name: 'export', target: { name: 'inactive-users', period: 'D90', by: 'country' } }],
    ['csv licenses D90', { name: 'export', target: { name: 'licenses', period: 'D90' } }],
    ['csv inactive users', { name: 'export', target: { name: 'inactive-users' } }],
    ['copilot licenses D30', { name: 'copilot-licenses', period: 'D30' }],
    ['csv copilot inactive D90', { name: 'export', target: { name: 'copilot-inactive', period: 'D90' } }],
    ['csv copilot summary', { name: 'export', target: { name: 'copilot-summary' } }],
    ['csv groups D7', { name: 'export', target: { name: 'groups', period: 'D7' } }],
    ['csv groups 2026-11-10', { name: 'export', target: { name: 'groups', date: '2026-11-10' } }],
    ['csv groups inactive D30', { name: 'export', target: { name: 'groups-inactive', period: 'D30' } }],
    ['csv activations', { name: 'export', target: { name: 'activations' } }],
    ['digest subscribe', { name: 'digest-subscribe' }],
    ['digest subscribe friday 08:00 Europe/Berlin', { name: 'digest-subscribe', day: 'friday', time: '08:00', timeZone: 'Europe/Berlin' }],
    ['digest subscribe sunday', { name: 'digest-subscribe', day: 'sunday' }],
    ['digest subscribe 17:30', { name: 'digest-subscribe', time: '17:30' }],
    ['digest subscribe America/New_York', { name: 'digest-subscribe', timeZone: 'America/New_York' }],
    ['digest unsubscribe', { name: 'digest-unsubscribe' }],
    ['digest status', { name: 'digest-status' }],
    ['digest preview', { name: 'digest-preview' }],
    ['digest run-now', { name: 'digest-run-now' }],
    ['copilot summary D30 by department', { name: 'copilot-summary', period: 'D30', by: 'department' }],
    ['copilot inactive D90 by country', { name: 'copilot-inactive', period: 'D90', by: 'country' }],
    ['copilot licenses D30 by office', { name: 'copilot-licenses', period: 'D30', by: 'officeLocation' }],
    ['copilot summary by company', { name: 'copilot-summary', by: 'companyName' }],
    ['copilot inactive by job title', { name: 'copilot-inactive', by: 'jobTitle' }],
    ['copilot inactive D90 department=Sales', { name: 'copilot-inactive', period: 'D90', filters: [{ attribute: 'department', value: 'Sales' }] }],
    ['copilot users D30 department="Human Resources"', { name: 'copilot-users', period: 'D30', filters: [{ attribute: 'department', value: 'Human Resources' }] }],
    ['copilot inactive D90 by office department=Sales title="Account Executive"', {
      name: 'copilot-inactive',
      period: 'D90',
      by: 'officeLocation',
      filters: [{ attribute: 'department', value: 'Sales' }, { attribute: 'jobTitle', value: 'Account Executive' }],
    }],
    ['csv copilot summary D30 by department', { name: 'export', target: { name: 'copilot-summary', period: 'D30', by: 'department' } }],
    ['usage D30 by office', { name: 'usage', period: 'D30', by: 'officeLocation' }],
    ['csv usage by company', { name: 'export', target: { name: 'usage', by: 'companyName' } }],
    ['csv copilot inactive D90 country=DE', { name: 'export', target: { name: 'copilot-inactive', period: 'D90', filters: [{ attribute: 'country', value: 'DE' }] } }],
  ];
  test.each(forms)('%s', (text, command) => {
    expect(commandOf(parseCommand(text))).toEqual(command);
    expect(formatCommand(command)).toBe(text);
  });

  test('friendly extras: "copilot" alone is the summary, "?" is help, "help" with words after it is still help', () => {
    expect(commandOf(parseCommand('copilot'))).toEqual({ name: 'copilot-summary' });
    expect(commandOf(parseCommand('copilot D90'))).toEqual({ name: 'copilot-summary', period: 'D90' });
    expect(commandOf(parseCommand('?'))).toEqual({ name: 'help' });
    expect(commandOf(parseCommand(' ?? '))).toEqual({ name: 'help' });
    expect(commandOf(parseCommand('help me please'))).toEqual({ name: 'help' });
  });

  test('period tokens: D7, d7 and 7d are D7; all is ALL; a period no report version knows is refused here', () => {
    for (const token of ['D7', 'd7', '7d', '7D', 'D007']) {
      expect(commandOf(parseCommand(`copilot summary ${token}`))).toEqual({ name: 'copilot-summary', period: 'D7' });
    }
    expect(commandOf(parseCommand('copilot users all'))).toEqual({ name: 'copilot-users', period: 'ALL' });
    // D28 and D30 both parse: which one the tenant takes depends on its Copilot report version.
    expect(commandOf(parseCommand('copilot summary D28'))).toEqual({ name: 'copilot-summary', period: 'D28' });
    expect(errorOf(parseCommand('copilot summary D31'))).toMatchObject({ code: 'BAD_ARGUMENT', suggestion: 'copilot summary' });
    expect(errorOf(parseCommand('groups ALL'))).toMatchObject({ code: 'BAD_ARGUMENT', suggestion: 'groups' });
  });
});

describe('by <attribute> and <attribute>=<value>', () => {
  test('attribute words and their synonyms, in any case, before or after the period', () => {
    const by = (text: string) => (commandOf(parseCommand(text)) as { by?: string }).by;
    expect(['by department', 'by Departments', 'by dept'].map((words) => by(`copilot summary D30 ${words}`))).toEqual(['department', 'department', 'department']);
    expect(['by country', 'by countries', 'by region', 'by country/region'].map((words) => by(`copilot inactive ${words}`))).toEqual(Array(4).fill('country'));
    expect(['by office', 'by offices', 'by office location', 'by location'].map((words) => by(`copilot licenses ${words}`))).toEqual(Array(4).fill('officeLocation'));
    expect(['by company', 'by companies', 'by company name'].map((words) => by(`copilot summary ${words}`))).toEqual(Array(3).fill('companyName'));
    expect(['by job title', 'by job titles', 'by title', 'by role'].map((words) => by(`copilot summary ${words}`))).toEqual(Array(4).fill('jobTitle'));
    expect(commandOf(parseCommand('copilot summary by department D7'))).toEqual({ name: 'copilot-summary', period: 'D7', by: 'department' });
    expect(commandOf(parseCommand('copilot by department'))).toEqual({ name: 'copilot-summary', by: 'department' });
    expect(commandOf(parseCommand('copilot licences D30 by dept'))).toEqual({ name: 'copilot-licenses', period: 'D30', by: 'department' });
  });

  test('filter values: quoted when they have spaces (straight or typographic quotes), spaces around "=", the case kept as typed', () => {
    const filters = (text: string) => (commandOf(parseCommand(text)) as { filters?: unknown }).filters;
    const hr = [{ attribute: 'department', value: 'Human Resources' }];
    expect(filters('copilot inactive D90 department="Human Resources"')).toEqual(hr);
    expect(filters('copilot inactive D90 department=“Human Resources”')).toEqual(hr);
    expect(filters('copilot inactive D90 department = "Human Resources"')).toEqual(hr);
    expect(filters('copilot inactive D90 Dept=&quot;Human Resources&quot;')).toEqual(hr);
    expect(filters("copilot inactive D90 office='New York'")).toEqual([{ attribute: 'officeLocation', value: 'New York' }]);
    expect(filters('copilot users country = de')).toEqual([{ attribute: 'country', value: 'de' }]);
    expect(filters('copilot users company="R&D, \'Labs\' = 1"')).toEqual([{ attribute: 'companyName', value: "R&D, 'Labs' = 1" }]);
    expect(filters('copilot users department="(not set)"')).toEqual([{ attribute: 'department', value: '(not set)' }]);
    expect(formatCommand({ name: 'copilot-users', filters: [{ attribute: 'companyName', value: 'Say "hi"' }] })).toBe('copilot users company=“Say "hi"”');
    expect(formatCommand({ name: 'copilot-users', filters: [{ attribute: 'companyName', value: 'Inc.' }] })).toBe('copilot users company="Inc."');
    expect(commandOf(parseCommand('copilot users company=“Say "hi"”'))).toEqual({ name: 'copilot-users', filters: [{ attribute: 'companyName', value: 'Say "hi"' }] });
    // A value holding three kinds of closing quote is written in the fourth, and reads back the same.
    const quotes = { attribute: 'companyName', value: 'a"b “Lab” Say‘hi’' } as const;
    expect(formatCommand({ name: 'copilot-users', filters: [quotes] })).toBe(`copilot users company='a"b “Lab” Say‘hi’'`);
    expect(commandOf(parseCommand(formatCommand({ name: 'copilot-users', filters: [quotes] })))).toEqual({ name: 'copilot-users', filters: [quotes] });
    // A closing quote ends the word, so two filters typed without a space between them are two filters.
    expect(filters('copilot inactive D30 office="New York"title="Lab lead"')).toEqual([
      { attribute: 'officeLocation', value: 'New York' },
      { attribute: 'jobTitle', value: 'Lab lead' },
    ]);
  });

  test('refusals name what was wrong and suggest a command that parses', () => {
    const refused = (text: string) => {
      const error = errorOf(parseCommand(text));
      if (error.suggestion !== undefined) expect(parseCommand(error.suggestion).ok, error.suggestion).toBe(true);
      return [error.code, error.message, error.suggestion];
    };
    expect(refused('copilot inactive D90 department=Human Resources')).toEqual([
      'BAD_ARGUMENT',
      'Put a value with spaces in quotes: department="Human Resources".',
      'copilot inactive D90 department="Human Resources"',
    ]);
    expect(refused('copilot inactive D90 department="Human Resources')).toEqual([
      'BAD_ARGUMENT',
      'The quote after "department=" is not closed: write the value in quotes, e.g. department="Human Resources".',
      undefined,
    ]);
    expect(refused('copilot summary by')[1]).toBe('"by" needs what to group by: department, country, office, company or job title.');
    expect(refused('copilot summary by colour')[1]).toBe('"by" needs what to group by: department, country, office, company or job title; "colour" is not one.');
    expect(refused('copilot summary by department by country')[1]).toBe('Group by one attribute at a time: one "by …" per command.');
    expect(refused('copilot inactive colour=blue')[1]).toBe('"colour=" is no attribute to filter by; the bot filters by department=, country=, office=, company=, title=.');
    expect(refused('copilot inactive department=')[1]).toBe('department= needs a value, e.g. department=Sales or department="Human Resources".');
    expect(refused('copilot inactive dept=IT department=HR')[1]).toBe('Filter each attribute once: "department=" is given twice.');
    expect(refused('copilot trend D30 by department')).toEqual([
      'BAD_ARGUMENT',
      'copilot trend has no by department form: "by …" groups copilot summary, copilot inactive, copilot licenses, usage and inactive users.',
      'copilot summary by department',
    ]);
    expect(refused('copilot summary D30 department=Sales')).toEqual([
      'BAD_ARGUMENT',
      'copilot summary takes no filter: filters such as department=Sales narrow the lists copilot users and copilot inactive; "copilot summary by department" gives every value.',
      'copilot summary by department',
    ]);
    expect(refused('groups D7 department=IT')[1]).toBe('groups takes no filter: filters such as department=IT narrow the lists copilot users and copilot inactive.');
    // A typo of the command keeps the modifiers in its did-you-mean.
    expect(refused('copilot sumary D30 by department')).toEqual([
      'UNKNOWN_COMMAND',
      'I don\'t know "copilot sumary D30 by department". Did you mean "copilot summary D30 by department"?',
      'copilot summary D30 by department',
    ]);
  });
});

describe('digest', () => {
  test('schedule words in any order and spelling become the canonical day, HH:MM and IANA zone', () => {
    const friday = { name: 'digest-subscribe', day: 'friday', time: '08:00', timeZone: 'Europe/Berlin' };
    expect(commandOf(parseCommand('<at>Usage Bot</at> Digest Subscribe FRI 8:00 europe/berlin'))).toEqual(friday);
    expect(commandOf(parseCommand('digest subscribe Europe/Berlin 8:00 friday'))).toEqual(friday);
    expect(commandOf(parseCommand('digest subscribe utc'))).toEqual({ name: 'digest-subscribe', timeZone: 'UTC' });
    expect(commandOf(parseCommand('digest run now'))).toEqual({ name: 'digest-run-now' });
  });

  test('a bad day, time or zone is refused with the allowed forms and, when obvious, the corrected command', () => {
    const day = errorOf(parseCommand('digest subscribe mondy 09:00'));
    expect(day).toMatchObject({
      code: 'BAD_ARGUMENT',
      message: '"mondy" is not a day: use monday, tuesday, wednesday, thursday, friday, saturday or sunday (or mon … sun).',
      suggestion: 'digest subscribe monday 09:00',
      input: 'digest subscribe mondy 09:00',
    });
    expect(errorOf(parseCommand('digest subscribe friday 25:00'))).toMatchObject({
      code: 'BAD_ARGUMENT',
      message: '"25:00" is not a time: write HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.',
      suggestion: 'digest subscribe friday',
    });
    const zone = errorOf(parseCommand('digest subscribe Berlin'));
    expect(zone.message).toMatch(/^"Berlin" is not a day, a time or a time zone\. Write digest subscribe \[monday\.\.sunday\] \[HH:MM\] \[time zone\]/);
    expect(zone.suggestion).toBe('digest subscribe Europe/Berlin');
    expect(errorOf(parseCommand('digest subscribe Europe/Berln')).suggestion).toBe('digest subscribe Europe/Berlin');
    expect(errorOf(parseCommand('digest subscribe monday tuesday')).message).toBe('"tuesday" is a second day; a digest goes out once a week, on one day (monday).');
  });

  test('typos get a did-you-mean that keeps the schedule words', () => {
    expect(errorOf(parseCommand('digest subscrbe'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'digest subscribe' });
    expect(errorOf(parseCommand('digest subscrbe friday 08:00'))).toMatchObject({
      code: 'UNKNOWN_COMMAND',
      message: 'I don\'t know "digest subscrbe friday 08:00". Did you mean "digest subscribe friday 08:00"?',
      suggestion: 'digest subscribe friday 08:00',
    });
    expect(errorOf(parseCommand('digets status')).suggestion).toBe('digest status');
    expect(errorOf(parseCommand('digest statsu')).suggestion).toBe('digest status');
    expect(errorOf(parseCommand('digest runnow')).suggestion).toBe('digest run-now');
    expect(errorOf(parseCommand('digest unsubscibe')).suggestion).toBe('digest unsubscribe');
  });

  test('"digest" alone lists what it does; the other digest commands take no arguments; none can be exported', () => {
    expect(errorOf(parseCommand('digest'))).toMatchObject({
      code: 'BAD_ARGUMENT',
      message:
        'digest needs what to do: "digest subscribe [monday..sunday] [HH:MM] [time zone]", "digest unsubscribe", "digest status", "digest preview", "digest run-now" or "digest language <code>".',
      suggestion: 'digest status',
    });
    expect(errorOf(parseCommand('digest status now'))).toMatchObject({ code: 'BAD_ARGUMENT', suggestion: 'digest status' });
    expect(errorOf(parseCommand('csv digest status')).message).toMatch(/^"digest status" has no data behind it to export/);
  });
});

describe('csv <command>', () => {
  test('takes the command as typed, mentions, case and period spellings included', () => {
    expect(commandOf(parseCommand('<at>Usage Bot</at> CSV Copilot 7d'))).toEqual({ name: 'export', target: { name: 'copilot-summary', period: 'D7' } });
    expect(commandOf(parseSubmit({ command: 'csv copilot users D30' }))).toEqual({ name: 'export', target: { name: 'copilot-users', period: 'D30' } });
  });

  test('help and status have nothing to export; csv needs a command, and one csv is enough', () => {
    for (const [text, message] of [
      ['csv help', '"help" has no data behind it to export; csv takes a report command, e.g. "csv copilot inactive D90".'],
      ['csv status', '"status" has no data behind it to export; csv takes a report command, e.g. "csv copilot inactive D90".'],
      ['csv', 'csv needs the command whose data you want as a file, e.g. "csv copilot inactive D90".'],
      ['csv csv groups D7', 'One "csv" is enough: "csv groups D7".'],
    ] as const) {
      expect(errorOf(parseCommand(text)), text).toMatchObject({ code: 'BAD_ARGUMENT', message, input: text });
    }
    expect(errorOf(parseCommand('csv csv groups D7')).suggestion).toBe('csv groups D7');
  });

  test('a typo or a bad argument after csv: the did-you-mean keeps the csv', () => {
    const typo = errorOf(parseCommand('csv copilt users D30'));
    expect(typo).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'csv copilot users D30' });
    expect(typo.message).toBe('I don\'t know "csv copilt users D30". Did you mean "csv copilot users D30"?');
    expect(errorOf(parseCommand('csv activations D7'))).toMatchObject({ code: 'BAD_ARGUMENT', suggestion: 'csv activations' });
    expect(errorOf(parseCommand('csv copilot users yesterday'))).toMatchObject({ code: 'BAD_ARGUMENT', suggestion: 'csv copilot users' });
    // "stauts" is closest to status, which has no csv: no suggestion rather than a wrong one.
    expect(errorOf(parseCommand('csv stauts')).suggestion).toBeUndefined();
  });
});

describe('what Teams sends around the words', () => {
  test('mentions are removed wherever they are, one or several, with attributes', () => {
    expect(commandOf(parseCommand('<at>Usage Bot</at> copilot summary D7'))).toEqual({ name: 'copilot-summary', period: 'D7' });
    expect(commandOf(parseCommand('copilot <at id="0">Usage Bot</at> users'))).toEqual({ name: 'copilot-users' });
    expect(commandOf(parseCommand('<at>Usage Bot</at> <at>Megan Bowen</at> groups D7 <at>Alex</at>'))).toEqual({
      name: 'groups',
      period: 'D7',
    });
    expect(commandOf(parseCommand('<AT>Bot</AT>status'))).toEqual({ name: 'status' });
  });

  test('case, extra and unusual whitespace, and trailing punctuation do not matter', () => {
    expect(commandOf(parseCommand('  COPILOT   Summary\td30 \n'))).toEqual({ name: 'copilot-summary', period: 'D30' });
    expect(commandOf(parseCommand('groups\u00a0inactive\u2003D90'))).toEqual({ name: 'groups-inactive', period: 'D90' });
    expect(commandOf(parseCommand('status?'))).toEqual({ name: 'status' });
    expect(commandOf(parseCommand('copilot trend D7 !'))).toEqual({ name: 'copilot-trend', period: 'D7' });
    expect(commandOf(parseCommand('groups 2026-11-10.'))).toEqual({ name: 'groups', date: '2026-11-10' });
    expect(commandOf(parseCommand('activations?!.'))).toEqual({ name: 'activations' });
  });

  test('HTML entities are decoded and other tags dropped', () => {
    expect(commandOf(parseCommand('<p><at>Usage Bot</at>&nbsp;copilot&nbsp;inactive&nbsp;D90</p>'))).toEqual({
      name: 'copilot-inactive',
      period: 'D90',
    });
    expect(commandOf(parseCommand('<div><span>groups</span><br/>D7</div>'))).toEqual({ name: 'groups', period: 'D7' });
    expect(errorOf(parseCommand('copilot&#39;s summary')).message).toBe('I don\'t know "copilot\'s summary". Did you mean "copilot summary"?');
    // Decoded once: "&amp;nbsp;" is the text "&nbsp;", not a space.
    expect(errorOf(parseCommand('groups&amp;nbsp;D7')).code).toBe('UNKNOWN_COMMAND');
    const decoded = errorOf(parseCommand('&lt;copilot&gt; &quot;x&quot; &amp;'));
    expect(decoded.message).toBe('I don\'t know "<copilot> "x" &".');
  });
});

describe('refusals, each with its message', () => {
  test('EMPTY: nothing, only whitespace, or only mentions', () => {
    for (const text of ['', '   ', '<at>Usage Bot</at>', '<at>Usage Bot</at>&nbsp;<at>Megan</at>', '<p></p>', '!']) {
      const error = errorOf(parseCommand(text));
      expect({ code: error.code, message: error.message }).toEqual({
        code: 'EMPTY',
        message: 'Type a command, for example "copilot summary".',
      });
    }
  });

  test('TOO_LONG: more than 500 characters (mentions do not count)', () => {
    const error = errorOf(parseCommand(`copilot summary ${'x'.repeat(490)}`));
    expect(error).toMatchObject({
      code: 'TOO_LONG',
      message: 'That message is 506 characters long; a command is at most 500.',
    });
    expect(errorOf(parseCommand('x'.repeat(500))).code).toBe('UNKNOWN_COMMAND');
    expect(commandOf(parseCommand(`<at>${'Bot '.repeat(100)}</at> status`))).toEqual({ name: 'status' });
    expect(errorOf(parseCommand('status '.repeat(100_000))).code).toBe('TOO_LONG');
  });

  test('UNKNOWN_COMMAND with a did-you-mean when a command is a typo or two away', () => {
    const cases: [string, string][] = [
      ['copilt sumary', 'copilot summary'],
      ['grups', 'groups'],
      ['grups inactve', 'groups inactive'],
      ['groups inactve D90', 'groups inactive D90'],
      ['copilot sumary d90', 'copilot summary D90'],
      ['copilot usres', 'copilot users'],
      ['copilt', 'copilot summary'],
      ['hlep', 'help'],
      ['statsu', 'status'],
      ['activation', 'activations'],
      ['Copilot Tredn', 'copilot trend'],
    ];
    for (const [typed, suggestion] of cases) {
      const error = errorOf(parseCommand(typed));
      expect({ typed, code: error.code, suggestion: error.suggestion, message: error.message }).toEqual({
        typed,
        code: 'UNKNOWN_COMMAND',
        suggestion,
        message: `I don't know "${typed}". Did you mean "${suggestion}"?`,
      });
    }
  });

  test('UNKNOWN_COMMAND without a suggestion when nothing is close', () => {
    for (const typed of ['hello', 'xyz', 'copilot foo', 'show me the money', '🙂', 'weather report']) {
      const error = errorOf(parseCommand(typed));
      // Where the commands are listed is the answer's to say, once ("help" in Teams, --help in the terminal).
      expect(error).toMatchObject({ code: 'UNKNOWN_COMMAND', message: `I don't know "${typed}".` });
      expect(error.suggestion).toBeUndefined();
    }
  });

  test('BAD_ARGUMENT names the token and what is allowed, and suggests the command without it', () => {
    const cases: [string, string, string][] = [
      [
        'copilot summary please',
        'copilot summary does not understand "please". Give a period (D7, D30, D90, D180, ALL); a tenant on Copilot report v2 counts 28 days (D28) instead of 30.',
        'copilot summary',
      ],
      ['groups foo', 'groups does not understand "foo". Give a period (D7, D30, D90, D180) or a date as YYYY-MM-DD within the last 28 days.', 'groups'],
      ['groups inactive 2026-11-10', 'groups inactive takes a period, not a date like "2026-11-10". Give a period (D7, D30, D90, D180).', 'groups inactive'],
      [
        'copilot users 2026-11-10',
        'copilot users takes a period, not a date like "2026-11-10". Give a period (D7, D30, D90, D180, ALL); a tenant on Copilot report v2 counts 28 days (D28) instead of 30.',
        'copilot users',
      ],
      [
        'groups 2026-13-45',
        '"2026-13-45" is not a date on the calendar: write it as YYYY-MM-DD, month 01–12 and a day that month has.',
        'groups',
      ],
      [
        'copilot summary D31 D7',
        '"D31" is not a period of copilot summary. Give a period (D7, D30, D90, D180, ALL); a tenant on Copilot report v2 counts 28 days (D28) instead of 30. copilot summary takes one period; "D7" is one too many.',
        'copilot summary',
      ],
      ['activations D7', 'activations takes no period or date: type just "activations".', 'activations'],
      ['status now', 'status takes no period or date: type just "status".', 'status'],
      ['copilot summary D7 D30', 'copilot summary takes one period; "D30" is one too many.', 'copilot summary D7'],
      ['groups 2026-11-10 D7', 'groups takes one period or date; "D7" is one too many.', 'groups 2026-11-10'],
      ['copilot trend D99999', 'copilot trend does not understand "D99999". Give a period (D7, D30, D90, D180, ALL); a tenant on Copilot report v2 counts 28 days (D28) instead of 30.', 'copilot trend'],
    ];
    for (const [typed, message, suggestion] of cases) {
      const error = errorOf(parseCommand(typed));
      expect({ code: error.code, message: error.message, suggestion: error.suggestion }).toEqual({ code: 'BAD_ARGUMENT', message, suggestion });
    }
  });

  test('a refused command remembers what was typed (mentions removed) for the help card', () => {
    expect(errorOf(parseCommand('<at>Usage Bot</at> copilt sumary?')).input).toBe('copilt sumary');
    expect(errorOf(parseCommand(`groups ${'x'.repeat(300)}`)).input).toHaveLength(100);
    expect(errorOf(parseCommand('')).input).toBeUndefined();
  });
});

describe('the report command table\'s commands', () => {
  test('take the periods of their reports, and say which when given another or a date', () => {
    expect(errorOf(parseCommand('teams D28'))).toMatchObject({
      code: 'BAD_ARGUMENT',
      message: '"D28" is not a period of teams. Give a period (D7, D30, D90, D180).',
      suggestion: 'teams',
    });
    expect(errorOf(parseCommand('usage 2026-11-10'))).toMatchObject({
      code: 'BAD_ARGUMENT',
      message: 'usage takes a period, not a date like "2026-11-10". Give a period (D7, D30, D90, D180).',
    });
  });

  test('a typo gets its did-you-mean, keeping the period', () => {
    expect(errorOf(parseCommand('temas D30'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'teams D30' });
    expect(errorOf(parseCommand('sharepiont'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'sharepoint' });
    expect(errorOf(parseCommand('csv onedirve D7'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'csv onedrive D7' });
    expect(errorOf(parseCommand('licnses D90'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'licenses D90' });
    expect(errorOf(parseCommand('inactve users D90'))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'inactive users D90' });
  });

  test('licences is another spelling of licenses; words and periods in any case', () => {
    for (const [typed, command] of [
      ['licences', 'licenses'],
      ['Inactive Users 7d', 'inactive users D7'],
      ['csv licences D90', 'csv licenses D90'],
    ]) {
      const parsed = parseCommand(typed!);
      expect(parsed.ok && formatCommand(parsed.parsed.command), typed).toBe(command);
    }
  });

  test('the licence answers take the active-user report\'s periods: no ALL, no D28', () => {
    expect(errorOf(parseCommand('licenses ALL'))).toMatchObject({ code: 'BAD_ARGUMENT', message: '"ALL" is not a period of licenses. Give a period (D7, D30, D90, D180).' });
    expect(errorOf(parseCommand('inactive users D28'))).toMatchObject({
      code: 'BAD_ARGUMENT',
      message: '"D28" is not a period of inactive users. Give a period (D7, D30, D90, D180).',
    });
  });
});

describe('card submits', () => {
  test('the command text is parsed as typed; delivery defaults to here; keys Teams adds are ignored', () => {
    expect(parseSubmit({ command: 'copilot users D30', delivery: 'private' })).toEqual({
      ok: true,
      parsed: { command: { name: 'copilot-users', period: 'D30' }, delivery: 'private' },
    });
    expect(parseSubmit({ command: 'status', msteams: { type: 'messageBack' }, extra: 1 })).toEqual({
      ok: true,
      parsed: { command: { name: 'status' }, delivery: 'here' },
    });
    expect(parseSubmit({ command: 'groups', delivery: 'here' })).toMatchObject({ ok: true, parsed: { delivery: 'here' } });
    expect(parseSubmit(Object.assign(Object.create(null) as object, { command: 'help' }))).toMatchObject({ ok: true });
  });

  test('anything but a plain object with a command string is BAD_SUBMIT', () => {
    const cases: [unknown, string][] = [
      [null, 'The card sent no command.'],
      ['copilot summary', 'The card sent no command.'],
      [['copilot summary'], 'The card sent no command.'],
      [42, 'The card sent no command.'],
      [new Date(), 'The card sent no command.'],
      [{}, 'The card sent no command text.'],
      [{ command: 7 }, 'The card sent no command text.'],
      [{ command: 'status'.padEnd(201, ' ') }, "The card's command is 201 characters long; a card command is at most 200."],
      [{ command: 'status', delivery: 'dm' }, 'The card asked for a delivery the bot does not know; it delivers "here" or "private".'],
      [{ command: 'status', delivery: null }, 'The card asked for a delivery the bot does not know; it delivers "here" or "private".'],
    ];
    for (const [value, message] of cases) {
      const error = errorOf(parseSubmit(value));
      expect({ code: error.code, message: error.message }).toEqual({ code: 'BAD_SUBMIT', message });
    }
    const getter = { get command() { throw new Error('not data'); } };
    expect(errorOf(parseSubmit(getter)).code).toBe('BAD_SUBMIT');
  });

  test('a submitted command the grammar refuses keeps its own code', () => {
    expect(errorOf(parseSubmit({ command: 'grups' }))).toMatchObject({ code: 'UNKNOWN_COMMAND', suggestion: 'groups' });
    expect(errorOf(parseSubmit({ command: '' })).code).toBe('EMPTY');
  });
});

describe('fuzz', () => {
  const words = ['csv', 'copilot', 'summary', 'users', 'inactive', 'trend', 'activations', 'groups', 'help', 'status', 'D7', '7d', 'all', '2026-11-10', '?'];
  words.push('digest', 'subscribe', 'unsubscribe', 'preview', 'run-now', 'run', 'now', 'friday', 'mon', '08:00', '7:5', 'Europe/Berlin', 'utc', 'Berlin');
  words.push('by', 'department', 'job', 'title', 'department=Sales', 'office="New York', '“', '"', '=', 'country=', 'title=‘x’');
  const noise = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom('<at>Usage Bot</at>', '<at id="1">Megan</at>', '<at>', '</at>', '<p>', '&nbsp;', '&amp;', '&#x1F600;', '&#55296;', '&#9999999;'),
    fc.constantFrom('🙂', '👩🏽‍💻', '\u0000', '\u0007', '\u200b', '\u202e', '\ud800', '\r\n', '\t', '?', '.', '!'),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const chatText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 600 }),
    fc.array(noise, { maxLength: 30 }).map((parts) => parts.join(' ')),
    fc.array(noise, { maxLength: 30 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 8000 }),
  );

  test('parseCommand never throws and answers a command or a known refusal', () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const result = parseCommand(text);
        if (result.ok) {
          expect(result.parsed.delivery).toBe('here');
          expect(COMMAND_GUIDE.map((entry) => entry.name)).toContain(result.parsed.command.name);
        } else {
          expect(result.error).toBeInstanceOf(CommandError);
          expect(KNOWN_CODES).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('parseSubmit never throws, whatever the card sends', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ command: chatText, delivery: fc.anything() }, { requiredKeys: ['command'] })), (value) => {
        const result = parseSubmit(value);
        if (!result.ok) expect(KNOWN_CODES).toContain(result.error.code);
      }),
      { numRuns: 1000 },
    );
  });

  const copilotPeriod = fc.constantFrom('D7', 'D28', 'D30', 'D90', 'D180', 'ALL');
  const groupsPeriod = fc.constantFrom('D7', 'D30', 'D90', 'D180');
  const date = fc
    .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((day) => day.toISOString().slice(0, 10));
  const withPeriod = <N extends 'copilot-summary' | 'copilot-users' | 'copilot-inactive' | 'copilot-trend' | 'groups-inactive'>(name: N) =>
    fc
      .option(name === 'groups-inactive' ? groupsPeriod : copilotPeriod, { nil: undefined })
      .map((p) => (p === undefined ? { name } : { name, period: p }));
  const attribute = fc.constantFrom<GroupAttribute>(...GROUP_ATTRIBUTE_NAMES);
  // Filter values as the directory may hold them: words with spaces, punctuation and quotes of one or two kinds.
  const value = fc
    .array(fc.constantFrom('Sales', 'R&D', 'New', 'York', "O'Brien", '(not set)', 'a"b', '“Lab”', 'x=y', 'Zürich', '-', '1.', 'Say‘hi’'), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(' '));
  const filter = fc.tuple(attribute, value).map(([name, text]) => ({ attribute: name, value: text }));
  const filters = fc.uniqueArray(filter, { minLength: 1, maxLength: 3, selector: (each) => each.attribute });
  const grouped: fc.Arbitrary<ReportCommand> = fc.oneof(
    fc.tuple(fc.constantFrom<'copilot-summary' | 'copilot-licenses'>('copilot-summary', 'copilot-licenses'), fc.option(copilotPeriod, { nil: undefined }), attribute).map(
      ([name, p, by]) => ({ name, ...(p !== undefined ? { period: p } : {}), by }),
    ),
    fc.tuple(fc.option(copilotPeriod, { nil: undefined }), fc.option(attribute, { nil: undefined }), filters).map(([p, by, f]) => ({
      name: 'copilot-inactive' as const,
      ...(p !== undefined ? { period: p } : {}),
      ...(by !== undefined ? { by } : {}),
      filters: f,
    })),
    fc.tuple(fc.option(copilotPeriod, { nil: undefined }), filters).map(([p, f]) => ({ name: 'copilot-users' as const, ...(p !== undefined ? { period: p } : {}), filters: f })),
  );
  const reportCommand: fc.Arbitrary<ReportCommand> = fc.oneof(
    grouped,
    withPeriod('copilot-summary'),
    withPeriod('copilot-users'),
    withPeriod('copilot-inactive'),
    withPeriod('copilot-trend'),
    withPeriod('groups-inactive'),
    fc.constantFrom<ReportCommand>({ name: 'activations' }, { name: 'groups' }),
    groupsPeriod.map((p): ReportCommand => ({ name: 'groups', period: p })),
    date.map((d): ReportCommand => ({ name: 'groups', date: d })),
  );
  const zones = Intl.supportedValuesOf('timeZone').map((zone) => resolveTimeZone(zone) ?? 'UTC');
  const time = fc.tuple(fc.nat({ max: 23 }), fc.nat({ max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const subscribe: fc.Arbitrary<Command> = fc
    .record({ day: fc.constantFrom(...WEEKDAYS), time, timeZone: fc.constantFrom('UTC', ...zones) }, { requiredKeys: [] })
    .map((parts) => ({ name: 'digest-subscribe', ...parts }));
  const command: fc.Arbitrary<Command> = fc.oneof(
    reportCommand,
    fc.constantFrom<Command>({ name: 'help' }, { name: 'status' }),
    reportCommand.map((target): Command => ({ name: 'export', target })),
    subscribe,
    fc.constantFrom<Command>({ name: 'digest-unsubscribe' }, { name: 'digest-status' }, { name: 'digest-preview' }, { name: 'digest-run-now' }),
  );

  test('every suggestion the grammar offers is itself accepted, for the inputs admins sent and for typos of any command', () => {
    const sent = [
      'copilot sumary D31',
      'groups 2026-13-45',
      'digest subscribe funday 25:00 Mars/Olympus',
      'digest subscribe monday 09:00 Mars/Olympus',
      'copilot summary D7 D30',
      'csv copilot usres D31',
      'grups inactve D31',
      'digest subscribe monday tuesday 25:00',
    ];
    const check = (text: string) => {
      const result = parseCommand(text);
      if (result.ok || result.error.suggestion === undefined) return;
      expect(parseCommand(result.error.suggestion).ok, `${text} → ${result.error.suggestion}`).toBe(true);
    };
    for (const text of sent) {
      expect(parseCommand(text).ok, text).toBe(false);
      expect(errorOf(parseCommand(text)).suggestion, text).toBeDefined();
      check(text);
    }
    const junk = fc.constantFrom('D31', 'D28', '2026-13-45', '2026-02-30', '25:00', 'Mars/Olympus', 'funday', 'Berlin', 'ALL', 'please');
    const typo = fc.tuple(command, fc.nat(), fc.constantFrom('drop', 'swap', 'double'), fc.array(junk, { maxLength: 3 })).map(([c, at, edit, extra]) => {
      const text = formatCommand(c);
      const i = at % text.length;
      const edited =
        edit === 'drop' ? text.slice(0, i) + text.slice(i + 1) : edit === 'double' ? text.slice(0, i) + text[i] + text.slice(i) : text.slice(0, i) + (text[i + 1] ?? '') + text[i] + text.slice(i + 2);
      return [edited, ...extra].join(' ');
    });
    fc.assert(fc.property(typo, (text) => check(text)), { numRuns: 2000 });
  });

  test('round trip: every valid command parses back from its canonical text', () => {
    fc.assert(
      fc.property(command, (c) => {
        expect(parseCommand(formatCommand(c))).toStrictEqual({ ok: true, parsed: { command: c, delivery: 'here' } });
        expect(parseSubmit({ command: formatCommand(c), delivery: 'private' })).toStrictEqual({
          ok: true,
          parsed: { command: c, delivery: 'private' },
        });
      }),
      { numRuns: 1000 },
    );
  });
});
