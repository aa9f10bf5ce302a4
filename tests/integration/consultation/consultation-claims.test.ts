import type { Consultation } from '../../../src/domain/consultation/consultation-types';
import type { Forum } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { ConsultationStore } from '../../../src/store/consultation/consultation-store';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { loadForum, MAILBOX, secretaryGraph } from '../intake/intake-support';
import { dyingGraph, ProcessDied } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { consultationSeed, TEST_PEOPLE } from './consultation-support';

/**
 * Sending a consultation is an owned claim: two secretaries (or tabs) pressing Send at once mail each recipient once;
 * an attempt that dies part-way leaves its claim, which blocks a press a minute later ('claimed-elsewhere', nothing
 * sent) and is taken over after the timeout — the members it already mailed are found by their correlation ids and
 * not mailed again, the rest get theirs once.
 */
const T0 = new Date('2026-10-01T08:00:00Z');
const MINUTE = 60_000;
const at = (minutes: number) => () => new Date(T0.getTime() + minutes * MINUTE);

let sb: TestSandbox;
let graph: Graph;
let forum: Forum;

beforeAll(async () => {
  sb = await startTestSandbox(consultationSeed, { now: () => T0 });
  graph = secretaryGraph(sb);
  forum = await loadForum(graph);
});
afterAll(() => sb.dispose());

const recipients = () =>
  forum.members
    .filter((m) => m.role === 'member' || m.role === 'chair')
    .map((m) => ({ memberId: m.id, name: m.name, email: m.email, organisation: m.organisation }));

/** A consultation the chair has signed off, ready for the secretariat to send. */
async function signedOff(correlationId: string, title: string): Promise<Consultation> {
  const started = await new ConsultationStore(graph, at(0)).start(forum, {
    correlationId,
    title,
    question: 'Ok?',
    recommendations: [],
    description: '',
    deadline: '2026-10-08T10:00:00Z',
    recipients: recipients(),
    signOffRequired: true,
  });
  expect(started.outcome).toBe('awaiting-sign-off');
  const chair = new ConsultationStore((await graphFor(sb, TEST_PEOPLE.chair.mail)).graph, at(0));
  return chair.signOff(forum, started.consultation, {
    id: TEST_PEOPLE.chair.id,
    name: TEST_PEOPLE.chair.displayName,
    email: TEST_PEOPLE.chair.mail,
  });
}

/** Who the forum mailbox mailed the consultation to (its Sent Items: one mail per recipient), sorted, duplicates kept. */
async function mailedTo(c: Consultation): Promise<string[]> {
  const items = await graph.all<{ subject: string; toRecipients: { emailAddress: { address: string } }[] }>(
    `/users/${encodeURIComponent(MAILBOX)}/mailFolders/sentitems/messages?$select=subject,toRecipients&$top=200`,
  );
  return items
    .filter((m) => m.subject.startsWith(`[Høring ${c.reference}]`))
    .flatMap((m) => m.toRecipients.map((r) => r.emailAddress.address.toLowerCase()))
    .sort();
}
const everyoneOnce = () =>
  recipients()
    .map((r) => r.email.toLowerCase())
    .sort();

describe('sending a consultation, claimed', () => {
  it('two secretaries press Send at once: one sends, each of the 12 recipients gets one mail', async () => {
    const c = await signedOff('claims-two', 'To på én gang');
    const colleague = new ConsultationStore(secretaryGraph(sb), at(0));
    const [a, b] = await Promise.all([new ConsultationStore(graph, at(0)).send(forum, c), colleague.send(forum, c)]);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimed-elsewhere', 'sent']);
    expect(a.sentNow + b.sentNow).toBe(12);
    expect(await mailedTo(c)).toEqual(everyoneOnce());
  });

  it('an attempt that dies after 5 of 12 mails: a press a minute later is claimed-elsewhere; after the timeout the next takes over and mails only the 7 others', async () => {
    const c = await signedOff('claims-dead', 'Afbrudt udsendelse');
    const isSend = (r: { method: string; url: string }): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);
    await expect(new ConsultationStore(dyingGraph(graph, isSend, 5), at(0)).send(forum, c)).rejects.toBeInstanceOf(ProcessDied);
    const firstFive = await mailedTo(c);
    expect(firstFive).toHaveLength(5);

    // A minute later the dead attempt's claim is fresh: nothing is sent, and it is not yet stuck.
    expect(await new ConsultationStore(graph, at(1)).send(forum, c)).toMatchObject({ outcome: 'claimed-elsewhere', sentNow: 0 });
    expect(await mailedTo(c)).toEqual(firstFive);
    expect(await stuckSteps(graph, forum, at(1)())).toEqual([]);
    // Past the timeout it is stuck, and listed.
    expect(await stuckSteps(graph, forum, at(11)())).toEqual([
      expect.objectContaining({
        step: 'consultation-send',
        list: 'Consultations',
        itemId: c.id,
        title: 'Afbrudt udsendelse',
        since: T0.toISOString(),
        resumable: true,
      }),
    ]);

    const takeover = await new ConsultationStore(secretaryGraph(sb), at(11)).send(forum, c);
    expect(takeover).toMatchObject({ outcome: 'sent', sentNow: 7 });
    expect(takeover.consultation.sentTo.map((e) => e.toLowerCase()).sort()).toEqual(everyoneOnce());
    expect(await mailedTo(c)).toEqual(everyoneOnce());
    expect(await stuckSteps(graph, forum, at(11)())).toEqual([]);
    expect((await new ConsultationStore(graph, at(12)).load(forum, c.id)).claim).toBeUndefined();
  });
});
