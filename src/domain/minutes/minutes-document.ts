import { agendaShortDate, escapeHtml, meetingDocumentHeader, safeHref, type MeetingDocumentHeader } from '../agenda-document';
import { copenhagenDate } from '../copenhagen-time';
import { dateText } from '../date-format';
import { danishLongDate } from '../meeting-invitation';
import type { ApprovalStatus } from '../approval';
import type { Forum, MinutesVersion } from '../types';
import { approvalAppendix, approvalTrail, approvedByLine, danishList, type ApprovalAppendix, type ApprovalTrail } from './approval-appendix';
import type { MinutesAttendee, MinutesContent } from './minutes-content';

/**
 * The minutes (referat) as a document, in the agenda's layout: the header (date and time, form, room, forum), who
 * took part grouped as in the reference minutes (present in the room, online, apologies, substitutes for whom,
 * guests), then the numbered items with presenter, Indstilling, Referat and Beslutning. A version sent to the chairs
 * is marked "Udkast – version N"; the circulated one "Godkendt". The .docx, the PDF and the mails are all made from
 * this one model, and the mails the chairs and members get are written here in Danish. The approved minutes carry
 * their proof: the chairs' counted approvals (the trail) become the appendix the document ends with.
 */

export type MinutesMarking = { readonly kind: 'draft'; readonly version: number } | { readonly kind: 'approved'; readonly version: number; readonly approvals: ApprovalTrail };

export interface MinutesAttendanceGroup {
  readonly key: 'room' | 'online' | 'apology' | 'substitute' | 'guest';
  readonly label: string;
  /** "Jonas Dahl, Hospitalsenheden (medformand)", "Ida Holm, Fjordby Kommune (stedfortræder for Per Lund)". */
  readonly people: readonly string[];
}

export interface MinutesDocumentItem {
  readonly number: number;
  /** "2. Status på initiativerne v. Mette Andreassen". */
  readonly heading: string;
  readonly recommendations: readonly string[];
  readonly referat: string;
  readonly beslutning: string;
}

export interface MinutesDocument extends MeetingDocumentHeader {
  /** "Udkast – version 2" or "Godkendt". */
  readonly marking: string;
  readonly attendance: readonly MinutesAttendanceGroup[];
  readonly items: readonly MinutesDocumentItem[];
  /** The approved minutes only: who approved which hash, when and how ("Bilag: Formandskabets godkendelse"). */
  readonly approval?: ApprovalAppendix;
}

export const MINUTES_LABELS = {
  minutes: 'Referat',
  time: 'Tidspunkt',
  form: 'Form',
  room: 'Mødelokale',
  forum: 'Forum',
  attendance: 'Deltagere',
  recommendation: 'Indstilling',
  referat: 'Referat',
  beslutning: 'Beslutning',
  presenter: 'v.',
  chair: 'medformand',
  substituteFor: 'stedfortræder for',
  approved: 'Godkendt',
  draft: 'Udkast – version',
  groups: { room: 'Til stede i lokalet', online: 'Deltog online', apology: 'Afbud', substitute: 'Stedfortrædere', guest: 'Gæster' },
} as const;

/** The circulated version's marking: "Godkendt", with the answers the rule counted (they become the appendix). */
export function approvedMarking(version: Pick<MinutesVersion, 'version' | 'contentHash' | 'requests'>, status: Pick<ApprovalStatus, 'chairs' | 'required'>): MinutesMarking {
  return { kind: 'approved', version: version.version, approvals: approvalTrail(version, status) };
}

/**
 * "Udkast – version 2", or on the circulated minutes "Godkendt 4. december 2026 af Anna Berg og Jonas Dahl": the day
 * the last counted approval came, and who approved (the appendix has each answer).
 */
