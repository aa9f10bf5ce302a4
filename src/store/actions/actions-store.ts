import type { Message } from '@microsoft/microsoft-graph-types';
import {
  actionsSetAside,
  markKey,
  type ActionMark,
  type ActionTrust,
  type OwnerMark,
  type SetAsideAction,
} from '../../domain/action-marks';
import { writerName, writtenByOwners } from '../../domain/forum-trust';
import { actionReminderMail, dueInstant, dueReminders } from '../../domain/actions';
import type { ActionItem, Forum, ForumRef, ForumWithOwners, SignedInUser } from '../../domain/types';
import type { ActionStatus } from '../../domain/vocabulary/minutes';
import { batchResults } from '../../graph/batch-results';
import { isAlreadyExists, isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendOnce } from '../mail/send-once';
import { claimSlot, letGo, releaseClaim, takeClaim, type OwnedClaim } from '../claims-store';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type FieldBag, type GraphListItem } from '../list-item';
import { toActionItem, toActionMark } from '../mappers/action-mapper';
import { createOrFind } from '../create-or-find';
import { toMeeting } from '../mappers/meeting-mapper';
import { updateItemFields } from '../update-item';
import { ActionIdTakenError, NotActionOwnerError, type ActionsApi, type NewAction, type ReminderReport } from './actions-api';
import { readActions } from './actions-read';
import { approvedMinutes } from './minutes-archive-store';
import type { ArchivedMinutes } from '../../domain/minutes-archive';

/**
 * Follow-up on decisions against the forum's Actions list. A create is idempotent by the dialog's CorrelationId
 * (a unique column): looked up first, and a 409 from a concurrent twin reads the one that won. Completing is
 * If-Match guarded. A reminder is claimed first (an owned claim, src/store/claims-store.ts), so of two runs only one
 * sends; ReminderSentAt is written as the claim is released. The mail carries a correlation id and is looked up
 * before sending (send-once.ts), so a retry after a failure, or a run taking over one that died, never sends it twice.
 *
 * Actions are the secretariat's: the tenant lets members only read them, and every read here lists only the actions
 * the secretariat (or the forum's own application) created and changed last — on a site without those permissions a
 * member's invented or edited action is nobody's: not listed, not on an agenda, never reminded. An action's owner
 * marks it done on their own ActionMarks record (add and edit own), which counts only for the action whose owner
 * wrote it (domain/action-marks.ts, DESIGN.md principle 9).
 */

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const MAX_TITLE = 255;

export function newActionFields(input: NewAction): FieldBag {
  const title = input.title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
  const ownerEmail = input.ownerEmail.trim().toLowerCase();
  if (title === '') throw new Error('An action needs a text.');
  if (!/^[^\s@]+@[^\s@]+$/.test(ownerEmail)) throw new Error(`Not an e-mail address: "${input.ownerEmail}"`);
  if (input.correlationId.trim() === '') throw new Error('An action needs a correlation id.');
  return {
    Title: title,
    OwnerEmail: ownerEmail,
    OwnerName: input.ownerName.trim().slice(0, 255) || ownerEmail,
    Due: dueInstant(input.due),
    MeetingId: input.meetingId,
    Status: 'open',
    CorrelationId: input.correlationId,
    ...(input.agendaItemId ? { AgendaItemId: input.agendaItemId } : {}),
    ...(input.consultationRef ? { ConsultationRef: input.consultationRef } : {}),
    ...(input.notes?.trim() ? { Notes: input.notes.trim().slice(0, 10_000) } : {}),
  };
}

