import { weekdayDateTimeText } from './date-format';
import { html, lineBreaks, type Html } from './html';

/**
 * The mail the submitter gets when the chairs have decided on their item: accepted for a meeting, deferred (to a
 * later meeting or the backlog), or declined with the chairs' reason. Danish, plain words, every value escaped.
 */

export interface DecisionMeeting {
  readonly id: string;
  readonly title: string;
  /** ISO UTC. */
  readonly start: string;
}

export type SubmissionDecision =
  | { readonly kind: 'accepted'; readonly meeting: DecisionMeeting }
  | { readonly kind: 'deferred'; readonly meeting?: DecisionMeeting; readonly reason?: string }
  | { readonly kind: 'declined'; readonly reason: string };

export interface DecisionMailInput {
  readonly forum: { readonly name: string };
  readonly submission: { readonly title: string; readonly senderName: string; readonly reference?: string };
  readonly decision: SubmissionDecision;
}

export interface DecisionMail {
  readonly subject: string;
  /** Every value from data is escaped. */
  readonly bodyHtml: Html;
}

/** Longest reason quoted in a mail (the chairs' text is kept in full on the submission). */
export const REASON_CAP = 2000;
const TITLE_CAP = 200;

/**
 * The decision as a short stable key, stored with the submission once its mail is claimed ("accepted:12",
 * "deferred:14", "deferred:backlog", "declined"), so each decision is mailed once and a new decision mails again.
 */
export function decisionKey(decision: SubmissionDecision): string {
  switch (decision.kind) {
    case 'accepted':
      return `accepted:${decision.meeting.id}`;
    case 'deferred':
      return `deferred:${decision.meeting?.id ?? 'backlog'}`;
    case 'declined':
      return 'declined';
  }
}

/** "torsdag den 11. juni 2026 kl. 09.00" in Copenhagen. */
export function danishMeetingTime(start: string): string {
  return weekdayDateTimeText(start);
}

const oneLine = (text: string, cap: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > cap ? `${flat.slice(0, cap - 1)}…` : flat;
};

const paragraphs = (text: string): Html[] =>
  text
    .slice(0, REASON_CAP)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => html`<p>${lineBreaks(p)}</p>`);

export function decisionMail({ forum, submission, decision }: DecisionMailInput): DecisionMail {
  const title = oneLine(submission.title, TITLE_CAP) || 'dit punkt';
  const ref = submission.reference ? ` (${submission.reference})` : '';
  const quoted = `»${title}«${ref}`;
  const meetingText = (m: DecisionMeeting): string => `${oneLine(m.title, TITLE_CAP)} ${danishMeetingTime(m.start)}`;
  let subject: string;
  let body: Html;
  switch (decision.kind) {
    case 'accepted':
      subject = `Dit punkt er sat på dagsordenen: ${title}`;
      body = html`<p>Formandskabet har sat dit punkt ${quoted} på dagsordenen for ${meetingText(decision.meeting)}.</p><p>Du modtager dagsordenen, når den udsendes. Sekretariatet kontakter dig, hvis der er spørgsmål til punktet.</p>`;
      break;
    case 'deferred':
      subject = `Dit punkt er udsat: ${title}`;
      body = html`${
        decision.meeting
          ? html`<p>Formandskabet har udsat dit punkt ${quoted} til ${meetingText(decision.meeting)}.</p>`
          : html`<p>Formandskabet har udsat dit punkt ${quoted}. Det står på listen over punkter til kommende møder.</p>`
      }${decision.reason && decision.reason.trim() !== '' && html`<p>Begrundelse:</p>${paragraphs(decision.reason)}`}`;
      break;
    case 'declined':
      subject = `Dit punkt kommer ikke på dagsordenen: ${title}`;
      body = html`<p>Formandskabet har besluttet ikke at sætte dit punkt ${quoted} på dagsordenen.</p><p>Begrundelse:</p>${paragraphs(decision.reason)}<p>Du er velkommen til at kontakte sekretariatet, hvis du har spørgsmål.</p>`;
      break;
  }
  const greeting = oneLine(submission.senderName, TITLE_CAP);
  return {
    subject: `${subject}${ref}`,
    bodyHtml: html`<p>Kære ${greeting || 'indsender'}</p>${body}<p>Venlig hilsen<br>Sekretariatet for ${oneLine(forum.name, TITLE_CAP)}</p>`,
  };
}

/** A decline needs a reason the submitter can read; returns the trimmed reason or undefined when it is blank. */
export function validReason(reason: string | undefined): string | undefined {
  const trimmed = (reason ?? '').trim();
  return trimmed === '' ? undefined : trimmed.slice(0, REASON_CAP * 2);
}
