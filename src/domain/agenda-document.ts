import { dateText } from './date-format';
import { agendaSlots, formatSlot } from './agenda-slots';
import { contentHash, type Digest } from './content-hash';
import { copenhagenDate } from './copenhagen-time';
import { danishLongDate } from './meeting-invitation';
import { TEAMS_JOIN_TEXT } from './meeting-names';
import { html, joinHtml, lineBreaks, safeHref, type Html } from './html';
import { followUpDescription } from './actions';
import { ACTIONS_FOLLOW_UP, standingItem, standingKeyOf } from './standing-items';
import type {
  ActionItem,
  AgendaItem,
  Forum,
  ForumMember,
  Meeting,
  MeetingForm,
  OrganisationKind,
  Submission,
  SubmissionAttachment,
} from './types';
import type { ClosedReason } from './vocabulary/agenda-access';
import { AGENDA_ACCESS_DA } from './vocabulary/agenda-access-labels';
import { ORGANISATION_KINDS } from './vocabulary/forum';
import { MEETING_DA } from './vocabulary/meeting-labels';

/**
 * The agenda (dagsorden) of one meeting as data, in the layout of the reference minutes: a header (date and time
 * span, form, room, virtual link, meeting leader, referent, the invited grouped by organisation with the chairs
 * marked), then the numbered items with presenter, time slot, Indstilling, Beskrivelse af sagen and Bilag.
 * The .docx, the PDF, the mail and the calendar event body are all rendered from this one model, and its hash
 * tells whether the agenda changed after it was sent.
 */

export interface AgendaInvitee {
  readonly name: string;
  readonly jobTitle: string;
  readonly chair: boolean;
  /** For a substitute named for this meeting: the member they stand in for. */
  readonly substituteFor?: string;
}

export interface AgendaOrganisation {
  readonly organisation: string;
  readonly people: readonly AgendaInvitee[];
}

export interface AgendaSlot {
  readonly start: string;
  readonly end: string;
  /** "kl. 08.40–09.05". */
  readonly label: string;
}

export interface AgendaDocumentItem {
  readonly number: number;
  readonly title: string;
  readonly presenter?: string;
  readonly slot: AgendaSlot;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly attachments: readonly AgendaBilag[];
  readonly standing: boolean;
  /** Set only when known, so an agenda without case numbers or closed items hashes as it did before they existed. */
  readonly caseNumber?: string;
  /** Only 'closed' is written (absent: open), for the same reason. */
  readonly access?: 'closed';
  readonly closedReason?: ClosedReason;
}

/** An item's attachment as members see it: "Bilag 3 – Budget.pdf", numbered through the agenda, linked once copied. */
export interface AgendaBilag {
  readonly name: string;
  /** "Bilag 3 – Budget.pdf": the link text in the agenda and the file's name on the agenda mail. */
  readonly label: string;
  readonly url?: string;
}

/** The header a meeting's documents share (the agenda, the minutes). */
export interface MeetingDocumentHeader {
  readonly forumName: string;
  readonly forumShortName: string;
  readonly meetingTitle: string;
  /** The meeting's Copenhagen date, "2026-10-29". */
  readonly day: string;
  /** "torsdag den 29. oktober 2026". */
  readonly date: string;
  /** "kl. 09.00–11.00". */
  readonly timeSpan: string;
  readonly form: string;
  readonly room?: string;
}

export interface AgendaDocument extends MeetingDocumentHeader {
  /** The Teams link, or the note that it is in the booking. Absent for a physical meeting without one. */
  readonly virtualLink?: string;
  readonly meetingLeaders: readonly string[];
  readonly referents: readonly string[];
  readonly invited: readonly AgendaOrganisation[];
  readonly items: readonly AgendaDocumentItem[];
  /** Minutes the items run past the meeting's end (0 when they fit). */
  readonly overrunMinutes: number;
}

