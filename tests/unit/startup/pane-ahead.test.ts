import type { ForumRef, Submission } from '../../../src/domain/types';
import type { MessageRef } from '../../../src/host/capabilities';
import type { IntakeForum, IntakeMessage, OpenMessage, OutlookIntakeApi } from '../../../src/store/outlook-intake';
import { intakeLoadingAhead } from '../../../src/startup/pane-ahead';

const FORUMS: ForumRef[] = [
  { groupId: 'ksg', siteId: 'site-ksg' },
  { groupId: 'psy', siteId: 'site-psy' },
];
const KSG: IntakeForum = { groupId: 'ksg', siteId: 'site-ksg', shortName: 'KSG' };

const REF: MessageRef = {
  id: 'AAMk-1',
  subject: 'Sagsfremstilling',
  from: { name: 'Lars Harbo', address: 'lars@skovlund.example' },
  internetMessageId: '<kol@skovlund.example>',
  sharedMailbox: 'ksg@example.dk',
};

function recordingIntake(failing: { load?: boolean } = {}): OutlookIntakeApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    load: (open: OpenMessage, fallback?: readonly string[]) => {
      asked.push(`load ${open.id} ${open.sharedMailbox ?? '-'} [${(fallback ?? []).join(',')}]`);
      if (failing.load && !fallback?.length) return Promise.reject(new Error('404'));
      return Promise.resolve({ id: open.id } as IntakeMessage);
    },
    find: (forum: IntakeForum, internetMessageId: string) => {
      asked.push(`find ${forum.groupId} ${internetMessageId}`);
      return Promise.resolve(
        forum.groupId === 'ksg' ? ({ id: '7', reference: forum.shortName ? `${forum.shortName}-7` : undefined } as Submission) : undefined,
      );
    },
    add: () => Promise.reject(new Error('not in this test')),
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('intakeLoadingAhead', () => {
  it('reads the open mail where Outlook says it is, and looks it up in every forum served, at once', async () => {
    const intake = recordingIntake();
    intakeLoadingAhead(intake, FORUMS, () => Promise.resolve(REF));
    await settled();
    expect(intake.asked.sort()).toEqual([
      'find ksg <kol@skovlund.example>',
      'find psy <kol@skovlund.example>',
      'load AAMk-1 ksg@example.dk []',
    ]);
  });

  it("gives the pane's same questions those answers once — with the item's reference, once the forum's short name is known", async () => {
    const intake = recordingIntake();
    const ahead = intakeLoadingAhead(intake, FORUMS, () => Promise.resolve(REF));
    await settled();
    intake.asked.length = 0;
    await expect(ahead.load({ id: 'AAMk-1', sharedMailbox: 'ksg@example.dk' }, ['ksg@example.dk'])).resolves.toEqual({ id: 'AAMk-1' });
    await expect(ahead.find(KSG, '<kol@skovlund.example>')).resolves.toMatchObject({ id: '7', reference: expect.stringMatching(/^KSG/) });
    expect(intake.asked).toEqual([]);
    // Asked again (after adding it, or another mail): asked anew.
    await ahead.find(KSG, '<kol@skovlund.example>');
    await ahead.load({ id: 'AAMk-2' }, ['ksg@example.dk']);
    expect(intake.asked).toEqual(['find ksg <kol@skovlund.example>', 'load AAMk-2 - [ksg@example.dk]']);
  });

  it("asks anew, with the forums' mailboxes, for a mail not found where Outlook said", async () => {
    const intake = recordingIntake({ load: true });
    const ahead = intakeLoadingAhead(intake, FORUMS, () => Promise.resolve({ ...REF, sharedMailbox: undefined } as MessageRef));
    await settled();
    await expect(ahead.load({ id: 'AAMk-1' }, ['ksg@example.dk'])).resolves.toEqual({ id: 'AAMk-1' });
    expect(intake.asked).toContain('load AAMk-1 - [ksg@example.dk]');
  });

  it('asks nothing ahead without an open mail', async () => {
    const intake = recordingIntake();
    intakeLoadingAhead(intake, FORUMS, () => Promise.resolve(undefined));
    await settled();
    expect(intake.asked).toEqual([]);
  });
});
