import type { ForumMember } from '../types';
import type { Consultation } from './types';

/** The forum's chairs, by address. */
export const chairAddresses = (members: readonly ForumMember[]): string[] => [...new Set(members.filter((m) => m.role === 'chair' && m.email !== '').map((m) => m.email.toLowerCase()))];

/** The chairs who have not yet approved sending it. */
export function missingSignOffs(c: Pick<Consultation, 'signOffs'>, members: readonly ForumMember[]): string[] {
  const signed = new Set(c.signOffs.map((s) => s.email.toLowerCase()));
  return chairAddresses(members).filter((e) => !signed.has(e));
}

/** It may go out: no sign-off asked for, or every chair has given it. */
export const readyToSend = (c: Pick<Consultation, 'signOffRequired' | 'signOffs'>, members: readonly ForumMember[]): boolean => !c.signOffRequired || missingSignOffs(c, members).length === 0;
