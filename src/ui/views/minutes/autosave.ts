import { keepBoth, mergeAttendance, mergeField } from '../../../domain/minutes/field-merge';
import type { MinutesAttendee } from '../../../domain/minutes/minutes-content';
import {
  AttendanceConflictError,
  MinutesItemConflictError,
  type ChangedBy,
  type MinutesTextField,
  type SavedAttendance,
  type SavedItemField,
} from '../../../store/minutes/draft-types';

/**
 * The minutes editor's autosave, outside React so it can be reasoned about (and tested) on its own. One controller
 * per agenda item (its Referat and Beslutning share the item's eTag, so their saves go one at a time) and one for
 * the attendance. Typing saves ~1 s after it stops, leaving a field saves at once. A 412 is settled with a 3-way
 * merge against what this editor last loaded: taken over silently when only the other person changed a field,
 * saved again on the fresh eTag when only I did, and shown as a conflict (keep mine / use theirs / keep both) when
 * both did. A failed save keeps the text and says so; nothing typed is dropped.
 */

export const AUTOSAVE_DELAY_MS = 1000;

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'dirty' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'conflict' };

export interface FieldState {
  readonly text: string;
  readonly status: SaveStatus;
  /** Both changed the field: the other person's text, and who they are. */
  readonly conflict?: { readonly theirs: string; readonly by: ChangedBy };
  /** The other person's change was taken over (I had not changed the field). */
  readonly tookTheirs?: ChangedBy;
}

type Listener = () => void;

class Emitter {
  private readonly listeners = new Set<Listener>();
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  protected emit(): void {
    for (const l of this.listeners) l();
  }
}

interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

interface FieldInternal {
  text: string;
  /** What the server had when this editor last read or wrote the field. */
  base: string;
  status: SaveStatus;
  conflict?: { theirs: string; by: ChangedBy };
  tookTheirs?: ChangedBy;
  timer?: unknown;
}

export type SaveItemField = (field: MinutesTextField, text: string, etag: string) => Promise<SavedItemField>;

export const FIELDS: readonly MinutesTextField[] = ['referat', 'beslutning'];

export class ItemAutosave extends Emitter {
  private etag: string;
  private readonly fields: Record<MinutesTextField, FieldInternal>;
  private readonly queue = new Set<MinutesTextField>();
  private inFlight = false;
  private snap: Readonly<Record<MinutesTextField, FieldState>>;

  constructor(
    initial: Readonly<Record<MinutesTextField, string>>,
    etag: string,
    private readonly save: SaveItemField,
    private readonly now: () => Date = () => new Date(),
    private readonly delayMs = AUTOSAVE_DELAY_MS,
    private readonly timers: Timers = realTimers,
  ) {
    super();
    this.etag = etag;
    const field = (text: string): FieldInternal => ({ text, base: text, status: { kind: 'idle' } });
    this.fields = { referat: field(initial.referat), beslutning: field(initial.beslutning) };
    this.snap = this.build();
  }

  readonly snapshot = (): Readonly<Record<MinutesTextField, FieldState>> => this.snap;

  /** Whether anything typed is not saved yet (or waits for a choice). */
  get pending(): boolean {
    return FIELDS.some((f) => this.fields[f].text !== this.fields[f].base || this.fields[f].conflict !== undefined) || this.inFlight;
  }

  edit(field: MinutesTextField, text: string): void {
    const f = this.fields[field];
    f.text = text;
    f.tookTheirs = undefined;
    if (!f.conflict) {
      f.status = { kind: 'dirty' };
      this.schedule(field);
    }
    this.changed();
  }

  /** Saves now (leaving the field, closing the editor). */
  flush(field: MinutesTextField): void {
    const f = this.fields[field];
    if (f.timer !== undefined) this.timers.clear(f.timer);
    f.timer = undefined;
    if (f.conflict) return;
    if (f.text === f.base && f.status.kind !== 'error') {
      if (f.status.kind === 'dirty') f.status = { kind: 'idle' };
      this.changed();
      return;
    }
    this.queue.add(field);
    void this.pump();
  }

  flushAll(): void {
    for (const f of FIELDS) this.flush(f);
  }

  /** Settles a conflict: my text, theirs, or both (mine first, theirs under `theirsLabel`). */
  resolve(field: MinutesTextField, choice: 'mine' | 'theirs' | 'both', theirsLabel = ''): void {
    const f = this.fields[field];
    if (!f.conflict) return;
    const theirs = f.conflict.theirs;
    f.conflict = undefined;
    if (choice === 'theirs') {
      f.text = theirs;
      f.base = theirs;
      f.status = { kind: 'saved', at: this.now() };
      this.changed();
      return;
    }
    if (choice === 'both') f.text = keepBoth(f.text, theirs, { theirs: theirsLabel });
    f.status = { kind: 'dirty' };
    this.changed();
    this.flush(field);
  }

  dispose(): void {
    for (const f of FIELDS) if (this.fields[f].timer !== undefined) this.timers.clear(this.fields[f].timer);
  }

  private schedule(field: MinutesTextField): void {
    const f = this.fields[field];
    if (f.timer !== undefined) this.timers.clear(f.timer);
    f.timer = this.timers.set(() => {
      f.timer = undefined;
      this.flush(field);
    }, this.delayMs);
  }

