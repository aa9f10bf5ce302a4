import { strFromU8, unzipSync } from 'fflate';
import type { Forum, Meeting } from '../../../src/domain/types';
import { GraphError, type Graph, type RequestOptions } from '../../../src/graph/graph-types';
import { agendaChangeText } from '../../../src/domain/agenda-changes';
import { MeetingAgendaStore, loadMeeting } from '../../../src/store/agenda/agenda-store';
import { AttendanceStore } from '../../../src/store/attendance-store';
import { meetingEventPath } from '../../../src/store/calendar-event';
import { listItemUrl } from '../../../src/store/list-item';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import { pdfText } from '../../support/pdf-reading';
import { graphFor } from '../support/graph-for';
import { meetingTwoAsSecretary, TEST_SHARED_MAILBOX } from '../support/meeting-two';
import { call, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * The agenda against the sandbox: generating writes the .docx and a real PDF to the meeting's folder; sending
 * mails every member once with the PDF, puts the agenda in the calendar event and records the send; a retry after
 * an injected 503 or a lost answer at any step sends nothing twice; a retimed or moved item is shown as a change and
 * goes out once as "Revideret dagsorden" (nr. 2 …) in its own file, listing what changed;
 * the substitutes that count (a member's own record, not one a member wrote for someone else) are invited and get it.
 */
interface Mail {
  id: string;
  subject: string;
  hasAttachments: boolean;
  body: { content: string };
}
interface OutboxMail {
  to: string[];
  subject: string;
  attachments: { name: string; contentType: string; size: number }[];
}

const SHARED = TEST_SHARED_MAILBOX;
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;

beforeAll(async () => {
  ({ sb, graph, forum, meeting } = await meetingTwoAsSecretary());
});
afterAll(() => sb.dispose());

async function agendaMails(user: string, subjectStart: string): Promise<Mail[]> {
  const token = await tokenFor(sb, user);
  const res = await call<{ value: Mail[] }>(sb, 'GET', '/me/mailFolders/inbox/messages?$top=100&$select=subject,hasAttachments,body', {
    token,
  });
  return res.body.value.filter((m) => m.subject.startsWith(subjectStart));
}

async function outbox(subjectStart: string): Promise<OutboxMail[]> {
  return (await call<{ value: OutboxMail[] }>(sb, 'GET', '/_sandbox/outbox')).body.value.filter((m) => m.subject.startsWith(subjectStart));
}

async function fault(path: string, count: number, method = 'POST', kind: '503' | 'act-then-504' = '503'): Promise<void> {
  const res = await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method, path }, fault: { kind }, count } });
  expect(res.status).toBeLessThan(300);
}

/** The Graph facade with one kind of request failing with a 503: before it reaches Graph, or after (the answer lost). */
function losing(matches: (url: string, method: 'POST' | 'PATCH', body: unknown) => boolean, when: 'before' | 'after'): Graph {
  const lose = async <T>(method: 'POST' | 'PATCH', url: string, body: unknown, run: () => Promise<T>): Promise<T> => {
    if (!matches(url, method, body)) return run();
    if (when === 'after') await run();
    throw new GraphError(503, 'serviceUnavailable', 'lost');
  };
  return Object.assign(Object.create(graph) as Graph, {
    post: <T>(url: string, body: unknown, options?: RequestOptions) => lose('POST', url, body, () => graph.post<T>(url, body, options)),
    patch: <T>(url: string, body: unknown, options?: RequestOptions) => lose('PATCH', url, body, () => graph.patch<T>(url, body, options)),
  });
}

async function agendaItem(title: string): Promise<{ id: string }> {
  const items = await graph.get<{ value: { id: string; fields: { Title: string } }[] }>(
    `/sites/${forum.siteId}/lists/AgendaItems/items?expand=fields&$filter=${encodeURIComponent(`fields/MeetingId eq '${meeting.id}'`)}`,
  );
  const found = items.value.find((i) => i.fields.Title === title);
  if (!found) throw new Error(`no agenda item ${title}`);
  return found;
}

