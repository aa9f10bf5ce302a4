import { forumApprovalStatus } from '../../domain/approval';
import { approvalRule, chairsOf, roleOf, shownAsSecretariats, writtenByOwners } from '../../domain/forum-trust';
import { frozenStatus, lateAnswers, trailOfCirculated } from '../../domain/minutes/circulated-trail';
import { diffBaseFor } from '../../domain/minutes/diff-base';
import { minutesHash, type MinutesContent } from '../../domain/minutes/minutes-content';
import { diffMinutes } from '../../domain/minutes/minutes-diff';
import { parseMinutesSnapshot } from '../../domain/minutes/minutes-snapshot';
import type { Approval, ApprovalItemComment, Forum, ForumRef, MinutesVersion } from '../../domain/types';
import { batchResults, type BatchResult } from '../../graph/batch-results';
import { resultOf, valueOf } from '../../graph/batch-reads';
import type { Graph, GraphPage, GraphRequest } from '../../graph/graph-types';
import { createOrFind } from '../create-or-find';
import { Fields, listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../list-item';
import { toMeeting } from '../mappers/meeting-mapper';
import { toApproval, toMinutesVersion } from '../mappers/minutes-mapper';
import { closureOf } from './closure';
import { MinutesClosedError } from './closure-errors';
import { CommentRequiredError, type ApprovalAnswer, type ApprovalViewApi, type ApprovalViewData } from './approval-view-types';
import { byIso } from '../../domain/iso-order';

/**
 * The approval view's data in two `$batch` rounds: the version item (its MeetingId is needed for the rest) and the
 * Approvals naming it; then the meeting's versions with their snapshots, the meeting's Approvals (the chair's answers
 * to earlier versions pick the diff base) and the meeting item. The chairs come from the forum the home loaded.
 */

const sha256 = (b: Uint8Array): Promise<ArrayBuffer> => globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(b));

const MAX_COMMENT = 10_000;

async function itemsOf(graph: Graph, results: readonly BatchResult[], id: string): Promise<GraphListItem[]> {
  const page = valueOf<GraphPage<GraphListItem>>(results, id);
  const next = page['@odata.nextLink'];
  return next ? [...page.value, ...(await graph.all<GraphListItem>(next))] : [...(page.value ?? [])];
}

const snapshotOf = (item: GraphListItem): string => {
  const value = (item.fields as Record<string, unknown> | undefined)?.SnapshotJson;
  return typeof value === 'string' ? value : '';
};

function contentOf(item: GraphListItem | undefined): MinutesContent | undefined {
  if (!item) return undefined;
  const read = parseMinutesSnapshot(snapshotOf(item));
  return read.ok ? read.content : undefined;
}

