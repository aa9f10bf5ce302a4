import {
  decodeDeltaToken,
  deltaPage,
  encodeDeltaToken,
  startRound,
  type DeltaEntry,
  type DeltaToken,
} from '../../../../src/sandbox/mail/delta';
import { moveMessage, placeMessage, removeMessage, touch } from '../../../../src/sandbox/mail/sequence';
import type { Mailbox, MailState, StoredMessage } from '../../../../src/sandbox/mail/state';

const INBOX = 'inbox-id';
const TRASH = 'trash-id';
const NOW = '2026-11-20T08:00:00.000Z';

function message(id: string, receivedDateTime = NOW): StoredMessage {
  return {
    id,
    folderId: '',
    seq: 0,
    changeKey: '',
    createdDateTime: NOW,
    lastModifiedDateTime: NOW,
    receivedDateTime,
    sentDateTime: NOW,
    subject: id,
    body: { contentType: 'text', content: '' },
    toRecipients: [],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    conversationId: 'c',
    conversationIndex: '',
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

function world(): { mail: MailState; box: Mailbox } {
  const box: Mailbox = {
    ownerId: 'u',
    address: 'u@x',
    displayName: 'U',
    delegateIds: [],
    rootFolderId: 'root',
    folders: [],
    messages: [],
    tombstones: [],
  };
  return { mail: { changeSeq: 0, mailboxes: [box], outbox: [], activity: [], teamsAppInstalled: {} }, box };
}

const label = (e: DeltaEntry): string => (e.kind === 'message' ? e.message.id : `-${e.id}`);

/** Walks a whole round page by page, as a client following nextLinks does. */
function drain(
  box: Mailbox,
  mail: MailState,
  start: DeltaToken,
  pageSize: number,
  between?: () => void,
): { seen: string[]; delta: DeltaToken } {
  const seen: string[] = [];
  let token = start;
  for (;;) {
    const page = deltaPage(box, token, mail.changeSeq, pageSize);
    seen.push(...page.entries.map(label));
    if (page.delta) return { seen, delta: page.delta };
    between?.();
    token = page.next ?? token;
  }
}

describe('mail delta over the change sequence', () => {
  it('reports the folder on the initial sync, then only later changes, with @removed for what left', () => {
    const { mail, box } = world();
    ['a', 'b', 'c'].forEach((id) => placeMessage(mail, box, message(id), INBOX, NOW));
    const initial = drain(box, mail, startRound(INBOX, 0), 2);
    expect(initial.seen).toEqual(['a', 'b', 'c']);

    expect(drain(box, mail, startRound(INBOX, initial.delta.since), 2).seen).toEqual([]);

    const [a, b] = box.messages;
    if (!a || !b) throw new Error('seed');
    touch(mail, a, NOW);
    moveMessage(mail, box, b, TRASH, NOW);
    placeMessage(mail, box, message('d'), INBOX, NOW);
    const next = drain(box, mail, startRound(INBOX, initial.delta.since), 10);
    expect(next.seen).toEqual(['a', '-b', 'd']);
    expect(drain(box, mail, startRound(TRASH, 0), 10).seen).toEqual(['b']);
  });

  it('does not repeat or lose changes written between the pages of a round', () => {
    const { mail, box } = world();
    ['a', 'b', 'c', 'd'].forEach((id) => placeMessage(mail, box, message(id), INBOX, NOW));
    let step = 0;
    const first = drain(box, mail, startRound(INBOX, 0), 1, () => {
      step++;
      if (step === 1) placeMessage(mail, box, message('new'), INBOX, NOW);
      if (step === 2) touch(mail, box.messages[0] as StoredMessage, NOW);
      if (step === 3) removeMessage(mail, box, box.messages[3] as StoredMessage);
    });
    // A round reports the changes made before it began that are still current; anything written
    // while it is paged (a new message, a change to one already reported, a removal) comes next round.
    expect(first.seen).toEqual(['a', 'b', 'c']);
    const second = drain(box, mail, startRound(INBOX, first.delta.since), 1);
    expect(second.seen).toEqual(['new', 'a', '-d']);
    // Replaying both rounds gives the client exactly the folder as it now is.
    const client = new Set<string>();
    for (const e of [...first.seen, ...second.seen]) {
      if (e.startsWith('-')) client.delete(e.slice(1));
      else client.add(e);
    }
    expect([...client].sort()).toEqual(
      box.messages
        .filter((m) => m.folderId === INBOX)
        .map((m) => m.id)
        .sort(),
    );
  });

  it('a round filtered on receivedDateTime keeps its filter in every link, and still reports what left the folder', () => {
    const { mail, box } = world();
    placeMessage(mail, box, message('old', '2026-09-01T08:00:00.000Z'), INBOX, NOW);
    placeMessage(mail, box, message('edge', '2026-10-21T08:00:00.000Z'), INBOX, NOW);
    placeMessage(mail, box, message('new', '2026-11-19T08:00:00.000Z'), INBOX, NOW);
    const ge = { op: 'ge' as const, value: '2026-10-21T08:00:00.000Z' };
    const first = drain(box, mail, startRound(INBOX, 0, undefined, ge), 1);
    expect(first.seen).toEqual(['edge', 'new']);
    expect(first.delta.received).toEqual(ge);
    expect(drain(box, mail, startRound(INBOX, 0, undefined, { ...ge, op: 'gt' }), 1).seen).toEqual(['new']);

    // Next round: an old mail touched is still outside the filter; a mail moved out is reported, filter or not.
    const [old, edge] = box.messages;
    if (!old || !edge) throw new Error('seed');
    touch(mail, old, NOW);
    moveMessage(mail, box, old, TRASH, NOW);
    moveMessage(mail, box, edge, TRASH, NOW);
    placeMessage(mail, box, message('later', '2026-11-20T08:00:00.000Z'), INBOX, NOW);
    expect(drain(box, mail, startRound(INBOX, first.delta.since, undefined, first.delta.received), 1).seen).toEqual([
      '-old',
      '-edge',
      'later',
    ]);
  });

  it('round-trips tokens and rejects garbage', () => {
    const token: DeltaToken = { folderId: INBOX, since: 4, upto: 9, cursor: 6, select: 'subject' };
    expect(decodeDeltaToken(encodeDeltaToken(token))).toEqual(token);
    const filtered: DeltaToken = { ...token, received: { op: 'ge', value: '2026-10-21T08:00:00.000Z' } };
    expect(decodeDeltaToken(encodeDeltaToken(filtered))).toEqual(filtered);
    expect(
      decodeDeltaToken(Buffer.from(JSON.stringify({ ...token, received: { op: 'lt', value: 'x' } })).toString('base64url')),
    ).toBeUndefined();
    expect(decodeDeltaToken('not-a-token')).toBeUndefined();
    expect(decodeDeltaToken(Buffer.from('{"folderId":1}').toString('base64url'))).toBeUndefined();
  });
});