  private async pump(): Promise<void> {
    if (this.inFlight) return;
    const [field] = this.queue;
    if (!field) return;
    this.queue.delete(field);
    const f = this.fields[field];
    if (f.conflict) return void this.pump();
    const sent = f.text;
    this.inFlight = true;
    f.status = { kind: 'saving' };
    this.changed();
    try {
      const saved = await this.save(field, sent, this.etag);
      this.etag = saved.etag;
      f.base = sent;
      f.status = f.text === sent ? { kind: 'saved', at: this.now() } : { kind: 'dirty' };
    } catch (error) {
      if (error instanceof MinutesItemConflictError) this.merge(error);
      else f.status = { kind: 'error', error };
    } finally {
      this.inFlight = false;
      this.changed();
    }
    await this.pump();
  }

  /** After a 412: every field against the server's current text (the eTag covers both). */
  private merge(conflict: MinutesItemConflictError): void {
    this.etag = conflict.etag;
    for (const name of FIELDS) {
      const f = this.fields[name];
      const theirs = conflict.current[name];
      const merged = mergeField(f.base, f.text, theirs);
      f.base = theirs;
      if (merged.kind === 'same') {
        if (f.status.kind === 'saving') f.status = { kind: 'saved', at: this.now() };
      } else if (merged.kind === 'theirs') {
        f.text = theirs;
        f.tookTheirs = conflict.changedBy;
        f.status = { kind: 'idle' };
      } else if (merged.kind === 'mine') {
        this.queue.add(name);
        if (f.status.kind === 'saving') f.status = { kind: 'dirty' };
      } else {
        if (f.timer !== undefined) this.timers.clear(f.timer);
        f.timer = undefined;
        this.queue.delete(name);
        f.conflict = { theirs, by: conflict.changedBy };
        f.status = { kind: 'conflict' };
      }
    }
  }

  private build(): Readonly<Record<MinutesTextField, FieldState>> {
    const view = (f: FieldInternal): FieldState => ({
      text: f.text,
      status: f.status,
      ...(f.conflict ? { conflict: f.conflict } : {}),
      ...(f.tookTheirs ? { tookTheirs: f.tookTheirs } : {}),
    });
    return { referat: view(this.fields.referat), beslutning: view(this.fields.beslutning) };
  }

  private changed(): void {
    this.snap = this.build();
    this.emit();
  }
}

export interface AttendanceState {
  readonly rows: readonly MinutesAttendee[];
  readonly status: SaveStatus;
  /** Someone else changed the attendance meanwhile; their rows and mine were combined. */
  readonly mergedWith?: ChangedBy;
}

export type SaveAttendance = (rows: readonly MinutesAttendee[], etag: string) => Promise<SavedAttendance>;

/** The attendance: one JSON note on the meeting, saved whole; a 412 merges row by row and saves again. */
export class AttendanceAutosave extends Emitter {
  private rows: readonly MinutesAttendee[];
  private base: readonly MinutesAttendee[];
  private status: SaveStatus = { kind: 'idle' };
  private mergedWith?: ChangedBy;
  private timer?: unknown;
  private inFlight = false;
  private again = false;
  private snap: AttendanceState;

  constructor(
    initial: readonly MinutesAttendee[],
    private etag: string,
    private readonly save: SaveAttendance,
    private readonly now: () => Date = () => new Date(),
    private readonly delayMs = AUTOSAVE_DELAY_MS,
    private readonly timers: Timers = realTimers,
  ) {
    super();
    this.rows = initial;
    this.base = initial;
    this.snap = this.build();
  }

  readonly snapshot = (): AttendanceState => this.snap;

  get pending(): boolean {
    return this.rows !== this.base || this.inFlight;
  }

  edit(rows: readonly MinutesAttendee[]): void {
    this.rows = rows;
    this.status = { kind: 'dirty' };
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.flush(), this.delayMs);
    this.changed();
  }

  flush(): void {
    this.send(false);
  }

  /**
   * Saves the attendance as it stands, edited or not: the draft set the saved one aside (someone other than the
   * secretariat wrote the meeting last), and this makes the one shown the saved one.
   */
  saveAsShown(): void {
    this.send(true);
  }

  /** Saves now (a pending debounce dropped); unchanged rows only when asked, or to retry a failed save. */
  private send(evenUnchanged: boolean): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    if (!evenUnchanged && this.rows === this.base && this.status.kind !== 'error') return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    void this.run();
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
  }

  private async run(): Promise<void> {
    const sent = this.rows;
    this.inFlight = true;
    this.status = { kind: 'saving' };
    this.changed();
    try {
      const saved = await this.save(sent, this.etag);
      this.etag = saved.etag;
      this.base = sent;
      this.status = this.rows === sent ? { kind: 'saved', at: this.now() } : { kind: 'dirty' };
      if (this.rows !== sent) this.again = true;
    } catch (error) {
      if (error instanceof AttendanceConflictError) {
        this.etag = error.etag;
        // No saved list on the server: the 412 came from another change to the meeting, and the prefill still stands.
        const theirs = error.current.length > 0 ? error.current : this.base;
        this.rows = mergeAttendance(this.base, this.rows, theirs);
        this.base = theirs;
        this.mergedWith = error.changedBy;
        this.again = true;
      } else this.status = { kind: 'error', error };
    } finally {
      this.inFlight = false;
      this.changed();
    }
    if (this.again) {
      this.again = false;
      this.flush();
    }
  }

  private build(): AttendanceState {
    return { rows: this.rows, status: this.status, ...(this.mergedWith ? { mergedWith: this.mergedWith } : {}) };
  }

  private changed(): void {
    this.snap = this.build();
    this.emit();
  }
}
