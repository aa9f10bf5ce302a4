import { withCaseNumber } from '../domain/mail/case-number';
import type { Attachment, Message } from '@microsoft/microsoft-graph-types';
import type { MailMessage } from '../domain/mail/mail-types';
import type { Forum, Meeting, Submission } from '../domain/types';
import { batchResults } from '../graph/batch-results';
import { isForbidden, isNotFound } from '../graph/errors';
import { GraphError, type Graph, type GraphPage } from '../graph/graph-types';
import { messagesUrl } from './mail/mailbox-paths';
import { messageAttachments, toMailMessage, type MessageAttachment } from './mappers/mail-message-mapper';
import { copyOnceToMeetingFolder } from './meeting-folder';
import { createSubmission, findSubmission, NOTE_CAP } from './submission-create';
import { recordFileUrls, storedFileName } from './submission-files';
import { updateItemFields } from './update-item';

/**
 * Outlook's "Add to agenda": read the open message through Graph (from the person's mailbox or the forum's
 * shared submission mailbox), and record it as a submission once per Message-ID with its attachments copied
 * into the meeting's folder.
 */

/** The message Outlook has open: its REST id, and the shared mailbox it is in (if the host knows). */
export interface OpenMessage {
  readonly id: string;
  readonly sharedMailbox?: string;
}

export interface IntakeMessage {
  readonly id: string;
  /** The mailbox Graph found it in: a shared mailbox's address, or undefined for the person's own. */
  readonly mailbox?: string;
  readonly mail: MailMessage;
  /** ISO UTC. */
  readonly receivedAt: string;
  /** The file attachments (not inline images), with their ids. */
  readonly attachments: readonly MessageAttachment[];
}

export type IntakeForum = Pick<Forum, 'groupId' | 'siteId' | 'shortName'>;

/** The item as the secretary corrected it in the form. */
export interface AgendaItemInput {
  readonly title: string;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly presenter?: string;
  readonly durationMinutes?: number;
  readonly meetingHint?: string;
  readonly senderName: string;
  readonly senderAddress: string;
  readonly unknownSender: boolean;
}

export interface AddToAgendaRequest {
  readonly forum: IntakeForum;
  /** The meeting it is meant for: its folder receives the attachments. Without one they stay in the mail. */
  readonly meeting?: Pick<Meeting, 'id' | 'start' | 'title'>;
  readonly message: IntakeMessage;
  readonly item: AgendaItemInput;
}

export interface AddedToAgenda {
  readonly submission: Submission;
  /** False when the Message-ID was recorded already (pressed twice, another secretary, the intake sync). */
  readonly created: boolean;
  /** Attachments copied by this call. */
  readonly copied: number;
  /**
   * When the mail was recorded already: 'saved' — the secretary's corrections were written to that item (it was still
   * undecided); 'decided' — the chairs have decided on it, so it was left as it is; absent — nothing differed.
   */
  readonly corrections?: 'saved' | 'decided';
}

/** What the secretary corrects in the form, as the Submissions item holds it. */
function correctedFields(item: AgendaItemInput, meeting: Pick<Meeting, 'id'> | undefined): Record<string, string | number> {
  return {
    Title: item.title.slice(0, 255),
    Recommendations: item.recommendations.join('\n').slice(0, NOTE_CAP),
    Description: item.description.slice(0, NOTE_CAP),
    Presenter: (item.presenter ?? '').slice(0, 255),
    ...(item.durationMinutes !== undefined ? { DurationMinutes: item.durationMinutes } : {}),
    ...(meeting ? { MeetingId: meeting.id } : {}),
  };
}

/** The fields of a recorded submission that the form's corrections would change. */
function changedFields(s: Submission, fields: Record<string, string | number>): Record<string, string | number> {
  const now: Record<string, string | number | undefined> = {
    Title: s.title,
    Recommendations: s.recommendations.join('\n'),
    Description: s.description,
    Presenter: s.presenter ?? '',
    DurationMinutes: s.durationMinutes,
    MeetingId: s.meetingId ?? '',
  };
  return Object.fromEntries(Object.entries(fields).filter(([k, v]) => now[k] !== v));
}

