import { describe, expect, test } from 'vitest';
import { formatDigestSubscribe, parseDigestSchedule, type DigestScheduleResult } from '../src/digest/parse-digest-schedule.js';
import { toConversationReference } from '../src/bot/conversation-reference.js';
import { getConversationReference, getSubscription } from '../src/digest/digest-subscriptions.js';
import { conversationRefFromActivity, readSubscription, resolveTimeZone, subscriptionIdFor } from '../src/digest/subscription.js';
import { MemoryStateStore } from '../src/store/memory-state-store.js';

const defaults = { timeZone: 'Europe/London' };

function refused(result: DigestScheduleResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.schedule)}`);
  return result.error;
}

describe('digest subscribe arguments', () => {
  test('nothing given: Monday 09:00 in the configured zone', () => {
    expect(parseDigestSchedule('', defaults)).toEqual({ ok: true, schedule: { day: 'monday', time: '09:00', timeZone: 'Europe/London' } });
    expect(parseDigestSchedule([], { timeZone: 'UTC' })).toEqual({ ok: true, schedule: { day: 'monday', time: '09:00', timeZone: 'UTC' } });
  });

  test('day, time and zone in the documented order, normalized', () => {
    expect(parseDigestSchedule('Friday 7:05 europe/berlin', defaults)).toEqual({ ok: true, schedule: { day: 'friday', time: '07:05', timeZone: 'Europe/Berlin' } });
    expect(parseDigestSchedule(['wed', '17:30', 'America/New_York'], defaults)).toEqual({
      ok: true,
      schedule: { day: 'wednesday', time: '17:30', timeZone: 'America/New_York' },
    });
  });

  test('any subset, in any order', () => {
    expect(parseDigestSchedule('Asia/Tokyo  thursday', defaults)).toEqual({ ok: true, schedule: { day: 'thursday', time: '09:00', timeZone: 'Asia/Tokyo' } });
    expect(parseDigestSchedule('23:59', defaults)).toEqual({ ok: true, schedule: { day: 'monday', time: '23:59', timeZone: 'Europe/London' } });
    expect(parseDigestSchedule('UTC SUN 00:00', defaults)).toEqual({ ok: true, schedule: { day: 'sunday', time: '00:00', timeZone: 'UTC' } });
  });

  test('the canonical command parses back to the same schedule', () => {
    const schedule = { day: 'saturday', time: '06:15', timeZone: 'Australia/Sydney' } as const;
    const text = formatDigestSubscribe(schedule);
    expect(text).toBe('digest subscribe saturday 06:15 Australia/Sydney');
    expect(parseDigestSchedule(text.replace('digest subscribe ', ''), defaults)).toEqual({ ok: true, schedule });
  });

  test('a misspelt day names the allowed days and suggests the closest', () => {
    const error = refused(parseDigestSchedule('mondy 09:00', defaults));
    expect(error.code).toBe('BAD_DAY');
    expect(error.message).toBe('"mondy" is not a day: use monday, tuesday, wednesday, thursday, friday, saturday or sunday (or mon … sun).');
    expect(error.suggestion).toBe('digest subscribe monday 09:00');
    expect(refused(parseDigestSchedule('tu', defaults)).suggestion).toBe('digest subscribe tuesday');
  });

  test('a time that is not HH:MM on a 24-hour clock is refused with the allowed form', () => {
    for (const time of ['9am', '24:00', '9:60', '0900', '9', '12:5']) {
      const error = refused(parseDigestSchedule(`monday ${time}`, defaults));
      expect(error.code, time).toBe('BAD_TIME');
      expect(error.message).toBe(`"${time}" is not a time: write HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.`);
    }
  });

  test('an unknown zone names the allowed form, and suggests one when it is close', () => {
    const typo = refused(parseDigestSchedule('Europe/Berln', defaults));
    expect(typo.code).toBe('BAD_TIME_ZONE');
    expect(typo.message).toBe(
      '"Europe/Berln" is not a time zone: use a time zone such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC. Did you mean Europe/Berlin?',
    );
    expect(typo.suggestion).toBe('digest subscribe Europe/Berlin');
    expect(refused(parseDigestSchedule('Mars/Olympus_Mons', defaults)).message).not.toContain('Did you mean');
    // Offsets do not follow daylight saving, so they are no IANA zone here.
    expect(refused(parseDigestSchedule('+01:00', defaults)).code).toBe('BAD_TIME');
  });

  test('a bare city becomes its zone as a suggestion; other words name all three forms', () => {
    const city = refused(parseDigestSchedule('monday Berlin', defaults));
    expect(city.code).toBe('UNKNOWN_ARGUMENT');
    expect(city.message).toContain('digest subscribe [monday..sunday] [HH:MM] [time zone]');
    expect(city.message).toContain('Did you mean Europe/Berlin?');
    expect(city.suggestion).toBe('digest subscribe monday Europe/Berlin');
    const word = refused(parseDigestSchedule('weekly', defaults));
    expect(word.code).toBe('UNKNOWN_ARGUMENT');
    expect(word.message).toMatch(/days are monday.*times HH:MM.*zones such as Europe\/Berlin/);
  });

  test('every wrong word is named at once, and the suggestion keeps what was right, corrected where obvious', () => {
    const all = refused(parseDigestSchedule('funday 25:00 Mars/Olympus', defaults));
    expect(all.message).toBe(
      '"funday" is not a day: use monday, tuesday, wednesday, thursday, friday, saturday or sunday (or mon … sun). ' +
        '"25:00" is not a time: write HH:MM on a 24-hour clock, e.g. 09:00 or 17:30. ' +
        '"Mars/Olympus" is not a time zone: use a time zone such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC.',
    );
    expect(all.suggestion).toBe('digest subscribe sunday');
    expect(refused(parseDigestSchedule('monday 09:00 Mars/Olympus', defaults)).suggestion).toBe('digest subscribe monday 09:00');
    expect(refused(parseDigestSchedule('monday friday 8:00', defaults)).suggestion).toBe('digest subscribe monday 08:00');
  });

  test('two days, times or zones are refused', () => {
    expect(refused(parseDigestSchedule('monday friday', defaults))).toMatchObject({ code: 'REPEATED', message: '"friday" is a second day; a digest goes out once a week, on one day (monday).' });
    expect(refused(parseDigestSchedule('09:00 10:00', defaults)).code).toBe('REPEATED');
    expect(refused(parseDigestSchedule('UTC Europe/Paris', defaults)).code).toBe('REPEATED');
    expect(refused(parseDigestSchedule('a b c d e f g h i', defaults)).code).toBe('UNKNOWN_ARGUMENT');
  });

  test('long input is shortened in messages', () => {
    const error = refused(parseDigestSchedule(`x${'y'.repeat(500)}`, defaults));
    expect(error.message.length).toBeLessThan(600);
    expect(error.message).toContain('…"');
  });

  test('time zones resolve through Intl to their canonical spelling', () => {
    expect(resolveTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(resolveTimeZone('utc')).toBe('UTC');
    expect(resolveTimeZone('Etc/GMT+1')).toBe('Etc/GMT+1');
    expect(resolveTimeZone('Nowhere/Special')).toBeUndefined();
    expect(resolveTimeZone('+01:00')).toBeUndefined();
  });
});

describe('conversation references', () => {
  const channelMessage = {
    type: 'message',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: '19:abc@thread.tacv2;messageid=1732262400000', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true, name: 'General' },
    recipient: { id: '28:bot', name: 'Usage bot' },
    from: { id: '29:user', name: 'Megan Bowen', aadObjectId: 'user-object-id' },
    channelData: { team: { id: '19:team@thread.tacv2' }, tenant: { id: 'tenant-1' } },
    text: 'digest subscribe',
  } as const;

  test('keep only what a proactive post needs: no user, no thread, no text', () => {
    const ref = conversationRefFromActivity(channelMessage);
    expect(ref).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      conversation: { id: '19:abc@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true },
      bot: { id: '28:bot', name: 'Usage bot' },
      teamId: '19:team@thread.tacv2',
    });
    expect(JSON.stringify(ref)).not.toMatch(/Megan|user-object-id|messageid/);
    expect(toConversationReference(ref!)).toMatchObject({ conversation: { id: '19:abc@thread.tacv2', isGroup: true, conversationType: 'channel' }, bot: { id: '28:bot' } });
  });

  test('an activity without service URL, conversation or bot gives none', () => {
    expect(conversationRefFromActivity({ ...channelMessage, serviceUrl: undefined })).toBeUndefined();
    expect(conversationRefFromActivity({ ...channelMessage, serviceUrl: 'javascript:alert(1)' })).toBeUndefined();
    expect(conversationRefFromActivity({ ...channelMessage, recipient: undefined })).toBeUndefined();
  });

  test('a thread reply and the channel itself share one subscription id', () => {
    expect(subscriptionIdFor('19:abc@thread.tacv2;messageid=1')).toBe(subscriptionIdFor('19:abc@thread.tacv2'));
    expect(subscriptionIdFor('19:abc@thread.tacv2')).toMatch(/^[0-9a-f]{32}$/);
    expect(subscriptionIdFor('19:abd@thread.tacv2')).not.toBe(subscriptionIdFor('19:abc@thread.tacv2'));
  });

  test('a stored value that is no subscription reads as none', () => {
    expect(readSubscription({ id: 'x' })).toBeUndefined();
    expect(readSubscription(null)).toBeUndefined();
  });

  test('a subscription and its conversation reference as stored before are read as they were and post to the same conversation', async () => {
    // The JSON an earlier release stored when a channel subscribed (key → value).
    const stored = {
      'subscription/b09250f01a4ab7e26c95d3d350c9b48d':
        '{"id":"b09250f01a4ab7e26c95d3d350c9b48d","reference":{"serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","conversation":{"id":"19:abc@thread.tacv2","conversationType":"channel","tenantId":"tenant-1","isGroup":true},"bot":{"id":"28:bot","name":"Usage bot"},"teamId":"19:team@thread.tacv2"},"schedule":{"day":"monday","time":"09:00","timeZone":"Europe/Berlin"},"locale":"de-DE","createdBy":"admin-object-id","createdAt":"2026-11-20T10:00:00.000Z","updatedAt":"2026-11-20T10:00:00.000Z","active":true}',
      'conversation/b09250f01a4ab7e26c95d3d350c9b48d':
        '{"serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","conversation":{"id":"19:abc@thread.tacv2","conversationType":"channel","tenantId":"tenant-1","isGroup":true},"bot":{"id":"28:bot","name":"Usage bot"},"teamId":"19:team@thread.tacv2"}',
    };
    const store = new MemoryStateStore();
    for (const [key, json] of Object.entries(stored)) await store.put(key, JSON.parse(json));

    const subscription = await getSubscription(store, subscriptionIdFor('19:abc@thread.tacv2'));
    expect(subscription).toEqual(JSON.parse(stored['subscription/b09250f01a4ab7e26c95d3d350c9b48d']));
    const reference = await getConversationReference(store, '19:abc@thread.tacv2;messageid=1');
    expect(reference).toEqual(subscription!.reference);
    expect(toConversationReference(reference!)).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      channelId: 'msteams',
      conversation: { id: '19:abc@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', isGroup: true, name: '' },
      bot: { id: '28:bot', name: 'Usage bot' },
    });
  });
});
