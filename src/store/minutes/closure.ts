import { createdByOwners, writtenByOwners } from '../../domain/forum-trust';
import { minutesClosure, reopenReason, type MinutesClosure } from '../../domain/minutes/circulated-trail';
import type { Forum, MinutesReopening, MinutesVersion } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { ConflictError } from '../failures';
import { etagOf, Fields, listItemUrl, writeStampOf, type GraphListItem } from '../list-item';
import { reopeningsOf, toMinutesVersion } from '../mappers/minutes-mapper';
import { updateItemFields } from '../update-item';
import { ReopenReasonRequiredError } from './closure-errors';
import { versionItemsOf } from './minutes-shared';

export { MinutesClosedError, ReopenReasonRequiredError } from './closure-errors';

/**
 * Whether a meeting's minutes are closed by circulation, read fresh, and "Genåbn referat": the secretariat's reason,
 * name and time recorded on the meeting item (If-Match, so two reopenings never lose one) with the meeting back to
 * "held". The circulated version itself is never written again: its text, PDF and frozen trail stay as they went out.
 */

/** The closure as computed from a meeting item and its versions (also used where they were read already). */
export function closureOf(
  forum: Pick<Forum, 'owners' | 'trustedAppIds'>,
  meetingItem: GraphListItem,
  versions: readonly MinutesVersion[],
): MinutesClosure {
  const f = Fields.of(meetingItem);
  const hash = f.optionalText('MinutesHash')?.toLowerCase();
  const at = f.date('MinutesCirculatedAt');
  const latest = versions
    .filter((v) => createdByOwners(v.stamp, forum.owners, forum.trustedAppIds))
    .sort((a, b) => a.version - b.version)
    .at(-1);
  return minutesClosure({
    latest,
    meeting: {
      ...(at ? { circulatedAt: at } : {}),
      ...(hash ? { circulatedHash: hash } : {}),
      reopenings: reopeningsOf(f.text('MinutesReopened')),
      writtenBySecretariat: writtenByOwners(writeStampOf(meetingItem), forum.owners, forum.trustedAppIds),
    },
  });
}

async function readClosure(
  graph: Graph,
  forum: Forum,
  meetingId: string,
): Promise<{ closure: MinutesClosure; meetingItem: GraphListItem }> {
  const [meetingItem, versionItems] = await Promise.all([
    graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Meetings', meetingId)}?expand=fields`),
    versionItemsOf(graph, forum, meetingId),
  ]);
  return { closure: closureOf(forum, meetingItem, versionItems.map(toMinutesVersion)), meetingItem };
}

export async function minutesClosureOf(graph: Graph, forum: Forum, meetingId: string): Promise<MinutesClosure> {
  return (await readClosure(graph, forum, meetingId)).closure;
}

export type ReopenOutcome = 'reopened' | 'not-closed';

export interface ReopenResult {
  readonly outcome: ReopenOutcome;
  readonly reopening?: MinutesReopening;
}

const MAX_ATTEMPTS = 3;

export async function reopenMinutes(
  graph: Graph,
  forum: Forum,
  meetingId: string,
  reasonText: string,
  by: string,
  now: () => Date,
): Promise<ReopenResult> {
  const reason = reopenReason(reasonText);
  if (!reason) throw new ReopenReasonRequiredError();
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const { closure, meetingItem } = await readClosure(graph, forum, meetingId);
    if (!closure.closed || !closure.circulated)
      return { outcome: 'not-closed', ...(closure.reopened ? { reopening: closure.reopened } : {}) };
    const reopening: MinutesReopening = {
      version: closure.circulated.version,
      hash: closure.circulated.contentHash,
      reason,
      by,
      at: now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    };
    const earlier = reopeningsOf(Fields.of(meetingItem).text('MinutesReopened'));
    try {
      await updateItemFields(graph, forum, 'Meetings', meetingId, etagOf(meetingItem) || '*', {
        Status: 'held',
        MinutesReopened: JSON.stringify([...earlier, reopening]),
      });
      return { outcome: 'reopened', reopening };
    } catch (error) {
      // The meeting changed meanwhile (a save of the attendance, another reopening): read it again.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  throw new ConflictError('Meetings', meetingId);
}
