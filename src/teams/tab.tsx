import { appConfig } from '../startup/built-config';
import { hostTokens } from '../startup/host-tokens';
import { startApp } from '../startup/start-app';
import { createNotificationBus } from '../host/notifications';
import { createTeamsHost } from '../host/teams-host';
import { prefetchNamespaces } from '../ui/i18n/namespaces';

/**
 * The Teams tab (personal, channel, and in a forum meeting's side panel, details and chat). `?forum=<groupId>` — set by the channel tab's config page — opens the
 * team's own forum first.
 */
async function main(): Promise<void> {
  const config = appConfig();
  const notifications = createNotificationBus();
  // React and the app start while Teams answers the handshake — an idle wait on the main thread — so they are ready
  // when the home's data comes (start-app.ts waits for the data's token only where React was not started yet).
  import('../startup/render-app.js').catch(() => undefined);
  const probe = await createTeamsHost({ notifications });
  // Opened outside Microsoft Teams: the page that says so loads only then, not with every start inside it.
  if (!probe.ok) return (await import('../startup/outside-host.js')).fallBackOutsideHost(config, 'Microsoft Teams', probe.reason);
  // A deep link (an approval request in the activity feed) opens the tab at its route, unless the hash already names one.
  if (probe.host.startRoute && window.location.hash.replace(/^#\/?/, '') === '') window.location.hash = `/${probe.host.startRoute}`;
  // The meeting panel's strings start beside its token and its code (ui/views/meeting-panel/MeetingPanelApp.tsx).
  if (probe.host.teamsMeeting) prefetchNamespaces(probe.host.locale, ['meetingPanel', 'minutesEditor']);
  const preferredForum = new URLSearchParams(window.location.search).get('forum') ?? undefined;
  const options = { host: probe.host, tokens: await hostTokens(config, probe.host), config, notifications };
  // In a Teams meeting (side panel, details or chat tab) the meeting's panel opens instead, its code loaded only then.
  if (probe.host.teamsMeeting) return (await import('../startup/meeting-panel-start.js')).startMeetingPanel(options);
  await startApp({ ...options, ...(preferredForum ? { preferredForum } : {}) });
}

void main();
