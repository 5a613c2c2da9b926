/**
 * The parts many answers' models share: where the command was asked, the buttons under a card, and
 * whether per-user detail is shown, withheld or went to the asker's personal chat.
 */
import type { Phrase } from '../i18n/message-types.js';
import type { DirectoryMeta } from '../reports/directory-reader.js';
import type { AttributeFilter } from '../reports/group-attributes.js';
import type { WorkloadKind } from '../workload-view-models.js';

/** Where a command was asked: a personal chat, a team channel or a group chat. */
export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/** A button that sends `command` as if typed, titled in the reader's language; `delivery: 'private'` asks for the detail in personal chat. */
export type CommandAction = { readonly title: Phrase; readonly command: string; readonly delivery?: 'private' };

/** A list that names people, owners or sites, and its period: a workload answer's by its kind. */
export type PrivateList =
  | { readonly kind: 'copilot-users' | 'copilot-inactive' | 'groups-inactive'; readonly period: string }
  | { readonly kind: 'workload'; readonly workload: WorkloadKind; readonly period: string };

/** The per-user detail (a list and its period), a filtered answer (its command) or the CSV file that went to the asker's personal chat. */
export type PrivateDetail = PrivateList | { readonly kind: 'answer'; readonly command: string } | { readonly kind: 'file'; readonly fileName: string };

/** A filtered list's filters and the directory they were matched against. */
export type FilterNote = { readonly filters: readonly AttributeFilter[]; readonly directory: DirectoryMeta };

/** When per-user rows are withheld because the question came from a channel or group chat. */
export type Detail = { readonly kind: 'shown' } | { readonly kind: 'withheld'; readonly privateCommand: string };
