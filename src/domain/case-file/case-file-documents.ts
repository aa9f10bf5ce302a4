import { copenhagenDate } from '../copenhagen-time';
import { dateText, dateTimeText } from '../date-format';
import { APPROVAL_APPENDIX_LABELS, approvalRule } from '../minutes/approval-appendix';
import type { CirculatedTrail } from '../types';
import type { ConsultationVerdict } from '../vocabulary/consultation';
import { CONSULTATION_DA } from '../vocabulary/consultation-labels';
import { publicEntry, type PublicSource } from '../public-record/public-items';
import { LUKKET_PUNKT, type CaseFileMeeting } from './case-file-manifest';

/**
 * What the archive package says of each of its documents (offentlighedsloven §15's short description, in Danish as
 * the journal keeps it), and the two documents it writes itself as text: the co-chairs' approval as it was counted at
 * circulation, and each consultation reply as the intake recorded it.
 */

/** The text documents' content type; they start with a byte-order mark so Windows tools read them as UTF-8. */
export const TEXT_TYPE = 'text/plain; charset=utf-8';

/** "Arkivpakke 2026-06-11 KSG v1.zip": one name per meeting and circulated version, so a second run finds the first. */
export function caseFileName(meeting: Pick<CaseFileMeeting, 'start' | 'forumShortName' | 'minutesVersion'>): string {
  const short = meeting.forumShortName.trim();
  return `Arkivpakke ${copenhagenDate(new Date(meeting.start))}${short ? ` ${short}` : ''} v${meeting.minutesVersion}.zip`;
}

const of = (m: Pick<CaseFileMeeting, 'meetingTitle' | 'forumName' | 'start'>): string =>
  `${m.meetingTitle}, ${m.forumName}, ${dateText(m.start)}`;

export function agendaDescription(m: CaseFileMeeting, revision: number): string {
  const revised = revision > 0 ? ` (revideret${revision > 1 ? ` ${revision}` : ''})` : '';
  return `Dagsorden${revised} til ${of(m)}`;
}

/** A bilag's description names its item; a closed item's title only where its reason allows (public-items.ts). */
export function bilagDescription(label: string, item: PublicSource): string {
  const entry = publicEntry(item);
  if (entry.open) return `${label} til punkt ${item.number}: ${item.title}`;
  return `${label} til punkt ${entry.number}: ${entry.title ?? LUKKET_PUNKT} (lukket punkt)`;
}

export function minutesDescription(m: CaseFileMeeting): string {
  return `Godkendt referat af ${of(m)} (version ${m.minutesVersion}) med ${APPROVAL_APPENDIX_LABELS.heading.toLowerCase()}`;
}

export function approvalDescription(m: CaseFileMeeting): string {
  return `Formandskabets godkendelse af referatet af ${of(m)} (version ${m.minutesVersion})`;
}

export interface ReplyForCaseFile {
  readonly senderName: string;
  readonly senderAddress: string;
  readonly verdict: ConsultationVerdict | null;
  readonly comment: string;
  readonly receivedAt: string;
  readonly corrected: boolean;
}

export interface ConsultationForCaseFile {
  readonly reference: string;
  readonly title: string;
}

export function replyDescription(reply: ReplyForCaseFile, consultation: ConsultationForCaseFile): string {
  return `Høringssvar fra ${reply.senderName || reply.senderAddress} i skriftlig høring ${consultation.reference}: ${consultation.title}`;
}

/** A reply's text is kept whole up to this; the intake caps it well below. */
const REPLY_TEXT_MAX = 100_000;
const BOM = '\uFEFF';
const lines = (rows: readonly string[]): string => `${BOM}${rows.join('\r\n')}\r\n`;

/** The reply as a document: who, when, the verdict as counted, and the text. */
export function replyText(reply: ReplyForCaseFile, consultation: ConsultationForCaseFile): string {
  const verdict = reply.verdict ? CONSULTATION_DA.verdict[reply.verdict] : 'Ikke klassificeret';
  return lines([
    `Høringssvar – skriftlig høring ${consultation.reference}: ${consultation.title}`,
    '',
    `Fra: ${reply.senderName ? `${reply.senderName} <${reply.senderAddress}>` : reply.senderAddress}`,
    `Modtaget: ${reply.receivedAt ? dateTimeText(reply.receivedAt) : 'ukendt'}`,
    `Svar: ${verdict}${reply.corrected ? ' (rettet af sekretariatet)' : ''}`,
    '',
    [...reply.comment].slice(0, REPLY_TEXT_MAX).join('').replace(/\r?\n/g, '\r\n'),
  ]);
}

const CHANNEL: Readonly<Record<string, string>> = APPROVAL_APPENDIX_LABELS.channel;

/** The approval as it was counted at circulation: the rule, and each co-chair's answer with the hash it names. */
export function approvalText(m: CaseFileMeeting, trail: CirculatedTrail): string {
  const approved = trail.answers.filter((a) => a.decision === 'approved');
  const chairs = approved.flatMap((a) => {
    const chair = trail.chairs.find((c) => c.email.toLowerCase() === a.email.toLowerCase());
    const where = a.channel ? (CHANNEL[a.channel] ?? APPROVAL_APPENDIX_LABELS.channelUnknown) : APPROVAL_APPENDIX_LABELS.channelUnknown;
    return [
      '',
      `${a.name || chair?.name || a.email}${chair?.organisation ? `, ${chair.organisation}` : ''} <${a.email}>`,
      `  ${APPROVAL_APPENDIX_LABELS.approved} ${dateTimeText(a.at)}, ${where}`,
      `  ${APPROVAL_APPENDIX_LABELS.hash}: ${a.hash}`,
    ];
  });
  return lines([
    APPROVAL_APPENDIX_LABELS.heading,
    `${m.forumName} – ${m.meetingTitle}, ${dateText(m.start)}`,
    '',
    `Referat version ${m.minutesVersion}`,
    `${APPROVAL_APPENDIX_LABELS.hash}: ${m.minutesHash}`,
    `Version ${m.minutesVersion} af referatet er godkendt af ${approvalRule(approved.length, trail.chairs.length, trail.required)}.`,
    APPROVAL_APPENDIX_LABELS.hashNote,
    ...chairs,
    '',
    `Udsendt ${dateTimeText(trail.at)}.`,
  ]);
}
