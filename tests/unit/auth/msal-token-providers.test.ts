import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult, type Configuration } from '@azure/msal-browser';
import { BrowserMsalTokenProvider, SignInRedirectStarted, type RedirectApp } from '../../../src/auth/browser-msal-token-provider';
import { chooseTokenProvider } from '../../../src/auth/choose-token-provider';
import { browserConfiguration, naaConfiguration } from '../../../src/auth/msal-config';
import { NaaTokenProvider, type NestableApp } from '../../../src/auth/naa-token-provider';
import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { loadConfig } from '../../../src/config/app-config';

const tenantConfig = { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'contoso.onmicrosoft.com' };

const account = {
  homeAccountId: 'h',
  environment: 'login.microsoftonline.com',
  tenantId: 't',
  username: 'anne@contoso.dk',
  localAccountId: 'l',
} as AccountInfo;
const result = (accessToken: string): AuthenticationResult => ({ accessToken, account }) as AuthenticationResult;

/** A scripted MSAL application recording what the provider asked of it. */
class FakeMsal implements NestableApp, RedirectApp {
  readonly log: string[] = [];
  active: AccountInfo | null = null;
  all: AccountInfo[] = [];
  silent: () => Promise<AuthenticationResult> = () => Promise.resolve(result('silent-token'));
  redirectResult: AuthenticationResult | null = null;

  getActiveAccount = () => this.active;
  getAllAccounts = () => this.all;
  setActiveAccount = (a: AccountInfo | null) => {
    this.active = a;
  };
  acquireTokenSilent = (request: { scopes: string[]; account?: AccountInfo }) => {
    this.log.push(`silent ${request.scopes.join(' ')} ${request.account ? 'with account' : 'no account'}`);
    return this.silent();
  };
  acquireTokenPopup = (request: { scopes: string[] }) => {
    this.log.push(`popup ${request.scopes.join(' ')}`);
    return Promise.resolve(result('popup-token'));
  };
  handleRedirectPromise = () => {
    this.log.push('handleRedirectPromise');
    return Promise.resolve(this.redirectResult);
  };
  loginRedirect = () => {
    this.log.push('loginRedirect');
    return Promise.resolve();
  };
  acquireTokenRedirect = () => {
    this.log.push('acquireTokenRedirect');
    return Promise.resolve();
  };
}

