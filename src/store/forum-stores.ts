import type {
  AgendaItem,
  Approval,
  Forum,
  ForumOwner,
  ForumRef,
  Meeting,
  MinutesVersion,
  Submission,
  SubmissionStatus,
} from '../domain/types';
import { isForbidden, isNotFound } from '../graph/errors';
import type { BatchResult } from '../graph/batch-results';
import type { Graph, GraphPage } from '../graph/graph-types';
import { listItemsUrl, odataString, type GraphListItem, type ListQuery } from './list-item';
import { toAgenda } from './mappers/agenda-mapper';
import { toForum, toForumOwners, type DirectoryObjectLike } from './mappers/forum-mapper';
import { toMeetings } from './mappers/meeting-mapper';
import { toApproval, toMinutesVersion } from './mappers/minutes-mapper';
import { toSubmissions } from './mappers/submission-mapper';
import type { ListName } from './schema';

/** The owners of the forum's group — the secretariat (a forum has a handful: one page). */
export const ownersUrl = (groupId: string): string =>
  `/groups/${encodeURIComponent(groupId)}/owners?$select=id,displayName,mail,userPrincipalName&$top=100`;

/** The owners from their `$batch` result; undefined when they could not be read (the forum then decides nothing). */
export function ownersFrom(result: BatchResult | undefined): ForumOwner[] | undefined {
  if (!result?.ok) return undefined;
  const page = result.value as GraphPage<DirectoryObjectLike> | undefined;
  return toForumOwners(page?.value ?? []);
}

/** Reads every item of one list of one forum (following `@odata.nextLink`). */
function items(graph: Graph, ref: ForumRef, list: ListName, query?: ListQuery): Promise<GraphListItem[]> {
  return graph.all<GraphListItem>(listItemsUrl(ref.siteId, list, query));
}

export class ForumStore {
  constructor(private readonly graph: Graph) {}

  /** The forum as it is now: settings, members and the group's owners, read together (decisions re-read it). */
  async load(ref: ForumRef): Promise<Forum> {
    const [forumItems, members, owners] = await Promise.all([
      items(this.graph, ref, 'Forum', { top: 1 }),
      items(this.graph, ref, 'Members'),
      forumOwners(this.graph, ref),
    ]);
    return toForum(ref, forumItems[0], members, owners);
  }
}

/** The group's owners (the secretariat); undefined when the caller may not read them. */
export async function forumOwners(graph: Graph, ref: ForumRef): Promise<ForumOwner[] | undefined> {
  try {
    return toForumOwners(await graph.all<DirectoryObjectLike>(ownersUrl(ref.groupId)));
  } catch (error) {
    if (isForbidden(error) || isNotFound(error)) return undefined;
    throw error;
  }
}

export class MeetingStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  /** Meetings starting at or after `from` (ISO UTC), in start order. */
  async from(from: string): Promise<Meeting[]> {
    return toMeetings(this.ref.groupId, await items(this.graph, this.ref, 'Meetings', { filter: `fields/Start ge ${odataString(from)}` }));
  }

  /** Meetings not yet over at `now` and not cancelled. */
  async upcoming(now: Date): Promise<Meeting[]> {
    const iso = now.toISOString();
    return (await this.from(new Date(now.getTime() - 24 * 3600 * 1000).toISOString())).filter(
      (m) => m.end >= iso && m.status !== 'cancelled',
    );
  }
}

export class SubmissionStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  async withStatus(status: SubmissionStatus): Promise<Submission[]> {
    return toSubmissions(
      this.ref.groupId,
      await items(this.graph, this.ref, 'Submissions', { filter: `fields/Status eq ${odataString(status)}` }),
    );
  }

  async fromSender(address: string): Promise<Submission[]> {
    const filter = `fields/SenderAddress eq ${odataString(address.toLowerCase())}`;
    return toSubmissions(this.ref.groupId, await items(this.graph, this.ref, 'Submissions', { filter }));
  }
}

export class AgendaStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  async forMeeting(meetingId: string): Promise<AgendaItem[]> {
    return toAgenda(await items(this.graph, this.ref, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }));
  }
}

export class MinutesStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  async awaitingApproval(): Promise<MinutesVersion[]> {
    return (await items(this.graph, this.ref, 'MinutesVersions', { filter: `fields/Status eq 'awaiting-approval'` })).map(toMinutesVersion);
  }

  async forMeeting(meetingId: string): Promise<MinutesVersion[]> {
    const found = await items(this.graph, this.ref, 'MinutesVersions', { filter: `fields/MeetingId eq ${odataString(meetingId)}` });
    return found.map(toMinutesVersion).sort((a, b) => a.version - b.version);
  }
}

export class ApprovalStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  async forVersion(minutesVersionId: string): Promise<Approval[]> {
    const filter = `fields/MinutesVersionId eq ${odataString(minutesVersionId)}`;
    return (await items(this.graph, this.ref, 'Approvals', { filter })).map(toApproval);
  }
}
