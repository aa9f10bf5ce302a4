import { PRESETS } from '../../../src/domain/commissorium';
import type { Forum, ForumMember } from '../../../src/domain/types';
import {
  CALL_FOR_ITEMS_HEADER,
  callForItemsBooking,
  callForItemsMessage,
  callForItemsRequest,
  sendDueCallsForItems,
} from '../../../src/store/call-for-items-store';
import { FakeGraph } from './fake-graph';

const C = PRESETS['horsens-2024'];
const person = (name: string, email: string, role: ForumMember['role']): ForumMember => ({
  id: email,
  name,
  email,
  organisation: 'X',
  organisationKind: 'other',
  jobTitle: '',
  role,
  external: false,
});
const FORUM: Forum = {
  groupId: 'g',
  siteId: 'site',
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  kind: 'steering-group',
  mailbox: 'ksg@x.example',
  settings: C,
  members: [
    person('Anna', 'anna@x.example', 'member'),
    person('Bo', 'bo@y.example', 'chair'),
    person('Olga', 'olga@x.example', 'observer'),
    person('Sara', 'sara@x.example', 'secretariat'),
  ],
};
const MEETING = { kind: 'ordinary' as const, start: '2027-03-11T08:00:00Z', end: '2027-03-11T10:00:00Z', form: 'hybrid' as const };

describe('callForItemsMessage', () => {
  it('goes To the forum mailbox, Bcc members and chairs, replies to the mailbox, marked for the intake', () => {
    const m = callForItemsMessage(FORUM, MEETING, C, { now: new Date('2027-01-01T00:00:00Z') });
    expect(m.toRecipients?.map((r) => r.emailAddress?.address)).toEqual(['ksg@x.example']);
    expect(m.bccRecipients?.map((r) => r.emailAddress?.address)).toEqual(['anna@x.example', 'bo@y.example']);
    expect(m.ccRecipients).toBeUndefined();
    expect(m.replyTo?.map((r) => r.emailAddress?.address)).toEqual(['ksg@x.example']);
    expect(m.body?.contentType).toBe('html');
    expect(m.internetMessageHeaders).toEqual([{ name: CALL_FOR_ITEMS_HEADER, value: '2027-03-11T08:00:00Z' }]);
    expect(m.singleValueExtendedProperties).toBeUndefined();
  });

  it('carries PidTagDeferredSendTime only when the send time is in the future', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(callForItemsMessage(FORUM, MEETING, C, { sendAt: '2027-02-04T07:00:00.000Z', now }).singleValueExtendedProperties).toEqual([
      { id: 'SystemTime 0x3FEF', value: '2027-02-04T07:00:00Z' },
    ]);
    expect(callForItemsMessage(FORUM, MEETING, C, { sendAt: '2026-12-31T23:59:59Z', now }).singleValueExtendedProperties).toBeUndefined();
    expect(callForItemsMessage(FORUM, MEETING, C, { sendAt: now.toISOString(), now }).singleValueExtendedProperties).toBeUndefined();
  });

  it('is a sendMail sub-request from the forum mailbox for the booking $batch', () => {
    const r = callForItemsRequest('call-1', FORUM, MEETING, C, '2027-02-04T07:00:00Z', new Date('2027-01-01T00:00:00Z'));
    expect(r).toMatchObject({ id: 'call-1', method: 'POST', url: '/users/ksg%40x.example/sendMail', body: { saveToSentItems: true } });
    // Not repeatable (a second held call would go out too); its correlation id settles a lost answer.
    expect(r.repeatable).toBeUndefined();
    expect(
      (r.body as { message: { singleValueExtendedProperties?: { value: string }[] } }).message.singleValueExtendedProperties?.map(
        (p) => p.value,
      ),
    ).toEqual(['2027-02-04T07:00:00Z', 'call-for-items:2027-03-11T08:00:00Z']);
  });
});

describe('callForItemsBooking', () => {
  it('schedules ahead of the call day, leaves a due call pending, and books nothing for planning or closed meetings', () => {
    const early = callForItemsBooking('c', FORUM, MEETING, C, new Date('2027-01-01T00:00:00Z'));
    expect(early?.fields).toEqual({ CallForItems: 'scheduled', CallForItemsAt: '2027-02-04T07:00:00.000Z' });
    expect(early?.request?.url).toBe('/users/ksg%40x.example/sendMail');
    const due = callForItemsBooking('c', FORUM, MEETING, C, new Date('2027-02-10T00:00:00Z'));
    expect(due).toEqual({ fields: { CallForItems: 'pending', CallForItemsAt: '2027-02-04T07:00:00.000Z' } });
    expect(callForItemsBooking('c', FORUM, { ...MEETING, kind: 'planning' }, C, new Date('2027-01-01T00:00:00Z'))).toBeUndefined();
    expect(callForItemsBooking('c', FORUM, MEETING, C, new Date('2027-02-20T00:00:00Z'))).toBeUndefined();
  });
});