export function minutesMarking(marking: MinutesMarking): string {
  if (marking.kind === 'draft') return `${MINUTES_LABELS.draft} ${marking.version}`;
  const counted = marking.approvals.status.chairs.filter((c) => c.answer === 'approved' && c.record);
  const last = counted.map((c) => c.record?.createdAt ?? '').sort().pop();
  const names = counted.map((c) => c.chair.name.trim() || c.record?.createdBy.name.trim() || c.chair.email);
  return [MINUTES_LABELS.approved, last ? dateText(last) : '', names.length > 0 ? `af ${danishList(names)}` : ''].filter(Boolean).join(' ');
}

function personLine(p: MinutesAttendee, byEmail: ReadonlyMap<string, MinutesAttendee>): string {
  const base = [p.name.trim() || p.email, p.organisation.trim()].filter((s) => s !== '').join(', ');
  if (p.presence === 'substitute' && p.substituteFor) {
    const member = byEmail.get(p.substituteFor.toLowerCase());
    return `${base} (${MINUTES_LABELS.substituteFor} ${member?.name.trim() || p.substituteFor})`;
  }
  return p.chair ? `${base} (${MINUTES_LABELS.chair})` : base;
}

const GROUP_ORDER: readonly MinutesAttendanceGroup['key'][] = ['room', 'online', 'apology', 'substitute', 'guest'];

/** Attendance grouped in the reference order; chairs first in each group; those marked absent are left out. */
export function groupAttendance(attendance: readonly MinutesAttendee[]): MinutesAttendanceGroup[] {
  const byEmail = new Map(attendance.map((a) => [a.email.toLowerCase(), a]));
  return GROUP_ORDER.flatMap((key) => {
    const people = attendance
      .filter((a) => a.presence === key)
      .sort((a, b) => Number(b.chair === true) - Number(a.chair === true) || a.name.localeCompare(b.name, 'da'))
      .map((a) => personLine(a, byEmail));
    return people.length > 0 ? [{ key, label: MINUTES_LABELS.groups[key], people }] : [];
  });
}

/** The minutes of a meeting as a document; items numbered 1, 2, 3 … in their order. */
export function buildMinutesDocument(content: MinutesContent, marking: MinutesMarking): MinutesDocument {
  const items = [...content.items]
    .sort((a, b) => a.number - b.number)
    .map((item, index): MinutesDocumentItem => {
      const presenter = item.presenter?.trim();
      return {
        number: index + 1,
        heading: `${index + 1}. ${item.title.trim()}${presenter ? ` ${MINUTES_LABELS.presenter} ${presenter}` : ''}`,
        recommendations: item.recommendations.map((r) => r.trim()).filter((r) => r !== ''),
        referat: item.referat.trim(),
        beslutning: item.beslutning.trim(),
      };
    });
  return {
    ...meetingDocumentHeader({ name: content.forumName, shortName: content.forumShortName }, { title: content.meetingTitle, start: content.start, end: content.end, form: content.form, location: content.location }),
    marking: minutesMarking(marking),
    attendance: groupAttendance(content.attendance),
    items,
    ...(marking.kind === 'approved' ? { approval: approvalAppendix(marking.version, marking.approvals) } : {}),
  };
}

/** The header as label/value lines. */
export function minutesHeaderLines(doc: MinutesDocument): { label: string; value: string }[] {
  return [
    { label: MINUTES_LABELS.forum, value: doc.forumName },
    { label: MINUTES_LABELS.time, value: `${doc.date} ${doc.timeSpan}` },
    { label: MINUTES_LABELS.form, value: doc.form },
    ...(doc.room ? [{ label: MINUTES_LABELS.room, value: doc.room }] : []),
  ];
}

/** "Referat 2027-03-11 KSG v2" (draft) or "Referat 2027-03-11 KSG v2 (godkendt)" (final), without extension. */
export function minutesFileBase(content: Pick<MinutesContent, 'start' | 'forumShortName'>, version: number, final = false): string {
  const short = content.forumShortName.trim();
  return `Referat ${copenhagenDate(new Date(content.start))}${short ? ` ${short}` : ''} v${version}${final ? ' (godkendt)' : ''}`;
}

