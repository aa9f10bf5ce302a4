import * as z from 'zod/mini';

/**
 * The one place the app's configuration comes from. The build validates it from the environment (webpack.config.js
 * calls loadConfig) and bakes the result into the pages (startup/built-config.ts); the CLI reads it at run time. The
 * defaults point at the local Graph sandbox so `npm start` needs nothing.
 */
const ForumConfig = z.object({
  groupId: z.string().check(z.minLength(1)),
  siteId: z.string().check(z.minLength(1)),
  /** Applications whose app-only writes count as the secretariat's (forum-trust.ts); from `automationAppId`. */
  trustedAppIds: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export const AppConfigSchema = z.object({
  /** Entra ID application (client) id; "sandbox" locally. */
  clientId: z.string().check(z.minLength(1)),
  /** Tenant id or "organizations"; "sandbox" locally. */
  tenantId: z.string().check(z.minLength(1)),
  /** Microsoft Graph root including the version, e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: z.url(),
  /** Where the app itself is served from (used for deep links and the manifest). */
  appBaseUrl: z.url(),
  /**
   * The application (client) id of the forum's unattended run (`sekretariat run`, app-only with a certificate):
   * its writes count as the secretariat's (docs/SECURITY.md). Absent: only the group's owners write for it.
   */
  automationAppId: z.optional(z.string().check(z.minLength(1))),
  /** The forums this deployment serves: each a Microsoft 365 group and its SharePoint site. */
  forums: z.array(ForumConfig).check(z.minLength(1)),
  /** True when talking to the local sandbox (offers "sign in as"). */
  sandbox: z.boolean(),
  /**
   * Where SharePoint's REST API is reached instead of a site's own origin (the sandbox serves it on its own origin);
   * absent in a tenant: `https://contoso.sharepoint.com/sites/x/_api`.
   */
  sharePointOrigin: z.optional(z.url()),
});

export type AppConfig = z.infer<typeof AppConfigSchema>;

/** Ids the sandbox seed uses; kept here so the default config and the seed agree. */
export const SANDBOX_FORUMS = [
  {
    groupId: '6f1c2a4e-0b7d-4c55-9a1e-3f2d8e7c1a01',
    siteId: 'sekretariat.sharepoint.com,1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a01,9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01',
  },
  {
    groupId: '6f1c2a4e-0b7d-4c55-9a1e-3f2d8e7c1a02',
    siteId: 'sekretariat.sharepoint.com,1b2c3d4e-5f60-4172-8a9b-0c1d2e3f4a02,9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c02',
  },
] as const;

/** The application the sandbox seed registers for `sekretariat run --sandbox-app` (its client id). */
export const SANDBOX_AUTOMATION_APP_ID = '7d2f4a90-3c1e-4b8a-9f06-5e4d3c2b1a07';

export interface ConfigEnv {
  readonly SEKRETARIAT_CLIENT_ID?: string;
  readonly SEKRETARIAT_TENANT_ID?: string;
  readonly SEKRETARIAT_GRAPH_BASE_URL?: string;
  readonly SEKRETARIAT_APP_BASE_URL?: string;
  /** JSON array of {groupId, siteId}. */
  readonly SEKRETARIAT_FORUMS?: string;
  /** Only for an emulator: the origin that serves SharePoint's REST API for every site. */
  readonly SEKRETARIAT_SHAREPOINT_ORIGIN?: string;
  /** The unattended run's application (client) id, whose writes count as the secretariat's. */
  readonly SEKRETARIAT_AUTOMATION_APP_ID?: string;
}

type ForumEntry = z.infer<typeof ForumConfig>;

/** Each forum trusts the deployment's automation application besides any it names itself. */
function withAutomationApp(forums: readonly ForumEntry[], appId: string | undefined): ForumEntry[] {
  if (!appId) return [...forums];
  return forums.map((f) => ({ ...f, trustedAppIds: [...new Set([...(f.trustedAppIds ?? []), appId])] }));
}

export function loadConfig(env: ConfigEnv): AppConfig {
  const graphBaseUrl = env.SEKRETARIAT_GRAPH_BASE_URL ?? 'http://localhost:3001/v1.0';
  const clientId = env.SEKRETARIAT_CLIENT_ID ?? 'sandbox';
  const sandbox = clientId === 'sandbox';
  // The sandbox answers SharePoint's REST calls on the origin it serves Graph from.
  const sharePointOrigin = env.SEKRETARIAT_SHAREPOINT_ORIGIN ?? (sandbox ? new URL(graphBaseUrl).origin : undefined);
  // Locally the sandbox's registered application runs the unattended pass; a tenant names its own.
  const automationAppId = env.SEKRETARIAT_AUTOMATION_APP_ID?.trim() || (sandbox ? SANDBOX_AUTOMATION_APP_ID : undefined);
  const parsed = AppConfigSchema.parse({
    clientId,
    tenantId: env.SEKRETARIAT_TENANT_ID ?? 'sandbox',
    graphBaseUrl,
    appBaseUrl: env.SEKRETARIAT_APP_BASE_URL ?? 'http://localhost:3000',
    forums: env.SEKRETARIAT_FORUMS ? (JSON.parse(env.SEKRETARIAT_FORUMS) as unknown) : SANDBOX_FORUMS,
    sandbox,
    ...(sharePointOrigin ? { sharePointOrigin } : {}),
    ...(automationAppId ? { automationAppId } : {}),
  });
  return { ...parsed, forums: withAutomationApp(parsed.forums, parsed.automationAppId) };
}
