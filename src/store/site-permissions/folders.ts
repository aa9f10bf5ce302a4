import { isAlreadyExists, isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';

/**
 * The protected document folders ("Møder", "Godkendte referater") in the site's default library, through Graph: whether
 * one exists and its server-relative path, which SharePoint's REST API addresses it by.
 */

interface DriveItem {
  readonly id?: string;
  readonly webUrl?: string;
  readonly parentReference?: { readonly driveId?: string };
}

const folderUrl = (siteId: string, path: string): string =>
  `/sites/${siteId}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}?$select=id,webUrl`;

/** "/sites/x/Shared Documents/Møder" from the folder's webUrl (percent-decoded), or undefined when there is no such folder. */
export async function folderServerPath(graph: Graph, siteId: string, path: string): Promise<string | undefined> {
  try {
    const item = await graph.get<DriveItem>(folderUrl(siteId, path));
    return item.webUrl ? decodeURIComponent(new URL(item.webUrl).pathname) : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Makes the folder at the library's root unless it exists. `conflictBehavior: fail` makes the create safe to race
 * with the app (which makes the folders on first use): a 409 means someone else made it.
 */
export async function ensureFolder(graph: Graph, siteId: string, name: string): Promise<{ readonly created: boolean }> {
  if ((await folderServerPath(graph, siteId, name)) !== undefined) return { created: false };
  const root = await graph.get<DriveItem>(`/sites/${siteId}/drive/root?$select=id,parentReference`);
  const driveId = root.parentReference?.driveId ?? '';
  try {
    // Repeatable: with conflictBehavior 'fail' a repeat after a lost answer gets 409, never a second folder.
    await graph.post(
      `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(root.id ?? '')}/children`,
      { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      { repeatable: true },
    );
    return { created: true };
  } catch (error) {
    if (isAlreadyExists(error)) return { created: false };
    throw error;
  }
}
