import { approvalRule, chairsOf, createdByOwners, writtenByOwners } from '../../domain/forum-trust';
import { frozenStatus, lateAnswers, trailOfCirculated } from '../../domain/minutes/circulated-trail';
import { circulationCheck } from '../../domain/minutes/circulation-check';
import { dismissMissing, newlySeen } from '../../domain/minutes/seen-answers';
import type { Approval, Forum, Meeting, MinutesVersion } from '../../domain/types';
import type { CaseFileResult } from '../case-file/case-file-api';
import { ConflictError } from '../failures';
import { updateItemFields } from '../update-item';
import type { Graph } from '../../graph/graph-types';
import { ApprovalStore, MinutesStore } from '../forum-stores';
import { listItemUrl, type GraphListItem } from '../list-item';
import { remindApprovals, remindDue, requestApprovals } from './approval-requests';
import { circulateMinutes } from './circulation';
import { closureOf, minutesClosureOf, reopenMinutes } from './closure';
import { freezeMinutes } from './freeze';
import { readVersion } from './minutes-shared';
import type { MinutesAppLinks, MinutesOverview, MinutesVersionsApi } from './minutes-versions-api';

/**
 * Minutes versions, approval requests, reminders and circulation (see freeze.ts, approval-requests.ts,
 * circulation.ts). This module and what it imports load on first use: the app reaches it through
 * the lazy boundary in src/store/stores.ts.
 */
