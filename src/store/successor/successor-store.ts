import { dateText } from '../../domain/date-format';
import {
  backlogOf,
  carriedActionKey,
  carriedNote,
  carriedSubmissionKey,
  continuingCandidates,
  handoverItem,
  handoverKey,
  openActions,
} from '../../domain/successor';
import { parseForumEnding, type ForumEnding } from '../../domain/forum-ending';
import { writtenByOwners } from '../../domain/forum-trust';
import { copenhagenDate } from '../../domain/copenhagen-time';
import type { ActionItem, Forum, ForumRef, Meeting, Submission } from '../../domain/types';
import { isAlreadyExists } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { ActionsStore } from '../actions/actions-store';
import { createOrFind } from '../create-or-find';
import { ConflictError } from '../failures';
import { ForumSettingsStore } from '../forum-settings-store';
import { MeetingStore } from '../forum-stores';
import {
  etagOf,
  Fields,
  itemId,
  listItemsCollectionUrl,
  listItemsUrl,
  odataString,
  writeStampOf,
  type FieldBag,
  type GraphListItem,
} from '../list-item';
import { toAgenda } from '../mappers/agenda-mapper';
import { toForumMember } from '../mappers/forum-mapper';
import { toSubmissions } from '../mappers/submission-mapper';
import { MembersStore } from '../members-store';
import { findSubmission, submissionFields } from '../submission-create';
import { updateItemFields } from '../update-item';
import {
  ForumItemChangedError,
  AlreadyEndedError,
  NoForumItemError,
  type HandoverPreview,
  type HandoverReport,
  type HandoverRequest,
  type SuccessorApi,
  type SuccessorRef,
} from './successor-api';

/**
 * Ends a forum and hands its work to the successor, once however often it runs (docs/RELIABILITY.md). In order:
 * 1. the old forum's Forum item records the end ("carrying", If-Match): a second secretary naming another successor
 *    meanwhile is refused, the same one goes on;
 * 2. each open action is copied under CorrelationId carried:<old group>:action:<id> (unique), each deferred item
 *    under InternetMessageId carried:<old group>:submission:<id> (unique) — a repeat after a lost answer meets 409
 *    and finds the copy; the members who continue are added unless listed (found by address, never twice);
 * 3. the successor without settings takes the old forum's (its meetings' standing items and deadlines);
 * 4. the successor's first meeting ahead gets one item listing what came over (CarriedFrom, found before made);
 * 5. the Forum item records "done" with the counts. Nothing of the old forum is changed or removed: its archive
 *    stays readable and says where its work went.
 */
