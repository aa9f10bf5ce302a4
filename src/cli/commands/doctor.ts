import { SandboxTokenProvider } from '../../auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../../auth/token-provider';
import { loadConfig } from '../../config/app-config';
import { RUN_APPLICATION_PERMISSIONS } from '../../auth/token-provider';
import { certificateTokenProvider } from '../app-credentials';
import type { CliCommand, CliIo } from '../cli-command';
import { EXIT, UsageError, parseOptions } from '../cli-command';
import { failed, passed, printCheck, type CheckLine } from '../doctor/check-line';
import { checkGroup, checkGroupAsApp, checkMailbox, checkPermissions } from '../doctor/forum-checks';
import { checkLists } from '../doctor/list-checks';
import { missingScopes, readToken } from '../doctor/token-claims';
import { connectGraph, connectSharePoint } from '../provision/connect';
import { refuseTokenArguments, resolveTokens, SHAREPOINT_TOKEN_ENV, type CliTokens } from '../tokens';

/** The SharePoint scope provision needs to set the lists' permissions (Graph v1.0 cannot). */
const SHAREPOINT_SCOPE = 'AllSites.FullControl';

const CONSENT_FIX = (scope: string, api: string): string =>
  `Entra ID → App registrations → Sekretariat → API permissions → Add a permission → ${api} → Delegated → ${scope}, og / and "Grant admin consent"`;

/** The token's own lines: readable, unexpired, delegated; then one line per scope it lacks (or one ✓ for all). */
function tokenLines(name: string, token: string, wanted: readonly string[], api: string, now: Date): CheckLine[] {
  const facts = readToken(token);
  if (!facts)
    return [
      failed(
        `${name}-token kan ikke læses (ikke et JWT) / the ${name} token is not a readable JWT`,
        'hent et nyt adgangstoken for appen / get a new access token for the app',
      ),
    ];
  if (facts.exp !== undefined && facts.exp * 1000 <= now.getTime()) {
    return [
      failed(
        `${name}-token udløb ${new Date(facts.exp * 1000).toISOString()} / the ${name} token has expired`,
        'hent et nyt adgangstoken / get a new access token',
      ),
    ];
  }
  if (facts.kind === 'app') {
    const lines = [passed(`${name}-token (app-only) for ${facts.who || '?'} / ${name} app-only token obtained`)];
    const have = new Set(facts.roles.map((r) => r.toLowerCase()));
    const lacking = RUN_APPLICATION_PERMISSIONS.filter((r) => !have.has(r.toLowerCase()));
    for (const role of lacking) {
      lines.push(
        failed(
          `Applikationstilladelse ${role} (${api}) er ikke givet / application permission ${role} is not granted`,
          `Entra ID → App registrations → ${facts.who || 'the run’s registration'} → API permissions → Add a permission → ${api} → Application → ${role}, og / and "Grant admin consent"`,
        ),
      );
    }
    if (lacking.length === 0)
      lines.push(passed(`Applikationstilladelser givet / application permissions granted: ${RUN_APPLICATION_PERMISSIONS.join(', ')}`));
    return lines;
  }
  const lines = [passed(`${name}-token for ${facts.who || '?'} / ${name} token obtained`)];
  const missing = missingScopes(facts, wanted);
  for (const scope of missing) lines.push(failed(`Scope ${scope} (${api}) er ikke givet / is not granted`, CONSENT_FIX(scope, api)));
  if (missing.length === 0) lines.push(passed(`${api}-scopes givet / granted: ${wanted.join(', ')}`));
  return lines;
}

/** `--app`: the unattended run's own token (its certificate, as `sekretariat run` gets it); `--sandbox-app`: the sandbox's registered application's. */
async function appTokens(io: CliIo, sandbox: boolean, graphUrl: string): Promise<CliTokens> {
  const config = loadConfig(io.env);
  if (sandbox) {
    if (!config.automationAppId)
      throw new UsageError('Ingen app: sæt SEKRETARIAT_AUTOMATION_APP_ID / no application: set SEKRETARIAT_AUTOMATION_APP_ID');
    return { graph: await SandboxTokenProvider.forApp(new URL(graphUrl).origin, config.automationAppId).getAccessToken([]) };
  }
  const provider = await certificateTokenProvider(io, { ...config, graphBaseUrl: graphUrl });
  return { graph: await provider.getAccessToken([]) };
}

/** A check that could not be made (a host unreachable, an answer not understood) is a ✗ too, not the end of the report. */
async function guarded(what: string, fix: string, check: () => Promise<CheckLine[]>): Promise<CheckLine[]> {
  try {
    return await check();
  } catch (error) {
    return [failed(`${what} kan ikke læses / cannot be read: ${error instanceof Error ? error.message : String(error)}`, fix)];
  }
}

/**
 * `sekretariat doctor`: reads a configured tenant and says, one line per check, whether the app can run there — the
 * token and its consented scopes, each forum's group and site, its lists and columns as provision creates them, the
 * site's permissions as provision sets them, and its shared mailbox — with, for each ✗, what is missing and what to
 * run. Reads only (GET); exits 1 when anything is missing.
 */
