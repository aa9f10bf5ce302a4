import {
  AGENDA_LABELS,
  agendaShortDate,
  itemHeading,
  meetingDocumentHeader,
  ORGANISATION_ORDER,
  roleHeaderLines,
  type HeadedItem,
  type MeetingDocumentHeader,
} from '../agenda-document';
import { html, joinHtml, lineBreaks, safeHref, type Html } from '../html';
import { formatSlot } from '../agenda-slots';
import { copenhagenDate } from '../copenhagen-time';
import { dateText } from '../date-format';
import { danishLongDate } from '../meeting-invitation';
import type { ApprovalStatus } from '../approval';
import type { Forum, MeetingForm, MinutesVersion, OrganisationKind } from '../types';
import {
  approvalAppendix,
  approvalTrail,
  approvedByLine,
  danishList,
  type ApprovalAppendix,
  type ApprovalTrail,
} from './approval-appendix';
import type { MinutesAttendee, MinutesBilag, MinutesContent } from './minutes-content';
import { itemQuorum, meetingQuorum, notParticipating, notParticipatingLine, quorumSentence } from './participation';

/**
 * The minutes (referat) as a document, in the layout of the reference minutes: the header (forum, date and time,
 * form, room, Mødeleder(e), Referent(er)), who took part grouped by organisation (hospital, psykiatri, kommuner,
 * almen praksis, patientrepræsentanter … as the forum's members have them) with each person's job title, then
 * Afbud, the substitutes ("Stedfortræder for …") and guests; then per item the agenda's fields (number, title,
 * presenter, time slot, Indstilling, Beskrivelse af sagen, Bilag as the agenda named them) followed by Referat and
 * Beslutning. A version sent to the chairs is marked "Udkast – version N"; the circulated one "Godkendt <dag> af
 * <medformænd>". The .docx, the PDF and the mails are all made from this one model, and the mails the chairs and
 * members get are written here in Danish. The approved minutes carry their proof: the chairs' counted approvals
 * (the trail) become the appendix the document ends with.
 */

export type MinutesMarking =
  | { readonly kind: 'draft'; readonly version: number }
  | { readonly kind: 'approved'; readonly version: number; readonly approvals: ApprovalTrail };

/** Those who took part from one organisation: "Jonas Dahl, hospitalsdirektør (medformand)". */
export interface MinutesOrganisation {
  readonly organisation: string;
  readonly people: readonly string[];
}

/** Afbud, Stedfortrædere, Gæster: each person with title and organisation. */
export interface MinutesAttendanceGroup {
  readonly key: 'apology' | 'substitute' | 'guest';
  readonly label: string;
  readonly people: readonly string[];
}

export interface MinutesDocumentItem extends HeadedItem {
  /** "2. Status på initiativerne v. Mette Andreassen (kl. 08.40–09.05)". */
  readonly heading: string;
  readonly recommendations: readonly string[];
  /** The agenda's Beskrivelse af sagen ('' on a version frozen before the minutes carried it). */
  readonly description: string;
  /** "Bilag 3 – Budget.pdf", linked where the file was copied to the meeting's folder. */
  readonly attachments: readonly MinutesBilag[];
  readonly referat: string;
  readonly beslutning: string;
  /** "Anna Berg deltog ikke i sagens behandling (inhabil: …)", one line each. */
  readonly notParticipating: readonly string[];
  /** Only where the item's own count differs from the meeting's: "Rådet var ikke beslutningsdygtigt under punktet". */
  readonly quorum?: string;
}

