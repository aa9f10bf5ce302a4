import type { Consultation } from '../../../src/domain/consultation/consultation-types';
import type { Forum } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { replyMatchers } from '../../../src/domain/consultation/reference';
import { ConsultationStore } from '../../../src/store/consultation/consultation-store';
import { syncSubmissions } from '../../../src/store/intake/sync-submissions';
import { Fields } from '../../../src/store/list-item';
import { CONSULTATIONS_FOLDER } from '../../../src/store/consultation/consultation-store';
import { listItems, loadForum, MAILBOX, secretaryGraph } from '../intake/intake-support';
import { partText, readDocx } from '../../support/docx-reading';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { consultationSeed, deliverReply, EXTRA, SUBSTITUTE, TEST_PEOPLE, who } from './consultation-support';

/**
 * A written consultation against the sandbox over HTTP: sent to 12 members (one mail each, once, even when the
 * send is repeated), replies delivered as raw .eml through POST /_sandbox/mail and recorded by the intake sync —
 * including two replies from one member, a substitute's, a non-recipient's, an out-of-office answer and a late
 * one — give the right tally; the reminder goes once to exactly those who had not answered; closing mails the
 * outcome once and puts a written item on the next meeting's agenda once.
 */
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let now = new Date('2026-10-01T08:00:00Z');
const clock = () => now;
/** Moves the sandbox's and the store's clock; the secretary signs in again (tokens expire with the sandbox's time). */
const at = (iso: string) => {
  now = new Date(iso);
  graph = secretaryGraph(sb);
};
const DEADLINE = '2026-10-08T10:00:00Z';

beforeAll(async () => {
  sb = await startTestSandbox(consultationSeed, { now: clock });
  graph = secretaryGraph(sb);
  forum = await loadForum(graph);
  // The seeded inbox is read once, so the test sees only its own mail. The intake counts its first read's window back
  // from the sandbox's clock, as it would from a tenant's.
  await syncSubmissions(graph, forum, { now: clock() });
  await call(sb, 'DELETE', '/_sandbox/outbox');
});
afterAll(() => sb.dispose());

interface Sent {
  subject: string;
  toRecipients: { emailAddress: { address: string } }[];
}

/** What the forum mailbox sent (its Sent Items), by subject prefix: one entry per mail. */
async function sent(subjectStart: string): Promise<string[]> {
  const items = await graph.all<Sent>(
    `/users/${encodeURIComponent(MAILBOX)}/mailFolders/sentitems/messages?$select=subject,toRecipients&$top=200`,
  );
  return items
    .filter((m) => m.subject.startsWith(subjectStart))
    .flatMap((m) => m.toRecipients.map((r) => r.emailAddress.address.toLowerCase()));
}

async function outbox(subjectStart: string): Promise<string[]> {
  const res = await call<{ value: { to: string[]; subject: string }[] }>(sb, 'GET', '/_sandbox/outbox');
  return res.body.value.filter((m) => m.subject.startsWith(subjectStart)).flatMap((m) => m.to.map((a) => a.toLowerCase()));
}

const sorted = (xs: readonly string[]) => [...xs].map((x) => x.toLowerCase()).sort();

