import { actionsSetAside, forumActions, ownersMark, withOwnersMark, type ActionMark } from '../../../src/domain/action-marks';
import type { ActionItem, ForumOwner, WriteStamp } from '../../../src/domain/types';

const KATRINE: ForumOwner = { id: 'u-katrine', name: 'Katrine Holm', email: 'katrine@region.example' };
const forum = { owners: [KATRINE], trustedAppIds: ['app-run'] };
const stamp = (createdBy: string, modifiedBy = createdBy, app = false, email = ''): WriteStamp => ({
  createdById: createdBy,
  createdByName: '',
  modifiedById: modifiedBy,
  modifiedByName: '',
  ...(app ? { createdByApp: true, modifiedByApp: true } : {}),
  ...(email ? { createdByEmail: email } : {}),
});

const action = (over: Partial<ActionItem> = {}): ActionItem => ({
  id: '7',
  meetingId: '1',
  title: 'Send forløbsbeskrivelsen',
  ownerEmail: 'cecilie@hospital.example',
  ownerName: 'Cecilie',
  due: '2027-03-03T23:00:00Z',
  status: 'open',
  stamp: stamp('u-katrine'),
  ...over,
});

const mark = (over: Partial<ActionMark> = {}): ActionMark => ({
  id: 'm1',
  actionId: '7',
  status: 'done',
  at: '2027-03-01T10:00:00Z',
  stamp: stamp('u-cecilie', 'u-cecilie', false, 'cecilie@hospital.example'),
  ...over,
});

describe("an action owner's mark", () => {
  it.each<[string, boolean, ActionMark]>([
    ['her own record of her action', true, mark()],
    ['her address in another case', true, mark({ stamp: stamp('u-cecilie', 'u-cecilie', false, 'Cecilie@Hospital.example') })],
    ["another member's record naming her action", false, mark({ stamp: stamp('u-per', 'u-per', false, 'per@kommune.example') })],
    ['her record, changed since by someone else', false, mark({ stamp: stamp('u-cecilie', 'u-per', false, 'cecilie@hospital.example') })],
    ['a record an application wrote', false, mark({ stamp: stamp('app-x', 'app-x', true, 'cecilie@hospital.example') })],
    ['her record of another action', false, mark({ actionId: '8' })],
    ['a record without an author', false, mark({ stamp: stamp('') })],
  ])('%s: counts %s', (_, counts, m) => {
    expect(withOwnersMark(action(), [m]).status).toBe(counts ? 'done' : 'open');
  });

  it('the newest of her records counts, and rides along for her undo', () => {
    const older = mark({ id: 'm1', status: 'done', at: '2027-03-01T10:00:00Z' });
    const newer = mark({ id: 'm2', status: 'open', at: '2027-03-02T10:00:00Z', etag: '"2"' });
    expect(ownersMark(action(), [newer, older])?.id).toBe('m2');
    expect(withOwnersMark(action(), [older, newer])).toMatchObject({
      status: 'open',
      ownerMark: { id: 'm2', status: 'open', etag: '"2"' },
    });
    expect(withOwnersMark(action(), [older])).toMatchObject({ status: 'done', doneAt: older.at, doneBy: 'owner' });
  });

  it('the "done" the secretariat opened the action again over no longer counts; written again since, it does', () => {
    const reopened = action({ reopenedMark: 'm1:"3"' });
    expect(withOwnersMark(reopened, [mark({ etag: '"3"' })]).status).toBe('open');
    expect(withOwnersMark(reopened, [mark({ etag: '"4"' })]).status).toBe('done');
  });

  it('the secretariat\'s own "done" stands whatever the owner\'s record says', () => {
    const done = action({ status: 'done', doneAt: '2027-02-01T10:00:00Z' });
    expect(withOwnersMark(done, [mark({ status: 'open' })])).toMatchObject({ status: 'done', doneAt: '2027-02-01T10:00:00Z' });
  });
});

describe("the forum's actions", () => {
  const mine = action({ id: '1' });
  const byApp = action({ id: '2', stamp: stamp('app-run', 'app-run', true) });
  const invented = action({ id: '3', stamp: stamp('u-per') });
  const rewritten = action({ id: '4', stamp: stamp('u-katrine', 'u-per') });
  const all = [mine, byApp, invented, rewritten];

  it("are the secretariat's and its application's: an action a member added or changed is nobody's", () => {
    expect(forumActions(all, [], forum, 'decide').map((a) => a.id)).toEqual(['1', '2']);
    expect(forumActions(all, [], forum, 'show').map((a) => a.id)).toEqual(['1', '2']);
  });

  it('with the owners unread, nothing is decided on them, while a screen lists what is there', () => {
    expect(forumActions(all, [], { trustedAppIds: ['app-run'] }, 'decide')).toEqual([]);
    expect(forumActions(all, [], { trustedAppIds: ['app-run'] }, 'show').map((a) => a.id)).toEqual(['1', '2', '3', '4']);
  });
});

describe('the actions set aside', () => {
  const named = (createdBy: string, createdByName: string, modifiedBy: string, modifiedByName: string): WriteStamp => ({
    createdById: createdBy,
    createdByName,
    modifiedById: modifiedBy,
    modifiedByName,
  });

  it('are those the secretariat did not write last, naming who did, and whether the secretariat made them', () => {
    const ours = action({ id: '1' });
    const run = action({ id: '2', stamp: stamp('app-run', 'app-run', true) });
    const markedOnIt = action({ id: '3', stamp: named('u-katrine', 'Katrine Holm', 'u-cecilie', 'Cecilie') });
    const invented = action({ id: '4', stamp: named('u-per', 'Per', 'u-per', 'Per') });
    expect(actionsSetAside([ours, run, markedOnIt, invented], forum)).toEqual([
      { action: markedOnIt, by: 'Cecilie', createdBySecretariat: true },
      { action: invented, by: 'Per', createdBySecretariat: false },
    ]);
  });

  it('are none while the owners are unread: nothing can be told from anything', () => {
    expect(actionsSetAside([action({ stamp: stamp('u-per') })], { owners: undefined })).toEqual([]);
  });
});
