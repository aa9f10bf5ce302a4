import { createBrowserHost } from '../host/browser-host';
import { createNotificationBus } from '../host/notifications';
import { appConfig } from '../startup/built-config';
import { startApp } from '../startup/start-app';

/** The plain browser at /index.html: the sandbox's "Log ind som", or MSAL redirect against a real tenant. */
async function main(): Promise<void> {
  const config = appConfig();
  // The sandbox's "Log ind som" page is the sandbox's only: a tenant's build never fetches it.
  if (config.sandbox) return (await import('../startup/sandbox-sign-in.js')).runSandboxSession(config);

  // MSAL only for a real tenant, loaded on demand so the sandbox build never downloads it.
  const { BrowserMsalTokenProvider } = await import('../auth/browser-msal-token-provider.js');
  const tokens = new BrowserMsalTokenProvider(config, `${config.appBaseUrl}/index.html`);
  const msal = await tokens.start();
  const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
  if (!account) {
    await tokens.getAccessToken(['User.Read']).catch(() => undefined); // navigates to Microsoft sign-in
    return;
  }
  msal.setActiveAccount(account);
  const notifications = createNotificationBus();
  const host = createBrowserHost(
    { id: account.localAccountId, name: account.name ?? account.username, email: account.username.toLowerCase() },
    { notifications },
  );
  await startApp({ host, tokens, config, notifications });
}

void main();
