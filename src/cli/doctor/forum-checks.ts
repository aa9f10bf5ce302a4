import { GraphError, type Graph, type GraphPage } from '../../graph/graph-types';
import type { SharePointRest } from '../../graph/sharepoint-rest';
import { mailFoldersUrl } from '../../store/mail/mailbox-paths';
import { Fields, listItemsUrl, type GraphListItem } from '../../store/list-item';
import { trustedChairs } from '../../store/site-permissions/chairs';
import { checkSite, loadForumSite, type ForumSite } from '../../store/site-permissions/forum-site';
import { sitePermissionPlan } from '../../store/site-permissions/permission-plan';
import { line } from '../../store/site-permissions/wording';
import { failed, passed, type CheckLine } from './check-line';

/** Doctor's reads of one forum: its group and site, the site's permissions against provision's plan, its mailbox. */

const statusOf = (error: unknown): number | undefined => (error instanceof GraphError ? error.status : undefined);

/** The forum's Microsoft 365 group, and that it owns the configured site (provision refuses otherwise). */
export async function checkGroup(graph: Graph, siteId: string, groupId: string): Promise<{ lines: CheckLine[]; forum?: ForumSite }> {
  let name: string;
  try {
    const group = await graph.get<{ displayName?: string }>(`/groups/${encodeURIComponent(groupId)}?$select=id,displayName`);
    name = group.displayName ?? groupId;
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    return {
      lines: [
        failed(
          `Gruppen ${groupId} kan ikke læses (${status}) / the group cannot be read`,
          'ret groupId i SEKRETARIAT_FORUMS, eller giv admin consent til Group.ReadWrite.All / fix the groupId in SEKRETARIAT_FORUMS, or grant admin consent for Group.ReadWrite.All',
        ),
      ],
    };
  }
  try {
    const forum = await loadForumSite(graph, siteId, groupId);
    return { lines: [passed(`Gruppen ${name} ejer sitet ${forum.webUrl} / the group ${name} owns the site`)], forum };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      lines: [
        failed(
          `Gruppen ${name} og sitet ${siteId}: ${reason}`,
          'ret siteId i SEKRETARIAT_FORUMS til gruppens site (GET /groups/{id}/sites/root) / set siteId in SEKRETARIAT_FORUMS to the group’s site',
        ),
      ],
    };
  }
}

/**
 * What the unattended run reads of a forum's group and site: the group's owners (whose items the trust rule counts;
 * GroupMember.Read.All) and the site its Sites.Selected grant must reach. It never reads the group itself.
 */
export async function checkGroupAsApp(graph: Graph, siteId: string, groupId: string): Promise<{ lines: CheckLine[]; reachable: boolean }> {
  const lines: CheckLine[] = [];
  try {
    const owners = await graph.all<{ id?: string }>(`/groups/${encodeURIComponent(groupId)}/owners?$select=id`);
    lines.push(passed(`Gruppens ejere kan læses (${owners.length}) / the group's owners can be read`));
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    lines.push(
      failed(
        `Gruppen ${groupId}: ejerne kan ikke læses (${status}) / its owners cannot be read`,
        'giv appen GroupMember.Read.All med admin consent / grant the application GroupMember.Read.All with admin consent',
      ),
    );
  }
  try {
    const site = await graph.get<{ webUrl?: string }>(`/sites/${siteId}?$select=id,webUrl`);
    lines.push(passed(`Sitet ${site.webUrl ?? siteId} kan nås / the site is reachable`));
    return { lines, reachable: true };
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    lines.push(
      failed(
        `Sitet ${siteId} kan ikke nås (${status}) / the site is not reachable`,
        'giv appen skriveadgang til netop dette site: POST /sites/{site-id}/permissions (Sites.Selected, se README "Unattended runs") / grant the application write on this site',
      ),
    );
    return { lines, reachable: false };
  }
}

/** The site's permissions against provision's plan, one line per deviation (the words `provision --check` prints). */
export async function checkPermissions(
  graph: Graph,
  rest: SharePointRest,
  forum: ForumSite,
  provisionCommand: string,
): Promise<CheckLine[]> {
  const chairs = await trustedChairs(graph, forum.siteId, forum.groupId);
  const result = await checkSite(rest, graph, forum.siteId, sitePermissionPlan(chairs.chairs));
  const fix = `kør / run: ${provisionCommand}`;
  const lines = result.deviations.map((d) =>
    failed(
      `Rettighed / permission – ${line(d.subject, d.words)}`,
      d.kind === 'level-differs' ? 'ret det i webstedets indstillinger / fix it in the site settings' : fix,
    ),
  );
  if (lines.length === 0) lines.push(passed(`Rettigheder følger planen (docs/ARCHITECTURE.md §9) / permissions match the plan`));
  for (const email of result.withoutAccount)
    lines.push(passed(`Medformand uden konto / chair without an account: ${email} (kun mail / mail only)`));
  return lines;
}

/** The shared mailbox named in the forum's settings, reachable with the token: its inbox can be read. */
export async function checkMailbox(graph: Graph, siteId: string): Promise<CheckLine> {
  let mailbox = '';
  try {
    const page = await graph.get<GraphPage<GraphListItem>>(listItemsUrl(siteId, 'Forum', { top: 1 }));
    const first = page.value[0];
    mailbox = first ? Fields.of(first).text('Mailbox').trim() : '';
  } catch (error) {
    if (statusOf(error) === undefined) throw error;
  }
  if (mailbox === '') {
    return failed(
      'Postkasse: ingen angivet i listen Forum (kolonnen Mailbox) / mailbox: none set in the Forum list (column Mailbox)',
      'angiv forummets fælles postkasse i Forumindstillinger / set the forum’s shared mailbox in the forum settings',
    );
  }
  try {
    await graph.get(`${mailFoldersUrl(mailbox, 'inbox')}?$select=id`);
    return passed(`Postkasse ${mailbox} kan nås / mailbox ${mailbox} is reachable`);
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    return failed(
      `Postkasse ${mailbox} kan ikke nås (${status}) / mailbox ${mailbox} is not reachable`,
      status === 404
        ? 'opret den fælles postkasse i Exchange admin center / create the shared mailbox in the Exchange admin center'
        : `giv sekretariatet fuld adgang til postkassen: Add-MailboxPermission -Identity ${mailbox} -User <sekretær> -AccessRights FullAccess / give the secretariat full access to the mailbox`,
    );
  }
}
