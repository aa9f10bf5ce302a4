import type { Consultation } from '../../../src/domain/consultation/consultation-types';
import type { SignedInUser } from '../../../src/domain/types';
import { ConsultationStore } from '../../../src/store/consultation/consultation-store';
import { graphFor } from '../support/graph-for';
import { TEST_PEOPLE } from '../support/test-seed';
import { NOW } from '../minutes/minutes-support';
import { ATTACKERS, GERDA, OTTO, scene, write, type Scene } from './trust-support';

/**
 * Issue 13's sign-off forgery: a written consultation that needs the co-chairs' sign-off goes out only with it. As an
 * ordinary member and as a guest: the tenant refuses changing the consultation or another's sign-off (403); without the
 * permissions, the app sends nothing the secretariat did not write, and counts only a co-chair's own, untouched
 * sign-off of this very content. A member may write a sign-off record of their own — it counts for nobody.
 */

const DEADLINE = '2026-04-10T10:00:00Z';
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const person = (p: { id: string; displayName: string; mail: string }): SignedInUser => ({ id: p.id, name: p.displayName, email: p.mail });
const CECILIE = person(TEST_PEOPLE.chair);
const GUSTAV = person(TEST_PEOPLE.guest);
const recipients = [OTTO, GERDA, TEST_PEOPLE.patient].map((p, i) => ({ memberId: String(i), name: p.displayName, email: p.mail }));

async function storeAs(s: Scene, user: string): Promise<ConsultationStore> {
  return new ConsultationStore((await graphFor(s.sb, user)).graph, () => NOW);
}

async function started(s: Scene, correlationId: string, title: string): Promise<Consultation> {
  const result = await (
    await storeAs(s, TEST_PEOPLE.secretary.mail)
  ).start(s.forum, {
    correlationId,
    title,
    question: 'Kan styregruppen godkende?',
    recommendations: ['at styregruppen godkender'],
    description: 'Sagen.',
    deadline: DEADLINE,
    recipients,
    signOffRequired: true,
  });
  expect(result.outcome).toBe('awaiting-sign-off');
  return result.consultation;
}

/** What the consultation sent: requests in the forum mailbox's Sent Items and the outbox. */
async function sentFor(s: Scene, c: Consultation): Promise<number> {
  const secretary = await storeAs(s, TEST_PEOPLE.secretary.mail);
  return (await secretary.load(s.forum, c.id)).sentTo.length;
}

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it('turning the sign-off off in the consultation: the tenant refuses; without the permissions the app refuses to send it', async () => {
    for (const mode of ['provisioned', 'inherited'] as const) {
      t = await scene(mode);
      const c = await started(t, `c-off-${mode}`, 'Uden godkendelse');
      const forged = await write(t, attacker, 'PATCH', `/lists/Consultations/items/${c.id}/fields`, { SignOffRequired: false });
      const secretary = await storeAs(t, TEST_PEOPLE.secretary.mail);
      if (mode === 'provisioned') {
        expect(forged.status).toBe(403);
        expect((await secretary.send(t.forum, c)).outcome).toBe('awaiting-sign-off');
      } else {
        expect(forged.status).toBe(200);
        expect(await secretary.send(t.forum, c)).toMatchObject({ outcome: 'refused', reason: 'not-secretariats' });
      }
      expect(await sentFor(t, c)).toBe(0);
      await t.sb.dispose();
      t = undefined;
    }
  });

  it("moving a co-chair's sign-off of another consultation onto this one: the tenant refuses; without the permissions it no longer counts", async () => {
    for (const mode of ['provisioned', 'inherited'] as const) {
      t = await scene(mode);
      const earlier = await started(t, `c-earlier-${mode}`, 'En tidligere høring');
      const target = await started(t, `c-target-${mode}`, 'Den aktuelle høring');
      const cecilie = await storeAs(t, CECILIE.email);
      const signedEarlier = await cecilie.signOff(t.forum, earlier, CECILIE);
      const record = signedEarlier.signOffs.find((s) => s.email === CECILIE.email);
      const forged = await write(t, attacker, 'PATCH', `/lists/SignOffs/items/${record?.id ?? ''}/fields`, {
        ConsultationId: target.id,
        ContentHash: target.contentHash,
      });
      await (await storeAs(t, GUSTAV.email)).signOff(t.forum, target, GUSTAV);
      expect(forged.status).toBe(mode === 'provisioned' ? 403 : 200);
      const secretary = await storeAs(t, TEST_PEOPLE.secretary.mail);
      expect((await secretary.send(t.forum, target)).outcome).toBe('awaiting-sign-off');
      expect(await sentFor(t, target)).toBe(0);
      await t.sb.dispose();
      t = undefined;
    }
  });

  it('a sign-off record of his own counts for nobody; with both co-chairs’ own sign-offs the consultation goes out once', async () => {
    t = await scene('provisioned');
    const c = await started(t, 'c-own', 'Med begge formænd');
    const own = await write(t, attacker, 'POST', '/lists/SignOffs/items', {
      fields: { Title: c.reference, ConsultationId: c.id, ContentHash: c.contentHash, Decision: 'approved' },
    });
    expect(own.status).toBe(201);
    await (await storeAs(t, CECILIE.email)).signOff(t.forum, c, CECILIE);
    const secretary = await storeAs(t, TEST_PEOPLE.secretary.mail);
    expect((await secretary.send(t.forum, c)).outcome).toBe('awaiting-sign-off');
    await (await storeAs(t, GUSTAV.email)).signOff(t.forum, c, GUSTAV);
    expect(await secretary.send(t.forum, c)).toMatchObject({ outcome: 'sent', sentNow: recipients.length });
    expect((await secretary.send(t.forum, c)).sentNow).toBe(0);
  });

  it("another member's answer written by him: the tenant refuses; without the permissions it is not counted", async () => {
    for (const mode of ['provisioned', 'inherited'] as const) {
      t = await scene(mode);
      const c = await started(t, `c-reply-${mode}`, 'Svar i andres navn');
      await (await storeAs(t, CECILIE.email)).signOff(t.forum, c, CECILIE);
      await (await storeAs(t, GUSTAV.email)).signOff(t.forum, c, GUSTAV);
      const secretary = await storeAs(t, TEST_PEOPLE.secretary.mail);
      expect((await secretary.send(t.forum, c)).outcome).toBe('sent');
      const forged = await write(t, attacker, 'POST', '/lists/ConsultationReplies/items', {
        fields: {
          Title: c.reference,
          ConsultationRef: c.reference,
          SenderAddress: TEST_PEOPLE.patient.mail,
          SenderName: TEST_PEOPLE.patient.displayName,
          Verdict: 'objection',
          Comment: 'Imod.',
          ReceivedAt: '2026-03-21T09:00:00Z',
          InternetMessageId: `<forged-${mode}@udenfor.example>`,
        },
      });
      expect(forged.status).toBe(mode === 'provisioned' ? 403 : 201);
      const { tally, replies } = await secretary.overview(t.forum, await secretary.load(t.forum, c.id));
      expect(replies).toEqual([]);
      expect(tally.answered).toBe(0);
      await t.sb.dispose();
      t = undefined;
    }
  });
});
