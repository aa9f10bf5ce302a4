import type { TokenProvider } from '../../auth/token-provider';
import { GRAPH_SCOPES } from '../../auth/token-provider';
import { createGraph } from '../../graph/client';
import { createSharePointRest, restRootOf, sharePointScopes, type SharePointRest, type SharePointScope } from '../../graph/sharepoint-rest';
import type { Graph } from '../../graph/graph-types';

const fixedToken = (token: string): TokenProvider => ({ getAccessToken: () => Promise.resolve(token) });

/** Asks the sandbox's control endpoint for a token, as the app's sandbox sign-in does. */
export async function sandboxToken(graphUrl: string, user: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const url = `${new URL(graphUrl).origin}/_sandbox/token`;
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  } catch {
    throw new Error(`Sandkassen svarer ikke på ${url}. Start den med "npm start" (eller "npm run sandbox") og prøv igen.`);
  }
  if (!response.ok)
    throw new Error(
      `Sandkassen afviste login som ${user} (HTTP ${response.status}). Se de kendte brugere på ${new URL(graphUrl).origin}/_sandbox/users.`,
    );
  const body = (await response.json()) as { access_token?: unknown };
  if (typeof body.access_token !== 'string') throw new Error(`Sandkassen gav intet access_token for ${user}.`);
  return body.access_token;
}

/** The app's Graph pipeline with a token the admin handed the CLI. `graphUrl` includes the version. */
export function connectGraph(graphUrl: string, token: string): Graph {
  return createGraph({ tokens: fixedToken(token), baseUrl: graphUrl, scopes: GRAPH_SCOPES });
}

export interface SharePointConnection {
  /** The site's URL from Graph (`https://contoso.sharepoint.com/sites/ksg`). */
  readonly webUrl: string;
  /** SharePoint's origin when it is not the site's own (the sandbox serves the site's path on its own origin). */
  readonly sharePointUrl?: string;
  readonly token: string;
  readonly scope: SharePointScope;
}

/** The site's SharePoint REST API: `{webUrl}/_api`, or the same path on `sharePointUrl`'s origin. */
export function connectSharePoint(connection: SharePointConnection): SharePointRest {
  const restRoot = connection.sharePointUrl
    ? `${new URL(connection.sharePointUrl).origin}${new URL(restRootOf(connection.webUrl)).pathname}`
    : restRootOf(connection.webUrl);
  return createSharePointRest({
    tokens: fixedToken(connection.token),
    scopes: sharePointScopes(connection.webUrl, connection.scope),
    site: { restRoot },
  });
}