export interface OutlookIntakeApi {
  /** Reads the open message; `fallbackMailboxes` are tried when the host named no shared mailbox and it is not the person's own. */
  load(open: OpenMessage, fallbackMailboxes?: readonly string[]): Promise<IntakeMessage>;
  /** The submission already recorded for this Message-ID in the forum, if any. */
  find(forum: IntakeForum, internetMessageId: string): Promise<Submission | undefined>;
  add(request: AddToAgendaRequest): Promise<AddedToAgenda>;
}

const MESSAGE_SELECT = 'id,subject,body,from,sender,toRecipients,receivedDateTime,internetMessageId,conversationId,internetMessageHeaders';
const ATTACHMENT_SELECT = 'id,name,contentType,size,isInline';

/** Names unique within one mail ("Bilag.pdf", "Bilag (2).pdf"), so two files never land on one path. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  });
}

export class OutlookIntakeStore implements OutlookIntakeApi {
  constructor(private readonly graph: Graph) {}

  async load(open: OpenMessage, fallbackMailboxes: readonly string[] = []): Promise<IntakeMessage> {
    const candidates = open.sharedMailbox ? [open.sharedMailbox] : [undefined, ...fallbackMailboxes];
    let lastError: unknown;
    for (const mailbox of candidates) {
      try {
        return await this.loadFrom(open.id, mailbox);
      } catch (error) {
        // Not in this mailbox (404), or not one the person may read (403): try the next one.
        if (!(isNotFound(error) || isForbidden(error))) throw error;
        lastError = error;
      }
    }
    throw lastError ?? new GraphError(404, 'ErrorItemNotFound', 'The message was not found.');
  }

  /** The message and its attachments' metadata, in one $batch (no attachment content yet). */
  private async loadFrom(id: string, mailbox: string | undefined): Promise<IntakeMessage> {
    const base = messagesUrl(mailbox, id);
    const [message, attachments] = await batchResults(this.graph, [
      { id: 'message', method: 'GET', url: `${base}?$select=${MESSAGE_SELECT}` },
      { id: 'attachments', method: 'GET', url: `${base}/attachments?$select=${ATTACHMENT_SELECT}&$top=100` },
    ]);
    if (!message?.ok || !attachments?.ok) {
      const failed = [message, attachments].flatMap((r) => (r && !r.ok ? [r.error] : []))[0];
      throw new GraphError(failed?.status ?? 500, failed?.code ?? 'UnknownError', failed?.graphMessage ?? 'Reading the message failed.');
    }
    const page = attachments.value as GraphPage<Attachment>;
    const graphMessage: Message = { ...(message.value as Message), attachments: page.value };
    return {
      id,
      ...(mailbox ? { mailbox } : {}),
      mail: toMailMessage(graphMessage),
      receivedAt: graphMessage.receivedDateTime ?? new Date().toISOString(),
      attachments: messageAttachments(page.value).filter((a) => !a.isInline),
    };
  }

  find(forum: IntakeForum, internetMessageId: string): Promise<Submission | undefined> {
    return findSubmission(this.graph, forum, internetMessageId, forum.shortName);
  }

  /**
   * Records the submission (once per Message-ID), then copies the attachments into the meeting's folder as
   * "<reference> <name>" and records their URLs with the item's eTag. A retry after a failure half-way finds the
   * item and copies only what is still missing; when everything is there it changes nothing.
   */
  async add({ forum, meeting, message, item }: AddToAgendaRequest): Promise<AddedToAgenda> {
    const internetMessageId = message.mail.internetMessageId;
    if (!internetMessageId) throw new GraphError(400, 'MissingInternetMessageId', 'The message has no Message-ID.');
    const names = uniqueNames(message.attachments.map((a) => a.name));
    const existing = await findSubmission(this.graph, forum, internetMessageId, forum.shortName);
    let submission: Submission;
    let created = false;
    if (existing) {
      submission = existing;
    } else {
      const result = await createSubmission(
        this.graph,
        forum,
        {
          internetMessageId,
          ...(message.mail.conversationId ? { conversationId: message.mail.conversationId } : {}),
          title: item.title,
          senderName: item.senderName,
          senderAddress: item.senderAddress,
          receivedAt: message.receivedAt,
          recommendations: item.recommendations,
          description: item.description,
          ...(item.presenter ? { presenter: item.presenter } : {}),
          ...(item.durationMinutes !== undefined ? { durationMinutes: item.durationMinutes } : {}),
          ...(item.meetingHint ? { meetingHint: item.meetingHint } : {}),
          ...withCaseNumber(message.mail.subject, item.title),
          ...(meeting ? { meetingId: meeting.id } : {}),
          attachments: message.attachments.map((a, i) => ({ name: names[i] ?? a.name, contentType: a.contentType, size: a.size })),
          source: 'outlook',
          unknownSender: item.unknownSender,
          receipt: 'pending',
        },
        forum.shortName,
      );
      submission = result.submission;
      created = result.created;
    }
    let corrections: AddedToAgenda['corrections'];
    if (!created) ({ submission, corrections } = await this.correct(forum, submission, correctedFields(item, meeting)));
    // Someone else's record (the intake sync, the compose form's mail): theirs to complete, not ours.
    if (submission.source !== 'outlook' || !meeting) return { submission, created, copied: 0, ...(corrections ? { corrections } : {}) };
    return {
      ...(await this.copyAttachments(forum, meeting, message, names, submission, created)),
      ...(corrections ? { corrections } : {}),
    };
  }

  /**
   * The mail was in already (the intake sync took it, or another secretary): the corrections typed in the form are
   * written to that item with If-Match while nobody has decided on it; once decided, the chairs' item stands.
   */
  private async correct(
    forum: IntakeForum,
    submission: Submission,
    fields: Record<string, string | number>,
  ): Promise<{ submission: Submission; corrections?: 'saved' | 'decided' }> {
    const changes = changedFields(submission, fields);
    if (Object.keys(changes).length === 0) return { submission };
    if (submission.status !== 'new') return { submission, corrections: 'decided' };
    await updateItemFields(this.graph, forum, 'Submissions', submission.id, submission.etag, changes);
    const fresh = await findSubmission(this.graph, forum, submission.internetMessageId, forum.shortName);
    return { submission: fresh ?? submission, corrections: 'saved' };
  }

  private async copyAttachments(
    forum: IntakeForum,
    meeting: Pick<Meeting, 'id' | 'start' | 'title'>,
    message: IntakeMessage,
    names: readonly string[],
    submission: Submission,
    created: boolean,
  ): Promise<AddedToAgenda> {
    const recorded = submission.attachments ?? [];
    const missing = message.attachments.flatMap((a, i) => {
      const name = names[i] ?? a.name;
      const entry = recorded.find((r) => r.name === name);
      return entry && !entry.url ? [{ attachment: a, name }] : [];
    });
    if (missing.length === 0) return { submission, created, copied: 0 };
    const base = `${messagesUrl(message.mailbox, message.id)}/attachments`;
    const urls = new Map<string, string>();
    let failure: { readonly error: unknown } | undefined;
    try {
      for (const { attachment, name } of missing) {
        const bytes = await this.graph.getBytes(`${base}/${encodeURIComponent(attachment.id)}/$value`);
        // Once: a file an earlier press wrote but did not record is taken as it is.
        const file = await copyOnceToMeetingFolder(
          this.graph,
          forum,
          meeting,
          storedFileName(submission, name),
          bytes,
          attachment.contentType,
        );
        urls.set(name, file.webUrl);
      }
    } catch (error) {
      failure = { error };
    }
    // What was copied before a failure is recorded first, so pressing again neither copies it twice nor lacks it.
    const updated = urls.size > 0 ? await recordFileUrls(this.graph, forum, submission, urls) : submission;
    if (failure) throw failure.error;
    return { submission: updated, created, copied: urls.size };
  }
}
