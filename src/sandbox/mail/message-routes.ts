import { GraphHttpError, forApps } from '../http/types';
import type { CallerHandler, CallerRequest, CallerRoute, Route } from '../http/types';
import { requireFolder, requireMessage, wellKnownFolder } from './mailbox';
import { parseMessageInput } from './message-input';
import { collectionPage, selectJson } from '../http/odata/json-collection';
import { renderMessage, type MessageRenderOptions } from './render';
import { afterRelease, readMailbox, writeMailbox } from './request-mailbox';
import { changeKeyFor, moveMessage, placeMessage, removeMessage, touch } from './sequence';
import { conversationIndexFor } from './threading';
import type { StoredMessage } from './state';
import { toMime } from './mime';

const PREFIXES = ['/me', '/users/:userId'] as const;

export function renderOptions(req: Pick<CallerRequest, 'query' | 'headers'>, select?: string): MessageRenderOptions {
  const sel = (select ?? req.query.get('$select') ?? '').split(',').map((s) => s.trim());
  return {
    withHeaders: sel.includes('internetMessageHeaders'),
    withAttachments: (req.query.get('$expand') ?? '').split(',').some((e) => e.trim() === 'attachments'),
    bodyAsText: /outlook\.body-content-type\s*=\s*"?text"?/i.test(req.headers.prefer ?? ''),
  };
}

const EXTENDED_FILTER =
  /^\s*singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'((?:[^']|'')*)'\s+and\s+\1\/value\s+eq\s+'((?:[^']|'')*)'\s*\)\s*$/i;
const sameId = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * `$filter=singleValueExtendedProperties/any(ep: ep/id eq '…' and ep/value eq '…')` (the one lambda Outlook
 * documents for finding a message by a property the app set): the matching messages, and the query without it.
 */
function extendedPropertyFilter(query: URLSearchParams): { keep: (m: StoredMessage) => boolean; query: URLSearchParams } | undefined {
  const m = EXTENDED_FILTER.exec(query.get('$filter') ?? '');
  if (!m) return undefined;
  const id = (m[2] ?? '').replace(/''/g, "'");
  const value = (m[3] ?? '').replace(/''/g, "'");
  const rest = new URLSearchParams(query);
  rest.delete('$filter');
  return { keep: (msg) => (msg.extendedProperties ?? []).some((p) => sameId(p.id, id) && p.value === value), query: rest };
}

const listMessages: CallerHandler = (req, ctx) => {
  const box = readMailbox(req, ctx.db.state);
  const folderId = req.params.folderId === undefined ? undefined : requireFolder(box, req.params.folderId).id;
  const opts = renderOptions(req);
  const byProperty = extendedPropertyFilter(req.query);
  const items = box.messages
    .filter((m) => (folderId === undefined || m.folderId === folderId) && (!byProperty || byProperty.keep(m)))
    .map((m) => renderMessage(m, opts));
  const body = collectionPage(items, {
    query: byProperty?.query ?? req.query,
    url: `${ctx.baseUrl}${req.path}`,
    defaultTop: 10,
    defaultOrder: 'receivedDateTime desc',
  });
  return { status: 200, body };
};

const getMessage: CallerHandler = (req, ctx) => {
  const box = readMailbox(req, ctx.db.state);
  const message = requireMessage(box, req.params.messageId ?? '');
  const rendered = renderMessage(message, renderOptions(req));
  return { status: 200, body: selectJson(rendered, req.query.get('$select')) };
};

/** `$value`: the message as MIME (RFC 5322), as Graph returns it — where a person can check how headers are encoded. */
const getMessageMime: CallerHandler = (req, ctx) => {
  const message = requireMessage(readMailbox(req, ctx.db.state), req.params.messageId ?? '');
  return { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from(toMime(message), 'utf8') };
};

const patchMessage: CallerHandler = async (req, ctx) => {
  const input = parseMessageInput(req.body);
  const message = await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state);
    const m = requireMessage(box, req.params.messageId ?? '');
    const ifMatch = req.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch.replace(/^W\//, '').replace(/"/g, '') !== m.changeKey) {
      throw new GraphHttpError(
        412,
        'ErrorIrresolvableConflict',
        'The change key passed in the request does not match the current change key for the item.',
      );
    }
    if (input.isRead !== undefined) m.isRead = input.isRead;
    if (input.categories) m.categories = input.categories;
    if (input.flag) m.flag = input.flag;
    if (input.importance) m.importance = input.importance;
    if (input.inferenceClassification) m.inferenceClassification = input.inferenceClassification;
    const draftOnly = (['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'attachments'] as const).filter(
      (k) => input[k] !== undefined,
    );
    if (draftOnly.length > 0 && !m.isDraft) {
      throw new GraphHttpError(400, 'ErrorInvalidPropertyUpdateSentMessage', 'Update operation is invalid for property of a sent message.');
    }
    if (input.subject !== undefined) m.subject = input.subject;
    if (input.body) m.body = input.body;
    if (input.toRecipients) m.toRecipients = input.toRecipients;
    if (input.ccRecipients) m.ccRecipients = input.ccRecipients;
    if (input.bccRecipients) m.bccRecipients = input.bccRecipients;
    if (input.replyTo) m.replyTo = input.replyTo;
    touch(state.mail, m, ctx.now().toISOString());
    return m;
  });
  return { status: 200, body: renderMessage(message) };
};