export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary:
    'Tjek en opsat tenant uden at ændre noget: token, scopes, gruppe, lister og kolonner, rettigheder, postkasse · Check a configured tenant read-only: token, scopes, group, lists and columns, permissions, mailbox',
  usage: '[--forum GROUP_ID]... [--graph-url URL] [--sharepoint-url URL] [--token-stdin | --sandbox-user UPN | --app | --sandbox-app]',
  async run(args, io) {
    refuseTokenArguments(args);
    const options = parseOptions(args, {
      forum: { type: 'string', multiple: true },
      'graph-url': { type: 'string' },
      'sharepoint-url': { type: 'string' },
      'token-stdin': { type: 'boolean' },
      'sandbox-user': { type: 'string' },
      app: { type: 'boolean' },
      'sandbox-app': { type: 'boolean' },
    });
    const config = loadConfig(io.env);
    const graphUrl = options['graph-url'] ?? config.graphBaseUrl;
    const wanted = options.forum ?? [];
    const forums =
      wanted.length === 0 ? config.forums : config.forums.filter((f) => wanted.some((g) => g.toLowerCase() === f.groupId.toLowerCase()));
    const unknown = wanted.filter((g) => !config.forums.some((f) => f.groupId.toLowerCase() === g.toLowerCase()));
    if (unknown.length > 0) throw new UsageError(`Ikke i SEKRETARIAT_FORUMS / not in SEKRETARIAT_FORUMS: ${unknown.join(', ')}`);
    const asApp = options.app === true || options['sandbox-app'] === true;
    if (asApp && (options['token-stdin'] || options['sandbox-user']))
      throw new UsageError('--app/--sandbox-app kan ikke kombineres med --token-stdin eller --sandbox-user / cannot be combined with them');
    const tokens = asApp
      ? await appTokens(io, options['sandbox-app'] === true, graphUrl)
      : await resolveTokens({ tokenStdin: options['token-stdin'], sandboxUser: options['sandbox-user'], graphUrl }, io, {
          sharePoint: false,
        });
    const now = new Date();
    const lines: CheckLine[] = [];
    const report = (...more: CheckLine[]): void => {
      for (const l of more) printCheck(io, l);
      lines.push(...more);
    };

    io.out(`Token og scopes / token and scopes (${graphUrl}):`);
    report(...tokenLines('Graph', tokens.graph, GRAPH_SCOPES, 'Microsoft Graph', now));
    if (tokens.sharePoint) report(...tokenLines('SharePoint', tokens.sharePoint, [SHAREPOINT_SCOPE], 'SharePoint', now));
    // The run's application reads no role assignments (Sites.Selected grants a site's lists, not its permissions).
    else if (!asApp)
      report(
        failed(
          `Intet SharePoint-token: rettighederne kan ikke tjekkes / no SharePoint token: the permissions cannot be checked`,
          `sæt / set ${SHAREPOINT_TOKEN_ENV} (${SHAREPOINT_SCOPE}) eller giv det som anden linje med --token-stdin / or pipe it as the second line with --token-stdin`,
        ),
      );

    const graph = connectGraph(graphUrl, tokens.graph);
    for (const entry of forums) {
      const provision = `sekretariat provision --forum ${entry.groupId}`;
      io.out('');
      io.out(`Forum ${entry.groupId}:`);
      if (asApp) {
        const app = await checkGroupAsApp(graph, entry.siteId, entry.groupId);
        report(...app.lines);
        if (!app.reachable) continue;
        report(
          ...(await guarded(
            'Listerne / the lists',
            'kontrollér appens adgang til sitet (Sites.Selected) / check the application’s grant on the site',
            () => checkLists(graph, entry.siteId, provision, { columns: false }),
          )),
        );
        report(await checkMailbox(graph, entry.siteId));
        continue;
      }
      const group = await checkGroup(graph, entry.siteId, entry.groupId);
      report(...group.lines);
      const forum = group.forum;
      if (!forum) continue;
      report(
        ...(await guarded(
          'Listerne / the lists',
          'kontrollér tokenets adgang til sitet (Sites.ReadWrite.All) / check the token’s access to the site',
          () => checkLists(graph, entry.siteId, provision),
        )),
      );
      if (tokens.sharePoint) {
        // The sandbox serves the site's REST API on its own origin; a tenant on the site's.
        const sharePointUrl = options['sharepoint-url'] ?? (options['sandbox-user'] ? new URL(graphUrl).origin : undefined);
        const rest = connectSharePoint({
          webUrl: forum.webUrl,
          ...(sharePointUrl ? { sharePointUrl } : {}),
          token: tokens.sharePoint,
          scope: SHAREPOINT_SCOPE,
        });
        const fix = `kontrollér SharePoint-tokenet (${SHAREPOINT_SCOPE}, udstedt til ${new URL(forum.webUrl).origin}) og --sharepoint-url / check the SharePoint token and --sharepoint-url`;
        report(...(await guarded('Rettighederne / the permissions', fix, () => checkPermissions(graph, rest, forum, provision))));
      }
      report(await checkMailbox(graph, entry.siteId));
    }
    const missing = lines.filter((l) => !l.ok).length;
    io.out('');
    io.out(missing === 0 ? 'Alt i orden / all checks passed' : `Mangler / missing: ${missing} – se → ovenfor / see → above`);
    return missing === 0 ? EXIT.ok : EXIT.failed;
  },
};
