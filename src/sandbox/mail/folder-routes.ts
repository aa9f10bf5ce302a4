import { GraphHttpError, forApps } from '../http/types';
import type { CallerHandler, CallerRoute, Route } from '../http/types';
import { requireFolder } from './mailbox';
import { collectionPage } from '../http/odata/json-collection';
import { renderFolder } from './render';
import { afterRelease, readMailbox, writeMailbox } from './request-mailbox';

const PREFIXES = ['/me', '/users/:userId'] as const;

const listTopFolders: CallerHandler = (req, ctx) => {
  const box = readMailbox(req, ctx.db.state);
  const items = box.folders.filter((f) => f.parentFolderId === box.rootFolderId).map((f) => renderFolder(box, f));
  return { status: 200, body: collectionPage(items, { query: req.query, url: `${ctx.baseUrl}${req.path}`, defaultTop: 10 }) };
};

const getFolder: CallerHandler = (req, ctx) => {
  const box = readMailbox(req, ctx.db.state);
  const folder = requireFolder(box, req.params.folderId ?? '');
  return { status: 200, body: renderFolder(box, folder) };
};

const listChildFolders: CallerHandler = (req, ctx) => {
  const box = readMailbox(req, ctx.db.state);
  const parent = requireFolder(box, req.params.folderId ?? '');
  const items = box.folders.filter((f) => f.parentFolderId === parent.id).map((f) => renderFolder(box, f));
  return { status: 200, body: collectionPage(items, { query: req.query, url: `${ctx.baseUrl}${req.path}`, defaultTop: 10 }) };
};

function folderName(body: unknown): string {
  const name = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).displayName : undefined;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new GraphHttpError(400, 'ErrorInvalidRequest', "The property 'displayName' is required to create a folder.");
  }
  return name.trim();
}

function createUnder(parentParam: string | undefined): CallerHandler {
  return async (req, ctx) => {
    const displayName = folderName(req.body);
    const { box, folder } = await ctx.db.mutate((state) => {
      const mailbox = writeMailbox(req, state);
      const parentId = parentParam === undefined ? mailbox.rootFolderId : requireFolder(mailbox, req.params[parentParam] ?? '').id;
      if (mailbox.folders.some((f) => f.parentFolderId === parentId && f.displayName.toLowerCase() === displayName.toLowerCase())) {
        throw new GraphHttpError(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
      }
      const created = { id: ctx.newId(), displayName, parentFolderId: parentId };
      mailbox.folders.push(created);
      return { box: mailbox, folder: created };
    });
    return { status: 201, body: renderFolder(box, folder) };
  };
}

export const folderRoutes: Route[] = PREFIXES.flatMap((p): CallerRoute[] => [
  { method: 'GET', pattern: `${p}/mailFolders`, handler: afterRelease(listTopFolders) },
  { method: 'POST', pattern: `${p}/mailFolders`, handler: createUnder(undefined) },
  { method: 'GET', pattern: `${p}/mailFolders/:folderId`, handler: afterRelease(getFolder) },
  { method: 'GET', pattern: `${p}/mailFolders/:folderId/childFolders`, handler: afterRelease(listChildFolders) },
  { method: 'POST', pattern: `${p}/mailFolders/:folderId/childFolders`, handler: createUnder('folderId') },
]).map(forApps);
