import type { Message } from '@microsoft/microsoft-graph-types';
import type { ApprovalStatus } from '../../domain/approval';
import { chairsOf } from '../../domain/forum-trust';
import { circulationCheck } from '../../domain/minutes/circulation-check';
import { trailAtCirculation } from '../../domain/minutes/circulated-trail';
import { newlySeen } from '../../domain/minutes/seen-answers';
import {
  approvedMarking,
  buildMinutesDocument,
  circulationMail,
  minutesFileBase,
  minutesRecipients,
} from '../../domain/minutes/minutes-document';
import type { Forum, SeenAnswer } from '../../domain/types';
import { isAlreadyExists, isNotFound } from '../../graph/errors';
import { GraphError, type Graph } from '../../graph/graph-types';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendOnce } from '../mail/send-once';
import { claimOn, claimSlot, letGo, releaseClaim, takeClaim, type OwnedClaim } from '../claims-store';
import { ConflictError } from '../failures';
import { ApprovalStore, ForumStore } from '../forum-stores';
import { etagOf, Fields, listItemUrl, type FieldBag, type GraphListItem } from '../list-item';
import { reopeningsOf } from '../mappers/minutes-mapper';
import { meetingFilePath, safeDriveName, uploadToMeetingFolder } from '../meeting-folder';
import { updateItemFields } from '../update-item';
import type { CirculationResult } from './minutes-versions-api';
import {
  DOCX_TYPE,
  drivePath,
  folderOf,
  loadVersion,
  MAX_ATTACHED_PDF_BYTES,
  pdfAttachment,
  readVersion,
  type LoadedVersion,
} from './minutes-shared';

/**
 * Circulating approved minutes, once. The rule is checked on the Approvals read fresh here (never on what the
 * browser last saw). The meeting is claimed (MinutesCirculation: an owned claim, src/store/claims-store.ts); the final
 * document is rendered marked "Godkendt"; the version's PDF is moved (PATCH parentReference + name) into the
 * forum's "Godkendte referater" folder as "… (godkendt).pdf" and given the final content; one mail from the forum
 * mailbox goes to every member and guest (Bcc) with that PDF — a draft with a correlation id, so a retry finds it
 * instead of sending again; then the version (Status approved, FinalAt, FinalPdfUrl) and the meeting (Status
 * minutes-approved unless reopened meanwhile, MinutesCirculatedAt, MinutesHash) are recorded and the claim
 * released. Every step is safe to repeat: a retry after a failure anywhere (the failed attempt lets go), or a takeover
 * of an attempt that died, looks the mail up first and sends nothing twice.
 */

export const APPROVED_FOLDER = 'Godkendte referater';

interface DriveItem {
  readonly id?: string;
  readonly webUrl?: string;
  readonly parentReference?: { readonly driveId?: string; readonly id?: string };
}

