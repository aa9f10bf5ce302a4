import { planningOptions } from '../../../src/store/stores';
import type { IntakeApi } from '../../../src/store/stores';
import type { Forum } from '../../../src/domain/types';

const forum = {
  groupId: 'g',
  siteId: 's',
  name: 'KSG',
  shortName: 'KSG',
  kind: 'steering-group',
  mailbox: 'ksg@x.example',
  members: [],
} as Forum;

function intakeSpy(): IntakeApi & { calls: Forum[] } {
  const calls: Forum[] = [];
  return {
    calls,
    sync: (f) => {
      calls.push(f);
      return Promise.resolve({
        created: 0,
        duplicates: 0,
        followUps: 0,
        skipped: { autoReplies: 0, other: 0, own: 0 },
        consultationReplies: 0,
        receipts: { sent: 0, failed: 0 },
      } as unknown as Awaited<ReturnType<IntakeApi['sync']>>);
    },
  };
}

describe('the planning view and the mail intake', () => {
  it("the secretariat's planning view syncs the submission mailbox before loading", async () => {
    const intake = intakeSpy();
    const options = planningOptions(intake, forum, true);
    await options.beforeLoad?.();
    expect(intake.calls).toEqual([forum]);
  });

  it("a chair's view does not touch the mailbox (chairs cannot read it)", () => {
    const intake = intakeSpy();
    expect(planningOptions(intake, forum, false).beforeLoad).toBeUndefined();
    expect(intake.calls).toEqual([]);
  });

  it("the secretariat's acceptance stores bilag in the meeting folder; a chair's does not (chairs cannot write it)", () => {
    const intake = intakeSpy();
    expect(planningOptions(intake, forum, true, true).storeBilag).toBe(true);
    expect(planningOptions(intake, forum, false, false).storeBilag).toBeUndefined();
    expect(planningOptions(intake, forum, false).storeBilag).toBeUndefined();
  });
});
