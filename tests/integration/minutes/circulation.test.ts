import { MinutesStore } from '../../../src/store/forum-stores';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import { MinutesClosedError } from '../../../src/store/minutes/closure-errors';
import { pdfText } from '../../support/pdf-reading';
import { call, tokenFor } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { answer, clearFaults, contentFor, fault, inbox, minutesSandbox, NOW, outbox, store } from './minutes-support';

/**
 * Circulating approved minutes against the sandbox: refused until the co-chairs' own approval records (written
 * with their own tokens) meet the rule — a member's record does not count; then, with a 503 injected on the send and
 * another on recording, retried (and pressed twice at once): every member and guest gets exactly one mail with the
 * final PDF, the PDF is moved to "Godkendte referater" as "… (godkendt).pdf", the version and the meeting record it.
 * The PDF a member receives ends with the approval appendix: each approving co-chair, the hash, when and where.
 */
const file = minutesSandbox();

const SUBJECT = 'Godkendt referat:';

/** The text lines of a PDF as poppler's pdftotext reads them (reading order), each trimmed. */
const pdfLines = (bytes: Buffer): string[] =>
  pdfText(bytes)
    .split('\n')
    .map((l) => l.trim());

/** The circulated mail as a person in the tenant received it: its HTML and its attached PDF's lines. */
async function received(user: string): Promise<{ html: string; pdf: string[]; to: string[] }> {
  const token = await tokenFor(file.sb, user);
  const list = await call<{
    value: { id: string; subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] }[];
  }>(file.sb, 'GET', '/me/mailFolders/inbox/messages?$top=100&$select=subject,body,toRecipients', { token });
  const mail = list.body.value.find((m) => m.subject.startsWith(SUBJECT));
  if (!mail) throw new Error(`${user} has no circulated minutes`);
  const attachments = await call<{ value: { name: string; contentBytes: string }[] }>(
    file.sb,
    'GET',
    `/me/messages/${mail.id}/attachments`,
    {
      token,
    },
  );
  const pdf = attachments.body.value.find((a) => a.name.endsWith('.pdf'));
  return {
    html: mail.body.content,
    pdf: pdfLines(Buffer.from(pdf?.contentBytes ?? '', 'base64')),
    to: mail.toRecipients.map((r) => r.emailAddress.address),
  };
}

interface MeetingFields {
  Status?: string;
  MinutesCirculatedAt?: string;
  MinutesHash?: string;
  MinutesCirculation?: string;
}