export class MinutesVersionsStore implements MinutesVersionsApi {
  constructor(
    private readonly graph: Graph,
    private readonly links: MinutesAppLinks,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  freeze: MinutesVersionsApi['freeze'] = (forum, _meeting, content) => freezeMinutes(this.graph, forum, content, this.clock);

  requestApprovals: MinutesVersionsApi['requestApprovals'] = (forum, version, opts) =>
    requestApprovals(this.graph, forum, version.id, this.links, this.clock, opts?.previous ? true : undefined);

  remindApprovals: MinutesVersionsApi['remindApprovals'] = (forum, version, now, opts) =>
    remindApprovals(this.graph, forum, version.id, this.links, now ?? this.clock(), opts?.force === true);

  remindDue: MinutesVersionsApi['remindDue'] = (forum, now) => remindDue(this.graph, forum, this.links, now ?? this.clock());

  circulate: MinutesVersionsApi['circulate'] = (forum, meeting, version) =>
    circulateMinutes(this.graph, forum, meeting.id, version.id, this.clock);

  closure: MinutesVersionsApi['closure'] = (forum, meeting) => minutesClosureOf(this.graph, forum, meeting.id);

  reopen: MinutesVersionsApi['reopen'] = (forum, meeting, reason, by) =>
    reopenMinutes(this.graph, forum, meeting.id, reason, by, this.clock);

  async overview(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<MinutesOverview> {
    const [versions, meetingItem] = await Promise.all([
      new MinutesStore(this.graph, forum).forMeeting(meeting.id),
      this.graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Meetings', meeting.id)}?expand=fields`),
    ]);
    // Only the secretariat's versions count: one a member made is listed as such, never current. The secretariat's
    // latest stays current when someone else changed it since, and the check below says so and refuses it.
    const notSecretariats = versions.filter((v) => !createdByOwners(v.stamp, forum.owners, forum.trustedAppIds));
    const latest: MinutesVersion | undefined = versions.filter((v) => createdByOwners(v.stamp, forum.owners, forum.trustedAppIds)).at(-1);
    const [approvals, read] = latest
      ? await Promise.all([
          new ApprovalStore(this.graph, forum).forVersion(latest.id),
          readVersion(this.graph, forum, latest.id).catch(() => undefined),
        ])
      : [[], undefined];
    const current = latest ? await this.noteSeenAnswers(forum, read?.version ?? latest, approvals) : undefined;
    const items = read?.content?.items.map((i) => ({ agendaItemId: i.agendaItemId, number: i.number, title: i.title }));
    const fields = meetingItem.fields ?? {};
    const circulatedAt = typeof fields.MinutesCirculatedAt === 'string' ? fields.MinutesCirculatedAt : undefined;
    const circulatedHash =
      typeof fields.MinutesHash === 'string' && fields.MinutesHash !== '' ? fields.MinutesHash.toLowerCase() : undefined;
    const closure = closureOf(forum, meetingItem, versions);
    // The circulated version's trail is the one frozen on it (a version row someone else changed is not believed: its
    // trail is then what the chairs' own records said when it went out); later answers are late, never counted.
    const circulated = current !== undefined && closure.circulated?.id === current.id;
    const trail =
      current && circulated
        ? trailOfCirculated({
            version: current,
            versionIsSecretariats: writtenByOwners(current.stamp, forum.owners, forum.trustedAppIds),
            records: approvals,
            chairs: chairsOf(forum),
            required: approvalRule(forum),
            ...(circulatedAt ? { meetingCirculatedAt: circulatedAt } : {}),
          })
        : undefined;
    const check =
      current && !circulated ? circulationCheck({ forum, version: current, snapshotHash: read?.snapshotHash, approvals }) : undefined;
    const status = current && trail ? frozenStatus(trail, current.id) : check?.status;
    return {
      versions,
      approvals,
      closure,
      ...(current && status ? { current, status, ...(check?.blocker ? { blocker: check.blocker } : {}) } : {}),
      ...(trail ? { trail, late: lateAnswers(trail, approvals) } : {}),
      ...(notSecretariats.length > 0 ? { notSecretariats } : {}),
      ...(circulatedAt ? { circulatedAt } : {}),
      ...(circulatedHash ? { circulatedHash } : {}),
      ...(items ? { items } : {}),
    };
  }

  /** Keeps the chairs' answers the secretariat now sees on the version (If-Match; a lost race is caught next time). */
  private async noteSeenAnswers(forum: Forum, version: MinutesVersion, approvals: readonly Approval[]): Promise<MinutesVersion> {
    const fresh = newlySeen(version.seenAnswers ?? [], approvals, chairsOf(forum), version.contentHash);
    // Never written to a version someone else changed: the secretariat's write would make it look like its own again.
    if (
      fresh.length === 0 ||
      !version.etag ||
      version.status !== 'awaiting-approval' ||
      !writtenByOwners(version.stamp, forum.owners, forum.trustedAppIds)
    )
      return version;
    const seenAnswers = [...(version.seenAnswers ?? []), ...fresh];
    try {
      const updated = await updateItemFields(this.graph, forum, 'MinutesVersions', version.id, version.etag, {
        SeenAnswers: JSON.stringify(seenAnswers),
      });
      return { ...version, seenAnswers, ...(updated.etag ? { etag: updated.etag } : {}) };
    } catch (error) {
      if (error instanceof ConflictError) return version;
      throw error;
    }
  }

  async archivePackage(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<CaseFileResult> {
    // The archive package's code and the zip writer load when a secretary first asks for a package.
    const { createCaseFileStore } = await import('../case-file/case-file-store.js');
    return createCaseFileStore(this.graph, this.clock).archivePackage(forum, meeting);
  }

  async dismissMissingAnswers(forum: Forum, version: Pick<MinutesVersion, 'id'>, ids: readonly string[], by: string): Promise<void> {
    const { version: fresh } = await readVersion(this.graph, forum, version.id);
    const seenAnswers = dismissMissing(
      fresh.seenAnswers ?? [],
      ids,
      by,
      this.clock()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    );
    await updateItemFields(this.graph, forum, 'MinutesVersions', fresh.id, fresh.etag ?? '*', { SeenAnswers: JSON.stringify(seenAnswers) });
  }
}

export function createMinutesVersionsStore(graph: Graph, links: MinutesAppLinks, clock?: () => Date): MinutesVersionsApi {
  return new MinutesVersionsStore(graph, links, clock);
}