/** The approved-minutes folder (made on first use), with its drive. */
async function approvedFolder(graph: Graph, forum: Forum): Promise<{ driveId: string; id: string }> {
  const path = `/sites/${forum.siteId}/drive/root:/${encodeURIComponent(APPROVED_FOLDER)}?$select=id,parentReference`;
  const found = async (): Promise<{ driveId: string; id: string } | undefined> => {
    try {
      const item = await graph.get<DriveItem>(path);
      return item.id && item.parentReference?.driveId ? { driveId: item.parentReference.driveId, id: item.id } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };
  const existing = await found();
  if (existing) return existing;
  const root = await graph.get<DriveItem>(`/sites/${forum.siteId}/drive/root?$select=id,parentReference`);
  const driveId = root.parentReference?.driveId ?? '';
  try {
    // Repeatable: with conflictBehavior 'fail' a repeat after a lost answer gets 409, and the folder is read below.
    const made = await graph.post<DriveItem>(
      `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(root.id ?? '')}/children`,
      { name: APPROVED_FOLDER, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' },
      { repeatable: true },
    );
    if (made.id) return { driveId, id: made.id };
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  const again = await found();
  if (!again) throw new GraphError(502, 'noFolder', `The folder "${APPROVED_FOLDER}" could not be made.`);
  return again;
}

/** The final PDF: the version's PDF moved and renamed into the approved folder, then given the "Godkendt" content and the approval appendix. */
async function finalPdf(
  graph: Graph,
  forum: Forum,
  loaded: LoadedVersion,
  status: ApprovalStatus,
): Promise<{ bytes: Uint8Array; name: string; webUrl: string }> {
  const { version, content } = loaded;
  const base = minutesFileBase(content, version.version, true);
  const folder = folderOf(content);
  // The Word writer (the docx package, ~230 KB) loads when a file is written, not with the store the home reads.
  const { renderMinutesDocx } = await import('./minutes-docx.js');
  await uploadToMeetingFolder(
    graph,
    forum,
    folder,
    `${base}.docx`,
    await renderMinutesDocx(buildMinutesDocument(content, approvedMarking(version, status))),
    DOCX_TYPE,
  );
  const bytes = await graph.getBytes(
    `/sites/${forum.siteId}/drive/root:/${drivePath(meetingFilePath(folder, `${base}.docx`))}:/content?format=pdf`,
  );
  const name = safeDriveName(`${base}.pdf`);
  const target = await approvedFolder(graph, forum);
  if (version.pdfItemId) {
    try {
      await graph.patch(`/drives/${encodeURIComponent(target.driveId)}/items/${encodeURIComponent(version.pdfItemId)}`, {
        parentReference: { id: target.id },
        name,
      });
    } catch (error) {
      // Gone (deleted by hand): the upload below makes the final file anyway.
      if (!isNotFound(error)) throw error;
    }
  }
  const uploaded = await graph.putBytes<DriveItem>(
    `/sites/${forum.siteId}/drive/root:/${drivePath(`${APPROVED_FOLDER}/${name}`)}:/content`,
    bytes,
    'application/pdf',
  );
  return { bytes, name, webUrl: uploaded.webUrl ?? '' };
}

export async function circulateMinutes(
  graph: Graph,
  forumRef: Forum,
  meetingId: string,
  versionId: string,
  now: () => Date,
): Promise<CirculationResult> {
  // Everything the decision rests on is read now: the forum (members, rule, owners), the version and its answers.
  const [meetingItem, read, approvals, forum] = await Promise.all([
    graph.get<GraphListItem>(`${listItemUrl(forumRef.siteId, 'Meetings', meetingId)}?expand=fields`),
    readVersion(graph, forumRef, versionId),
    new ApprovalStore(graph, forumRef).forVersion(versionId),
    new ForumStore(graph).load(forumRef),
  ]);
  const { version } = read;
  const fields = meetingItem.fields ?? {};
  const circulatedAt = typeof fields.MinutesCirculatedAt === 'string' ? fields.MinutesCirculatedAt : undefined;
  if (circulatedAt && String(fields.MinutesHash ?? '').toLowerCase() === version.contentHash) {
    return { outcome: 'already-circulated', circulatedAt, ...(version.finalPdfUrl ? { finalPdfUrl: version.finalPdfUrl } : {}) };
  }
  if (version.meetingId !== meetingId) throw new Error(`Version ${versionId} is not of meeting ${meetingId}.`);
  const { status, blocker } = circulationCheck({ forum, version, snapshotHash: read.snapshotHash, approvals });
  if (blocker || !read.content)
    return { outcome: 'not-approved', status, reason: blocker?.kind ?? 'content-changed', blocker: blocker ?? { kind: 'content-changed' } };
  const loaded: LoadedVersion = { version, item: read.item, content: read.content };
  const seen = [...(version.seenAnswers ?? []), ...newlySeen(version.seenAnswers ?? [], approvals, chairsOf(forum), version.contentHash)];

  const correlation = `minutes-circulation:${version.id}:${version.contentHash.slice(0, 32)}`;
  const slot = claimSlot('minutes-circulation', meetingId);
  const taken = await takeClaim(
    graph,
    forum,
    slot,
    { etag: etagOf(meetingItem), claim: claimOn(meetingItem, slot) },
    { step: 'minutes-circulation', now: now(), correlation },
  );
  if (taken.outcome !== 'taken') return { outcome: 'claimed-elsewhere', status };
  try {
    return await circulateClaimed(graph, forum, loaded, seen, correlation, { owned: taken.owned, meetingItem }, now, status);
  } catch (error) {
    // Let go, so a retry starts now rather than after the timeout (it looks the mail up before sending).
    await letGo(graph, forum, taken.owned);
    throw error;
  }
}

async function circulateClaimed(
  graph: Graph,
  forum: Forum,
  loaded: LoadedVersion,
  seen: readonly SeenAnswer[],
  correlation: string,
  claimed: { readonly owned: OwnedClaim; readonly meetingItem: GraphListItem },
  now: () => Date,
  status: ApprovalStatus,
): Promise<CirculationResult> {
  const { version, content } = loaded;

  const pdf = await finalPdf(graph, forum, loaded, status);
  const recipients = minutesRecipients(forum, content);
  if (recipients.length > 0 && forum.mailbox.trim()) {
    const attach = pdf.bytes.length > 0 && pdf.bytes.length <= MAX_ATTACHED_PDF_BYTES;
    const mail = circulationMail(
      buildMinutesDocument(content, approvedMarking(version, status)),
      attach ? { pdfName: pdf.name } : { pdfUrl: pdf.webUrl },
    );
    const message: Message = {
      subject: mail.subject,
      body: { contentType: 'html', content: String(mail.html) },
      // To: the forum mailbox, members in Bcc — as the agenda and the call for items (no To: is a spam signal).
      toRecipients: [{ emailAddress: { address: forum.mailbox.trim(), name: forum.name } }],
      bccRecipients: recipients.map((address) => ({ emailAddress: { address } })),
      replyTo: [{ emailAddress: { address: forum.mailbox.trim(), name: forum.name } }],
      ...(attach ? { attachments: [pdfAttachment(pdf.name, pdf.bytes)] } : {}),
    };
    await sendOnce(graph, forum.mailbox, [{ correlation, message }], { resume: true, kind: ONCE_MAIL.minutesCirculation });
  }

  const finalAt = now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  // The answers the decision was taken on stay on the version: the trail cannot lose one afterwards unnoticed, and is
  // frozen as counted in the same write that marks the version final (a later answer is shown as late, never counted).
  const trail = trailAtCirculation(status, finalAt);
  const versionFields = {
    Status: 'approved',
    FinalAt: finalAt,
    FinalPdfUrl: pdf.webUrl,
    SeenAnswers: JSON.stringify(seen),
    CirculatedTrail: JSON.stringify(trail),
  };
  try {
    await updateItemFields(graph, forum, 'MinutesVersions', version.id, version.etag ?? '*', versionFields);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // Changed meanwhile — the secretariat's app noting an answer it saw, or a dismissed one: kept beside ours.
    const fresh = await loadVersion(graph, forum, version.id);
    await updateItemFields(graph, forum, 'MinutesVersions', version.id, fresh.version.etag ?? '*', {
      ...versionFields,
      SeenAnswers: JSON.stringify(mergedSeen(seen, fresh.version.seenAnswers ?? [])),
    });
  }
  const record = (item: GraphListItem): FieldBag => meetingRecord(item, version, finalAt);
  await releaseClaim(graph, forum, claimed.owned, record(claimed.meetingItem), record);
  return { outcome: 'circulated', recipients: recipients.length, finalPdfUrl: pdf.webUrl, circulatedAt: finalAt, status };
}

/**
 * What the meeting records of the circulation, from its item as read (or, after a 412, as it is now): the content that
 * went and when, and "minutes approved" — unless these very minutes were reopened meanwhile. Once the final version is
 * written they show as closed, so the secretariat may reopen them before this write lands (or before a takeover of an
 * attempt that died here): the meeting then stays as the reopening left it ("held"), as the closure reads it.
 */
function meetingRecord(item: GraphListItem, version: LoadedVersion['version'], finalAt: string): FieldBag {
  const reopened = reopeningsOf(Fields.of(item).text('MinutesReopened')).some(
    (r) => r.version === version.version && r.hash === version.contentHash,
  );
  return { MinutesCirculatedAt: finalAt, MinutesHash: version.contentHash, ...(reopened ? {} : { Status: 'minutes-approved' }) };
}

/** The answers seen as this circulation read them, with any another write added or dismissed meanwhile. */
function mergedSeen(mine: readonly SeenAnswer[], theirs: readonly SeenAnswer[]): SeenAnswer[] {
  const byId = new Map(mine.map((a) => [a.id, a]));
  for (const a of theirs) {
    const known = byId.get(a.id);
    if (!known || (a.dismissed && !known.dismissed)) byId.set(a.id, a);
  }
  return [...byId.values()];
}
