import type { MinutesAttendee, MinutesContent } from '../../../domain/minutes/minutes-content';
import type { ForumRef } from '../../../domain/types';
import type { MinutesDraft, MinutesDraftApi } from '../../../store/minutes/draft-types';
import { AttendanceAutosave, ItemAutosave } from './autosave';

/** One opened draft: an autosave per agenda item and one for the attendance, and the minutes as they stand now. */
export class DraftSession {
  readonly items: ReadonlyMap<string, ItemAutosave>;
  readonly attendance: AttendanceAutosave;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[];

  constructor(
    private readonly draft: MinutesDraft,
    forum: ForumRef,
    store: MinutesDraftApi,
    now: () => Date,
  ) {
    this.items = new Map(
      draft.content.items.map((item) => [
        item.agendaItemId,
        new ItemAutosave(
          { referat: item.referat, beslutning: item.beslutning },
          draft.itemEtags[item.agendaItemId] ?? '',
          (field, text, etag) => store.saveItemField(forum, item.agendaItemId, field, text, etag),
          now,
        ),
      ]),
    );
    // The attendance's saves check a list they meet against the owners the draft was read with.
    const attendanceForum = draft.owners ? { ...forum, owners: draft.owners } : forum;
    this.attendance = new AttendanceAutosave(
      draft.content.attendance,
      draft.meeting.etag,
      (rows: readonly MinutesAttendee[], etag) => store.saveAttendance(attendanceForum, draft.meeting.id, rows, etag),
      now,
    );
    const bump = () => {
      this.version += 1;
      for (const l of this.listeners) l();
    };
    this.unsubscribe = [...this.items.values(), this.attendance].map((c) => c.subscribe(bump));
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  /** The minutes with what is typed now (saved or not): for the footer's "send to the chairs". */
  content(): MinutesContent {
    return {
      ...this.draft.content,
      attendance: [...this.attendance.snapshot().rows],
      items: this.draft.content.items.map((item) => {
        const state = this.items.get(item.agendaItemId)?.snapshot();
        return state ? { ...item, referat: state.referat.text, beslutning: state.beslutning.text } : item;
      }),
    };
  }

  /** Whether anything is still unsaved or waits for a choice. */
  get pending(): boolean {
    return this.attendance.pending || [...this.items.values()].some((c) => c.pending);
  }

  flushAll(): void {
    for (const c of this.items.values()) c.flushAll();
    this.attendance.flush();
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    for (const c of this.items.values()) c.dispose();
    this.attendance.dispose();
  }
}