export interface MinutesDocument extends MeetingDocumentHeader {
  /** "Udkast – version 2" or "Godkendt 4. december 2026 af Anna Berg og Jonas Dahl". */
  readonly marking: string;
  readonly meetingLeaders: readonly string[];
  readonly referents: readonly string[];
  /** Those who took part, by organisation in the agenda's order. */
  readonly participants: readonly MinutesOrganisation[];
  /** Then Afbud, Stedfortrædere and Gæster. */
  readonly attendance: readonly MinutesAttendanceGroup[];
  /** "Rådet var beslutningsdygtigt (9 af 15 medlemmer til stede)", when the forum has a quorum rule. */
  readonly quorum?: string;
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
  recommendation: AGENDA_LABELS.recommendation,
  description: AGENDA_LABELS.description,
  attachments: AGENDA_LABELS.attachments,
  referat: 'Referat',
  beslutning: 'Beslutning',
  chair: 'medformand',
  online: 'deltog online',
  substituteFor: 'Stedfortræder for',
  approved: 'Godkendt',
  draft: 'Udkast – version',
  quorum: 'Beslutningsdygtighed',
  otherOrganisation: 'Øvrige',
  groups: { apology: 'Afbud', substitute: 'Stedfortrædere', guest: 'Gæster' },
} as const;

/** The circulated version's marking: "Godkendt", with the answers the rule counted (they become the appendix). */
export function approvedMarking(
  version: Pick<MinutesVersion, 'version' | 'contentHash' | 'requests'>,
  status: Pick<ApprovalStatus, 'chairs' | 'required'>,
): MinutesMarking {
  return { kind: 'approved', version: version.version, approvals: approvalTrail(version, status) };
}

/**
 * "Udkast – version 2", or on the circulated minutes "Godkendt 4. december 2026 af Anna Berg og Jonas Dahl": the day
 * the last counted approval came, and who approved (the appendix has each answer).
 */
export function minutesMarking(marking: MinutesMarking): string {
  if (marking.kind === 'draft') return `${MINUTES_LABELS.draft} ${marking.version}`;
  const counted = marking.approvals.status.chairs.filter((c) => c.answer === 'approved' && c.record);
  const last = counted
    .map((c) => c.record?.createdAt ?? '')
    .sort()
    .pop();
  const names = counted.map((c) => c.chair.name.trim() || c.record?.createdBy.name.trim() || c.chair.email);
  return [MINUTES_LABELS.approved, last ? dateText(last) : '', names.length > 0 ? `af ${danishList(names)}` : ''].filter(Boolean).join(' ');
}

const nameOf = (p: MinutesAttendee): string => p.name.trim() || p.email;
const titled = (p: MinutesAttendee): string => [nameOf(p), p.jobTitle?.trim() ?? ''].filter((s) => s !== '').join(', ');
const withOrganisation = (p: MinutesAttendee): string => [titled(p), p.organisation.trim()].filter((s) => s !== '').join(', ');
const chairsFirst = (a: MinutesAttendee, b: MinutesAttendee): number =>
  Number(b.chair === true) - Number(a.chair === true) || nameOf(a).localeCompare(nameOf(b), 'da');

/**
 * Those in the room or online, by organisation (the agenda's order of kinds, then by name), chairs first: "Jonas
 * Dahl, hospitalsdirektør (medformand)"; at a hybrid meeting those online are marked.
 */
