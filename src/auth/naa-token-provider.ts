import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { naaConfiguration, type MsalAppConfig } from './msal-config';
import type { TokenProvider } from './token-provider';

/** The part of MSAL's application the NAA provider uses (a fake in tests). */
export type NestableApp = Pick<
  IPublicClientApplication,
  'getActiveAccount' | 'getAllAccounts' | 'setActiveAccount' | 'acquireTokenSilent' | 'acquireTokenPopup'
>;

export type NestableAppFactory = (configuration: Configuration) => Promise<NestableApp>;

/**
 * Nested app authentication inside Teams and Outlook: the host signs the user in; we ask silently and fall back
 * to the host's consent popup when interaction is required (first use, new scope, expired session).
 */
export class NaaTokenProvider implements TokenProvider {
  private app: Promise<NestableApp> | undefined;

  constructor(
    private readonly config: MsalAppConfig,
    private readonly create: NestableAppFactory = (configuration) => createNestablePublicClientApplication(configuration),
  ) {}

  async getAccessToken(scopes: readonly string[]): Promise<string> {
    const app = await this.application();
    const account: AccountInfo | undefined = app.getActiveAccount() ?? app.getAllAccounts()[0];
    const request = { scopes: [...scopes] };
    try {
      const result = await app.acquireTokenSilent(account ? { ...request, account } : request);
      if (result.account) app.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (account && !(error instanceof InteractionRequiredAuthError)) throw error;
      const result = await app.acquireTokenPopup(request);
      if (result.account) app.setActiveAccount(result.account);
      return result.accessToken;
    }
  }

  private application(): Promise<NestableApp> {
    if (!this.app) {
      const creating = this.create(naaConfiguration(this.config));
      this.app = creating;
      creating.catch(() => {
        if (this.app === creating) this.app = undefined;
      });
    }
    return this.app;
  }
}
