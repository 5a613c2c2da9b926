import { phrase } from '../../src/i18n/message-types.js';
import type { ReplyMessage } from '../../src/view-models.js';
import {
  ACCESS_DENIED,
  DIGEST_STATUS,
  ERROR_BUDGET,
  FILE_DECLINED,
  FILE_FALLBACK,
  HELP,
  HELP_UNKNOWN,
  PROGRESS_HALFWAY,
  SENT_PRIVATELY,
  STATUS,
} from './view-fixtures.js';

/**
 * Every view whose words come from the catalogs (phase 1 of issue 23), in the states that show the
 * most of its text: the pseudo-locale and the size tests render each through every language.
 */
export const CONVERTED_VIEWS: readonly (readonly [string, ReplyMessage])[] = [
  ['help', { view: 'help', model: HELP }],
  ['help (brief)', { view: 'help', model: { ...HELP_UNKNOWN, unknownInput: 'copilot sumary D31' } }],
  ['error (budget)', { view: 'error', model: ERROR_BUDGET }],
  [
    'error (permission)',
    {
      view: 'error',
      model: {
        code: 'FORBIDDEN',
        title: phrase('errorTitle.FORBIDDEN'),
        message: phrase('errorMessage.FORBIDDEN', { command: 'copilot summary D30' }),
        actions: [
          { title: phrase('action.tryAgain'), command: 'copilot summary D30' },
          { title: phrase('action.status'), command: 'status' },
        ],
      },
    },
  ],
  ['access denied', { view: 'access-denied', model: ACCESS_DENIED }],
  ['access denied (tenant)', { view: 'access-denied', model: { reason: 'tenant' } }],
  ['progress', { view: 'progress', model: PROGRESS_HALFWAY }],
  ['status', { view: 'status', model: STATUS }],
  ['sent privately', { view: 'sent-privately', model: SENT_PRIVATELY }],
  ['file declined', { view: 'file-declined', model: FILE_DECLINED }],
  ['file fallback', { view: 'file-fallback', model: { ...FILE_FALLBACK, reason: 'not-sent' } }],
  ['digest status', { view: 'digest-status', model: DIGEST_STATUS }],
  ['digest status (none)', { view: 'digest-status', model: { ...DIGEST_STATUS, event: 'status', subscription: undefined, lastRun: undefined, nextRun: undefined } }],
];
