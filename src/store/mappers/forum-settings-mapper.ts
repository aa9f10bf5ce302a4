import * as z from 'zod/mini';
import { Fields, type GraphListItem } from '../list-item';

/** The deadlines of a forum's commissorium, in whole days relative to the meeting. */
export interface ForumDeadlines {
  readonly submissionsCloseDaysBefore?: number;
  readonly agendaSentDaysBefore?: number;
}

const days = z.optional(z.int().check(z.minimum(0), z.maximum(365)));
const Settings = z.object({
  deadlines: z.optional(z.object({ submissionsCloseDaysBefore: days, agendaSentDaysBefore: days })),
});

/** Reads the deadlines from the Forum item's SettingsJson; unreadable settings give no deadlines, not an error. */
export function toForumDeadlines(forumItem: GraphListItem | undefined): ForumDeadlines {
  if (!forumItem) return {};
  try {
    const parsed = Settings.safeParse(JSON.parse(Fields.of(forumItem).text('SettingsJson', '{}')));
    const d = parsed.success ? parsed.data.deadlines : undefined;
    return {
      ...(d?.submissionsCloseDaysBefore !== undefined ? { submissionsCloseDaysBefore: d.submissionsCloseDaysBefore } : {}),
      ...(d?.agendaSentDaysBefore !== undefined ? { agendaSentDaysBefore: d.agendaSentDaysBefore } : {}),
    };
  } catch {
    return {};
  }
}
