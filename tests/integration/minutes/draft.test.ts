import { strFromU8, unzipSync } from 'fflate';
import type { MinutesAttendee } from '../../../src/domain/minutes/minutes-content';
import type { Seed, SeedForum } from '../../../src/sandbox/seed/types';
import { AttendanceStore } from '../../../src/store/attendance-store';
import { ForumStore } from '../../../src/store/forum-stores';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import { MinutesVersionsStore } from '../../../src/store/minutes/minutes-versions-store';
import { createMinutesDraftStore } from '../../../src/store/minutes/draft-store';
import {
  AttendanceConflictError,
  MinutesItemConflictError,
  type MinutesDraft,
  type MinutesDraftApi,
  type MinutesForum,
} from '../../../src/store/minutes/draft-types';
import { graphFor, type WireWatch } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The minutes editor's store against the sandbox over HTTP, with two real users' tokens: the draft of the held
 * meeting 1 opens prefilled from its agenda and the invitation's answers in one round trip; two editors saving the
 * same agenda item — the second gets a conflict carrying the first one's text, and saves both texts on the fresh
 * eTag; two editors on different items both save; the attendance is saved with If-Match.
 */

const [steering, ...rest] = testSeed.forums;
if (!steering) throw new Error('test seed without forums');
const withMinutesAgenda: SeedForum = {
  ...steering,
  agendas: {
    ...steering.agendas,
    m1: [
      {
        title: 'Velkomst og godkendelse af dagsorden',
        durationMinutes: 10,
        recommendations: ['at dagsordenen godkendes'],
        description: '',
        standing: true,
      },
      {
        title: 'Fælles testindsats',
        presenter: 'Gustav Gæst',
        durationMinutes: 20,
        recommendations: ['at styregruppen drøfter indsatsen', 'at styregruppen beslutter næste skridt'],
        description: 'Indsatsen.',
      },
      {
        title: 'Skriftlige orienteringspunkter',
        durationMinutes: 5,
        recommendations: ['at orienteringerne tages til efterretning'],
        description: '',
        standing: true,
      },
      { title: 'Eventuelt', durationMinutes: 5, recommendations: [], description: '', standing: true },
    ],
  },
};
const seed: Seed = { ...testSeed, forums: [withMinutesAgenda, ...rest] };
/** Meetings item ids in seed order: m1-planning 1, m1 2. */
const M1 = '2';
const forum: MinutesForum = { ...TEST_FORUMS.steering, name: 'Teststyregruppen', shortName: 'TSG' };

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox(seed, { now: () => new Date('2026-03-20T08:00:00Z') });
});
afterAll(() => sb.dispose());

async function editorAs(user: string): Promise<{ store: MinutesDraftApi; wire: WireWatch }> {
  const { graph, wire } = await graphFor(sb, user);
  return { store: createMinutesDraftStore(graph), wire };
}

const itemNamed = (draft: MinutesDraft, title: string) => {
  const item = draft.content.items.find((i) => i.title === title);
  if (!item) throw new Error(`no item ${title}`);
  return { item, etag: draft.itemEtags[item.agendaItemId] ?? '' };
};

describe('opening the draft minutes', () => {
  it('is prefilled from the agenda and the invitation answers, in one round trip when the event is known', async () => {
    const { store, wire } = await editorAs(TEST_PEOPLE.secretary.mail);
    const first = await store.load(forum, M1);
    expect(first.meeting.eventId).toBeTruthy();
    expect(wire.bursts).toBe(2);

    wire.reset();
    const draft = await store.load(forum, first.meeting);
    expect(wire.bursts).toBe(1);
    expect(draft.content.meetingTitle).toBe('Styregruppemøde 1');
    expect(draft.content.items.map((i) => [i.number, i.title, i.standingKey])).toEqual([
      [1, 'Velkomst og godkendelse af dagsorden', 'welcome'],
      [2, 'Fælles testindsats', undefined],
      [3, 'Skriftlige orienteringspunkter', 'written-briefings'],
      [4, 'Eventuelt', 'any-other-business'],
    ]);
    expect(itemNamed(draft, 'Fælles testindsats').item).toMatchObject({
      presenter: 'Gustav Gæst',
      recommendations: ['at styregruppen drøfter indsatsen', 'at styregruppen beslutter næste skridt'],
      referat: '',
      beslutning: '',
    });

    const presence = Object.fromEntries(draft.content.attendance.map((a) => [a.email, a.presence]));
    // The seeded answers of a held meeting: everyone accepted except one member who sent apologies.
    expect(presence).toEqual({
      [TEST_PEOPLE.chair.mail]: 'room',
      [TEST_PEOPLE.secretary.mail]: 'room',
      [TEST_PEOPLE.guest.mail]: 'room',
      [TEST_PEOPLE.patient.mail]: 'apology',
    });
    expect(draft.content.attendance.find((a) => a.email === TEST_PEOPLE.chair.mail)?.chair).toBe(true);
    expect(draft.attendanceSaved).toBe(false);
  });

  it("prefills a member's substitute from their own record, in the same round trip; one a member wrote for someone else is left out", async () => {
    const { store, wire } = await editorAs(TEST_PEOPLE.secretary.mail);
    const { meeting } = await store.load(forum, M1);
    const chair = { id: TEST_PEOPLE.chair.id, name: TEST_PEOPLE.chair.displayName, email: TEST_PEOPLE.chair.mail };
    const { graph: chairGraph } = await graphFor(sb, chair.email);
    expect(
      await new AttendanceStore(chairGraph, TEST_FORUMS.steering).nameSubstitute(meeting, chair.email, TEST_PEOPLE.outsider.mail, chair),
    ).toBe('added');
    const { graph: guestGraph } = await graphFor(sb, TEST_PEOPLE.guest.mail);
    await guestGraph.post(`/sites/${forum.siteId}/lists/Substitutes/items`, {
      fields: { MeetingId: M1, MemberEmail: TEST_PEOPLE.patient.mail, SubstituteEmail: 'gustavs.ven@testkommune.example' },
    });

    wire.reset();
    const draft = await store.load(forum, meeting);
    expect(wire.bursts).toBe(1);
    expect(draft.meeting.substitutes).toEqual({ [TEST_PEOPLE.chair.mail]: TEST_PEOPLE.outsider.mail });
    // Invited only now, the substitute has not answered: the secretariat sets how they took part.
    expect(draft.content.attendance.find((a) => a.email === TEST_PEOPLE.outsider.mail)).toMatchObject({
      substituteFor: TEST_PEOPLE.chair.mail,
    });
    expect(draft.content.attendance.map((a) => a.email)).not.toContain('gustavs.ven@testkommune.example');
  });
});