export interface AgendaDocumentInput {
  readonly forum: Pick<Forum, 'name' | 'shortName' | 'members'>;
  readonly meeting: Pick<Meeting, 'title' | 'start' | 'end' | 'form' | 'location' | 'joinUrl' | 'substitutes'>;
  readonly items: readonly AgendaItem[];
  /** The submissions behind the items, for their attachments (Bilag). */
  readonly submissions?: readonly Pick<Submission, 'id' | 'attachments'>[];
  /**
   * The forum's actions: the "Opfølgning på beslutninger" item lists the open ones from other meetings (overdue as
   * of the meeting's day). Absent: the item keeps its own text.
   */
  readonly actions?: readonly Pick<ActionItem, 'title' | 'ownerName' | 'ownerEmail' | 'due' | 'status' | 'meetingId' | 'doneAt'>[];
  /** The meeting's id, to leave out the actions decided at this meeting itself. */
  readonly meetingId?: string;
}

/** The follow-up item's text: the secretariat's own words (when changed from the default) above the open actions. */
function followUpText(item: AgendaItem, input: AgendaDocumentInput): string {
  const own = item.description.trim();
  const list = followUpDescription(input.actions ?? [], input.meetingId ?? '', new Date(input.meeting.start));
  return own === '' || own === standingItem(ACTIONS_FOLLOW_UP).description ? list : `${own}\n\n${list}`;
}

/** Danish labels of the document; the renderers use these so every output says the same. */
export const AGENDA_LABELS = {
  agenda: 'Dagsorden',
  revised: 'Revideret dagsorden',
  changes: 'Ændret siden den tidligere udsendte dagsorden',
  time: 'Tidspunkt',
  form: 'Form',
  room: 'Mødelokale',
  virtual: 'Virtuel mødeadresse',
  leader: 'Mødeleder',
  leaders: 'Mødeledere',
  referent: 'Referent',
  referents: 'Referenter',
  invited: 'Inviterede',
  chair: 'medformand',
  substituteFor: 'stedfortræder for',
  recommendation: 'Indstilling',
  description: 'Beskrivelse af sagen',
  attachments: 'Bilag',
  attachment: 'Bilag',
  presenter: 'v.',
  virtualInBooking: 'Virtuel mødeadresse fremgår af mødebooking',
  caseNumber: 'Sagsnr.',
  closed: 'Lukket punkt',
  /** The Teams link's text: a 100-character address under its label helps nobody, and a PDF splits it dead. */
  join: TEAMS_JOIN_TEXT,
} as const;

const FORM_DA = MEETING_DA.form;

/** The shared header of a meeting's documents, in Danish on the Copenhagen clock. */
export function meetingDocumentHeader(
  forum: { readonly name: string; readonly shortName: string },
  meeting: {
    readonly title: string;
    readonly start: string;
    readonly end: string;
    readonly form: MeetingForm;
    readonly location?: string | undefined;
  },
): MeetingDocumentHeader {
  const room = meeting.location?.trim();
  return {
    forumName: forum.name,
    forumShortName: forum.shortName,
    meetingTitle: meeting.title,
    day: copenhagenDate(new Date(meeting.start)),
    date: danishLongDate(meeting.start),
    timeSpan: formatSlot(meeting.start, meeting.end),
    form: FORM_DA[meeting.form],
    ...(room ? { room } : {}),
  };
}

/** The order organisations are listed in (the agenda's invited, the minutes' attendance): the set's own. */
export const ORGANISATION_ORDER: readonly OrganisationKind[] = ORGANISATION_KINDS;

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'da');

/** The invited, grouped by organisation in the usual order (hospital, psychiatry, municipalities, practice, patients), chairs first. */
function invitedByOrganisation(
  members: readonly ForumMember[],
  substitutes: Readonly<Record<string, string>> | undefined,
): AgendaOrganisation[] {
  const named = members.filter((m) => m.name.trim() !== '' || m.email.trim() !== '');
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m]));
  const groups = new Map<string, { kind: OrganisationKind; people: AgendaInvitee[] }>();
  const add = (organisation: string, kind: OrganisationKind, person: AgendaInvitee): void => {
    const key = organisation.trim() || 'Øvrige';
    const group = groups.get(key) ?? { kind, people: [] };
    group.people.push(person);
    groups.set(key, group);
  };
  const sorted = [...named].sort((a, b) => Number(b.role === 'chair') - Number(a.role === 'chair') || byName(a, b));
  for (const m of sorted)
    add(m.organisation, m.organisationKind, { name: m.name || m.email, jobTitle: m.jobTitle, chair: m.role === 'chair' });
  for (const [memberEmail, substituteEmail] of Object.entries(substitutes ?? {})) {
    const member = byEmail.get(memberEmail.toLowerCase());
    if (!member || substituteEmail.trim() === '') continue;
    const known = byEmail.get(substituteEmail.toLowerCase());
    if (known) continue; // already invited in their own right
    add(member.organisation, member.organisationKind, {
      name: substituteEmail.trim(),
      jobTitle: '',
      chair: false,
      substituteFor: member.name,
    });
  }
  const rank = (kind: OrganisationKind): number => ORGANISATION_ORDER.indexOf(kind);
  return [...groups.entries()]
    .sort(([a, ga], [b, gb]) => rank(ga.kind) - rank(gb.kind) || a.localeCompare(b, 'da'))
    .map(([organisation, g]) => ({ organisation, people: g.people }));
}

