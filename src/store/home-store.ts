import type { User } from '@microsoft/microsoft-graph-types';
import { copenhagenYear } from '../domain/copenhagen-time';
import type { ForumRef, SignedInUser } from '../domain/types';
import { batchResults, type BatchResult } from '../graph/batch-results';
import { isForbidden, isNotFound } from '../graph/errors';
import { GraphError, type Graph, type GraphPage, type GraphRequest } from '../graph/graph-types';
import { roleOf } from '../domain/forum-trust';
import { ownersFrom, ownersUrl } from './forum-stores';
import { type ForumHome, type HomeData, type HomeApi, type SkipReason } from './home-data';
import { listItemsUrl, odataString, type GraphListItem } from './list-item';
import { toForum } from './mappers/forum-mapper';
import { toForumDeadlines } from './mappers/forum-settings-mapper';
import { toMeetings } from './mappers/meeting-mapper';
import { toApproval, toMinutesVersion } from './mappers/minutes-mapper';
import { toSubmissions } from './mappers/submission-mapper';
import type { ListName } from './schema';

const HOME_LISTS = ['Forum', 'Members', 'Meetings', 'Submissions', 'MinutesVersions', 'Approvals'] as const satisfies readonly ListName[];
type HomeList = (typeof HOME_LISTS)[number];

const DAY_MS = 24 * 3600 * 1000;

/** 1 January 00:00 in Copenhagen (always CET, UTC+1) of the year `now` falls in there, as ISO UTC. */
export function copenhagenYearStart(now: Date): string {
  const year = copenhagenYear(now);
  return `${year - 1}-12-31T23:00:00Z`;
}

function homeRequests(ref: ForumRef, index: number, now: Date): GraphRequest[] {
  const since = new Date(now.getTime() - 365 * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const queries: Record<HomeList, Parameters<typeof listItemsUrl>[2]> = {
    Forum: { top: 1 },
    Members: {},
    Meetings: { filter: `fields/Start ge ${odataString(copenhagenYearStart(now))}` },
    Submissions: { filter: `fields/ReceivedAt ge ${odataString(since)}` },
    MinutesVersions: { filter: `fields/Status eq 'awaiting-approval'` },
    Approvals: {},
  };
  return [
    ...HOME_LISTS.map((list): GraphRequest => ({
      id: `${index}:${list}`,
      method: 'GET',
      url: listItemsUrl(ref.siteId, list, queries[list]),
    })),
    { id: `${index}:owners`, method: 'GET', url: ownersUrl(ref.groupId) },
  ];
}

function toSignedInUser(me: User): SignedInUser {
  const email = (me.mail ?? me.userPrincipalName ?? '').toLowerCase();
  return { id: me.id ?? '', name: me.displayName ?? email, email };
}

/**
 * Loads every configured forum's home data — the person (`/me`) plus each forum's Forum, Members, Meetings,
 * Submissions, MinutesVersions and Approvals — in ONE `$batch` (the facade splits into batches of 20, sent
 * together). Only a list longer than a page costs a second, parallel round trip for its next pages.
 * A forum answering 403 (not a member) or 404 is skipped, not an error.
 */
export class HomeStore implements HomeApi {
  constructor(
    private readonly graph: Graph,
    private readonly forums: readonly ForumRef[],
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async load(): Promise<HomeData> {
    const now = this.clock();
    const requests: GraphRequest[] = [
      { id: 'me', method: 'GET', url: '/me?$select=id,displayName,mail,userPrincipalName' },
      ...this.forums.flatMap((ref, i) => homeRequests(ref, i, now)),
    ];
    const results = new Map((await batchResults(this.graph, requests)).map((r) => [r.id, r]));
    const meResult = results.get('me');
    if (!meResult) throw new GraphError(0, 'missingResponse', 'No answer for /me');
    if (!meResult.ok) throw meResult.error;
    const me = toSignedInUser(meResult.value as User);

    const forums: ForumHome[] = [];
    const skipped: { ref: ForumRef; reason: SkipReason }[] = [];
    const loaded = await Promise.all(this.forums.map((ref, i) => this.forumLists(results, i)));
    this.forums.forEach((ref, i) => {
      const lists = loaded[i];
      if (lists === undefined) return;
      if ('skip' in lists) {
        skipped.push({ ref, reason: lists.skip });
        return;
      }
      const forum = toForum(ref, lists.Forum[0], lists.Members, ownersFrom(results.get(`${i}:owners`)));
      const role = roleOf(forum, me);
      forums.push({
        forum,
        ...(role ? { role } : {}),
        meetings: toMeetings(ref.groupId, lists.Meetings),
        submissions: toSubmissions(ref.groupId, lists.Submissions),
        minutesAwaitingApproval: lists.MinutesVersions.map(toMinutesVersion),
        approvals: lists.Approvals.map(toApproval),
        deadlines: toForumDeadlines(lists.Forum[0]),
      });
    });
    return { me, forums, skipped, loadedAt: now.toISOString() };
  }

  /** One forum's lists from the batch, following nextLinks (all in parallel); or why it is skipped. */
  private async forumLists(
    results: ReadonlyMap<string, BatchResult>,
    index: number,
  ): Promise<Record<HomeList, GraphListItem[]> | { skip: SkipReason }> {
    const result = {} as Record<HomeList, GraphListItem[]>;
    const pages = {} as Record<HomeList, GraphPage<GraphListItem> | undefined>;
    for (const list of HOME_LISTS) {
      const answer = results.get(`${index}:${list}`);
      if (!answer) throw new GraphError(0, 'missingResponse', `No answer for ${list}`);
      if (!answer.ok && isForbidden(answer.error)) return { skip: 'not-a-member' };
      if (!answer.ok && isNotFound(answer.error)) return { skip: 'not-found' };
      if (!answer.ok) throw answer.error;
      pages[list] = answer.value as GraphPage<GraphListItem> | undefined;
    }
    await Promise.all(
      HOME_LISTS.map(async (list) => {
        const page = pages[list] ?? { value: [] };
        const next = page['@odata.nextLink'];
        result[list] = next ? [...page.value, ...(await this.graph.all<GraphListItem>(next))] : [...(page.value ?? [])];
      }),
    );
    return result;
  }
}
