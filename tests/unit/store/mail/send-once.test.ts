import type { Message } from '@microsoft/microsoft-graph-types';
import { messagesUrl } from '../../../../src/store/mail/mailbox-paths';
import { CORRELATION_PROPERTIES, ONCE_MAIL } from '../../../../src/store/mail/once-mail-kinds';
import { sendOnce, type OnceMailKind } from '../../../../src/store/mail/send-once';
import { FakeGraph } from '../fake-graph';

const BOX = 'ksg@x.example';
const mail = (tag: string) => ({
  correlation: `test:${tag}`,
  message: { subject: tag, toRecipients: [{ emailAddress: { address: 'a@x.example' } }] } as Message,
});

/** A mailbox in memory: drafts made by POST …/messages, sent by …/send, found by the property in the lookup's filter. */
function mailbox(createAnswer?: { status: number; body?: unknown }) {
  const messages: { id: string; isDraft: boolean; properties: { id: string; value: string }[] }[] = [];
  const graph = new FakeGraph((method, url, body) => {
    const base = messagesUrl(BOX);
    if (method === 'POST' && url === base) {
      if (createAnswer) return createAnswer;
      const id = `m${messages.length + 1}`;
      messages.push({ id, isDraft: true, properties: (body as Message).singleValueExtendedProperties as { id: string; value: string }[] });
      return { status: 201, body: { id, conversationId: `c-${id}` } };
    }
    const send = /\/messages\/([^/]+)\/send$/.exec(url);
    const draft = send ? messages.find((m) => m.id === send[1] && m.isDraft) : undefined;
    if (method === 'POST' && draft) {
      draft.isDraft = false;
      return { status: 202 };
    }
    if (method === 'GET' && url.startsWith(`${base}?$filter=`)) {
      const filter = decodeURIComponent(/\$filter=([^&]+)/.exec(url)?.[1] ?? '');
      const [, property, value] = /ep\/id eq '([^']+)' and ep\/value eq '([^']+)'/.exec(filter) ?? [];
      return {
        status: 200,
        body: {
          value: messages
            .filter((m) => m.properties.some((p) => p.id === property && p.value === value))
            .map(({ id, isDraft }) => ({ id, isDraft })),
        },
      };
    }
    return { status: 404 };
  });
  return { graph, messages };
}

describe('sendOnce with the caller’s correlation property', () => {
  it('writes the correlation id into the kind’s property and looks it up there, not in another kind’s', async () => {
    const { graph, messages } = mailbox();
    await sendOnce(graph, BOX, [mail('a')], { resume: true, kind: ONCE_MAIL.agenda });
    expect(messages).toEqual([{ id: 'm1', isDraft: false, properties: [{ id: CORRELATION_PROPERTIES.agenda, value: 'test:a' }] }]);
    expect(await sendOnce(graph, BOX, [mail('a')], { resume: true, kind: ONCE_MAIL.agenda })).toMatchObject({ sentNow: 0 });
    expect(await sendOnce(graph, BOX, [mail('a')], { resume: true, kind: ONCE_MAIL.receipt })).toMatchObject({ sentNow: 1 });
    expect(messages.map((m) => m.properties[0]?.id)).toEqual([CORRELATION_PROPERTIES.agenda, CORRELATION_PROPERTIES.memberMail]);
  });

  it('keeps the message’s other properties and replaces a value it gave the kind’s own', async () => {
    const { graph, messages } = mailbox();
    const deferred = { id: 'SystemTime 0x3FEF', value: '2027-02-04T07:00:00Z' };
    const stale = { id: CORRELATION_PROPERTIES.memberMail, value: 'stale' };
    await sendOnce(
      graph,
      BOX,
      [{ correlation: 'test:b', message: { ...mail('b').message, singleValueExtendedProperties: [deferred, stale] } }],
      { resume: false, kind: ONCE_MAIL.callForItems },
    );
    expect(messages[0]?.properties).toEqual([deferred, { id: CORRELATION_PROPERTIES.memberMail, value: 'test:b' }]);
  });

  it.each([
    [ONCE_MAIL.agenda, 'Graph created the agenda mail draft without an id.'],
    [ONCE_MAIL.receipt, 'Graph created the receipt draft without an id.'],
    [
      { property: 'String {00000000-0000-0000-0000-000000000001} Name Test', name: 'test mail' },
      'Graph created the test mail draft without an id.',
    ],
  ] as readonly (readonly [OnceMailKind, string])[])('names the kind of mail in its errors (%o)', async (kind, message) => {
    const { graph } = mailbox({ status: 201, body: {} });
    await expect(sendOnce(graph, BOX, [mail('c')], { resume: false, kind })).rejects.toThrow(message);
  });
});
