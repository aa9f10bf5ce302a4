import * as z from 'zod/mini';
import type { TokenProvider } from './token-provider';

const TokenAnswer = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.optional(z.number().check(z.positive())),
});

/** Renew this long before the sandbox says a token expires. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Tokens from the local Graph sandbox: `POST {origin}/_sandbox/token {"user": upn}` — or, for a registered
 * application's app-only token (the unattended run), `{"app": clientId}` (`SandboxTokenProvider.forApp`). One token
 * per provider (the sandbox grants every scope), kept in memory only, renewed before it expires, and shared by
 * concurrent callers.
 */
export class SandboxTokenProvider implements TokenProvider {
  private cached: Promise<{ readonly token: string; readonly expiresAt: number }> | undefined;

  constructor(
    private readonly sandboxOrigin: string,
    readonly user: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
    private readonly now: () => number = Date.now,
    private readonly grant: { readonly user: string } | { readonly app: string } = { user },
  ) {}

  /** The client-credentials grant of the sandbox's registered application `appId`. */
  static forApp(sandboxOrigin: string, appId: string, fetchImpl?: typeof fetch): SandboxTokenProvider {
    return new SandboxTokenProvider(sandboxOrigin, `app ${appId}`, fetchImpl, Date.now, { app: appId });
  }

  async getAccessToken(_scopes: readonly string[]): Promise<string> {
    if (this.cached) {
      const current = await this.cached.catch(() => undefined);
      if (current && current.expiresAt > this.now()) return current.token;
    }
    const request = this.requestToken();
    this.cached = request;
    try {
      return (await request).token;
    } catch (error) {
      if (this.cached === request) this.cached = undefined;
      throw error;
    }
  }

  private async requestToken(): Promise<{ readonly token: string; readonly expiresAt: number }> {
    const response = await this.fetchImpl(`${trimSlash(this.sandboxOrigin)}/_sandbox/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(this.grant),
    });
    if (!response.ok) {
      throw new Error(`The Graph sandbox refused a token for ${this.user} (HTTP ${response.status})`);
    }
    const answer = TokenAnswer.parse(await response.json());
    const lifetime = answer.expires_in !== undefined ? answer.expires_in * 1000 - EXPIRY_MARGIN_MS : Number.POSITIVE_INFINITY;
    return { token: answer.access_token, expiresAt: this.now() + lifetime };
  }
}

const SandboxForumRole = z.object({ groupId: z.string(), forum: z.string(), role: z.string() });

export const SandboxUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  mail: z.nullable(z.string()),
  userPrincipalName: z.string(),
  jobTitle: z.optional(z.nullable(z.string())),
  companyName: z.optional(z.nullable(z.string())),
  userType: z.optional(z.nullable(z.string())),
  forums: z.optional(z.array(SandboxForumRole)),
});

/** A seeded person the plain browser can "sign in as". */
export type SandboxUser = z.infer<typeof SandboxUserSchema>;

/** The seeded people (`GET {origin}/_sandbox/users`), for the sign-in-as picker. */
export async function listSandboxUsers(
  sandboxOrigin: string,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<SandboxUser[]> {
  const response = await fetchImpl(`${trimSlash(sandboxOrigin)}/_sandbox/users`);
  if (!response.ok) throw new Error(`The Graph sandbox did not list its users (HTTP ${response.status})`);
  return z.array(SandboxUserSchema).parse(await response.json());
}

function trimSlash(origin: string): string {
  return origin.replace(/\/+$/, '');
}
