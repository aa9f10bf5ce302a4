import type { ParseContext } from './mail-types';

/** The member who sent the mail: their address or their substitute's, compared case-insensitively. */
export function memberIdFor(address: string | undefined, members: ParseContext['members']): string | null {
  const a = address?.trim().toLowerCase();
  if (!a || !members) return null;
  const found =
    members.find((m) => m.email.trim().toLowerCase() === a) ?? members.find((m) => (m.substituteEmail ?? '').trim().toLowerCase() === a);
  return found?.id ?? null;
}
