import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

type Json = Record<string, unknown>;
interface Collection<T = Json> {
  value: T[];
  '@odata.nextLink'?: string;
}
interface Message extends Json {
  id: string;
  subject: string;
  conversationId: string;
  internetMessageId: string;
  from: { emailAddress: { address: string } };
  sender: { emailAddress: { address: string } };
  internetMessageHeaders?: { name: string; value: string }[];
  hasAttachments: boolean;
}
interface OutboxMail {
  to: string[];
  subject: string;
  from: { address: string };
  attachments: { name: string }[];
}

const SHARED = 'tsg-sekretariat@testregion.example';

describe('sandbox: sendMail, folders and activity notifications', () => {
  let sb: TestSandbox;
  let secretary: string;
  let chair: string;
  let outsider: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    outsider = await tokenFor(sb, TEST_PEOPLE.outsider.mail);
  });
  afterAll(() => sb.dispose());

  const message = (subject: string, to: string[]): Json => ({
    subject,
    body: { contentType: 'html', content: '<p>Dagsordenen er vedhæftet.</p>' },
    toRecipients: to.map((address) => ({ emailAddress: { address } })),
    attachments: [
      {
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: 'dagsorden.txt',
        contentType: 'text/plain',
        contentBytes: Buffer.from('Punkt 1').toString('base64'),
      },
    ],
    internetMessageHeaders: [{ name: 'X-Sekretariat-Ref', value: 'meeting-1' }],
  });

  it("delivers to a tenant user's Inbox, sends external mail to the outbox, and keeps a Sent Items copy", async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const sent = await call(sb, 'POST', '/me/sendMail', {
      token: secretary,
      body: { message: message('Dagsorden', [TEST_PEOPLE.chair.mail, TEST_PEOPLE.patient.mail]), saveToSentItems: true },
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toBeUndefined();

    const inbox = await call<Collection<Message>>(
      sb,
      'GET',
      `/me/mailFolders/inbox/messages?$filter=subject eq 'Dagsorden'&$select=subject,from,hasAttachments,internetMessageHeaders,internetMessageId`,
      { token: chair },
    );
    const got = inbox.body.value[0];
    expect(got?.from.emailAddress.address).toBe(TEST_PEOPLE.secretary.mail);
    expect(got?.hasAttachments).toBe(true);
    expect(got?.internetMessageHeaders?.find((h) => h.name === 'X-Sekretariat-Ref')?.value).toBe('meeting-1');
    const attachments = await call<Collection<{ name: string; contentBytes: string }>>(
      sb,
      'GET',
      `/me/messages/${got?.id ?? ''}/attachments`,
      { token: chair },
    );
    expect(attachments.body.value.map((a) => [a.name, Buffer.from(a.contentBytes, 'base64').toString()])).toEqual([
      ['dagsorden.txt', 'Punkt 1'],
    ]);

    const outbox = await call<{ value: OutboxMail[] }>(sb, 'GET', `/_sandbox/outbox?to=${TEST_PEOPLE.patient.mail}`);
    expect(outbox.body.value.map((m) => [m.to, m.subject, m.attachments.map((a) => a.name)])).toEqual([
      [[TEST_PEOPLE.patient.mail], 'Dagsorden', ['dagsorden.txt']],
    ]);

    const sentItems = await call<Collection<Message>>(sb, 'GET', '/me/mailFolders/sentitems/messages', { token: secretary });
    expect(sentItems.body.value.map((m) => m.internetMessageId)).toContain(got?.internetMessageId);
  });

  it('mail to a guest leaves the tenant (their mailbox is in their own organisation)', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    await call(sb, 'POST', '/me/sendMail', { token: secretary, body: { message: message('Til gæsten', [TEST_PEOPLE.guest.mail]) } });
    const outbox = await call<{ value: OutboxMail[] }>(sb, 'GET', '/_sandbox/outbox');
    expect(outbox.body.value.map((m) => m.to)).toEqual([[TEST_PEOPLE.guest.mail]]);
  });

  it("sends as the forum's shared mailbox for its secretariat, and refuses others", async () => {
    const asShared = await call(sb, 'POST', `/users/${SHARED}/sendMail`, {
      token: secretary,
      body: { message: message('Fra sekretariatet', [TEST_PEOPLE.chair.mail]) },
    });
    expect(asShared.status).toBe(202);
    const inbox = await call<Collection<Message>>(sb, 'GET', `/me/messages?$filter=subject eq 'Fra sekretariatet'`, { token: chair });
    expect(inbox.body.value[0]?.from.emailAddress.address).toBe(SHARED);
    const sharedSent = await call<Collection<Message>>(sb, 'GET', `/users/${SHARED}/mailFolders/sentitems/messages`, { token: secretary });
    expect(sharedSent.body.value.map((m) => m.subject)).toContain('Fra sekretariatet');

    const refused = await call<Json>(sb, 'POST', `/users/${SHARED}/sendMail`, {
      token: outsider,
      body: { message: message('Nej', [TEST_PEOPLE.chair.mail]) },
    });
    expect(refused.status).toBe(403);
    const onBehalf = await call<Json>(sb, 'POST', '/me/sendMail', {
      token: outsider,
      body: { message: { ...message('Nej', [TEST_PEOPLE.chair.mail]), from: { emailAddress: { address: SHARED } } } },
    });
    expect(onBehalf.status).toBe(403);
    expect((onBehalf.body.error as Json).code).toBe('ErrorSendAsDenied');
  });

  it('holds mail with a deferred send time in the Outbox', async () => {
    const later = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
    const res = await call(sb, 'POST', '/me/sendMail', {
      token: secretary,
      body: {
        message: {
          ...message('Påmindelse', [TEST_PEOPLE.chair.mail]),
          singleValueExtendedProperties: [{ id: 'SystemTime 0x3FEF', value: later }],
        },
      },
    });
    expect(res.status).toBe(202);
    const held = await call<Collection<Message>>(sb, 'GET', '/me/mailFolders/outbox/messages', { token: secretary });
    expect(held.body.value.map((m) => m.subject)).toEqual(['Påmindelse']);
    const chairInbox = await call<Collection<Message>>(sb, 'GET', `/me/messages?$filter=subject eq 'Påmindelse'`, { token: chair });
    expect(chairInbox.body.value).toEqual([]);
  });

  it('rejects a custom header that does not start with x-', async () => {
    const res = await call<Json>(sb, 'POST', '/me/sendMail', {
      token: secretary,
      body: {
        message: {
          ...message('Header', [TEST_PEOPLE.chair.mail]),
          internetMessageHeaders: [{ name: 'Auto-Submitted', value: 'auto-generated' }],
        },
      },
    });
    expect(res.status).toBe(400);
    expect((res.body.error as Json).code).toBe('InvalidInternetMessageHeader');
  });

  it('lists well-known folders, creates child folders, marks read and moves', async () => {
    const folders = await call<Collection<{ id: string; displayName: string; totalItemCount: number }>>(
      sb,
      'GET',
      '/me/mailFolders?$top=20',
      { token: chair },
    );
    expect(folders.body.value.map((f) => f.displayName)).toEqual(
      expect.arrayContaining(['Inbox', 'Sent Items', 'Drafts', 'Deleted Items']),
    );
    const child = await call<{ id: string; parentFolderId: string }>(sb, 'POST', '/me/mailFolders/inbox/childFolders', {
      token: chair,
      body: { displayName: 'Behandlet' },
    });
    expect(child.status).toBe(201);
    const inbox = await call<{ id: string; childFolderCount: number; unreadItemCount: number }>(sb, 'GET', '/me/mailFolders/inbox', {
      token: chair,
    });
    expect(child.body.parentFolderId).toBe(inbox.body.id);
    expect(inbox.body.childFolderCount).toBe(1);
    const first = (await call<Collection<Message>>(sb, 'GET', '/me/mailFolders/inbox/messages?$top=1', { token: chair })).body.value[0];
    const read = await call<{ isRead: boolean }>(sb, 'PATCH', `/me/messages/${first?.id ?? ''}`, {
      token: chair,
      body: { isRead: true, categories: ['Dagsorden'] },
    });
    expect(read.body.isRead).toBe(true);
    const moved = await call<{ parentFolderId: string }>(sb, 'POST', `/me/messages/${first?.id ?? ''}/move`, {
      token: chair,
      body: { destinationId: child.body.id },
    });
    expect(moved.body.parentFolderId).toBe(child.body.id);
  });

  it('records an activity notification for a member, and refuses a guest without the app', async () => {
    await call(sb, 'DELETE', '/_sandbox/activity');
    const body = {
      topic: { source: 'text', value: 'Referat til godkendelse', webUrl: 'https://teams.microsoft.com/l/entity/app/approvals' },
      activityType: 'approvalRequested',
      previewText: { content: 'Referatet af mødet 17. marts venter på din godkendelse.' },
      templateParameters: [{ name: 'meeting', value: 'Styregruppemøde 1' }],
    };
    const sent = await call(sb, 'POST', `/users/${TEST_PEOPLE.chair.id}/teamwork/sendActivityNotification`, { token: secretary, body });
    expect(sent.status).toBe(204);
    const recorded = await call<{ value: { recipientId: string; activityType: string; previewText: string }[] }>(
      sb,
      'GET',
      '/_sandbox/activity',
    );
    expect(recorded.body.value.map((a) => [a.recipientId, a.activityType])).toEqual([[TEST_PEOPLE.chair.id, 'approvalRequested']]);
    const guest = await call<Json>(sb, 'POST', `/users/${TEST_PEOPLE.guest.id}/teamwork/sendActivityNotification`, {
      token: secretary,
      body,
    });
    expect(guest.status).toBe(403);
  });
});

