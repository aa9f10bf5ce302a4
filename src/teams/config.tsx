import { app, pages } from '@microsoft/teams-js';
import { createRoot } from 'react-dom/client';
import { appConfig } from '../startup/built-config';
import { mountPoint } from '../startup/mount-point';
import { localeFrom } from '../host/locale';
import { teamsTheme } from '../host/teams-host';
import { withTimeout } from '../host/probe';
import { loadFluentTheme } from '../ui/theme';
import { ConfigPage } from './ConfigPage';

/**
 * The channel tab's configuration page: the tab shows the app for this team's forum (`?forum=<groupId>`).
 * Nothing to choose, so the page is valid at once; Save stores the content URL.
 */
async function main(): Promise<void> {
  const config = appConfig();
  const root = createRoot(mountPoint());
  const inTeams = await withTimeout(
    app.initialize().then(() => true),
    1500,
    () => false,
  ).catch(() => false);
  if (!inTeams) {
    console.info('[sekretariat] the tab configuration page runs only inside Teams (app.initialize() did not answer).');
    root.render(<ConfigPage locale={localeFrom(navigator.language)} theme="light" hasTeam={false} />);
    return;
  }
  const context = await app.getContext();
  const groupId = context.team?.groupId;
  const theme = teamsTheme(context.app.theme);
  // A dark or high-contrast Teams: its theme's colours first, so the page never flashes light.
  await loadFluentTheme(theme).catch(() => undefined);
  root.render(<ConfigPage locale={localeFrom(context.app.locale)} theme={theme} hasTeam={groupId !== undefined} />);
  pages.config.registerOnSaveHandler((event) => {
    const query = groupId ? `?forum=${encodeURIComponent(groupId)}` : '';
    pages.config
      .setConfig({
        entityId: 'sekretariat',
        suggestedDisplayName: 'Sekretariat',
        contentUrl: `${config.appBaseUrl}/teams.html${query}`,
        websiteUrl: `${config.appBaseUrl}/index.html`,
      })
      .then(
        () => event.notifySuccess(),
        (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  pages.config.setValidityState(true);
}

void main();