function itemAttachments(item: AgendaItem, submissions: readonly Pick<Submission, 'id' | 'attachments'>[], first: number): AgendaBilag[] {
  const found = item.submissionId ? submissions.find((s) => s.id === item.submissionId) : undefined;
  return (found?.attachments ?? []).map((a: SubmissionAttachment, i) => ({
    name: a.name,
    label: bilagLabel(first + i, a.name),
    ...(a.url ? { url: a.url } : {}),
  }));
}

/** "Bilag 3 – Budget.pdf". */
export const bilagLabel = (n: number, name: string): string => `${AGENDA_LABELS.attachment} ${n} – ${name}`;

/** The items in the agenda's order (by number; equal numbers keep their order): the document's items are these, numbered. */
export function orderedAgendaItems<T extends Pick<AgendaItem, 'number'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.number - b.number);
}

/** The agenda of a meeting as data. Items are numbered 1, 2, 3 … in their order. */
export function buildAgendaDocument(input: AgendaDocumentInput): AgendaDocument {
  const { forum, meeting } = input;
  const ordered = orderedAgendaItems(input.items);
  const schedule = agendaSlots(meeting.start, meeting.end, ordered);
  const slots: AgendaSlot[] = schedule.slots.map((x) => ({ start: x.start, end: x.end, label: x.label }));
  // Bilag are numbered through the agenda, in its order.
  let bilag = 1;
  const items = ordered.map((item, index): AgendaDocumentItem => {
    const presenter = item.presenter?.trim();
    const attachments = itemAttachments(item, input.submissions ?? [], bilag);
    bilag += attachments.length;
    return {
      number: index + 1,
      title: item.title.trim(),
      ...(presenter ? { presenter } : {}),
      slot: slots[index] ?? { start: meeting.start, end: meeting.start, label: formatSlot(meeting.start, meeting.start) },
      recommendations: item.recommendations.map((r) => r.trim()).filter((r) => r !== ''),
      description: input.actions && standingKeyOf(item) === ACTIONS_FOLLOW_UP ? followUpText(item, input) : item.description.trim(),
      attachments,
      standing: item.standing,
      ...(item.caseNumber?.trim() ? { caseNumber: item.caseNumber.trim() } : {}),
      ...(item.access === 'closed' ? { access: 'closed' as const, ...(item.closedReason ? { closedReason: item.closedReason } : {}) } : {}),
    };
  });
  const overrunMinutes = schedule.overrunMinutes;
  const names = (role: ForumMember['role']): string[] => forum.members.filter((m) => m.role === role).map((m) => m.name || m.email);
  const virtualLink = meeting.joinUrl?.trim()
    ? meeting.joinUrl.trim()
    : meeting.form === 'physical'
      ? undefined
      : AGENDA_LABELS.virtualInBooking;
  return {
    ...meetingDocumentHeader(forum, meeting),
    ...(virtualLink ? { virtualLink } : {}),
    meetingLeaders: names('chair'),
    referents: names('secretariat'),
    invited: invitedByOrganisation(forum.members, meeting.substitutes),
    items,
    overrunMinutes,
  };
}

/** "29. oktober 2026": the date without its weekday. */
export function agendaShortDate(doc: Pick<AgendaDocument, 'date'>): string {
  return doc.date.replace(/^\S+ den /, '');
}

