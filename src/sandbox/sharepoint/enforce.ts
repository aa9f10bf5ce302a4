import type { DirectoryState, DirectoryUser } from '../directory/state';
import { GraphHttpError } from '../http/types';
import type { ListItemRecord, ListRecord, SiteRecord } from '../sites/state';
import { mayWriteListItem, userCan } from './effective';
import type { ItemWrite } from './effective';
import type { SpPermission } from './role-definitions';
import type { Securable } from './state';

/**
 * The site's permissions applied to Graph writes: what SharePoint refuses, Graph answers with its own 403
 * `{ error: { code: "accessDenied", message: "Access denied" } }`, whichever way the write came (a request or a
 * `$batch` sub-request, which run the same handlers).
 */

function graphAccessDenied(): GraphHttpError {
  return new GraphHttpError(403, 'accessDenied', 'Access denied');
}

export function requireListItemWrite(
  site: SiteRecord,
  directory: DirectoryState,
  user: DirectoryUser,
  list: ListRecord,
  write: ItemWrite,
): void {
  if (!mayWriteListItem(site, directory, user.id, list.id, write)) throw graphAccessDenied();
}

export const itemEdit = (item: ListItemRecord): ItemWrite => ({ kind: 'edit', createdById: item.createdBy.id });

/** Creating lists and adding columns need ManageLists (on the web, or on the list). */
export function requireManageLists(site: SiteRecord, directory: DirectoryState, user: DirectoryUser, list?: ListRecord): void {
  demand(site, directory, user, list ? { kind: 'list', listId: list.id } : { kind: 'web' }, 'manageLists');
}

/**
 * A write in the document library: a new file or folder needs AddListItems in the folder that receives it, a change
 * to an existing item EditListItems where it is (a move also in the folder it goes to), a delete DeleteListItems on
 * the item and everything below it.
 */
export type DriveWrite =
  | { readonly kind: 'add'; readonly folderId: string }
  | { readonly kind: 'edit'; readonly itemId: string; readonly targetFolderId?: string }
  | { readonly kind: 'delete'; readonly itemIds: readonly string[] };

export function requireDriveWrite(site: SiteRecord, directory: DirectoryState, user: DirectoryUser, write: DriveWrite): void {
  const at = (itemId: string): Securable => ({ kind: 'folder', itemId });
  if (write.kind === 'add') return demand(site, directory, user, at(write.folderId), 'addListItems');
  if (write.kind === 'delete') return write.itemIds.forEach((id) => demand(site, directory, user, at(id), 'deleteListItems'));
  demand(site, directory, user, at(write.itemId), 'editListItems');
  if (write.targetFolderId !== undefined) demand(site, directory, user, at(write.targetFolderId), 'editListItems');
}

function demand(site: SiteRecord, directory: DirectoryState, user: DirectoryUser, securable: Securable, permission: SpPermission): void {
  if (!userCan(site, directory, user.id, securable, permission)) throw graphAccessDenied();
}