describe('sandbox: deferred send on the sandbox clock', () => {
  let sb: TestSandbox;
  let clock = Date.parse('2026-11-20T08:00:00Z');
  beforeAll(async () => {
    sb = await startTestSandbox(undefined, { now: () => new Date(clock) });
  });
  afterAll(() => sb.dispose());

  it('sends the held message when its time has come', async () => {
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    await call(sb, 'POST', '/me/sendMail', {
      token: secretary,
      body: {
        message: {
          subject: 'Frist for punkter',
          body: { contentType: 'text', content: 'Husk fristen.' },
          toRecipients: [{ emailAddress: { address: TEST_PEOPLE.chair.mail } }],
          singleValueExtendedProperties: [{ id: 'SystemTime 0x3FEF', value: '2026-11-21T07:00:00Z' }],
        },
      },
    });
    const before = await call<Collection<Message>>(sb, 'GET', `/me/messages?$filter=subject eq 'Frist for punkter'`, { token: chair });
    expect(before.body.value).toEqual([]);
    clock = Date.parse('2026-11-21T07:00:01Z');
    // A day later the morning's tokens have expired.
    const chairNow = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const after = await call<Collection<Message>>(sb, 'GET', `/me/messages?$filter=subject eq 'Frist for punkter'`, { token: chairNow });
    expect(after.body.value.map((m) => m.sentDateTime)).toEqual(['2026-11-21T07:00:00.000Z']);
    const outbox = await call<Collection<Message>>(sb, 'GET', '/me/mailFolders/outbox/messages', {
      token: await tokenFor(sb, TEST_PEOPLE.secretary.mail),
    });
    expect(outbox.body.value).toEqual([]);
  });
});
