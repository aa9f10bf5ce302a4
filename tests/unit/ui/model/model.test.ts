import type { Approval, Meeting, MinutesVersion, Submission } from '../../../../src/domain/types';
import type { ForumHome } from '../../../../src/store/home-data';
import { approvalProgress, awaitingMyApproval, validApprovers } from '../../../../src/ui/model/approvals';
import { PRESETS } from '../../../../src/domain/commissorium';
import { meetingsOfYear, nextMeeting, planningMeetingFor } from '../../../../src/ui/model/meetings';
import { landingTab, roleTabs } from '../../../../src/ui/model/roles';
import { nextDeadline } from '../../../../src/ui/model/todo';
import { CHAIRS, forumHome, homeData, MEETINGS, NOW, SUBMISSIONS } from '../fixtures';

const version: MinutesVersion = {
  id: 'v1',
  meetingId: '1',
  version: 1,
  contentHash: 'h1',
  status: 'awaiting-approval',
  createdAt: '2026-03-20T10:00:00Z',
};
const [jonas, yrsa] = CHAIRS as [(typeof CHAIRS)[0], (typeof CHAIRS)[0]];
const approval = (over: Partial<Approval> = {}): Approval => ({
  id: 'a',
  minutesVersionId: 'v1',
  contentHash: 'h1',
  decision: 'approved',
  createdBy: { id: 'u-jonas', name: jonas.name, email: jonas.email },
  modifiedById: 'u-jonas',
  createdAt: '2026-03-21T10:00:00Z',
  ...over,
});

describe('which approvals count', () => {
  it.each([
    ['a chair approving this content', approval(), 1],
    ['an approval of other content (an earlier version)', approval({ contentHash: 'h0' }), 0],
    ['a request for changes', approval({ decision: 'changes-requested' }), 0],
    ['a record someone else modified', approval({ modifiedById: 'u-someone' }), 0],
    ['a non-chair', approval({ createdBy: { id: 'u-x', name: 'X', email: 'x@x.example' }, modifiedById: 'u-x' }), 0],
  ])('%s', (_what, a, expected) => {
    expect(validApprovers(version, [a], CHAIRS)).toHaveLength(expected);
  });

  it("follows the forum's rule: all co-chairs, or the number its settings name", () => {
    const all = forumHome('chair', { minutesAwaitingApproval: [version], approvals: [approval()] });
    expect(approvalProgress(all)[0]).toMatchObject({ required: CHAIRS.length, approved: CHAIRS.length === 1 });
    const settings = { ...PRESETS['horsens-2024'], approval: { required: 1 } };
    const one = forumHome('chair', { minutesAwaitingApproval: [version], approvals: [approval()] });
    const quorum = { ...one, forum: { ...one.forum, settings } };
    expect(approvalProgress(quorum)[0]).toMatchObject({ required: 1, approved: true });
  });

  it('keeps a version in my queue until I approve it', () => {
    const home = forumHome('chair', { minutesAwaitingApproval: [version], approvals: [approval()] });
    expect(awaitingMyApproval(home, jonas.email)).toHaveLength(0);
    expect(awaitingMyApproval(home, yrsa.email)).toHaveLength(1);
    expect(awaitingMyApproval(home, 'not.a.chair@x')).toHaveLength(0);
  });

  it('offers only the newest version of a meeting: an older one left awaiting can no longer be answered', () => {
    const v2: MinutesVersion = { ...version, id: 'v2', version: 2, contentHash: 'h2', createdAt: '2026-03-22T10:00:00Z' };
    const home = forumHome('chair', { minutesAwaitingApproval: [version, v2], approvals: [] });
    expect(awaitingMyApproval(home, yrsa.email).map((p) => p.version.id)).toEqual(['v2']);
    expect(approvalProgress(home).map((p) => p.version.id)).toEqual(['v2']);
  });
});

