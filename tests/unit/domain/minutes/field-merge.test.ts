import { keepBoth, mergeAttendance, mergeField } from '../../../../src/domain/minutes/field-merge';
import type { MinutesAttendee } from '../../../../src/domain/minutes/minutes-content';

describe('mergeField', () => {
  it('takes theirs when only they changed the field', () => {
    expect(mergeField('A', 'A', 'A og B')).toEqual({ kind: 'theirs', text: 'A og B' });
  });

  it('keeps mine when only I changed it', () => {
    expect(mergeField('A', 'A og C', 'A')).toEqual({ kind: 'mine', text: 'A og C' });
  });

  it('is the same when both wrote the same, whatever the line endings', () => {
    expect(mergeField('A', 'B\r\nC', 'B\nC').kind).toBe('same');
  });

  it('is a conflict when both changed it differently', () => {
    expect(mergeField('A', 'A mine', 'A theirs')).toEqual({ kind: 'conflict', mine: 'A mine', theirs: 'A theirs' });
    expect(mergeField('', 'mine', 'theirs').kind).toBe('conflict');
  });
});

describe('keepBoth', () => {
  it('keeps both texts, mine first, theirs under its own heading', () => {
    const both = keepBoth('Min tekst', 'Deres tekst', { theirs: 'Annes version' });
    expect(both).toBe('Min tekst\n\n——— Annes version ———\nDeres tekst');
  });

  it('does not repeat a text the other already contains', () => {
    expect(keepBoth('A og B', 'A', { theirs: 'x' })).toBe('A og B');
    expect(keepBoth('A', 'A og B', { theirs: 'x' })).toBe('A og B');
    expect(keepBoth('', 'B', { theirs: 'x' })).toBe('B');
  });
});

describe('mergeAttendance', () => {
  const row = (email: string, presence: MinutesAttendee['presence']): MinutesAttendee => ({
    email,
    name: email,
    organisation: 'Org',
    presence,
  });
  const base = [row('a@x', 'room'), row('b@x', 'absent'), row('c@x', 'room')];

  it('keeps my changed rows and their changed rows', () => {
    const mine = [row('a@x', 'online'), row('b@x', 'absent'), row('c@x', 'room'), row('g@x', 'guest')];
    const theirs = [row('a@x', 'room'), row('b@x', 'apology'), row('c@x', 'room')];
    expect(mergeAttendance(base, mine, theirs)).toEqual([
      row('a@x', 'online'),
      row('b@x', 'apology'),
      row('c@x', 'room'),
      row('g@x', 'guest'),
    ]);
  });

  it('removes a row I removed and keeps a row they added', () => {
    const mine = [row('a@x', 'room'), row('b@x', 'absent')];
    const theirs = [...base, row('h@x', 'guest')];
    expect(mergeAttendance(base, mine, theirs).map((r) => r.email)).toEqual(['a@x', 'b@x', 'h@x']);
  });
});