describe('MSAL configuration', () => {
  it('never keeps tokens in localStorage', () => {
    const naa: Configuration = naaConfiguration(tenantConfig);
    const browser: Configuration = browserConfiguration(tenantConfig, 'https://app.example/');
    expect(naa.cache?.cacheLocation).toBe('memoryStorage');
    expect(browser.cache?.cacheLocation).toBe('sessionStorage');
    expect(naa.auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(browser.auth).toMatchObject({ clientId: tenantConfig.clientId, redirectUri: 'https://app.example/' });
  });
});

describe('NaaTokenProvider', () => {
  it('creates the nestable app once with the NAA configuration and gets tokens silently', async () => {
    const msal = new FakeMsal();
    msal.all = [account];
    const configs: Configuration[] = [];
    const tokens = new NaaTokenProvider(tenantConfig, (c) => {
      configs.push(c);
      return Promise.resolve(msal);
    });
    await expect(tokens.getAccessToken(['User.Read'])).resolves.toBe('silent-token');
    await tokens.getAccessToken(['User.Read']);
    expect(configs).toEqual([naaConfiguration(tenantConfig)]);
    expect(msal.log).toEqual(['silent User.Read with account', 'silent User.Read with account']);
    expect(msal.active).toBe(account);
  });

  it('falls back to the host popup when interaction is required', async () => {
    const msal = new FakeMsal();
    msal.active = account;
    msal.silent = () => Promise.reject(new InteractionRequiredAuthError('consent_required', 'corr-1'));
    const tokens = new NaaTokenProvider(tenantConfig, () => Promise.resolve(msal));
    await expect(tokens.getAccessToken(['Mail.Send.Shared'])).resolves.toBe('popup-token');
    expect(msal.log).toEqual(['silent Mail.Send.Shared with account', 'popup Mail.Send.Shared']);
  });

  it('uses the popup when the host has no account yet, but passes other errors on', async () => {
    const msal = new FakeMsal();
    msal.silent = () => Promise.reject(new Error('no_account_error'));
    const tokens = new NaaTokenProvider(tenantConfig, () => Promise.resolve(msal));
    await expect(tokens.getAccessToken(['User.Read'])).resolves.toBe('popup-token');

    const signedIn = new FakeMsal();
    signedIn.active = account;
    signedIn.silent = () => Promise.reject(new Error('network_error'));
    const failing = new NaaTokenProvider(tenantConfig, () => Promise.resolve(signedIn));
    await expect(failing.getAccessToken(['User.Read'])).rejects.toThrow('network_error');
  });
});

describe('BrowserMsalTokenProvider', () => {
  it('completes a returning redirect and then gets tokens silently', async () => {
    const msal = new FakeMsal();
    msal.redirectResult = result('from-redirect');
    const configs: Configuration[] = [];
    const tokens = new BrowserMsalTokenProvider(tenantConfig, 'https://app.example/', (c) => {
      configs.push(c);
      return Promise.resolve(msal);
    });
    await expect(tokens.getAccessToken(['User.Read'])).resolves.toBe('silent-token');
    expect(configs[0]?.cache?.cacheLocation).toBe('sessionStorage');
    expect(msal.log).toEqual(['handleRedirectPromise', 'silent User.Read with account']);
  });

  it('redirects to sign-in when nobody is signed in', async () => {
    const msal = new FakeMsal();
    const tokens = new BrowserMsalTokenProvider(tenantConfig, 'https://app.example/', () => Promise.resolve(msal));
    await expect(tokens.getAccessToken(['User.Read'])).rejects.toBeInstanceOf(SignInRedirectStarted);
    expect(msal.log).toEqual(['handleRedirectPromise', 'loginRedirect']);
  });

  it('redirects for consent when interaction is required', async () => {
    const msal = new FakeMsal();
    msal.all = [account];
    msal.silent = () => Promise.reject(new InteractionRequiredAuthError('interaction_required', 'corr-2'));
    const tokens = new BrowserMsalTokenProvider(tenantConfig, 'https://app.example/', () => Promise.resolve(msal));
    await expect(tokens.getAccessToken(['Sites.ReadWrite.All'])).rejects.toBeInstanceOf(SignInRedirectStarted);
    expect(msal.log).toEqual(['handleRedirectPromise', 'silent Sites.ReadWrite.All with account', 'acquireTokenRedirect']);
  });
});

describe('chooseTokenProvider', () => {
  const tenant = loadConfig({
    SEKRETARIAT_CLIENT_ID: tenantConfig.clientId,
    SEKRETARIAT_TENANT_ID: tenantConfig.tenantId,
    SEKRETARIAT_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  });

  it('uses the sandbox locally, signed in as the chosen person', () => {
    const provider = chooseTokenProvider(loadConfig({}), { naaSupported: false, sandboxUser: 'anne@klynge.example' });
    expect(provider).toBeInstanceOf(SandboxTokenProvider);
    expect((provider as SandboxTokenProvider).user).toBe('anne@klynge.example');
    expect(() => chooseTokenProvider(loadConfig({}), { naaSupported: false })).toThrow('person to sign in as');
  });

  it('uses NAA where the host supports it, MSAL redirect otherwise', () => {
    expect(chooseTokenProvider(tenant, { naaSupported: true })).toBeInstanceOf(NaaTokenProvider);
    expect(chooseTokenProvider(tenant, { naaSupported: false })).toBeInstanceOf(BrowserMsalTokenProvider);
  });
});