const paragraphs = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

/** The minutes as safe HTML (every value escaped). */
export function minutesHtml(doc: MinutesDocument): string {
  const header = minutesHeaderLines(doc)
    .map((l) => `<tr><th scope="row" style="text-align:left;padding-right:12px;vertical-align:top">${escapeHtml(l.label)}</th><td>${escapeHtml(l.value)}</td></tr>`)
    .join('');
  const attendance = doc.attendance.map((g) => `<p><strong>${escapeHtml(g.label)}</strong><br>${g.people.map(escapeHtml).join('<br>')}</p>`).join('');
  const items = doc.items
    .map((item) => {
      const parts = [`<h3>${escapeHtml(item.heading)}</h3>`];
      if (item.recommendations.length > 0) parts.push(`<p><strong>${MINUTES_LABELS.recommendation}</strong></p><ul>${item.recommendations.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`);
      if (item.referat) parts.push(`<p><strong>${MINUTES_LABELS.referat}</strong></p>${paragraphs(item.referat)}`);
      if (item.beslutning) parts.push(`<p><strong>${MINUTES_LABELS.beslutning}</strong></p>${paragraphs(item.beslutning)}`);
      return parts.join('');
    })
    .join('');
  return [
    `<h2>${escapeHtml(`${MINUTES_LABELS.minutes} – ${doc.forumName}`)}</h2>`,
    `<p><em>${escapeHtml(doc.marking)}</em></p>`,
    `<table role="presentation">${header}</table>`,
    doc.attendance.length > 0 ? `<p><strong>${MINUTES_LABELS.attendance}</strong></p>${attendance}` : '',
    items,
  ].join('');
}

export interface MinutesMail {
  readonly subject: string;
  /** Safe HTML: every value escaped, links only http(s). */
  readonly html: string;
}

const linkTo = (text: string, url: string | undefined): string => {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : '';
};

const signature = (doc: Pick<MinutesDocument, 'forumName'>): string => `<p>Venlig hilsen<br>Sekretariatet for ${escapeHtml(doc.forumName)}</p>`;

export interface ApprovalMailOptions {
  readonly version: number;
  /** The web link to the approval view. */
  readonly link: string;
  /** The PDF's name when attached; otherwise `pdfUrl` is linked. */
  readonly pdfName?: string;
  readonly pdfUrl?: string;
  /** A re-request: a new version with changes since the one the chair saw. */
  readonly changed?: boolean;
  /** ISO UTC: the forum's approval deadline. */
  readonly deadline?: string;
}

function deadlineSentence(deadline: string | undefined): string {
  return deadline ? ` Svar gerne senest ${danishLongDate(deadline)}.` : '';
}

function pdfSentence(opts: Pick<ApprovalMailOptions, 'pdfName' | 'pdfUrl'>): string {
  if (opts.pdfName) return `<p>Referatet er vedhæftet som PDF (${escapeHtml(opts.pdfName)}).</p>`;
  const link = linkTo('Referatet som PDF', opts.pdfUrl);
  return link ? `<p>${link}.</p>` : '';
}

/** To a co-chair the Teams activity feed cannot reach: the draft to approve, as PDF, and the link to the approval view. */
export function approvalRequestMail(doc: MinutesDocument, opts: ApprovalMailOptions): MinutesMail {
  const what = opts.changed ? `Der er en ny version (version ${opts.version}) af udkastet til referat` : `Hermed udkast til referat (version ${opts.version})`;
  const why = opts.changed ? ' med ændringer siden den version, du så sidst. Tidligere godkendelser gælder ikke længere.' : '.';
  return {
    subject: `${opts.changed ? 'Ny version til godkendelse' : 'Til godkendelse'}: Referat ${doc.forumName} ${agendaShortDate(doc)}`,
    html: [
      `<p>Kære medformand</p>`,
      `<p>${escapeHtml(`${what} fra mødet ${doc.date} ${doc.timeSpan} i ${doc.forumName}${why}`)}${escapeHtml(deadlineSentence(opts.deadline))}</p>`,
      `<p>${linkTo('Godkend eller bed om ændringer', opts.link) || escapeHtml(opts.link)}</p>`,
      pdfSentence(opts),
      signature(doc),
    ].join('\n'),
  };
}

