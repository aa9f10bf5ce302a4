import { GRAPH_SCOPES, type TokenProvider } from '../auth/token-provider';

/**
 * The Graph token asked for at once, before the app's code is fetched and run: the home's first request then finds it
 * there instead of asking for it after ~150 ms of script (issue 17 pt 5: the token request runs beside the view's
 * code). The first asking for the same scopes takes the answer on its way; any other, or any after a failure, asks
 * the provider itself — which keeps and renews its tokens as before.
 */
export function tokenAhead(tokens: TokenProvider, scopes: readonly string[] = GRAPH_SCOPES): TokenProvider {
  let ahead: Promise<string> | undefined = tokens.getAccessToken(scopes);
  ahead.catch(() => undefined); // reported by the asking that takes it, if any does
  return {
    getAccessToken: (asked) => {
      const taken = ahead && sameScopes(asked, scopes) ? ahead : undefined;
      if (taken) ahead = undefined;
      return taken ? taken.catch(() => tokens.getAccessToken(asked)) : tokens.getAccessToken(asked);
    },
  };
}

const sameScopes = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);