describe('two editors', () => {
  it('saving the same item: the second gets a conflict with the first one’s text, and no text is lost', async () => {
    const [a, b] = await Promise.all([editorAs(TEST_PEOPLE.secretary.mail), editorAs(TEST_PEOPLE.chair.mail)]);
    const [da, db] = await Promise.all([a.store.load(forum, M1), b.store.load(forum, M1)]);
    const itemA = itemNamed(da, 'Eventuelt');
    const itemB = itemNamed(db, 'Eventuelt');
    expect(itemA.etag).toBe(itemB.etag);

    const savedA = await a.store.saveItemField(forum, itemA.item.agendaItemId, 'referat', 'Sofie: intet under eventuelt.', itemA.etag);
    expect(savedA.etag).not.toBe(itemA.etag);

    const conflict = await b.store
      .saveItemField(forum, itemB.item.agendaItemId, 'referat', 'Cecilie: næste møde flyttes.', itemB.etag)
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(MinutesItemConflictError);
    const c = conflict as MinutesItemConflictError;
    expect(c.current.referat).toBe('Sofie: intet under eventuelt.');
    expect(c.etag).toBe(savedA.etag);
    expect(c.changedBy.email).toBe(TEST_PEOPLE.secretary.mail);

    // B keeps both on the fresh eTag; A's next save on its own (now stale) eTag is refused in turn.
    const both = `Cecilie: næste møde flyttes.\n\n${c.current.referat}`;
    await b.store.saveItemField(forum, itemB.item.agendaItemId, 'referat', both, c.etag);
    await expect(a.store.saveItemField(forum, itemA.item.agendaItemId, 'referat', 'overwrite', savedA.etag)).rejects.toBeInstanceOf(
      MinutesItemConflictError,
    );

    const reread = itemNamed(await a.store.load(forum, M1), 'Eventuelt').item;
    expect(reread.referat).toContain('Sofie: intet under eventuelt.');
    expect(reread.referat).toContain('Cecilie: næste møde flyttes.');
  });

  it('saving different items: both are saved', async () => {
    const [a, b] = await Promise.all([editorAs(TEST_PEOPLE.secretary.mail), editorAs(TEST_PEOPLE.chair.mail)]);
    const [da, db] = await Promise.all([a.store.load(forum, M1), b.store.load(forum, M1)]);
    const welcome = itemNamed(da, 'Velkomst og godkendelse af dagsorden');
    const common = itemNamed(db, 'Fælles testindsats');
    await Promise.all([
      a.store.saveItemField(forum, welcome.item.agendaItemId, 'beslutning', 'Dagsordenen blev godkendt.', welcome.etag),
      b.store.saveItemField(forum, common.item.agendaItemId, 'beslutning', 'Styregruppen tiltræder indstillingen.', common.etag),
    ]);
    const after = await a.store.load(forum, M1);
    expect(itemNamed(after, 'Velkomst og godkendelse af dagsorden').item.beslutning).toBe('Dagsordenen blev godkendt.');
    expect(itemNamed(after, 'Fælles testindsats').item.beslutning).toBe('Styregruppen tiltræder indstillingen.');
  });

  it('saves the attendance with If-Match: a stale eTag gets the saved list back', async () => {
    // Two sessions of the secretariat (two tabs): the attendance is on the Meetings item, which only the group's owners write.
    const [a, b] = await Promise.all([editorAs(TEST_PEOPLE.secretary.mail), editorAs(TEST_PEOPLE.secretary.mail)]);
    const [da, db] = await Promise.all([a.store.load(forum, M1), b.store.load(forum, M1)]);
    const guest: MinutesAttendee = { email: 'gitte@gaest.example', name: 'Gitte Gæst', organisation: 'Gæsteby', presence: 'guest' };
    const mine = [
      ...da.content.attendance.map((r) => (r.email === TEST_PEOPLE.guest.mail ? { ...r, presence: 'online' as const } : r)),
      guest,
    ];
    const saved = await a.store.saveAttendance(forum, M1, mine, da.meeting.etag);
    expect(saved.etag).not.toBe(da.meeting.etag);

    const conflict = await b.store.saveAttendance(forum, M1, db.content.attendance, db.meeting.etag).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(AttendanceConflictError);
    expect((conflict as AttendanceConflictError).current).toEqual(mine);

    const reread = await b.store.load(forum, M1);
    expect(reread.attendanceSaved).toBe(true);
    expect(reread.content.attendance).toEqual(mine);
  });
});

