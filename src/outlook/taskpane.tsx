import { appConfig } from '../startup/built-config';
import { hostTokens } from '../startup/host-tokens';
import { tokenAhead } from '../startup/token-ahead';
import { createNotificationBus } from '../host/notifications';
import { createOutlookHost } from '../host/outlook-host';

/**
 * The Outlook task pane, one page for mail read, mail compose and appointment organizer: the same home views,
 * plus what the open item offers (the host's capabilities decide; the page never asks which mode it is in).
 *
 * This entry holds only what it takes to ask Outlook who is signed in and to ask for their token; the app (the
 * pipeline, the stores, the pane's start: outlook/pane-start.ts) is preloaded by the page and runs while the token
 * is on its way, so the home's first request finds it there.
 */
async function main(): Promise<void> {
  const config = appConfig();
  const notifications = createNotificationBus();
  const probe = await createOutlookHost({ notifications });
  // Opened outside Outlook: the page that says so loads only then, not with every start inside it.
  if (!probe.ok) return (await import('../startup/outside-host.js')).fallBackOutsideHost(config, 'Outlook', probe.reason);
  if (!config.sandbox && !Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) {
    console.warn('[sekretariat] this Outlook does not report NestedAppAuth 1.1; sign-in may fail.');
  }
  const { host } = probe;
  const tokens = tokenAhead(await hostTokens(config, host));
  const { startPane } = await import('./pane-start.js');
  await startPane({ host, tokens, config, notifications });
}

void main();
