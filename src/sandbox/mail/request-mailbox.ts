import type { CallerHandler, CallerRequest, SandboxContext } from '../http/types';
import type { SandboxState } from '../state';
import { deliverMail } from './delivery';
import { ensureMailbox, newMailbox, targetMailboxFor, type MailAccess } from './mailbox';
import { removeMessage } from './sequence';
import type { Mailbox } from './state';

type Addressed = Pick<CallerRequest, 'params' | 'caller'>;

/** The mailbox a read addresses (`/me` or `/users/{id}`), access-checked for a person or an application; empty if never used. */
export function readMailbox(req: Addressed, state: SandboxState): Mailbox {
  const user = targetMailboxFor(state.directory, state.mail, req.caller, req.params.userId, 'read');
  return state.mail.mailboxes.find((m) => m.ownerId === user.id) ?? newMailbox(user);
}

/** The same inside `db.mutate`: creates the mailbox on first use. An application needs Mail.ReadWrite, or Mail.Send to send. */
export function writeMailbox(req: Addressed, state: SandboxState, access: Exclude<MailAccess, 'read'> = 'write'): Mailbox {
  return ensureMailbox(state, targetMailboxFor(state.directory, state.mail, req.caller, req.params.userId, access));
}

/**
 * Sends the messages held in Outboxes whose deferred send time (PidTagDeferredSendTime) has
 * come, as Exchange's transport would. Runs lazily before mail requests.
 */
export async function releaseDueMail(ctx: SandboxContext): Promise<void> {
  const now = ctx.now().getTime();
  const isDue = (t: string | undefined): boolean => t !== undefined && Date.parse(t) <= now;
  if (!ctx.db.state.mail.mailboxes.some((b) => b.messages.some((m) => isDue(m.deferredUntil)))) return;
  await ctx.db.mutate((state) => {
    for (const box of state.mail.mailboxes) {
      for (const held of box.messages.filter((m) => isDue(m.deferredUntil))) {
        removeMessage(state.mail, box, held);
        deliverMail(
          state,
          {
            from: held.from ?? { name: box.displayName, address: box.address },
            ...(held.sender ? { sender: held.sender } : {}),
            to: held.toRecipients,
            cc: held.ccRecipients,
            bcc: held.bccRecipients,
            replyTo: held.replyTo,
            subject: held.subject,
            body: held.body,
            importance: held.importance,
            attachments: held.attachments,
            headers: held.internetMessageHeaders,
            internetMessageId: held.internetMessageId,
            sentDateTime: held.deferredUntil ?? ctx.now().toISOString(),
          },
          { nowIso: ctx.now().toISOString(), newId: () => ctx.newId(), domain: state.directory.domain, saveCopyIn: box },
        );
      }
    }
  });
}

/** Wraps a mail handler so held mail that is due goes out first. */
export function afterRelease(handler: CallerHandler): CallerHandler {
  return async (req, ctx) => {
    await releaseDueMail(ctx);
    return handler(req, ctx);
  };
}
