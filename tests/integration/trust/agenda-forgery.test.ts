import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import { AgendaItemsChangedError } from '../../../src/store/agenda/agenda-api';
import { TEST_PEOPLE } from '../support/test-seed';
import { NOW } from '../minutes/minutes-support';
import { ATTACKERS, GERDA, OTTO, mailsSent, scene, write, type Scene } from './trust-support';

/**
 * The agenda is the secretariat's and the co-chairs' (docs/SECURITY.md): members read AgendaItems, the chairs order and
 * triage them. A member must not put an item of his own on the agenda the forum mails to everyone, nor rewrite one —
 * on a provisioned site the tenant refuses; on one without the permissions the app sends, generates and publishes
 * nothing from an agenda holding such an item until the secretariat has dealt with it.
 */

const AGENDA = 'Dagsorden';
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const agendaStore = (s: Scene) => new MeetingAgendaStore(s.graph, () => NOW);
const NAMES: Readonly<Record<string, string>> = { [OTTO.mail]: OTTO.displayName, [GERDA.mail]: GERDA.displayName };

/** The secretary's own item on the meeting's agenda. */
async function secretariatItem(s: Scene): Promise<string> {
  const made = await s.graph.post<{ id: string }>(`/sites/${s.forum.siteId}/lists/AgendaItems/items`, {
    fields: { Title: 'Status på KOL-forløbet', MeetingId: s.meeting.id, Number: 1, DurationMinutes: 20, Description: 'Sagsfremstilling.' },
  });
  return made.id;
}

const plantedItem = (s: Scene) => ({
  fields: { Title: 'Gratis kursus – tilmeld dig på www.udenfor.example', MeetingId: s.meeting.id, Number: 99, DurationMinutes: 5 },
});

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it('on a provisioned site the tenant refuses his item and his rewrite of one', async () => {
    t = await scene('provisioned');
    const first = { id: await secretariatItem(t) };
    const planted = await write(t, attacker, 'POST', '/lists/AgendaItems/items', plantedItem(t));
    const rewritten = await write(t, attacker, 'PATCH', `/lists/AgendaItems/items/${first.id}/fields`, { Title: 'Omskrevet' });
    expect([planted.status, rewritten.status]).toEqual([403, 403]);
  });

  it('on a site without the permissions his planted item stops the send, naming it and him; removed, the agenda goes', async () => {
    t = await scene('inherited');
    const planted = await write(t, attacker, 'POST', '/lists/AgendaItems/items', plantedItem(t));
    expect(planted.status).toBe(201);

    const refused = await agendaStore(t)
      .send(t.forum, t.meeting)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AgendaItemsChangedError);
    expect((refused as AgendaItemsChangedError).items).toEqual([
      { title: 'Gratis kursus – tilmeld dig på www.udenfor.example', by: NAMES[attacker] },
    ]);
    await expect(agendaStore(t).generate(t.forum, t.meeting)).rejects.toBeInstanceOf(AgendaItemsChangedError);
    expect(await mailsSent(t, AGENDA)).toEqual([]);

    // The secretary removes it: the agenda is the forum's again and goes out once.
    await t.graph.delete(`/sites/${t.forum.siteId}/lists/AgendaItems/items/${planted.id ?? ''}`);
    const sent = await agendaStore(t).send(t.forum, t.meeting);
    expect(sent.outcome).toBe('sent');
    expect((await mailsSent(t, AGENDA)).length).toBeGreaterThan(0);
  });

  it("on a site without the permissions his rewrite of the secretariat's item stops the send until she saves it as hers", async () => {
    t = await scene('inherited');
    const first = { id: await secretariatItem(t) };
    const rewritten = await write(t, attacker, 'PATCH', `/lists/AgendaItems/items/${first.id}/fields`, {
      Description: 'Ring til 90 90 90 90',
    });
    expect(rewritten.status).toBe(200);
    await expect(agendaStore(t).send(t.forum, t.meeting)).rejects.toBeInstanceOf(AgendaItemsChangedError);
    await t.graph.patch(`/sites/${t.forum.siteId}/lists/AgendaItems/items/${first.id}/fields`, { Description: 'Sagsfremstilling.' });
    expect((await agendaStore(t).send(t.forum, t.meeting)).outcome).toBe('sent');
  });
});

it("a co-chair's changes to the agenda (ordering it at the planning meeting) are the forum's: the agenda goes", async () => {
  t = await scene('inherited');
  const first = { id: await secretariatItem(t) };
  const ordered = await write(t, TEST_PEOPLE.chair.mail, 'PATCH', `/lists/AgendaItems/items/${first.id}/fields`, { Number: 7 });
  expect(ordered.status).toBe(200);
  expect((await agendaStore(t).send(t.forum, t.meeting)).outcome).toBe('sent');
});
