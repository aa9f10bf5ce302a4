import type { Locale } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';
import type { IntakeMessage } from '../../store/outlook-intake';

/**
 * The forum a message is for: the one whose submission mailbox it was found in or addressed to, else the first.
 * Addresses compare case-insensitively.
 */
export function forumForMessage(forums: readonly ForumHome[], message: Pick<IntakeMessage, 'mailbox' | 'mail'>): ForumHome | undefined {
  const lower = (s: string | undefined) => (s ?? '').trim().toLowerCase();
  const inMailbox = forums.find((f) => message.mailbox !== undefined && lower(f.forum.mailbox) === lower(message.mailbox));
  if (inMailbox) return inMailbox;
  const to = new Set((message.mail.to ?? []).map((a) => lower(a.address)));
  return forums.find((f) => to.has(lower(f.forum.mailbox))) ?? forums[0];
}

/** "12 kB", "1,4 MB": a file's size for the attachment list. */
export function formatSize(bytes: number, locale: Locale): string {
  const format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} kB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}
