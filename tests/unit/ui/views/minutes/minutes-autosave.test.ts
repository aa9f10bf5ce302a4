import { MinutesItemConflictError, type MinutesTextField, type SavedItemField } from '../../../../../src/store/minutes/draft-types';
import { AttendanceAutosave, ItemAutosave } from '../../../../../src/ui/views/minutes/autosave';
import { AttendanceConflictError } from '../../../../../src/store/minutes/draft-types';
import type { MinutesAttendee } from '../../../../../src/domain/minutes/minutes-content';

/** The autosave controllers on their own: manual timers, a save function whose answers the test releases. */

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    set: (fn: () => void) => (pending.set(++next, fn), next),
    clear: (h: unknown) => void pending.delete(h as number),
    fire: () => {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((f) => f());
    },
    count: () => pending.size,
  };
}

interface Call {
  field: MinutesTextField;
  text: string;
  etag: string;
  resolve: (v: SavedItemField) => void;
  reject: (e: unknown) => void;
}

function deferredSave() {
  const calls: Call[] = [];
  const save = (field: MinutesTextField, text: string, etag: string) =>
    new Promise<SavedItemField>((resolve, reject) => calls.push({ field, text, etag, resolve, reject }));
  return { calls, save };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ItemAutosave', () => {
  it('saves after the pause, one save at a time, and the text typed meanwhile follows on the new eTag', async () => {
    const timers = manualTimers();
    const backend = deferredSave();
    const c = new ItemAutosave({ referat: '', beslutning: '' }, '"1"', backend.save, () => new Date(0), 1000, timers);
    c.edit('referat', 'Første');
    expect(backend.calls).toHaveLength(0);
    timers.fire();
    expect(backend.calls.map((x) => [x.field, x.text, x.etag])).toEqual([['referat', 'Første', '"1"']]);
    expect(c.snapshot().referat.status.kind).toBe('saving');

    c.edit('referat', 'Første og anden');
    c.edit('beslutning', 'Besluttet');
    c.flushAll();
    expect(backend.calls).toHaveLength(1);
    backend.calls[0]?.resolve({ text: 'Første', etag: '"2"' });
    await tick();
    expect(backend.calls.slice(1).map((x) => [x.field, x.text, x.etag])).toEqual([['referat', 'Første og anden', '"2"']]);
    backend.calls[1]?.resolve({ text: 'Første og anden', etag: '"3"' });
    await tick();
    expect(backend.calls.slice(2).map((x) => [x.field, x.text, x.etag])).toEqual([['beslutning', 'Besluttet', '"3"']]);
    backend.calls[2]?.resolve({ text: 'Besluttet', etag: '"4"' });
    await tick();
    expect(c.snapshot().referat.status.kind).toBe('saved');
    expect(c.snapshot().beslutning.status.kind).toBe('saved');
    expect(c.pending).toBe(false);
  });

  it('keeps the text when a save fails, and saves it again on retry', async () => {
    const timers = manualTimers();
    const backend = deferredSave();
    const c = new ItemAutosave({ referat: 'A', beslutning: '' }, '"1"', backend.save, () => new Date(0), 1000, timers);
    c.edit('referat', 'A og B');
    c.flush('referat');
    backend.calls[0]?.reject(new Error('offline'));
    await tick();
    expect(c.snapshot().referat).toMatchObject({ text: 'A og B', status: { kind: 'error' } });
    expect(c.pending).toBe(true);
    c.flush('referat');
    expect(backend.calls[1]?.text).toBe('A og B');
  });

  it('after a 412 saves my other field on the fresh eTag and takes theirs where only they changed', async () => {
    const backend = deferredSave();
    const c = new ItemAutosave({ referat: 'R', beslutning: 'B' }, '"1"', backend.save, () => new Date(0), 1000, manualTimers());
    c.edit('beslutning', 'B mine');
    c.flush('beslutning');
    backend.calls[0]?.reject(new MinutesItemConflictError('7', { referat: 'R theirs', beslutning: 'B' }, '"5"', { name: 'Anne' }));
    await tick();
    expect(c.snapshot().referat).toMatchObject({ text: 'R theirs', tookTheirs: { name: 'Anne' } });
    expect(backend.calls[1]).toMatchObject({ field: 'beslutning', text: 'B mine', etag: '"5"' });
  });

  it('does not save a conflicting field until the person chooses', async () => {
    const timers = manualTimers();
    const backend = deferredSave();
    const c = new ItemAutosave({ referat: 'R', beslutning: '' }, '"1"', backend.save, () => new Date(0), 1000, timers);
    c.edit('referat', 'R mine');
    c.flush('referat');
    backend.calls[0]?.reject(new MinutesItemConflictError('7', { referat: 'R theirs', beslutning: '' }, '"5"', {}));
    await tick();
    expect(c.snapshot().referat.conflict?.theirs).toBe('R theirs');
    c.edit('referat', 'R mine, more');
    timers.fire();
    expect(backend.calls).toHaveLength(1);
    c.resolve('referat', 'mine');
    expect(backend.calls[1]).toMatchObject({ text: 'R mine, more', etag: '"5"' });
  });
});

describe('AttendanceAutosave', () => {
  const row = (email: string, presence: MinutesAttendee['presence']): MinutesAttendee => ({
    email,
    name: email,
    organisation: 'O',
    presence,
  });

  it('merges row by row after a 412 and saves the merged list on the fresh eTag', async () => {
    const sent: { rows: readonly MinutesAttendee[]; etag: string }[] = [];
    let fail = true;
    const c = new AttendanceAutosave(
      [row('a@x', 'room'), row('b@x', 'room')],
      '"1"',
      async (rows, etag) => {
        sent.push({ rows, etag });
        if (fail) {
          fail = false;
          throw new AttendanceConflictError('3', [row('a@x', 'room'), row('b@x', 'apology')], '"9"', { name: 'Anne' });
        }
        return { attendance: rows, etag: '"10"' };
      },
      () => new Date(0),
      1000,
      manualTimers(),
    );
    c.edit([row('a@x', 'online'), row('b@x', 'room')]);
    c.flush();
    await tick();
    await tick();
    expect(sent.map((s) => s.etag)).toEqual(['"1"', '"9"']);
    expect(sent[1]?.rows.map((r) => r.presence)).toEqual(['online', 'apology']);
    expect(c.snapshot()).toMatchObject({ status: { kind: 'saved' }, mergedWith: { name: 'Anne' } });
  });

  it('keeps the prefilled rows when the 412 came from another change to the meeting (no saved list yet)', async () => {
    const sent: (readonly MinutesAttendee[])[] = [];
    let fail = true;
    const c = new AttendanceAutosave(
      [row('a@x', 'room'), row('b@x', 'room')],
      '"1"',
      async (rows) => {
        sent.push(rows);
        if (fail) {
          fail = false;
          throw new AttendanceConflictError('3', [], '"2"', {});
        }
        return { attendance: rows, etag: '"3"' };
      },
      () => new Date(0),
      1000,
      manualTimers(),
    );
    c.edit([row('a@x', 'room'), row('b@x', 'apology')]);
    c.flush();
    await tick();
    await tick();
    expect(sent[1]?.map((r) => [r.email, r.presence])).toEqual([
      ['a@x', 'room'],
      ['b@x', 'apology'],
    ]);
  });
});
