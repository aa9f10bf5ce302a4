import { GraphHttpError, forApps } from '../http/types';
import type { CallerHandler, CallerRoute, Route } from '../http/types';
import { requireMessage } from './mailbox';
import { collectionPage } from '../http/odata/json-collection';
import { renderAttachment } from './render';
import { readMailbox, writeMailbox } from './request-mailbox';
import { touch } from './sequence';
import type { StoredAttachment } from './state';

const PREFIXES = ['/me', '/users/:userId'] as const;
const MESSAGE_PATHS = ['/messages/:messageId', '/mailFolders/:folderId/messages/:messageId'] as const;

function requireAttachment(attachments: readonly StoredAttachment[], id: string): StoredAttachment {
  const found = attachments.find((a) => a.id === id);
  if (!found) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The attachment was not found.');
  return found;
}

const listAttachments: CallerHandler = (req, ctx) => {
  const message = requireMessage(readMailbox(req, ctx.db.state), req.params.messageId ?? '');
  const items = message.attachments.map((a) => renderAttachment(a, true));
  return { status: 200, body: collectionPage(items, { query: req.query, url: `${ctx.baseUrl}${req.path}`, defaultTop: 100 }) };
};

const getAttachment: CallerHandler = (req, ctx) => {
  const message = requireMessage(readMailbox(req, ctx.db.state), req.params.messageId ?? '');
  return { status: 200, body: renderAttachment(requireAttachment(message.attachments, req.params.attachmentId ?? ''), true) };
};

/** `$value`: the attachment's raw bytes. */
const getAttachmentValue: CallerHandler = (req, ctx) => {
  const message = requireMessage(readMailbox(req, ctx.db.state), req.params.messageId ?? '');
  const a = requireAttachment(message.attachments, req.params.attachmentId ?? '');
  return {
    status: 200,
    headers: { 'content-type': a.contentType, 'content-disposition': `attachment; filename="${encodeURIComponent(a.name)}"` },
    body: Buffer.from(a.contentBytes, 'base64'),
  };
};

/** POST attachments: adds a fileAttachment to a draft. */
const addAttachment: CallerHandler = async (req, ctx) => {
  const v = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
  if (typeof v.name !== 'string' || typeof v.contentBytes !== 'string') {
    throw new GraphHttpError(400, 'ErrorInvalidRequest', 'A file attachment needs name and contentBytes.');
  }
  const bytes = Buffer.from(v.contentBytes, 'base64');
  const name = v.name;
  const contentType = typeof v.contentType === 'string' ? v.contentType : 'application/octet-stream';
  const attachment = await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state);
    const message = requireMessage(box, req.params.messageId ?? '');
    if (!message.isDraft) throw new GraphHttpError(400, 'ErrorInvalidRequest', 'Attachments can only be added to a draft.');
    const now = ctx.now().toISOString();
    const added: StoredAttachment = {
      id: ctx.newId(),
      name,
      contentType,
      size: bytes.length,
      isInline: v.isInline === true,
      lastModifiedDateTime: now,
      contentBytes: bytes.toString('base64'),
    };
    message.attachments.push(added);
    touch(state.mail, message, now);
    return added;
  });
  return { status: 201, body: renderAttachment(attachment, true) };
};

export const attachmentRoutes: Route[] = PREFIXES.flatMap((p) =>
  MESSAGE_PATHS.flatMap((m): CallerRoute[] => [
    { method: 'GET', pattern: `${p}${m}/attachments`, handler: listAttachments },
    { method: 'POST', pattern: `${p}${m}/attachments`, handler: addAttachment },
    { method: 'GET', pattern: `${p}${m}/attachments/:attachmentId`, handler: getAttachment },
    { method: 'GET', pattern: `${p}${m}/attachments/:attachmentId/$value`, handler: getAttachmentValue },
  ]),
).map(forApps);
