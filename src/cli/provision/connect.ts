import type { TokenProvider } from '../../auth/token-provider';
import { GRAPH_SCOPES } from '../../auth/token-provider';
import { createGraph } from '../../graph/client';
import type { Graph } from '../../graph/types';

export interface ConnectOptions {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0 or the sandbox's. */
  readonly graphUrl: string;
  /** A bearer token for Graph (from `az account get-access-token`, Graph Explorer, ...). */
  readonly token?: string;
  /** Sign in to the local sandbox as this person instead. */
  readonly sandboxUser?: string;
}

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
  if (!response.ok) throw new Error(`Sandkassen afviste login som ${user} (HTTP ${response.status}). Se de kendte brugere på ${new URL(graphUrl).origin}/_sandbox/users.`);
  const body = (await response.json()) as { access_token?: unknown };
  if (typeof body.access_token !== 'string') throw new Error(`Sandkassen gav intet access_token for ${user}.`);
  return body.access_token;
}

export async function connectGraph(options: ConnectOptions): Promise<Graph> {
  const token = options.token ?? (options.sandboxUser ? await sandboxToken(options.graphUrl, options.sandboxUser) : undefined);
  if (!token) throw new Error('Angiv --token TOKEN (en rigtig tenant) eller --sandbox-user UPN (den lokale sandkasse).');
  return createGraph({ tokens: fixedToken(token), baseUrl: options.graphUrl, scopes: GRAPH_SCOPES });
}
