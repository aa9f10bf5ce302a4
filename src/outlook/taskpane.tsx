import { appConfig } from '../startup/built-config';
import { hostTokens } from '../startup/host-tokens';
import { OutlookIntakeStore } from '../store/outlook-intake';
import { intakeLoadingAhead } from '../startup/pane-ahead';
import { startApp, type StartExtras } from '../startup/start-app';
import type { ForumRef } from '../domain/types';
import type { HostCapabilities } from '../host/capabilities';
import { createNotificationBus } from '../host/notifications';
import { createOutlookHost } from '../host/outlook-host';
import { paneItem, type PaneItem } from '../ui/model/pane-item';

/**
 * The Outlook task pane, one page for mail read, mail compose and appointment organizer: the same home views,
 * plus what the open item offers (the host's capabilities decide; the page never asks which mode it is in).
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
  const item = paneItem(host);
  await startApp(
    { host, tokens: await hostTokens(config, host), config, notifications },
    {
      ahead: paneAhead(host, item, config.forums),
      // The pane leads with the item's view: its code is there before React renders (the page preloads a message's).
      ...(item ? { firstView: (views) => [views.pane.pane, views.pane[item]] } : {}),
    },
  );
}

/**
 * What the pane asks for ahead of React, for the item it leads with (the pane's own rule, model/pane-item.ts): with a
 * mail open, the mail and whether it is on an agenda, with the home; with a mail or an appointment being written,
 * nothing — the home is a tab away; with no item to act on, the home's role view as elsewhere.
 */
function paneAhead(host: HostCapabilities, item: PaneItem | undefined, forums: readonly ForumRef[]): StartExtras['ahead'] {
  const { currentMessage } = host;
  if (item === 'message' && currentMessage) {
    // The intake store comes with this entry (not lazily, as elsewhere): its reads go out before React starts.
    return (services, _home, graph) => ({
      ...services,
      stores: { ...services.stores, outlookIntake: intakeLoadingAhead(new OutlookIntakeStore(graph), forums, currentMessage) },
    });
  }
  return item ? (services) => services : undefined;
}

void main();
