import type { Route, SandboxContext, SandboxRequest } from '../http/types';
import { GraphHttpError } from '../http/types';
import { paginate } from '../http/odata/page';
import { collection, created, noContent, ok } from '../http/odata/responses';
import { caller, nowIso, requireSite } from '../sites/access';
import { checkIfMatch } from '../sites/fields';
import { requireDriveWrite } from '../sharepoint/enforce';
import type { DriveItemRecord, DriveRecord, SiteRecord } from '../sites/state';
import type { SandboxState } from '../state';
import { docxParagraphs, textPdf, type TextParagraph } from './pdf';
import {
  childNamed,
  childrenOf,
  driveItemEtag,
  driveItemResource,
  itemAtPath,
  mimeTypeOf,
  pathSegments,
  requireDrive,
  requireDriveItem,
} from './items';

function driveResource(site: SiteRecord, drive: DriveRecord): Record<string, unknown> {
  return {
    id: drive.id,
    name: drive.name,
    driveType: 'documentLibrary',
    description: '',
    webUrl: encodeURI(`${site.webUrl}/Shared Documents`),
    createdDateTime: drive.createdDateTime,
    lastModifiedDateTime: drive.createdDateTime,
  };
}

/** The drive of `:driveId` or of `:siteId`'s document library. */
function driveOf(state: SandboxState, req: SandboxRequest): { site: SiteRecord; drive: DriveRecord } {
  if (req.params.siteId !== undefined) {
    const site = requireSite(state, req.params.siteId, req.user.id);
    return { site, drive: site.drive };
  }
  return requireDrive(state, req.params.driveId ?? '', req.user.id);
}

function newItem(req: SandboxRequest, ctx: SandboxContext, fields: Pick<DriveItemRecord, 'name' | 'parentId' | 'kind'>): DriveItemRecord {
  const now = nowIso(ctx);
  const who = caller(req);
  return {
    ...fields,
    id: ctx.newId(),
    size: 0,
    createdDateTime: now,
    lastModifiedDateTime: now,
    version: 1,
    createdBy: who,
    lastModifiedBy: who,
  };
}

/** PUT .../root:/a/b/c.docx:/content — creates the folders along the path, then the file (or a new version). */
async function upload(req: SandboxRequest, ctx: SandboxContext) {
  return writeFileAt(req, ctx, req.params.path ?? '', req.rawBody, req.query.get('@microsoft.graph.conflictBehavior') ?? 'replace');
}

/**
 * Writes `bytes` as the file at `path` (below the root of the request's drive) for the request's caller: the folders
 * along the path are made, an existing file gets a new version unless `conflict` is 'fail' (409). A simple upload
 * and the last fragment of an upload session (upload-sessions.ts) both end here.
 */
export async function writeFileAt(req: SandboxRequest, ctx: SandboxContext, path: string, bytes: Buffer, conflict: string) {
  const segments = pathSegments(path);
  const out = await ctx.db.mutate((state) => {
    const { site, drive } = driveOf(state, req);
    let folder = requireDriveItem(drive, drive.rootId);
    for (const name of segments.slice(0, -1)) {
      let next = childNamed(drive, folder.id, name);
      if (!next) {
        requireDriveWrite(site, state.directory, req.user, { kind: 'add', folderId: folder.id });
        next = newItem(req, ctx, { name, parentId: folder.id, kind: 'folder' });
        drive.items[next.id] = next;
      }
      if (next.kind !== 'folder') throw new GraphHttpError(409, 'nameAlreadyExists', `'${name}' is a file, not a folder.`);
      folder = next;
    }
    const fileName = segments[segments.length - 1] ?? '';
    const existing = childNamed(drive, folder.id, fileName);
    if (existing && conflict === 'fail') throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    if (existing?.kind === 'folder') throw new GraphHttpError(409, 'nameAlreadyExists', `'${fileName}' is a folder.`);
    requireDriveWrite(
      site,
      state.directory,
      req.user,
      existing ? { kind: 'edit', itemId: existing.id } : { kind: 'add', folderId: folder.id },
    );
    if (existing) checkIfMatch(req.headers, driveItemEtag(existing));
    const file = existing ?? newItem(req, ctx, { name: fileName, parentId: folder.id, kind: 'file' });
    file.contentBase64 = bytes.toString('base64');
    file.size = bytes.length;
    file.mimeType = mimeTypeOf(fileName, req.headers['content-type']);
    if (existing) {
      file.version += 1;
      file.lastModifiedDateTime = nowIso(ctx);
      file.lastModifiedBy = caller(req);
    } else {
      drive.items[file.id] = file;
    }
    return { isNew: !existing, body: driveItemResource(site, drive, file) };
  });
  return out.isNew ? created(out.body) : ok(out.body);
}

