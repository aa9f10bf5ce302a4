import type { TokenProvider } from '../auth/token-provider';
import type { AppConfig } from '../config/app-config';
import type { HostCapabilities } from '../host/capabilities';

/**
 * Tokens inside Teams or Outlook: nested app authentication (MSAL loaded on demand), or — against the sandbox
 * (e.g. a simulated host) — a sandbox token for the host's user.
 */
export async function hostTokens(config: AppConfig, host: HostCapabilities): Promise<TokenProvider> {
  // Each kind loads on demand: a tenant's build never runs the sandbox's, the sandbox never fetches MSAL.
  if (config.sandbox) {
    const { SandboxTokenProvider } = await import('../auth/sandbox-token-provider.js');
    return new SandboxTokenProvider(new URL(config.graphBaseUrl).origin, host.user.email);
  }
  const { NaaTokenProvider } = await import('../auth/naa-token-provider.js');
  return new NaaTokenProvider(config);
}