export async function loadApprovalView(
  graph: Graph,
  forum: Forum,
  versionId: string,
  me: { readonly id?: string; readonly email: string },
): Promise<ApprovalViewData> {
  const first = await batchResults(graph, [
    { id: 'version', method: 'GET', url: `${listItemUrl(forum.siteId, 'MinutesVersions', versionId)}?expand=fields` },
    {
      id: 'answers',
      method: 'GET',
      url: listItemsUrl(forum.siteId, 'Approvals', { filter: `fields/MinutesVersionId eq ${odataString(versionId)}` }),
    },
  ]);
  const versionItem = valueOf<GraphListItem>(first, 'version');
  const version = toMinutesVersion(versionItem);
  const meetingId = version.meetingId;
  const second: GraphRequest[] = meetingId
    ? [
        {
          id: 'versions',
          method: 'GET',
          url: listItemsUrl(forum.siteId, 'MinutesVersions', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }),
        },
        {
          id: 'approvals',
          method: 'GET',
          url: listItemsUrl(forum.siteId, 'Approvals', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }),
        },
        { id: 'meeting', method: 'GET', url: `${listItemUrl(forum.siteId, 'Meetings', meetingId)}?expand=fields` },
      ]
    : [];
  const rest = await batchResults(graph, second);
  const versionItems = meetingId ? await itemsOf(graph, rest, 'versions') : [versionItem];
  const meetingResult = resultOf(rest, 'meeting');
  // Unreadable, the meeting is simply not shown: the version and its answers are what the view is about.
  const meetingItem = meetingResult?.ok ? (meetingResult.value as GraphListItem) : undefined;
  const meeting = meetingItem ? toMeeting(forum.groupId, meetingItem) : undefined;
  // Records naming this version, plus the meeting's (a record may name the version but another meeting: keep both).
  const byId = new Map<string, Approval>();
  for (const a of [...(await itemsOf(graph, first, 'answers')), ...(meetingId ? await itemsOf(graph, rest, 'approvals') : [])].map(
    toApproval,
  ))
    byId.set(a.id, a);
  const allApprovals = [...byId.values()];

  const read = parseMinutesSnapshot(snapshotOf(versionItem));
  const content = read.ok ? read.content : undefined;
  const hashMatches = content !== undefined && version.contentHash !== '' && (await minutesHash(content, sha256)) === version.contentHash;
  // Only the secretariat's versions count: one anybody else made is not offered, and never makes another superseded.
  const bySecretariat = shownAsSecretariats(version.stamp, forum);
  const versions = versionItems
    .map(toMinutesVersion)
    .filter((v) => v.meetingId === meetingId && shownAsSecretariats(v.stamp, forum))
    .sort((a, b) => a.version - b.version);
  const superseded = version.status === 'superseded' || versions.some((v) => v.version > version.version);

  const chairs = chairsOf(forum);
  const myEmail = me.email.trim().toLowerCase();
  const isChair = chairs.some((c) => c.email.toLowerCase() === myEmail);
  const isSecretariat = roleOf(forum, me) === 'secretariat';
  const forThis = allApprovals.filter((a) => a.minutesVersionId === version.id);
  // Circulated: the version is closed. What counted is the trail frozen on it; an answer recorded since is late.
  const closure = meetingItem ? closureOf(forum, meetingItem, versionItems.map(toMinutesVersion)) : undefined;
  const circulated = (version.status === 'approved' && version.finalAt !== undefined) || closure?.circulated?.id === version.id;
  const circulatedAt = version.finalAt ?? (closure?.circulated?.id === version.id ? closure.circulatedAt : undefined);
  const meetingCirculatedAt = meetingItem ? new Fields(meetingItem.fields ?? {}).date('MinutesCirculatedAt') : undefined;
  const trail = circulated
    ? trailOfCirculated({
        version,
        versionIsSecretariats: writtenByOwners(version.stamp, forum.owners, forum.trustedAppIds),
        records: forThis,
        chairs: chairsOf(forum),
        required: approvalRule(forum),
        ...(meetingCirculatedAt ? { meetingCirculatedAt } : {}),
      })
    : undefined;
  const status = trail ? frozenStatus(trail, version.id) : forumApprovalStatus(forum, version, forThis);
  const state = status.chairs.find((s) => s.chair.email.toLowerCase() === myEmail);

  const baseVersion = diffBaseFor(version, versions, allApprovals, isChair ? myEmail : undefined);
  const baseContent = baseVersion ? contentOf(versionItems.find((i) => i.id === baseVersion.id)) : undefined;
  const base =
    baseVersion && baseContent && content
      ? { version: baseVersion, content: baseContent, diff: diffMinutes(baseContent, content) }
      : undefined;

  return {
    version,
    ...(content ? { content } : {}),
    ...(read.ok ? {} : { problem: read.problem }),
    hashMatches,
    bySecretariat,
    ...(meeting ? { meeting } : {}),
    versions,
    superseded,
    ...(circulated
      ? { circulated: { ...(circulatedAt ? { at: circulatedAt } : {}), ...(version.finalPdfUrl ? { pdfUrl: version.finalPdfUrl } : {}) } }
      : {}),
    ...(trail ? { late: lateAnswers(trail, forThis) } : {}),
    ...(base ? { base } : {}),
    status,
    approvals: [...forThis].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)),
    me: { isChair, isSecretariat, ...(state ? { state } : {}) },
  };
}

const trimmed = (text: string | undefined): string => (text ?? '').trim().slice(0, MAX_COMMENT);

