import { ConflictError } from '../../../src/store/failures';
import { createSubmission } from '../../../src/store/submission-create';
import { createPlanningStore } from '../../../src/store/planning/planning-store';
import type { PlanningApi, PlanningData, PlanningForum } from '../../../src/store/planning/planning-types';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { MEETING_IDS, planningSeed, SUBMISSION_IDS } from './planning-seed';

/**
 * The planning view's store against the sandbox over HTTP: opening it is one `$batch`; accepting creates one agenda
 * item however often it is retried or by how many chairs at once; deferring and declining move the submission and
 * mail its sender exactly once; a reorder on a stale eTag is refused and leaves the numbers as they were.
 */

const NOW = new Date('2026-10-10T08:00:00Z');
const forum: PlanningForum = {
  ...TEST_FORUMS.steering,
  name: 'Teststyregruppen',
  shortName: 'TSG',
  mailbox: 'tsg-sekretariat@testregion.example',
};
let sb: TestSandbox;

interface Outgoing {
  to: string[];
  subject: string;
}
async function outboxTo(address: string): Promise<Outgoing[]> {
  const res = await call<{ value: Outgoing[] }>(sb, 'GET', `/_sandbox/outbox?to=${encodeURIComponent(address)}`);
  return res.body.value;
}

async function storeAs(user: string): Promise<{ store: PlanningApi; roundTrips: () => number; reset: () => void }> {
  const { graph, wire } = await graphFor(sb, user);
  return { store: createPlanningStore(graph, forum), roundTrips: () => wire.bursts, reset: () => wire.reset() };
}

const titles = (d: PlanningData) => d.agenda.map((i) => i.title);

beforeAll(async () => {
  sb = await startTestSandbox(planningSeed, { now: () => NOW });
});
afterAll(() => sb.dispose());

describe('opening the planning view', () => {
  it('is one round trip for the meeting asked for, two when the next meeting must be found first', async () => {
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    const data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    expect(chair.roundTrips()).toBe(1);
    expect(data.meeting?.id).toBe(MEETING_IDS.m2);
    expect(data.meetings.map((m) => m.title)).toEqual(['Styregruppemøde 2', 'Styregruppemøde 3']);
    expect(titles(data)).toEqual(['Velkomst', 'Fælles testindsats']);
    expect(data.standingAdded).toBe(0);
    expect(data.incoming.map((s) => s.id)).toEqual([SUBMISSION_IDS.natordning, SUBMISSION_IDS.kol, SUBMISSION_IDS.paarorende]);
    expect(data.accepted.map((s) => s.id)).toEqual([SUBMISSION_IDS.accepted]);

    chair.reset();
    const next = await chair.store.load({ now: NOW });
    expect(next.meeting?.id).toBe(MEETING_IDS.m2);
    expect(chair.roundTrips()).toBe(2);
  });

  it('adds the standing items once to an agenda without any, even when two people open it at once', async () => {
    const [a, b] = await Promise.all([storeAs(TEST_PEOPLE.chair.mail), storeAs(TEST_PEOPLE.secretary.mail)]);
    const [da, db] = await Promise.all([
      a.store.load({ meetingId: MEETING_IDS.m3, now: NOW }),
      b.store.load({ meetingId: MEETING_IDS.m3, now: NOW }),
    ]);
    expect(da.standingAdded + db.standingAdded).toBeGreaterThanOrEqual(5);
    const again = await a.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    expect(again.standingAdded).toBe(0);
    expect(titles(again)).toEqual([
      'Velkomst og godkendelse af dagsorden',
      'Opfølgning på beslutninger',
      'Punkter til kommende møder',
      'Skriftlige orienteringspunkter',
      'Eventuelt',
    ]);
    expect(again.agenda.map((i) => i.standingKey)).toEqual([
      'welcome',
      'actions-follow-up',
      'coming-meetings',
      'written-briefings',
      'any-other-business',
    ]);
  });
});

