import type { MailMessage, ParseContext, ParsedMail } from './types';

/**
 * FOUNDATION PLACEHOLDER — replaced by the real parser (feat/parser). Keeps the signature every caller uses:
 * never throws, bounded time.
 */
export function parseMail(mail: MailMessage, context: ParseContext = {}): ParsedMail {
  const autoSubmitted = (mail.headers ?? []).some((h) => h.name.toLowerCase() === 'auto-submitted' && !/^no$/i.test(h.value.trim()));
  const address = mail.from?.address.toLowerCase();
  const member = address ? context.members?.find((m) => m.email.toLowerCase() === address) : undefined;
  return {
    kind: autoSubmitted ? 'autoReply' : 'submission',
    title: mail.subject.trim() || null,
    recommendations: [],
    description: mail.text?.trim().slice(0, 10_000) || null,
    presenter: null,
    meetingHint: null,
    durationMinutes: null,
    attachments: mail.attachments ?? [],
    sender: mail.from ?? null,
    senderMemberId: member?.id ?? null,
    consultationRef: null,
    verdict: null,
    replyText: null,
  };
}
