import { GraphHttpError } from '../http/types';
import type { Caller } from '../auth/caller';
import type { SandboxState } from '../state';
import { deliverMail, type DeliveryResult } from './delivery';
import { mailboxForAddress, wellKnownFolder } from './mailbox';
import { deferredSendTime, type MessageInput } from './message-input';
import { changeKeyFor, placeMessage } from './sequence';
import { conversationIndexFor } from './threading';
import type { MailAddress, Mailbox } from './state';

export interface SendOptions {
  readonly nowIso: string;
  readonly newId: () => string;
  readonly saveToSentItems: boolean;
  readonly inReplyTo?: string;
  readonly references?: string;
  /** A draft being sent keeps the ids Exchange gave it when it was created. */
  readonly draft?: { readonly conversationId: string; readonly internetMessageId: string };
}

/**
 * Sends a message from a mailbox: as the mailbox itself, or on behalf of another mailbox named
 * in `from` that the caller is a delegate of (send-as a forum's shared mailbox). A deferred send
 * time holds it in the Outbox. Call inside `db.mutate`.
 */
export function sendFromMailbox(
  state: SandboxState,
  box: Mailbox,
  caller: Caller,
  input: MessageInput,
  opts: SendOptions,
): DeliveryResult | undefined {
  const to = input.toRecipients ?? [];
  const cc = input.ccRecipients ?? [];
  const bcc = input.bccRecipients ?? [];
  if (to.length + cc.length + bcc.length === 0) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRecipients',
      "At least one recipient is not valid., A message can't be sent because it contains no recipients.",
    );
  }
  let sendingBox = box;
  let sender: MailAddress | undefined;
  if (input.from && input.from.address.toLowerCase() !== box.address.toLowerCase()) {
    const other = mailboxForAddress(state, input.from.address);
    // A person sends as a mailbox they own or are a delegate of; an application as one its access policy covers.
    const allowed =
      other &&
      (caller.kind === 'user'
        ? other.ownerId === caller.user.id || other.delegateIds.includes(caller.user.id)
        : caller.app.mailboxIds.includes(other.ownerId));
    if (!other || !allowed) {
      throw new GraphHttpError(
        403,
        'ErrorSendAsDenied',
        'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
      );
    }
    sendingBox = other;
    sender = { name: box.displayName, address: box.address };
  }
  const from: MailAddress = {
    name: input.from?.name && input.from.name !== input.from.address ? input.from.name : sendingBox.displayName,
    address: sendingBox.address,
  };
  const deferred = deferredSendTime(input);
  if (deferred && Date.parse(deferred) > Date.parse(opts.nowIso)) {
    holdInOutbox(state, box, { ...input, from }, sender, deferred, opts);
    return undefined;
  }
  return deliverMail(
    state,
    {
      from,
      ...(sender ? { sender } : {}),
      to,
      cc,
      bcc,
      replyTo: input.replyTo ?? [],
      subject: input.subject ?? '',
      body: input.body ?? { contentType: 'text', content: '' },
      importance: input.importance ?? 'normal',
      attachments: input.attachments ?? [],
      headers: input.internetMessageHeaders ?? [],
      ...(input.extendedProperties ? { extendedProperties: input.extendedProperties } : {}),
      ...(opts.inReplyTo ? { inReplyTo: opts.inReplyTo } : {}),
      ...(opts.references ? { references: opts.references } : {}),
      ...(opts.draft ? { internetMessageId: opts.draft.internetMessageId } : {}),
    },
    {
      nowIso: opts.nowIso,
      newId: opts.newId,
      domain: state.directory.domain,
      ...(opts.saveToSentItems ? { saveCopyIn: box } : {}),
      ...(opts.draft ? { conversationId: opts.draft.conversationId } : {}),
    },
  );
}

function holdInOutbox(
  state: SandboxState,
  box: Mailbox,
  input: MessageInput & { from: MailAddress },
  sender: MailAddress | undefined,
  deferred: string,
  opts: SendOptions,
): void {
  const id = opts.newId();
  placeMessage(
    state.mail,
    box,
    {
      id,
      folderId: '',
      seq: 0,
      changeKey: changeKeyFor(id, 0),
      createdDateTime: opts.nowIso,
      lastModifiedDateTime: opts.nowIso,
      receivedDateTime: opts.nowIso,
      sentDateTime: deferred,
      subject: input.subject ?? '',
      body: input.body ?? { contentType: 'text', content: '' },
      from: input.from,
      ...(sender ? { sender } : {}),
      toRecipients: input.toRecipients ?? [],
      ccRecipients: input.ccRecipients ?? [],
      bccRecipients: input.bccRecipients ?? [],
      replyTo: input.replyTo ?? [],
      conversationId: opts.newId(),
      conversationIndex: conversationIndexFor(undefined),
      internetMessageId: `<${opts.newId().replace(/-/g, '')}@${state.directory.domain}>`,
      internetMessageHeaders: input.internetMessageHeaders ?? [],
      isRead: true,
      isDraft: false,
      importance: input.importance ?? 'normal',
      categories: input.categories ?? [],
      flag: { flagStatus: 'notFlagged' },
      inferenceClassification: 'focused',
      attachments: (input.attachments ?? []).map((a) => ({ ...a, id: opts.newId(), lastModifiedDateTime: opts.nowIso })),
      deferredUntil: deferred,
      ...(input.extendedProperties ? { extendedProperties: input.extendedProperties } : {}),
    },
    wellKnownFolder(box, 'outbox').id,
    opts.nowIso,
  );
}
