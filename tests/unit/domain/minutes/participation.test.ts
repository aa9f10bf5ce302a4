import { COMMISSORIUM_PRESETS } from '../../../../src/domain/commissorium-presets';
import { draftMinutes } from '../../../../src/domain/minutes/draft-minutes';
import type { MinutesAttendee, MinutesContent } from '../../../../src/domain/minutes/minutes-content';
import { buildMinutesDocument, minutesHtml } from '../../../../src/domain/minutes/minutes-document';
import { parseMinutesSnapshot } from '../../../../src/domain/minutes/minutes-snapshot';
import {
  itemQuorum,
  meetingQuorum,
  notParticipating,
  notParticipatingLine,
  quorumSentence,
  withItemAbsence,
} from '../../../../src/domain/minutes/participation';
import { minutesHash } from '../../../../src/domain/minutes/minutes-content';
import type { ForumMember } from '../../../../src/domain/types';
import { webcrypto } from 'node:crypto';

const nodeDigest = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', bytes);

const member = (email: string, name: string, role: ForumMember['role'] = 'member'): ForumMember => ({
  id: email,
  name,
  email,
  organisation: 'Region Midtjylland',
  organisationKind: 'region',
  jobTitle: '',
  role,
  external: false,
});

const MEMBERS = [
  member('anna@x.dk', 'Anna Berg', 'chair'),
  member('bo@x.dk', 'Bo Holm'),
  member('cille@x.dk', 'Cille Vang'),
  member('dan@x.dk', 'Dan Ravn'),
  member('eva@x.dk', 'Eva Lund'),
  member('sek@x.dk', 'Sekretær', 'secretariat'),
];

const row = (
  email: string,
  name: string,
  presence: MinutesAttendee['presence'],
  extra: Partial<MinutesAttendee> = {},
): MinutesAttendee => ({
  email,
  name,
  organisation: 'Region Midtjylland',
  presence,
  ...extra,
});

const ATTENDANCE: MinutesAttendee[] = [
  row('anna@x.dk', 'Anna Berg', 'room', { chair: true }),
  row('bo@x.dk', 'Bo Holm', 'online'),
  row('cille@x.dk', 'Cille Vang', 'apology'),
  row('sub@y.dk', 'Sif Ulv', 'substitute', { substituteFor: 'cille@x.dk' }),
  row('dan@x.dk', 'Dan Ravn', 'absent'),
  row('eva@x.dk', 'Eva Lund', 'room'),
  row('sek@x.dk', 'Sekretær', 'room'),
];

function council(attendance: readonly MinutesAttendee[]): MinutesContent {
  return draftMinutes({
    forum: { name: 'Sundhedsråd Midt', shortName: 'SRM', members: MEMBERS, kind: 'health-council', quorum: { rule: 'more-than-half' } },
    meeting: { id: 'm1', title: 'Møde 1', start: '2027-03-11T08:00:00Z', end: '2027-03-11T10:00:00Z', form: 'physical' },
    items: [
      {
        id: 'i1',
        number: 1,
        title: 'Godkendelse af dagsorden',
        recommendations: [],
        standing: false,
        referat: '',
        beslutning: 'Godkendt.',
      },
      { id: 'i2', number: 2, title: 'Udbud af transport', recommendations: [], standing: false, referat: '', beslutning: 'Godkendt.' },
    ],
    attendees: [],
    savedAttendance: attendance,
  });
}

describe('quorum in the minutes', () => {
  it('records the rule and the voting members (not the secretariat) with the draft', () => {
    expect(council(ATTENDANCE).quorum).toEqual({
      rule: 'more-than-half',
      voters: ['anna@x.dk', 'bo@x.dk', 'cille@x.dk', 'dan@x.dk', 'eva@x.dk'],
      forumKind: 'health-council',
    });
  });

  it('counts members in the room, online, and by their substitute; not the absent nor the secretariat', () => {
    expect(meetingQuorum(council(ATTENDANCE))).toEqual({ members: 5, present: 4, required: 3, met: true });
  });

  it('says nothing when the forum has no quorum rule', () => {
    const content = { ...council(ATTENDANCE), quorum: undefined };
    expect(meetingQuorum(content)).toBeUndefined();
    expect(buildMinutesDocument(content, { kind: 'draft', version: 1 }).quorum).toBeUndefined();
  });

  it.each([
    ['health-council', true, 'Rådet var beslutningsdygtigt'],
    ['health-council', false, 'Rådet var ikke beslutningsdygtigt'],
    ['steering-group', true, 'Styregruppen var beslutningsdygtig'],
    ['steering-group', false, 'Styregruppen var ikke beslutningsdygtig'],
  ] as const)('%s, met %s: "%s"', (kind, met, sentence) => {
    expect(quorumSentence(kind, met)).toBe(sentence);
  });
});

