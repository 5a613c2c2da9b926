import { expectTypeOf, test } from 'vitest';
import type { AlertCommand } from '../src/alerts/alert-command.js';
import type { Command, DigestCommand, ExportCommand, OverviewCommand, ReportCommand } from '../src/commands/command.js';
import type { HandlerTable } from '../src/commands/handler-context.js';
import { handlers } from '../src/commands/handlers.js';
import type { FileReply, Reply } from '../src/commands/reply.js';
import type { ExportableCommand } from '../src/commands/command-export.js';

test('csv takes report commands and the overview only', () => {
  expectTypeOf<ExportCommand['target']>().toEqualTypeOf<ReportCommand | OverviewCommand>();
  expectTypeOf<ExportableCommand>().toEqualTypeOf<ReportCommand>();
  expectTypeOf<Exclude<Command, ReportCommand | DigestCommand | AlertCommand>['name']>().toEqualTypeOf<'export' | 'overview' | 'help' | 'status'>();
  expectTypeOf<AlertCommand['name']>().toEqualTypeOf<'alert-set' | 'alert-list' | 'alert-remove' | 'alert-snooze' | 'alert-exclude' | 'alert-include' | 'alert-language'>();
  expectTypeOf<DigestCommand['name']>().toEqualTypeOf<'digest-subscribe' | 'digest-unsubscribe' | 'digest-status' | 'digest-preview' | 'digest-run-now' | 'digest-language'>();
  // @ts-expect-error help has nothing to export
  const help: ExportCommand = { name: 'export', target: { name: 'help' } };
  // @ts-expect-error nor has csv itself
  const nested: ExportCommand = { name: 'export', target: { name: 'export', target: { name: 'groups' } } };
  void help;
  void nested;
});

test('a command without a handler does not compile: csv has one', () => {
  const { export: exportHandler, ...withoutExport } = handlers;
  const table: HandlerTable = { ...withoutExport, export: exportHandler };
  // @ts-expect-error the table without the csv handler
  const incomplete: HandlerTable = withoutExport;
  void table;
  void incomplete;
});

test('the digest commands have handlers too: leaving one out does not compile', () => {
  const { 'digest-run-now': runNow, ...withoutRunNow } = handlers;
  const table: HandlerTable = { ...withoutRunNow, 'digest-run-now': runNow };
  // @ts-expect-error the table without the run-now handler
  const incomplete: HandlerTable = withoutRunNow;
  // @ts-expect-error a digest command is not a report command, so it has nothing to export
  const digestCsv: ExportCommand = { name: 'export', target: { name: 'digest-status' } };
  void table;
  void incomplete;
  void digestCsv;
});

test('a file reply names the csv command that builds it again', () => {
  expectTypeOf<FileReply['command']>().toEqualTypeOf<ExportCommand>();
  expectTypeOf<Reply['file']>().toEqualTypeOf<FileReply | undefined>();
});
