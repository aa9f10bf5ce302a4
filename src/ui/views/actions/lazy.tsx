import { Suspense } from 'react';
import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { useParts } from '../../parts';
import type { CreateActionProps } from './CreateActionButton';

/**
 * The follow-up views, as the entry gives them (AppParts.FollowUp: their own chunk in the entries): the secretariat's
 * and chairs' "Opfølgning", the member's "Mine opgaver" and "Godkendte referater", the create button.
 */
function useFollowUp() {
  return useParts().FollowUp;
}

export function LazyActionsSection(props: { home: ForumHome; me: SignedInUser; now: Date }) {
  const parts = useFollowUp();
  if (!parts) return null;
  return (
    <Suspense fallback={null}>
      <parts.Section {...props} />
    </Suspense>
  );
}

export function LazyMemberActions(props: { home: ForumHome; me: SignedInUser; now: Date }) {
  const parts = useFollowUp();
  if (!parts) return null;
  return (
    <Suspense fallback={null}>
      <parts.Member {...props} />
    </Suspense>
  );
}

/** "Opret opfølgning" for a Beslutning or a consultation's outcome (see CreateActionButton.tsx for the props). */
export function LazyCreateActionButton(props: CreateActionProps) {
  const parts = useFollowUp();
  if (!parts) return null;
  return (
    <Suspense fallback={null}>
      <parts.CreateButton {...props} />
    </Suspense>
  );
}
