import { lazy, Suspense } from 'react';
import { useServices } from '../../services';
import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import type { CreateActionProps } from './CreateActionDialog';

/**
 * The follow-up views load with their own chunk when a home shows them, not with the home's first paint (the
 * secretariat's "Opfølgning", the member's "Mine opgaver" and "Godkendte referater", the create button).
 */
const ActionsSectionChunk = lazy(() => import('./ActionsSection.js').then((m) => ({ default: m.ActionsSection })));
const MyActionsChunk = lazy(() => import('./MyActions.js').then((m) => ({ default: m.MyActions })));
const ApprovedMinutesChunk = lazy(() => import('./ApprovedMinutes.js').then((m) => ({ default: m.ApprovedMinutes })));
const CreateActionButtonChunk = lazy(() => import('./CreateActionDialog.js').then((m) => ({ default: m.CreateActionButton })));

export function LazyActionsSection(props: { home: ForumHome; now: Date }) {
  if (!useServices().stores.actions) return null;
  return (
    <Suspense fallback={null}>
      <ActionsSectionChunk {...props} />
    </Suspense>
  );
}

/** The member's part: my open actions and the forum's approved minutes. */
export function LazyMemberActions(props: { home: ForumHome; me: SignedInUser; now: Date }) {
  if (!useServices().stores.actions) return null;
  return (
    <Suspense fallback={null}>
      <MyActionsChunk {...props} />
      <ApprovedMinutesChunk home={props.home} />
    </Suspense>
  );
}

/** "Opret opfølgning" for a Beslutning or a consultation's outcome (see CreateActionDialog.tsx for the props). */
export function LazyCreateActionButton(props: CreateActionProps) {
  if (!useServices().stores.actions) return null;
  return (
    <Suspense fallback={null}>
      <CreateActionButtonChunk {...props} />
    </Suspense>
  );
}