/** The drive and the item a request names, for a route that checks before it writes (an upload session's start). */
export function driveAndItemAt(
  state: SandboxState,
  req: SandboxRequest,
  path: string,
): { site: SiteRecord; drive: DriveRecord; existing?: DriveItemRecord; folderId?: string } {
  const { site, drive } = driveOf(state, req);
  const segments = pathSegments(path);
  let folder: DriveItemRecord | undefined = requireDriveItem(drive, drive.rootId);
  for (const name of segments.slice(0, -1)) {
    const next: DriveItemRecord | undefined = folder ? childNamed(drive, folder.id, name) : undefined;
    folder = next?.kind === 'folder' ? next : undefined;
    if (!folder) return { site, drive };
  }
  const existing = childNamed(drive, folder.id, segments[segments.length - 1] ?? '');
  return { site, drive, folderId: folder.id, ...(existing ? { existing } : {}) };
}

function listChildren(req: SandboxRequest, ctx: SandboxContext, folderId: string | undefined) {
  const { site, drive } = driveOf(ctx.db.state, req);
  const folder = requireDriveItem(drive, folderId ?? drive.rootId);
  const path = `/drives/${drive.id}/items/${folder.id}/children`;
  const page = paginate(childrenOf(drive, folder.id), { query: req.query, url: `${ctx.baseUrl}${path}`, defaultTop: 200, maxTop: 1000 });
  return collection(ctx.baseUrl, `drives('${drive.id}')/items('${folder.id}')/children`, {
    ...page,
    items: page.items.map((i) => driveItemResource(site, drive, i)),
  });
}

function getItem(req: SandboxRequest, ctx: SandboxContext) {
  const { site, drive } = driveOf(ctx.db.state, req);
  const item = req.params.path !== undefined ? itemAtPath(drive, req.params.path) : requireDriveItem(drive, req.params.itemId ?? 'root');
  return ok(driveItemResource(site, drive, item), { ETag: driveItemEtag(item) });
}

