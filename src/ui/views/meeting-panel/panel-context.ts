import { createContext, useContext } from 'react';
import type { MeetingPanelApi } from '../../../store/meeting-panel/meeting-panel-types';

/** The panel's store, handed in by its start-up (startup/meeting-panel-start.tsx), not part of every entry's stores. */
export const MeetingPanelContext = createContext<MeetingPanelApi | undefined>(undefined);

export function useMeetingPanelStore(): MeetingPanelApi {
  const panel = useContext(MeetingPanelContext);
  if (!panel) throw new Error('useMeetingPanelStore outside MeetingPanelContext');
  return panel;
}
