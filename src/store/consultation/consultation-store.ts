import type { Message } from '@microsoft/microsoft-graph-types';
import { consultationMail, outcomeMail, reminderMail, type ConsultationMail } from '../../domain/consultation/mail';
import { buildOutcomeDocument, outcomeFileBase } from '../../domain/consultation/outcome-document';
import { nextReference } from '../../domain/consultation/reference';
import { reminderAllowed, reminderDue, reminderRecipients, reminderTime } from '../../domain/consultation/reminder';
import { chairAddresses, consultationHash, countedSignOffs, readyToSend } from '../../domain/consultation/sign-off';
import { integrityProblem, shownAsSecretariats, writtenByOwners } from '../../domain/forum-trust';
import { canClose, tallyReplies } from '../../domain/consultation/tally';
import type {
  Consultation,
  ConsultationAttachment,
  ConsultationRecipient,
  ConsultationReply,
} from '../../domain/consultation/consultation-types';
import { copenhagenYear } from '../../domain/copenhagen-time';
import type { ClaimStep } from '../../domain/claims';
import type { ConsultationVerdict } from '../../domain/mail/mail-types';
import type { Forum, SignedInUser } from '../../domain/types';
import { VERDICT_VALUES } from '../../domain/vocabulary/consultation';
import { isAlreadyExists } from '../../graph/errors';
import { GraphError, type Graph } from '../../graph/graph-types';
import { claimSlot, letGo, releaseClaim, takeClaim, type OwnedClaim } from '../claims-store';
import { createOrFind } from '../create-or-find';
import { ForumStore, MeetingStore } from '../forum-stores';
import {
  listItemsCollectionUrl,
  listItemsUrl,
  listItemUrl,
  odataString,
  writeStampOf,
  type FieldBag,
  type GraphListItem,
} from '../list-item';
import { toAgenda } from '../mappers/agenda-mapper';
import { DOCX_TYPE, safeDriveName } from '../meeting-folder';
import { updateItemFields } from '../update-item';
import type { CloseResult, ConsultationApi, NewAttachment, NewConsultation, Overview, SendRefusal, SendResult } from './consultation-api';
import { newConsultationFields, toChairSignOff, toConsultation, toConsultationReply } from './consultation-mapper';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendOnce, type OnceMail } from '../mail/send-once';
import { byIso } from '../../domain/iso-order';

/** The folder of a consultation's attachments in the forum's document library. */
export const CONSULTATIONS_FOLDER = 'Høringer';

type ConsultationStep = Extract<ClaimStep, 'consultation-send' | 'consultation-remind' | 'consultation-close'>;

const sha256 = async (bytes: Uint8Array): Promise<ArrayBuffer> => globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));

const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const address = (email: string, name?: string) => ({ emailAddress: { address: email, ...(name ? { name } : {}) } });

/** The consultation's known conversations plus those its latest mails started (capped: SharePoint notes are not endless). */
function withConversations(c: Consultation, started: ReadonlyMap<string, string>): string[] {
  return [...new Set([...(c.conversations ?? []), ...started.values()])].slice(0, 500);
}

/**
 * The written consultations of a forum against its SharePoint lists and mailbox. Each send (the consultation,
 * the reminder, the outcome) is claimed on the Consultations item (an owned claim, src/store/claims-store.ts: one attempt
 * at a time; a failed one lets go, a dead one is taken over after the timeout) and goes to each recipient once
 * (send-once.ts, always looking up what an earlier attempt sent); replies are what the mail intake recorded in
 * ConsultationReplies under the reference.
 */
