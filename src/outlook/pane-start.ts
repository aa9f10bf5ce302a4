import type { ForumRef } from '../domain/types';
import type { HostCapabilities } from '../host/capabilities';
import { intakeLoadingAhead } from '../startup/pane-ahead';
import { startApp, type StartExtras, type StartOptions } from '../startup/start-app';
import { OutlookIntakeStore } from '../store/outlook-intake';
import { paneItem, type PaneItem } from '../ui/model/pane-item';

/**
 * The task pane's app, once Outlook has answered and the token is asked for (outlook/taskpane.tsx): the page preloads
 * this code, and runs it while the token is on its way.
 */
export async function startPane(options: StartOptions): Promise<void> {
  const { host, config } = options;
  const item = paneItem(host);
  await startApp(options, {
    ahead: paneAhead(host, item, config.forums),
    // The pane leads with the item's view: its code is there before React renders (the page preloads a message's).
    ...(item ? { firstView: (views) => [views.pane.pane, views.pane[item]] } : {}),
  });
}

/**
 * What the pane asks for ahead of React, for the item it leads with (the pane's own rule, model/pane-item.ts): with a
 * mail open, the mail and whether it is on an agenda, with the home; with a mail or an appointment being written,
 * nothing — the home is a tab away; with no item to act on, the home's role view as elsewhere.
 */
function paneAhead(host: HostCapabilities, item: PaneItem | undefined, forums: readonly ForumRef[]): StartExtras['ahead'] {
  const { currentMessage } = host;
  if (item === 'message' && currentMessage) {
    // The intake store comes with the pane's start (not lazily, as elsewhere): its reads go out before React starts.
    return (services, _home, graph) => ({
      ...services,
      stores: { ...services.stores, outlookIntake: intakeLoadingAhead(new OutlookIntakeStore(graph), forums, currentMessage) },
    });
  }
  return item ? (services) => services : undefined;
}
