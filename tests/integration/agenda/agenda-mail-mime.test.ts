import PostalMime from 'postal-mime';
import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import type { Seed } from '../../../src/sandbox/seed/types';
import { AGENDA_NOW, meetingTwoAsSecretary, TEST_SHARED_MAILBOX } from '../support/meeting-two';
import { call, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The agenda mail as it travels: read back as MIME (`GET /messages/{id}/$value`, as Graph serves it) and parsed by a
 * MIME parser nobody here wrote. It goes to the forum mailbox with the members in Bcc (never Bcc-only, a spam signal);
 * a recipient's copy does not reveal the Bcc list; the Danish subject and the file name decode to exactly what was sent.
 */
const DANISH_NAME = 'Styregruppen for ældre- og sundhedsområdet – Østjylland';
const seed: Seed = { ...testSeed, forums: testSeed.forums.map((f, i) => (i === 0 ? { ...f, displayName: DANISH_NAME } : f)) };
const SHARED = TEST_SHARED_MAILBOX;
let sb: TestSandbox;

beforeAll(async () => {
  const m2 = await meetingTwoAsSecretary(seed);
  sb = m2.sb;
  expect((await new MeetingAgendaStore(m2.graph, () => AGENDA_NOW).send(m2.forum, m2.meeting)).outcome).toBe('sent');
});
afterAll(() => sb.dispose());

interface Listed {
  id: string;
  subject: string;
}

async function mime(user: string, path: string): Promise<{ raw: string; subject: string; id: string }> {
  const token = await tokenFor(sb, user);
  const list = await call<{ value: Listed[] }>(sb, 'GET', `${path}?$top=50&$select=subject`, { token });
  const mail = list.body.value.find((m) => m.subject.startsWith('Dagsorden:'));
  if (!mail) throw new Error(`no agenda mail in ${path}`);
  const res = await call<string>(sb, 'GET', `${path.replace(/\/mailFolders\/[^/]+\/messages$/, '/messages')}/${mail.id}/$value`, { token });
  expect(res.status).toBe(200);
  return { raw: typeof res.body === 'string' ? res.body : JSON.stringify(res.body), subject: mail.subject, id: mail.id };
}

test("the forum mailbox's sent copy: To the forum mailbox, the members in Bcc, the Danish subject and file name decode exactly", async () => {
  const sent = await mime(TEST_PEOPLE.secretary.mail, `/users/${SHARED}/mailFolders/sentitems/messages`);
  expect(sent.subject).toContain(DANISH_NAME);
  // Headers are 7-bit: every non-ASCII word is encoded.
  const head = sent.raw.slice(0, sent.raw.indexOf('\r\n\r\n'));
  expect([...head].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
  expect(head).toMatch(/^Subject: =\?utf-8\?B\?/m);
  expect(head.split('\r\n').every((line) => line.length <= 998)).toBe(true);

  const parsed = await PostalMime.parse(sent.raw);
  expect(parsed.subject).toBe(sent.subject);
  expect(parsed.to?.map((a) => a.address)).toEqual([SHARED]);
  expect(parsed.to?.[0]?.name).toBe(DANISH_NAME);
  expect((parsed.bcc ?? []).map((a) => a.address).sort()).toEqual(
    expect.arrayContaining([TEST_PEOPLE.chair.mail, TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail]),
  );
  expect(parsed.replyTo?.map((a) => a.address)).toEqual([SHARED]);
  expect(parsed.attachments.map((a) => [a.filename, a.mimeType])).toEqual([['Dagsorden 2026-10-29.pdf', 'application/pdf']]);
  const pdf = parsed.attachments[0]?.content;
  expect(
    Buffer.from(typeof pdf === 'string' ? pdf : new Uint8Array(pdf ?? new ArrayBuffer(0)))
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  expect(parsed.html).toContain('Fælles testindsats');
});

test("a member's copy names the forum mailbox as To and does not reveal who else got it", async () => {
  const got = await mime(TEST_PEOPLE.chair.mail, '/me/mailFolders/inbox/messages');
  const parsed = await PostalMime.parse(got.raw);
  expect(parsed.subject).toBe(got.subject);
  expect(parsed.to?.map((a) => a.address)).toEqual([SHARED]);
  expect(parsed.bcc ?? []).toEqual([]);
  expect(got.raw).not.toContain(TEST_PEOPLE.patient.mail);
});
