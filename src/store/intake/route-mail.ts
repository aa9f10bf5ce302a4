import { isAutoReply } from '../../domain/mail/auto-reply';
import { parseMail } from '../../domain/mail/parse-mail';
import type { ParseContext, ParsedMail } from '../../domain/mail/mail-types';
import type { Forum } from '../../domain/types';
import { CALL_FOR_ITEMS_HEADER } from '../call-for-items-store';
import type { IncomingMail } from './fetch-new-mail';
import { headerValue, isReply } from './graph-mail';

export type ParseFn = (mail: IncomingMail['mail'], context?: ParseContext) => ParsedMail;

/** What the intake does with one mail. */
export type Routed =
  | { readonly kind: 'submission'; readonly incoming: IncomingMail; readonly parsed: ParsedMail; readonly reply: boolean }
  | { readonly kind: 'consultationReply'; readonly incoming: IncomingMail; readonly parsed: ParsedMail }
  | { readonly kind: 'autoReply' | 'other' | 'own'; readonly incoming: IncomingMail };

function safeParse(parse: ParseFn, incoming: IncomingMail, context: ParseContext): ParsedMail {
  try {
    return parse(incoming.mail, context);
  } catch {
    // The parser promises never to throw; should it, the mail is kept as a submission with its subject, not lost.
    const m = incoming.mail;
    return {
      kind: 'submission',
      title: m.subject.trim() || null,
      recommendations: [],
      description: null,
      presenter: null,
      meetingHint: null,
      durationMinutes: null,
      attachments: m.attachments ?? [],
      sender: m.from ?? null,
      senderMemberId: null,
      consultationRef: null,
      verdict: null,
      replyText: null,
    };
  }
}

/** The forum's own mail: its call for items, or anything the mailbox itself sent. */
function isOwn(forum: Pick<Forum, 'mailbox'>, incoming: IncomingMail): boolean {
  const mailbox = forum.mailbox.trim().toLowerCase();
  return headerValue(incoming.mail, CALL_FOR_ITEMS_HEADER) !== undefined || (mailbox !== '' && incoming.mail.from?.address === mailbox);
}

/**
 * What can be told of a mail before its body is read — the forum's own mail and auto-replies (by headers, subject
 * and sender, as the parser tells them) — or undefined when the body decides.
 */
export function routeWithoutBody(forum: Pick<Forum, 'mailbox'>, incoming: IncomingMail): Routed | undefined {
  if (isOwn(forum, incoming)) return { kind: 'own', incoming };
  const { subject, headers, from } = incoming.mail;
  return isAutoReply(subject, headers ?? [], from?.address) ? { kind: 'autoReply', incoming } : undefined;
}

/**
 * Sorts each mail: the forum's own mail (its call for items, anything the mailbox itself sent) and what the parser
 * calls an auto-reply or other mail are skipped; consultation replies go to their consultation; the rest are
 * submissions — or follow-ups, which the caller decides by conversation.
 */
export function routeMail(
  forum: Pick<Forum, 'mailbox' | 'members'>,
  mails: readonly IncomingMail[],
  parse: ParseFn = parseMail,
  consultationRefs: readonly string[] = [],
  consultationConversations: Readonly<Record<string, string>> = {},
): Routed[] {
  const context: ParseContext = {
    members: forum.members.map((m) => ({ id: m.id, email: m.email, ...(m.substituteEmail ? { substituteEmail: m.substituteEmail } : {}) })),
    consultationRefs,
    consultationConversations,
  };
  return mails.map((incoming): Routed => {
    if (isOwn(forum, incoming)) return { kind: 'own', incoming };
    const parsed = safeParse(parse, incoming, context);
    switch (parsed.kind) {
      case 'submission':
        return { kind: 'submission', incoming, parsed, reply: isReply(incoming.mail) };
      case 'consultationReply':
        return { kind: 'consultationReply', incoming, parsed };
      default:
        return { kind: parsed.kind, incoming };
    }
  });
}

/** The member who sent it: the parser's match, else the sender's address against members' and substitutes' addresses. */
export function senderMemberId(forum: Pick<Forum, 'members'>, parsed: ParsedMail, address: string | undefined): string | undefined {
  if (parsed.senderMemberId) return parsed.senderMemberId;
  const a = address?.toLowerCase();
  if (!a) return undefined;
  return forum.members.find((m) => m.email.toLowerCase() === a || m.substituteEmail?.toLowerCase() === a)?.id;
}
