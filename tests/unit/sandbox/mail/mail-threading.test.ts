import { messageIdsIn, normalizeSubject, placeInThread } from '../../../../src/sandbox/mail/threading';
import type { Mailbox, StoredMessage } from '../../../../src/sandbox/mail/state';

function stored(id: string, subject: string, conversationId: string, receivedDateTime: string): StoredMessage {
  return {
    id,
    folderId: 'inbox',
    seq: 1,
    changeKey: '',
    createdDateTime: receivedDateTime,
    lastModifiedDateTime: receivedDateTime,
    receivedDateTime,
    sentDateTime: receivedDateTime,
    subject,
    body: { contentType: 'text', content: '' },
    toRecipients: [],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    conversationId,
    conversationIndex: Buffer.alloc(22).toString('base64'),
    internetMessageId: `<${id}@x>`,
    internetMessageHeaders: [],
    isRead: false,
    isDraft: false,
    importance: 'normal',
    categories: [],
    flag: { flagStatus: 'notFlagged' },
    inferenceClassification: 'focused',
    attachments: [],
  };
}

const box = (messages: StoredMessage[]): Mailbox => ({
  ownerId: 'u',
  address: 'u@x',
  displayName: 'U',
  delegateIds: [],
  rootFolderId: 'r',
  folders: [],
  messages,
  tombstones: [],
});
const fresh = (): string => 'new-conversation';

describe('mail threading', () => {
  it.each([
    ['SV: Re: Punkt til mødet', 'punkt til mødet'],
    ['VS:  Fwd: Bilag', 'bilag'],
    ['AW: Antwort', 'antwort'],
    ['Re[2]: Referat', 'referat'],
    ['Referat: udkast', 'referat: udkast'],
  ])('normalises "%s" to "%s"', (subject, topic) => {
    expect(normalizeSubject(subject)).toBe(topic);
  });

  it('finds message ids in In-Reply-To and References', () => {
    expect(messageIdsIn('<a@x> <b@y>\r\n <c@z>')).toEqual(['<a@x>', '<b@y>', '<c@z>']);
    expect(messageIdsIn(undefined)).toEqual([]);
  });

  it("joins the parent's conversation by In-Reply-To, in any mailbox", () => {
    const parent = stored('p', 'Dagsorden', 'conv-1', '2026-11-01T10:00:00Z');
    const other = box([parent]);
    const receiving = box([]);
    expect(placeInThread([other, receiving], receiving, { subject: 'Anything', inReplyTo: '<p@x>' }, fresh)).toEqual({
      conversationId: 'conv-1',
      parent,
    });
  });

  it('falls back to the topic for replies only, and starts new threads otherwise', () => {
    const mailbox = box([stored('p', 'Punkt til mødet', 'conv-2', '2026-11-01T10:00:00Z')]);
    expect(placeInThread([mailbox], mailbox, { subject: 'SV: Punkt til mødet' }, fresh).conversationId).toBe('conv-2');
    expect(placeInThread([mailbox], mailbox, { subject: 'Punkt til mødet' }, fresh).conversationId).toBe('new-conversation');
  });
});