/** The reminder to a co-chair who has not answered by (or near) the deadline. */
export function approvalReminderMail(doc: MinutesDocument, opts: Pick<ApprovalMailOptions, 'version' | 'link' | 'deadline'>): MinutesMail {
  return {
    subject: `Påmindelse: Referat ${doc.forumName} ${agendaShortDate(doc)} afventer din godkendelse`,
    html: [
      `<p>Kære medformand</p>`,
      `<p>${escapeHtml(`Udkastet til referat (version ${opts.version}) fra mødet ${doc.date} afventer stadig dit svar.${deadlineSentence(opts.deadline)}`)}</p>`,
      `<p>${linkTo('Godkend eller bed om ændringer', opts.link) || escapeHtml(opts.link)}</p>`,
      signature(doc),
    ].join('\n'),
  };
}

/** The approved minutes to members and guests. */
export function circulationMail(doc: MinutesDocument, opts: Pick<ApprovalMailOptions, 'pdfName' | 'pdfUrl'>): MinutesMail {
  const approvedBy = doc.approval ? approvedByLine(doc.approval) : '';
  return {
    subject: `Godkendt referat: ${doc.forumName} ${agendaShortDate(doc)}`,
    html: [
      `<p>Kære medlemmer af ${escapeHtml(doc.forumName)}</p>`,
      `<p>${escapeHtml(`Hermed det godkendte referat fra mødet ${doc.date} ${doc.timeSpan}. Formandskabet har godkendt referatet.`)}</p>`,
      approvedBy ? `<p>${escapeHtml(approvedBy)}</p>` : '',
      pdfSentence(opts),
      minutesHtml(doc),
      signature(doc),
    ].join('\n'),
  };
}

/** The Teams activity's preview: names the meeting, and for a re-request that it is a new version with changes. */
export function approvalPreviewText(content: Pick<MinutesContent, 'forumShortName' | 'meetingTitle' | 'start'>, version: number, kind: 'request' | 'changed' | 'reminder'): string {
  const meeting = `${content.forumShortName} ${content.meetingTitle} (${dateText(content.start)})`;
  const text =
    kind === 'reminder'
      ? `Påmindelse: referatet fra ${meeting} afventer din godkendelse`
      : kind === 'changed'
        ? `Ny version ${version} med ændringer: referatet fra ${meeting} skal godkendes igen`
        : `Referatet fra ${meeting} (version ${version}) er klar til godkendelse`;
  return text.slice(0, 150);
}

/** Activity template parameter: "KSG 11. marts 2027". */
export function minutesMeetingLabel(content: Pick<MinutesContent, 'forumShortName' | 'start'>): string {
  return `${content.forumShortName} ${agendaShortDate({ date: danishLongDate(content.start) })}`.trim();
}

const ADDRESS = /^[^@\s]+@[^@\s]+$/;

/**
 * Who gets the approved minutes: every member of the forum (any role, with an address), the substitutes who
 * attended and the meeting's guests — once each, lower-cased, never the forum's own mailbox.
 */
export function minutesRecipients(forum: Pick<Forum, 'members'> & { readonly mailbox?: string }, content: Pick<MinutesContent, 'attendance'>): string[] {
  const mailbox = (forum.mailbox ?? '').trim().toLowerCase();
  const out = new Set<string>();
  const add = (email: string | undefined): void => {
    const key = (email ?? '').trim().toLowerCase();
    if (key !== '' && key !== mailbox && ADDRESS.test(key)) out.add(key);
  };
  for (const m of forum.members) add(m.email);
  for (const a of content.attendance) if (a.presence === 'substitute' || a.presence === 'guest') add(a.email);
  return [...out];
}