describe('sendDueCallsForItems (fake Graph)', () => {
  const item = (id: string, fields: Record<string, unknown>) => ({
    id,
    '@odata.etag': `"${id},1"`,
    fields: {
      Title: `Møde ${id}`,
      Kind: 'ordinary',
      Start: '2027-03-11T08:00:00Z',
      End: '2027-03-11T10:00:00Z',
      Status: 'booked',
      ...fields,
    },
  });

  const claimOf = (body: unknown): unknown => JSON.parse(String((body as Record<string, unknown>).CallForItemsClaim));

  it('claims with If-Match, sends, marks sent; reports stuck and conflicting claims without sending', async () => {
    const oldClaim = JSON.stringify({ token: 'a-dead-sender', at: '2027-02-06T07:00:00Z', step: 'call-for-items' });
    const items = [
      item('1', {}),
      item('2', { CallForItems: 'sending', CallForItemsAt: '2027-02-05T07:00:00Z' }),
      item('3', {}),
      item('4', { Status: 'planned' }),
      item('5', { CallForItems: 'pending', CallForItemsClaim: oldClaim }),
    ];
    const patches: { id: string; body: unknown; ifMatch?: string }[] = [];
    const drafts: unknown[] = [];
    const sends: string[] = [];
    const graph = new FakeGraph((method, url, body, options) => {
      // The call's correlation id looked up in the forum mailbox before sending: nothing there yet.
      if (method === 'GET' && url.includes('/messages?')) return { status: 200, body: { value: [] } };
      if (method === 'GET') return { status: 200, body: { value: items } };
      const id = /items\/(\d+)\/fields/.exec(url)?.[1];
      if (method === 'PATCH' && id) {
        patches.push({ id, body, ...(options?.ifMatch ? { ifMatch: options.ifMatch } : {}) });
        if (id === '3') return { status: 412 };
        return { status: 200, body: { '@odata.etag': `"${id},${patches.length + 1}"` } };
      }
      if (method === 'POST' && url.endsWith('/messages')) {
        drafts.push(body);
        return { status: 201, body: { id: `draft-${drafts.length}` } };
      }
      if (method === 'POST' && url.endsWith('/send')) {
        sends.push(url);
        return { status: 202 };
      }
      return { status: 404 };
    });
    const report = await sendDueCallsForItems(graph, FORUM, new Date('2027-02-10T09:00:00Z'));
    // A dead sender's claim (5) is taken over: its call looked up first (not there), then sent.
    expect(report.sent.map((s) => [s.meetingId, s.recipients, s.recorded])).toEqual([
      ['1', 2, true],
      ['5', 2, true],
    ]);
    expect(report.skipped).toEqual([expect.objectContaining({ meetingId: '3', reason: 'claimed-elsewhere' })]);
    // A claim an older version wrote ('sending', no correlation id to look up): listed as stuck for a person.
    expect(report.stuck).toEqual([expect.objectContaining({ meetingId: '2', since: '2027-02-05T07:00:00Z' })]);
    expect(sends).toEqual(['/users/ksg%40x.example/messages/draft-1/send', '/users/ksg%40x.example/messages/draft-2/send']);
    // The draft carries the call's correlation id (one per meeting date), which a lost answer is settled by.
    expect(drafts).toEqual(
      [1, 2].map(() =>
        expect.objectContaining({
          singleValueExtendedProperties: [expect.objectContaining({ value: 'call-for-items:2027-03-11T08:00:00Z' })],
        }),
      ),
    );
    const mine = patches.filter((p) => p.id === '1');
    expect(mine.map((p) => p.ifMatch)).toEqual(['"1,1"', '"1,2"']);
    expect(claimOf(mine[0]?.body)).toEqual({
      token: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: '2027-02-10T09:00:00.000Z',
      step: 'call-for-items',
    });
    expect(mine[1]?.body).toEqual({ CallForItems: 'sent', CallForItemsAt: '2027-02-10T09:00:00Z', CallForItemsClaim: null });
    expect(patches.map((p) => p.id)).not.toContain('2');
  });

  it('releases the claim when Graph refuses the mail, and keeps it when the answer is unknown', async () => {
    const patches: unknown[] = [];
    let sendStatus = 400;
    const graph = new FakeGraph((method, url, body) => {
      // Looking the call up finds nothing: not before sending, nor after a send whose answer was lost.
      if (method === 'GET' && url.includes('/messages?')) return { status: 200, body: { value: [] } };
      if (method === 'GET') return { status: 200, body: { value: [item('1', { CallForItems: 'pending' })] } };
      if (method === 'PATCH') {
        patches.push(body);
        return { status: 200, body: { '@odata.etag': '"1,9"' } };
      }
      if (url.endsWith('/messages')) return { status: 201, body: { id: 'draft-1' } };
      return { status: sendStatus };
    });
    const refused = await sendDueCallsForItems(graph, FORUM, new Date('2027-02-10T09:00:00Z'));
    expect(refused.failed.map((f) => f.meetingId)).toEqual(['1']);
    expect(patches.at(-1)).toEqual({ CallForItemsClaim: null });
    sendStatus = 504;
    patches.length = 0;
    const unknown = await sendDueCallsForItems(graph, FORUM, new Date('2027-02-10T09:00:00Z'));
    expect(unknown.stuck.map((f) => f.meetingId)).toEqual(['1']);
    expect(patches).toHaveLength(1);
    expect(claimOf(patches[0])).toMatchObject({ at: '2027-02-10T09:00:00.000Z', step: 'call-for-items' });
  });
});
