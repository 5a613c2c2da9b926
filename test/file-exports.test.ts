import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { Attachment } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { personalChatNeededReply } from '../src/bot/private-chat.js';
import { runCli } from '../src/cli.js';
import { UPLOAD_RANGE_UNIT } from '../src/files/upload-session.js';
import { cardFor, startBotHarness, type BotHarness } from './support/bot-harness.js';
import { startFakeUploadServer, type FakeUploadServer, type UploadSession } from './support/fake-upload-server.js';
import {
  FILE_CONSENT_CONTENT_TYPE,
  FILE_INFO_CONTENT_TYPE,
  consentCards,
  fileConsentInvoke,
  uploadInfoFor,
  type ConsentCardContent,
} from './support/file-consent-activities.js';
import { playgroundActivity } from './support/playground-activities.js';
import { cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';
import { scratchFolder } from './support/scratch-folder.js';
import { parseCsv } from './support/csv-records.js';

const PERSONAL = '35ab4250-4f23-4f9f-b66f-2052a98e3fc3';
const CHANNEL_POST = 'team-id;messageid=1795331054475';
const OFFER_TTL_MS = 60 * 60_000;
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

let bot: BotHarness;
let uploads: FakeUploadServer;
let parentFolder: string;

beforeAll(async () => {
  parentFolder = mkdtempSync(path.join(tmpdir(), 'file-exports-test-'));
  // 10,000 users make the Copilot user export about 380 KB: two 320 KiB upload ranges.
  bot = await startBotHarness({
    env: { EMULATOR_USERS: '10000' },
    fileExports: { parentFolder, uploadChunkBytes: UPLOAD_RANGE_UNIT, ttlMs: OFFER_TTL_MS },
  });
  uploads = await startFakeUploadServer();
});
afterAll(async () => {
  await bot.close();
  await uploads.close();
  rmSync(parentFolder, { recursive: true, force: true });
});
beforeEach(() => {
  bot.connector.posted.length = 0;
  bot.answered.length = 0;
  bot.sender.continued.length = 0;
  bot.sender.created.length = 0;
  bot.logs.length = 0;
});

type ConsentCard = Attachment & { content: ConsentCardContent };

/** Asks in the personal chat and returns the consent card the bot posted there. */
async function offer(text: string, asSubmit = false): Promise<ConsentCard> {
  const activity = asSubmit
    ? playgroundActivity('message-personal-action-submit', { value: { command: text } })
    : playgroundActivity('message-personal', { text });
  expect((await bot.post(activity)).status).toBe(200);
  const cards = consentCards(bot.cardsIn(PERSONAL));
  expect(cards, `consent card for "${text}"`).toHaveLength(1);
  return cards[0]!;
}

/** Accepts `card` with a new upload session, waits for the upload and returns the session. */
async function accept(card: ConsentCard, prepare: (session: UploadSession) => void = () => {}): Promise<UploadSession> {
  const session = uploads.session();
  prepare(session);
  const response = await bot.post(fileConsentInvoke('accept', card.content.acceptContext, uploadInfoFor(session.url, card.name!)));
  expect(response.status).toBe(200);
  await bot.app.fileExports.settled();
  return session;
}

/** What the bot sent to the personal chat after the accept's turn (through the proactive sender). */
function delivered(): Attachment[] {
  return bot.sender.continued.flatMap((sent) => sent.activities.flatMap((activity) => activity.attachments ?? []));
}

/** The files kept for offers, in the exports' private folder. */
function keptFiles(): string[] {
  return readdirSync(parentFolder).flatMap((folder) => readdirSync(path.join(parentFolder, folder)).map((name) => path.join(parentFolder, folder, name)));
}

class Bytes extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  get buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** `npm run report -- <args>` against the bot's own emulator, on the bot's clock: the bytes it prints. */
async function cliBytes(args: string[]): Promise<Buffer> {
  const stdout = new Bytes();
  const stderr = new Bytes();
  const code = await runCli(args, { stdout, stderr, env: { GRAPH_BASE_URL: bot.app.stack.graphUrl, DATA_DIR: scratchFolder() }, clock: bot.clock });
  expect(stderr.buffer.toString(), args.join(' ')).toBe('');
  expect(code).toBe(0);
  return stdout.buffer;
}

function errorCard(attachments: readonly Attachment[]) {
  const [attachment] = attachments;
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = cardOf(attachment!);
  return { texts: visibleTexts(card), actions: submitActions(card) };
}

describe('csv in a personal chat: the consent card', () => {
  test('names the file, gives its exact size and what it holds; its context says what builds the file again, never rows', async () => {
    const card = await offer('csv copilot users D30');
    expect(bot.cardsIn(PERSONAL)).toEqual([card]);
    // The bot reads the built-in emulator here: demo data, which the file's name says.
    expect(card.name).toMatch(/^demo-copilot-users-D30-\d{4}-\d{2}-\d{2}\.csv$/);
    const refreshDate = card.name!.slice('demo-copilot-users-D30-'.length, -'.csv'.length);
    const { acceptContext, declineContext, sizeInBytes, description } = card.content;
    expect(declineContext).toEqual(acceptContext);
    expect(acceptContext).toEqual({ exportId: expect.stringMatching(/^[0-9a-f-]{36}$/), command: 'csv copilot users D30', refreshDate });
    expect(description).toMatch(/^Demo data · [\d,]+ rows behind “copilot users D30” · data as of .+ · CSV \(UTF-8\) for Excel$/);
    // No user principal name (or anything else from the rows) travels in the card.
    expect(JSON.stringify(bot.connector.posted)).not.toContain('@');

    const [file] = keptFiles();
    expect(keptFiles()).toHaveLength(1);
    expect(statSync(file!).size).toBe(sizeInBytes);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file!)).mode & 0o777).toBe(0o700);
    expect(bot.app.fileExports.pendingCount).toBe(1);

    await accept(card); // leave nothing behind for the next test
  });

  test('where the client cannot show the offer, its text names the file, its size and the terminal command giving the same bytes', async () => {
    const card = await offer('csv copilot inactive D30');
    const activity = bot.connector.posted.map((posted) => posted.activity).find((sent) => (sent.attachments ?? []).some((a) => a.name === card.name));
    const size = card.content.sizeInBytes;
    expect(activity?.text).toMatch(
      new RegExp(`^Demo data, not your tenant's\\. The file ${card.name!.replaceAll('.', '\\.')} \\([\\d,]+ rows, [\\d.,]+\u00a0KB\\) is offered below: choose Allow to save it to your OneDrive\\. `),
    );
    // --silent: without it npm prints its own banner into the file.
    expect(activity?.text).toContain(`npm run --silent report -- csv copilot inactive D30 > ${card.name}`);
    expect(size).toBeGreaterThan(1024);
    const [, command] = /npm run --silent report -- (.*) > /.exec(activity!.text!)!;
    const terminal = await cliBytes(command!.split(' '));
    expect(terminal.length).toBe(size);
    await accept(card);
  });

  test('every report card has a CSV button sending "csv <the same command>"; pressing it offers the file', async () => {
    await bot.post(playgroundActivity('message-personal', { text: 'copilot inactive D90' }));
    const actions = submitActions(cardOf(bot.cardsIn(PERSONAL)[0]!));
    expect(actions.at(-1)).toEqual({ title: 'CSV', data: { command: 'csv copilot inactive D90' } });
    bot.connector.posted.length = 0;
    const card = await offer('csv copilot inactive D90', true);
    expect(card.name).toMatch(/^demo-copilot-inactive-D90-/);
    await accept(card);
  });
});

