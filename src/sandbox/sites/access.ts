import { GraphHttpError } from '../http/types';
import type { CallerRequest, SandboxContext } from '../http/types';
import { requireAppSite } from '../auth/app-access';
import type { Caller } from '../auth/caller';
import { callerIdentity } from '../auth/caller';
import { requireGroupMember } from '../directory/lookup';
import { mayReadListItem } from '../sharepoint/effective';
import { requireListItemWrite } from '../sharepoint/enforce';
import type { ItemWrite } from '../sharepoint/effective';
import type { SandboxState } from '../state';
import type { IdentityRecord, ListItemRecord, ListRecord, SiteRecord } from './state';

/** The site, if the caller is a member of the group that owns it (403 otherwise, 404 if unknown). */
export function requireSite(state: SandboxState, siteId: string, userId: string): SiteRecord {
  const site = state.sites.sites.find((s) => s.id.toLowerCase() === siteId.toLowerCase());
  if (!site) throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
  requireGroupMember(state.directory, site.groupId, userId);
  return site;
}

/**
 * The site for a caller: a person must be a member of its group; an application must have been granted the site
 * (`Sites.Selected`) — for reading here; writes are checked again with `requireItemWriteBy`.
 */
export function requireSiteFor(state: SandboxState, siteId: string, who: Caller): SiteRecord {
  if (who.kind === 'user') return requireSite(state, siteId, who.user.id);
  const site = state.sites.sites.find((s) => s.id.toLowerCase() === siteId.toLowerCase());
  if (!site) throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
  requireAppSite(who.app, site.id, 'read');
  return site;
}

/** A person's write as the site's permissions allow it; an application's as its site grant does (`write`). */
export function requireItemWriteBy(site: SiteRecord, state: SandboxState, who: Caller, list: ListRecord, write: ItemWrite): void {
  if (who.kind === 'user') requireListItemWrite(site, state.directory, who.user, list, write);
  else requireAppSite(who.app, site.id, 'write');
}

/** Item-level read security (ReadSecurity 2) binds people; an application granted the site reads every item. */
export function callerMayReadItem(site: SiteRecord, state: SandboxState, who: Caller, list: ListRecord, item: ListItemRecord): boolean {
  return who.kind === 'app' || mayReadListItem(site, state.directory, who.user.id, list.id, item.createdBy.id);
}

/** A list by id or by its name or display name, as Graph accepts either in `/lists/{list-id}`. */
export function requireList(site: SiteRecord, idOrName: string): ListRecord {
  const key = idOrName.toLowerCase();
  const list = site.lists.find((l) => l.id.toLowerCase() === key || l.name.toLowerCase() === key || l.displayName.toLowerCase() === key);
  if (!list) throw new GraphHttpError(404, 'itemNotFound', 'The specified list was not found');
  return list;
}

export function requireItem(list: ListRecord, itemId: string): ListItemRecord {
  const item = list.items.find((i) => i.id === itemId);
  if (!item) throw new GraphHttpError(404, 'itemNotFound', 'The specified list item was not found');
  return item;
}

/** Site + list of a request's `:siteId` and `:listId`, membership (or an application's grant) checked. */
export function siteAndList(state: SandboxState, req: CallerRequest): { site: SiteRecord; list: ListRecord } {
  const site = requireSiteFor(state, req.params.siteId ?? '', req.caller);
  return { site, list: requireList(site, req.params.listId ?? '') };
}

/** The caller as SharePoint stamps it on what they create or modify: a person, or an application. */
export function caller(req: CallerRequest): IdentityRecord {
  return callerIdentity(req.caller);
}

export function nowIso(ctx: SandboxContext): string {
  return ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}
