import type { HomeRole } from '../../model/roles';

/**
 * The planning view's address: "#/<role>/planning", or "#/<role>/planning/item/<submissionId>" to open it at one
 * submission (the to-do's links to new items). The role tab stays "#/<role>".
 */
const hashPath = (): string => (typeof window === 'undefined' ? '' : window.location.hash.replace(/^#\/?/, ''));

export function isPlanningHash(role: HomeRole): boolean {
  const path = hashPath();
  return path === `${role}/planning` || path.startsWith(`${role}/planning/item/`);
}

export const planningHref = (role: HomeRole, submissionId?: string): string =>
  `#/${role}/planning${submissionId ? `/item/${encodeURIComponent(submissionId)}` : ''}`;

/** The submission the address asks the planning view to open at, if any. */
export function planningItemInHash(): string | undefined {
  const match = /\/planning\/item\/([^/]+)$/.exec(hashPath());
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
