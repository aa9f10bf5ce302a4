import type { Message } from '@microsoft/microsoft-graph-types';
import { actionReminderMail, dueInstant, dueReminders, sortActions } from '../../domain/actions';
import { writtenByOwners } from '../../domain/forum-trust';
import type { ActionItem, Forum, ForumRef } from '../../domain/types';
import { batchResults } from '../../graph/batch-results';
import { isAlreadyExists } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendOnce } from '../mail/send-once';
import { claimSlot, letGo, releaseClaim, takeClaim, type OwnedClaim } from '../claims-store';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type FieldBag, type GraphListItem } from '../list-item';
import { toActionItem } from '../mappers/action-mapper';
import { toMeeting } from '../mappers/meeting-mapper';
import { updateItemFields } from '../update-item';
import type { ActionsApi, NewAction, ReminderReport } from './actions-api';
import { approvedMinutes, type ArchiveForum } from './minutes-archive-store';
import type { ArchivedMinutes } from '../../domain/minutes-archive';

/**
 * Follow-up on decisions against the forum's Actions list. A create is idempotent by the dialog's CorrelationId
 * (a unique column): looked up first, and a 409 from a concurrent twin reads the one that won. Completing is
 * If-Match guarded. A reminder is claimed first (an owned claim, src/store/claims-store.ts), so of two runs only one
 * sends; ReminderSentAt is written as the claim is released. The mail carries a correlation id and is looked up
 * before sending (send-once.ts), so a retry after a failure, or a run taking over one that died, never sends it twice.
 *
 * Members may add and edit actions (an owner marks theirs done), so a reminder goes only for an action the
 * secretariat (or the forum's own application) created and changed last: the forum's mailbox never mails an address
 * or a text a member wrote into an action (DESIGN.md principle 9).
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

  private async query(forum: ForumRef, filter: string): Promise<ActionItem[]> {
    return sortActions((await this.graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Actions', { filter }))).map(toActionItem));
  }

  private async byCorrelation(forum: ForumRef, correlationId: string): Promise<ActionItem | undefined> {
    return (await this.query(forum, `fields/CorrelationId eq ${odataString(correlationId)}`))[0];
  }

  async create(forum: ForumRef, input: NewAction): Promise<ActionItem> {
    const fields = newActionFields(input);
    const existing = await this.byCorrelation(forum, input.correlationId);
    if (existing) return existing;
    try {
      // Repeatable: CorrelationId is unique, so a repeat after a lost answer gets 409 and finds the action below.
      return toActionItem(
        await this.graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'Actions'), { fields }, { repeatable: true }),
      );
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      // A twin (a double click, a retry whose first answer was lost) made it first: that one is ours.
      const mine = await this.byCorrelation(forum, input.correlationId);
      if (mine) return mine;
      throw error;
    }
  }

  open(forum: ForumRef): Promise<ActionItem[]> {
    return this.query(forum, `fields/Status eq 'open'`);
  }

  forOwner(forum: ForumRef, email: string): Promise<ActionItem[]> {
    return this.query(forum, `fields/OwnerEmail eq ${odataString(email.trim().toLowerCase())} and fields/Status eq 'open'`);
  }

  forMeeting(forum: ForumRef, meetingId: string): Promise<ActionItem[]> {
    return this.query(forum, `fields/MeetingId eq ${odataString(meetingId)}`);
  }

  async complete(forum: ForumRef, action: ActionItem): Promise<ActionItem> {
    if (action.status === 'done') return action;
    const doneAt = iso(this.clock());
    const updated = await updateItemFields(this.graph, forum, 'Actions', action.id, action.etag ?? '', { Status: 'done', DoneAt: doneAt });
    return { ...action, status: 'done', doneAt, ...(updated.etag ? { etag: updated.etag } : {}) };
  }

  async reopen(forum: ForumRef, action: ActionItem): Promise<ActionItem> {
    if (action.status !== 'done') return action;
    const updated = await updateItemFields(this.graph, forum, 'Actions', action.id, action.etag ?? '', { Status: 'open', DoneAt: null });
    const { doneAt: _done, ...open } = action;
    return { ...open, status: 'open', ...(updated.etag ? { etag: updated.etag } : {}) };
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

  approvedMinutes(forum: ArchiveForum): Promise<ArchivedMinutes[]> {
    return approvedMinutes(this.graph, forum);
  }

  async remindDue(forum: Forum, now: Date = this.clock()): Promise<ReminderReport> {
    const secretariats = (await this.open(forum)).filter((a) => writtenByOwners(a.stamp, forum.owners, forum.trustedAppIds));
    const due = dueReminders(secretariats, now);
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