/** "Jonas Dahl, konst. hospitalsdirektør (medformand)". */
export function inviteeLine(p: AgendaInvitee): string {
  const role = p.substituteFor ? ` (${AGENDA_LABELS.substituteFor} ${p.substituteFor})` : p.chair ? ` (${AGENDA_LABELS.chair})` : '';
  return `${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ''}${role}`;
}

/** What an item's heading is made of: the agenda's items, and the minutes' (whose slot an old version may lack). */
export interface HeadedItem {
  readonly number: number;
  readonly title: string;
  readonly presenter?: string | undefined;
  readonly slot?: AgendaSlot | undefined;
}

/** "2. Status på initiativerne v. Mette Andreassen (kl. 08.40–09.05)"; an item with no time of its own has no slot. */
export function itemHeading(item: HeadedItem): string {
  const slot = item.slot && item.slot.start < item.slot.end ? ` (${item.slot.label})` : '';
  return `${item.number}. ${item.title}${item.presenter ? ` ${AGENDA_LABELS.presenter} ${item.presenter}` : ''}${slot}`;
}

/** The header as label/value lines, in the reference minutes' order. */
export function agendaHeaderLines(doc: AgendaDocument): { label: string; value: string }[] {
  return [
    { label: AGENDA_LABELS.time, value: `${doc.date} ${doc.timeSpan}` },
    { label: AGENDA_LABELS.form, value: doc.form },
    ...(doc.room ? [{ label: AGENDA_LABELS.room, value: doc.room }] : []),
    ...(doc.virtualLink ? [{ label: AGENDA_LABELS.virtual, value: doc.virtualLink }] : []),
    ...roleHeaderLines(doc.meetingLeaders, doc.referents),
  ];
}

/** "Mødeleder"/"Mødeledere" and "Referent"/"Referenter" by how many there are; none, no line (agenda and minutes). */
export function roleHeaderLines(leaders: readonly string[], referents: readonly string[]): { label: string; value: string }[] {
  return [
    ...(leaders.length > 0
      ? [{ label: leaders.length > 1 ? AGENDA_LABELS.leaders : AGENDA_LABELS.leader, value: leaders.join(', ') }]
      : []),
    ...(referents.length > 0
      ? [{ label: referents.length > 1 ? AGENDA_LABELS.referents : AGENDA_LABELS.referent, value: referents.join(', ') }]
      : []),
  ];
}

export type { Digest };

/** The agenda's content hash, hex: changes when anything on the agenda changes. */
export function agendaHash(doc: AgendaDocument, digest: Digest): Promise<string> {
  return contentHash(doc, digest);
}

const link = (text: string, url: string | undefined): Html => {
  const href = safeHref(url);
  return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
};

/**
 * How a send is told apart: `revision` 0 (or absent) is the first send, 1 the first revised agenda …; `changes` are
 * what changed since the agenda sent before, in Danish (src/domain/agenda-changes.ts), listed in a revised agenda.
 */
export interface AgendaRevision {
  readonly revision?: number;
  readonly changes?: readonly string[];
}

/**
 * The document's issue line: "Udsendt 6. december 2026" on the agenda as sent, "Revideret 6. december 2026" on a
 * revision, "Udkast 6. december 2026" on one made but not (yet) sent.
 */
export function agendaIssueLine(opts: AgendaRevision, at: string, sent: boolean): string {
  const word = !sent ? 'Udkast' : (opts.revision ?? 0) > 0 ? 'Revideret' : 'Udsendt';
  return `${word} ${dateText(at)}`;
}

/** "Revideret dagsorden", "Revideret dagsorden nr. 2" … or "Dagsorden". */
export function agendaTitle(opts: AgendaRevision): string {
  const r = opts.revision ?? 0;
  return r <= 0 ? AGENDA_LABELS.agenda : r === 1 ? AGENDA_LABELS.revised : `${AGENDA_LABELS.revised} nr. ${r}`;
}

/**
 * "Sagsnr. 24/12345 · Lukket punkt – Personoplysninger (…)": what the members' agenda says of an item's case and access,
 * empty for an open item without a case number (the agenda reads as before).
 */
