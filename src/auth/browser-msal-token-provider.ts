import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { browserConfiguration, type MsalAppConfig } from './msal-config';
import type { TokenProvider } from './token-provider';

/** The part of MSAL's application the browser provider uses (a fake in tests). */
export type RedirectApp = Pick<
  IPublicClientApplication,
  | 'handleRedirectPromise'
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'setActiveAccount'
  | 'acquireTokenSilent'
  | 'acquireTokenRedirect'
  | 'loginRedirect'
>;

export type RedirectAppFactory = (configuration: Configuration) => Promise<RedirectApp>;

/** Raised while the page navigates to Microsoft's sign-in; the app shows "signing in" rather than an error. */
export class SignInRedirectStarted extends Error {
  constructor() {
    super('Redirecting to Microsoft sign-in');
    this.name = 'SignInRedirectStarted';
  }
}

/**
 * MSAL in a plain browser against a real tenant: redirect flow (handleRedirectPromise on start, loginRedirect when
 * nobody is signed in, acquireTokenRedirect when consent is needed), token cache in sessionStorage.
 */
export class BrowserMsalTokenProvider implements TokenProvider {
  private app: Promise<RedirectApp> | undefined;

  constructor(
    private readonly config: MsalAppConfig,
    private readonly redirectUri: string,
    private readonly create: RedirectAppFactory = (configuration) => createStandardPublicClientApplication(configuration),
  ) {}

  /** Creates MSAL and completes a sign-in redirect we are returning from; call once on page load. */
  start(): Promise<RedirectApp> {
    if (!this.app) {
      const starting = this.create(browserConfiguration(this.config, this.redirectUri)).then(async (app) => {
        const result = await app.handleRedirectPromise();
        if (result?.account) app.setActiveAccount(result.account);
        return app;
      });
      this.app = starting;
      starting.catch(() => {
        if (this.app === starting) this.app = undefined;
      });
    }
    return this.app;
  }

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    const app = await this.start();
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    const request = { scopes: [...scopes] };
    if (!account) {
      await app.loginRedirect(request);
      throw new SignInRedirectStarted();
    }
    try {
      return (await app.acquireTokenSilent({ ...request, account })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      await app.acquireTokenRedirect({ ...request, account });
      throw new SignInRedirectStarted();
    }
  }
}
