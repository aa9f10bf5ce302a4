import {
  agendaDescription,
  approvalDescription,
  approvalText,
  bilagDescription,
  minutesDescription,
  replyDescription,
  replyText,
  TEXT_TYPE,
} from '../../domain/case-file/case-file-documents';
import type { CaseFileMeeting, CaseFileSource } from '../../domain/case-file/case-file-manifest';
import { agendaFileBase } from '../../domain/agenda-document';
import { parseSentAgenda } from '../../domain/agenda-sent';
import { copenhagenDate } from '../../domain/copenhagen-time';
import { minutesFileBase } from '../../domain/minutes/minutes-document';
import type { MinutesContent } from '../../domain/minutes/minutes-content';
import type { Forum, MinutesVersion } from '../../domain/types';
import { isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { toConsultation, toConsultationReply } from '../consultation/consultation-mapper';
import { Fields, listItemsUrl, odataString, type GraphListItem } from '../list-item';
import { meetingFilePath, meetingFolderPath, safeDriveName } from '../meeting-folder';
import { APPROVED_FOLDER } from '../minutes/circulation';
import { drivePath, folderOf } from '../minutes/minutes-shared';
import { byIso } from '../../domain/iso-order';

/**
 * The documents of a circulated meeting's archive package, read from where the app put them: the agenda PDF as it
 * was last sent (meeting folder), each bilag the approved minutes name (meeting folder, found by its address), the
 * circulated PDF (Godkendte referater: it ends with the approval appendix), the approval as counted at circulation,
 * and every reply to a written consultation whose outcome this meeting carries. A file the package must hold and
 * cannot find is named, not skipped: an archive with a silent gap is worse than none.
 */

interface DriveChild {
  readonly id?: string;
  readonly name?: string;
  readonly webUrl?: string;
  readonly file?: { readonly mimeType?: string };
  readonly parentReference?: { readonly driveId?: string };
}

export interface CollectedSources {
  readonly sources: CaseFileSource[];
  /** Files that should be in the package and are not where the app put them. */
  readonly missing: string[];
}

const PDF = 'application/pdf';
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const sameUrl = (a: string, b: string): boolean => {
  const norm = (u: string): string => {
    try {
      return decodeURI(u).toLowerCase();
    } catch {
      return u.toLowerCase();
    }
  };
  return norm(a) === norm(b);
};

async function bytesAt(graph: Graph, path: string): Promise<Uint8Array | undefined> {
  try {
    return await graph.getBytes(path);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The meeting folder's files (none when it does not exist). */
async function folderFiles(graph: Graph, forum: Forum, folderPath: string): Promise<DriveChild[]> {
  let folder: DriveChild;
  try {
    folder = await graph.get<DriveChild>(`/sites/${forum.siteId}/drive/root:/${drivePath(folderPath)}?$select=id,parentReference`);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const driveId = folder.parentReference?.driveId ?? '';
  const children = await graph.all<DriveChild>(
    `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(folder.id ?? '')}/children?$select=id,name,webUrl,file,parentReference`,
  );
  return children.filter((c) => c.file !== undefined);
}

export async function collectSources(
  graph: Graph,
  forum: Forum,
  meeting: CaseFileMeeting,
  meetingItem: GraphListItem,
  version: MinutesVersion,
  content: MinutesContent,
  caseNumberOf: (agendaItemId: string) => string | undefined,
): Promise<CollectedSources> {
  const sources: CaseFileSource[] = [];
  const missing: string[] = [];
  const folder = folderOf(content);
  const all = content.items.map((i) => i.number);
  const allCases = content.items.flatMap((i) => caseNumberOf(i.agendaItemId) ?? []);
  const f = Fields.of(meetingItem);
  const sentAt = f.date('AgendaSentAt');

  // The agenda as last sent. Not sent from the app (sent some other way, or an extraordinary meeting without one): none.
  const revision = parseSentAgenda(f.optionalText('AgendaSent'))?.revision ?? 0;
  const agendaName = `${agendaFileBase({ day: copenhagenDate(new Date(content.start)) }, revision)}.pdf`;
  const agenda = await bytesAt(graph, `/sites/${forum.siteId}/drive/root:/${drivePath(meetingFilePath(folder, agendaName))}:/content`);
  if (agenda)
    sources.push({
      kind: 'agenda',
      fileName: agendaName,
      date: sentAt ?? content.start,
      description: agendaDescription(meeting, revision),
      caseNumbers: allCases,
      items: all,
      contentType: PDF,
      bytes: agenda,
    });
  else if (sentAt) missing.push(`${meetingFolderPath(folder)}/${agendaName}`);

  // The bilag as the approved minutes name them, each found in the folder by the address the minutes link to.
  const named = content.items.flatMap((item) => (item.bilag ?? []).filter((b) => b.url).map((b) => ({ item, bilag: b })));
  const files = named.length > 0 ? await folderFiles(graph, forum, meetingFolderPath(folder)) : [];
  for (const { item, bilag } of named) {
    const file = files.find((c) => c.webUrl && sameUrl(c.webUrl, bilag.url ?? ''));
    const driveId = file?.parentReference?.driveId;
    const bytes =
      file?.id && driveId
        ? await bytesAt(graph, `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(file.id)}/content`)
        : undefined;
    if (!file || !bytes) {
      missing.push(`${bilag.label} (${item.number}. ${item.title})`);
      continue;
    }
    const ext = /\.[A-Za-z0-9]{1,8}$/.exec(file.name ?? '')?.[0] ?? '';
    const caseNumber = caseNumberOf(item.agendaItemId);
    sources.push({
      kind: 'bilag',
      fileName: bilag.label.toLowerCase().endsWith(ext.toLowerCase()) ? bilag.label : `${bilag.label}${ext}`,
      date: sentAt ?? content.start,
      description: bilagDescription(bilag.label, meeting.items.find((m) => m.number === item.number) ?? item),
      caseNumbers: caseNumber ? [caseNumber] : [],
      items: [item.number],
      contentType: file.file?.mimeType ?? 'application/octet-stream',
      bytes,
    });
  }

  // The circulated PDF, with the approval appendix at its end.
  const finalName = safeDriveName(`${minutesFileBase(content, version.version, true)}.pdf`);
  const final = await bytesAt(graph, `/sites/${forum.siteId}/drive/root:/${drivePath(`${APPROVED_FOLDER}/${finalName}`)}:/content`);
  if (final)
    sources.push({
      kind: 'minutes',
      fileName: finalName,
      date: meeting.circulatedAt,
      description: minutesDescription(meeting),
      caseNumbers: allCases,
      items: all,
      contentType: PDF,
      bytes: final,
    });
  else missing.push(`${APPROVED_FOLDER}/${finalName}`);

  // The approval as counted (versions circulated before the trail was kept have it only in the PDF).
  if (version.circulatedTrail)
    sources.push({
      kind: 'approval',
      fileName: `Formandskabets godkendelse v${version.version}.txt`,
      date: version.circulatedTrail.at,
      description: approvalDescription(meeting),
      caseNumbers: allCases,
      items: all,
      contentType: TEXT_TYPE,
      bytes: text(approvalText(meeting, version.circulatedTrail)),
    });

  sources.push(...(await replySources(graph, forum, meetingItem.id ?? '', content, caseNumberOf)));
  return { sources, missing };
}

/** The replies to the written consultations whose outcome this meeting's minutes carry. */
async function replySources(
  graph: Graph,
  forum: Forum,
  meetingId: string,
  content: MinutesContent,
  caseNumberOf: (agendaItemId: string) => string | undefined,
): Promise<CaseFileSource[]> {
  const refs = new Set(content.items.flatMap((i) => i.consultationRef ?? []));
  const consultations = (await graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Consultations')))
    .map(toConsultation)
    .filter((c) => c.reference !== '' && (c.outcomeMeetingId === meetingId || refs.has(c.reference)));
  const out: CaseFileSource[] = [];
  for (const c of consultations.sort((a, b) => a.reference.localeCompare(b.reference))) {
    const item = content.items.find((i) => i.consultationRef === c.reference || (c.outcomeItemId && i.agendaItemId === c.outcomeItemId));
    const caseNumber = item ? caseNumberOf(item.agendaItemId) : undefined;
    const replies = (
      await graph.all<GraphListItem>(
        listItemsUrl(forum.siteId, 'ConsultationReplies', { filter: `fields/ConsultationRef eq ${odataString(c.reference)}` }),
      )
    )
      .map(toConsultationReply)
      .sort((a, b) => byIso(a.receivedAt, b.receivedAt));
    for (const r of replies) {
      const who = r.senderName || r.senderAddress;
      out.push({
        kind: 'consultation-reply',
        fileName: `Høringssvar ${c.reference} ${who}.txt`,
        date: r.receivedAt || c.closedAt || content.start,
        description: replyDescription(r, c),
        caseNumbers: caseNumber ? [caseNumber] : [],
        items: item ? [item.number] : [],
        sender: r.senderName ? `${r.senderName} <${r.senderAddress}>` : r.senderAddress,
        contentType: TEXT_TYPE,
        bytes: text(replyText(r, c)),
      });
    }
  }
  return out;
}
