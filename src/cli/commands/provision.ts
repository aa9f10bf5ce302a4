import type { CliCommand, CliIo } from '../cli-command';
import { EXIT, UsageError, parseOptions } from '../cli-command';
import { loadConfig } from '../../config/app-config';
import type { Graph } from '../../graph/graph-types';
import type { SharePointRest } from '../../graph/sharepoint-rest';
import { applyPlan } from '../../store/site-permissions/apply';
import { trustedChairs } from '../../store/site-permissions/chairs';
import { checkSite, loadForumSite, type ForumSite } from '../../store/site-permissions/forum-site';
import { sitePermissionPlan } from '../../store/site-permissions/permission-plan';
import { connectGraph, connectSharePoint } from '../provision/connect';
import { provisionProcessedFolder } from '../provision/mail-folder';
import { provisionLists } from '../provision/provision-lists';
import { printApplied, printChairs, printDeviations, printWithoutAccount } from '../provision/report';
import { refuseTokenArguments, resolveTokens } from '../tokens';

/** `--check`: reads only, lists every deviation from the plan, and exits 1 when there is any. */
async function check(io: CliIo, graph: Graph, rest: SharePointRest, forum: ForumSite): Promise<number> {
  const chairs = await trustedChairs(graph, forum.siteId, forum.groupId);
  printChairs(io, chairs);
  const result = await checkSite(rest, graph, forum.siteId, sitePermissionPlan(chairs.chairs));
  io.out(`Rettigheder / permissions – ${result.site.web.title} (${forum.webUrl}):`);
  printDeviations(io, result.deviations);
  printWithoutAccount(io, result.withoutAccount);
  if (result.deviations.length === 0) {
    io.out('Ingen afvigelser – sitet følger planen / no deviations – the site matches the plan');
    return EXIT.ok;
  }
  io.out(
    `Afvigelser / deviations: ${result.deviations.length} – kør "sekretariat provision" uden --check for at rette dem / run provision without --check to fix them`,
  );
  return EXIT.failed;
}

/**
 * Creates the missing lists and the forum mailbox's "Behandlet" folder, then makes the site's permissions match the
 * plan and prints what it changed.
 */
async function provision(io: CliIo, graph: Graph, rest: SharePointRest, forum: ForumSite, graphUrl: string): Promise<number> {
  io.out(`Lister / lists (${graphUrl}):`);
  const lists = await provisionLists(graph, forum.siteId, undefined, (message) => io.out(`  ${message}`));
  io.out(`Lister oprettet / created: ${lists.created.length}, fandtes allerede / existed: ${lists.existing.length}`);
  await provisionProcessedFolder(graph, forum.siteId, io);
  const chairs = await trustedChairs(graph, forum.siteId, forum.groupId);
  printChairs(io, chairs);
  io.out(`Rettigheder / permissions (${forum.webUrl}):`);
  const result = await applyPlan(rest, graph, forum.siteId, sitePermissionPlan(chairs.chairs));
  printApplied(io, result);
  // A column left without its uniqueness (its items hold a value twice) needs a person: provision is not done.
  return result.unresolved.length === 0 && lists.uniqueRefused.length === 0 ? EXIT.ok : EXIT.failed;
}

export const provisionCommand: CliCommand = {
  name: 'provision',
  summary:
    "Opret forummets SharePoint-lister og postkassens mappe Behandlet, og sæt sitets rettigheder (idempotent; --check ændrer intet og viser afvigelser) · Create the forum's lists and its mailbox's folder Behandlet, and set the site's permissions (idempotent; --check changes nothing and lists deviations)",
  usage:
    '(--forum GROUP_ID | --site SITE_ID [--group GROUP_ID]) [--check] [--graph-url URL] [--sharepoint-url URL] [--token-stdin | --sandbox-user UPN]',
  async run(args, io) {
    refuseTokenArguments(args);
    const options = parseOptions(args, {
      forum: { type: 'string' },
      site: { type: 'string' },
      group: { type: 'string' },
      check: { type: 'boolean' },
      'graph-url': { type: 'string' },
      'sharepoint-url': { type: 'string' },
      'token-stdin': { type: 'boolean' },
      'sandbox-user': { type: 'string' },
    });
    const config = loadConfig(io.env);
    // `--forum GROUP_ID`: a forum of SEKRETARIAT_FORUMS by its group, its site from there.
    const configured =
      options.forum === undefined ? undefined : config.forums.find((f) => f.groupId.toLowerCase() === options.forum?.toLowerCase());
    if (options.forum !== undefined && !configured)
      throw new UsageError(`--forum ${options.forum} står ikke i SEKRETARIAT_FORUMS / is not in SEKRETARIAT_FORUMS`);
    const siteId = options.site ?? configured?.siteId;
    if (!siteId) throw new UsageError('--forum eller --site mangler / --forum or --site is required');
    const groupId =
      options.group ?? configured?.groupId ?? config.forums.find((f) => f.siteId.toLowerCase() === siteId.toLowerCase())?.groupId;
    if (!groupId)
      throw new UsageError(
        '--group mangler: sitet står ikke i SEKRETARIAT_FORUMS / --group is required: the site is not in SEKRETARIAT_FORUMS',
      );
    const graphUrl = options['graph-url'] ?? config.graphBaseUrl;
    const tokens = await resolveTokens({ tokenStdin: options['token-stdin'], sandboxUser: options['sandbox-user'], graphUrl }, io, {
      sharePoint: true,
    });
    const graph = connectGraph(graphUrl, tokens.graph);
    const forum = await loadForumSite(graph, siteId, groupId);
    // The sandbox serves the site's REST API on its own origin; a tenant on the site's.
    const sharePointUrl = options['sharepoint-url'] ?? (options['sandbox-user'] ? new URL(graphUrl).origin : undefined);
    const rest = connectSharePoint({
      webUrl: forum.webUrl,
      ...(sharePointUrl ? { sharePointUrl } : {}),
      token: tokens.sharePoint ?? '',
      scope: 'AllSites.FullControl',
    });
    return options.check ? check(io, graph, rest, forum) : provision(io, graph, rest, forum, graphUrl);
  },
};
