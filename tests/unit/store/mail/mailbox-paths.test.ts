import { mailboxPath, mailFoldersUrl, messagesUrl, sendDraftUrl, sendMailUrl } from '../../../../src/store/mail/mailbox-paths';

const BOX = 'ksg@x.example';

describe('mailbox paths', () => {
  it('names a mailbox by its trimmed, encoded address, and the person’s own as /me', () => {
    expect(mailboxPath(' ksg@x.example ')).toBe('/users/ksg%40x.example');
    expect(mailboxPath('')).toBe('/me');
    expect(mailboxPath(undefined)).toBe('/me');
    expect(messagesUrl(BOX, 'AA/b=')).toBe('/users/ksg%40x.example/messages/AA%2Fb%3D');
    expect(mailFoldersUrl(BOX, 'outbox')).toBe('/users/ksg%40x.example/mailFolders/outbox');
    expect(sendDraftUrl(BOX, 'AA')).toBe('/users/ksg%40x.example/messages/AA/send');
    expect(sendMailUrl(BOX)).toBe('/users/ksg%40x.example/sendMail');
  });
});