export function participantsByOrganisation(attendance: readonly MinutesAttendee[], form: MeetingForm): MinutesOrganisation[] {
  const groups = new Map<string, { kind: OrganisationKind; people: MinutesAttendee[] }>();
  for (const a of attendance.filter((p) => p.presence === 'room' || p.presence === 'online')) {
    const key = a.organisation.trim() || MINUTES_LABELS.otherOrganisation;
    const group = groups.get(key) ?? { kind: a.organisationKind ?? 'other', people: [] };
    group.people.push(a);
    groups.set(key, group);
  }
  const rank = (kind: OrganisationKind): number => ORGANISATION_ORDER.indexOf(kind);
  return [...groups.entries()]
    .sort(([a, ga], [b, gb]) => rank(ga.kind) - rank(gb.kind) || a.localeCompare(b, 'da'))
    .map(([organisation, g]) => ({
      organisation,
      people: [...g.people].sort(chairsFirst).map((p) => {
        const notes = [
          p.chair ? MINUTES_LABELS.chair : '',
          form === 'hybrid' && p.presence === 'online' ? MINUTES_LABELS.online : '',
        ].filter(Boolean);
        return `${titled(p)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
      }),
    }));
}

/** Afbud, Stedfortrædere ("Ida Holm, konsulent, Fjordby Kommune – Stedfortræder for Per Lund") and Gæster. */
export function groupAttendance(attendance: readonly MinutesAttendee[]): MinutesAttendanceGroup[] {
  const byEmail = new Map(attendance.map((a) => [a.email.toLowerCase(), a]));
  const line = (p: MinutesAttendee): string => {
    if (p.presence !== 'substitute' || !p.substituteFor) return withOrganisation(p);
    const member = byEmail.get(p.substituteFor.toLowerCase());
    return `${withOrganisation(p)} – ${MINUTES_LABELS.substituteFor} ${member ? nameOf(member) : p.substituteFor}`;
  };
  return (['apology', 'substitute', 'guest'] as const).flatMap((key) => {
    const people = attendance
      .filter((a) => a.presence === key)
      .sort(chairsFirst)
      .map(line);
    return people.length > 0 ? [{ key, label: MINUTES_LABELS.groups[key], people }] : [];
  });
}

/** "Rådet var beslutningsdygtigt (9 af 15 medlemmer til stede)"; undefined when the forum has no quorum rule. */
function meetingQuorumLine(content: MinutesContent): string | undefined {
  const check = meetingQuorum(content);
  if (!check || !content.quorum) return undefined;
  return `${quorumSentence(content.quorum.forumKind, check.met)} (${check.present} af ${check.members} medlemmer til stede)`;
}

/** Said under an item only when those who stepped out of it change the answer. */
function itemQuorumLine(content: MinutesContent, agendaItemId: string): string | undefined {
  const meeting = meetingQuorum(content);
  const item = itemQuorum(content, agendaItemId);
  if (!meeting || !item || !content.quorum || item.met === meeting.met) return undefined;
  return `${quorumSentence(content.quorum.forumKind, item.met)} under punktet (${item.present} af ${item.members} medlemmer deltog)`;
}

/** The minutes of a meeting as a document; items numbered 1, 2, 3 … in their order. */
export function buildMinutesDocument(content: MinutesContent, marking: MinutesMarking): MinutesDocument {
  const items = [...content.items]
    .sort((a, b) => a.number - b.number)
    .map((item, index): MinutesDocumentItem => {
      const presenter = item.presenter?.trim();
      const headed: HeadedItem = {
        number: index + 1,
        title: item.title.trim(),
        ...(presenter ? { presenter } : {}),
        ...(item.slot ? { slot: { ...item.slot, label: formatSlot(item.slot.start, item.slot.end) } } : {}),
      };
      return {
        ...headed,
        heading: itemHeading(headed),
        recommendations: item.recommendations.map((r) => r.trim()).filter((r) => r !== ''),
        description: item.description?.trim() ?? '',
        attachments: item.bilag ?? [],
        referat: item.referat.trim(),
        beslutning: item.beslutning.trim(),
        notParticipating: notParticipating(content, item.agendaItemId).map(notParticipatingLine),
        ...optional('quorum', itemQuorumLine(content, item.agendaItemId)),
      };
    });
  const quorum = meetingQuorumLine(content);
  return {
    ...meetingDocumentHeader(
      { name: content.forumName, shortName: content.forumShortName },
      { title: content.meetingTitle, start: content.start, end: content.end, form: content.form, location: content.location },
    ),
    marking: minutesMarking(marking),
    meetingLeaders: content.meetingLeaders ?? [],
    referents: content.referents ?? [],
    participants: participantsByOrganisation(content.attendance, content.form),
    attendance: groupAttendance(content.attendance),
    ...(quorum ? { quorum } : {}),
    items,
    ...(marking.kind === 'approved' ? { approval: approvalAppendix(marking.version, marking.approvals) } : {}),
  };
}

function optional<K extends string>(name: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [name]: value } : {}) as { [P in K]?: string };
}

/** The header as label/value lines. */
export function minutesHeaderLines(doc: MinutesDocument): { label: string; value: string }[] {
  return [
    { label: MINUTES_LABELS.forum, value: doc.forumName },
    { label: MINUTES_LABELS.time, value: `${doc.date} ${doc.timeSpan}` },
    { label: MINUTES_LABELS.form, value: doc.form },
    ...(doc.room ? [{ label: MINUTES_LABELS.room, value: doc.room }] : []),
    ...roleHeaderLines(doc.meetingLeaders, doc.referents),
  ];
}

/** "Referat 2027-03-11 KSG v2" (draft) or "Referat 2027-03-11 KSG v2 (godkendt)" (final), without extension. */
export function minutesFileBase(content: Pick<MinutesContent, 'start' | 'forumShortName'>, version: number, final = false): string {
  const short = content.forumShortName.trim();
  return `Referat ${copenhagenDate(new Date(content.start))}${short ? ` ${short}` : ''} v${version}${final ? ' (godkendt)' : ''}`;
}

const paragraphs = (text: string): Html[] => text.split(/\n{2,}/).map((p) => html`<p>${lineBreaks(p, /\n/)}</p>`);

/** The minutes as safe HTML (every value escaped). */
export function minutesHtml(doc: MinutesDocument): Html {
  const header = minutesHeaderLines(doc).map(
    (l) => html`<tr><th scope="row" style="text-align:left;padding-right:12px;vertical-align:top">${l.label}</th><td>${l.value}</td></tr>`,
  );
  const groups = [...doc.participants.map((o) => ({ label: o.organisation, people: o.people })), ...doc.attendance];
  const attendance = groups.map((g) => html`<p><strong>${g.label}</strong><br>${joinHtml(g.people, html`<br>`)}</p>`);
  const items = doc.items.map(
    (item) =>
      html`${[
        html`<h3>${item.heading}</h3>`,
        item.recommendations.length > 0 &&
          html`<p><strong>${MINUTES_LABELS.recommendation}</strong></p><ul>${item.recommendations.map((r) => html`<li>${r}</li>`)}</ul>`,
        item.description && html`<p><strong>${MINUTES_LABELS.description}</strong></p>${paragraphs(item.description)}`,
        item.attachments.length > 0 &&
          html`<p><strong>${MINUTES_LABELS.attachments}</strong></p><ul>${item.attachments.map((a) => html`<li>${linkTo(a.label, a.url) ?? a.label}</li>`)}</ul>`,
        item.referat && html`<p><strong>${MINUTES_LABELS.referat}</strong></p>${paragraphs(item.referat)}`,
        item.beslutning && html`<p><strong>${MINUTES_LABELS.beslutning}</strong></p>${paragraphs(item.beslutning)}`,
        item.notParticipating.map((line) => html`<p><em>${line}</em></p>`),
        item.quorum && html`<p><em>${item.quorum}</em></p>`,
      ]}`,
  );
  return html`${[
    html`<h2>${`${MINUTES_LABELS.minutes} – ${doc.forumName}`}</h2>`,
    html`<p><em>${doc.marking}</em></p>`,
    html`<table role="presentation">${header}</table>`,
    groups.length > 0 && html`<p><strong>${MINUTES_LABELS.attendance}</strong></p>${attendance}`,
    doc.quorum && html`<p><strong>${MINUTES_LABELS.quorum}</strong><br>${doc.quorum}</p>`,
    items,
  ]}`;
}

export interface MinutesMail {
  readonly subject: string;
  /** Every value escaped, links only http(s). */
  readonly html: Html;
}

const linkTo = (text: string, url: string | undefined): Html | undefined => {
  const href = safeHref(url);
  return href ? html`<a href="${href}">${text}</a>` : undefined;
};

const signature = (doc: Pick<MinutesDocument, 'forumName'>): Html => html`<p>Venlig hilsen<br>Sekretariatet for ${doc.forumName}</p>`;

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

function pdfSentence(opts: Pick<ApprovalMailOptions, 'pdfName' | 'pdfUrl'>): Html | '' {
  if (opts.pdfName) return html`<p>Referatet er vedhæftet som PDF (${opts.pdfName}).</p>`;
  const link = linkTo('Referatet som PDF', opts.pdfUrl);
  return link ? html`<p>${link}.</p>` : '';
}

/** To a co-chair the Teams activity feed cannot reach: the draft to approve, as PDF, and the link to the approval view. */
export function approvalRequestMail(doc: MinutesDocument, opts: ApprovalMailOptions): MinutesMail {
  const what = opts.changed
    ? `Der er en ny version (version ${opts.version}) af udkastet til referat`
    : `Hermed udkast til referat (version ${opts.version})`;
  const why = opts.changed ? ' med ændringer siden den version, du så sidst. Tidligere godkendelser gælder ikke længere.' : '.';
  return {
    subject: `${opts.changed ? 'Ny version til godkendelse' : 'Til godkendelse'}: Referat ${doc.forumName} ${agendaShortDate(doc)}`,
    html: joinHtml(
      [
        html`<p>Kære medformand</p>`,
        html`<p>${`${what} fra mødet ${doc.date} ${doc.timeSpan} i ${doc.forumName}${why}`}${deadlineSentence(opts.deadline)}</p>`,
        html`<p>${linkTo('Godkend eller bed om ændringer', opts.link) ?? opts.link}</p>`,
        pdfSentence(opts),
        signature(doc),
      ],
      '\n',
    ),
  };
}

/** The reminder to a co-chair who has not answered by (or near) the deadline. */
export function approvalReminderMail(doc: MinutesDocument, opts: Pick<ApprovalMailOptions, 'version' | 'link' | 'deadline'>): MinutesMail {
  return {
    subject: `Påmindelse: Referat ${doc.forumName} ${agendaShortDate(doc)} afventer din godkendelse`,
    html: joinHtml(
      [
        html`<p>Kære medformand</p>`,
        html`<p>${`Udkastet til referat (version ${opts.version}) fra mødet ${doc.date} afventer stadig dit svar.${deadlineSentence(opts.deadline)}`}</p>`,
        html`<p>${linkTo('Godkend eller bed om ændringer', opts.link) ?? opts.link}</p>`,
        signature(doc),
      ],
      '\n',
    ),
  };
}

/** The approved minutes to members and guests. */
export function circulationMail(doc: MinutesDocument, opts: Pick<ApprovalMailOptions, 'pdfName' | 'pdfUrl'>): MinutesMail {
  const approvedBy = doc.approval ? approvedByLine(doc.approval) : '';
  return {
    subject: `Godkendt referat: ${doc.forumName} ${agendaShortDate(doc)}`,
    html: joinHtml(
      [
        html`<p>Kære medlemmer af ${doc.forumName}</p>`,
        html`<p>Hermed det godkendte referat fra mødet ${doc.date} ${doc.timeSpan}. Formandskabet har godkendt referatet.</p>`,
        approvedBy && html`<p>${approvedBy}</p>`,
        pdfSentence(opts),
        minutesHtml(doc),
        signature(doc),
      ],
      '\n',
    ),
  };
}

/** The Teams activity's preview: names the meeting, and for a re-request that it is a new version with changes. */
export function approvalPreviewText(
  content: Pick<MinutesContent, 'forumShortName' | 'meetingTitle' | 'start'>,
  version: number,
  kind: 'request' | 'changed' | 'reminder',
): string {
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
export function minutesRecipients(
  forum: Pick<Forum, 'members'> & { readonly mailbox?: string },
  content: Pick<MinutesContent, 'attendance'>,
): string[] {
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
