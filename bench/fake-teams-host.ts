/**
 * A stand-in for Microsoft Teams' web client around our tab, for the cold-load bench and the meeting panel's e2e
 * (tests/e2e/meeting-panel.spec.ts, with a meeting's frame context): a page on
 * https://teams.microsoft.com (served by the browser context's route, nothing leaves the machine) that frames the
 * tab and answers TeamsJS's postMessage protocol — `initialize` (frame context, client type, a runtime config) and
 * `getContext` (the signed-in person, Danish, light theme). Everything else the tab sends goes unanswered, as
 * fire-and-forget messages do. TeamsJS accepts the parent because teams.microsoft.com is on its own list of hosts.
 */
export const TEAMS_HOST_URL = 'https://teams.microsoft.com/_bench/tab-host.html';

/** TeamsJS fetches its list of valid host origins from here when it loads (answered with the hosts it already knows). */
export const TEAMS_VALID_DOMAINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
export const TEAMS_VALID_DOMAINS = JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft'] });

export interface TeamsUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/**
 * A Teams meeting around the tab: the frame it opens in ('sidePanel' beside the call, 'meetingStage', or 'content' for
 * the meeting's details or chat tab), Teams' meeting id and the meeting chat's thread id, as TeamsJS's legacy context
 * carries them (`meetingId`, `chatId`; app.getContext() gives them as `meeting.id` and `chat.id`).
 */
export interface TeamsMeetingFrame {
  readonly frameContext: 'sidePanel' | 'meetingStage' | 'content';
  readonly meetingId: string;
  readonly chatId: string;
}

export function teamsHostPage(tabUrl: string, user: TeamsUser, meeting?: TeamsMeetingFrame): string {
  const frameContext = meeting?.frameContext ?? 'content';
  const context = {
    locale: 'da-dk',
    theme: 'default',
    entityId: meeting ? 'sekretariat' : 'home',
    frameContext,
    ...(meeting ? { meetingId: meeting.meetingId, chatId: meeting.chatId } : {}),
    hostClientType: 'web',
    hostName: 'Teams',
    userObjectId: user.id,
    userDisplayName: user.name,
    userPrincipalName: user.email,
    loginHint: user.email,
  };
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: {
      app: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {}, currentApp: {} },
      teamsCore: {},
      logs: {},
      ...(meeting ? { meeting: {}, interactive: {} } : {}),
    },
  };
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Microsoft Teams (bench)</title>
<style>html,body,iframe{margin:0;border:0;width:100%;height:100%}</style></head>
<body><iframe title="Sekretariat" src="${tabUrl}"></iframe>
<script>
  const context = ${JSON.stringify(context)};
  const runtime = ${JSON.stringify(JSON.stringify(runtime))};
  const frame = document.querySelector('iframe');
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (event.source !== frame.contentWindow || !m || typeof m.id !== 'number' || typeof m.func !== 'string') return;
    const args = m.func === 'initialize' ? [context.frameContext, 'web', runtime, '2.0.0'] : m.func === 'getContext' ? [context] : undefined;
    if (args) event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
  });
</script></body></html>`;
}