describe('written consultation against the sandbox', () => {
  let consultation: Consultation;
  const store = () => new ConsultationStore(graph, clock);

  it('starts: a reference, each of the 12 recipients gets their own mail once, the attachment is in Høringer/<ref>', async () => {
    const recipients = forum.members
      .filter((m) => m.role === 'member' || m.role === 'chair')
      .map((m) => ({
        memberId: m.id,
        name: m.name,
        email: m.email,
        organisation: m.organisation,
        ...(m.substituteEmail ? { substituteEmail: m.substituteEmail } : {}),
      }));
    expect(recipients).toHaveLength(12);
    const input = {
      correlationId: 'dialog-1',
      title: 'Opdateret kommissorium',
      question: 'Kan styregruppen godkende det opdaterede kommissorium?',
      recommendations: ['at styregruppen godkender kommissoriet'],
      description: 'Kommissoriet er opdateret efter drøftelsen i juni.',
      deadline: DEADLINE,
      recipients,
      reminderHours: 48,
      signOffRequired: false,
      attachments: [{ name: 'Kommissorium.pdf', contentType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 kommissorium') }],
    };
    const result = await store().start(forum, input);
    expect(result.outcome).toBe('sent');
    expect(result.sentNow).toBe(12);
    consultation = result.consultation;
    expect(consultation.reference).toBe('TSG-2026-01');
    expect(consultation.reminderAt).toBe('2026-10-06T10:00:00Z');
    expect(consultation.attachments[0]?.name).toBe('Kommissorium.pdf');
    const file = await call(
      sb,
      'GET',
      `/sites/${forum.siteId}/drive/root:/${encodeURIComponent('Høringer')}/TSG-2026-01/Kommissorium.pdf`,
      {
        headers: {
          Authorization: `Bearer ${(await call<{ access_token: string }>(sb, 'POST', '/_sandbox/token', { body: { user: TEST_PEOPLE.secretary.mail } })).body.access_token}`,
        },
      },
    );
    expect(file.status).toBe(200);

    // Starting again from the same dialog (a retry) and sending again find it sent: nothing twice.
    const again = await store().start(forum, input);
    expect(again).toMatchObject({ outcome: 'sent', sentNow: 0 });
    expect((await store().send(forum, consultation)).sentNow).toBe(0);
    expect(sorted(await sent('[Høring TSG-2026-01]'))).toEqual(sorted(recipients.map((r) => r.email)));
    // Members without a mailbox in the tenant get it by mail all the same.
    expect(sorted(await outbox('[Høring TSG-2026-01]'))).toEqual(
      sorted(recipients.map((r) => r.email).filter((e) => e !== TEST_PEOPLE.chair.mail)),
    );
    expect(await store().list(forum)).toHaveLength(1);
  });

  it('two consultations started at once get different references', async () => {
    const base = {
      title: 'Samtidig',
      question: 'Ok?',
      recommendations: [],
      description: '',
      deadline: DEADLINE,
      recipients: [],
      signOffRequired: true,
    };
    const [a, b] = await Promise.all([
      store().start(forum, { ...base, correlationId: 'c-a' }),
      store().start(forum, { ...base, correlationId: 'c-b' }),
    ]);
    expect(a.outcome).toBe('awaiting-sign-off');
    expect(new Set([a.consultation.reference, b.consultation.reference]).size).toBe(2);
    expect([a.consultation.reference, b.consultation.reference].sort()).toEqual(['TSG-2026-02', 'TSG-2026-03']);
  });

  it("with the chairs' sign-off: held until the chair approves; a send that fails part-way resumes without sending twice", async () => {
    const recipients = EXTRA.slice(0, 5).map((p, i) => ({ memberId: String(i), name: p.displayName, email: p.mail }));
    const started = await store().start(forum, {
      correlationId: 'c-signoff',
      title: 'Med godkendelse',
      question: 'Ok?',
      recommendations: [],
      description: '',
      deadline: DEADLINE,
      recipients,
      signOffRequired: true,
    });
    expect(started.outcome).toBe('awaiting-sign-off');
    expect((await store().send(forum, started.consultation)).outcome).toBe('awaiting-sign-off');
    await expect(store().signOff(forum, started.consultation, { id: 'x', name: 'Gustav', email: TEST_PEOPLE.guest.mail })).rejects.toThrow(
      /chair/,
    );
    // The secretary cannot sign off in the chair's name: the record is the secretary's (server-stamped), and counts for nobody.
    const forged = await store().signOff(forum, started.consultation, {
      id: TEST_PEOPLE.chair.id,
      name: TEST_PEOPLE.chair.displayName,
      email: TEST_PEOPLE.chair.mail,
    });
    expect(forged.signOffs.map((s) => s.email)).toEqual([TEST_PEOPLE.secretary.mail]);
    expect((await store().send(forum, forged)).outcome).toBe('awaiting-sign-off');
    // The chair signs off with their own sign-in; once is enough, a second press writes nothing.
    const chair = new ConsultationStore((await graphFor(sb, TEST_PEOPLE.chair.mail)).graph, clock);
    await chair.signOff(forum, started.consultation, {
      id: TEST_PEOPLE.chair.id,
      name: TEST_PEOPLE.chair.displayName,
      email: TEST_PEOPLE.chair.mail,
    });
    const signed = await chair.signOff(forum, started.consultation, {
      id: TEST_PEOPLE.chair.id,
      name: TEST_PEOPLE.chair.displayName,
      email: TEST_PEOPLE.chair.mail,
    });
    expect(signed.signOffs.map((s) => s.email).sort()).toEqual([TEST_PEOPLE.chair.mail, TEST_PEOPLE.secretary.mail]);
    expect(signed.signOffs.every((s) => s.hash === signed.contentHash)).toBe(true);

    // The third send answers 503 (and keeps doing so beyond the retries): the send fails after two went out.
    await call(sb, 'POST', '/_sandbox/faults', {
      body: { match: { method: 'POST', path: '/send' }, fault: { kind: '503' }, skip: 2, count: 50 },
    });
    await expect(store().send(forum, signed)).rejects.toMatchObject({ status: 503 });
    await call(sb, 'DELETE', '/_sandbox/faults');
    const resumed = await store().send(forum, signed);
    expect(resumed.outcome).toBe('sent');
    expect(sorted(await sent(`[Høring ${signed.reference}]`))).toEqual(sorted(recipients.map((r) => r.email)));
  });

  it('replies through the intake give the right tally; the reminder goes once to exactly those who have not answered', async () => {
    const subject = `SV: [Høring ${consultation.reference}] Opdateret kommissorium`;
    at('2026-10-02T09:00:00Z');
    await deliverReply(sb, who(TEST_PEOPLE.chair), subject, 'Godkendt\n\nMvh Cecilie');
    await deliverReply(sb, who(TEST_PEOPLE.guest), subject, 'Ingen bemærkninger herfra.');
    await deliverReply(sb, who(TEST_PEOPLE.patient), subject, 'Vi kan desværre ikke godkende indstillingen.\n\nPia');
    await deliverReply(sb, who(EXTRA[0]), subject, 'Vi er imod.');
    at('2026-10-03T09:00:00Z');
    await deliverReply(sb, who(EXTRA[0]), subject, 'Efter en ny drøftelse: godkendt fra Aalund.');
    await deliverReply(sb, who(SUBSTITUTE), subject, 'Godkendt, men vi foreslår en evaluering i 2027.');
    await deliverReply(
      sb,
      who(EXTRA[2]),
      `Automatisk svar: [Høring ${consultation.reference}] Opdateret kommissorium`,
      'Jeg er på ferie.',
      ['Auto-Submitted: auto-replied'],
    );
    await deliverReply(sb, who(TEST_PEOPLE.outsider), subject, 'Godkendt.');
    const report = await syncSubmissions(graph, await loadForum(graph), { consultationRefs: [consultation.reference], now: clock() });
    expect(report).toMatchObject({ consultationReplies: 7, autoReplies: 1, created: 0 });

    const overview = await store().overview(forum, consultation);
    const answer = (email: string) => overview.tally.rows.find((r) => r.recipient.email === email.toLowerCase())?.answer;
    expect(answer(EXTRA[0].mail)).toBe('approve');
    expect(answer(EXTRA[1].mail)).toBe('comments');
    expect(overview.tally.rows.find((r) => r.recipient.email === EXTRA[1].mail)?.bySubstitute).toBe(true);
    expect(answer(EXTRA[2].mail)).toBe('none');
    expect(overview.tally.flagged.map((r) => r.senderAddress)).toEqual([TEST_PEOPLE.outsider.mail]);
    expect(overview.tally.counts).toMatchObject({ approve: 2, noComments: 1, comments: 1, objection: 1, none: 7 });

    // The reminder is not due yet; at its time it goes to the seven who have not answered, once.
    expect(await store().remindDue(forum)).toBe(0);
    at('2026-10-06T10:30:00Z');
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const [first, second] = await Promise.all([store().remindDue(forum), store().remindDue(forum)]);
    expect(first + second).toBe(7);
    expect((await store().remind(forum, consultation)).sentNow).toBe(0);
    expect(await store().remindDue(forum)).toBe(0);
    const reminded = await sent(`[Høring ${consultation.reference}] Påmindelse`);
    expect(sorted(reminded)).toEqual(sorted(EXTRA.slice(2).map((p) => p.mail)));
    expect(sorted(await outbox(`[Høring ${consultation.reference}] Påmindelse`))).toEqual(sorted(EXTRA.slice(2).map((p) => p.mail)));
  });

  it('a late reply counts, marked late; the secretariat corrects a classification (If-Match)', async () => {
    at('2026-10-09T08:00:00Z');
    await deliverReply(
      sb,
      who(EXTRA[3]),
      `SV: [Høring ${consultation.reference}] Påmindelse: Opdateret kommissorium`,
      'Undskyld det sene svar – godkendt.',
    );
    await syncSubmissions(graph, await loadForum(graph), { consultationRefs: [consultation.reference], now: clock() });
    const overview = await store().overview(forum, consultation);
    const late = overview.tally.rows.find((r) => r.recipient.email === EXTRA[3].mail);
    expect(late).toMatchObject({ answer: 'approve', late: true });
    expect(overview.tally.late).toBe(1);

    const patient = overview.tally.rows.find((r) => r.recipient.email === TEST_PEOPLE.patient.mail)?.reply;
    if (!patient) throw new Error('no reply from the patient');
    const corrected = await store().correct(forum, patient, 'comments');
    expect(corrected).toMatchObject({ verdict: 'comments', corrected: true });
    await expect(store().correct(forum, patient, 'approve')).rejects.toMatchObject({ name: 'ConflictError' });
    await store().correct(forum, corrected, 'objection');
    const after = await store().overview(forum, consultation);
    expect(after.tally.counts).toMatchObject({ approve: 3, noComments: 1, comments: 1, objection: 1, none: 6 });
  });

  it('a reply whose subject lost the reference is matched by the thread the consultation mail started', async () => {
    at('2026-10-09T08:30:00Z');
    const recipient = EXTRA[4];
    if (!recipient) throw new Error('the seed has no fifth extra member');
    const loaded = await store().load(forum, consultation.id);
    expect(loaded.conversations?.length).toBeGreaterThanOrEqual(12);
    // The mail the recipient got (its Message-ID, from the forum mailbox's Sent Items), as their client quotes it in In-Reply-To.
    const box = await graph.all<Sent & { internetMessageId: string }>(
      `/users/${encodeURIComponent(MAILBOX)}/mailFolders/sentitems/messages?$select=subject,toRecipients,internetMessageId&$top=200`,
    );
    const request = box.find(
      (m) =>
        m.subject.startsWith(`[Høring ${consultation.reference}]`) &&
        !m.subject.includes('Påmindelse') &&
        m.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === recipient.mail.toLowerCase()),
    );
    if (!request) throw new Error('the recipient has no consultation mail');
    await deliverReply(sb, who(recipient), 'SV: Vores bemærkninger', 'Vi har ingen bemærkninger.\n\nVenlig hilsen', [
      `In-Reply-To: ${request.internetMessageId}`,
      `References: ${request.internetMessageId}`,
    ]);
    // Without the thread map the intake would not know it (no reference in the subject); with it, it is a reply.
    const report = await syncSubmissions(graph, await loadForum(graph), { ...replyMatchers([loaded]), now: clock() });
    expect(report).toMatchObject({ consultationReplies: 1, created: 0 });
    const row = (await store().overview(forum, consultation)).tally.rows.find((r) => r.recipient.email === recipient.mail.toLowerCase());
    expect(row).toMatchObject({ answer: 'noComments', late: true });
  });

  it('closing after the deadline mails the outcome to all once and adds a written item to the next meeting once', async () => {
    at('2026-10-07T08:00:00Z');
    expect((await store().close(forum, consultation, 'x')).outcome).toBe('before-deadline');
    at('2026-10-09T09:00:00Z');
    const text = 'Ikke godkendt ved skriftlig høring med frist den 8. oktober 2026: der er indkommet 1 indsigelse.';
    const [a, b] = await Promise.all([store().close(forum, consultation, text), store().close(forum, consultation, text)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimed-elsewhere', 'closed']);
    const closed = a.outcome === 'closed' ? a : b;
    expect(closed.sentNow).toBe(12);
    expect((await store().close(forum, consultation, text)).outcome).toBe('already-closed');
    expect(sorted(await sent(`Resultat af skriftlig høring ${consultation.reference}`))).toEqual(
      sorted(consultation.recipients.map((r) => r.email)),
    );

    // The outcome as a Word document beside the consultation's files, linked from every outcome mail (issue 16 pt 1).
    const name = `Resultat af skriftlig høring ${consultation.reference}.docx`;
    const path = [CONSULTATIONS_FOLDER, consultation.reference, name].map(encodeURIComponent).join('/');
    const file = await graph.get<{ webUrl: string }>(`/sites/${forum.siteId}/drive/root:/${path}`);
    expect(closed.documentUrl).toBe(file.webUrl);
    const docx = readDocx(await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content`));
    expect(docx.core).toContain('<dc:language>da-DK</dc:language>');
    expect(docx.core).toContain(`<dc:creator>Sekretariatet, ${forum.name}</dc:creator>`);
    expect(partText(docx.header)).toBe(`${forum.shortName} · Skriftlig høring ${consultation.reference} · 9. oktober 2026`);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Sagen', 'Resultat']);
    expect(texts).toContain('Spørgsmål');
    expect(texts).toContain('Kan styregruppen godkende det opdaterede kommissorium?');
    expect(texts.slice(texts.indexOf('Resultat'))).toEqual(['Resultat', text]);
    const bodies = await graph.all<{ subject: string; body: { content: string } }>(
      `/users/${encodeURIComponent(MAILBOX)}/mailFolders/sentitems/messages?$select=subject,body&$top=200`,
    );
    const outcomeBodies = bodies.filter((m) => m.subject.startsWith(`Resultat af skriftlig høring ${consultation.reference}`));
    expect(outcomeBodies).toHaveLength(12);
    for (const m of outcomeBodies)
      expect(m.body.content).toContain(`<a href="${file.webUrl.replace(/&/g, '&amp;')}">Resultatet som dokument (Word)</a>`);

    const items = (await listItems(graph, 'AgendaItems')).filter((i) => Fields.of(i).text('ConsultationRef') === consultation.reference);
    expect(items).toHaveLength(1);
    const f = Fields.of(items[0] ?? {});
    expect(f.text('Source')).toBe('consultation');
    expect(f.bool('Standing')).toBe(false);
    expect(f.text('Beslutning')).toBe(text);
    const meetings = await listItems(graph, 'Meetings');
    const meeting = meetings.find((m) => m.id === f.text('MeetingId'));
    expect(Fields.of(meeting ?? {}).text('Title')).toBe('Styregruppemøde 2');
    expect(closed.consultation).toMatchObject({ status: 'closed', outcomeItemId: items[0]?.id, outcome: text });
  });

  it("the matter goes on an extraordinary meeting's agenda once", async () => {
    const meetings = await listItems(graph, 'Meetings');
    const m3 = meetings.find((m) => Fields.of(m).text('Title') === 'Styregruppemøde 3');
    if (!m3?.id) throw new Error('seed has no meeting 3');
    const first = await store().addToMeeting(forum, consultation, m3.id);
    expect(await store().addToMeeting(forum, consultation, m3.id)).toBe(first);
    const items = (await listItems(graph, 'AgendaItems')).filter((i) => Fields.of(i).text('MeetingId') === m3.id);
    expect(items.map((i) => Fields.of(i).text('Title'))).toEqual(['Opdateret kommissorium']);
  });
});