export function itemMarks(item: Pick<AgendaDocumentItem, 'caseNumber' | 'access' | 'closedReason'>): string {
  const closed =
    item.access === 'closed' ? `${AGENDA_LABELS.closed}${item.closedReason ? ` – ${AGENDA_ACCESS_DA.reason[item.closedReason]}` : ''}` : '';
  return [item.caseNumber ? `${AGENDA_LABELS.caseNumber} ${item.caseNumber}` : '', closed].filter(Boolean).join(' · ');
}

/** The agenda as safe HTML (every value escaped, only http(s) links): the mail's and the calendar event's body. */
export function agendaHtml(doc: AgendaDocument, opts: AgendaRevision = {}): Html {
  const header = agendaHeaderLines(doc).map(
    (l) =>
      html`<tr><th scope="row" style="text-align:left;padding-right:12px;vertical-align:top">${l.label}</th><td>${l.label === AGENDA_LABELS.virtual && safeHref(l.value) ? link(AGENDA_LABELS.join, l.value) : l.value}</td></tr>`,
  );
  const invited = doc.invited.map(
    (o) => html`<p><strong>${o.organisation}</strong><br>${joinHtml(o.people.map(inviteeLine), html`<br>`)}</p>`,
  );
  const items = doc.items.map(
    (item) =>
      html`<h3>${itemHeading(item)}</h3>${itemMarks(item) && html`<p><em>${itemMarks(item)}</em></p>`}${item.recommendations.length > 0 && html`<p><strong>${AGENDA_LABELS.recommendation}</strong></p><ul>${item.recommendations.map((r) => html`<li>${r}</li>`)}</ul>`}${
        item.description &&
        html`<p><strong>${AGENDA_LABELS.description}</strong></p>${item.description.split(/\n{2,}/).map((p) => html`<p>${lineBreaks(p, /\n/)}</p>`)}`
      }${item.attachments.length > 0 && html`<p><strong>${AGENDA_LABELS.attachments}</strong></p><ul>${item.attachments.map((a) => html`<li>${link(a.label, a.url)}</li>`)}</ul>`}`,
  );
  const title = `${agendaTitle(opts)} – ${doc.forumName}`;
  const changes =
    (opts.revision ?? 0) > 0 &&
    opts.changes &&
    opts.changes.length > 0 &&
    html`<p><strong>${AGENDA_LABELS.changes}</strong></p><ul>${opts.changes.map((c) => html`<li>${c}</li>`)}</ul>`;
  return html`<h2>${title}</h2>${changes}<table role="presentation">${header}</table>${doc.invited.length > 0 && html`<p><strong>${AGENDA_LABELS.invited}</strong></p>${invited}`}${items}`;
}

export interface AgendaMail {
  readonly subject: string;
  /** Every value escaped, links only http(s). */
  readonly html: Html;
}

/**
 * The agenda mail: "Dagsorden: <forum> <date>" (or "Revideret dagsorden: …", "Revideret dagsorden nr. 2: …"), a
 * short note, what changed (for a revision) and the agenda itself.
 */
export function agendaMail(
  doc: AgendaDocument,
  opts: AgendaRevision & {
    pdfName?: string;
    documentUrl?: string;
    bilag?: { readonly attached: number; readonly linked: number };
    /** The version for those not entitled to closed items (public-record/guest-agenda.ts): says so. */
    closedWithheld?: boolean;
  } = {},
): AgendaMail {
  const revised = (opts.revision ?? 0) > 0;
  const subject = `${agendaTitle(opts)}: ${doc.forumName} ${agendaShortDate(doc)}`;
  const intro = revised
    ? `Hermed en revideret dagsorden til mødet ${doc.date} ${doc.timeSpan}. Den erstatter den tidligere udsendte.`
    : `Hermed dagsordenen til mødet ${doc.date} ${doc.timeSpan}.`;
  const attached = opts.pdfName ? ` Dagsordenen er vedhæftet som PDF (${opts.pdfName}).` : '';
  const documentUrl = safeHref(opts.documentUrl);
  const docLink = documentUrl && html` <a href="${documentUrl}">Dagsordenen i mødets mappe</a>.`;
  const bilag = opts.bilag ?? { attached: 0, linked: 0 };
  const bilagNote = [
    bilag.attached > 0 ? (bilag.attached === 1 ? 'Bilaget er vedhæftet.' : `De ${bilag.attached} bilag er vedhæftet.`) : '',
    bilag.linked > 0
      ? bilag.attached > 0
        ? 'De øvrige bilag hentes via linkene i dagsordenen.'
        : 'Bilagene hentes via linkene i dagsordenen.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const body = joinHtml(
    [
      html`<p>Kære medlemmer af ${doc.forumName}</p>`,
      html`<p>${intro + attached}${docLink}${bilagNote && ` ${bilagNote}`}</p>`,
      opts.closedWithheld && html`<p>${CLOSED_WITHHELD_NOTE}</p>`,
      agendaHtml(doc, {
        ...(opts.revision !== undefined ? { revision: opts.revision } : {}),
        ...(opts.changes ? { changes: opts.changes } : {}),
      }),
      html`<p>Venlig hilsen<br>Sekretariatet for ${doc.forumName}</p>`,
    ],
    '\n',
  );
  return { subject, html: body };
}

