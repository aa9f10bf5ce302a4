import type { ApprovalStatus } from '../approval';
import { dateTimeText } from '../date-format';
import type { Approval, ApprovalRequestRecord, MinutesVersion } from '../types';

/**
 * The approved minutes carry their proof (docs/ARCHITECTURE.md §9): the circulated document ends with an appendix naming each
 * co-chair whose counted answer approved this content — who, which SHA-256 they approved, when (Copenhagen clock)
 * and where they answered, and whether they were asked by mail — with the version, its hash once and the rule that
 * was met. A reader can compare the hash with the one the app shows; anyone who edits the text gets another hash.
 * Built from the answers the approval rule counted (never from what a list says about itself), in Danish like the
 * rest of the document.
 */

/** What circulation knows when it renders the final document: the version and the answers the rule counted. */
export interface ApprovalTrail {
  /** SHA-256 of the version's content, hex. */
  readonly contentHash: string;
  readonly status: Pick<ApprovalStatus, 'chairs' | 'required'>;
  /** How each co-chair was asked (activity feed or mail). */
  readonly requests?: readonly ApprovalRequestRecord[];
}

export function approvalTrail(
  version: Pick<MinutesVersion, 'contentHash' | 'requests'>,
  status: Pick<ApprovalStatus, 'chairs' | 'required'>,
): ApprovalTrail {
  return { contentHash: version.contentHash, status, ...(version.requests ? { requests: version.requests } : {}) };
}

export const APPROVAL_APPENDIX_LABELS = {
  heading: 'Bilag: Formandskabets godkendelse',
  hash: 'SHA-256',
  hashNote:
    'SHA-256 er et fingeraftryk af referatets indhold; enhver ændring af indholdet giver en ny værdi. Hver medformand nedenfor har godkendt netop denne værdi.',
  jobTitle: 'Stilling',
  organisation: 'Organisation',
  email: 'E-mail',
  approved: 'Godkendt',
  channel: { teams: 'i Teams', browser: 'i browseren', outlook: 'i Outlook' },
  channelUnknown: 'kanal ikke oplyst',
  askedByMail: 'anmodet på mail',
  seeAppendix: 'se bilaget sidst i referatet',
} as const;

export interface ApprovalAppendixChair {
  readonly name: string;
  readonly email: string;
  /** From the forum's members; absent when not known. */
  readonly jobTitle?: string;
  readonly organisation?: string;
  /** The SHA-256 the chair's counted answer names. */
  readonly contentHash: string;
  /** "3. december 2026 kl. 14.05" (Copenhagen). */
  readonly at: string;
  /** "i Teams", "i browseren, anmodet på mail". */
  readonly channel: string;
}

export interface ApprovalAppendix {
  readonly heading: string;
  readonly version: number;
  readonly contentHash: string;
  /** "Version 2 af referatet er godkendt af alle 3 medformænd." */
  readonly summary: string;
  readonly hashNote: string;
  readonly chairs: readonly ApprovalAppendixChair[];
}

/** "3. december 2026 kl. 14.05" on the Copenhagen clock. */
export function danishDateTime(iso: string): string {
  return dateTimeText(iso);
}

/** Who approved, against how many chairs and the rule: "alle 3 medformænd", "2 af 3 medformænd, som forummets regel kræver". */
export function approvalRule(approvals: number, chairs: number, required: number): string {
  if (approvals >= chairs) {
    if (chairs === 1) return 'forummets medformand';
    return chairs === 2 ? 'begge medformænd' : `alle ${chairs} medformænd`;
  }
  const counted = `${approvals} af ${chairs} medformænd`;
  return approvals === required ? `${counted}, som forummets regel kræver` : `${counted} (forummets regel kræver ${required})`;
}

function channelText(record: Approval, askedByMail: boolean): string {
  const where = record.channel ? APPROVAL_APPENDIX_LABELS.channel[record.channel] : APPROVAL_APPENDIX_LABELS.channelUnknown;
  return askedByMail ? `${where}, ${APPROVAL_APPENDIX_LABELS.askedByMail}` : where;
}

const key = (email: string | undefined): string => (email ?? '').trim().toLowerCase();

/** The appendix of version `version`: each co-chair whose counted answer approved, in the forum's order, and the rule they met. */
export function approvalAppendix(version: number, trail: ApprovalTrail): ApprovalAppendix {
  const byMail = new Set((trail.requests ?? []).filter((r) => r.channel === 'mail').map((r) => key(r.email)));
  const chairs = trail.status.chairs.flatMap((state): ApprovalAppendixChair[] => {
    const record = state.record;
    if (state.answer !== 'approved' || !record) return [];
    const email = state.chair.email.trim() || record.createdBy.email?.trim() || '';
    const jobTitle = state.chair.jobTitle.trim();
    const organisation = state.chair.organisation.trim();
    return [
      {
        name: state.chair.name.trim() || record.createdBy.name.trim() || email,
        email,
        ...(jobTitle ? { jobTitle } : {}),
        ...(organisation ? { organisation } : {}),
        contentHash: record.contentHash,
        at: danishDateTime(record.createdAt),
        channel: channelText(record, byMail.has(key(state.chair.email))),
      },
    ];
  });
  const rule = approvalRule(chairs.length, trail.status.chairs.length, trail.status.required);
  return {
    heading: APPROVAL_APPENDIX_LABELS.heading,
    version,
    contentHash: trail.contentHash,
    summary: `Version ${version} af referatet er godkendt af ${rule}.`,
    hashNote: APPROVAL_APPENDIX_LABELS.hashNote,
    chairs,
  };
}

/** "Anna Berg og Jonas Dahl" — names joined the Danish way. */
export function danishList(names: readonly string[]): string {
  return new Intl.ListFormat('da', { style: 'long', type: 'conjunction' }).format(names);
}

/** The circulation mail's line: "Godkendt af Anna Berg og Jonas Dahl (se bilaget sidst i referatet)." Plain text. */
export function approvedByLine(appendix: Pick<ApprovalAppendix, 'chairs'>): string {
  return appendix.chairs.length === 0
    ? ''
    : `Godkendt af ${danishList(appendix.chairs.map((c) => c.name))} (${APPROVAL_APPENDIX_LABELS.seeAppendix}).`;
}