export class ConsultationStore implements ConsultationApi {
  constructor(
    private readonly graph: Graph,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(forum: Forum): Promise<Consultation[]> {
    const [items, signOffs] = await Promise.all([
      this.graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Consultations')),
      this.graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'SignOffs')),
    ]);
    const consultations = await Promise.all(items.map((item) => withSignOffs(toConsultation(item), signOffs)));
    return consultations.sort((a, b) => b.reference.localeCompare(a.reference, 'da', { numeric: true }));
  }

  async load(forum: Pick<Forum, 'siteId'>, id: string): Promise<Consultation> {
    const [item, signOffs] = await Promise.all([
      this.graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Consultations', id)}?expand=fields`),
      this.graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'SignOffs', { filter: `fields/ConsultationId eq ${odataString(id)}` })),
    ]);
    return withSignOffs(toConsultation(item), signOffs);
  }

  private async byCorrelation(forum: Forum, correlationId: string): Promise<Consultation | undefined> {
    const found = await this.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'Consultations', { filter: `fields/CorrelationId eq ${odataString(correlationId)}`, top: 5 }),
    );
    return found[0] ? toConsultation(found[0]) : undefined;
  }

  async start(forum: Forum, input: NewConsultation): Promise<SendResult> {
    let consultation = (await this.byCorrelation(forum, input.correlationId)) ?? (await this.create(forum, input));
    if (
      consultation.status === 'draft' &&
      consultation.sentTo.length === 0 &&
      (input.attachments?.length ?? 0) > 0 &&
      consultation.attachments.length === 0
    ) {
      const files = await this.upload(forum, consultation.reference, input.attachments ?? []);
      const updated = await updateItemFields(this.graph, forum, 'Consultations', consultation.id, consultation.etag, {
        AttachmentsJson: JSON.stringify(files),
      });
      consultation = { ...consultation, attachments: files, etag: updated.etag ?? consultation.etag };
    }
    if (consultation.signOffRequired && consultation.status === 'draft') {
      const updated = await updateItemFields(this.graph, forum, 'Consultations', consultation.id, consultation.etag, {
        Status: 'awaiting-sign-off',
      });
      consultation = { ...consultation, status: 'awaiting-sign-off', etag: updated.etag ?? consultation.etag };
    }
    if (!readyToSend(consultation, forum.members)) return { outcome: 'awaiting-sign-off', consultation, sentNow: 0 };
    return this.send(forum, consultation);
  }

  /** A new item under the next free reference; a clash on the unique Reference column takes the one after. */
  private async create(forum: Forum, input: NewConsultation): Promise<Consultation> {
    const refs = (await this.list(forum)).map((c) => c.reference);
    const year = copenhagenYear(this.clock());
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const reference = nextReference(forum.shortName, year, refs, attempt);
      const fields = newConsultationFields({
        ...input,
        reference,
        ...(input.reminderHours !== undefined ? { reminderAt: reminderTime(input.deadline, input.reminderHours) } : {}),
      });
      try {
        // Repeatable: CorrelationId is unique, so a repeat after a lost answer gets 409 and finds ours below.
        return toConsultation(
          await this.graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'Consultations'), { fields }, { repeatable: true }),
        );
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
        // Our own earlier attempt (its answer lost), or another consultation took this reference.
        const mine = await this.byCorrelation(forum, input.correlationId);
        if (mine) return mine;
      }
    }
    throw new GraphError(409, 'referenceTaken', 'No free consultation reference after 10 attempts.');
  }

  private async upload(forum: Forum, reference: string, files: readonly NewAttachment[]): Promise<ConsultationAttachment[]> {
    const out: ConsultationAttachment[] = [];
    for (const file of files) {
      const item = await this.putFile(forum, reference, file.name, file.bytes, file.contentType || 'application/octet-stream');
      out.push({ name: item.name ?? file.name, url: item.webUrl ?? '', size: item.size ?? file.bytes.length });
    }
    return out;
  }

  /** A file in the consultation's folder ("Høringer/KSG-2027-03/…"); the same name again is a new version, never a second file. */
  private putFile(
    forum: Forum,
    reference: string,
    name: string,
    bytes: Uint8Array,
    contentType: string,
  ): Promise<{ name?: string; webUrl?: string; size?: number }> {
    const path = [CONSULTATIONS_FOLDER, safeDriveName(reference), safeDriveName(name)].map(encodeURIComponent).join('/');
    return this.graph.putBytes(`/sites/${forum.siteId}/drive/root:/${path}:/content`, bytes, contentType);
  }

  /**
   * The outcome as a Word document beside the consultation's files, for the outcome mail to link. (This module, and
   * with it the `docx` package, is loaded only through the lazy boundary in store/stores.ts.)
   */
  private async outcomeDocument(forum: Forum, c: Consultation, text: string, closedAt: string): Promise<string> {
    // The Word writer (the docx package, ~230 KB) loads when a file is written, not with the store the home reads.
    const { renderOutcomeDocx } = await import('./outcome-docx.js');
    const bytes = await renderOutcomeDocx(buildOutcomeDocument(forum, c, text, closedAt));
    const item = await this.putFile(forum, c.reference, `${outcomeFileBase(c)}.docx`, bytes, DOCX_TYPE);
    return item.webUrl ?? '';
  }

  /**
   * The chair's own sign-off record (SignOffs): no identity among its fields — who signed is its server-stamped author
   * — and the content hash it approves. Asking again when their sign-off of this content is there writes nothing.
   */
  async signOff(forum: Forum, consultation: Consultation, chair: SignedInUser): Promise<Consultation> {
    const email = chair.email.toLowerCase();
    if (!chairAddresses(forum.members).includes(email)) throw new Error('Only a chair of the forum can approve sending a consultation.');
    const c = await this.load(forum, consultation.id);
    if (countedSignOffs(c, forum.members).some((s) => s.email === email) || !c.contentHash) return c;
    // No unique key: a sign-off whose answer was lost is found among the counted ones, never written twice.
    const hash = c.contentHash;
    await createOrFind(
      () =>
        this.graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'SignOffs'), {
          fields: { Title: c.reference, ConsultationId: c.id, ContentHash: hash, Decision: 'approved' },
        }),
      async () => (countedSignOffs(await this.load(forum, c.id), forum.members).some((s) => s.email === email) ? c : undefined),
    );
    return this.load(forum, c.id);
  }

  /** Claims a send on the item. Undefined when another attempt holds a live claim or won the race. */
  private async claim(forum: Forum, c: Consultation, step: ConsultationStep, extra: FieldBag = {}): Promise<OwnedClaim | undefined> {
    const taken = await takeClaim(
      this.graph,
      forum,
      claimSlot(step, c.id),
      { etag: c.etag, claim: c.claim },
      { step, now: this.clock(), fields: extra },
    );
    return taken.outcome === 'taken' ? taken.owned : undefined;
  }

  /** Runs a claimed send; a failure lets the claim go (the next attempt looks up what this one sent). */
  private async claimed<T>(forum: Forum, owned: OwnedClaim, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      await letGo(this.graph, forum, owned);
      throw error;
    }
  }

  private message(forum: Forum, recipient: ConsultationRecipient, mail: ConsultationMail): Message {
    return {
      subject: mail.subject,
      body: { contentType: 'html', content: String(mail.html) },
      toRecipients: [address(recipient.email, recipient.name)],
      ...(forum.mailbox.trim() ? { replyTo: [address(forum.mailbox.trim(), forum.name)] } : {}),
    };
  }

  async send(forumRef: Forum, consultation: Consultation): Promise<SendResult> {
    // Decided on what is there now: the forum (who the chairs are), the consultation and its sign-offs.
    const [forum, c] = await Promise.all([new ForumStore(this.graph).load(forumRef), this.load(forumRef, consultation.id)]);
    if (c.status === 'open' || c.status === 'closed') return { outcome: c.sentAt ? 'sent' : 'not-open', consultation: c, sentNow: 0 };
    const refused = sendRefusal(forum, c);
    if (refused) return { outcome: 'refused', reason: refused, consultation: c, sentNow: 0 };
    if (!readyToSend(c, forum.members)) return { outcome: 'awaiting-sign-off', consultation: c, sentNow: 0 };
    const owned = await this.claim(forum, c, 'consultation-send');
    if (!owned) return { outcome: 'claimed-elsewhere', consultation: c, sentNow: 0 };
    return this.claimed(forum, owned, async () => {
      const already = new Set(c.sentTo.map((e) => e.toLowerCase()));
      const mails: OnceMail[] = c.recipients
        .filter((r) => !already.has(r.email.toLowerCase()))
        .map((r) => ({
          correlation: `consultation:${c.id}:send:${r.email.toLowerCase()}`,
          message: this.message(forum, r, consultationMail(forum.name, c, r)),
        }));
      const report = await sendOnce(this.graph, forum.mailbox, mails, { resume: true, kind: ONCE_MAIL.consultation });
      const sentTo = [
        ...already,
        ...c.recipients.map((r) => r.email.toLowerCase()).filter((e) => report.sent.includes(`consultation:${c.id}:send:${e}`)),
      ];
      const sentAt = isoSeconds(this.clock());
      const conversations = withConversations(c, report.conversations);
      const recorded = await releaseClaim(this.graph, forum, owned, {
        Status: 'open',
        SentAt: sentAt,
        SentTo: JSON.stringify([...new Set(sentTo)]),
        Conversations: JSON.stringify(conversations),
      });
      const { claim: _claim, ...rest } = c;
      return {
        outcome: 'sent' as const,
        consultation: {
          ...rest,
          status: 'open' as const,
          sentAt,
          sentTo: [...new Set(sentTo)],
          conversations,
          etag: recorded.etag ?? c.etag,
        },
        sentNow: report.sentNow,
      };
    });
  }

  /**
   * The replies the intake recorded from the members' mail: only items the secretariat (or the forum's application)
   * wrote count — on a site left without the permissions a member could otherwise write another member's answer.
   */
  async replies(forum: Forum, reference: string): Promise<ConsultationReply[]> {
    const items = await this.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'ConsultationReplies', { filter: `fields/ConsultationRef eq ${odataString(reference)}` }),
    );
    return items
      .filter((item) => shownAsSecretariats(writeStampOf(item), forum))
      .map(toConsultationReply)
      .sort((a, b) => byIso(a.receivedAt, b.receivedAt));
  }

  async overview(forum: Forum, consultation: Consultation): Promise<Overview> {
    const [c, replies] = await Promise.all([this.load(forum, consultation.id), this.replies(forum, consultation.reference)]);
    return { consultation: c, replies, tally: tallyReplies(c, replies) };
  }

  async correct(forum: Forum, reply: ConsultationReply, verdict: ConsultationVerdict): Promise<ConsultationReply> {
    const updated = await updateItemFields(this.graph, forum, 'ConsultationReplies', reply.id, reply.etag, {
      Verdict: VERDICT_VALUES[verdict],
      Corrected: true,
    });
    return { ...reply, verdict, corrected: true, etag: updated.etag ?? reply.etag };
  }

  async remind(forum: Forum, consultation: Consultation): Promise<SendResult> {
    const c = await this.load(forum, consultation.id);
    if (c.reminderSentAt) return { outcome: 'sent', consultation: c, sentNow: 0 };
    if (!reminderAllowed(c, this.clock())) return { outcome: 'not-open', consultation: c, sentNow: 0 };
    const owned = await this.claim(forum, c, 'consultation-remind');
    if (!owned) return { outcome: 'claimed-elsewhere', consultation: c, sentNow: 0 };
    return this.claimed(forum, owned, async () => {
      const tally = tallyReplies(c, await this.replies(forum, c.reference));
      const to = reminderRecipients(tally);
      const mails = to.map((r) => ({
        correlation: `consultation:${c.id}:remind:${r.email.toLowerCase()}`,
        message: this.message(forum, r, reminderMail(forum.name, c, r)),
      }));
      const report = await sendOnce(this.graph, forum.mailbox, mails, { resume: true, kind: ONCE_MAIL.consultationReminder });
      const remindedTo = to.map((r) => r.email.toLowerCase()).filter((e) => report.sent.includes(`consultation:${c.id}:remind:${e}`));
      const at = isoSeconds(this.clock());
      const conversations = withConversations(c, report.conversations);
      const recorded = await releaseClaim(this.graph, forum, owned, {
        ReminderSentAt: at,
        RemindedTo: JSON.stringify(remindedTo),
        Conversations: JSON.stringify(conversations),
      });
      const { claim: _claim, ...rest } = c;
      return {
        outcome: 'sent' as const,
        consultation: { ...rest, reminderSentAt: at, remindedTo, conversations, etag: recorded.etag ?? c.etag },
        sentNow: report.sentNow,
      };
    });
  }

  async remindDue(forum: Forum): Promise<number> {
    const now = this.clock();
    let sent = 0;
    for (const c of (await this.list(forum)).filter((x) => reminderDue(x, now))) sent += (await this.remind(forum, c)).sentNow;
    return sent;
  }

  async close(forum: Forum, consultation: Consultation, outcome: string): Promise<CloseResult> {
    const c = await this.load(forum, consultation.id);
    const now = this.clock();
    if (c.status === 'closed') return { outcome: 'already-closed', consultation: c, sentNow: 0 };
    if (!canClose(c, tallyReplies(c, await this.replies(forum, c.reference)), now))
      return { outcome: 'before-deadline', consultation: c, sentNow: 0 };
    const text = outcome.trim().slice(0, 20_000);
    const closedAt = isoSeconds(now);
    const owned = await this.claim(forum, c, 'consultation-close', { Outcome: text, ClosedAt: closedAt });
    if (!owned) return { outcome: 'claimed-elsewhere', consultation: c, sentNow: 0 };
    return this.claimed(forum, owned, () => this.closeClaimed(forum, c, owned, text, closedAt, now));
  }

  private async closeClaimed(
    forum: Forum,
    c: Consultation,
    owned: OwnedClaim,
    text: string,
    closedAt: string,
    now: Date,
  ): Promise<CloseResult> {
    const meeting = (await new MeetingStore(this.graph, forum).upcoming(now)).find(
      (m) =>
        m.kind !== 'planning' &&
        m.start > now.toISOString() &&
        (m.status === 'planned' || m.status === 'booked' || m.status === 'agenda-sent'),
    );
    const itemId = meeting ? await this.writtenItem(forum, c, meeting.id, text) : undefined;

    const documentUrl = await this.outcomeDocument(forum, c, text, closedAt);
    const mail = outcomeMail(forum.name, c, text, documentUrl);
    const mails = c.recipients.map((r) => ({
      correlation: `consultation:${c.id}:outcome:${r.email.toLowerCase()}`,
      message: this.message(forum, r, mail),
    }));
    const report = await sendOnce(this.graph, forum.mailbox, mails, { resume: true, kind: ONCE_MAIL.consultationOutcome });

    const fields: FieldBag = {
      Status: 'closed',
      OutcomeSentAt: isoSeconds(this.clock()),
      ...(meeting && itemId ? { OutcomeMeetingId: meeting.id, OutcomeItemId: itemId } : {}),
    };
    const recorded = await releaseClaim(this.graph, forum, owned, fields);
    const { claim: _claim, ...rest } = c;
    return {
      outcome: 'closed',
      consultation: {
        ...rest,
        status: 'closed',
        outcome: text,
        closedAt,
        outcomeSentAt: String(fields.OutcomeSentAt),
        ...(meeting && itemId ? { outcomeMeetingId: meeting.id, outcomeItemId: itemId } : {}),
        etag: recorded.etag ?? c.etag,
      },
      ...(meeting && itemId ? { meetingId: meeting.id, itemId } : {}),
      ...(documentUrl ? { documentUrl } : {}),
      sentNow: report.sentNow,
    };
  }

  /** The meeting's items, and the one this consultation put there before (a retried close or a second proposal). */
  private async meetingItems(forum: Forum, meetingId: string, reference: string): Promise<{ next: number; existing?: string }> {
    const items = await this.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }),
    );
    const existing = items.find((i) => String(i.fields?.ConsultationRef ?? '').toUpperCase() === reference.toUpperCase())?.id ?? undefined;
    const numbers = toAgenda(items)
      .map((i) => i.number)
      .filter((n) => n < Number.MAX_SAFE_INTEGER);
    return { next: (numbers.length > 0 ? Math.max(...numbers) : 0) + 1, ...(existing ? { existing } : {}) };
  }

  /** The outcome as a written item (no time on the agenda) for the next meeting's minutes, once. */
  private async writtenItem(forum: Forum, c: Consultation, meetingId: string, outcome: string): Promise<string> {
    const { next, existing } = await this.meetingItems(forum, meetingId, c.reference);
    if (existing) return existing;
    const fields: FieldBag = {
      Title: `Skriftlig høring ${c.reference}: ${c.title}`.slice(0, 255),
      MeetingId: meetingId,
      Number: next,
      DurationMinutes: 0,
      Recommendations: c.recommendations.join('\n'),
      Description: c.description,
      Standing: false,
      Source: 'consultation',
      ConsultationRef: c.reference,
      Beslutning: outcome,
    };
    return this.createItem(forum, meetingId, c.reference, fields);
  }

  /** No unique key on AgendaItems: an item whose create lost its answer is found by its ConsultationRef, never made twice. */
  private createItem(forum: Forum, meetingId: string, reference: string, fields: FieldBag): Promise<string> {
    return createOrFind(
      async () => (await this.graph.post<GraphListItem>(listItemsCollectionUrl(forum.siteId, 'AgendaItems'), { fields })).id ?? '',
      async () => (await this.meetingItems(forum, meetingId, reference)).existing,
    );
  }

  async addToMeeting(forum: Forum, consultation: Consultation, meetingId: string): Promise<string> {
    const { next, existing } = await this.meetingItems(forum, meetingId, consultation.reference);
    if (existing) return existing;
    const note = `Sagen var i skriftlig høring (${consultation.reference}); der kom indsigelser, og den behandles derfor på et ekstraordinært møde.`;
    return this.createItem(forum, meetingId, consultation.reference, {
      Title: consultation.title.slice(0, 255),
      MeetingId: meetingId,
      Number: next,
      DurationMinutes: 30,
      Recommendations: consultation.recommendations.join('\n'),
      Description: `${consultation.description}\n\n${note}`.trim(),
      Standing: false,
      Source: 'consultation',
      ConsultationRef: consultation.reference,
    });
  }
}

/** The consultation with the sign-off records naming it and the hash of its content, which they must name to count. */
async function withSignOffs(c: Consultation, signOffItems: readonly GraphListItem[]): Promise<Consultation> {
  const signOffs = signOffItems.filter((i) => String(i.fields?.ConsultationId ?? '') === c.id).map(toChairSignOff);
  return { ...c, signOffs, contentHash: await consultationHash(c, sha256) };
}

/**
 * Why a consultation must not go out although it may look ready (docs/SECURITY.md): the group's owners unknown,
 * Members rows the secretariat did not write (who the chairs are is uncertain), or an item someone other than the
 * secretariat made or changed (its question, recipients or status are not the secretariat's).
 */
function sendRefusal(forum: Forum, c: Consultation): SendRefusal | undefined {
  const integrity = integrityProblem(forum);
  if (integrity) return integrity.kind;
  return writtenByOwners(c.stamp, forum.owners, forum.trustedAppIds) ? undefined : 'not-secretariats';
}

export function createConsultationStore(graph: Graph, clock?: () => Date): ConsultationApi {
  return new ConsultationStore(graph, clock);
}