function content(req: SandboxRequest, ctx: SandboxContext) {
  const { drive } = driveOf(ctx.db.state, req);
  const item = req.params.path !== undefined ? itemAtPath(drive, req.params.path) : requireDriveItem(drive, req.params.itemId ?? '');
  if (item.kind !== 'file') throw new GraphHttpError(400, 'invalidRequest', 'A folder has no content.');
  const format = req.query.get('format');
  if (format !== null) return converted(item, format, ctx);
  return {
    status: 200,
    headers: { 'Content-Type': item.mimeType ?? 'application/octet-stream', ETag: driveItemEtag(item) },
    body: Buffer.from(item.contentBase64 ?? '', 'base64'),
  };
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * `content?format=pdf`: a .docx (or plain text) converted to PDF, as Graph's conversion does; other types 406. A .docx
 * is laid out by LibreOffice where the sandbox has it, else rendered as plain text (see office-pdf.ts).
 */
async function converted(item: DriveItemRecord, format: string, ctx: SandboxContext) {
  if (format.toLowerCase() !== 'pdf')
    throw new GraphHttpError(400, 'invalidRequest', `Format '${format}' is not supported; the sandbox converts to pdf.`);
  const bytes = Buffer.from(item.contentBase64 ?? '', 'base64');
  const ext = item.name.split('.').pop()?.toLowerCase() ?? '';
  let paragraphs: TextParagraph[];
  if (ext === 'docx' || item.mimeType === DOCX) {
    try {
      paragraphs = await docxParagraphs(new Uint8Array(bytes));
    } catch {
      throw new GraphHttpError(406, 'notSupported', 'The file could not be converted: it is not a valid Word document.');
    }
    if (ctx.officePdf) return pdfResponse(await ctx.officePdf(new Uint8Array(bytes)));
  } else if (ext === 'txt' || item.mimeType === 'text/plain') {
    paragraphs = bytes
      .toString('utf8')
      .split(/\r?\n/)
      .map((text) => ({ text }));
  } else {
    throw new GraphHttpError(406, 'notSupported', `Conversion of '${ext || item.mimeType || 'this file'}' to pdf is not supported.`);
  }
  return pdfResponse(await textPdf(paragraphs, { title: item.name.replace(/\.[^.]+$/, '') }));
}

const pdfResponse = (pdf: Uint8Array) => ({ status: 200, headers: { 'Content-Type': 'application/pdf' }, body: Buffer.from(pdf) });

export const driveRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/sites/:siteId/drive',
    handler: (req, ctx) => {
      const { site, drive } = driveOf(ctx.db.state, req);
      return ok(driveResource(site, drive));
    },
  },
  {
    method: 'GET',
    pattern: '/drives/:driveId',
    handler: (req, ctx) => {
      const { site, drive } = driveOf(ctx.db.state, req);
      return ok(driveResource(site, drive));
    },
  },
  { method: 'GET', pattern: '/drives/:driveId/root', handler: getItem },
  { method: 'GET', pattern: '/sites/:siteId/drive/root', handler: getItem },
  { method: 'GET', pattern: '/drives/:driveId/root/children', handler: (req, ctx) => listChildren(req, ctx, undefined) },
  { method: 'GET', pattern: '/sites/:siteId/drive/root/children', handler: (req, ctx) => listChildren(req, ctx, undefined) },
  { method: 'GET', pattern: '/drives/:driveId/items/:itemId', handler: getItem },
  { method: 'GET', pattern: '/drives/:driveId/items/:itemId/children', handler: (req, ctx) => listChildren(req, ctx, req.params.itemId) },
  { method: 'GET', pattern: '/drives/:driveId/items/:itemId/content', handler: content },
  { method: 'GET', pattern: '/drives/:driveId/root:{*path}:/content', handler: content },
  { method: 'GET', pattern: '/drives/:driveId/root:{*path}', handler: getItem },
  { method: 'GET', pattern: '/sites/:siteId/drive/root:{*path}:/content', handler: content },
  { method: 'GET', pattern: '/sites/:siteId/drive/root:{*path}', handler: getItem },
  { method: 'PUT', pattern: '/drives/:driveId/root:{*path}:/content', handler: upload },
  { method: 'PUT', pattern: '/sites/:siteId/drive/root:{*path}:/content', handler: upload },
  {
    method: 'POST',
    pattern: '/drives/:driveId/items/:itemId/children',
    handler: async (req, ctx) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (typeof body.name !== 'string' || typeof body.folder !== 'object')
        throw new GraphHttpError(400, 'invalidRequest', 'Creating a child needs { name, folder: {} }.');
      const name = pathSegments(body.name)[0] ?? body.name;
      const out = await ctx.db.mutate((state) => {
        const { site, drive } = driveOf(state, req);
        const parent = requireDriveItem(drive, req.params.itemId ?? '');
        requireDriveWrite(site, state.directory, req.user, { kind: 'add', folderId: parent.id });
        if (childNamed(drive, parent.id, name))
          throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
        const folder = newItem(req, ctx, { name, parentId: parent.id, kind: 'folder' });
        drive.items[folder.id] = folder;
        return driveItemResource(site, drive, folder);
      });
      return created(out);
    },
  },
  {
    method: 'PATCH',
    pattern: '/drives/:driveId/items/:itemId',
    handler: async (req, ctx) => {
      const body = (req.body ?? {}) as { name?: unknown; parentReference?: { id?: unknown } };
      const out = await ctx.db.mutate((state) => {
        const { site, drive } = driveOf(state, req);
        const item = requireDriveItem(drive, req.params.itemId ?? '');
        if (item.id === drive.rootId) throw new GraphHttpError(400, 'invalidRequest', 'The root folder cannot be renamed or moved.');
        checkIfMatch(req.headers, driveItemEtag(item));
        const parentId = typeof body.parentReference?.id === 'string' ? requireDriveItem(drive, body.parentReference.id).id : item.parentId;
        requireDriveWrite(site, state.directory, req.user, {
          kind: 'edit',
          itemId: item.id,
          ...(parentId !== undefined && parentId !== item.parentId ? { targetFolderId: parentId } : {}),
        });
        const name = typeof body.name === 'string' ? (pathSegments(body.name)[0] ?? item.name) : item.name;
        const clash = parentId ? childNamed(drive, parentId, name) : undefined;
        if (clash && clash.id !== item.id) throw new GraphHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
        for (let p = parentId; p; p = drive.items[p]?.parentId) {
          if (p === item.id) throw new GraphHttpError(400, 'invalidRequest', 'A folder cannot be moved into itself.');
        }
        item.name = name;
        item.parentId = parentId;
        item.version += 1;
        item.lastModifiedDateTime = nowIso(ctx);
        item.lastModifiedBy = caller(req);
        return driveItemResource(site, drive, item);
      });
      return ok(out);
    },
  },
  {
    method: 'DELETE',
    pattern: '/drives/:driveId/items/:itemId',
    handler: async (req, ctx) => {
      await ctx.db.mutate((state) => {
        const { site, drive } = driveOf(state, req);
        const item = requireDriveItem(drive, req.params.itemId ?? '');
        if (item.id === drive.rootId) throw new GraphHttpError(403, 'accessDenied', 'The root folder cannot be deleted.');
        const doomed = [item.id];
        for (let i = 0; i < doomed.length; i += 1) doomed.push(...childrenOf(drive, doomed[i] ?? '').map((c) => c.id));
        requireDriveWrite(site, state.directory, req.user, { kind: 'delete', itemIds: doomed });
        checkIfMatch(req.headers, driveItemEtag(item));
        for (const id of doomed) Reflect.deleteProperty(drive.items, id);
      });
      return noContent;
    },
  },
];
