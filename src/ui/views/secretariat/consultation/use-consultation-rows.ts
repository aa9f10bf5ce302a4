import { useCallback } from 'react';
import type { Consultation } from '../../../../domain/consultation/consultation-types';
import { replyMatchers } from '../../../../domain/consultation/reference';
import type { ForumHome } from '../../../../store/home-data';
import type { AsyncState } from '../../../components/use-async';
import { refreshShared, sharedLoad, useSharedAsync } from '../../../components/use-shared-async';
import type { ConsultationRow } from '../../../model/work-todo';
import { useServices } from '../../../services';

export interface ConsultationRows {
  readonly consultations: readonly ConsultationRow[];
  readonly syncFailed: boolean;
}

const NO_STORE = {};
const LIST = 'consultation-list';
const ROWS = 'consultation-rows';

/** The forum's consultations as their list says, before the mailbox is read: what both loads below start from. */
function useListLoad(home: ForumHome): { readonly source: object; readonly loadList: () => Promise<readonly Consultation[]> } {
  const api = useServices().stores.consultations;
  const forum = home.forum;
  // Only the secretariat's home lists them (as its "Skriftlige høringer" section does).
  const loadList = useCallback(async () => (home.role === 'secretariat' ? api.list(forum) : []), [api, forum, home.role]);
  return { source: api ?? NO_STORE, loadList };
}

/**
 * The forum's consultations as listed, without the replies the mailbox may still hold: "Skriftlige høringer" shows
 * them while `useConsultationRows` reads the mailbox and counts the answers. The same read as theirs, not a second one.
 */
export function useConsultationList(home: ForumHome): AsyncState<readonly Consultation[]> {
  const { source, loadList } = useListLoad(home);
  return useSharedAsync(home, source, LIST, loadList)[0];
}

/**
 * The forum's consultations with how many have answered, read once for the secretariat's home: "Skriftlige
 * høringer" and "Det skal gøres" share it. It reads the forum mailbox first (the intake sync) while a consultation
 * is open, so replies that came in count. `refresh()` (after a send, a close) reads the list and the rest again for both.
 */
export function useConsultationRows(home: ForumHome): [AsyncState<ConsultationRows>, () => void] {
  const { stores } = useServices();
  const api = stores.consultations;
  const forum = home.forum;
  const { source, loadList } = useListLoad(home);
  const load = useCallback(async (): Promise<ConsultationRows> => {
    const before = await sharedLoad(home, source, LIST, loadList);
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
  }, [api, forum, stores.intake, home, source, loadList]);
  const [state, refreshRows] = useSharedAsync(home, source, ROWS, load);
  const refresh = useCallback(() => {
    // The list first: the rows' next load takes the list's next read.
    refreshShared(home, source, LIST);
    refreshRows();
  }, [home, source, refreshRows]);
  return [state, refresh];
}
