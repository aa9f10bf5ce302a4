import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { ApprovedMinutes } from './ApprovedMinutes';
import { MyActions } from './MyActions';

/** The member's part of follow-up: my open actions, and the forum's approved minutes. */
export function MemberFollowUp({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  return (
    <>
      <MyActions home={home} me={me} now={now} />
      <ApprovedMinutes home={home} />
    </>
  );
}