describe('participation per item', () => {
  const marked = withItemAbsence(
    withItemAbsence(ATTENDANCE, 'bo@x.dk', 'i2', { reason: 'inhabil', note: '  ejer aktier i vognmanden ' }),
    'SUB@y.dk',
    'i2',
    { reason: 'absent' },
  );
  const content = council(marked);

  it('lists who did not take part in the item, with the reason when inhabil', () => {
    expect(notParticipating(content, 'i1')).toEqual([]);
    expect(notParticipating(content, 'i2').map(notParticipatingLine)).toEqual([
      'Bo Holm deltog ikke i sagens behandling (inhabil: ejer aktier i vognmanden)',
      'Sif Ulv deltog ikke i sagens behandling',
    ]);
  });

  it('counts the quorum per item without them', () => {
    expect(itemQuorum(content, 'i1')?.present).toBe(4);
    expect(itemQuorum(content, 'i2')).toEqual({ members: 5, present: 2, required: 3, met: false });
  });

  it('writes it in the minutes document under the item, and the quorum where the item changes it', () => {
    const doc = buildMinutesDocument(content, { kind: 'draft', version: 1 });
    expect(doc.quorum).toBe('Rådet var beslutningsdygtigt (4 af 5 medlemmer til stede)');
    expect(doc.items[0]?.notParticipating).toEqual([]);
    expect(doc.items[0]?.quorum).toBeUndefined();
    expect(doc.items[1]?.notParticipating).toHaveLength(2);
    expect(doc.items[1]?.quorum).toBe('Rådet var ikke beslutningsdygtigt under punktet (2 af 5 medlemmer deltog)');
    const page = String(minutesHtml(doc));
    expect(page).toContain('Bo Holm deltog ikke i sagens behandling (inhabil: ejer aktier i vognmanden)');
    expect(page).toContain('Rådet var beslutningsdygtigt (4 af 5 medlemmer til stede)');
  });

  it('marks only someone who was there, and clears a mark', () => {
    expect(withItemAbsence(ATTENDANCE, 'dan@x.dk', 'i2', { reason: 'absent' }).find((r) => r.email === 'dan@x.dk')?.notIn).toBeUndefined();
    const cleared = withItemAbsence(marked, 'bo@x.dk', 'i2', undefined);
    expect(cleared.find((r) => r.email === 'bo@x.dk')).not.toHaveProperty('notIn');
  });

  it('keeps a note only for inhabil, capped', () => {
    const rows = withItemAbsence(ATTENDANCE, 'eva@x.dk', 'i1', { reason: 'absent', note: 'gik tidligt' });
    expect(rows.find((r) => r.email === 'eva@x.dk')?.notIn).toEqual([{ agendaItemId: 'i1', reason: 'absent' }]);
    const long = withItemAbsence(ATTENDANCE, 'eva@x.dk', 'i1', { reason: 'inhabil', note: 'x'.repeat(2_000) });
    expect(long.find((r) => r.email === 'eva@x.dk')?.notIn?.[0]?.note).toHaveLength(500);
  });

  it('survives a frozen version: the snapshot reads back the same content and hash', async () => {
    const parsed = parseMinutesSnapshot(JSON.stringify(content));
    expect(parsed.ok && parsed.content).toEqual(content);
    if (!parsed.ok) return;
    expect(await minutesHash(parsed.content, nodeDigest)).toBe(await minutesHash(content, nodeDigest));
  });

  it('drops a hostile entry in a snapshot rather than print it', () => {
    const hostile = JSON.parse(JSON.stringify(content)) as { attendance: { notIn?: unknown }[] };
    const first = hostile.attendance[0];
    if (first) first.notIn = [{ agendaItemId: 'i1', reason: 'bestukket' }];
    const parsed = parseMinutesSnapshot(JSON.stringify(hostile));
    expect(parsed.ok && parsed.content.attendance[0]?.notIn).toBeUndefined();
  });
});

describe('the sundhedsråd preset', () => {
  it('has a quorum rule', () => {
    expect(COMMISSORIUM_PRESETS['sundhedsraad-2027'].quorum).toEqual({ rule: 'more-than-half' });
  });
});