/** The names of a mail's attachments, read with the chair's own token. */
async function attachmentNames(messageId: string): Promise<string[]> {
  const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  const res = await call<{ value: { name: string }[] }>(sb, 'GET', `/me/messages/${messageId}/attachments`, { token });
  return res.body.value.map((a) => a.name);
}

const store = (g: Graph = graph): MeetingAgendaStore => new MeetingAgendaStore(g, () => new Date('2026-10-20T08:00:00Z'));

describe('agenda against the sandbox', () => {
  it('generate: the .docx and a PDF with the agenda text land in the meeting folder', async () => {
    const files = await store().generate(forum, meeting);
    expect(files.docx.name).toBe('Dagsorden 2026-10-29.docx');
    expect(files.pdf.name).toBe('Dagsorden 2026-10-29.pdf');
    expect(files.changedSinceSent).toBe(false);
    const folder = meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
    const docx = await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folder}/${encodeURIComponent(files.docx.name)}:/content`);
    const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Fælles testindsats v. Gustav Gæst (kl. 09.10–09.30)');
    expect(xml).toContain('medformand');
    // Made, not sent: the document says it is a draft of today.
    expect(xml).toContain('Udkast 20. oktober 2026');
    const pdf = Buffer.from(
      await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folder}/${encodeURIComponent(files.pdf.name)}:/content`),
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('Indstilling');
    expect(pdfText(pdf)).toContain('Fælles testindsats');
  });

  it('send: a 503 on the send, a lost answer, a failed record, then a retry: every member gets exactly one mail with the PDF', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    await fault('/messages/[^/]+/send$', 4);
    await expect(store().send(forum, meeting)).rejects.toThrow();
    await call(sb, 'DELETE', '/_sandbox/faults');
    expect(await agendaMails(TEST_PEOPLE.chair.mail, 'Dagsorden:')).toEqual([]);

    // The retry finds the draft the first attempt left and sends it — but the answer is lost on the way back: send-once
    // settles that by looking (found sent), and then the record of the send fails.
    await fault('/messages/[^/]+/send$', 1, 'POST', 'act-then-504');
    await expect(
      store(losing((url, method, body) => method === 'PATCH' && JSON.stringify(body).includes('AgendaSentAt'), 'before')).send(
        forum,
        meeting,
      ),
    ).rejects.toThrow('lost');
    expect((await call<{ value: { remaining?: number }[] }>(sb, 'GET', '/_sandbox/faults')).body.value.map((r) => r.remaining)).toEqual([
      0,
    ]);
    await call(sb, 'DELETE', '/_sandbox/faults');
    expect(await agendaMails(TEST_PEOPLE.chair.mail, 'Dagsorden:')).toHaveLength(1);
    // The next retry finds it sent (nothing goes again) and records it.
    const third = await store().send(forum, meeting);
    expect(third.outcome).toBe('sent');
    expect(third.revised).toBe(false);
    expect(third.subject).toBe('Dagsorden: Teststyregruppen 29. oktober 2026');

    const chair = await agendaMails(TEST_PEOPLE.chair.mail, 'Dagsorden:');
    expect(chair.map((m) => [m.subject, m.hasAttachments])).toEqual([['Dagsorden: Teststyregruppen 29. oktober 2026', true]]);
    const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
    const attachments = await call<{ value: { name: string; contentType: string; contentBytes: string }[] }>(
      sb,
      'GET',
      `/me/messages/${chair[0]?.id ?? ''}/attachments`,
      { token },
    );
    expect(attachments.body.value.map((a) => [a.name, a.contentType])).toEqual([['Dagsorden 2026-10-29.pdf', 'application/pdf']]);
    expect(
      Buffer.from(attachments.body.value[0]?.contentBytes ?? '', 'base64')
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(await agendaMails(TEST_PEOPLE.secretary.mail, 'Dagsorden:')).toHaveLength(1);
    // Members outside the tenant, once each.
    const out = await outbox('Dagsorden:');
    expect(out.flatMap((m) => m.to).sort()).toEqual([TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail].sort());
    expect(out.every((m) => m.attachments.some((a) => a.contentType === 'application/pdf'))).toBe(true);
    // One copy in the forum mailbox's Sent Items, no draft left behind.
    const secretaryToken = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const sent = await call<{ value: Mail[] }>(sb, 'GET', `/users/${SHARED}/mailFolders/sentitems/messages?$select=subject`, {
      token: secretaryToken,
    });
    expect(sent.body.value.filter((m) => m.subject.startsWith('Dagsorden:'))).toHaveLength(1);
    const drafts = await call<{ value: Mail[] }>(sb, 'GET', `/users/${SHARED}/mailFolders/drafts/messages?$select=subject`, {
      token: secretaryToken,
    });
    expect(drafts.body.value.filter((m) => m.subject.startsWith('Dagsorden:'))).toEqual([]);

    const recorded = await loadMeeting(graph, forum, meeting.id);
    expect(recorded.status).toBe('agenda-sent');
    expect(recorded.agendaSentAt).toBe('2026-10-20T08:00:00Z');
    expect(recorded.agendaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.agendaClaim).toBeUndefined();

    const eventPath = meetingEventPath(forum, recorded);
    expect(eventPath).toBeDefined();
    const event = await graph.get<{ body: { content: string } }>(eventPath ?? '');
    expect(event.body.content).toContain('Fælles testindsats');
    expect(event.body.content).toContain('Indstilling');

    // Sending again without a change sends nothing.
    expect((await store().send(forum, meeting)).outcome).toBe('unchanged');
    expect(await agendaMails(TEST_PEOPLE.chair.mail, 'Dagsorden:')).toHaveLength(1);
  });

  it('a retimed item after sending is shown as a change, and goes out once as "Revideret dagsorden" listing it, in its own file', async () => {
    expect(await store().status(forum, meeting)).toEqual({ sentAt: '2026-10-20T08:00:00Z', nextRevision: 1, changed: false, changes: [] });
    const item = await agendaItem('Fælles testindsats');
    await graph.patch(`${listItemUrl(forum.siteId, 'AgendaItems', item.id)}/fields`, { DurationMinutes: 35 });
    expect(await store().status(forum, meeting)).toMatchObject({
      changed: true,
      nextRevision: 1,
      changes: [
        {
          kind: 'duration',
          number: 2,
          title: 'Fælles testindsats',
          from: 20,
          to: 35,
          slot: { start: expect.any(String), end: expect.any(String) },
        },
      ],
    });
    const generated = await store().generate(forum, meeting);
    expect(generated.changedSinceSent).toBe(true);
    expect(generated.pdf.name).toBe('Dagsorden 2026-10-29 (revideret).pdf');

    const [a, b] = await Promise.all([store().send(forum, meeting), store().send(forum, meeting)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimed-elsewhere', 'sent']);
    const revised = await agendaMails(TEST_PEOPLE.chair.mail, 'Revideret dagsorden:');
    expect(revised.map((m) => m.subject)).toEqual(['Revideret dagsorden: Teststyregruppen 29. oktober 2026']);
    expect(revised[0]?.body.content).toContain('<li>Punkt 2 „Fælles testindsats“: nu 35 min. (før 20 min.), kl. 09.10–09.45</li>');
    expect(await attachmentNames(revised[0]?.id ?? '')).toEqual(['Dagsorden 2026-10-29 (revideret).pdf']);
    expect(await agendaMails(TEST_PEOPLE.chair.mail, 'Dagsorden:')).toHaveLength(1);
    // The first agenda's file stays as the members got it; the revision's Word file says what changed.
    const folder = meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
    const xml = strFromU8(
      unzipSync(
        await graph.getBytes(
          `/sites/${forum.siteId}/drive/root:/${folder}/${encodeURIComponent('Dagsorden 2026-10-29 (revideret).docx')}:/content`,
        ),
      )['word/document.xml'] ?? new Uint8Array(),
    );
    expect(xml).toContain('Revideret dagsorden Teststyregruppen');
    expect(xml).toContain('Punkt 2 „Fælles testindsats“: nu 35 min. (før 20 min.), kl. 09.10–09.45');
    expect(await store().status(forum, meeting)).toMatchObject({ changed: false, nextRevision: 2, changes: [] });
  });

  it("a chair's own substitute is among the invited and gets the agenda; one a member named for someone else does not", async () => {
    const chair = { id: TEST_PEOPLE.chair.id, name: TEST_PEOPLE.chair.displayName, email: TEST_PEOPLE.chair.mail };
    const { graph: chairGraph } = await graphFor(sb, chair.email);
    expect(
      await new AttendanceStore(chairGraph, TEST_FORUMS.steering).nameSubstitute(
        meeting,
        chair.email,
        { name: 'Vibeke Vikar', email: 'vibeke.vikar@andetsted.example' },
        chair,
      ),
    ).toBe('added');
    const guest = await tokenFor(sb, TEST_PEOPLE.guest.mail);
    const forged = await call(sb, 'POST', `/sites/${forum.siteId}/lists/Substitutes/items`, {
      token: guest,
      body: { fields: { MeetingId: meeting.id, MemberEmail: TEST_PEOPLE.patient.mail, SubstituteEmail: 'gustavs.ven@andetsted.example' } },
    });
    expect(forged.status).toBe(201);

    const files = await store().generate(forum, meeting);
    expect(files.changedSinceSent).toBe(true);
    const folder = meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
    const xml = strFromU8(
      unzipSync(await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folder}/${encodeURIComponent(files.docx.name)}:/content`))[
        'word/document.xml'
      ] ?? new Uint8Array(),
    );
    expect(xml).toContain('vibeke.vikar@andetsted.example (stedfortræder for Cecilie Chair)');
    expect(xml).not.toContain('gustavs.ven@andetsted.example');

    await call(sb, 'DELETE', '/_sandbox/outbox');
    expect(await store().send(forum, meeting)).toMatchObject({
      outcome: 'sent',
      revised: true,
      revision: 2,
      changes: [{ kind: 'meeting' }],
    });
    const to = (await outbox('Revideret dagsorden nr. 2:')).flatMap((m) => m.to);
    expect(to).toContain('vibeke.vikar@andetsted.example');
    expect(to).not.toContain('gustavs.ven@andetsted.example');
  });

  it('an item moved after sending: the third send lists the move; sending again with nothing changed sends nothing', async () => {
    const welcome = await agendaItem('Velkomst');
    const joint = await agendaItem('Fælles testindsats');
    await graph.patch(`${listItemUrl(forum.siteId, 'AgendaItems', joint.id)}/fields`, { Number: 1 });
    await graph.patch(`${listItemUrl(forum.siteId, 'AgendaItems', welcome.id)}/fields`, { Number: 2 });
    const status = await store().status(forum, meeting);
    expect(status).toMatchObject({ changed: true, nextRevision: 3 });
    expect(status.changes.map(agendaChangeText)).toEqual([
      'Punkt 2 „Fælles testindsats“ er flyttet til punkt 1 (kl. 09.00–09.35)',
      'Punkt 2 starter 35 min. senere',
    ]);

    const sent = await store().send(forum, meeting);
    expect(sent).toMatchObject({ outcome: 'sent', revision: 3, subject: 'Revideret dagsorden nr. 3: Teststyregruppen 29. oktober 2026' });
    const mails = await agendaMails(TEST_PEOPLE.chair.mail, 'Revideret dagsorden nr. 3:');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body.content).toContain(
      '<li>Punkt 2 „Fælles testindsats“ er flyttet til punkt 1 (kl. 09.00–09.35)</li><li>Punkt 2 starter 35 min. senere</li>',
    );
    expect(await attachmentNames(mails[0]?.id ?? '')).toEqual(['Dagsorden 2026-10-29 (revideret 3).pdf']);

    expect(await store().status(forum, meeting)).toMatchObject({ changed: false, changes: [] });
    expect((await store().send(forum, meeting)).outcome).toBe('unchanged');
    expect(await agendaMails(TEST_PEOPLE.chair.mail, 'Revideret dagsorden')).toHaveLength(3);
  });
});