/** The item comments worth keeping: non-empty, one per item (the last wins), capped. */
export function cleanItemComments(comments: readonly ApprovalItemComment[] | undefined): ApprovalItemComment[] {
  const byItem = new Map<string, string>();
  for (const c of comments ?? []) {
    const text = trimmed(c.comment);
    if (c.agendaItemId && text) byItem.set(c.agendaItemId, text);
    else byItem.delete(c.agendaItemId);
  }
  return [...byItem].map(([agendaItemId, comment]) => ({ agendaItemId, comment }));
}

export async function answerApproval(
  graph: Graph,
  ref: ForumRef,
  version: Pick<MinutesVersion, 'id' | 'meetingId' | 'contentHash'>,
  answer: ApprovalAnswer,
): Promise<Approval> {
  const comment = trimmed(answer.comment);
  const itemComments = cleanItemComments(answer.itemComments);
  if (answer.decision === 'changes-requested' && comment === '' && itemComments.length === 0) throw new CommentRequiredError();
  // Circulated minutes take no answer (an old link, a late change of mind): read fresh, refused before anything is written.
  if (await isCirculated(graph, ref, version)) throw new MinutesClosedError(version.meetingId);
  const fields: Record<string, string> = {
    Title: answer.decision === 'approved' ? 'Godkendt' : 'Ændringer ønsket',
    MinutesVersionId: version.id,
    MeetingId: version.meetingId,
    ContentHash: version.contentHash,
    Decision: answer.decision,
    Channel: answer.channel,
    ...(comment ? { Comment: comment } : {}),
    ...(itemComments.length > 0 ? { ItemComments: JSON.stringify(itemComments) } : {}),
  };
  // No identity among the fields: the rule reads the server-stamped createdBy. No unique key either: an answer whose
  // create lost its answer is found as the signed-in person's own record of it, never written twice.
  return createOrFind(
    async () => toApproval(await graph.post<GraphListItem>(listItemsCollectionUrl(ref.siteId, 'Approvals'), { fields })),
    () => ownAnswer(graph, ref, version.id, fields),
  );
}

async function isCirculated(
  graph: Graph,
  ref: ForumRef,
  version: Pick<MinutesVersion, 'id' | 'meetingId' | 'contentHash'>,
): Promise<boolean> {
  const [versionItem, meetingItem] = await Promise.all([
    graph.get<GraphListItem>(`${listItemUrl(ref.siteId, 'MinutesVersions', version.id)}?expand=fields`),
    version.meetingId
      ? graph.get<GraphListItem>(`${listItemUrl(ref.siteId, 'Meetings', version.meetingId)}?expand=fields`).catch(() => undefined)
      : Promise.resolve(undefined),
  ]);
  const fresh = toMinutesVersion(versionItem);
  if (fresh.status === 'approved' && fresh.finalAt !== undefined) return true;
  const hash = meetingItem?.fields?.MinutesHash;
  return typeof hash === 'string' && hash !== '' && hash.toLowerCase() === version.contentHash;
}

/** The signed-in person's newest Approvals record for the version with exactly these fields, if any. */
async function ownAnswer(
  graph: Graph,
  ref: ForumRef,
  versionId: string,
  fields: Readonly<Record<string, string>>,
): Promise<Approval | undefined> {
  const [me, items] = await Promise.all([
    graph.get<{ id?: string }>('/me?$select=id'),
    graph.all<GraphListItem>(listItemsUrl(ref.siteId, 'Approvals', { filter: `fields/MinutesVersionId eq ${odataString(versionId)}` })),
  ]);
  const same = (item: GraphListItem): boolean =>
    Object.entries(fields).every(([name, value]) => String(item.fields?.[name] ?? '') === value);
  const mine = items.filter((i) => me.id !== undefined && i.createdBy?.user?.id === me.id && same(i));
  const newest = mine.sort((a, b) => byIso(String(b.createdDateTime ?? ''), String(a.createdDateTime ?? '')))[0];
  return newest ? toApproval(newest) : undefined;
}

export function createApprovalViewStore(graph: Graph): ApprovalViewApi {
  return {
    load: (forum, versionId, me) => loadApprovalView(graph, forum, versionId, me),
    answer: (forum, version, answer) => answerApproval(graph, forum, version, answer),
  };
}
