import { useCallback } from 'react';
import { replyMatchers } from '../../../../domain/consultation/reference';
import type { ForumHome } from '../../../../store/home-data';
import type { AsyncState } from '../../../components/use-async';
import { useSharedAsync } from '../../../components/use-shared-async';
import type { ConsultationRow } from '../../../model/work-todo';
import { useServices } from '../../../services';

export interface ConsultationRows {
  readonly consultations: readonly ConsultationRow[];
  readonly syncFailed: boolean;
}

const NO_STORE = {};

/**
 * The forum's consultations with how many have answered, read once for the secretariat's home: "Skriftlige
 * høringer" and "Det skal gøres" share it. It reads the forum mailbox first (the intake sync) while a consultation
 * is open, so replies that came in count. `refresh()` (after a send, a close) reads it again for both.
 */
export function useConsultationRows(home: ForumHome): [AsyncState<ConsultationRows>, () => void] {
  const { stores } = useServices();
  const api = stores.consultations;
  const forum = home.forum;
  const load = useCallback(async (): Promise<ConsultationRows> => {
    // Only the secretariat's home lists them (as its "Skriftlige høringer" section does).
    if (home.role !== 'secretariat') return { consultations: [], syncFailed: false };
    const before = await api.list(forum);
    let syncFailed = false;
    try {
      const matchers = replyMatchers(before);
      // Only while a consultation is open: otherwise the home does not read the mailbox ("Hent nye punkter" does).
      if (matchers.consultationRefs.length > 0 && forum.mailbox !== '')
        await stores.intake.sync(forum, { ...matchers, meetings: home.meetings });
    } catch {
      syncFailed = true;
    }
    const consultations = await Promise.all(
      before.map(async (consultation) => {
        if (consultation.status !== 'open' && consultation.status !== 'closed') return { consultation, answered: 0 };
        const overview = await api.overview(forum, consultation);
        return { consultation: overview.consultation, answered: overview.tally.answered };
      }),
    );
    return { consultations, syncFailed };
  }, [api, forum, stores.intake, home.meetings, home.role]);
  return useSharedAsync(home, api ?? NO_STORE, 'consultation-rows', load);
}
