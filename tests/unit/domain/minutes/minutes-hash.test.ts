import { webcrypto } from 'node:crypto';
import { minutesHash, type MinutesContent } from '../../../../src/domain/minutes/minutes-content';
import { parseMinutesSnapshot } from '../../../../src/domain/minutes/minutes-snapshot';

/**
 * A frozen version's ContentHash is what every approval names: the fields the minutes gained later (Mødeleder and
 * Referenter, organisation kinds, each item's Beskrivelse, slot and Bilag) are optional and absent on a version
 * frozen before them, so that version read back hashes exactly as it did when it was frozen.
 */
const digest = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', bytes);

/** A version frozen before the minutes carried the agenda's fields, in the shape it was stored. */
const OLD_SHAPE: MinutesContent = {
  meetingId: '7',
  forumName: 'Klyngestyregruppen Midtklyngen',
  forumShortName: 'KSG',
  meetingTitle: 'Møde 2/2027',
  start: '2027-03-11T07:30:00Z',
  end: '2027-03-11T10:30:00Z',
  form: 'hybrid',
  location: 'Mødelokale 303',
  attendance: [
    {
      email: 'jonas@hosp.example',
      name: 'Jonas Dahl',
      organisation: 'Hospitalsenhed Midt',
      jobTitle: 'hospitalsdirektør',
      presence: 'room',
      chair: true,
    },
    {
      email: 'ida@fjord.example',
      name: 'Ida Holm',
      organisation: 'Fjordby Kommune',
      presence: 'substitute',
      substituteFor: 'per@fjord.example',
    },
  ],
  items: [
    {
      agendaItemId: '11',
      number: 1,
      title: 'Velkomst',
      presenter: 'Jonas Dahl',
      recommendations: ['At dagsordenen godkendes'],
      referat: 'Godkendt.',
      beslutning: '',
      standingKey: 'welcome',
    },
  ],
};

/** Computed with the code before the new fields existed (commit b2259c9). */
const OLD_HASH = 'dcee1dabeb924fc79a3fbe63dcd87e5ba4f551a9cb536b8417b4bc47b5a3891c';

describe('minutes content hash across the new optional fields', () => {
  it('an old-shape content hashes as it did before, also after being read back from its SnapshotJson', async () => {
    expect(await minutesHash(OLD_SHAPE, digest)).toBe(OLD_HASH);
    const read = parseMinutesSnapshot(JSON.stringify(OLD_SHAPE));
    if (!read.ok) throw new Error(read.problem);
    expect(read.content).toEqual(OLD_SHAPE);
    expect(await minutesHash(read.content, digest)).toBe(OLD_HASH);
  });

  it('a content with the new fields reads back whole, so its hash checks out too', async () => {
    const full: MinutesContent = {
      ...OLD_SHAPE,
      meetingLeaders: ['Jonas Dahl', 'Mette Andreassen'],
      referents: ['Katrine Gimm'],
      attendance: OLD_SHAPE.attendance.map((a) => ({ ...a, organisationKind: a.email.includes('hosp') ? 'hospital' : 'municipality' })),
      items: OLD_SHAPE.items.map((i) => ({
        ...i,
        description: 'Godkendelse af dagsordenen.',
        slot: { start: '2027-03-11T07:30:00Z', end: '2027-03-11T07:40:00Z' },
        bilag: [{ label: 'Bilag 1 – Budget.pdf', url: 'https://sp.example/Budget.pdf' }, { label: 'Bilag 2 – Noter.docx' }],
      })),
    };
    const read = parseMinutesSnapshot(JSON.stringify(full));
    if (!read.ok) throw new Error(read.problem);
    expect(read.content).toEqual(full);
    expect(await minutesHash(read.content, digest)).toBe(await minutesHash(full, digest));
    expect(await minutesHash(full, digest)).not.toBe(OLD_HASH);
  });

  it('an unknown organisation kind in a hostile snapshot is dropped, not kept as text', () => {
    const hostile = { ...OLD_SHAPE, attendance: [{ ...OLD_SHAPE.attendance[0], organisationKind: '<script>' }] };
    const read = parseMinutesSnapshot(JSON.stringify(hostile));
    expect(read.ok && read.content.attendance[0]).toEqual(OLD_SHAPE.attendance[0]);
  });
});
