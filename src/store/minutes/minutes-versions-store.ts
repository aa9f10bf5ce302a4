import { approvalStatus } from '../../domain/approval';
import { approvalsRequired } from '../../domain/commissorium';
import type { Forum, Meeting, MinutesVersion } from '../../domain/types';
import type { Graph } from '../../graph/types';
import { ApprovalStore, MinutesStore } from '../forum-stores';
import { listItemUrl, type GraphListItem } from '../list-item';
import { remindApprovals, remindDue, requestApprovals } from './approval-requests';
import { circulateMinutes } from './circulation';
import { freezeMinutes } from './freeze';
import { chairsOf, loadVersion } from './minutes-shared';
import type { MinutesAppLinks, MinutesOverview, MinutesVersionsApi } from './minutes-versions-api';

/**
 * Minutes versions, approval requests, reminders and circulation (see freeze.ts, approval-requests.ts,
 * circulation.ts). This module and what it imports load on first use: the app reaches it through
 * src/store/lazy-minutes.ts.
 */
export class MinutesVersionsStore implements MinutesVersionsApi {
  constructor(
    private readonly graph: Graph,
    private readonly links: MinutesAppLinks,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  freeze: MinutesVersionsApi['freeze'] = (forum, _meeting, content) => freezeMinutes(this.graph, forum, content, this.clock);

  requestApprovals: MinutesVersionsApi['requestApprovals'] = (forum, version, opts) => requestApprovals(this.graph, forum, version.id, this.links, this.clock, opts?.previous ? true : undefined);

  remindApprovals: MinutesVersionsApi['remindApprovals'] = (forum, version, now, opts) => remindApprovals(this.graph, forum, version.id, this.links, now ?? this.clock(), opts?.force === true);

  remindDue: MinutesVersionsApi['remindDue'] = (forum, now) => remindDue(this.graph, forum, this.links, now ?? this.clock());

  circulate: MinutesVersionsApi['circulate'] = (forum, meeting, version) => circulateMinutes(this.graph, forum, meeting.id, version.id, this.clock);

  async overview(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<MinutesOverview> {
    const [versions, meetingItem] = await Promise.all([
      new MinutesStore(this.graph, forum).forMeeting(meeting.id),
      this.graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Meetings', meeting.id)}?expand=fields`),
    ]);
    const current: MinutesVersion | undefined = versions.at(-1);
    const [approvals, loaded] = current ? await Promise.all([new ApprovalStore(this.graph, forum).forVersion(current.id), loadVersion(this.graph, forum, current.id).catch(() => undefined)]) : [[], undefined];
    const items = loaded?.content.items.map((i) => ({ agendaItemId: i.agendaItemId, number: i.number, title: i.title }));
    const fields = meetingItem.fields ?? {};
    const circulatedAt = typeof fields.MinutesCirculatedAt === 'string' ? fields.MinutesCirculatedAt : undefined;
    const circulatedHash = typeof fields.MinutesHash === 'string' && fields.MinutesHash !== '' ? fields.MinutesHash.toLowerCase() : undefined;
    return {
      versions,
      approvals,
      ...(current ? { current, status: approvalStatus(current, approvals, chairsOf(forum), approvalsRequired(forum.settings)) } : {}),
      ...(circulatedAt ? { circulatedAt } : {}),
      ...(circulatedHash ? { circulatedHash } : {}),
      ...(items ? { items } : {}),
    };
  }
}

export function minutesVersionsStore(graph: Graph, links: MinutesAppLinks, clock?: () => Date): MinutesVersionsApi {
  return new MinutesVersionsStore(graph, links, clock);
}