describe('deciding on submissions', () => {
  it('accepting creates one agenda item, even when retried and by two chairs at once, and mails the sender once', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    const other = await storeAs(TEST_PEOPLE.secretary.mail);
    const data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    const kol = data.incoming.find((s) => s.id === SUBMISSION_IDS.kol);
    const meeting = data.meeting;
    if (!kol || !meeting) throw new Error('seed: KOL submission or meeting 2 missing');

    const [first, second] = await Promise.all([chair.store.accept(kol, meeting), other.store.accept(kol, meeting)]);
    const retried = await chair.store.accept(kol, meeting); // the same stale submission again, as a retry would
    expect(first.agendaItemId).toBeTruthy();
    expect(new Set([first.agendaItemId, second.agendaItemId, retried.agendaItemId]).size).toBe(1);
    expect([first.mail, second.mail, retried.mail].filter((m) => m === 'sent')).toHaveLength(1);

    const after = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    expect(after.agenda.filter((i) => i.submissionId === kol.id)).toHaveLength(1);
    expect(after.incoming.map((s) => s.id)).not.toContain(kol.id);
    expect(after.accepted.find((s) => s.id === kol.id)).toMatchObject({
      status: 'accepted',
      meetingId: MEETING_IDS.m2,
      decisionNotified: `accepted:${MEETING_IDS.m2}`,
    });
    const mails = await outboxTo(TEST_PEOPLE.guest.mail);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Dit punkt er sat på dagsordenen: Fælles indsats for borgere med KOL');
  });

  it('deferring moves the submission to the later meeting’s backlog and mails the sender once', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    const data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    const sub = data.incoming.find((s) => s.id === SUBMISSION_IDS.paarorende);
    const later = data.meetings.find((m) => m.id === MEETING_IDS.m3);
    if (!sub || !later) throw new Error('seed: submission or meeting 3 missing');
    const result = await chair.store.defer(sub, later, 'Afventer pårørendeundersøgelsen.');
    const retried = await chair.store.defer(sub, later, 'Afventer pårørendeundersøgelsen.');
    expect([result.mail, retried.mail]).toEqual(['sent', 'already-sent']);

    const after = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    expect(after.incoming.map((s) => s.id)).not.toContain(sub.id);
    expect(after.backlog.find((s) => s.id === sub.id)).toMatchObject({
      status: 'deferred',
      meetingId: MEETING_IDS.m3,
      decisionReason: 'Afventer pårørendeundersøgelsen.',
    });
    const inM3 = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    expect(inM3.incoming.map((s) => s.id)).toContain(sub.id);
    const mails = await outboxTo(TEST_PEOPLE.patient.mail);
    expect(mails.map((m) => m.subject)).toEqual(['Dit punkt er udsat: Pårørende ved udskrivelse (TSG-0003)']);
  });

  it('declining needs a reason, records it, and mails the sender once; an accepted item leaves the agenda', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    let data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    const sub = data.incoming.find((s) => s.id === SUBMISSION_IDS.natordning);
    const meeting = data.meeting;
    if (!sub || !meeting) throw new Error('seed: deferred submission missing');
    await expect(chair.store.decline(sub, '   ')).rejects.toThrow(RangeError);

    await chair.store.accept(sub, meeting);
    data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    const accepted = data.accepted.find((s) => s.id === sub.id);
    if (!accepted) throw new Error('not accepted');
    expect(data.agenda.some((i) => i.submissionId === sub.id)).toBe(true);

    const result = await chair.store.decline(accepted, 'Hører under temagruppen.');
    expect(result.mail).toBe('sent');
    const again = await chair.store.decline(accepted, 'Hører under temagruppen.');
    expect(again.mail).toBe('already-sent');
    data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    expect(data.agenda.some((i) => i.submissionId === sub.id)).toBe(false);
    expect([...data.incoming, ...data.backlog, ...data.accepted].some((s) => s.id === sub.id)).toBe(false);
    const subjects = (await outboxTo(TEST_PEOPLE.patient.mail)).map((m) => m.subject);
    expect(subjects.filter((s) => s.startsWith('Dit punkt kommer ikke på dagsordenen'))).toHaveLength(1);
    expect(subjects.filter((s) => s.startsWith('Dit punkt er sat på dagsordenen'))).toHaveLength(1);
  });
});

