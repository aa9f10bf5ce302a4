import { isAutoReply } from './auto-reply';
import { consultationRefOf, verdictOf } from './consultation-reply';
import { extractFields, splitTitleLine, type ItemFields } from './fields';
import { htmlToText } from './html-text';
import { MAX_REPLY_CHARS, MAX_SUBJECT_CHARS } from './limits';
import { splitThread, unwrapQuoted } from './quotes';
import { memberIdFor } from './sender';
import { stripSignature } from './signature';
import { isForwardSubject, isItemSubject, stripReplyPrefixes, titleFromSubject } from './subject';
import { joinLines, toLines } from './text-lines';
import type { MailMessage, ParseContext, ParsedMail } from './mail-types';

/** The body as text lines: the HTML through the text step when there is HTML, else the plain text. */
function bodyLines(mail: MailMessage): string[] {
  const html = typeof mail.html === 'string' && mail.html.trim() !== '' ? htmlToText(mail.html) : '';
  const text = html.trim() !== '' ? html : typeof mail.text === 'string' ? mail.text : '';
  return toLines(text);
}

/** Greeting lines ("Hej Katrine", "Kære alle,", "Dear all,") at the start of a reply. */
const GREETING = /^\s{0,4}(?:hej|hejsa|hey|hi|hello|dear|kære|goddag|godmorgen|good morning)(?![\p{L}])[^.!?]{0,40}[,!:]?\s{0,4}$/iu;

function withoutGreeting(lines: readonly string[]): readonly string[] {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i < lines.length && GREETING.test(lines[i] ?? '') ? lines.slice(i + 1) : lines;
}

interface Body {
  readonly own: readonly string[];
  /** The forwarded message when the mail forwards a colleague's submission. */
  readonly forwarded: { readonly lines: readonly string[]; readonly subject: string | null } | null;
}

function splitBody(lines: readonly string[], subject: string): Body {
  const thread = splitThread(lines);
  const own = stripSignature(thread.own);
  if (thread.quoted.length === 0 || !(thread.forwardHeader || isForwardSubject(subject))) return { own, forwarded: null };
  const inner = unwrapQuoted(thread.quoted);
  const innerThread = splitThread(inner.lines);
  return { own, forwarded: { lines: stripSignature(innerThread.own), subject: inner.subject } };
}

/** A reply to a call for items ("SV: KSG: Punkter til ordinært møde …") whose subject is not the item's title. */
const CALL_SUBJECT = /(?:^|:\s{0,3})punkter til (?:ordinært|ekstraordinært|video)?\s{0,3}møde/iu;

/** The first short line before the first section: a title the sender typed at the top. */
function titleFromPreamble(lines: readonly string[]): string | null {
  for (const line of withoutGreeting(lines)) {
    const t = line.trim();
    if (t === '') continue;
    if (t.length > 150 || /[.!?]$/.test(t)) return null;
    return splitTitleLine(t).title;
  }
  return null;
}

const EMPTY_FIELDS: ItemFields = {
  title: null,
  recommendations: [],
  description: null,
  presenter: null,
  meetingHint: null,
  durationMinutes: null,
  itemSections: 0,
  headings: 0,
  loose: null,
};

