import { createRoot } from 'react-dom/client';
import { createMeetingPanelStore } from '../store/meeting-panel/meeting-panel-store';
import { MeetingPanelApp } from '../ui/views/meeting-panel/MeetingPanelApp';
import { mountPoint } from './mount-point';
import { renderInTheme } from './render-app';
import { appServices, type StartOptions } from './start-app';

/**
 * A Teams meeting's panel (side panel, details or chat tab): the same services as the app, the panel's own store, and
 * the panel in place of the home. Loaded by the Teams entry only inside a meeting, so no one else's first load carries it.
 */
export function startMeetingPanel(options: StartOptions): void {
  const meeting = options.host.teamsMeeting;
  if (!meeting) throw new Error('startMeetingPanel outside a Teams meeting');
  const { graph, services } = appServices(options);
  const root = createRoot(mountPoint());
  renderInTheme(options.host.theme, () =>
    root.render(<MeetingPanelApp services={services} panel={createMeetingPanelStore(graph)} meeting={meeting} />),
  );
}
