import type { ControlRoute } from '../http/types';
import { GraphHttpError } from '../http/types';
import { findUser } from '../directory/lookup';
import type { TokenIssuer } from '../auth/tokens';
import type { SandboxState } from '../state';
import type { FaultInjector } from './faults';
import type { RequestStats } from './stats';

export interface CoreControlDeps {
  readonly tokens: TokenIssuer;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  /** The seeded state, made afresh (today-relative, as at a start with --reset). */
  readonly seeded: () => SandboxState;
}

/** Each signed-in-able person's roles per forum, read from the forums' Members lists. */
function forumRoles(state: SandboxState, mail: string): { groupId: string; forum: string; role: string }[] {
  return state.sites.sites.flatMap((site) => {
    const group = state.directory.groups.find((g) => g.id === site.groupId);
    const members = site.lists.find((l) => l.name === 'Members');
    return (members?.items ?? [])
      .filter((i) => String(i.fields.Email ?? '').toLowerCase() === mail.toLowerCase())
      .map((i) => ({ groupId: site.groupId, forum: group?.displayName ?? site.displayName, role: String(i.fields.Role ?? 'member') }));
  });
}

/** `/_sandbox/health`, `/users`, `/token` (a person's, or `{app}` a registered application's), `/faults`, `/stats` (no authentication). */
export function coreControlRoutes(deps: CoreControlDeps): ControlRoute[] {
  return [
    { method: 'GET', pattern: '/health', handler: () => ({ status: 200, body: { status: 'ok' } }) },
    {
      method: 'GET',
      pattern: '/users',
      handler: (_req, ctx) => {
        const state = ctx.db.state;
        const people = state.directory.users
          .filter((u) => u.accountEnabled)
          .map((u) => ({
            id: u.id,
            displayName: u.displayName,
            mail: u.mail,
            userPrincipalName: u.userPrincipalName,
            jobTitle: u.jobTitle,
            companyName: u.companyName,
            userType: u.userType,
            forums: forumRoles(state, u.mail),
          }));
        return { status: 200, body: people };
      },
    },
    {
      method: 'POST',
      pattern: '/token',
      handler: (req, ctx) => {
        const body = req.body as { user?: unknown; app?: unknown; scopes?: unknown } | undefined;
        // The client-credentials grant: `{ "app": "<client id>" }` gives a registered application its app-only token.
        if (body?.app !== undefined) {
          const appId = typeof body.app === 'string' ? body.app : '';
          const app = (ctx.db.state.directory.applications ?? []).find((a) => a.appId.toLowerCase() === appId.toLowerCase());
          if (!app) throw new GraphHttpError(400, 'unauthorized_client', `No application '${appId}' is registered in the sandbox tenant.`);
          return { status: 200, body: deps.tokens.issueApp(app, ctx.db.state.directory.tenantId, ctx.now()) };
        }
        const name = typeof body?.user === 'string' ? body.user : '';
        const user = name ? findUser(ctx.db.state.directory, name) : undefined;
        if (!user) throw new GraphHttpError(400, 'invalid_grant', `No sandbox user '${name}'. GET /_sandbox/users lists who can sign in.`);
        if (!user.accountEnabled)
          throw new GraphHttpError(400, 'invalid_grant', `'${name}' cannot sign in (the account is disabled, e.g. a shared mailbox).`);
        // `scopes` (optional): a token carrying only these, as from a tenant that consented to less (doctor's tests).
        const scopes = Array.isArray(body?.scopes) ? body.scopes.filter((s): s is string => typeof s === 'string') : undefined;
        return { status: 200, body: deps.tokens.issue(user, ctx.db.state.directory.tenantId, ctx.now(), scopes) };
      },
    },
    { method: 'POST', pattern: '/faults', handler: (req) => ({ status: 201, body: { id: deps.faults.add(req.body).id } }) },
    { method: 'GET', pattern: '/faults', handler: () => ({ status: 200, body: { value: deps.faults.list() } }) },
    {
      method: 'DELETE',
      pattern: '/faults',
      handler: () => {
        deps.faults.clear();
        return { status: 204 };
      },
    },
    { method: 'GET', pattern: '/stats', handler: () => ({ status: 200, body: deps.stats.snapshot() }) },
    {
      // Back to the seed without a restart: a test that ends a forum or circulates a meeting's minutes need not decide
      // what the tests after it see. Tokens stay valid (their keys are not state); faults and stats are cleared too.
      method: 'POST',
      pattern: '/reset',
      handler: async (_req, ctx) => {
        const fresh = deps.seeded();
        await ctx.db.mutate((state) => {
          const target = state as unknown as Record<string, unknown>;
          for (const key of Object.keys(target)) Reflect.deleteProperty(target, key);
          Object.assign(target, fresh);
        });
        deps.faults.clear();
        deps.stats.reset();
        return { status: 204 };
      },
    },
    {
      method: 'DELETE',
      pattern: '/stats',
      handler: () => {
        deps.stats.reset();
        return { status: 204 };
      },
    },
  ];
}
