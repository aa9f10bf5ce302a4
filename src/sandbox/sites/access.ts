import { GraphHttpError } from '../http/types';
import type { SandboxContext, SandboxRequest } from '../http/types';
import { requireGroupMember } from '../directory/lookup';
import type { SandboxState } from '../state';
import type { IdentityRecord, ListItemRecord, ListRecord, SiteRecord } from './state';

/** The site, if the caller is a member of the group that owns it (403 otherwise, 404 if unknown). */
export function requireSite(state: SandboxState, siteId: string, userId: string): SiteRecord {
  const site = state.sites.sites.find((s) => s.id.toLowerCase() === siteId.toLowerCase());
  if (!site) throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
  requireGroupMember(state.directory, site.groupId, userId);
  return site;
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

/** Site + list of a request's `:siteId` and `:listId`, membership checked. */
export function siteAndList(state: SandboxState, req: SandboxRequest): { site: SiteRecord; list: ListRecord } {
  const site = requireSite(state, req.params.siteId ?? '', req.user.id);
  return { site, list: requireList(site, req.params.listId ?? '') };
}

/** The caller as SharePoint stamps it on what they create or modify. */
export function caller(req: SandboxRequest): IdentityRecord {
  return { id: req.user.id, displayName: req.user.displayName, email: req.user.mail };
}

export function nowIso(ctx: SandboxContext): string {
  return ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
