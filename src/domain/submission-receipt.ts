import { html, joinHtml, type Html } from './html';
import { danishLongDate } from './meeting-invitation';

/**
 * The receipt a sender gets for a submitted agenda item (kvittering): the item's reference and, when known, the
 * meeting it is meant for. Pure text; every value from the mail or the lists is escaped in the HTML.
 */

export interface ReceiptInput {
  /** The forum's name ("Klyngestyregruppen for Fjordklyngen"). */
  readonly forumName: string;
  /** "KSG-0042". */
  readonly reference: string;
  /** The item's title as recorded (from the mail's subject or its case presentation). */
  readonly title: string;
  readonly senderName?: string;
  /** The meeting the item is meant for, when the intake knew it. */
  readonly meeting?: { readonly title: string; readonly start: string };
}

export interface ReceiptMail {
  readonly subject: string;
  /** Every value from data is escaped. */
  readonly bodyHtml: Html;
}

const TITLE_CAP = 200;

/** Control characters and line breaks out, runs of space collapsed, capped: a title from a hostile subject. */
function oneLine(text: string, cap = TITLE_CAP): string {
  const flat = Array.from(text, (ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > cap ? `${flat.slice(0, cap - 1)}…` : flat;
}

/** "Vi har modtaget dit punkt …": the receipt mail's subject and body. */
export function submissionReceipt(input: ReceiptInput): ReceiptMail {
  const title = oneLine(input.title) || 'uden titel';
  const reference = oneLine(input.reference, 40);
  const greeting = input.senderName && oneLine(input.senderName) ? `Kære ${oneLine(input.senderName, 100)}` : 'Hej';
  const meeting = input.meeting
    ? `Punktet er tiltænkt ${oneLine(input.meeting.title, 120)} ${danishLongDate(input.meeting.start)}.`
    : 'Formandskabet beslutter på planlægningsmødet, hvilket møde punktet behandles på.';
  const bodyHtml = joinHtml(
    [
      html`<p>${greeting}</p>`,
      html`<p>Vi har modtaget dit punkt <strong>${title}</strong> til ${oneLine(input.forumName)} (reference ${reference}).</p>`,
      html`<p>${meeting} Du hører fra os, når formandskabet har taget stilling.</p>`,
      html`<p>Skriv referencen i emnet, hvis du sender rettelser eller bilag til punktet.</p>`,
      html`<p lang="en">We have received your agenda item (reference ${reference}).</p>`,
      html`<p>Venlig hilsen<br>Sekretariatet for ${oneLine(input.forumName)}</p>`,
    ],
    '\n',
  );
  return { subject: `Modtaget: ${title} (${reference})`, bodyHtml };
}

const NO_REPLY = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer[-_.]?daemon|postmaster|bounces?|notifications?)([-_.+].*)?@/i;

/**
 * Whether a receipt may go to this address: a plausible address that is not a robot's (noreply, mailer-daemon,
 * postmaster, bounce addresses). Unknown senders do get one: they are often members outside the tenant.
 */
export function receiptAllowed(address: string): boolean {
  const a = address.trim();
  if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(a)) return false;
  return !NO_REPLY.test(a);
}
