import type { Approval, ForumMember, SeenAnswer } from '../types';

/**
 * An answer that disappears is noticed (docs/SECURITY.md): on a site without the planned permissions any member can
 * delete a chair's "request changes" from the Approvals list, and the rule would then read the chairs as agreed. The
 * secretariat's app keeps, on the version row (which only the secretariat writes), every chair's answer it has seen;
 * one missing from the list blocks circulation until the secretariat has looked into it and said so.
 */

const authentic = (a: Approval): boolean => a.createdBy.id !== '' && a.modifiedById === a.createdBy.id;

/** The chairs' own records to this content that are not yet among the seen ones; empty when there is nothing new. */
export function newlySeen(
  seen: readonly SeenAnswer[],
  records: readonly Approval[],
  chairs: readonly ForumMember[],
  hash: string,
): SeenAnswer[] {
  const known = new Set(seen.map((s) => s.id));
  const chairEmails = new Set(chairs.map((c) => c.email.toLowerCase()));
  return records
    .filter((a) => !known.has(a.id) && a.contentHash === hash && authentic(a) && chairEmails.has(a.createdBy.email?.toLowerCase() ?? ''))
    .map((a) => ({
      id: a.id,
      email: a.createdBy.email?.toLowerCase() ?? '',
      name: a.createdBy.name,
      decision: a.decision,
      hash: a.contentHash,
      at: a.createdAt,
    }));
}

/** Seen answers no longer on the list, that nobody has yet looked into. */
export function missingAnswers(seen: readonly SeenAnswer[], records: readonly Approval[]): SeenAnswer[] {
  const present = new Set(records.map((a) => a.id));
  return seen.filter((s) => !present.has(s.id) && s.dismissed === undefined);
}

/** The secretariat has looked into these missing answers: they no longer block. */
export function dismissMissing(seen: readonly SeenAnswer[], ids: readonly string[], by: string, at: string): SeenAnswer[] {
  const which = new Set(ids);
  return seen.map((s) => (which.has(s.id) && s.dismissed === undefined ? { ...s, dismissed: { by, at } } : s));
}
