import type {
  Approval,
  ApprovalItemComment,
  ApprovalRequestRecord,
  CirculatedTrail,
  MinutesReopening,
  MinutesVersion,
  SeenAnswer,
  TrailAnswer,
} from '../../domain/types';
import { ANSWER_CHANNELS, APPROVAL_DECISIONS, APPROVAL_REQUEST_CHANNELS, MINUTES_VERSION_STATUSES } from '../../domain/vocabulary/minutes';
import { etagOf, Fields, itemId, writeStampOf, type GraphListItem } from '../list-item';
import { isRecord, jsonArray, stringOr } from './json-note';
import { withoutUndefined } from './meeting-mapper';

function requestsOf(text: string): ApprovalRequestRecord[] {
  return jsonArray(text).flatMap((v) => {
    if (!isRecord(v) || typeof v.email !== 'string') return [];
    const channel = APPROVAL_REQUEST_CHANNELS.find((c) => c === v.channel);
    if (!channel) return [];
    const reason = stringOr(v.reason);
    return [{ email: v.email.toLowerCase(), channel, at: stringOr(v.at), ...(reason ? { reason } : {}) }];
  });
}

function itemCommentsOf(text: string): ApprovalItemComment[] {
  return jsonArray(text).flatMap((v) =>
    isRecord(v) && typeof v.agendaItemId === 'string' && typeof v.comment === 'string' && v.comment.trim() !== ''
      ? [{ agendaItemId: v.agendaItemId, comment: v.comment }]
      : [],
  );
}

/** MinutesVersions.SeenAnswers (written by the secretariat's app) → SeenAnswer[]; malformed entries are dropped. */
function seenAnswersOf(text: string): SeenAnswer[] {
  return jsonArray(text).flatMap((v): SeenAnswer[] => {
    if (!isRecord(v) || typeof v.id !== 'string' || typeof v.hash !== 'string') return [];
    const decision = APPROVAL_DECISIONS.find((d) => d === v.decision);
    if (!decision) return [];
    const dismissed =
      isRecord(v.dismissed) && typeof v.dismissed.by === 'string' && typeof v.dismissed.at === 'string'
        ? { by: v.dismissed.by, at: v.dismissed.at }
        : undefined;
    return [
      {
        id: v.id,
        email: stringOr(v.email).toLowerCase(),
        name: stringOr(v.name),
        decision,
        hash: v.hash.toLowerCase(),
        at: stringOr(v.at),
        ...(dismissed ? { dismissed } : {}),
      },
    ];
  });
}

/** MinutesVersions.CirculatedTrail (written by the secretariat's app at circulation) → the frozen trail; undefined when absent or unreadable. */
export function circulatedTrailOf(text: string): CirculatedTrail | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (
    !isRecord(value) ||
    typeof value.at !== 'string' ||
    typeof value.required !== 'number' ||
    !Array.isArray(value.chairs) ||
    !Array.isArray(value.answers)
  )
    return undefined;
  const chairs = value.chairs.flatMap((c) =>
    isRecord(c) && typeof c.email === 'string'
      ? [{ email: c.email.toLowerCase(), name: stringOr(c.name), organisation: stringOr(c.organisation) }]
      : [],
  );
  const answers = value.answers.flatMap((v): TrailAnswer[] => {
    if (!isRecord(v) || typeof v.id !== 'string' || typeof v.email !== 'string' || typeof v.hash !== 'string') return [];
    const decision = APPROVAL_DECISIONS.find((d) => d === v.decision);
    if (!decision) return [];
    const channel = ANSWER_CHANNELS.find((c) => c === v.channel);
    const comment = stringOr(v.comment);
    return [
      {
        id: v.id,
        email: v.email.toLowerCase(),
        name: stringOr(v.name),
        decision,
        hash: v.hash.toLowerCase(),
        at: stringOr(v.at),
        ...(channel ? { channel } : {}),
        ...(comment ? { comment } : {}),
      },
    ];
  });
  return { at: value.at, required: value.required, chairs, answers };
}

/** Meetings.MinutesReopened (JSON MinutesReopening[], the secretariat's "Genåbn referat") → the reopenings; malformed entries dropped. */
export function reopeningsOf(text: string): MinutesReopening[] {
  return jsonArray(text).flatMap((v): MinutesReopening[] =>
    isRecord(v) && typeof v.version === 'number' && typeof v.hash === 'string' && typeof v.reason === 'string' && v.reason.trim() !== ''
      ? [{ version: v.version, hash: v.hash.toLowerCase(), reason: v.reason, by: stringOr(v.by), at: stringOr(v.at) }]
      : [],
  );
}

/** A MinutesVersions list item → MinutesVersion (the snapshot itself is read on demand, not here). */
export function toMinutesVersion(item: GraphListItem): MinutesVersion {
  const f = Fields.of(item);
  const remindedTo = f.lines('RemindedTo');
  const requests = requestsOf(f.text('Requests'));
  const seenAnswers = seenAnswersOf(f.text('SeenAnswers'));
  const circulatedTrail = circulatedTrailOf(f.text('CirculatedTrail'));
  return {
    id: itemId(item),
    meetingId: f.text('MeetingId'),
    version: f.number('Version') ?? 0,
    contentHash: f.text('ContentHash').toLowerCase(),
    status: f.choice('Status', MINUTES_VERSION_STATUSES, 'awaiting-approval'),
    createdAt: new Fields({ c: item.createdDateTime }).date('c') ?? '',
    ...withoutUndefined({
      docxUrl: f.optionalText('DocxUrl'),
      pdfUrl: f.optionalText('PdfUrl'),
      pdfItemId: f.optionalText('PdfItemId'),
      requests: requests.length > 0 ? requests : undefined,
      approvalDeadline: f.date('ApprovalDeadline'),
      remindedAt: f.date('RemindedAt'),
      remindedTo: remindedTo.length > 0 ? remindedTo : undefined,
      finalAt: f.date('FinalAt'),
      finalPdfUrl: f.optionalText('FinalPdfUrl'),
      seenAnswers: seenAnswers.length > 0 ? seenAnswers : undefined,
      circulatedTrail,
      etag: etagOf(item),
    }),
    stamp: writeStampOf(item),
  };
}

/**
 * An Approvals list item → Approval. Who approved comes from the server-stamped `createdBy`, never from a
 * field; `modifiedById` lets the approval rule discard records someone else has touched.
 */
export function toApproval(item: GraphListItem): Approval {
  const f = Fields.of(item);
  const author = item.createdBy?.user;
  const email = author?.email?.toLowerCase();
  const comment = f.optionalText('Comment');
  const itemComments = itemCommentsOf(f.text('ItemComments'));
  const channel = ANSWER_CHANNELS.find((c) => c === f.optionalText('Channel'));
  return {
    id: itemId(item),
    minutesVersionId: f.text('MinutesVersionId'),
    contentHash: f.text('ContentHash').toLowerCase(),
    decision: f.choice('Decision', APPROVAL_DECISIONS, 'changes-requested'),
    createdBy: { id: author?.id ?? '', name: author?.displayName ?? '', ...(email ? { email } : {}) },
    modifiedById: item.lastModifiedBy?.user?.id ?? '',
    createdAt: new Fields({ c: item.createdDateTime }).date('c') ?? '',
    ...(comment ? { comment } : {}),
    ...(itemComments.length > 0 ? { itemComments } : {}),
    ...(channel ? { channel } : {}),
  };
}
