import type { DirectoryState } from '../directory/state';
import { seedId, seedInternetMessageId } from '../seed/ids';
import { copenhagenToUtcIso } from '../../domain/copenhagen-time';
import type { Seed, SeedForum, SeedMail } from '../seed/types';
import { hasMailbox, newMailbox, wellKnownFolder } from './mailbox';
import { changeKeyFor } from './sequence';
import { conversationIndexFor } from './threading';
import type { Mailbox, MailState, StoredMessage } from './state';

function seededMessage(seed: Seed, forum: SeedForum, box: Mailbox, mail: SeedMail, seq: number): StoredMessage {
  const id = seedId('message', forum.groupId, mail.key);
  const received = copenhagenToUtcIso(mail.receivedAt);
  const internetMessageId = seedInternetMessageId(forum.groupId, mail.key, seed.tenant.domain);
  const to = { name: box.displayName, address: box.address };
  const from = { name: mail.from.name, address: mail.from.address };
  return {
    id,
    folderId: wellKnownFolder(box, 'inbox').id,
    seq,
    changeKey: changeKeyFor(id, seq),
    createdDateTime: received,
    lastModifiedDateTime: received,
    receivedDateTime: received,
    sentDateTime: received,
    subject: mail.subject,
    body: { contentType: 'html', content: mail.bodyHtml },
    from,
    sender: from,
    toRecipients: [to],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    conversationId: seedId('conversation', forum.groupId, mail.key),
    conversationIndex: conversationIndexFor(undefined),
    internetMessageId,
    internetMessageHeaders: [
      { name: 'From', value: `"${from.name}" <${from.address}>` },
      { name: 'To', value: `"${to.name}" <${to.address}>` },
      { name: 'Subject', value: mail.subject },
      { name: 'Date', value: new Date(received).toUTCString().replace('GMT', '+0000') },
      { name: 'Message-ID', value: internetMessageId },
      { name: 'MIME-Version', value: '1.0' },
      { name: 'Content-Type', value: mail.attachments?.length ? 'multipart/mixed' : 'text/html; charset="utf-8"' },
    ],
    isRead: mail.submission !== undefined,
    isDraft: false,
    importance: 'normal',
    categories: [],
    flag: { flagStatus: 'notFlagged' },
    inferenceClassification: 'focused',
    attachments: (mail.attachments ?? []).map((a, i) => {
      const bytes = Buffer.from(a.text, 'utf8');
      return {
        id: seedId('attachment', forum.groupId, mail.key, String(i)),
        name: a.name,
        contentType: a.contentType,
        size: bytes.length,
        isInline: false,
        lastModifiedDateTime: received,
        contentBytes: bytes.toString('base64'),
      };
    }),
  };
}

/**
 * A mailbox for every tenant member and shared mailbox; each forum's shared mailbox is reachable
 * by its secretariat and chairs (those with a mailbox in the tenant: Exchange grants guests no
 * mailbox permissions) and holds the forum's seeded submissions in its Inbox.
 */
export function seedMail(seed: Seed, directory: DirectoryState): MailState {
  const state: MailState = { changeSeq: 0, mailboxes: [], outbox: [], activity: [], teamsAppInstalled: {} };
  for (const user of directory.users) {
    if (hasMailbox(user)) state.mailboxes.push(newMailbox(user));
    if (user.accountEnabled) state.teamsAppInstalled[user.id] = user.userType === 'Member';
  }
  for (const forum of seed.forums) {
    const box = state.mailboxes.find((b) => b.ownerId === forum.sharedMailbox.id);
    if (!box) continue;
    box.delegateIds = forum.members
      .filter((m) => m.role === 'secretariat' || m.role === 'chair')
      .map((m) => directory.users.find((u) => u.mail.toLowerCase() === m.person.toLowerCase()))
      .filter((u) => u !== undefined && hasMailbox(u) && u.accountEnabled)
      .map((u) => u?.id ?? '')
      .filter((id, i, all) => id !== '' && all.indexOf(id) === i);
    const mails = [...forum.mailbox].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    for (const mail of mails) {
      state.changeSeq += 1;
      box.messages.push(seededMessage(seed, forum, box, mail, state.changeSeq));
    }
  }
  return state;
}
