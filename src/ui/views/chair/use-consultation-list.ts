import { useCallback } from 'react';
import { chairAddresses } from '../../../domain/consultation/sign-off';
import type { Consultation } from '../../../domain/consultation/consultation-types';
import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import type { AsyncState } from '../../components/use-async';
import { useSharedAsync } from '../../components/use-shared-async';
import { useServices } from '../../services';

/**
 * The forum's consultations as a co-chair's home reads them, once: "Høringer til godkendelse" and "Det skal gøres"
 * share the read. Nothing is read for someone who is not a listed co-chair (nothing could wait for them).
 */
export function useChairConsultations(home: ForumHome, me: SignedInUser): [AsyncState<readonly Consultation[]>, () => void] {
  const { stores } = useServices();
  const api = stores.consultations;
  const forum = home.forum;
  const chair = chairAddresses(forum.members).includes(me.email.toLowerCase());
  const load = useCallback(async (): Promise<readonly Consultation[]> => (chair ? api.list(forum) : []), [api, forum, chair]);
  return useSharedAsync(home, api, chair ? 'chair-consultations' : 'none', load);
}

/** The id of a consultation's entry in "Høringer til godkendelse", which the to-do's link takes the focus to. */
export const signOffEntryId = (consultationId: string): string => `sign-off-${consultationId}`;