describe('ordering the agenda', () => {
  it('reorders in one $batch; a stale eTag is a ConflictError and nothing is half-written', async () => {
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    const other = await storeAs(TEST_PEOPLE.secretary.mail);
    const data = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    const before = data.agenda.map((i) => [i.id, i.number]);
    const [a, b, c, d, ...rest] = data.agenda;
    if (!a || !b || !c || !d) throw new Error('agenda of meeting 3 has fewer than four items');

    // Someone edits the second item: our copy of it is stale. Swapping it with the third writes the third's new number
    // first (it succeeds), then the second's (refused): the first write must be put back.
    await other.store.updateItem(b, { presenter: 'Cecilie Chair' });
    await expect(chair.store.reorder([a, c, b, d, ...rest])).rejects.toBeInstanceOf(ConflictError);
    const after = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    expect(after.agenda.map((i) => [i.id, i.number])).toEqual(before);

    chair.reset();
    await chair.store.reorder([after.agenda[0], after.agenda[2], after.agenda[1], ...after.agenda.slice(3)].filter((x) => x !== undefined));
    expect(chair.roundTrips()).toBe(1);
    const moved = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    expect(moved.agenda.map((i) => i.id)).toEqual([a.id, c.id, b.id, d.id, ...rest.map((i) => i.id)]);
    expect(moved.agenda.map((i) => i.number)).toEqual(moved.agenda.map((_i, n) => n + 1));
    expect(moved.agenda[2]?.presenter).toBe('Cecilie Chair');
  });

  it('sets presenter and minutes per item, eTag-guarded, and removes an item closing the gap', async () => {
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    const data = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    const item = data.agenda[0];
    if (!item) throw new Error('empty agenda');
    await chair.store.updateItem(item, { presenter: 'Sofie Sekretær', durationMinutes: 20 });
    await expect(chair.store.updateItem(item, { durationMinutes: 25 })).rejects.toBeInstanceOf(ConflictError);
    const after = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    expect(after.agenda[0]).toMatchObject({ presenter: 'Sofie Sekretær', durationMinutes: 20 });

    const second = after.agenda[1];
    if (!second) throw new Error('short agenda');
    await chair.store.removeItem(second, after.agenda);
    const removed = await chair.store.load({ meetingId: MEETING_IDS.m3, now: NOW });
    expect(removed.agenda.map((i) => i.number)).toEqual(after.agenda.slice(1).map((_i, n) => n + 1));
    expect(removed.agenda.some((i) => i.id === second.id)).toBe(false);
    expect(removed.standingAdded).toBe(0);
    if (!removed.meeting) throw new Error('no meeting');
    expect(await chair.store.addStandingItems(removed.meeting, removed.agenda)).toBe(1);
  });
});

describe('a decision mail whose answer is lost after it went', () => {
  it.each([
    ['its send', '/send$'],
    ['its draft', '/messages$'],
    ['the $batch carrying its draft', '^/\\$batch$'],
  ])('goes once when the connection drops after %s', async (_what, path) => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const chair = await storeAs(TEST_PEOPLE.chair.mail);
    const { graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    const title = `Tabt svar på ${path}`;
    const { submission } = await createSubmission(
      graph,
      TEST_FORUMS.steering,
      {
        internetMessageId: `<tabt.${Date.now()}.${path.length}@afsender.example>`,
        title,
        senderName: TEST_PEOPLE.patient.displayName,
        senderAddress: TEST_PEOPLE.patient.mail,
        receivedAt: '2026-10-07T08:00:00Z',
        recommendations: [],
        description: '',
        attachments: [],
        source: 'form',
        unknownSender: false,
        receipt: 'off',
        meetingId: MEETING_IDS.m2,
      },
      'TSG',
    );
    const data = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    const fresh = data.incoming.find((s) => s.id === submission.id);
    if (!fresh) throw new Error('the new submission is not among the incoming');
    expect(
      (
        await call(sb, 'POST', '/_sandbox/faults', {
          body: { match: { method: 'POST', path }, fault: { kind: 'act-then-drop' }, count: 1 },
        })
      ).status,
    ).toBe(201);

    const result = await chair.store.decline(fresh, 'Hører under temagruppen.');
    await call(sb, 'DELETE', '/_sandbox/faults');
    expect(result.mail).toBe('sent');
    const mails = (await outboxTo(TEST_PEOPLE.patient.mail)).filter((m) => m.subject.includes(title));
    expect(mails).toHaveLength(1);
    // The lost draft was found and sent, not left behind beside a second one.
    const drafts = await graph.all<{ subject?: string }>(
      `/users/${encodeURIComponent(forum.mailbox)}/mailFolders/drafts/messages?$select=subject`,
    );
    expect(drafts.filter((d) => d.subject?.includes(title))).toEqual([]);
    const after = await chair.store.load({ meetingId: MEETING_IDS.m2, now: NOW });
    expect([...after.incoming, ...after.backlog].some((s) => s.id === submission.id)).toBe(false);
  });
});
