import { contentHash, type Digest } from '../content-hash';
import { chairsOf } from '../forum-trust';
import type { ForumMember } from '../types';
import type { ChairSignOff, Consultation } from './consultation-types';

/**
 * The chairs' sign-off of a written consultation, as a pure rule (docs/SECURITY.md). Each chair's sign-off is their own
 * record on the SignOffs list; it counts when its server-stamped author is a co-chair the secretariat listed, nobody
 * else has changed it, and it names the consultation's content as it is now — a change to the question, the
 * recommendation, the case, the deadline, the attachments or the recipients needs every sign-off again.
 */

/** What the chairs sign off: the matter as the members will get it. */
export function consultationContent(
  c: Pick<Consultation, 'reference' | 'title' | 'question' | 'recommendations' | 'description' | 'deadline' | 'attachments' | 'recipients'>,
) {
  return {
    reference: c.reference,
    title: c.title,
    question: c.question,
    recommendations: [...c.recommendations],
    description: c.description,
    deadline: c.deadline,
    attachments: c.attachments.map((a) => ({ name: a.name, url: a.url, size: a.size })),
    recipients: c.recipients.map((r) => r.email.trim().toLowerCase()).sort(),
  };
}

export const consultationHash = (c: Parameters<typeof consultationContent>[0], digest: Digest): Promise<string> =>
  contentHash(consultationContent(c), digest);

/** The co-chairs (as the secretariat listed them), by address. */
export const chairAddresses = (members: readonly ForumMember[]): string[] => [
  ...new Set(chairsOf({ members }).map((m) => m.email.toLowerCase())),
];

/** The sign-offs that count: a listed co-chair's own, untouched record naming this content. */
export function countedSignOffs(c: Pick<Consultation, 'signOffs' | 'contentHash'>, members: readonly ForumMember[]): ChairSignOff[] {
  const chairs = new Set(chairAddresses(members));
  return c.signOffs.filter(
    (s) => s.authentic && c.contentHash !== undefined && s.hash === c.contentHash && chairs.has(s.email.toLowerCase()),
  );
}

/** The chairs who have not yet approved sending it. */
export function missingSignOffs(c: Pick<Consultation, 'signOffs' | 'contentHash'>, members: readonly ForumMember[]): string[] {
  const signed = new Set(countedSignOffs(c, members).map((s) => s.email.toLowerCase()));
  return chairAddresses(members).filter((e) => !signed.has(e));
}

/** It may go out: no sign-off asked for, or every chair has given it (to this content). */
export const readyToSend = (
  c: Pick<Consultation, 'signOffRequired' | 'signOffs' | 'contentHash'>,
  members: readonly ForumMember[],
): boolean => !c.signOffRequired || (chairAddresses(members).length > 0 && missingSignOffs(c, members).length === 0);
