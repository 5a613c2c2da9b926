import type { Activity, Attachment } from 'botbuilder';
import { expectTypeOf, test } from 'vitest';
import type { ActivityOrigin, CardAttachment, MessageActivity } from '../src/teams-message.js';

test('bot/ hands our message types to the Bot Framework SDK as they are, and reads its activities as ours', () => {
  expectTypeOf<CardAttachment>().toExtend<Attachment>();
  expectTypeOf<MessageActivity>().toExtend<Partial<Activity>>();
  expectTypeOf<Activity>().toExtend<ActivityOrigin>();
  expectTypeOf<Partial<Activity>>().toExtend<ActivityOrigin>();
});