export class SuccessorStore implements SuccessorApi {
  constructor(
    private readonly graph: Graph,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async preview(from: Forum): Promise<HandoverPreview> {
    const [actions, backlog, members] = await Promise.all([
      new ActionsStore(this.graph, this.clock).open(from, 'decide'),
      this.backlog(from),
      this.graph.all<GraphListItem>(listItemsUrl(from.siteId, 'Members')),
    ]);
    return { actions: openActions(actions), backlog, members: continuingCandidates(members.map(toForumMember)) };
  }

  async handOver(request: HandoverRequest): Promise<HandoverReport> {
    const { from, to } = request;
    if (from.groupId === to.groupId) throw new Error('A forum cannot succeed itself');
    const started = await this.recordEnding(from, to, request.by);
    const preview = await this.preview(from);
    const firstMeeting = await this.firstMeeting(to);

    const actions = new ActionsStore(this.graph, this.clock);
    for (const a of preview.actions) await actions.create(to, this.carriedAction(from, a, firstMeeting));
    for (const s of preview.backlog) await this.carrySubmission(from, to, s);
    const wanted = new Set(request.continuing.map((e) => e.trim().toLowerCase()));
    const continuing = preview.members.filter((m) => wanted.has(m.email));
    const members = new MembersStore(this.graph, to);
    for (const m of continuing) {
      await members.add({
        name: m.name,
        email: m.email,
        organisation: m.organisation,
        organisationKind: m.organisationKind,
        jobTitle: m.jobTitle,
        // A co-chair of the old forum is a member of the new one: its chairmanship is the new body's to name.
        role: m.role === 'observer' ? 'observer' : 'member',
        ...(m.substituteEmail ? { substituteEmail: m.substituteEmail } : {}),
        external: m.external,
      });
    }
    const settingsCopied = await this.copySettings(from, to);
    const item = firstMeeting ? await this.handoverAgendaItem(from, to, firstMeeting, preview) : undefined;

    const report: HandoverReport = {
      actions: preview.actions.length,
      backlog: preview.backlog.length,
      members: continuing.length,
      ...(firstMeeting && item
        ? { firstMeeting: { meetingId: firstMeeting.id, title: firstMeeting.title, start: firstMeeting.start, itemId: item } }
        : {}),
      settingsCopied,
    };
    await this.recordDone(from, started, report);
    return report;
  }

  private async backlog(forum: ForumRef & { readonly shortName?: string }): Promise<Submission[]> {
    const items = await this.graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/Status eq 'deferred'` }));
    return backlogOf(toSubmissions(forum.groupId, items, forum.shortName));
  }

  /**
   * The old forum's Forum item, to record its end on: only as the secretariat wrote it (forum-trust.ts) — a write of
   * ours would stamp the secretary as the last editor of settings someone else changed.
   */
  private async forumItem(ref: Pick<Forum, 'siteId' | 'owners' | 'trustedAppIds'>): Promise<GraphListItem | undefined> {
    const item = (await this.graph.get<{ value: GraphListItem[] }>(listItemsUrl(ref.siteId, 'Forum', { top: 1 }))).value[0];
    const stamp = item ? writeStampOf(item) : undefined;
    if (stamp && !writtenByOwners(stamp, ref.owners, ref.trustedAppIds))
      throw new ForumItemChangedError(stamp.modifiedByName || stamp.createdByName);
    return item;
  }

  /** Step 1: "carrying" on the old Forum item, with If-Match; a 412 re-reads and decides again (once more). */
  private async recordEnding(from: Forum, to: SuccessorRef, by: string, attempt = 0): Promise<ForumEnding> {
    const item = await this.forumItem(from);
    if (!item) throw new NoForumItemError();
    const current = parseForumEnding(Fields.of(item).optionalText('Successor'));
    if (current && current.successor.groupId !== to.groupId) throw new AlreadyEndedError(current.successor.name);
    if (current) return current;
    const ending: ForumEnding = {
      at: this.clock().toISOString(),
      by: by.slice(0, 255),
      successor: { groupId: to.groupId, name: to.name },
      state: 'carrying',
    };
    try {
      await updateItemFields(this.graph, from, 'Forum', itemId(item), etagOf(item), { Successor: JSON.stringify(ending) });
      return ending;
    } catch (error) {
      if (error instanceof ConflictError && attempt === 0) return this.recordEnding(from, to, by, 1);
      throw error;
    }
  }

  /** Step 5: "done", the counts, on the fresh eTag (a settings save meanwhile is not overwritten: only this column is). */
  private async recordDone(from: Forum, started: ForumEnding, report: HandoverReport, attempt = 0): Promise<void> {
    const item = await this.forumItem(from);
    if (!item) throw new NoForumItemError();
    const done: ForumEnding = {
      ...started,
      state: 'done',
      carried: { actions: report.actions, backlog: report.backlog, members: report.members },
    };
    try {
      await updateItemFields(this.graph, from, 'Forum', itemId(item), etagOf(item), { Successor: JSON.stringify(done) });
    } catch (error) {
      if (error instanceof ConflictError && attempt === 0) return this.recordDone(from, started, report, 1);
      throw error;
    }
  }

  /** The successor's first ordinary or extraordinary meeting ahead (not a planning meeting), if any. */
  private async firstMeeting(to: ForumRef): Promise<Meeting | undefined> {
    const upcoming = await new MeetingStore(this.graph, to).upcoming(this.clock());
    return upcoming.find((m) => m.kind !== 'planning');
  }

  private carriedAction(from: Forum, a: ActionItem, firstMeeting: Meeting | undefined) {
    return {
      title: a.title,
      ownerEmail: a.ownerEmail,
      ownerName: a.ownerName,
      due: a.due ? copenhagenDate(new Date(a.due)) : copenhagenDate(this.clock()),
      meetingId: firstMeeting?.id ?? '',
      notes: [carriedNote(from.name), a.notes ?? ''].filter((s) => s.trim() !== '').join('\n\n'),
      correlationId: carriedActionKey(from.groupId, a.id),
    };
  }

  /** A deferred item stays deferred in the successor (its backlog), under a key made from the old item's id. */
  private async carrySubmission(from: Forum, to: SuccessorRef, s: Submission): Promise<void> {
    const key = carriedSubmissionKey(from.groupId, s.id);
    if (await findSubmission(this.graph, to, key)) return;
    const fields: FieldBag = {
      ...submissionFields({
        internetMessageId: key,
        title: s.title,
        senderName: s.senderName,
        senderAddress: s.senderAddress,
        receivedAt: s.receivedAt,
        recommendations: s.recommendations,
        description: s.description,
        ...(s.presenter ? { presenter: s.presenter } : {}),
        ...(s.durationMinutes !== undefined ? { durationMinutes: s.durationMinutes } : {}),
        attachments: s.attachments ?? [],
        source: s.source ?? 'mail',
        unknownSender: s.unknownSender === true,
        // The sender had their receipt from the old forum: none goes again.
        receipt: 'off',
      }),
      Status: 'deferred',
      DecisionReason: [carriedNote(from.name), s.decisionReason ?? ''].filter((t) => t.trim() !== '').join(': '),
    };
    try {
      // Repeatable: InternetMessageId is unique, so a repeat after a lost answer meets 409 and the copy exists.
      await this.graph.post<GraphListItem>(listItemsCollectionUrl(to.siteId, 'Submissions'), { fields }, { repeatable: true });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }

  private async copySettings(from: Forum, to: SuccessorRef): Promise<boolean> {
    if (!from.settings) return false;
    const store = new ForumSettingsStore(this.graph, to);
    const current = await store.load();
    if (current.settings) return false;
    try {
      await store.save(current.item, { ...from.settings, name: to.name }, to.name);
      return true;
    } catch (error) {
      // Someone set the successor up meanwhile: its own settings stand.
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  /** The first agenda's item listing what came over; AgendaItems has no unique key, so it is found before it is made. */
  private async handoverAgendaItem(from: Forum, to: ForumRef, meeting: Meeting, preview: HandoverPreview): Promise<string> {
    const key = handoverKey(from.groupId);
    const existing = async (): Promise<{ id?: string; next: number }> => {
      const items = await this.graph.all<GraphListItem>(
        listItemsUrl(to.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(meeting.id)}` }),
      );
      const found = items.find((i) => Fields.of(i).text('CarriedFrom') === key);
      const numbers = toAgenda(items)
        .map((i) => i.number)
        .filter((n) => n < Number.MAX_SAFE_INTEGER);
      return { ...(found ? { id: itemId(found) } : {}), next: (numbers.length > 0 ? Math.max(...numbers) : 0) + 1 };
    };
    const before = await existing();
    if (before.id) return before.id;
    const text = handoverItem(from.name, preview.actions, preview.backlog, (iso) => dateText(iso));
    const fields: FieldBag = {
      Title: text.title,
      MeetingId: meeting.id,
      Number: before.next,
      DurationMinutes: 10,
      Recommendations: text.recommendations.join('\n'),
      Description: text.description,
      Standing: false,
      CarriedFrom: key,
    };
    return createOrFind(
      async () => itemId(await this.graph.post<GraphListItem>(listItemsCollectionUrl(to.siteId, 'AgendaItems'), { fields })),
      async () => (await existing()).id,
    );
  }
}

export function createSuccessorStore(graph: Graph, clock?: () => Date): SuccessorApi {
  return new SuccessorStore(graph, clock);
}