/** DELETE moves to Deleted Items; deleting from Deleted Items removes it for good (as Outlook does). */
const deleteMessage: CallerHandler = async (req, ctx) => {
  await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state);
    const m = requireMessage(box, req.params.messageId ?? '');
    const trash = wellKnownFolder(box, 'deleteditems');
    if (m.folderId === trash.id || m.deferredUntil) removeMessage(state.mail, box, m);
    else moveMessage(state.mail, box, m, trash.id, ctx.now().toISOString());
  });
  return { status: 204 };
};

const move: CallerHandler = async (req, ctx) => {
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (typeof body.destinationId !== 'string')
    throw new GraphHttpError(400, 'ErrorInvalidRequest', "The property 'destinationId' is required.");
  const destination = body.destinationId;
  const message = await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state);
    const m = requireMessage(box, req.params.messageId ?? '');
    moveMessage(state.mail, box, m, requireFolder(box, destination).id, ctx.now().toISOString());
    return m;
  });
  return { status: 201, body: renderMessage(message) };
};

/** POST to messages: a draft, in Drafts or in the folder named. */
const createDraft: CallerHandler = async (req, ctx) => {
  const input = parseMessageInput(req.body ?? {});
  const message = await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state);
    const folder = req.params.folderId === undefined ? wellKnownFolder(box, 'drafts') : requireFolder(box, req.params.folderId);
    const now = ctx.now().toISOString();
    const id = ctx.newId();
    const draft = {
      id,
      folderId: folder.id,
      seq: 0,
      changeKey: changeKeyFor(id, 0),
      createdDateTime: now,
      lastModifiedDateTime: now,
      receivedDateTime: now,
      sentDateTime: now,
      subject: input.subject ?? '',
      body: input.body ?? { contentType: 'text' as const, content: '' },
      from: input.from ?? { name: box.displayName, address: box.address },
      toRecipients: input.toRecipients ?? [],
      ccRecipients: input.ccRecipients ?? [],
      bccRecipients: input.bccRecipients ?? [],
      replyTo: input.replyTo ?? [],
      conversationId: ctx.newId(),
      conversationIndex: conversationIndexFor(undefined),
      internetMessageId: `<${ctx.newId().replace(/-/g, '')}@${state.directory.domain}>`,
      internetMessageHeaders: input.internetMessageHeaders ?? [],
      isRead: true,
      isDraft: true,
      importance: input.importance ?? 'normal',
      categories: input.categories ?? [],
      flag: { flagStatus: 'notFlagged' as const },
      inferenceClassification: 'focused' as const,
      attachments: (input.attachments ?? []).map((a) => ({ ...a, id: ctx.newId(), lastModifiedDateTime: now })),
      ...(input.extendedProperties ? { extendedProperties: input.extendedProperties } : {}),
    };
    placeMessage(state.mail, box, draft, folder.id, now);
    return draft;
  });
  return { status: 201, body: renderMessage(message) };
};

export const messageRoutes: Route[] = PREFIXES.flatMap((p): CallerRoute[] => [
  { method: 'GET', pattern: `${p}/messages`, handler: afterRelease(listMessages) },
  { method: 'POST', pattern: `${p}/messages`, handler: createDraft },
  { method: 'GET', pattern: `${p}/mailFolders/:folderId/messages`, handler: afterRelease(listMessages) },
  { method: 'POST', pattern: `${p}/mailFolders/:folderId/messages`, handler: createDraft },
  ...['/messages/:messageId', '/mailFolders/:folderId/messages/:messageId'].flatMap((m): CallerRoute[] => [
    { method: 'GET', pattern: `${p}${m}`, handler: afterRelease(getMessage) },
    { method: 'GET', pattern: `${p}${m}/$value`, handler: afterRelease(getMessageMime) },
    { method: 'PATCH', pattern: `${p}${m}`, handler: patchMessage },
    { method: 'DELETE', pattern: `${p}${m}`, handler: deleteMessage },
    { method: 'POST', pattern: `${p}${m}/move`, handler: move },
  ]),
]).map(forApps);
