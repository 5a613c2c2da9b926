/**
 * What a handler returns: which views to show (their models are the contract in view-models.ts), for
 * the conversation asked in and privately, and the CSV file an answer sends.
 */
import type { CommandExport } from './command-export.js';
import type { ReplyMessage } from '../view-models.js';
import type { ExportCommand } from './command.js';

/** A CSV file for the asker's personal chat: Teams lets a bot send files only there, once the user consents. */
export type FileReply = {
  /** The `csv …` command that builds this file again (a retry, or an offer accepted after its file was removed). */
  readonly command: ExportCommand;
  readonly export: CommandExport;
};

export type Reply = {
  /** For the conversation the command came from. */
  readonly messages: readonly ReplyMessage[];
  /** For the asker's personal chat (per-user detail asked for from a channel or group chat). */
  readonly privateMessages?: readonly ReplyMessage[];
  /** For the asker's personal chat, through the file-consent flow. */
  readonly file?: FileReply;
};
