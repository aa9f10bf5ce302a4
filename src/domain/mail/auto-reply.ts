import type { MailHeader } from './mail-types';

/**
 * Auto-replies, out-of-office answers and delivery reports: by header (RFC 3834 Auto-Submitted, Precedence,
 * X-Autoreply, multipart/report) or by subject ("Automatisk svar", "Fraværende", "Out of office", "Undeliverable" …)
 * or by the sender (mailer-daemon, postmaster).
 */
const AUTO_SUBJECT = new RegExp(
  String.raw`^\s{0,4}(?:(?:re|sv|aw|fwd?|vs)\s?:\s{0,3}){0,3}(?:\[[^\]]{0,30}\]\s{0,3})?(?:automatisk svar|autosvar|auto-svar|fraværende|fravær|ikke til stede|out of (?:the )?office|automatic reply|auto(?:matic)?[ -]?reply|autoreply|auto-response|abwesenheitsnotiz|undeliverable|undelivered mail|ikke leveret|kan ikke leveres|levering mislykkedes|delivery status notification|delivery failure|mail delivery failed|returned mail|failure notice|message not delivered)(?![\p{L}])`,
  'iu',
);
const DAEMON = /^(?:mailer-daemon|postmaster|mail-daemon|microsoftexchange[0-9a-f]{0,40})@/i;

const headerValue = (headers: readonly MailHeader[], name: string): string | undefined =>
  headers.find((h) => h.name.toLowerCase() === name)?.value;

export function isAutoReplySubject(subject: string): boolean {
  return AUTO_SUBJECT.test(subject.slice(0, 300));
}

export function isAutoReply(subject: string, headers: readonly MailHeader[], fromAddress: string | undefined): boolean {
  const autoSubmitted = headerValue(headers, 'auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted.trim().toLowerCase() !== 'no') return true;
  const precedence = headerValue(headers, 'precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk') return true;
  if (headerValue(headers, 'x-autoreply') !== undefined || headerValue(headers, 'x-autorespond') !== undefined) return true;
  if (/^\s{0,4}multipart\/report/i.test(headerValue(headers, 'content-type') ?? '')) return true;
  if (fromAddress !== undefined && DAEMON.test(fromAddress.trim())) return true;
  // X-Auto-Response-Suppress is set by Outlook on its own auto-replies, but also on other mails: only with an auto-reply subject.
  return isAutoReplySubject(subject);
}
