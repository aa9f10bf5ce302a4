import { webcrypto } from 'node:crypto';
import { initialState } from '../../../../src/sandbox/seed/initial-state';
import { minutesHash } from '../../../../src/domain/minutes/minutes-content';
import { parseSnapshot } from '../../../../src/domain/minutes-archive';
import { buildSeed } from '../../../../src/sandbox/seed/seed-data';

describe('the sandbox seed', () => {
  const seed = buildSeed(new Date('2026-11-23T09:00:00Z'));
  const [ksg, taek] = seed.forums;

  it('names only people who exist, and every forum has chairs and a secretariat', () => {
    const mails = new Set(seed.people.map((p) => p.mail));
    for (const forum of seed.forums) {
      for (const m of forum.members) {
        expect(mails).toContain(m.person);
        if (m.substitute) expect(mails).toContain(m.substitute);
      }
      expect(forum.members.filter((m) => m.role === 'chair').length).toBeGreaterThanOrEqual(2);
      expect(forum.members.some((m) => m.role === 'secretariat')).toBe(true);
    }
  });

  it('models the steering group of the reference commissorium: three co-chairs, a secretariat of two', () => {
    expect(ksg?.members.filter((m) => m.role === 'chair')).toHaveLength(3);
    expect(ksg?.members.filter((m) => m.role === 'secretariat')).toHaveLength(2);
    const kinds = new Set(ksg?.members.map((m) => seed.people.find((p) => p.mail === m.person)?.organisationKind));
    expect([...kinds].sort()).toEqual(['general-practice', 'hospital', 'municipality', 'patient', 'psychiatry']);
    const municipalities = new Set(seed.people.filter((p) => p.organisationKind === 'municipality').map((p) => p.organisation));
    expect(municipalities.size).toBe(4);
  });

  it('plans four ordinary meetings in the current year, each with a planning meeting two weeks before', () => {
    const ordinary = ksg?.meetings.filter((m) => m.kind === 'ordinary' && m.start.startsWith('2026')) ?? [];
    expect(ordinary.map((m) => m.start)).toEqual(['2026-03-12T09:00', '2026-06-11T09:00', '2026-10-01T09:00', '2026-12-10T09:00']);
    for (const m of ordinary) {
      const planning = ksg?.meetings.find((p) => p.prepares === m.key);
      expect(planning?.kind).toBe('planning');
      const gapDays = (Date.parse(m.start.slice(0, 10)) - Date.parse(planning?.start.slice(0, 10) ?? '')) / 86_400_000;
      expect(gapDays).toBe(14);
    }
  });

  it('derives statuses from today: past meetings held or approved, the next one booked with a draft agenda', () => {
    const status = (key: string) => ksg?.meetings.find((m) => m.key === key)?.status;
    expect(status('ksg-1')).toBe('minutes-approved');
    expect(status('ksg-3')).toBe('held');
    expect(status('ksg-4')).toBe('booked');
    expect(status('ksg-5')).toBe('planned');
    // The next meeting's draft agenda, and the agenda of the last one held (whose minutes are to be written).
    expect(Object.keys(ksg?.agendas ?? {})).toEqual(['ksg-4', 'ksg-3']);
    expect(ksg?.agendas['ksg-3']?.map((a) => a.title)).toContain('Eventuelt');
    expect(taek?.meetings.filter((m) => m.kind === 'ordinary')).toHaveLength(3);
  });

  it('has submissions in the mailbox for the next meeting and an auto-reply that is not one', () => {
    const mails = ksg?.mailbox ?? [];
    expect(mails.filter((m) => m.submission?.status === 'new').length).toBeGreaterThanOrEqual(2);
    const auto = mails.find((m) => m.subject.startsWith('Automatisk svar'));
    expect(auto?.submission).toBeUndefined();
    expect(mails.find((m) => m.submission?.status === 'accepted')?.submission?.meeting).toBe('ksg-4');
  });
});

describe('follow-up in the seed', () => {
  it('has approved minutes for the KSG meeting before the last held one, with the hash of its snapshot, and two open actions, one overdue', async () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const state = initialState(buildSeed(now), now);
    const site = state.sites.sites[0];
    const list = (name: string) => site?.lists.find((l) => l.name === name)?.items ?? [];
    const [version] = list('MinutesVersions');
    const content = parseSnapshot(String(version?.fields.SnapshotJson));
    if (!content) throw new Error('no snapshot');
    expect(content.meetingTitle).toBe('Møde 2/2026');
    expect(version?.fields.Status).toBe('approved');
    const digest = async (b: Uint8Array) => webcrypto.subtle.digest('SHA-256', new Uint8Array(b));
    expect(version?.fields.ContentHash).toBe(await minutesHash(JSON.parse(String(version?.fields.SnapshotJson)), digest));
    const actions = list('Actions');
    expect(actions.map((a) => a.fields.OwnerEmail)).toEqual([
      'mette.lund.kjaer@regionfjord.example',
      'jonas.vestergaard@regionfjord.example',
    ]);
    expect(actions.every((a) => a.fields.Status === 'open')).toBe(true);
    expect(String(actions[1]?.fields.Due) < now.toISOString()).toBe(true);
  });
});