describe('csv in a personal chat whose client takes no file offer (the Agents Playground)', () => {
  /** Asks for `text` in the personal chat while the connector answers file consent cards as the Playground does. */
  async function askWithoutFileOffers(text: string): Promise<string[][]> {
    bot.connector.answerWithoutId(FILE_CONSENT_CONTENT_TYPE);
    try {
      expect((await bot.post(playgroundActivity('message-personal', { text }))).status).toBe(200);
    } finally {
      bot.connector.answerWithoutId(undefined);
    }
    return bot.cardsIn(PERSONAL).filter((attachment) => attachment.contentType === ADAPTIVE_CARD).map((attachment) => visibleTexts(cardOf(attachment)));
  }

  /** The file the terminal writes for `command`: its name, data rows and bytes, read from the CSV itself. */
  async function terminalFile(command: string, prefix: string): Promise<{ name: string; rows: number; bytes: number }> {
    const bytes = await cliBytes(command.split(' '));
    const [header, ...records] = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const refreshDate = records[0]![header!.indexOf('Report Refresh Date')];
    // The harness reads a loopback Graph with the development token: demo data, named so.
    return { name: `demo-${prefix}-${refreshDate}.csv`, rows: records.length, bytes: bytes.length };
  }

  test('the answer names the file, its rows and size and the terminal command that writes the same bytes; never "ask in a personal chat"', async () => {
    const [fallback, ...more] = await askWithoutFileOffers('csv copilot inactive D90');
    const file = await terminalFile('csv copilot inactive D90', 'copilot-inactive-D90');
    expect(file.bytes).toBeGreaterThan(10 * 1024);
    expect(fallback).toEqual([
      'Demo data · This chat cannot take files',
      'This chat does not show the bot’s file offers (the Agents Playground does not), so the file was not sent. The same file comes from a terminal where the bot is installed:',
      `File: ${file.name}`,
      `Rows: ${file.rows.toLocaleString('en-US')} rows`,
      `Size: ${Math.round(file.bytes / 1024)}\u00a0KB`,
      `npm run --silent report -- csv copilot inactive D90 > ${file.name}`,
    ]);
    expect(more).toEqual([]);
    expect(JSON.stringify(bot.connector.posted)).not.toContain('PERSONAL_CHAT_NEEDED');
    // The offer nobody can answer is withdrawn with its file.
    expect(keptFiles()).toEqual([]);
    expect(bot.app.fileExports.pendingCount).toBe(0);
  });

  test('when Teams does not take the offer this time, the same facts come with a button to try again', async () => {
    bot.connector.failNext(503, 503, 503);
    await bot.post(playgroundActivity('message-personal', { text: 'csv groups D7' }));
    const file = await terminalFile('csv groups D7', 'groups-D7');
    const answer = cardOf(bot.cardsIn(PERSONAL).find((attachment) => attachment.contentType === ADAPTIVE_CARD)!);
    expect(visibleTexts(answer)).toEqual(
      expect.arrayContaining(['Demo data · The file offer was not sent', `File: ${file.name}`, `Rows: ${file.rows.toLocaleString('en-US')} rows`]),
    );
    expect(submitActions(answer)).toEqual([{ title: 'Try again', data: { command: 'csv groups D7' } }]);
    expect(keptFiles()).toEqual([]);
  });

  test('asked as a plain question, the fallback opens with the command it ran', async () => {
    const [fallback] = await askWithoutFileOffers('download the inactive copilot seats this quarter');
    expect(fallback?.[0]).toBe('Ran: csv copilot inactive D90');
    expect(fallback?.[1]).toBe('Demo data · This chat cannot take files');
  });
});