describe("the minutes carry the agenda's fields (issue 16 pt 2)", () => {
  it('an item keeps its Beskrivelse, slot and the Bilag its submission brought; the frozen .docx has them before Referat, and Mødeleder/Referent', async () => {
    const { graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    const before = await createMinutesDraftStore(graph).load(forum, M1);
    const common = itemNamed(before, 'Fælles testindsats');
    // The item came from a submission whose file was copied to the meeting's folder (agenda-bilag.ts records the url).
    const submission = await graph.post<{ id: string }>(`/sites/${forum.siteId}/lists/Submissions/items`, {
      fields: {
        Title: 'Fælles testindsats',
        MeetingId: M1,
        Status: 'accepted',
        AttachmentsJson: JSON.stringify([
          {
            name: 'Budget 2026.pdf',
            contentType: 'application/pdf',
            size: 1200,
            url: 'https://test.sharepoint.com/sites/tsg/Budget%202026.pdf',
          },
          { name: 'Noter.docx', contentType: 'application/octet-stream', size: 300 },
        ]),
      },
    });
    await graph.patch(
      `/sites/${forum.siteId}/lists/AgendaItems/items/${common.item.agendaItemId}/fields`,
      { SubmissionId: submission.id },
      { headers: { 'If-Match': common.etag } },
    );

    const draft = await createMinutesDraftStore(graph).load(forum, before.meeting);
    const item = itemNamed(draft, 'Fælles testindsats').item;
    expect(item.description).toBe('Indsatsen.');
    // Meeting 1 starts 09.00 Copenhagen time; Velkomst takes 10 minutes, this item 20.
    expect(item.slot).toEqual({
      start: new Date(Date.parse(draft.meeting.start) + 10 * 60_000).toISOString().replace('.000Z', 'Z'),
      end: new Date(Date.parse(draft.meeting.start) + 30 * 60_000).toISOString().replace('.000Z', 'Z'),
    });
    expect(item.bilag).toEqual([
      { label: 'Bilag 1 – Budget 2026.pdf', url: 'https://test.sharepoint.com/sites/tsg/Budget%202026.pdf' },
      { label: 'Bilag 2 – Noter.docx' },
    ]);
    expect(draft.content.meetingLeaders).toEqual([TEST_PEOPLE.chair.displayName]);
    expect(draft.content.referents).toEqual([TEST_PEOPLE.secretary.displayName]);
    expect(draft.content.attendance.find((a) => a.email === TEST_PEOPLE.chair.mail)?.organisationKind).toBe('hospital');

    const fullForum = await new ForumStore(graph).load(TEST_FORUMS.steering);
    const { version } = await new MinutesVersionsStore(
      graph,
      { appId: 'x', appBaseUrl: 'https://app.example', tabEntityId: 'home' },
      () => new Date('2026-03-20T08:00:00Z'),
    ).freeze(fullForum, draft.meeting, draft.content);
    const path = [...meetingFolderPath(draft.meeting).split('/'), `Referat 2026-03-17 TSG v${version.version}.docx`]
      .map(encodeURIComponent)
      .join('/');
    const xml = strFromU8(
      unzipSync(await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content`))['word/document.xml'] ?? new Uint8Array(),
    );
    const text = [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) =>
      [...(p[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => t[1] ?? '\t').join(''),
    );
    expect(text).toContain(`Mødeleder:\t${TEST_PEOPLE.chair.displayName}`);
    expect(text).toContain(`Referent:\t${TEST_PEOPLE.secretary.displayName}`);
    const at = text.indexOf('2. Fælles testindsats v. Gustav Gæst (kl. 09.10–09.30)');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 10)).toEqual([
      'Indstilling',
      'at styregruppen drøfter indsatsen',
      'at styregruppen beslutter næste skridt',
      'Beskrivelse af sagen',
      'Indsatsen.',
      'Bilag',
      'Bilag 1 – Budget 2026.pdf',
      'Bilag 2 – Noter.docx',
      'Beslutning',
    ]);
  });
});
