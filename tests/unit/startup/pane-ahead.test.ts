import type { Submission } from '../../../src/domain/types';
import type { MessageRef } from '../../../src/host/capabilities';
import type { ForumHome, HomeData } from '../../../src/store/home-data';
import type { IntakeForum, IntakeMessage, OpenMessage, OutlookIntakeApi } from '../../../src/store/outlook-intake';
import { intakeLoadingAhead } from '../../../src/startup/pane-ahead';

const forumHome = (groupId: string, role: ForumHome['role']): ForumHome =>
  ({
    forum: { groupId, siteId: `site-${groupId}`, shortName: groupId.toUpperCase(), mailbox: `${groupId}@example.dk` },
    ...(role ? { role } : {}),
    meetings: [],
  }) as unknown as ForumHome;

const home = (...forums: ForumHome[]): Promise<HomeData> =>
  Promise.resolve({ me: {} as HomeData['me'], forums, skipped: [], loadedAt: '2026-12-06T10:00:00Z' });

const REF: MessageRef = {
  id: 'AAMk-1',
  subject: 'Sagsfremstilling',
  from: { name: 'Lars Harbo', address: 'lars@skovlund.example' },
  internetMessageId: '<kol@skovlund.example>',
  sharedMailbox: 'ksg@example.dk',
};

function recordingIntake(): OutlookIntakeApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    load: (open: OpenMessage, fallback?: readonly string[]) => {
      asked.push(`load ${open.id} ${open.sharedMailbox ?? '-'} [${(fallback ?? []).join(',')}]`);
      return Promise.resolve({ id: open.id } as IntakeMessage);
    },
    find: (forum: IntakeForum, internetMessageId: string) => {
      asked.push(`find ${forum.groupId} ${internetMessageId}`);
      return Promise.resolve(forum.groupId === 'ksg' ? ({ id: '7' } as Submission) : undefined);
    },
    add: () => Promise.reject(new Error('not in this test')),
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('intakeLoadingAhead', () => {
  it('reads the open mail and looks it up in every forum the person is the secretariat of, as soon as the home is there', async () => {
    const intake = recordingIntake();
    intakeLoadingAhead(intake, home(forumHome('ksg', 'secretariat'), forumHome('psy', 'secretariat'), forumHome('sub', 'member')), () =>
      Promise.resolve(REF),
    );
    await settled();
    expect(intake.asked.sort()).toEqual([
      'find ksg <kol@skovlund.example>',
      'find psy <kol@skovlund.example>',
      'load AAMk-1 ksg@example.dk [ksg@example.dk,psy@example.dk]',
    ]);
  });

  it("gives the pane's same questions those answers once, and asks anew after that or for anything else", async () => {
    const intake = recordingIntake();
    const ksg = forumHome('ksg', 'secretariat');
    const ahead = intakeLoadingAhead(intake, home(ksg), () => Promise.resolve(REF));
    await settled();
    intake.asked.length = 0;
    const open = { id: 'AAMk-1', sharedMailbox: 'ksg@example.dk' };
    await expect(ahead.load(open, ['ksg@example.dk'])).resolves.toEqual({ id: 'AAMk-1' });
    await expect(ahead.find(ksg.forum, '<kol@skovlund.example>')).resolves.toEqual({ id: '7' });
    expect(intake.asked).toEqual([]);
    await ahead.find(ksg.forum, '<kol@skovlund.example>');
    await ahead.load({ id: 'AAMk-2' }, ['ksg@example.dk']);
    expect(intake.asked).toEqual(['find ksg <kol@skovlund.example>', 'load AAMk-2 - [ksg@example.dk]']);
  });

  it("asks nothing ahead for a person who is no forum's secretariat, or without an open mail", async () => {
    const member = recordingIntake();
    intakeLoadingAhead(member, home(forumHome('ksg', 'member')), () => Promise.resolve(REF));
    const noMail = recordingIntake();
    intakeLoadingAhead(noMail, home(forumHome('ksg', 'secretariat')), () => Promise.resolve(undefined));
    const noHome = recordingIntake();
    intakeLoadingAhead(noHome, Promise.reject(new Error('offline')), () => Promise.resolve(REF));
    await settled();
    expect([...member.asked, ...noMail.asked, ...noHome.asked]).toEqual([]);
  });
});