describe('accepted', () => {
  test('the invoke is answered 200, then the file goes up in 320 KiB ranges, byte for byte what the terminal prints, and a FileInfoCard follows', async () => {
    // The card first, as an admin would: the export then reads the cached report.
    await bot.post(playgroundActivity('message-personal', { text: 'copilot users D30' }));
    const graphRequests = bot.app.stack.emulator!.requests.length;
    const card = await offer('csv copilot users D30');
    const session = await accept(card);

    expect(bot.app.stack.emulator!.requests.length).toBe(graphRequests);
    expect(session.problems).toEqual([]);
    expect(session.completed).toBe(true);
    const total = card.content.sizeInBytes;
    expect(session.requests.map((request) => request.contentRange)).toEqual([
      `bytes 0-${UPLOAD_RANGE_UNIT - 1}/${total}`,
      `bytes ${UPLOAD_RANGE_UNIT}-${total - 1}/${total}`,
    ]);
    expect(session.requests.map((request) => request.status)).toEqual([202, 201]);
    expect(session.requests.every((request) => request.authorization === undefined)).toBe(true);

    const uploaded = session.received();
    expect(uploaded.length).toBe(total);
    expect(uploaded.equals(await cliBytes(['copilot', 'users', 'D30', '--format', 'csv']))).toBe(true);
    expect(uploaded.equals(await cliBytes(['csv', 'copilot', 'users', 'D30']))).toBe(true);

    expect(delivered()).toEqual([
      {
        contentType: FILE_INFO_CONTENT_TYPE,
        name: card.name,
        contentUrl: uploadInfoFor(session.url, card.name!)['contentUrl'],
        content: { uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C', fileType: 'csv' },
      },
    ]);
    expect(bot.sender.continued[0]?.reference).toMatchObject({ conversation: { id: PERSONAL }, activityId: undefined });
    expect(keptFiles()).toEqual([]);
    expect(bot.app.fileExports.pendingCount).toBe(0);
    expect(bot.logs.some((line) => line.includes('"message":"file uploaded"'))).toBe(true);
    // Logs keep neither the pre-authenticated upload URL nor report data.
    expect(bot.logs.join('\n')).not.toContain('/up/session-');
    expect(bot.logs.join('\n')).not.toContain('@');
  });

  test('a second click on Allow uploads nothing more: one upload, one file card', async () => {
    const card = await offer('csv activations');
    const first = await accept(card);
    const second = await accept(card);
    expect(first.completed).toBe(true);
    expect(second.requests).toEqual([]);
    expect(delivered().map((attachment) => attachment.contentType)).toEqual([FILE_INFO_CONTENT_TYPE]);
    expect(bot.logs.filter((line) => line.includes('"message":"file consent repeated"'))).toHaveLength(1);
    expect(keptFiles()).toEqual([]);
  });

  test('the invoke is answered before the upload ends: Teams shows "Something went wrong" when the answer waits', async () => {
    const card = await offer('csv groups D7');
    const session = uploads.session();
    let release = () => {};
    session.gate = new Promise<void>((resolve) => (release = resolve));
    const response = await bot.post(fileConsentInvoke('accept', card.content.acceptContext, uploadInfoFor(session.url, card.name!)));
    expect(response.status).toBe(200);
    expect(session.completed).toBe(false);
    expect(delivered()).toEqual([]);
    release();
    await bot.app.fileExports.settled();
    expect(session.completed).toBe(true);
    expect(delivered().map((attachment) => attachment.contentType)).toEqual([FILE_INFO_CONTENT_TYPE]);
  });

  test('the file: UTF-8 BOM, human headers, CRLF, RFC 4180 quoting, and names that would be formulas neutralised', async () => {
    const users = (await accept(await offer('csv copilot users D30'))).received();
    expect([...users.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = users.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = parseCsv(text);
    expect(header?.slice(0, 4)).toEqual(['Report Refresh Date', 'Report Period', 'User Principal Name', 'Display Name']);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    const names = rows.map((row) => row[3]!);
    // The emulator's names include "Family, Given" and nicknames in quotes: quoted, quotes doubled.
    const withComma = names.find((name) => name.includes(','));
    const withQuote = names.find((name) => name.includes('"'));
    expect(withComma && withQuote).toBeTruthy();
    expect(text).toContain(`,"${withComma}",`);
    expect(text).toContain(`,"${withQuote!.replaceAll('"', '""')}",`);

    bot.connector.posted.length = 0;
    const groups = (await accept(await offer('csv groups D7'))).received().toString('utf8');
    const groupNames = parseCsv(groups.slice(1)).slice(1).map((row) => row[1]!);
    expect(groupNames).toContain("'=Budget 2026");
    expect(groupNames.filter((name) => /^[=+\-@\t\r]/.test(name))).toEqual([]);
  });
});

describe('declined', () => {
  test('a short acknowledgement with a button to ask again; the file is deleted and nothing uploaded', async () => {
    const card = await offer('csv copilot inactive D90');
    bot.connector.posted.length = 0;
    const response = await bot.post(fileConsentInvoke('decline', card.content.declineContext));
    expect(response.status).toBe(200);
    expect(bot.cardsIn(PERSONAL)).toEqual([cardFor({ view: 'file-declined', model: { command: 'csv copilot inactive D90' } })]);
    const { texts, actions } = errorCard(bot.cardsIn(PERSONAL));
    expect(texts).toEqual(["OK, I won't send the file. Type “csv copilot inactive D90” when you want it.", '[Send it after all]']);
    expect(actions).toEqual([{ title: 'Send it after all', data: { command: 'csv copilot inactive D90' } }]);
    expect(keptFiles()).toEqual([]);
    expect(bot.sender.continued).toEqual([]);
  });
});

describe('uploads that fail', () => {
  test('a failing upload server: a card saying so with a retry button; the retry offers the file anew and that upload succeeds', async () => {
    const card = await offer('csv groups D7');
    const failed = await accept(card, (session) => session.failNext.push(500, 500, 500, 500));
    expect(failed.completed).toBe(false);
    const { texts, actions } = errorCard(delivered());
    expect(texts[0]).toBe('The file could not be uploaded');
    expect(texts).toContain('Error code: UPLOAD_FAILED');
    expect(actions).toEqual([{ title: 'Try again', data: { command: 'csv groups D7' } }]);
    expect(keptFiles()).toEqual([]);

    bot.connector.posted.length = 0;
    bot.sender.continued.length = 0;
    const again = await offer(actions[0]!.data['command'] as string, true);
    const session = await accept(again);
    expect(session.completed).toBe(true);
    expect(session.received().length).toBe(again.content.sizeInBytes);
    expect(delivered().map((attachment) => attachment.contentType)).toEqual([FILE_INFO_CONTENT_TYPE]);
  });

  test('an expired upload URL: a card saying the link expired, with a retry', async () => {
    const card = await offer('csv activations');
    await accept(card, (session) => {
      session.expired = true;
    });
    const { texts, actions } = errorCard(delivered());
    expect(texts[0]).toBe('The upload link expired');
    expect(texts[1]).toBe(`Teams' link for putting ${card.name} in your OneDrive expired before the bot could upload it.`);
    expect(texts).toContain('Error code: UPLOAD_EXPIRED');
    expect(actions).toEqual([{ title: 'Try again', data: { command: 'csv activations' } }]);
    expect(keptFiles()).toEqual([]);
  });
});

describe('offers left unanswered', () => {
  test('the file is deleted after the time limit; accepted later, it is built again from the command: same bytes', async () => {
    const card = await offer('csv copilot inactive D90');
    expect(keptFiles()).toHaveLength(1);
    // Sending the card itself moves the fake clock a little (pacing), so a minute's margin.
    bot.clock.advance(OFFER_TTL_MS - 60_000);
    expect(await bot.app.fileExports.sweep()).toBe(0);
    bot.clock.advance(60_000);
    expect(await bot.app.fileExports.sweep()).toBe(1);
    expect(keptFiles()).toEqual([]);

    const session = await accept(card);
    expect(session.completed).toBe(true);
    expect(session.received().equals(await cliBytes(['csv', 'copilot', 'inactive', 'D90']))).toBe(true);
    expect(delivered().map((attachment) => attachment.contentType)).toEqual([FILE_INFO_CONTENT_TYPE]);
    expect(keptFiles()).toEqual([]);
  });

  test('accepted after the report was refreshed: the different file is not uploaded; a card says so, with a retry', async () => {
    const card = await offer('csv copilot inactive D90');
    const stale = { ...card.content.acceptContext, exportId: randomUUID(), refreshDate: '2026-10-01' };
    const session = await accept({ ...card, content: { ...card.content, acceptContext: stale } });
    expect(session.requests).toEqual([]);
    const { texts, actions } = errorCard(delivered());
    expect(texts[0]).toBe('The report has changed');
    expect(texts).toContain('Error code: EXPORT_OUTDATED');
    expect(actions).toEqual([{ title: 'Try again', data: { command: 'csv copilot inactive D90' } }]);
    // The offer's own file is still kept for its own answer.
    expect(keptFiles()).toHaveLength(1);
    await bot.post(fileConsentInvoke('decline', card.content.declineContext));
    expect(keptFiles()).toEqual([]);
  });
});

describe('the invoke is always answered 200', () => {
  test('whatever it carries, whoever sends it', async () => {
    const card = await offer('csv activations');
    const context = card.content.acceptContext;
    const info = uploadInfoFor(uploads.session().url, card.name!);
    const invokes = [
      fileConsentInvoke('accept', context, info, { value: undefined }),
      fileConsentInvoke('maybe', context, info),
      fileConsentInvoke('accept', { exportId: 'x', command: 'csv activations' }, info),
      fileConsentInvoke('accept', { ...context, command: 'help' }, info),
      fileConsentInvoke('decline', 'not an object'),
      fileConsentInvoke('accept', context, undefined),
      // Someone not on the allow-list, and an invoke from outside a personal chat.
      fileConsentInvoke('accept', context, info, { from: { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021' } }),
      fileConsentInvoke('accept', context, info, { conversation: { id: 'team-id', conversationType: 'channel', tenantId: '00000000-0000-0000-0000-0000000000001' } }),
    ];
    for (const invoke of invokes) {
      const response = await bot.post(invoke);
      expect(response.status, JSON.stringify(invoke['value'])).toBe(200);
    }
    await bot.app.fileExports.settled();
    // Unreadable offers are said to be unknown; the accept without uploadInfo fails with a retry; the rest is quiet.
    const personal = bot.cardsIn(PERSONAL).filter((attachment) => attachment !== card);
    const titles = personal.map((attachment) => visibleTexts(cardOf(attachment))[0]);
    const accessDenied = visibleTexts(cardOf(cardFor({ view: 'access-denied', model: { reason: 'user' } })))[0];
    expect(titles).toEqual(['Unknown file offer', 'Unknown file offer', accessDenied]);
    expect(errorCard(delivered()).texts).toContain('Error code: UPLOAD_FAILED');
    expect(errorCard(delivered()).actions).toEqual([{ title: 'Try again', data: { command: 'csv activations' } }]);
    expect(bot.logs.some((line) => line.includes('file consent not answered'))).toBe(true);
    expect(bot.logs.some((line) => line.includes('file consent outside a personal chat ignored'))).toBe(true);
    await bot.post(fileConsentInvoke('decline', context));
    expect(keptFiles()).toEqual([]);
  });
});

describe('csv asked in a channel', () => {
  test('the channel is told the file went privately; the consent card is in the personal chat, the file never in the channel', async () => {
    await bot.post(playgroundActivity('installationUpdate-personal'));
    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> csv copilot users D30' }));
    const [sent] = bot.sender.continued;
    expect(sent?.reference).toMatchObject({ conversation: { id: PERSONAL } });
    const [card] = consentCards(sent!.activities.flatMap((activity) => activity.attachments ?? []));
    expect(card?.name).toMatch(/^demo-copilot-users-D30-/);
    expect(bot.cardsIn(CHANNEL_POST)).toEqual([cardFor({ view: 'sent-privately', model: { what: { kind: 'file', fileName: card!.name! } } })]);
    expect(consentCards(bot.cardsIn(CHANNEL_POST))).toEqual([]);
    expect(JSON.stringify(bot.connector.posted)).not.toContain('@');

    bot.sender.continued.length = 0;
    bot.connector.posted.length = 0;
    const session = await accept(card as ConsentCard);
    expect(session.completed).toBe(true);
    expect(delivered().map((attachment) => attachment.contentType)).toEqual([FILE_INFO_CONTENT_TYPE]);
    expect(bot.connector.posted.filter((post) => post.conversationId === CHANNEL_POST)).toEqual([]);
  });

  test('the CSV button on a channel card asks the same way (one rule for every export, aggregate ones too)', async () => {
    await bot.post(playgroundActivity('installationUpdate-personal'));
    bot.connector.posted.length = 0;
    await bot.post(playgroundActivity('message-channel-mention', { text: undefined, value: { command: 'csv activations' } }));
    expect(consentCards(bot.sender.continued.flatMap((sent) => sent.activities.flatMap((activity) => activity.attachments ?? [])))).toHaveLength(1);
    expect(visibleTexts(cardOf(bot.cardsIn(CHANNEL_POST)[0]!))[0]).toMatch(/^🔒 I sent the CSV file demo-activations-\d{4}-\d{2}-\d{2}\.csv to you in a personal chat\.$/);
    const [card] = consentCards(bot.sender.continued[0]!.activities.flatMap((activity) => activity.attachments ?? []));
    await bot.post(fileConsentInvoke('decline', card!.content.declineContext));
    expect(keptFiles()).toEqual([]);
  });

  test('with no personal chat to reach (the Playground), the channel is told to ask there, and no file is kept', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'file-exports-fresh-'));
    const fresh = await startBotHarness({ fileExports: { parentFolder: folder } });
    try {
      await fresh.post(playgroundActivity('message-channel-mention', { text: '<at>Test Bot</at> csv copilot users D30' }));
      expect(fresh.cardsIn(CHANNEL_POST)).toEqual(personalChatNeededReply('csv copilot users D30', 'file').messages.map(cardFor));
      expect(visibleTexts(cardOf(fresh.cardsIn(CHANNEL_POST)[0]!))[1]).toContain('Teams lets the bot send files only to a personal chat');
      expect(fresh.sender.continued).toEqual([]);
      expect(fresh.app.fileExports.pendingCount).toBe(0);
      expect(readdirSync(folder).flatMap((sub) => readdirSync(path.join(folder, sub)))).toEqual([]);
    } finally {
      await fresh.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('errors before any file', () => {
  test('a period the tenant\'s report version does not have: the error card with the default period as csv, and no consent card', async () => {
    await bot.post(playgroundActivity('message-personal', { text: 'csv copilot users D28' }));
    expect(consentCards(bot.cardsIn(PERSONAL))).toEqual([]);
    const { texts, actions } = errorCard(bot.cardsIn(PERSONAL));
    expect(texts[0]).toBe('Period not available');
    expect(actions[0]).toEqual({ title: 'Use the default period', data: { command: 'csv copilot users' } });
    expect(keptFiles()).toEqual([]);
  });

  test('help and status have nothing to export: one line says why, not the whole help', async () => {
    await bot.post(playgroundActivity('message-personal', { text: 'csv status' }));
    const texts = visibleTexts(cardOf(bot.cardsIn(PERSONAL)[0]!));
    expect(texts).toEqual([
      'I didn\'t understand "csv status". "status" has no data behind it to export; csv takes a report command, e.g. "csv copilot inactive D90". ' +
        'Type "help" to see all commands.',
    ]);
    expect(bot.answered).toEqual([]);
    expect(keptFiles()).toEqual([]);
  });
});
