import { createRoot } from 'react-dom/client';
import { appConfig } from '../startup/built-config';
import { hostTokens } from '../startup/host-tokens';
import { mountPoint } from '../startup/mount-point';
import { startApp } from '../startup/start-app';
import { createNotificationBus } from '../host/notifications';
import { createOutlookHost } from '../host/outlook-host';

/**
 * The Outlook task pane, one page for mail read, mail compose and appointment organizer: the same home views,
 * plus what the open item offers (the host's capabilities decide; the page never asks which mode it is in).
 */
async function main(): Promise<void> {
  const config = appConfig();
  const root = createRoot(mountPoint());
  const notifications = createNotificationBus();
  const probe = await createOutlookHost({ notifications });
  // Opened outside Outlook: the page that says so loads only then, not with every start inside it.
  if (!probe.ok) return (await import('../startup/outside-host.js')).fallBackOutsideHost(root, config, 'Outlook', probe.reason);
  if (!config.sandbox && !Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) {
    console.warn('[sekretariat] this Outlook does not report NestedAppAuth 1.1; sign-in may fail.');
  }
  startApp(root, { host: probe.host, tokens: await hostTokens(config, probe.host), config, notifications });
}

void main();
