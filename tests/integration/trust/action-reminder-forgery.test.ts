import { ActionsStore } from '../../../src/store/actions/actions-store';
import { TEST_PEOPLE } from '../support/test-seed';
import { NOW } from '../minutes/minutes-support';
import { ATTACKERS, mailsSent, scene, write, type Scene } from './trust-support';

/**
 * The Actions list is where members mark their follow-up done, so members may add and edit its items even on a
 * provisioned site (docs/SECURITY.md). The forum's mailbox must not become a relay for that: the unattended run's
 * reminders go only for actions the secretariat created and changed last — not to an address, nor with a text, a
 * member wrote into one. Tried on a provisioned site, where the tenant lets both writes through.
 */

const REMINDER = 'Påmindelse:';
const OUTSIDE = 'modtager@udenfor.example';
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const today = NOW.toISOString().slice(0, 10);
const actions = (s: Scene) => new ActionsStore(s.graph, () => NOW);

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it("redirects the secretariat's action to an outside address, and adds one of his own: neither is mailed", async () => {
    t = await scene('provisioned');
    const real = await actions(t).create(t.forum, {
      title: 'Send forløbsbeskrivelsen til kommunerne',
      ownerEmail: TEST_PEOPLE.chair.mail,
      ownerName: 'Cecilie Chair',
      due: today,
      meetingId: t.meeting.id,
      correlationId: 'trust-action-1',
    });
    const redirected = await write(t, attacker, 'PATCH', `/lists/Actions/items/${real.id}/fields`, {
      OwnerEmail: OUTSIDE,
      Notes: 'Køb billige piller på www.udenfor.example',
    });
    const invented = await write(t, attacker, 'POST', '/lists/Actions/items', {
      fields: {
        Title: 'Klik her',
        OwnerEmail: OUTSIDE,
        OwnerName: 'Modtager',
        Due: `${today}T00:00:00Z`,
        MeetingId: t.meeting.id,
        Status: 'open',
        CorrelationId: 'trust-action-2',
      },
    });
    // The tenant lets members edit and add actions: the app's own check is what stands.
    expect([redirected.status, invented.status]).toEqual([200, 201]);

    const report = await actions(t).remindDue(t.forum, NOW);
    expect(report.sent).toEqual([]);
    expect(await mailsSent(t, REMINDER)).toEqual([]);
  });
});

it("mails the reminder of the secretariat's own action, untouched (the check lets the real thing through)", async () => {
  t = await scene('provisioned');
  await actions(t).create(t.forum, {
    title: 'Send forløbsbeskrivelsen til kommunerne',
    ownerEmail: TEST_PEOPLE.chair.mail,
    ownerName: 'Cecilie Chair',
    due: today,
    meetingId: t.meeting.id,
    correlationId: 'trust-action-3',
  });
  const report = await actions(t).remindDue(t.forum, NOW);
  expect(report.sent.map((a) => a.ownerEmail)).toEqual([TEST_PEOPLE.chair.mail.toLowerCase()]);
  expect((await mailsSent(t, REMINDER)).length).toBe(1);
});
