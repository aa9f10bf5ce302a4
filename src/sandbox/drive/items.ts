import { GraphHttpError } from '../http/types';
import { requireGroupMember } from '../directory/lookup';
import { identitySet } from '../sites/shape';
import type { DriveItemRecord, DriveRecord, SiteRecord } from '../sites/state';
import type { SandboxState } from '../state';

/** The site (and drive) of a drive id, if the caller is a member of the site's group. */
export function requireDrive(state: SandboxState, driveId: string, userId: string): { site: SiteRecord; drive: DriveRecord } {
  const site = state.sites.sites.find((s) => s.drive.id === driveId);
  if (!site) throw new GraphHttpError(404, 'itemNotFound', 'The requested drive was not found.');
  requireGroupMember(state.directory, site.groupId, userId);
  return { site, drive: site.drive };
}

export function requireDriveItem(drive: DriveRecord, itemId: string): DriveItemRecord {
  const id = itemId.toLowerCase() === 'root' ? drive.rootId : itemId;
  const item = drive.items[id];
  if (!item) throw new GraphHttpError(404, 'itemNotFound', 'The resource could not be found.');
  return item;
}

export function childrenOf(drive: DriveRecord, folderId: string): DriveItemRecord[] {
  return Object.values(drive.items)
    .filter((i) => i.parentId === folderId)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function childNamed(drive: DriveRecord, folderId: string, name: string): DriveItemRecord | undefined {
  return Object.values(drive.items).find((i) => i.parentId === folderId && i.name.toLowerCase() === name.toLowerCase());
}

/** Path segments of "/a/b/c.docx" (or "a/b/c.docx"), refusing empty and dot segments. */
export function pathSegments(path: string): string[] {
  const segments = path.split('/').filter((s) => s.length > 0);
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..' || /[\\:*?"<>|]/.test(s))) {
    throw new GraphHttpError(400, 'invalidRequest', `Invalid path '${path}'.`);
  }
  return segments;
}

/** The item at a path below the root; 404 when any part is missing. */
export function itemAtPath(drive: DriveRecord, path: string): DriveItemRecord {
  let current = requireDriveItem(drive, drive.rootId);
  for (const name of pathSegments(path)) {
    const next = childNamed(drive, current.id, name);
    if (!next) throw new GraphHttpError(404, 'itemNotFound', 'The resource could not be found.');
    current = next;
  }
  return current;
}

function pathOf(drive: DriveRecord, item: DriveItemRecord): string {
  const names: string[] = [];
  let cursor: DriveItemRecord | undefined = item.parentId ? drive.items[item.parentId] : undefined;
  while (cursor && cursor.id !== drive.rootId) {
    names.unshift(cursor.name);
    cursor = cursor.parentId ? drive.items[cursor.parentId] : undefined;
  }
  return names.join('/');
}

export function driveItemEtag(item: DriveItemRecord): string {
  return `"{${item.id.toUpperCase()}},${item.version}"`;
}

export function driveItemResource(site: SiteRecord, drive: DriveRecord, item: DriveItemRecord): Record<string, unknown> {
  const isRoot = item.id === drive.rootId;
  const parentPath = pathOf(drive, item);
  const fullPath = isRoot ? '' : [parentPath, item.name].filter((s) => s.length > 0).join('/');
  return {
    id: item.id,
    name: item.name,
    size: item.kind === 'folder' ? childrenOf(drive, item.id).reduce((n, c) => n + c.size, 0) : item.size,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    eTag: driveItemEtag(item),
    cTag: `"c:{${item.id.toUpperCase()}},${item.version}"`,
    webUrl: encodeURI(`${site.webUrl}/Shared Documents${fullPath ? `/${fullPath}` : ''}`),
    createdBy: identitySet(item.createdBy),
    lastModifiedBy: identitySet(item.lastModifiedBy),
    parentReference: isRoot
      ? { driveId: drive.id, driveType: 'documentLibrary' }
      : {
          driveId: drive.id,
          driveType: 'documentLibrary',
          id: item.parentId,
          path: `/drives/${drive.id}/root:${parentPath ? `/${parentPath}` : ''}`,
        },
    ...(item.kind === 'folder'
      ? { folder: { childCount: childrenOf(drive, item.id).length } }
      : { file: { mimeType: item.mimeType ?? 'application/octet-stream' } }),
    ...(isRoot ? { root: {} } : {}),
  };
}

const MIME: Readonly<Record<string, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
  eml: 'message/rfc822',
  ics: 'text/calendar',
  png: 'image/png',
};

/** The stored mime type: the upload's Content-Type, or one guessed from the extension. */
export function mimeTypeOf(name: string, contentType: string | undefined): string {
  if (contentType && !/^application\/octet-stream/i.test(contentType)) return contentType.split(';')[0]?.trim() ?? contentType;
  return MIME[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