export class ActionsStore implements ActionsApi {
  constructor(
    private readonly graph: Graph,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private query(forum: ForumWithOwners, filter: string, trust: ActionTrust = 'show'): Promise<ActionItem[]> {
    return readActions(this.graph, forum, filter, trust);
  }

  /**
   * The item with this creating dialog's (or run's) id: a retry finds what the first attempt made. One somebody else
   * wrote under the id (a site without the tenant's permissions) is not ours: the create stops, naming them, instead of
   * taking it for done — a member's item must not stand in for the secretariat's to-do.
   */
  private async byCorrelation(forum: ForumWithOwners, correlationId: string): Promise<ActionItem | undefined> {
    const items = await this.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'Actions', { filter: `fields/CorrelationId eq ${odataString(correlationId)}` }),
    );
    const found = items.map(toActionItem)[0];
    if (found && forum.owners && !writtenByOwners(found.stamp, forum.owners, forum.trustedAppIds)) {
      throw new ActionIdTakenError(correlationId, writerName(found.stamp));
    }
    return found;
  }

  async create(forum: ForumWithOwners, input: NewAction): Promise<ActionItem> {
    return this.createOnce(forum, input.correlationId, newActionFields(input));
  }

  /** An Actions item with this CorrelationId (in `fields`), made once however often asked: an earlier one is returned. */
  private async createOnce(forum: ForumWithOwners, correlationId: string, fields: FieldBag): Promise<ActionItem> {
    const existing = await this.byCorrelation(forum, correlationId);
    if (existing) return existing;
    try {
      // Repeatable: CorrelationId is unique, so a repeat after a lost answer gets 409 and finds the action below.
      return toActionItem(
        await this.graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'Actions'), { fields }, { repeatable: true }),
      );
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      // A twin (a double click, a retry whose first answer was lost) made it first: that one is ours.
      const mine = await this.byCorrelation(forum, correlationId);
      if (mine) return mine;
      throw error;
    }
  }

  /** The open ones among the actions the conditions select: open on the list, and not marked done by their owner. */
  private async openWhere(forum: ForumWithOwners, trust: ActionTrust, ...conditions: string[]): Promise<ActionItem[]> {
    const filter = [...conditions, `fields/Status eq 'open'`].join(' and ');
    return (await this.query(forum, filter, trust)).filter((a) => a.status === 'open');
  }

  /** `decide` for what acts on them (a reminder, the agenda, carrying them to a successor): nothing while the owners are unread. */
  open(forum: ForumWithOwners, trust: ActionTrust = 'show'): Promise<ActionItem[]> {
    return this.openWhere(forum, trust);
  }

  forOwner(forum: ForumWithOwners, email: string): Promise<ActionItem[]> {
    return this.openWhere(forum, 'show', `fields/OwnerEmail eq ${odataString(email.trim().toLowerCase())}`);
  }

  forMeeting(forum: ForumWithOwners, meetingId: string): Promise<ActionItem[]> {
    return this.query(forum, `fields/MeetingId eq ${odataString(meetingId)}`);
  }

  async setAside(forum: ForumWithOwners): Promise<SetAsideAction[]> {
    const items = await this.graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Actions'));
    return actionsSetAside(items.map(toActionItem), forum);
  }

  /**
   * The secretariat's own now, as it reads: saved again (If-Match) when it made it — its text, owner, due day and status
   * as they stand — or, one a member made, copied to an item of its own (found again on a retry by its CorrelationId)
   * and the member's deleted. Reminders start afresh on the copy.
   */
  async confirm(forum: ForumWithOwners, entry: SetAsideAction): Promise<ActionItem> {
    const { action } = entry;
    const held = {
      Title: action.title,
      OwnerEmail: action.ownerEmail,
      OwnerName: action.ownerName,
      Due: action.due,
      MeetingId: action.meetingId,
      Status: action.status,
      DoneAt: action.doneAt ?? null,
      Notes: action.notes ?? null,
    };
    if (entry.createdBySecretariat) {
      const updated = await updateItemFields(this.graph, forum, 'Actions', action.id, action.etag ?? '', held);
      return { ...action, ...(updated.etag ? { etag: updated.etag } : {}) };
    }
    const correlationId = `confirmed:${action.id}`;
    const copy = await this.createOnce(forum, correlationId, {
      ...held,
      CorrelationId: correlationId,
      ...(action.agendaItemId ? { AgendaItemId: action.agendaItemId } : {}),
      ...(action.consultationRef ? { ConsultationRef: action.consultationRef } : {}),
    });
    await this.discard(forum, action);
    return copy;
  }

  /** Deletes an action set aside (If-Match: changed since it was read, it is a ConflictError); gone already is done. */
  async discard(forum: ForumRef, action: ActionItem): Promise<void> {
    try {
      await this.graph.delete(listItemUrl(forum.siteId, 'Actions', action.id), { ifMatch: action.etag ?? '*' });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async complete(forum: ForumRef, action: ActionItem): Promise<ActionItem> {
    if (action.status === 'done') return action;
    const doneAt = iso(this.clock());
    const updated = await updateItemFields(this.graph, forum, 'Actions', action.id, action.etag ?? '', { Status: 'done', DoneAt: doneAt });
    return { ...action, status: 'done', doneAt, ...(updated.etag ? { etag: updated.etag } : {}) };
  }

  /**
   * Also an action its owner marked done: ReopenedMark names that mark as it is now (id and eTag), which then counts no
   * longer — until its owner writes it again. No clocks compared: the eTag changes with every write.
   */
  async reopen(forum: ForumRef, action: ActionItem): Promise<ActionItem> {
    if (action.status !== 'done') return action;
    const overridden = action.doneBy === 'owner' && action.ownerMark ? markKey(action.ownerMark) : undefined;
    const fields = { Status: 'open', DoneAt: null, ...(overridden ? { ReopenedMark: overridden } : {}) };
    const updated = await updateItemFields(this.graph, forum, 'Actions', action.id, action.etag ?? '', fields);
    const { doneAt: _done, doneBy: _by, ...open } = action;
    return { ...open, status: 'open', ...(updated.etag ? { etag: updated.etag } : {}) };
  }

  async mark(forum: ForumRef, action: ActionItem, status: ActionStatus, me: SignedInUser): Promise<ActionItem> {
    if (me.email.trim().toLowerCase() !== action.ownerEmail) throw new NotActionOwnerError(action.ownerEmail);
    // Already so — or done by the secretariat, which the owner's record does not undo.
    if (action.status === status || (action.status === 'done' && action.doneBy !== 'owner')) return action;
    // Written again even when the record already says so: a "done" written after the secretariat reopened counts.
    const mine = action.ownerMark;
    let ownerMark: OwnerMark;
    if (mine) {
      const updated = await updateItemFields(this.graph, forum, 'ActionMarks', mine.id, mine.etag ?? '', { Status: status });
      ownerMark = { id: mine.id, status, ...(updated.etag ? { etag: updated.etag } : {}) };
    } else {
      // No unique key (a member could take the owner's key first): a create whose answer was lost is found among the
      // person's own records, never repeated.
      const fields = { Title: status === 'done' ? 'Udført' : 'Åben igen', ActionId: action.id, Status: status };
      const made = await createOrFind(
        () => this.graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'ActionMarks'), { fields }).then(toActionMark),
        () => this.ownMark(forum, action.id, me, status),
      );
      ownerMark = { id: made.id, status, ...(made.etag ? { etag: made.etag } : {}) };
    }
    if (status === 'done') return { ...action, status: 'done', doneAt: iso(this.clock()), doneBy: 'owner', ownerMark };
    const { doneAt: _done, doneBy: _by, ...open } = action;
    return { ...open, status: 'open', ownerMark };
  }

  /** The person's own mark of the action with this status, if a create of it went through. */
  private async ownMark(forum: ForumRef, actionId: string, me: SignedInUser, status: ActionStatus): Promise<ActionMark | undefined> {
    const items = await this.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'ActionMarks', { filter: `fields/ActionId eq ${odataString(actionId)}` }),
    );
    return items.map(toActionMark).find((m) => m.stamp.createdById === me.id && m.status === status);
  }

  /** The meetings the actions were decided at, for the mails (one $batch). */
  private async meetingTitles(forum: Forum, ids: readonly string[]): Promise<Map<string, { title: string; start?: string }>> {
    const unique = [...new Set(ids.filter((id) => id !== ''))];
    const results = await batchResults(
      this.graph,
      unique.map((id, i) => ({ id: `m${i}`, method: 'GET' as const, url: `${listItemUrl(forum.siteId, 'Meetings', id)}?expand=fields` })),
    );
    const out = new Map<string, { title: string; start?: string }>();
    unique.forEach((id, i) => {
      const r = results[i];
      if (!r?.ok) return;
      const meeting = toMeeting(forum.groupId, r.value as GraphListItem);
      if (meeting) out.set(id, { title: meeting.title, start: meeting.start });
    });
    return out;
  }

  private message(forum: Forum, action: ActionItem, meeting: { title: string; start?: string } | undefined): Message {
    const mail = actionReminderMail(forum.name, action, meeting?.title ?? '', meeting?.start);
    const box = forum.mailbox.trim();
    return {
      subject: mail.subject,
      body: { contentType: 'html', content: String(mail.html) },
      toRecipients: [{ emailAddress: { address: action.ownerEmail, ...(action.ownerName ? { name: action.ownerName } : {}) } }],
      ...(box ? { replyTo: [{ emailAddress: { address: box, name: forum.name } }] } : {}),
    };
  }

  approvedMinutes(forum: ForumWithOwners): Promise<ArchivedMinutes[]> {
    return approvedMinutes(this.graph, forum);
  }

  async remindDue(forum: Forum, now: Date = this.clock()): Promise<ReminderReport> {
    const due = dueReminders(await this.open(forum, 'decide'), now);
    if (due.length === 0) return { sent: [], skipped: 0, failed: [] };
    const meetings = await this.meetingTitles(
      forum,
      due.map((a) => a.meetingId),
    );
    const sent: ActionItem[] = [];
    const failed: { action: ActionItem; error: string }[] = [];
    let skipped = 0;
    for (const action of due) {
      const at = iso(now);
      let owned: OwnedClaim;
      try {
        const taken = await takeClaim(
          this.graph,
          forum,
          claimSlot('action-reminder', action.id),
          { etag: action.etag ?? '', claim: action.claim },
          { step: 'action-reminder', now },
        );
        if (taken.outcome !== 'taken') {
          skipped += 1; // another run has it, or won the race: the next run looks again
          continue;
        }
        owned = taken.owned;
      } catch (error) {
        failed.push({ action, error: error instanceof Error ? error.message : String(error) });
        continue;
      }
      try {
        await sendOnce(
          this.graph,
          forum.mailbox,
          [{ correlation: `action:${action.id}:remind`, message: this.message(forum, action, meetings.get(action.meetingId)) }],
          { resume: true, kind: ONCE_MAIL.actionReminder },
        );
        const recorded = await releaseClaim(this.graph, forum, owned, { ReminderSentAt: at });
        const { claim: _claim, ...rest } = action;
        sent.push({ ...rest, reminderSentAt: at, ...(recorded.etag ? { etag: recorded.etag } : {}) });
      } catch (error) {
        failed.push({ action, error: error instanceof Error ? error.message : String(error) });
        // Let go so the next run tries again at once (the mail's correlation id keeps that from doubling).
        await letGo(this.graph, forum, owned);
      }
    }
    return { sent, skipped, failed };
  }
}

export function createActionsStore(graph: Graph, clock?: () => Date): ActionsApi {
  return new ActionsStore(graph, clock);
}
