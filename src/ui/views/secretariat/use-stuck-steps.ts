import { useCallback, useState } from 'react';
import type { ForumHome } from '../../../store/home-data';
import type { StuckStep } from '../../../store/stuck-steps';
import { useSharedAsync } from '../../components/use-shared-async';
import { useNow, useServices } from '../../services';

/** The forum's stuck steps, read once per home: "Driftsstatus" and "Det skal gøres" share the read. */
export function useStuckSteps(home: ForumHome, enabled = true): readonly StuckStep[] {
  // "now" as the view opened (a new Date each render would reload it again and again).
  const [opened] = useState(useNow());
  const { stores } = useServices();
  const read = stores.stuckSteps;
  const load = useCallback(
    (): Promise<readonly StuckStep[]> => (enabled ? read(home.forum, opened) : Promise.resolve([])),
    [read, enabled, home.forum, opened],
  );
  const [state] = useSharedAsync(home, read, enabled ? 'stuck-steps' : 'none', load);
  return state.status === 'ready' ? state.value : [];
}

/** The id of the Driftsstatus bar, which the to-do's entries for stuck steps take the focus to. */
export const OPERATIONS_STATUS_ID = 'driftsstatus';