/**
 * The file name of the agenda in the meeting's folder, without extension: "Dagsorden 2026-10-29", a revision beside
 * it as "Dagsorden 2026-10-29 (revideret)", "… (revideret 2)" — the agenda the members got first stays as it was.
 */
export function agendaFileBase(doc: Pick<AgendaDocument, 'day'>, revision = 0): string {
  return revision <= 0 ? `Dagsorden ${doc.day}` : `Dagsorden ${doc.day} (revideret${revision > 1 ? ` ${revision}` : ''})`;
}

/** Said in the agenda mail to observers when some items are closed. */
export const CLOSED_WITHHELD_NOTE =
  'Dagsordenen har lukkede punkter. Deres indhold og bilag sendes kun til forummets medlemmer og er udeladt her.';

/**
 * The agenda's recipients split by whether they take part in closed items (`entitled`): the members, chairs and
 * secretariat and a member's substitute; observers and an observer's substitute are `guests`.
 */
export function agendaAudiences(
  forum: Pick<Forum, 'mailbox' | 'members'>,
  meeting: Pick<Meeting, 'substitutes'>,
  entitled: (member: ForumMember) => boolean,
): { entitled: { name: string; email: string }[]; guests: { name: string; email: string }[] } {
  const roleOf = new Map(forum.members.map((m) => [m.email.trim().toLowerCase(), m]));
  const standsInFor = new Map(
    Object.entries(meeting.substitutes ?? {}).map(([member, substitute]) => [substitute.trim().toLowerCase(), member.trim().toLowerCase()]),
  );
  const all = agendaRecipients(forum, meeting);
  const ok = (email: string): boolean => {
    const key = email.trim().toLowerCase();
    const member = roleOf.get(key) ?? roleOf.get(standsInFor.get(key) ?? '');
    return member !== undefined && entitled(member);
  };
  return { entitled: all.filter((r) => ok(r.email)), guests: all.filter((r) => !ok(r.email)) };
}

/**
 * Who gets the agenda: every member with an address (chairs, members, observers, the secretariat, members outside
 * the tenant) and the substitutes named for this meeting for a listed member (as the invited list shows them), once
 * each, never the forum mailbox itself.
 */
export function agendaRecipients(
  forum: Pick<Forum, 'mailbox' | 'members'>,
  meeting: Pick<Meeting, 'substitutes'>,
): { name: string; email: string }[] {
  const mailbox = forum.mailbox.trim().toLowerCase();
  const out = new Map<string, { name: string; email: string }>();
  const add = (email: string, name: string): void => {
    const key = email.trim().toLowerCase();
    if (key === '' || key === mailbox || out.has(key) || !/^[^@\s]+@[^@\s]+$/.test(key)) return;
    out.set(key, { name: name || email.trim(), email: email.trim() });
  };
  for (const m of forum.members) add(m.email, m.name);
  const listed = new Set(forum.members.map((m) => m.email.trim().toLowerCase()));
  for (const [member, substitute] of Object.entries(meeting.substitutes ?? {}))
    if (listed.has(member.trim().toLowerCase())) add(substitute, substitute);
  return [...out.values()];
}
