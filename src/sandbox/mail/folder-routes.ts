import { GraphHttpError, forApps } from '../http/types';
import type { CallerHandler, CallerRoute, Route } from '../http/types';
import { requireFolder } from './mailbox';
import { removeMessage } from './sequence';
import type { Mailbox } from './state';
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

/** The folder and every folder below it. */
function withDescendants(box: Mailbox, rootId: string): Set<string> {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const f of box.folders) {
      if (ids.has(f.parentFolderId) && !ids.has(f.id)) {
        ids.add(f.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * DELETE a folder the user made, with its child folders and their mail (each message leaves a tombstone, so a delta
 * round reports it `@removed`). Outlook's own folders cannot be deleted. Graph moves the folder to Deleted Items;
 * the sandbox removes it at once, which is what the contract walk's clean-up needs to see: gone from where it was.
 */
const deleteFolder: CallerHandler = async (req, ctx) => {
  await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state);
    const folder = requireFolder(box, req.params.folderId ?? '');
    if (folder.wellKnownName !== undefined) {
      throw new GraphHttpError(400, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
    }
    const gone = withDescendants(box, folder.id);
    for (const m of box.messages.filter((x) => gone.has(x.folderId))) removeMessage(state.mail, box, m);
    box.folders = box.folders.filter((f) => !gone.has(f.id));
  });
  return { status: 204 };
};

export const folderRoutes: Route[] = PREFIXES.flatMap((p): CallerRoute[] => [
  { method: 'GET', pattern: `${p}/mailFolders`, handler: afterRelease(listTopFolders) },
  { method: 'POST', pattern: `${p}/mailFolders`, handler: createUnder(undefined) },
  { method: 'GET', pattern: `${p}/mailFolders/:folderId`, handler: afterRelease(getFolder) },
  { method: 'DELETE', pattern: `${p}/mailFolders/:folderId`, handler: deleteFolder },
  { method: 'GET', pattern: `${p}/mailFolders/:folderId/childFolders`, handler: afterRelease(listChildFolders) },
  { method: 'POST', pattern: `${p}/mailFolders/:folderId/childFolders`, handler: createUnder('folderId') },
]).map(forApps);
