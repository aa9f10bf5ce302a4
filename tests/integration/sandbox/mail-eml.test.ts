import { call, startTestSandbox, tokenFor } from '../support/sandbox';
import type { TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

type Json = Record<string, unknown>;
interface Message extends Json {
  id: string;
  subject: string;
  conversationId: string;
  internetMessageId: string;
  from: { emailAddress: { name: string; address: string } };
  body: { contentType: string; content: string };
  hasAttachments: boolean;
  internetMessageHeaders?: { name: string; value: string }[];
}

const SHARED = 'tsg-sekretariat@testregion.example';

function eml(opts: { messageId: string; subject: string; inReplyTo?: string; autoReply?: boolean }): Buffer {
  const lines = [
    'From: "Lars Harbo" <lars.harbo@skovlund.example>',
    `To: Testsekretariatet <${SHARED}>`,
    `Subject: ${opts.subject}`,
    'Date: Tue, 13 Oct 2026 10:15:00 +0200',
    `Message-ID: ${opts.messageId}`,
    ...(opts.inReplyTo ? [`In-Reply-To: ${opts.inReplyTo}`, `References: ${opts.inReplyTo}`] : []),
    ...(opts.autoReply ? ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'] : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>Indstilling: at styregruppen godkender planen for f=C3=A6lles indsats.</p>',
    '--b1',
    'Content-Type: application/pdf; name="bilag.pdf"',
    'Content-Disposition: attachment; filename="bilag.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4 bilag').toString('base64'),
    '--b1--',
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

describe('sandbox: raw .eml delivery (POST /_sandbox/mail)', () => {
  let sb: TestSandbox;
  let secretary: string;
  beforeAll(async () => {
    sb = await startTestSandbox();
    secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  });
  afterAll(() => sb.dispose());

  it('keeps the Message-ID, all headers and the attachments', async () => {
    const res = await call<{ id: string; mailbox: string }>(sb, 'POST', '/_sandbox/mail', {
      body: eml({ messageId: '<sag-42@skovlund.example>', subject: 'Sagsfremstilling: Fælles indsats', autoReply: true }),
      headers: { 'Content-Type': 'message/rfc822' },
    });
    expect(res.status).toBe(202);
    expect(res.body.mailbox).toBe(SHARED);

    const got = await call<Message>(
      sb,
      'GET',
      `/users/${SHARED}/messages/${res.body.id}?$select=subject,from,body,hasAttachments,internetMessageId,internetMessageHeaders,conversationId`,
      { token: secretary },
    );
    expect(got.body.internetMessageId).toBe('<sag-42@skovlund.example>');
    expect(got.body.from.emailAddress).toEqual({ name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' });
    expect(got.body.body.contentType).toBe('html');
    expect(got.body.body.content).toContain('fælles indsats');
    expect(got.body.hasAttachments).toBe(true);
    const headers = new Map((got.body.internetMessageHeaders ?? []).map((h) => [h.name.toLowerCase(), h.value]));
    expect(headers.get('auto-submitted')).toBe('auto-replied');
    expect(headers.get('x-auto-response-suppress')).toBe('All');

    const list = await call<{ value: { id: string; name: string; size: number; contentType: string }[] }>(
      sb,
      'GET',
      `/users/${SHARED}/messages/${res.body.id}/attachments`,
      { token: secretary },
    );
    const pdf = list.body.value[0];
    expect(pdf).toMatchObject({ name: 'bilag.pdf', contentType: 'application/pdf', size: 14 });
    const raw = await call<string>(sb, 'GET', `/users/${SHARED}/messages/${res.body.id}/attachments/${pdf?.id ?? ''}/$value`, {
      token: secretary,
    });
    expect(raw.headers.get('content-type')).toContain('application/pdf');
    expect(raw.body).toBe('%PDF-1.4 bilag');

    const found = await call<{ value: Message[] }>(
      sb,
      'GET',
      `/users/${SHARED}/messages?$filter=internetMessageId eq '<sag-42@skovlund.example>'`,
      { token: secretary },
    );
    expect(found.body.value.map((m) => m.id)).toEqual([res.body.id]);
  });

  it('threads a reply into the conversation of the message it answers', async () => {
    const first = await call<{ id: string }>(sb, 'POST', `/_sandbox/mail?mailbox=${SHARED}`, {
      body: eml({ messageId: '<t-1@skovlund.example>', subject: 'Spørgsmål til dagsorden' }),
      headers: { 'Content-Type': 'message/rfc822' },
    });
    const reply = await call<{ id: string }>(sb, 'POST', `/_sandbox/mail?mailbox=${SHARED}`, {
      body: eml({ messageId: '<t-2@skovlund.example>', subject: 'SV: Spørgsmål til dagsorden', inReplyTo: '<t-1@skovlund.example>' }),
      headers: { 'Content-Type': 'message/rfc822' },
    });
    const other = await call<{ id: string }>(sb, 'POST', `/_sandbox/mail?mailbox=${SHARED}`, {
      body: eml({ messageId: '<t-3@skovlund.example>', subject: 'Et helt andet emne' }),
      headers: { 'Content-Type': 'message/rfc822' },
    });
    const get = async (id: string): Promise<string> =>
      (await call<Message>(sb, 'GET', `/users/${SHARED}/messages/${id}`, { token: secretary })).body.conversationId;
    const conversation = await get(first.body.id);
    expect(await get(reply.body.id)).toBe(conversation);
    expect(await get(other.body.id)).not.toBe(conversation);
    const thread = await call<{ value: Message[] }>(
      sb,
      'GET',
      `/users/${SHARED}/messages?$filter=conversationId eq '${conversation}'&$orderby=receivedDateTime desc`,
      { token: secretary },
    );
    expect(thread.body.value.map((m) => m.internetMessageId).sort()).toEqual(['<t-1@skovlund.example>', '<t-2@skovlund.example>']);
  });

  it('refuses a message none of whose recipients is in the tenant unless a mailbox is named', async () => {
    const body = Buffer.from(
      ['From: a@b.example', 'To: c@d.example', 'Subject: x', 'Message-ID: <x@b.example>', '', 'Hej', ''].join('\r\n'),
    );
    const res = await call(sb, 'POST', '/_sandbox/mail', { body, headers: { 'Content-Type': 'message/rfc822' } });
    expect(res.status).toBe(400);
  });
});
