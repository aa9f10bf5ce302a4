import { parseClaim } from '../../domain/claims';
import { untouchedSinceWritten } from '../../domain/forum-trust';
import type {
  ChairSignOff,
  Consultation,
  ConsultationAttachment,
  ConsultationRecipient,
  ConsultationReply,
} from '../../domain/consultation/consultation-types';
import type { ConsultationVerdict } from '../../domain/mail/mail-types';
import { CONSULTATION_STATUSES, CONSULTATION_VERDICTS, VERDICT_VALUES } from '../../domain/vocabulary/consultation';
import { etagOf, Fields, itemId, writeStampOf, type FieldBag, type GraphListItem } from '../list-item';
import { withoutUndefined } from '../mappers/meeting-mapper';

/** The Verdict column's value → the parser's verdict ('unknown' and anything else: none). */
const verdictOf = (value: string): ConsultationVerdict | undefined => CONSULTATION_VERDICTS.find((v) => VERDICT_VALUES[v] === value);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function json(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const records = (text: string): Record<string, unknown>[] => {
  const v = json(text);
  return Array.isArray(v) ? v.filter(isRecord) : [];
};

const strings = (text: string): string[] => {
  const v = json(text);
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
};

function recipientsOf(text: string): ConsultationRecipient[] {
  return records(text).flatMap((r) => {
    const email = str(r.email);
    if (!email) return [];
    const organisation = str(r.organisation);
    const substituteEmail = str(r.substituteEmail);
    return [
      {
        memberId: str(r.memberId) ?? '',
        name: str(r.name) ?? email,
        email,
        ...(organisation ? { organisation } : {}),
        ...(substituteEmail ? { substituteEmail } : {}),
      },
    ];
  });
}

function attachmentsOf(text: string): ConsultationAttachment[] {
  return records(text).flatMap((r) =>
    str(r.name) ? [{ name: String(r.name), url: str(r.url) ?? '', size: typeof r.size === 'number' ? r.size : 0 }] : [],
  );
}

/** A SignOffs item → ChairSignOff: the author is SharePoint's stamp, never a field. */
export function toChairSignOff(item: GraphListItem): ChairSignOff {
  const f = Fields.of(item);
  const stamp = writeStampOf(item);
  return {
    id: itemId(item),
    email: (item.createdBy?.user?.email ?? '').toLowerCase(),
    name: stamp.createdByName,
    at: typeof item.createdDateTime === 'string' ? item.createdDateTime : '',
    hash: f.text('ContentHash').toLowerCase(),
    authentic: untouchedSinceWritten(stamp),
  };
}

export function toConsultation(item: GraphListItem): Consultation {
  const f = Fields.of(item);
  const base: Consultation = {
    id: itemId(item),
    reference: f.text('Reference'),
    title: f.text('Title'),
    question: f.text('Question'),
    recommendations: f.lines('Recommendations'),
    description: f.text('Description'),
    deadline: f.date('Deadline') ?? '',
    status: f.choice('Status', CONSULTATION_STATUSES, 'draft'),
    recipients: recipientsOf(f.text('RecipientsJson')),
    attachments: attachmentsOf(f.text('AttachmentsJson')),
    sentTo: strings(f.text('SentTo')),
    ...(f.optionalText('Conversations') ? { conversations: strings(f.text('Conversations')) } : {}),
    signOffRequired: f.bool('SignOffRequired'),
    signOffs: [],
    stamp: writeStampOf(item),
    etag: etagOf(item),
  };
  const remindedTo = f.optionalText('RemindedTo') ? strings(f.text('RemindedTo')) : undefined;
  return {
    ...base,
    ...withoutUndefined({
      reminderAt: f.date('ReminderAt'),
      reminderSentAt: f.date('ReminderSentAt'),
      remindedTo,
      sentAt: f.date('SentAt'),
      outcome: f.optionalText('Outcome'),
      closedAt: f.date('ClosedAt'),
      outcomeSentAt: f.date('OutcomeSentAt'),
      outcomeItemId: f.optionalText('OutcomeItemId'),
      outcomeMeetingId: f.optionalText('OutcomeMeetingId'),
      claim: parseClaim(f.text('Claim')),
      createdAt: typeof item.createdDateTime === 'string' ? item.createdDateTime : undefined,
    }),
  };
}

export function toConsultationReply(item: GraphListItem): ConsultationReply {
  const f = Fields.of(item);
  return {
    id: itemId(item),
    reference: f.text('ConsultationRef'),
    senderAddress: f.text('SenderAddress').toLowerCase(),
    senderName: f.text('SenderName'),
    verdict: verdictOf(f.text('Verdict')) ?? null,
    comment: f.text('Comment'),
    receivedAt: f.date('ReceivedAt') ?? '',
    internetMessageId: f.text('InternetMessageId'),
    corrected: f.bool('Corrected'),
    etag: etagOf(item),
  };
}

/** The new item's fields. */
export function newConsultationFields(input: {
  reference: string;
  correlationId: string;
  title: string;
  question: string;
  recommendations: readonly string[];
  description: string;
  deadline: string;
  recipients: readonly ConsultationRecipient[];
  reminderAt?: string;
  signOffRequired: boolean;
}): FieldBag {
  return {
    Title: input.title.slice(0, 255),
    Reference: input.reference,
    CorrelationId: input.correlationId,
    Question: input.question,
    Recommendations: input.recommendations.join('\n'),
    Description: input.description,
    Deadline: input.deadline,
    Status: 'draft',
    RecipientsJson: JSON.stringify(input.recipients),
    SignOffRequired: input.signOffRequired,
    SentTo: '[]',
    ...(input.reminderAt ? { ReminderAt: input.reminderAt } : {}),
  };
}
