import type { Approval, MinutesVersion } from '../types';

/**
 * Which earlier version a chair's diff starts from: the latest version before this one that the chair answered
 * (approved or asked changes to — they read it), known by the server-stamped author of their Approvals records and
 * only from records nobody else touched; else the version just before this one; else none (the first version).
 */
export function diffBaseFor(
  version: Pick<MinutesVersion, 'id' | 'meetingId' | 'version'>,
  versions: readonly MinutesVersion[],
  approvals: readonly Approval[],
  chairEmail: string | undefined,
): MinutesVersion | undefined {
  const earlier = versions
    .filter((v) => v.meetingId === version.meetingId && v.id !== version.id && v.version < version.version)
    .sort((a, b) => b.version - a.version);
  if (earlier.length === 0) return undefined;
  const me = chairEmail?.trim().toLowerCase();
  if (me) {
    const answered = new Set(
      approvals
        .filter((a) => a.createdBy.id !== '' && a.modifiedById === a.createdBy.id && a.createdBy.email?.toLowerCase() === me)
        .flatMap((a) => earlier.filter((v) => v.id === a.minutesVersionId && v.contentHash === a.contentHash).map((v) => v.id)),
    );
    const seen = earlier.find((v) => answered.has(v.id));
    if (seen) return seen;
  }
  return earlier[0];
}
