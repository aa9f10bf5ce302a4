import type { AuthenticationProvider, AuthenticationProviderOptions, Context } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../auth/token-provider';
import { ChainedMiddleware, requestUrl, setRequestHeader } from './chained';
import { RequestTrace } from './request-trace';

/** The SDK's `AuthenticationProvider` over our `TokenProvider` (NAA, browser MSAL or the sandbox). */
export class TokenAuthProvider implements AuthenticationProvider {
  constructor(
    private readonly tokens: TokenProvider,
    private readonly scopes: readonly string[],
  ) {}

  getAccessToken(options?: AuthenticationProviderOptions): Promise<string> {
    return this.tokens.getAccessToken(options?.scopes ?? this.scopes);
  }
}

/**
 * Adds `Authorization: Bearer …` to requests for our Graph origin only, and strips it from anything else.
 * Ours rather than the SDK's AuthenticationHandler, which recognises only https hosts and so would never
 * authenticate the http://localhost sandbox.
 */
export class AuthenticateRequests extends ChainedMiddleware {
  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly graphOrigin: string,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    if (originOf(requestUrl(context)) === this.graphOrigin) {
      let token: string;
      try {
        token = await this.provider.getAccessToken();
      } catch (error) {
        // The SDK would wrap this in its own error type; the trace lets the facade rethrow it as it was.
        const trace = context.middlewareControl?.getMiddlewareOptions(RequestTrace) as RequestTrace | undefined;
        if (trace) trace.tokenFailure = { error };
        throw error;
      }
      setRequestHeader(context, 'Authorization', `Bearer ${token}`);
    } else {
      setRequestHeader(context, 'Authorization', undefined);
    }
    await this.passOn(context);
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
