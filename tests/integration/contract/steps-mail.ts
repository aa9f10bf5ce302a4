// Mail in the secretary's own mailbox (/me) and the forum's shared submission mailbox
// (/users/{id}): sendMail, folders, drafts, messages, attachments, replies, move, delta;
// and Teams activity notifications.
import { findInValue, prop } from './walk';
import type { Ids, Step } from './walk';

interface Mailbox {
  readonly key: string;
  readonly pattern: '/me' | '/users/:userId';
  readonly path: (ids: Ids) => string;
}

const MAILBOXES: readonly Mailbox[] = [
  { key: 'me', pattern: '/me', path: () => '/me' },
  { key: 'shared', pattern: '/users/:userId', path: (ids) => `/users/${ids.seg('sharedMailboxId')}` },
];

const CORRELATION = 'String {6f1c5b0e-3a52-4c1e-9d7b-2f4a1c8e5d30} Name SekretariatAgendaCorrelation';
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The part of an absolute Graph link below /v1.0, for following nextLink/deltaLink. */
function belowVersion(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  const at = link.indexOf('/v1.0/');
  return at < 0 ? undefined : link.slice(at + '/v1.0'.length);
}

function mailSteps(b: Mailbox): Step[] {
  const k = (name: string): string => `${b.key}.${name}`;
  const msg = (ids: Ids, name: string): string => `${b.path(ids)}/messages/${ids.seg(k(name))}`;
  const inFolder = (ids: Ids, folder: string, name: string): string => `${b.path(ids)}/mailFolders/${folder}/messages/${ids.seg(k(name))}`;
  const P = b.pattern;
  const M = `${P}/messages/:messageId`;
  const FM = `${P}/mailFolders/:folderId/messages/:messageId`;
  return [
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/messages/delta`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/inbox/messages/delta`, headers: { Prefer: 'odata.maxpagesize=50' } }),
      expect: { operation: 'microsoft.graph.delta', binding: 'Collection(microsoft.graph.message)' },
      capture: (body, ids) => ids.set(k('delta'), belowVersion(prop(body, '@odata.deltaLink') ?? prop(body, '@odata.nextLink'))),
    },
    {
      method: 'POST',
      pattern: `${P}/sendMail`,
      request: (ids) => ({
        path: `${b.path(ids)}/sendMail`,
        body: {
          message: {
            subject: `Indkaldelse ${ids.get('runId')}`,
            body: { contentType: 'html', content: '<p>Velkommen.</p>' },
            toRecipients: [
              { emailAddress: { address: ids.get('secretaryMail') } },
              { emailAddress: { address: ids.get('patientMail'), name: 'Pia' } },
            ],
            ccRecipients: [{ emailAddress: { address: ids.get('chairMail') } }],
            attachments: [
              {
                '@odata.type': '#microsoft.graph.fileAttachment',
                name: 'dagsorden.txt',
                contentType: 'text/plain',
                contentBytes: base64('Dagsorden'),
              },
            ],
          },
          saveToSentItems: true,
        },
      }),
      expect: { empty: true },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders` }),
      expect: { collection: 'microsoft.graph.mailFolder' },
    },
    {
      method: 'POST',
      pattern: `${P}/mailFolders`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders`, body: { displayName: `Kontrakt ${ids.get('runId')}` } }),
      expect: { entity: 'microsoft.graph.mailFolder' },
      capture: (body, ids) => ids.set(k('folder'), prop(body, 'id')),
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/inbox` }),
      expect: { entity: 'microsoft.graph.mailFolder' },
    },
    // The intake's folder discovery: well-known folders by name, the top-level list with $select, "Behandlet" by name.
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/junkemail?$select=id,displayName,childFolderCount` }),
      expect: { entity: 'microsoft.graph.mailFolder' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/archive?$select=id` }),
      expect: { entity: 'microsoft.graph.mailFolder' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders?$top=100&$select=id,displayName,childFolderCount` }),
      expect: { collection: 'microsoft.graph.mailFolder' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders`,
      request: (ids) => ({
        path: `${b.path(ids)}/mailFolders?$filter=${encodeURIComponent("displayName eq 'Behandlet'")}&$select=id,displayName,childFolderCount`,
      }),
      expect: { collection: 'microsoft.graph.mailFolder' },
    },
    {
      // A folder's first read, bounded by the forum's window: the one $filter message delta takes.
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/messages/delta`,
      request: (ids) => ({
        path: `${b.path(ids)}/mailFolders/junkemail/messages/delta?$select=internetMessageId,conversationId,from,sender,subject,receivedDateTime,hasAttachments,internetMessageHeaders,isDraft&$filter=${encodeURIComponent('receivedDateTime ge 2026-01-01T00:00:00Z')}`,
        headers: { Prefer: 'odata.maxpagesize=100' },
      }),
      expect: { operation: 'microsoft.graph.delta', binding: 'Collection(microsoft.graph.message)' },
      capture: (body, ids) => ids.set(k('junkDelta'), belowVersion(prop(body, '@odata.deltaLink') ?? prop(body, '@odata.nextLink'))),
    },
    {
      method: 'POST',
      pattern: `${P}/mailFolders/:folderId/childFolders`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/${ids.seg(k('folder'))}/childFolders`, body: { displayName: 'Behandlet' } }),
      expect: { entity: 'microsoft.graph.mailFolder' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/childFolders`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/${ids.seg(k('folder'))}/childFolders` }),
      expect: { collection: 'microsoft.graph.mailFolder' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/messages`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/inbox/messages?$top=5&$orderby=receivedDateTime%20desc` }),
      expect: { collection: 'microsoft.graph.message' },
      capture: (body, ids) => ids.set(k('inbox'), findInValue(body, (m) => m['isDraft'] === false)?.['id']),
    },
    {
      method: 'GET',
      pattern: `${P}/messages`,
      request: (ids) => ({ path: `${b.path(ids)}/messages?$top=2` }),
      expect: { collection: 'microsoft.graph.message' },
    },
    {
      method: 'POST',
      pattern: `${P}/messages`,
      request: (ids) => ({
        path: `${b.path(ids)}/messages`,
        body: {
          subject: `Dagsorden (kladde) ${ids.get('runId')}`,
          toRecipients: [{ emailAddress: { address: ids.get('chairMail') } }],
          singleValueExtendedProperties: [{ id: CORRELATION, value: `kontrakt-${ids.get('runId')}` }],
        },
      }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      // Finding the app's own message again by the correlation id it set (the agenda's send-once check).
      method: 'GET',
      pattern: `${P}/messages`,
      request: (ids) => ({
        path: `${b.path(ids)}/messages?$select=id,isDraft&$filter=${encodeURIComponent(`singleValueExtendedProperties/any(ep: ep/id eq '${CORRELATION}' and ep/value eq 'kontrakt-${ids.get('runId')}')`)}`,
      }),
      expect: { collection: 'microsoft.graph.message' },
    },
    {
      method: 'POST',
      pattern: `${P}/messages`,
      request: (ids) => ({
        path: `${b.path(ids)}/messages`,
        body: {
          subject: `Kladde ${ids.get('runId')}`,
          body: { contentType: 'text', content: 'Hej' },
          toRecipients: [{ emailAddress: { address: ids.get('chairMail') } }],
        },
      }),
      expect: { entity: 'microsoft.graph.message' },
      capture: (body, ids) => ids.set(k('draft'), prop(body, 'id')),
    },
    {
      method: 'POST',
      pattern: `${P}/mailFolders/:folderId/messages`,
      request: (ids) => ({
        path: `${b.path(ids)}/mailFolders/drafts/messages`,
        body: { subject: `Kladde 2 ${ids.get('runId')}`, importance: 'high' },
      }),
      expect: { entity: 'microsoft.graph.message' },
      capture: (body, ids) => ids.set(k('draft2'), prop(body, 'id')),
    },
    {
      method: 'GET',
      pattern: M,
      request: (ids) => ({ path: `${msg(ids, 'inbox')}?$select=subject,from,internetMessageHeaders,body` }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'GET',
      pattern: M,
      request: (ids) => ({ path: msg(ids, 'inbox'), headers: { Prefer: 'outlook.body-content-type="text"' } }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'GET',
      pattern: FM,
      request: (ids) => ({ path: `${inFolder(ids, 'inbox', 'inbox')}?$expand=attachments` }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'PATCH',
      pattern: M,
      request: (ids) => ({ path: msg(ids, 'inbox'), body: { isRead: true, categories: ['Sag'] } }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'PATCH',
      pattern: FM,
      request: (ids) => ({ path: inFolder(ids, 'inbox', 'inbox'), body: { flag: { flagStatus: 'flagged' } } }),
      expect: { entity: 'microsoft.graph.message' },
    },
    ...attachmentSteps(b, k, msg, inFolder),
    {
      method: 'POST',
      pattern: `${M}/createReply`,
      request: (ids) => ({ path: `${msg(ids, 'inbox')}/createReply`, body: { comment: 'Tak' } }),
      expect: { entity: 'microsoft.graph.message' },
      capture: (body, ids) => ids.set(k('reply'), prop(body, 'id')),
    },
    {
      method: 'POST',
      pattern: `${M}/createReplyAll`,
      request: (ids) => ({ path: `${msg(ids, 'inbox')}/createReplyAll`, body: {} }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'POST',
      pattern: `${M}/reply`,
      request: (ids) => ({ path: `${msg(ids, 'inbox')}/reply`, body: { comment: 'Modtaget' } }),
      expect: { empty: true },
    },
    {
      method: 'POST',
      pattern: `${M}/replyAll`,
      request: (ids) => ({ path: `${msg(ids, 'inbox')}/replyAll`, body: { comment: 'Modtaget' } }),
      expect: { empty: true },
    },
    { method: 'POST', pattern: `${M}/send`, request: (ids) => ({ path: `${msg(ids, 'draft')}/send` }), expect: { empty: true } },
    {
      method: 'POST',
      pattern: `${M}/move`,
      request: (ids) => ({ path: `${msg(ids, 'inbox')}/move`, body: { destinationId: ids.get(k('folder')) } }),
      expect: { entity: 'microsoft.graph.message' },
      capture: (body, ids) => ids.set(k('moved'), prop(body, 'id')),
    },
    {
      method: 'POST',
      pattern: `${FM}/move`,
      request: (ids) => ({
        path: `${b.path(ids)}/mailFolders/${ids.seg(k('folder'))}/messages/${ids.seg(k('moved'))}/move`,
        body: { destinationId: 'inbox' },
      }),
      expect: { entity: 'microsoft.graph.message' },
    },
    { method: 'DELETE', pattern: M, request: (ids) => ({ path: msg(ids, 'draft2') }), expect: { empty: true } },
    { method: 'DELETE', pattern: FM, request: (ids) => ({ path: inFolder(ids, 'drafts', 'reply') }), expect: { empty: true } },
    // Following the delta link: only what changed since (new mail, moves, `@removed`).
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/messages/delta`,
      request: (ids) => ({ path: ids.get(k('delta')) }),
      expect: { operation: 'microsoft.graph.delta', binding: 'Collection(microsoft.graph.message)' },
    },
    // A mail moved into Junk Email, then on to another folder: the filtered link brings it, then its `@removed`.
    {
      method: 'POST',
      pattern: `${M}/move`,
      request: (ids) => ({ path: `${msg(ids, 'moved')}/move`, body: { destinationId: 'junkemail' } }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/messages/delta`,
      request: (ids) => ({ path: ids.get(k('junkDelta')) }),
      expect: { operation: 'microsoft.graph.delta', binding: 'Collection(microsoft.graph.message)' },
      capture: (body, ids) => ids.set(k('junkDelta2'), belowVersion(prop(body, '@odata.deltaLink'))),
    },
    {
      method: 'POST',
      pattern: `${M}/move`,
      request: (ids) => ({ path: `${msg(ids, 'moved')}/move`, body: { destinationId: 'archive' } }),
      expect: { entity: 'microsoft.graph.message' },
    },
    {
      method: 'GET',
      pattern: `${P}/mailFolders/:folderId/messages/delta`,
      request: (ids) => ({ path: ids.get(k('junkDelta2')) }),
      expect: { operation: 'microsoft.graph.delta', binding: 'Collection(microsoft.graph.message)' },
    },
    {
      method: 'DELETE',
      pattern: `${P}/mailFolders/:folderId`,
      request: (ids) => ({ path: `${b.path(ids)}/mailFolders/${ids.seg(k('folder'))}` }),
      expect: { empty: true },
    },
  ];
}

function attachmentSteps(
  b: Mailbox,
  k: (name: string) => string,
  msg: (ids: Ids, name: string) => string,
  inFolder: (ids: Ids, folder: string, name: string) => string,
): Step[] {
  const M = `${b.pattern}/messages/:messageId/attachments`;
  const FM = `${b.pattern}/mailFolders/:folderId/messages/:messageId/attachments`;
  const file = {
    '@odata.type': '#microsoft.graph.fileAttachment',
    name: 'bilag.txt',
    contentType: 'text/plain',
    contentBytes: base64('Bilag 1'),
  };
  const att = (ids: Ids): string => ids.seg(k('attachment'));
  return [
    {
      method: 'POST',
      pattern: M,
      request: (ids) => ({ path: `${msg(ids, 'draft')}/attachments`, body: file }),
      expect: { entity: 'microsoft.graph.attachment' },
      capture: (body, ids) => ids.set(k('attachment'), prop(body, 'id')),
    },
    {
      method: 'POST',
      pattern: FM,
      request: (ids) => ({ path: `${inFolder(ids, 'drafts', 'draft')}/attachments`, body: { ...file, name: 'bilag2.txt' } }),
      expect: { entity: 'microsoft.graph.attachment' },
    },
    {
      method: 'GET',
      pattern: M,
      request: (ids) => ({ path: `${msg(ids, 'draft')}/attachments` }),
      expect: { collection: 'microsoft.graph.attachment' },
    },
    {
      method: 'GET',
      pattern: FM,
      request: (ids) => ({ path: `${inFolder(ids, 'drafts', 'draft')}/attachments` }),
      expect: { collection: 'microsoft.graph.attachment' },
    },
    {
      method: 'GET',
      pattern: `${M}/:attachmentId`,
      request: (ids) => ({ path: `${msg(ids, 'draft')}/attachments/${att(ids)}` }),
      expect: { entity: 'microsoft.graph.attachment' },
    },
    {
      method: 'GET',
      pattern: `${FM}/:attachmentId`,
      request: (ids) => ({ path: `${inFolder(ids, 'drafts', 'draft')}/attachments/${att(ids)}` }),
      expect: { entity: 'microsoft.graph.attachment' },
    },
    {
      method: 'GET',
      pattern: `${M}/:attachmentId/$value`,
      request: (ids) => ({ path: `${msg(ids, 'draft')}/attachments/${att(ids)}/$value` }),
      expect: { content: true },
    },
    {
      method: 'GET',
      pattern: `${FM}/:attachmentId/$value`,
      request: (ids) => ({ path: `${inFolder(ids, 'drafts', 'draft')}/attachments/${att(ids)}/$value` }),
      expect: { content: true },
    },
    // The message itself as MIME (RFC 5322), with its attachment.
    {
      method: 'GET',
      pattern: `${b.pattern}/messages/:messageId/$value`,
      request: (ids) => ({ path: `${msg(ids, 'draft')}/$value` }),
      expect: { content: true },
    },
    {
      method: 'GET',
      pattern: `${b.pattern}/mailFolders/:folderId/messages/:messageId/$value`,
      request: (ids) => ({ path: `${inFolder(ids, 'drafts', 'draft')}/$value` }),
      expect: { content: true },
    },
  ];
}

const activity = (ids: Ids): Record<string, unknown> => ({
  topic: { source: 'text', value: 'Referat til godkendelse', webUrl: 'https://teams.microsoft.com/l/entity/sekretariat/home' },
  activityType: 'approvalRequested',
  previewText: { content: `Referat ${ids.get('runId')} afventer din godkendelse` },
  templateParameters: [{ name: 'meeting', value: 'Styregruppemøde 2' }],
});

const activitySteps: readonly Step[] = [
  {
    method: 'POST',
    pattern: '/users/:userId/teamwork/sendActivityNotification',
    request: (ids) => ({ path: `/users/${ids.seg('chairId')}/teamwork/sendActivityNotification`, body: activity(ids) }),
    expect: { empty: true },
  },
  {
    method: 'POST',
    pattern: '/me/teamwork/sendActivityNotification',
    as: 'chair',
    request: (ids) => ({ path: '/me/teamwork/sendActivityNotification', body: activity(ids) }),
    expect: { empty: true },
  },
];

export const allMailSteps: readonly Step[] = [...MAILBOXES.flatMap(mailSteps), ...activitySteps];