describe('meetings and deadlines', () => {
  it('picks this year, the next meeting and its planning meeting', () => {
    expect(meetingsOfYear(MEETINGS, NOW).map((m) => m.id)).toEqual(['1', '2', '3', '4']);
    const next = nextMeeting(MEETINGS, NOW);
    expect(next?.id).toBe('3');
    expect(next && planningMeetingFor(MEETINGS, next)?.id).toBe('2');
    expect(nextMeeting(MEETINGS, new Date('2026-09-01T00:00:00Z'))?.id).toBe('5'); // the cancelled one is skipped
  });

  it('gives the next deadline still ahead', () => {
    expect(nextDeadline(forumHome('secretariat'), NOW)).toMatchObject({ kind: 'submissions', day: '2026-05-21T12:00:00.000Z' });
    expect(nextDeadline(forumHome('secretariat'), new Date('2026-05-25T10:00:00Z'))).toMatchObject({
      kind: 'agenda',
      day: '2026-06-04T12:00:00.000Z',
    });
    expect(nextDeadline(forumHome('secretariat', { deadlines: {} }), NOW)).toBeUndefined();
  });

  it('groups forums into role tabs by highest role, observers as members', () => {
    const tabs = roleTabs(homeData(jonas, [forumHome('chair'), forumHome('observer'), forumHome(undefined)]));
    expect(tabs.map((t) => [t.role, t.forums.length])).toEqual([
      ['chair', 1],
      ['member', 1],
    ]);
  });

  describe('the tab a person with several roles lands on', () => {
    const me = { id: 'u-jonas', email: jonas.email };
    const meeting = (id: string, start: string, over: Partial<Meeting> = {}): Meeting => ({
      id,
      forumId: 'x',
      kind: 'ordinary',
      title: `Møde ${id}`,
      start,
      end: start.replace('T08', 'T10'),
      form: 'physical',
      status: 'booked',
      etag: '"1"',
      ...over,
    });
    const chairIn = (over: Partial<ForumHome> = {}) =>
      forumHome('chair', {
        forum: { ...forumHome('chair').forum, groupId: 'g-tema' },
        meetings: [meeting('t1', '2026-09-10T08:00:00Z')],
        ...over,
      });
    const memberIn = (over: Partial<ForumHome> = {}) => forumHome('member', { meetings: [meeting('k1', '2026-05-07T08:00:00Z')], ...over });
    const land = (forums: ForumHome[]) => landingTab(roleTabs(homeData(jonas, forums)), me, NOW)?.role;

    it('nothing waiting: the role with the nearest meeting, not the empty chair tab first in order', () => {
      expect(land([chairIn(), memberIn()])).toBe('member');
      expect(land([chairIn({ meetings: [meeting('t1', '2026-04-30T08:00:00Z')] }), memberIn()])).toBe('chair');
      // A cancelled or past meeting does not count.
      expect(land([chairIn({ meetings: [meeting('t1', '2026-04-30T08:00:00Z', { status: 'cancelled' })] }), memberIn()])).toBe('member');
    });

    it('minutes waiting for my approval: the chair tab, until I have answered', () => {
      expect(land([chairIn({ minutesAwaitingApproval: [version] }), memberIn()])).toBe('chair');
      expect(land([chairIn({ minutesAwaitingApproval: [version], approvals: [approval()] }), memberIn()])).toBe('member');
    });

    it('what the chair queue would not list is not waiting: the same content approved under an earlier version, a version the secretariat did not write', () => {
      // v2 repeats v1's content, which I approved: the queue counts that approval, so nothing waits.
      const again: MinutesVersion = { ...version, id: 'v2', version: 2 };
      expect(land([chairIn({ minutesAwaitingApproval: [again], approvals: [approval()] }), memberIn()])).toBe('member');
      expect(land([chairIn({ minutesAwaitingApproval: [{ ...again, contentHash: 'h2' }], approvals: [approval()] }), memberIn()])).toBe(
        'chair',
      );
      // With the group's owners known, a version a member wrote is never offered to the chairs.
      const owners = [{ id: 'u-katrine', name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' }];
      const stamp = (by: string) => ({ createdById: by, createdByName: by, modifiedById: by, modifiedByName: by });
      const withOwners = (v: MinutesVersion) => chairIn({ forum: { ...chairIn().forum, owners }, minutesAwaitingApproval: [v] });
      expect(land([withOwners({ ...version, stamp: stamp('u-poul') }), memberIn()])).toBe('member');
      expect(land([withOwners({ ...version, stamp: stamp('u-katrine') }), memberIn()])).toBe('chair');
    });

    it('new items for the secretariat: the secretariat tab', () => {
      const sec = forumHome('secretariat', {
        forum: { ...forumHome('secretariat').forum, groupId: 'g-sec' },
        meetings: [],
        submissions: [{ ...(SUBMISSIONS[0] as Submission), status: 'new' }],
      });
      expect(land([sec, memberIn()])).toBe('secretariat');
      expect(land([{ ...sec, submissions: [] }, memberIn()])).toBe('member');
    });
  });
});
