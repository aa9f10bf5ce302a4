import type { Message } from '@microsoft/microsoft-graph-types';
import { agendaFileBase, escapeHtml, safeHref, agendaHash, agendaHtml, agendaMail, agendaRecipients, buildAgendaDocument, type AgendaDocument } from '../../domain/agenda-document';
import type { Forum, ForumRef, Meeting } from '../../domain/types';
import { GraphError, type Graph } from '../../graph/types';
import { meetingEventPath } from '../calendar-event';
import { claimSlot, letGo, releaseClaim, takeClaim, type OwnedClaim } from '../claims';
import { AgendaStore } from '../forum-stores';
import { listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../list-item';
import { toActionItem } from '../mappers/action';
import { toMeeting } from '../mappers/meeting';
import { toSubmissions } from '../mappers/submission';
import { meetingFilePath, uploadToMeetingFolder, type UploadedFile } from '../meeting-folder';
import { substituteRecordsUrl, withSubstitutes } from '../substitute-records';
import { updateItemFields } from '../update-item';
import { renderAgendaDocx } from './agenda-docx';
import type { AgendaApi, AgendaSendResult, GeneratedAgenda } from './agenda-api';

/**
 * A meeting's agenda: the .docx and its PDF in the meeting's folder, and the send — once. Sending claims the
 * meeting (AgendaSending: an owned claim, src/store/claims.ts — a second press, tab or secretary gets
 * 'claimed-elsewhere'), then creates the mail as a draft carrying a correlation id for this agenda version in an
 * extended property and sends the draft. Every attempt looks the id up in the mailbox first: found sent → nothing is
 * sent again; found as a draft → that draft is sent. A failed attempt lets go of its claim; one that died is taken
 * over after the timeout. The meeting records the time and the agenda's hash; a later, different agenda goes out as
 * "Revideret dagsorden". This module carries `docx`: the app reaches it only through `import()` in stores.ts.
 */

/** The app's named MAPI property holding the send's correlation id (a GUID of our own namespace). */
export const AGENDA_CORRELATION_PROPERTY = 'String {6f1c5b0e-3a52-4c1e-9d7b-2f4a1c8e5d30} Name SekretariatAgendaCorrelation';

/** Over this the PDF is not attached (Graph refuses a create request above 4 MB with base64); the mail links to it. */
export const MAX_ATTACHED_PDF_BYTES = 2_500_000;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function sha256(bytes: Uint8Array): Promise<ArrayBuffer> {
  return globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
}

export async function loadMeeting(graph: Graph, ref: ForumRef & { groupId: string }, id: string): Promise<Meeting> {
  const item = await graph.get<GraphListItem>(`${listItemUrl(ref.siteId, 'Meetings', id)}?expand=fields`);
  const meeting = toMeeting(ref.groupId, item);
  if (!meeting) throw new Error(`Meeting ${id} has no start.`);
  return meeting;
}

/**
 * The meeting as the agenda needs it: its item, with the substitutes that count (the Substitutes records, read in the
 * same round, over the secretariat's map) — they are listed among the invited and get the agenda.
 */
async function meetingForAgenda(graph: Graph, forum: Forum, id: string): Promise<Meeting> {
  const [meeting, records] = await Promise.all([loadMeeting(graph, forum, id), graph.all<GraphListItem>(substituteRecordsUrl(forum.siteId, id))]);
  return withSubstitutes(meeting, records, forum.owners);
}

/** The meeting's agenda model from its items and the submissions behind them. */
export async function loadAgendaDocument(graph: Graph, forum: Forum, meeting: Meeting): Promise<AgendaDocument> {
  const [items, submissionItems, actionItems] = await Promise.all([
    new AgendaStore(graph, forum).forMeeting(meeting.id),
    graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/MeetingId eq ${odataString(meeting.id)}` })),
    // The open actions, for the "Opfølgning på beslutninger" item.
    graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Actions', { filter: `fields/Status eq 'open'` })),
  ]);
  return buildAgendaDocument({ forum, meeting, meetingId: meeting.id, items, submissions: toSubmissions(forum.groupId, submissionItems, forum.shortName), actions: actionItems.map(toActionItem) });
}

interface Files extends GeneratedAgenda {
  readonly pdfBytes: Uint8Array;
}

/** Writes the .docx, has Graph convert it to PDF, writes the PDF beside it. Same names each time: new versions, never copies. */
async function writeFiles(graph: Graph, forum: Forum, meeting: Meeting, doc: AgendaDocument, hash: string, revised: boolean): Promise<Files> {
  const base = agendaFileBase(doc);
  const docx = await uploadToMeetingFolder(graph, forum, meeting, `${base}.docx`, await renderAgendaDocx(doc, { revised }), DOCX_TYPE);
  const path = meetingFilePath(meeting, `${base}.docx`).split('/').map(encodeURIComponent).join('/');
  const pdfBytes = await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content?format=pdf`);
  const pdf = await uploadToMeetingFolder(graph, forum, meeting, `${base}.pdf`, pdfBytes, 'application/pdf');
  return { docx, pdf, pdfBytes, hash, changedSinceSent: revised, overrunMinutes: doc.overrunMinutes };
}

const withoutBytes = (f: Files): GeneratedAgenda => ({ docx: f.docx, pdf: f.pdf, hash: f.hash, changedSinceSent: f.changedSinceSent, overrunMinutes: f.overrunMinutes });

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const mailboxPath = (forum: Pick<Forum, 'mailbox'>): string => (forum.mailbox.trim() ? `/users/${encodeURIComponent(forum.mailbox.trim())}` : '/me');

/** The draft (or sent message) carrying this correlation id, if an earlier attempt made one. */
async function findByCorrelation(graph: Graph, box: string, correlation: string): Promise<Pick<Message, 'id' | 'isDraft' | 'sentDateTime'>[]> {
  const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(AGENDA_CORRELATION_PROPERTY)} and ep/value eq ${odataString(correlation)})`;
  const page = await graph.get<{ value?: Pick<Message, 'id' | 'isDraft' | 'sentDateTime'>[] }>(`${box}/messages?$filter=${encodeURIComponent(filter)}&$select=id,isDraft,sentDateTime&$top=10`);
  return page.value ?? [];
}

/** The agenda mail as a Graph draft: Bcc every recipient (members do not see each other's private addresses). */
export function agendaDraft(forum: Pick<Forum, 'name' | 'mailbox' | 'members'>, meeting: Pick<Meeting, 'substitutes'>, doc: AgendaDocument, files: { pdf: UploadedFile; pdfBytes: Uint8Array }, revised: boolean, correlation: string): Message {
  const attach = files.pdfBytes.length > 0 && files.pdfBytes.length <= MAX_ATTACHED_PDF_BYTES;
  const mail = agendaMail(doc, { revised, ...(attach ? { pdfName: files.pdf.name } : {}), documentUrl: files.pdf.webUrl });
  const recipients = agendaRecipients(forum, meeting);
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: mail.html },
    bccRecipients: recipients.map((r) => ({ emailAddress: { address: r.email, name: r.name } })),
    ...(forum.mailbox.trim() ? { replyTo: [{ emailAddress: { address: forum.mailbox.trim(), name: forum.name } }] } : {}),
    singleValueExtendedProperties: [{ id: AGENDA_CORRELATION_PROPERTY, value: correlation }],
    ...(attach
      ? { attachments: [{ '@odata.type': '#microsoft.graph.fileAttachment', name: files.pdf.name, contentType: 'application/pdf', contentBytes: base64(files.pdfBytes) } as NonNullable<Message['attachments']>[number]] }
      : {}),
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

  async generate(forum: Forum, ref: Pick<Meeting, 'id'>): Promise<GeneratedAgenda> {
    const meeting = await meetingForAgenda(this.graph, forum, ref.id);
    const doc = await loadAgendaDocument(this.graph, forum, meeting);
    const hash = await agendaHash(doc, sha256);
    return withoutBytes(await writeFiles(this.graph, forum, meeting, doc, hash, meeting.agendaSentAt !== undefined && meeting.agendaHash !== hash));
  }

  async send(forum: Forum, ref: Pick<Meeting, 'id'>): Promise<AgendaSendResult> {
    const graph = this.graph;
    const meeting = await meetingForAgenda(graph, forum, ref.id);
    const doc = await loadAgendaDocument(graph, forum, meeting);
    const hash = await agendaHash(doc, sha256);
    const revised = meeting.agendaSentAt !== undefined;
    if (revised && meeting.agendaHash === hash && !meeting.agendaClaim) return { outcome: 'unchanged', revised: false, sentAt: meeting.agendaSentAt ?? '', meeting };

    const taken = await takeClaim(graph, forum, claimSlot('agenda-send', meeting.id), { etag: meeting.etag, claim: meeting.agendaClaim }, { step: 'agenda-send', now: this.clock(), correlation: agendaCorrelation(meeting, hash), hash });
    if (taken.outcome !== 'taken') return { outcome: 'claimed-elsewhere', revised };
    try {
      return await this.sendClaimed(forum, meeting, doc, hash, taken.owned);
    } catch (error) {
      // AgendaSendingAt: the time column an older version wrote its claims' time to.
      await letGo(graph, forum, taken.owned, { AgendaSendingAt: null });
      throw error;
    }
  }

  private async sendClaimed(forum: Forum, claimed: Meeting, doc: AgendaDocument, hash: string, owned: OwnedClaim): Promise<AgendaSendResult> {
    const graph = this.graph;
    const box = mailboxPath(forum);
    const { meeting, owned: mine } = await this.settleDeadAttempt(forum, claimed, box, owned);
    const revised = meeting.agendaSentAt !== undefined;
    const correlation = agendaCorrelation(meeting, hash);
    const files = await writeFiles(graph, forum, meeting, doc, hash, revised);
    const draft = agendaDraft(forum, meeting, doc, files, revised, correlation);
    // Always looked up: an earlier attempt (failed, or dead and taken over) may have made the draft or sent it.
    const earlier = await findByCorrelation(graph, box, correlation);
    if (!earlier.some((m) => m.isDraft === false)) {
      const pending = earlier.find((m) => m.isDraft === true && m.id);
      const id = pending?.id ?? (await graph.post<Message>(`${box}/messages`, draft)).id;
      if (!id) throw new GraphError(502, 'noDraftId', 'Graph created the agenda draft without an id.');
      await graph.post(`${box}/messages/${encodeURIComponent(id)}/send`, {});
    }

    const eventUpdated = await this.updateEvent(forum, meeting, doc, revised);
    const sentAt = this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const status = meeting.status === 'planned' || meeting.status === 'booked' ? { Status: 'agenda-sent' } : {};
    const recorded = await releaseClaim(graph, forum, mine, { AgendaSentAt: sentAt, AgendaHash: hash, AgendaSendingAt: null, ...status });
    const { agendaClaim: _claim, ...unclaimed } = meeting;
    return {
      outcome: 'sent',
      revised,
      subject: draft.subject ?? '',
      recipients: draft.bccRecipients?.length ?? 0,
      sentAt,
      eventUpdated,
      files: withoutBytes(files),
      meeting: { ...unclaimed, agendaSentAt: sentAt, agendaHash: hash, status: status.Status === 'agenda-sent' ? 'agenda-sent' : meeting.status, etag: recorded.etag ?? meeting.etag },
    };
  }

  /**
   * Taking over a dead attempt that sent a different agenda (the items changed since): if its mail went, that send is
   * recorded now (its time and hash), so this one goes out as the revision it is; its unsent draft is removed.
   */
  private async settleDeadAttempt(forum: Forum, meeting: Meeting, box: string, owned: OwnedClaim): Promise<{ meeting: Meeting; owned: OwnedClaim }> {
    const dead = owned.tookOver;
    if (!dead?.correlation || dead.correlation === owned.claim.correlation) return { meeting, owned };
    const found = await findByCorrelation(this.graph, box, dead.correlation);
    const sent = found.find((m) => m.isDraft === false);
    if (!sent) {
      for (const d of found) if (d.id) await this.graph.delete(`${box}/messages/${encodeURIComponent(d.id)}`).catch(() => undefined);
      return { meeting, owned };
    }
    const at = (sent.sentDateTime ?? dead.at).replace(/\.\d{3}Z$/, 'Z');
    const settled = { AgendaSentAt: at, AgendaHash: dead.hash ?? '' };
    const updated = await updateItemFields(this.graph, forum, 'Meetings', meeting.id, owned.etag, settled);
    return { meeting: { ...meeting, agendaSentAt: at, agendaHash: settled.AgendaHash }, owned: { ...owned, etag: updated.etag ?? owned.etag } };
  }

  /** The calendar event's body becomes the agenda (the invitation's own text is replaced). False when there is no event or Graph refused. */
  private async updateEvent(forum: Forum, meeting: Meeting, doc: AgendaDocument, revised: boolean): Promise<boolean> {
    const path = meetingEventPath(forum, meeting);
    if (!path) return false;
    const join = safeHref(meeting.joinUrl);
    const joinLine = join ? `<p><a href="${escapeHtml(join)}">Deltag i Microsoft Teams-mødet</a></p>` : '';
    try {
      await this.graph.patch(path, { body: { contentType: 'html', content: `${joinLine}${agendaHtml(doc, revised ? { revised: true } : {})}` } });
      return true;
    } catch {
      return false;
    }
  }
}

export function meetingAgendaStore(graph: Graph, clock?: () => Date): AgendaApi {
  return new MeetingAgendaStore(graph, clock);
}