describe('circulation', () => {
  it('refuses while not approved, sends exactly one mail per recipient after 503s and a double press, makes the PDF final', async () => {
    const { version } = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, contentFor(file.s.meeting));
    await store(file.s.graph).requestApprovals(file.s.forum, version);

    expect(await store(file.s.graph).circulate(file.s.forum, file.s.meeting, version)).toMatchObject({
      outcome: 'not-approved',
      reason: 'rule-not-met',
    });
    // A member (the secretary) writing an approval for herself approves nothing; one chair of two is not enough.
    await answer(file.sb, TEST_PEOPLE.secretary.mail, version, 'approved');
    await answer(file.sb, TEST_PEOPLE.chair.mail, version, 'approved');
    const one = await store(file.s.graph).circulate(file.s.forum, file.s.meeting, version);
    expect(one.outcome).toBe('not-approved');
    expect(one.status?.approvals).toBe(1);
    // An approval naming another hash does not count either.
    await answer(file.sb, TEST_PEOPLE.guest.mail, { ...version, contentHash: '0'.repeat(64) }, 'approved');
    expect((await store(file.s.graph).circulate(file.s.forum, file.s.meeting, version)).outcome).toBe('not-approved');
    expect(await outbox(file.sb, SUBJECT)).toEqual([]);

    // The guest chair (asked by mail: no Teams app) answers in the browser.
    await answer(file.sb, TEST_PEOPLE.guest.mail, version, 'approved', { Channel: 'browser' });
    await fault(file.sb, '/messages/[^/]+/send$', 20);
    await expect(store(file.s.graph).circulate(file.s.forum, file.s.meeting, version)).rejects.toThrow();
    await clearFaults(file.sb);
    expect(await outbox(file.sb, SUBJECT)).toEqual([]);

    // The retry sends, but recording the version fails (503s past the pipeline's retries).
    await fault(file.sb, `/lists/MinutesVersions/items/${version.id}/fields`, 20, 'PATCH');
    await expect(store(file.s.graph).circulate(file.s.forum, file.s.meeting, version)).rejects.toThrow();
    await clearFaults(file.sb);

    // Two people press at once: one finishes it, the other is told it is under way (or already done).
    const [a, b] = await Promise.all([
      store(file.s.graph).circulate(file.s.forum, file.s.meeting, version),
      store(file.s.graph).circulate(file.s.forum, file.s.meeting, version),
    ]);
    expect([a.outcome, b.outcome].filter((o) => o === 'circulated')).toHaveLength(1);
    const done = a.outcome === 'circulated' ? a : b;
    expect(done.recipients).toBe(6);

    const external = await outbox(file.sb, SUBJECT);
    expect(external.flatMap((m) => m.to).sort()).toEqual(
      ['gaest@oplaeg.example', TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail, 'vikar@privat.example'].sort(),
    );
    expect(external.map((m) => m.attachments.map((x) => x.name))).toEqual([['Referat 2026-03-17 TSG v1 (godkendt).pdf']]);
    expect(await inbox(file.sb, TEST_PEOPLE.chair.mail, SUBJECT)).toHaveLength(1);
    expect(await inbox(file.sb, TEST_PEOPLE.secretary.mail, SUBJECT)).toHaveLength(1);

    // The draft PDF was moved (same item) into the approved folder, under its final name, with the approved content.
    const moved = await file.s.graph.get<{ id: string; name: string }>(
      `/sites/${file.s.forum.siteId}/drive/root:/${encodeURIComponent('Godkendte referater')}/${encodeURIComponent('Referat 2026-03-17 TSG v1 (godkendt).pdf')}`,
    );
    expect(moved.id).toBe(version.pdfItemId);
    const pdf = Buffer.from(
      await file.s.graph.getBytes(
        `/sites/${file.s.forum.siteId}/drive/root:/${encodeURIComponent('Godkendte referater')}/${encodeURIComponent(moved.name)}:/content`,
      ),
    );
    expect(pdfText(pdf)).toContain('Godkendt');
    expect(pdfText(pdf)).not.toContain('Udkast');
    await expect(
      file.s.graph.get(
        `/sites/${file.s.forum.siteId}/drive/root:/${[...meetingFolderPath(file.s.meeting).split('/'), 'Referat 2026-03-17 TSG v1.pdf'].map(encodeURIComponent).join('/')}`,
      ),
    ).rejects.toMatchObject({ status: 404 });

    const [final] = await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id);
    expect(final?.status).toBe('approved');
    expect(final?.finalAt).toBeDefined();
    expect(final?.finalPdfUrl).toContain('Godkendte%20referater');
    const meeting = await file.s.graph.get<{ fields: MeetingFields }>(
      `/sites/${file.s.forum.siteId}/lists/Meetings/items/${file.s.meeting.id}?expand=fields`,
    );
    expect(meeting.fields.Status).toBe('minutes-approved');
    expect(meeting.fields.MinutesHash).toBe(version.contentHash);
    expect(meeting.fields.MinutesCirculatedAt).toBeDefined();
    expect(meeting.fields.MinutesCirculation ?? '').toBe('');

    // Pressed again later: nothing more goes out. The audit trail: who approved which hash, when, how.
    expect((await store(file.s.graph).circulate(file.s.forum, file.s.meeting, version)).outcome).toBe('already-circulated');
    expect(await outbox(file.sb, SUBJECT)).toHaveLength(1);
    const overview = await store(file.s.graph).overview(file.s.forum, file.s.meeting);
    expect(overview.circulatedHash).toBe(version.contentHash);
    expect(overview.status?.chairs.map((c) => [c.chair.email, c.answer, c.record?.contentHash, c.record?.channel])).toEqual([
      [TEST_PEOPLE.chair.mail, 'approved', version.contentHash, 'teams'],
      [TEST_PEOPLE.guest.mail, 'approved', version.contentHash, 'browser'],
    ]);
    expect(overview.current?.requests?.map((r) => r.channel)).toEqual(['activity', 'mail']);

    // The circulated PDF carries that trail as its last page (the sandbox stamps the answers at NOW: 09:00 in
    // Copenhagen); the mail names who approved.
    expect(overview.status?.chairs.map((c) => c.record?.createdAt)).toEqual(
      [NOW.toISOString(), NOW.toISOString()].map((t) => t.replace('.000Z', 'Z')),
    );
    const { html, pdf: lines, to } = await received(TEST_PEOPLE.secretary.mail);
    // To: the forum mailbox, the members in Bcc (a Bcc-only mail is a spam signal).
    expect(to).toEqual([file.s.forum.mailbox]);
    expect(html).toContain('Godkendt af Cecilie Chair og Gustav Gæst (se bilaget sidst i referatet).');
    const appendix = lines.slice(lines.indexOf('Bilag: Formandskabets godkendelse')).filter((l) => l !== '');
    expect(appendix).toEqual([
      'Bilag: Formandskabets godkendelse',
      'Version 1 af referatet er godkendt af begge medformænd.',
      `SHA-256: ${version.contentHash}`,
      'SHA-256 er et fingeraftryk af referatets indhold; enhver ændring af indholdet giver en ny værdi.',
      'Hver medformand nedenfor har godkendt netop denne værdi.',
      'Cecilie Chair',
      'Stilling: Tester',
      'Organisation: Testhospitalet',
      `E-mail: ${TEST_PEOPLE.chair.mail}`,
      'Godkendt: 20. marts 2026 kl. 09.00 i Teams',
      `SHA-256: ${version.contentHash}`,
      'Gustav Gæst',
      'Stilling: Tester',
      'Organisation: Test Kommune',
      `E-mail: ${TEST_PEOPLE.guest.mail}`,
      'Godkendt: 20. marts 2026 kl. 09.00 i browseren, anmodet på mail',
      `SHA-256: ${version.contentHash}`,
    ]);
    expect(lines.indexOf('Bilag: Formandskabets godkendelse')).toBeGreaterThan(lines.indexOf('Beslutning'));
  });

  it('after circulation the same content never goes again, and a newer version (after reopening) needs its own approvals', async () => {
    const m2 = (await store(file.s.graph).overview(file.s.forum, file.s.meeting)).current;
    expect(m2?.status).toBe('approved');
    await expect(
      store(file.s.graph).freeze(file.s.forum, file.s.meeting, contentFor(file.s.meeting, 'Efterfølgende rettelse.')),
    ).rejects.toBeInstanceOf(MinutesClosedError);
    await store(file.s.graph).reopen(file.s.forum, file.s.meeting, 'Efterfølgende rettelse', 'Sofie Sekretær');
    const { version: v2 } = await store(file.s.graph).freeze(
      file.s.forum,
      file.s.meeting,
      contentFor(file.s.meeting, 'Efterfølgende rettelse.'),
    );
    expect(v2.version).toBe(2);
    const v1 = m2 ? { id: m2.id } : { id: '' };
    // v1 was approved and is not superseded (only awaiting versions are), but its content is already out: no second mail.
    expect((await store(file.s.graph).circulate(file.s.forum, file.s.meeting, v1)).outcome).toBe('already-circulated');
    expect((await store(file.s.graph).circulate(file.s.forum, file.s.meeting, v2)).outcome).toBe('not-approved');
    expect(await outbox(file.sb, SUBJECT)).toHaveLength(1);
  });
});
