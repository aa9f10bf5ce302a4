import type { Message } from '@microsoft/microsoft-graph-types';
import { agendaChangeText, sentAgendaText, type AgendaChange, type SentAgenda } from '../../domain/agenda-changes';
import {
  agendaFileBase,
  agendaIssueLine,
  agendaHtml,
  agendaAudiences,
  agendaMail,
  agendaRecipients,
  type AgendaDocument,
  type AgendaRevision,
} from '../../domain/agenda-document';
import { html, safeHref } from '../../domain/html';
import { guestAgendaDocument, isEntitled } from '../../domain/public-record/guest-agenda';
import { hasClosed } from '../../domain/public-record/public-items';
import type { Forum, ForumRef, Meeting } from '../../domain/types';
import { isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { meetingEventPath } from '../calendar-event';
import { claimSlot, endClaim, letGo, releaseClaim, takeClaim, type OwnedClaim } from '../claims-store';
import { messagesUrl } from '../mail/mailbox-paths';
import { outcomeUncertain } from '../failures';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { findByCorrelation, sendOnce } from '../mail/send-once';
import { DOCX_TYPE, meetingFilePath, uploadToMeetingFolder, type UploadedFile } from '../meeting-folder';
import { toMeeting } from '../mappers/meeting-mapper';
import { updateItemFields } from '../update-item';
import { prepareBilag, type BilagFile } from './agenda-bilag';
import type { AgendaApi, AgendaSendResult, AgendaStatus, GeneratedAgenda } from './agenda-api';
import { agendaStatus, compareWithSent, confirmMeeting, loadCurrentAgenda, meetingForAgenda, type CurrentAgenda } from './agenda-load';
import { fileAttachment } from '../mail/file-attachment';

export { loadAgendaDocument, loadMeeting } from './agenda-load';

/**
 * A meeting's agenda: the .docx and its PDF in the meeting's folder, and the send — once. Sending claims the
 * meeting (AgendaSending: an owned claim, src/store/claims-store.ts — a second press, tab or secretary gets
 * 'claimed-elsewhere'), then sends the mail through send-once (store/mail/send-once.ts) with a correlation id for this
 * agenda version. Every attempt looks the id up in the mailbox first: found sent → nothing is sent again; found as a
 * draft → that draft is sent. A failed attempt lets go of its claim; one that died is taken
 * over after the timeout. The meeting records the time, the agenda's hash and what was sent item by item (AgendaSent,
 * with the claim's release); a later, different agenda goes out as "Revideret dagsorden" (nr. 2 …) under its own file
 * name, listing what changed. The Word writer (`docx`) loads only when the agenda is written.
 */

/**
 * Over this the PDF is not attached (Graph refuses a create request above 4 MB with base64); the mail links to it.
 * Bilag share the same allowance after the PDF, in the agenda's order; those that do not fit are linked.
 */
export const MAX_ATTACHED_PDF_BYTES = 2_500_000;

/** A bilag going with the agenda mail, under its agenda name ("Bilag 3 – Budget.pdf"). */
export interface MailBilag {
  readonly label: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** The bilag that fit in the mail after the PDF (in the agenda's order, by their recorded size), and how many do not. */
export function bilagForMail(
  doc: AgendaDocument,
  files: ReadonlyMap<string, BilagFile>,
  pdfBytes: number,
): { fit: { label: string; file: BilagFile }[]; linked: number } {
  let left = MAX_ATTACHED_PDF_BYTES - (pdfBytes <= MAX_ATTACHED_PDF_BYTES ? pdfBytes : 0);
  const fit: { label: string; file: BilagFile }[] = [];
  let linked = 0;
  for (const a of doc.items.flatMap((i) => i.attachments)) {
    const file = a.url ? files.get(a.url) : undefined;
    if (file && file.size > 0 && file.size <= left) {
      fit.push({ label: a.label, file });
      left -= file.size;
    } else if (a.url) linked += 1;
  }
  return { fit, linked };
}

interface Files extends GeneratedAgenda {
  readonly pdfBytes: Uint8Array;
}

/** The Danish change lines a revision lists (none for the first send). */
function revisionOf(revision: number, changes: readonly AgendaChange[]): Required<AgendaRevision> {
  return { revision, changes: revision > 0 ? changes.map(agendaChangeText) : [] };
}

/**
 * The agenda as it stands with its bilag in the meeting's folder: files copied now change it (the agenda links
 * them), so it is read again only then.
 */
async function currentWithBilag(
  graph: Graph,
  forum: Forum,
  meeting: Meeting,
): Promise<{ current: CurrentAgenda; bilag: ReadonlyMap<string, BilagFile> }> {
  const first = await loadCurrentAgenda(graph, forum, meeting);
  const { files, copied } = await prepareBilag(graph, forum, meeting, first.submissions);
  return { current: copied > 0 ? await loadCurrentAgenda(graph, forum, meeting) : first, bilag: files };
}

/**
 * Writes the .docx, has Graph convert it to PDF, writes the PDF beside it. The first send's files and each
 * revision's have their own names ("Dagsorden 2026-10-29 (revideret 2)"); the same revision again makes new versions.
 */
async function writeFiles(
  graph: Graph,
  forum: Forum,
  meeting: Meeting,
  current: CurrentAgenda,
  rev: Required<AgendaRevision>,
  changedSinceSent: boolean,
  issueLine: string,
): Promise<Files> {
  const { doc, hash } = current;
  const base = agendaFileBase(doc, rev.revision);
  // The Word writer (the docx package, ~230 KB) loads when a file is written, not with the store the home reads.
  const { renderAgendaDocx } = await import('./agenda-docx.js');
  const docx = await uploadToMeetingFolder(graph, forum, meeting, `${base}.docx`, await renderAgendaDocx(doc, rev, issueLine), DOCX_TYPE);
  const path = meetingFilePath(meeting, `${base}.docx`).split('/').map(encodeURIComponent).join('/');
  const pdfBytes = await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content?format=pdf`);
  const pdf = await uploadToMeetingFolder(graph, forum, meeting, `${base}.pdf`, pdfBytes, 'application/pdf');
  return { docx, pdf, pdfBytes, hash, changedSinceSent, overrunMinutes: doc.overrunMinutes };
}

const withoutBytes = (f: Files): GeneratedAgenda => ({
  docx: f.docx,
  pdf: f.pdf,
  hash: f.hash,
  changedSinceSent: f.changedSinceSent,
  overrunMinutes: f.overrunMinutes,
});

/** Who one agenda mail goes to; the observers' version (`guests`) leaves out closed items and the full PDF. */
export interface AgendaAudience {
  readonly recipients: readonly { readonly name: string; readonly email: string }[];
  readonly guests?: boolean;
}

/**
 * The agenda mail as a Graph draft: to the forum mailbox, Bcc every recipient (members do not see each other's private
 * addresses; a mail with no To: is a spam signal), replies to the forum mailbox. send-once adds the correlation id.
 * The observers' version carries neither the PDF nor a link to it: both hold the closed items.
 */
export function agendaDraft(
  forum: Pick<Forum, 'name' | 'mailbox' | 'members'>,
  meeting: Pick<Meeting, 'substitutes'>,
  doc: AgendaDocument,
  files: { pdf: UploadedFile; pdfBytes: Uint8Array },
  rev: AgendaRevision,
  bilag: { readonly attached: readonly MailBilag[]; readonly linked: number } = { attached: [], linked: 0 },
  audience: AgendaAudience = { recipients: agendaRecipients(forum, meeting) },
): Message {
  const attach = !audience.guests && files.pdfBytes.length > 0 && files.pdfBytes.length <= MAX_ATTACHED_PDF_BYTES;
  const mail = agendaMail(doc, {
    ...rev,
    ...(attach ? { pdfName: files.pdf.name } : {}),
    ...(audience.guests ? { closedWithheld: true } : { documentUrl: files.pdf.webUrl }),
    bilag: { attached: bilag.attached.length, linked: bilag.linked },
  });
  const attachments = [
    ...(attach ? [fileAttachment(files.pdf.name, 'application/pdf', files.pdfBytes)] : []),
    ...bilag.attached.map((b) => fileAttachment(b.label, b.contentType, b.bytes)),
  ];
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: String(mail.html) },
    ...(forum.mailbox.trim() ? { toRecipients: [{ emailAddress: { address: forum.mailbox.trim(), name: forum.name } }] } : {}),
    bccRecipients: audience.recipients.map((r) => ({ emailAddress: { address: r.email, name: r.name } })),
    ...(forum.mailbox.trim() ? { replyTo: [{ emailAddress: { address: forum.mailbox.trim(), name: forum.name } }] } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

/** The correlation id of one send of one agenda version: the same on every retry, new for a revision. */
export function agendaCorrelation(meeting: Pick<Meeting, 'id' | 'agendaSentAt'>, hash: string): string {
  return `agenda:${meeting.id}:${hash.slice(0, 32)}:${meeting.agendaSentAt ?? 'first'}`;
}

export class MeetingAgendaStore implements AgendaApi {
  constructor(
    private readonly graph: Graph,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async status(forum: Forum, ref: Pick<Meeting, 'id'>): Promise<AgendaStatus> {
    return agendaStatus(this.graph, forum, ref);
  }

  confirmMeeting(forum: ForumRef, meeting: Pick<Meeting, 'id' | 'title' | 'etag'>): Promise<void> {
    return confirmMeeting(this.graph, forum, meeting);
  }

  /** The files of the agenda a send now would send: a revision's name and change list when it changed since it was sent. */
  async generate(forum: Forum, ref: Pick<Meeting, 'id'>): Promise<GeneratedAgenda> {
    const meeting = await meetingForAgenda(this.graph, forum, ref.id);
    const { current } = await currentWithBilag(this.graph, forum, meeting);
    const { status } = await compareWithSent(meeting, current);
    // Unchanged since it was sent: the files are the sent revision's own (new versions of the same content).
    const revision = status.changed ? status.nextRevision : Math.max(0, status.nextRevision - 1);
    const rev = revisionOf(revision, status.changes);
    // Unchanged since sent: the files are the sent ones again; otherwise a draft until it is sent.
    const issue = agendaIssueLine(
      rev,
      status.changed || meeting.agendaSentAt === undefined ? this.clock().toISOString() : meeting.agendaSentAt,
      !status.changed && meeting.agendaSentAt !== undefined,
    );
    return withoutBytes(await writeFiles(this.graph, forum, meeting, current, rev, status.changed, issue));
  }

  async send(forum: Forum, ref: Pick<Meeting, 'id'>): Promise<AgendaSendResult> {
    const graph = this.graph;
    const meeting = await meetingForAgenda(graph, forum, ref.id);
    const { current, bilag } = await currentWithBilag(graph, forum, meeting);
    const hash = current.hash;
    const revised = meeting.agendaSentAt !== undefined;
    if (revised && meeting.agendaHash === hash && !meeting.agendaClaim)
      return { outcome: 'unchanged', revised: false, sentAt: meeting.agendaSentAt ?? '', meeting };

    const taken = await takeClaim(
      graph,
      forum,
      claimSlot('agenda-send', meeting.id),
      { etag: meeting.etag, claim: meeting.agendaClaim },
      { step: 'agenda-send', now: this.clock(), correlation: agendaCorrelation(meeting, hash), hash },
    );
    if (taken.outcome !== 'taken') return { outcome: 'claimed-elsewhere', revised };
    let mailed = false;
    try {
      return await this.sendClaimed(forum, meeting, current, taken.owned, bilag, () => (mailed = true));
    } catch (error) {
      // The mail went, or may have (its answer lost): the claim stays, ended, with its correlation id — the next press
      // takes it over at once, looks the mail up and records it (settleDeadAttempt), even when the agenda was edited
      // meanwhile (a new correlation id: letting go would have sent the agenda again as if it were the first).
      if (mailed || outcomeUncertain(error)) {
        await endClaim(graph, forum, taken.owned);
        throw error;
      }
      // AgendaSendingAt: the time column an older version wrote its claims' time to.
      await letGo(graph, forum, taken.owned, { AgendaSendingAt: null });
      throw error;
    }
  }

  private async sendClaimed(
    forum: Forum,
    claimed: Meeting,
    current: CurrentAgenda,
    owned: OwnedClaim,
    bilagFiles: ReadonlyMap<string, BilagFile>,
    mailed: () => void,
  ): Promise<AgendaSendResult> {
    const graph = this.graph;
    const { doc, hash } = current;
    const { meeting, owned: mine } = await this.settleDeadAttempt(forum, claimed, owned);
    const revised = meeting.agendaSentAt !== undefined;
    // Compared with what was sent last (after a dead attempt's send is recorded): the revision and its change list.
    const { record, status } = await compareWithSent(meeting, current);
    const rev = revisionOf(record.revision, status.changes);
    const correlation = agendaCorrelation(meeting, hash);
    const files = await writeFiles(graph, forum, meeting, current, rev, revised, agendaIssueLine(rev, this.clock().toISOString(), true));
    // Closed items (issue 20): observers get their own mail, with the items as the public sees them.
    const split = hasClosed(doc.items);
    const audiences = split ? agendaAudiences(forum, meeting, isEntitled) : undefined;
    const guestDoc = split ? guestAgendaDocument(doc) : undefined;
    const draft = agendaDraft(forum, meeting, doc, files, rev, await this.mailBilag(forum, doc, bilagFiles, files.pdfBytes.length), {
      recipients: audiences?.entitled ?? agendaRecipients(forum, meeting),
    });
    const mails = [{ correlation, message: draft }];
    if (audiences && guestDoc && audiences.guests.length > 0)
      mails.push({
        correlation: `${correlation}:observers`,
        message: agendaDraft(forum, meeting, guestDoc, files, rev, await this.mailBilag(forum, guestDoc, bilagFiles, 0), {
          recipients: audiences.guests,
          guests: true,
        }),
      });
    // Always looked up first (resume): an earlier attempt (failed, or dead and taken over) may have made the draft or sent it.
    await sendOnce(graph, forum.mailbox, mails, { resume: true, kind: ONCE_MAIL.agenda });
    mailed();

    // The event is every invitee's, observers' too: it shows closed items as the public sees them.
    const eventUpdated = await this.updateEvent(forum, meeting, guestDoc ?? doc, rev);
    const sentAt = this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    // A meeting still to be held becomes "agenda sent"; one cancelled or moved on meanwhile keeps its status.
    const statusAfter = (status: string) => (status === 'planned' || status === 'booked' ? { Status: 'agenda-sent' } : {});
    const sentFields = { AgendaSentAt: sentAt, AgendaHash: hash, AgendaSent: sentAgendaText(record), AgendaSendingAt: null };
    // The record is made from the meeting as read or — when the release met a colleague's change (412) and wrote
    // again — as it is now; the meeting returned says what the item holds (her status, place, time), not what the
    // first attempt read.
    let meetingNow = meeting;
    const recorded = await releaseClaim(graph, forum, mine, { ...sentFields, ...statusAfter(meetingNow.status) }, (item) => {
      meetingNow = { ...meeting, ...toMeeting(forum.groupId, item) };
      return { ...sentFields, ...statusAfter(meetingNow.status) };
    });
    const statusNow = meetingNow.status;
    const { agendaClaim: _claim, ...unclaimed } = meetingNow;
    return {
      outcome: 'sent',
      revised,
      revision: record.revision,
      changes: status.changes,
      subject: draft.subject ?? '',
      recipients: mails.reduce((n, m) => n + (m.message.bccRecipients?.length ?? 0), 0),
      sentAt,
      eventUpdated,
      files: withoutBytes(files),
      meeting: {
        ...unclaimed,
        agendaSentAt: sentAt,
        agendaHash: hash,
        agendaSent: record,
        status: statusAfter(statusNow).Status === 'agenda-sent' ? 'agenda-sent' : statusNow,
        etag: recorded.etag ?? meeting.etag,
      },
    };
  }

  /** The bilag the mail carries (read from the meeting's folder), and how many it links instead. */
  private async mailBilag(
    forum: Forum,
    doc: AgendaDocument,
    files: ReadonlyMap<string, BilagFile>,
    pdfBytes: number,
  ): Promise<{ attached: MailBilag[]; linked: number }> {
    const { fit, linked } = bilagForMail(doc, files, pdfBytes);
    const attached: MailBilag[] = [];
    let gone = 0;
    // The allowance again by the bytes read: a file edited in the folder since it was recorded may have grown, and
    // the draft must stay under Graph's 4 MB request (no attachment upload session is needed while it does).
    let left = MAX_ATTACHED_PDF_BYTES - (pdfBytes <= MAX_ATTACHED_PDF_BYTES ? pdfBytes : 0);
    for (const { label, file } of fit) {
      const path = file.drivePath.split('/').map(encodeURIComponent).join('/');
      try {
        const bytes = await this.graph.getBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content`);
        if (bytes.length > left) {
          gone += 1;
          continue;
        }
        left -= bytes.length;
        attached.push({ label, contentType: file.contentType || 'application/octet-stream', bytes });
      } catch (error) {
        // Moved or renamed in the folder since it was copied: the agenda's link still finds it.
        if (!isNotFound(error)) throw error;
        gone += 1;
      }
    }
    return { attached, linked: linked + gone };
  }

  /**
   * Taking over a dead attempt that sent a different agenda (the items changed since): if its mail went, that send is
   * recorded now (its time and hash), so this one goes out as the revision it is; its unsent draft is removed. What it
   * sent item by item is not known (the claim holds only its hash): the next revision says only that the agenda changed.
   */
  private async settleDeadAttempt(forum: Forum, meeting: Meeting, owned: OwnedClaim): Promise<{ meeting: Meeting; owned: OwnedClaim }> {
    const dead = owned.tookOver;
    if (!dead?.correlation || dead.correlation === owned.claim.correlation) return { meeting, owned };
    const sent = (await findByCorrelation(this.graph, forum.mailbox, ONCE_MAIL.agenda, [dead.correlation])).get(dead.correlation);
    if (!sent || sent.isDraft) {
      for (const id of sent?.drafts ?? []) await this.graph.delete(messagesUrl(forum.mailbox, id)).catch(() => undefined);
      return { meeting, owned };
    }
    const at = (sent.sentDateTime ?? dead.at).replace(/\.\d{3}Z$/, 'Z');
    const deadSent: SentAgenda = { revision: meeting.agendaSentAt === undefined ? 0 : (meeting.agendaSent?.revision ?? 0) + 1 };
    const settled = { AgendaSentAt: at, AgendaHash: dead.hash ?? '', AgendaSent: sentAgendaText(deadSent) };
    const updated = await updateItemFields(this.graph, forum, 'Meetings', meeting.id, owned.etag, settled);
    return {
      meeting: { ...meeting, agendaSentAt: at, agendaHash: settled.AgendaHash, agendaSent: deadSent },
      owned: { ...owned, etag: updated.etag ?? owned.etag },
    };
  }

  /** The calendar event's body becomes the agenda (the invitation's own text is replaced). False when there is no event or Graph refused. */
  private async updateEvent(forum: Forum, meeting: Meeting, doc: AgendaDocument, rev: AgendaRevision): Promise<boolean> {
    const path = meetingEventPath(forum, meeting);
    if (!path) return false;
    const join = safeHref(meeting.joinUrl);
    const joinLine = join && html`<p><a href="${join}">Deltag i Microsoft Teams-mødet</a></p>`;
    try {
      await this.graph.patch(path, { body: { contentType: 'html', content: String(html`${joinLine}${agendaHtml(doc, rev)}`) } });
      return true;
    } catch {
      return false;
    }
  }
}

export function createMeetingAgendaStore(graph: Graph, clock?: () => Date): AgendaApi {
  return new MeetingAgendaStore(graph, clock);
}
