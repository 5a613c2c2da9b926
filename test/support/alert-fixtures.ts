/**
 * The alert engine as the bot wires it, over a report service on an emulator with a fake clock: the
 * `alert …` commands answered by the real handlers, runners over one state store, a recording sender
 * over the real pacer (failing on request), and helpers that move the emulator's figures a day on.
 */
import { addDays, toIsoDate } from '../../src/clock.js';
import { createAlertMessageSource } from '../../src/alerts/alert-message.js';
import { AlertRunner, type AlertRunnerOptions } from '../../src/alerts/alert-runner.js';
import type { CommandOrigin, ConversationKind, HandlerDeps } from '../../src/commands/handler-context.js';
import { handleCommand } from '../../src/commands/handlers.js';
import type { Reply } from '../../src/commands/reply.js';
import { formatCommand, parseCommand } from '../../src/commands/parse.js';
import type { FigureShiftRequest } from '../../src/emulator/scenario-route.js';
import type { EmulatorOptions } from '../../src/emulator/graph-emulator.js';
import { silentLogger } from '../../src/logger.js';
import { parseLicencePrice } from '../../src/reports/licence-price.js';
import type { ReportServiceOptions } from '../../src/reports/report-service.js';
import { MemoryStateStore } from '../../src/store/memory-state-store.js';
import type { StateStore } from '../../src/store/state-store.js';
import type { AlertRulesModel, ViewModels } from '../../src/view-models.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { cardToText } from '../../src/views/card-to-text.js';
import { WORD_JOINER } from '../../src/views/escape-card-text.js';
import { formatReplyText } from '../../src/views/reply-text.js';
import { channelRef, CHANNEL_ORIGIN, createRecordingSender, type RecordedSend } from './digest-fixtures.js';
import { startReportFixture, type ReportFixture } from './report-fixture.js';

export const DAY = 86_400_000;
export const SEAT_PRICE = 30;

export type AlertFixture = ReportFixture & {
  readonly store: StateStore;
  readonly deps: HandlerDeps;
  readonly recording: ReturnType<typeof createRecordingSender>;
  /** A runner over the fixture's store and sender; `options` replace any part. */
  runner(options?: Partial<AlertRunnerOptions>): AlertRunner;
  /** Asks `text` in channel `channel` (0 by default) as an admin would, through the handlers. */
  ask(text: string, origin?: CommandOrigin, conversation?: ConversationKind): Promise<Reply>;
  /** The model of `alerts` in channel 0. */
  list(origin?: CommandOrigin): Promise<AlertRulesModel>;
  /** Moves the figures from the next Copilot refresh day on and the clock a day on (the refresh date follows). */
  nextDay(shift?: FigureShiftRequest): Promise<void>;
  /** The Copilot refresh date the emulator serves now. */
  refreshDate(): string;
};

/** The origin of channel `index`, as the bot fills it for a message there. */
export function channelOrigin(index: number): CommandOrigin {
  return { ...CHANNEL_ORIGIN, conversationRef: channelRef(index) };
}

/** An alert fixture: 400 users, a 30 USD seat price, a memory store unless one is given. */
export async function startAlertFixture(
  options: { store?: StateStore; reports?: Partial<ReportServiceOptions>; emulator?: EmulatorOptions; extraSkuIds?: readonly string[]; priced?: boolean } = {},
): Promise<AlertFixture> {
  const fixture = await startReportFixture({ ...options.reports }, { throttle: false, ...options.emulator });
  const store = options.store ?? new MemoryStateStore();
  const price = options.priced === false ? undefined : parseLicencePrice(`${SEAT_PRICE} USD`);
  const licences = { ...(price ? { price } : {}), extraSkuIds: options.extraSkuIds ?? [] };
  const deps: HandlerDeps = { ...fixture.deps, licences, alerts: { store } };
  const recording = createRecordingSender(fixture.clock);
  const ask = async (text: string, origin: CommandOrigin = CHANNEL_ORIGIN, conversation: ConversationKind = 'channel') => {
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new Error(`"${text}" did not parse: ${parsed.error.message}`);
    return handleCommand(parsed.parsed, conversation, deps, origin);
  };
  return {
    ...fixture,
    store,
    deps,
    recording,
    runner: (runnerOptions = {}) =>
      new AlertRunner({
        store,
        sender: recording.sender,
        compose: createAlertMessageSource(formatCommand, deps.copilotApi),
        figures: { reports: fixture.service, clock: fixture.clock, copilotApi: deps.copilotApi, licences },
        clock: fixture.clock,
        logger: silentLogger,
        checkIntervalMs: 60_000,
        ...runnerOptions,
      }),
    ask,
    async list(origin = CHANNEL_ORIGIN) {
      return modelOf(await ask('alerts', origin), 'alert-rules');
    },
    async nextDay(shift) {
      const from = addDays(copilotRefreshOf(fixture.clock.now()), 1);
      if (shift) await fixture.emulator.shiftFigures({ from, ...shift });
      fixture.clock.advance(DAY);
    },
    refreshDate: () => copilotRefreshOf(fixture.clock.now()),
  };
}

function copilotRefreshOf(now: number): string {
  return addDays(toIsoDate(now), -3);
}

/** The model of the only message of `reply`, which must be `view`. */
export function modelOf<K extends keyof ViewModels>(reply: Reply, view: K): ViewModels[K] {
  const [message] = reply.messages;
  if (reply.messages.length !== 1 || message?.view !== view) throw new Error(`expected one ${view} message, got ${reply.messages.map((item) => item.view).join(', ')}`);
  return message.model as ViewModels[K];
}

/** A reply's cards as the terminal reads them (en-US). */
export function replyText(reply: Reply): string {
  return reply.messages.map((message) => formatReplyText(message, { locale: 'en-US' })).join('\n');
}

/** A post's card as the terminal reads it: its text, facts aligned, buttons as the commands they send (the invisible word joiners left out). */
export function postText(send: RecordedSend): string {
  return cardToText(send.activity.attachments[0]?.content as Parameters<typeof cardToText>[0], messagesFor({ locale: 'en-US' })).replaceAll(WORD_JOINER, '');
}
