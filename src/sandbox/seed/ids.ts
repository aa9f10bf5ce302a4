import { createHash } from 'node:crypto';

/**
 * A deterministic GUID from its parts, so every sandbox module derives the same id for the same
 * seeded thing (the Meetings list item's EventId and the calendar event agree, for instance).
 */
export function seedId(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The RFC 5322 Message-ID of a seeded mail. */
export function seedInternetMessageId(groupId: string, mailKey: string, domain: string): string {
  return `<${seedId('message', groupId, mailKey).replace(/-/g, '')}@${domain}>`;
}

/**
 * The Teams join URL of a seeded online meeting, so the Meetings list item's JoinUrl and the
 * calendar event's `onlineMeeting.joinUrl` agree.
 */
export function seedJoinUrl(groupId: string, meetingKey: string): string {
  const thread = seedId('event', groupId, meetingKey).replace(/-/g, '');
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0`;
}
