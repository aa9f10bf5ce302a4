import { backlogOf, carriedActionKey, continuingCandidates, handoverItem, openActions } from '../../../src/domain/successor';
import { parseForumEnding } from '../../../src/domain/forum-ending';
import type { ActionItem, ForumMember, Submission } from '../../../src/domain/types';

const member = (email: string, name: string, role: ForumMember['role']): ForumMember => ({
  id: email,
  name,
  email,
  organisation: 'Org',
  organisationKind: 'municipality',
  jobTitle: '',
  role,
  external: false,
});

const action = (id: string, status: ActionItem['status']): ActionItem => ({
  id,
  meetingId: 'm',
  title: `Opgave ${id}`,
  ownerEmail: 'pia@x.dk',
  ownerName: 'Pia Patient',
  due: '2027-01-15T11:00:00Z',
  status,
});

const submission = (id: string, status: Submission['status']): Submission => ({
  id,
  forumId: 'g',
  title: `Punkt ${id}`,
  senderName: 'Gustav Gæst',
  senderAddress: 'g@x.dk',
  receivedAt: '2026-10-01T10:00:00Z',
  status,
  recommendations: [],
  description: '',
  internetMessageId: `<${id}@x>`,
  etag: '"1"',
});

describe('what an ended forum hands over', () => {
  it('is the open actions and the deferred items only', () => {
    expect(openActions([action('1', 'open'), action('2', 'done')]).map((a) => a.id)).toEqual(['1']);
    expect(
      backlogOf([submission('a', 'deferred'), submission('b', 'accepted'), submission('c', 'new'), submission('d', 'declined')]).map(
        (s) => s.id,
      ),
    ).toEqual(['a']);
  });

  it('offers every member but the secretariat to continue, once each, by name', () => {
    const members = [
      member('b@x.dk', 'Bo', 'member'),
      member('s@x.dk', 'Sekretær', 'secretariat'),
      member('a@x.dk', 'Anna', 'chair'),
      member('B@x.dk ', 'Bo igen', 'member'),
      member('o@x.dk', 'Observatør', 'observer'),
    ];
    expect(continuingCandidates(members).map((m) => m.name)).toEqual(['Anna', 'Bo', 'Observatør']);
  });

  it('keys each copy by the old forum and item, so a second run finds it', () => {
    expect(carriedActionKey('g-1', '17')).toBe('carried:g-1:action:17');
  });

  it('lists it all in the successor’s first agenda item', () => {
    const text = handoverItem('Klyngestyregruppen', [action('1', 'open')], [submission('a', 'deferred')], (iso) => iso.slice(0, 10));
    expect(text.title).toBe('Overdragelse fra Klyngestyregruppen');
    expect(text.description).toBe(
      [
        'Klyngestyregruppen er afsluttet, og dens arbejde fortsætter her.',
        'Åbne opfølgningspunkter (1):\n• Opgave 1 (Pia Patient, frist 2027-01-15)',
        'Punkter til kommende møder (1):\n• Punkt a (indsendt af Gustav Gæst)',
      ].join('\n\n'),
    );
    expect(handoverItem('X', [], [], String).description).toContain('Ingen åbne opfølgningspunkter.');
  });
});

describe('parseForumEnding (the Forum item is shared state: read leniently, within caps)', () => {
  const ending = { at: '2027-01-01T09:00:00Z', by: 'Sekretær', successor: { groupId: 'g-2', name: 'Sundhedsrådet' }, state: 'done' };

  it('reads what the handover wrote', () => {
    expect(parseForumEnding(JSON.stringify({ ...ending, carried: { actions: 3, backlog: 2, members: 9 } }))).toEqual({
      ...ending,
      carried: { actions: 3, backlog: 2, members: 9 },
    });
  });

  it.each([
    ['absent', undefined],
    ['not JSON', '{'],
    ['no successor', JSON.stringify({ ...ending, successor: undefined })],
    ['a bad date', JSON.stringify({ ...ending, at: 'i går' })],
    ['too large', JSON.stringify({ ...ending, by: 'x'.repeat(5_000) })],
  ])('is undefined when %s', (_why, json) => {
    expect(parseForumEnding(json)).toBeUndefined();
  });

  it('reads an unknown state as still carrying, and a negative count as none', () => {
    expect(parseForumEnding(JSON.stringify({ ...ending, state: 'x', carried: { actions: -1 } }))).toMatchObject({
      state: 'carrying',
      carried: { actions: 0, backlog: 0, members: 0 },
    });
  });
});
