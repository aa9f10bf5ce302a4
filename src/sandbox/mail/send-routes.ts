import { GraphHttpError, forApps } from '../http/types';
import type { CallerHandler, CallerRoute, Route } from '../http/types';
import { requireMessage, wellKnownFolder } from './mailbox';
import { parseMessageInput } from './message-input';
import { renderMessage } from './render';
import { writeMailbox } from './request-mailbox';
import { sendFromMailbox } from './send';
import { changeKeyFor, placeMessage, removeMessage } from './sequence';
import { conversationIndexFor } from './threading';
import type { StoredMessage } from './state';

const PREFIXES = ['/me', '/users/:userId'] as const;
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** POST /sendMail: 202 and no body; tenant recipients get it in their Inbox, others in the outbox. */
const sendMail: CallerHandler = async (req, ctx) => {
  const body = record(req.body);
  if (body.message === undefined) throw new GraphHttpError(400, 'ErrorInvalidRequest', "The property 'message' is required.");
  const input = parseMessageInput(body.message);
  const saveToSentItems = body.saveToSentItems !== false && body.saveToSentItems !== 'false';
  await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state, 'send');
    sendFromMailbox(state, box, req.caller, input, { nowIso: ctx.now().toISOString(), newId: () => ctx.newId(), saveToSentItems });
  });
  return { status: 202 };
};

/** POST /messages/{id}/send: sends a draft and removes it from Drafts. */
const sendDraft: CallerHandler = async (req, ctx) => {
  await ctx.db.mutate((state) => {
    const box = writeMailbox(req, state, 'send');
    const draft = requireMessage(box, req.params.messageId ?? '');
    if (!draft.isDraft) throw new GraphHttpError(400, 'ErrorInvalidRequest', 'Only a draft can be sent.');
    const inReplyTo = draft.internetMessageHeaders.find((h) => h.name.toLowerCase() === 'in-reply-to')?.value;
    const references = draft.internetMessageHeaders.find((h) => h.name.toLowerCase() === 'references')?.value;
    sendFromMailbox(
      state,
      box,
      req.caller,
      {
        subject: draft.subject,
        body: draft.body,
        toRecipients: draft.toRecipients,
        ccRecipients: draft.ccRecipients,
        bccRecipients: draft.bccRecipients,
        replyTo: draft.replyTo,
        importance: draft.importance,
        attachments: draft.attachments,
        internetMessageHeaders: draft.internetMessageHeaders.filter((h) => /^x-/i.test(h.name)),
        ...(draft.from ? { from: draft.from } : {}),
        ...(draft.extendedProperties ? { extendedProperties: draft.extendedProperties } : {}),
      },
      {
        nowIso: ctx.now().toISOString(),
        newId: () => ctx.newId(),
        saveToSentItems: true,
        draft: { conversationId: draft.conversationId, internetMessageId: draft.internetMessageId },
        ...(inReplyTo ? { inReplyTo } : {}),
        ...(references ? { references } : {}),
      },
    );
    removeMessage(state.mail, box, draft);
  });
  return { status: 202 };
};

function replyDraft(original: StoredMessage, all: boolean, self: string, id: string, nowIso: string, domain: string): StoredMessage {
  const subject = /^(re|sv):/i.test(original.subject) ? original.subject : `RE: ${original.subject}`;
  const to = original.replyTo.length > 0 ? original.replyTo : original.from ? [original.from] : [];
  const others = all
    ? [...original.toRecipients, ...original.ccRecipients].filter((r) => r.address.toLowerCase() !== self.toLowerCase())
    : [];
  const references = [original.internetMessageHeaders.find((h) => h.name.toLowerCase() === 'references')?.value, original.internetMessageId]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    folderId: '',
    seq: 0,
    changeKey: changeKeyFor(id, 0),
    createdDateTime: nowIso,
    lastModifiedDateTime: nowIso,
    receivedDateTime: nowIso,
    sentDateTime: nowIso,
    subject,
    body: {
      contentType: 'html',
      content: `<hr><p>${original.subject}</p>${original.body.contentType === 'html' ? original.body.content : `<pre>${original.body.content}</pre>`}`,
    },
    toRecipients: [...to],
    ccRecipients: others,
    bccRecipients: [],
    replyTo: [],
    conversationId: original.conversationId,
    conversationIndex: conversationIndexFor(original),
    internetMessageId: `<${id.replace(/-/g, '')}@${domain}>`,
    internetMessageHeaders: [
      { name: 'In-Reply-To', value: original.internetMessageId },
      { name: 'References', value: references },
    ],
    isRead: true,
    isDraft: true,
    importance: 'normal',
    categories: [],
    flag: { flagStatus: 'notFlagged' },
    inferenceClassification: 'focused',
    attachments: [],
  };
}

/** createReply / createReplyAll: a draft in Drafts that answers the message. */
function createReply(all: boolean): CallerHandler {
  return async (req, ctx) => {
    const draft = await ctx.db.mutate((state) => {
      const box = writeMailbox(req, state);
      const original = requireMessage(box, req.params.messageId ?? '');
      const reply = {
        ...replyDraft(original, all, box.address, ctx.newId(), ctx.now().toISOString(), state.directory.domain),
        from: { name: box.displayName, address: box.address },
      };
      const comment = record(req.body).comment;
      if (typeof comment === 'string' && comment) reply.body = { contentType: 'html', content: `<p>${comment}</p>${reply.body.content}` };
      placeMessage(state.mail, box, reply, wellKnownFolder(box, 'drafts').id, ctx.now().toISOString());
      return reply;
    });
    return { status: 201, body: renderMessage(draft) };
  };
}

/** reply / replyAll: sends at once with the comment above the quoted original. */
function reply(all: boolean): CallerHandler {
  return async (req, ctx) => {
    const body = record(req.body);
    const comment = typeof body.comment === 'string' ? body.comment : '';
    await ctx.db.mutate((state) => {
      const box = writeMailbox(req, state, 'send');
      const original = requireMessage(box, req.params.messageId ?? '');
      const draft = replyDraft(original, all, box.address, ctx.newId(), ctx.now().toISOString(), state.directory.domain);
      const extra = body.message === undefined ? {} : parseMessageInput(body.message);
      sendFromMailbox(
        state,
        box,
        req.caller,
        {
          ...extra,
          subject: draft.subject,
          body: { contentType: 'html', content: `<p>${comment}</p>${draft.body.content}` },
          toRecipients: extra.toRecipients ?? draft.toRecipients,
          ccRecipients: extra.ccRecipients ?? draft.ccRecipients,
        },
        {
          nowIso: ctx.now().toISOString(),
          newId: () => ctx.newId(),
          saveToSentItems: true,
          inReplyTo: original.internetMessageId,
          references: draft.internetMessageHeaders[1]?.value ?? original.internetMessageId,
        },
      );
    });
    return { status: 202 };
  };
}

export const sendRoutes: Route[] = PREFIXES.flatMap((p): CallerRoute[] => [
  { method: 'POST', pattern: `${p}/sendMail`, handler: sendMail },
  { method: 'POST', pattern: `${p}/messages/:messageId/send`, handler: sendDraft },
  { method: 'POST', pattern: `${p}/messages/:messageId/createReply`, handler: createReply(false) },
  { method: 'POST', pattern: `${p}/messages/:messageId/createReplyAll`, handler: createReply(true) },
  { method: 'POST', pattern: `${p}/messages/:messageId/reply`, handler: reply(false) },
  { method: 'POST', pattern: `${p}/messages/:messageId/replyAll`, handler: reply(true) },
]).map(forApps);