function parse(mail: MailMessage, context: ParseContext): ParsedMail {
  const subject = typeof mail.subject === 'string' ? mail.subject.slice(0, MAX_SUBJECT_CHARS) : '';
  const headers = Array.isArray(mail.headers) ? mail.headers : [];
  const sender =
    mail.from && typeof mail.from.address === 'string' ? { name: String(mail.from.name ?? ''), address: mail.from.address } : null;
  const attachments = Array.isArray(mail.attachments)
    ? mail.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size }))
    : [];
  const base = {
    attachments,
    sender,
    senderMemberId: memberIdFor(sender?.address, context.members),
    recommendations: [] as string[],
    description: null,
    presenter: null,
    meetingHint: null,
    durationMinutes: null,
    consultationRef: null,
    verdict: null,
    replyText: null,
  };
  const subjectTitle = titleFromSubject(subject);

  if (isAutoReply(subject, headers, sender?.address)) return { ...base, kind: 'autoReply', title: subjectTitle };

  const lines = bodyLines(mail);
  const body = splitBody(lines, subject);

  const consultationRef =
    consultationRefOf(subject, context.consultationRefs ?? []) ?? consultationByConversation(mail.conversationId, context);
  if (consultationRef !== null) {
    const reply = joinLines(withoutGreeting(body.own)).slice(0, MAX_REPLY_CHARS);
    const replyText = reply === '' ? null : reply;
    return { ...base, kind: 'consultationReply', title: subjectTitle, consultationRef, replyText, verdict: verdictOf(replyText) };
  }

  const ownFields = extractFields(body.own);
  const forwardedFields = body.forwarded ? extractFields(body.forwarded.lines) : EMPTY_FIELDS;
  const useForwarded = ownFields.itemSections === 0 && forwardedFields.itemSections > 0;
  const fields = useForwarded ? forwardedFields : ownFields;
  const isSubmission =
    fields.itemSections > 0 ||
    isItemSubject(subject) ||
    (useForwarded && body.forwarded?.subject ? isItemSubject(body.forwarded.subject) : false);

  let title = fields.title;
  let presenter = fields.presenter;
  let durationMinutes = fields.durationMinutes;
  if (title === null) {
    const fromSubject =
      useForwarded && subjectTitle === null && body.forwarded?.subject ? titleFromSubject(body.forwarded.subject) : subjectTitle;
    if (fields.itemSections > 0 && CALL_SUBJECT.test(stripReplyPrefixes(subject)))
      title = titleFromPreamble(useForwarded ? (body.forwarded?.lines ?? []) : body.own);
    if (title === null && fromSubject !== null) {
      const split = splitTitleLine(fromSubject);
      title = split.title;
      presenter ??= split.presenter;
      durationMinutes ??= split.minutes;
    }
  }

  return {
    ...base,
    kind: isSubmission ? 'submission' : 'other',
    title,
    recommendations: fields.recommendations,
    description: fields.description ?? (isSubmission && fields.itemSections > 0 ? fields.loose : null),
    presenter,
    meetingHint: fields.meetingHint,
    durationMinutes,
  };
}

/** The consultation whose own mail started this conversation (own property lookup only: the id is untrusted input). */
function consultationByConversation(conversationId: unknown, context: ParseContext): string | null {
  const map = context.consultationConversations;
  if (!map || typeof conversationId !== 'string' || conversationId === '') return null;
  return Object.prototype.hasOwnProperty.call(map, conversationId) ? (map[conversationId] ?? null) : null;
}

/** The fallback when parsing failed: the subject as title, nothing else claimed. */
function fallback(mail: MailMessage, context: ParseContext): ParsedMail {
  let title: string | null = null;
  let address: string | undefined;
  try {
    title = typeof mail.subject === 'string' ? titleFromSubject(mail.subject) : null;
    address = typeof mail.from?.address === 'string' ? mail.from.address : undefined;
  } catch {
    title = null;
  }
  return {
    kind: 'other',
    title,
    recommendations: [],
    description: null,
    presenter: null,
    meetingHint: null,
    durationMinutes: null,
    attachments: [],
    sender: address ? { name: String(mail.from?.name ?? ''), address } : null,
    senderMemberId: memberIdFor(address, context.members),
    consultationRef: null,
    verdict: null,
    replyText: null,
  };
}

/**
 * Reads a mail as an agenda item, a consultation reply, an auto-reply or something else. Pure, never throws,
 * bounded time on any input (bodies capped, linear patterns only).
 */
export function parseMail(mail: MailMessage, context: ParseContext = {}): ParsedMail {
  try {
    return parse(mail, context ?? {});
  } catch {
    try {
      return fallback(mail, context ?? {});
    } catch {
      return { ...fallback({ subject: '' }, {}) };
    }
  }
}
