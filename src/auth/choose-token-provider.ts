import type { AppConfig } from '../config/app-config';
import { BrowserMsalTokenProvider } from './browser-msal-token-provider';
import { NaaTokenProvider } from './naa-token-provider';
import { SandboxTokenProvider } from './sandbox-token-provider';
import type { TokenProvider } from './token-provider';

export interface TokenEnvironment {
  /** The host offers nested app authentication (Office `NestedAppAuth` 1.1 / Teams `isNAAChannelRecommended()`). */
  readonly naaSupported: boolean;
  /** In the sandbox: the seeded person to sign in as (userPrincipalName). */
  readonly sandboxUser?: string;
  /** Plain browser: where Microsoft sends the user back; defaults to the app's base URL. */
  readonly redirectUri?: string;
}

/** The sandbox locally, NAA in Teams and Outlook, MSAL redirect in a plain browser against a real tenant. */
export function chooseTokenProvider(config: AppConfig, env: TokenEnvironment): TokenProvider {
  if (config.sandbox) {
    if (!env.sandboxUser) throw new Error('The Graph sandbox needs a person to sign in as');
    return new SandboxTokenProvider(new URL(config.graphBaseUrl).origin, env.sandboxUser);
  }
  if (env.naaSupported) return new NaaTokenProvider(config);
  return new BrowserMsalTokenProvider(config, env.redirectUri ?? config.appBaseUrl);
}
