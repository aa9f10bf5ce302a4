import { appConfig } from '../startup/built-config';
import { hostTokens } from '../startup/host-tokens';
import { intakeLoadingAhead } from '../startup/pane-ahead';
import { startApp } from '../startup/start-app';
import { createNotificationBus } from '../host/notifications';
import { createOutlookHost } from '../host/outlook-host';

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
  const currentMessage = host.currentMessage;
  await startApp(
    { host, tokens: await hostTokens(config, host), config, notifications },
    {
      // A message open: whether it is on an agenda is asked as soon as the home says whose secretariat the person is.
      ...(currentMessage
        ? {
            ahead: (services, home) => ({
              ...services,
              stores: { ...services.stores, outlookIntake: intakeLoadingAhead(services.stores.outlookIntake, home, currentMessage) },
            }),
          }
        : {}),
    },
  );
}

void main();
