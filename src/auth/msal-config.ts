import { BrowserCacheLocation, type Configuration } from '@azure/msal-browser';
import type { AppConfig } from '../config/app-config';

export type MsalAppConfig = Pick<AppConfig, 'clientId' | 'tenantId'>;

export function authorityFor(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}`;
}

/** Nested app authentication: the host (Teams, Outlook) holds the session; our cache stays in memory. */
export function naaConfiguration(config: MsalAppConfig): Configuration {
  return {
    auth: { clientId: config.clientId, authority: authorityFor(config.tenantId) },
    cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
  };
}

/**
 * A plain browser against a real tenant: redirect sign-in, cache in sessionStorage (it must survive the redirect;
 * never localStorage, so no token outlives the tab). `redirectUri` is the app page that calls handleRedirectPromise.
 */
export function browserConfiguration(config: MsalAppConfig, redirectUri: string): Configuration {
  return {
    auth: { clientId: config.clientId, authority: authorityFor(config.tenantId), redirectUri },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  };
}
