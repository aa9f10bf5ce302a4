import { diffMinutes, diffText, summarizeChanges } from '../../../../src/domain/minutes/minutes-diff';
import type { MinutesItem } from '../../../../src/domain/minutes/minutes-content';
import { content, item } from './minutes-fixture';

const itemsOf = (): [MinutesItem, MinutesItem, MinutesItem] => {
  const [a1, a2, a3] = content().items;
  if (!a1 || !a2 || !a3) throw new Error('fixture');
  return [a1, a2, a3];
};

const joined = (parts: readonly { kind: string; text: string }[], kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text.trim())
    .join(' ');

describe('diffMinutes', () => {
  it('finds no changes between equal contents', () => {
    const d = diffMinutes(content(), content());
    expect(d.changed).toBe(false);
    expect(d.items.every((i) => i.change === 'unchanged' && !i.moved)).toBe(true);
    expect(d.attendance).toEqual([]);
    expect(summarizeChanges(d).items).toEqual([]);
  });

  it('marks the words changed in a Beslutning, Danish letters intact', () => {
    const before = content();
    const after = content({
      items: before.items.map((i) =>
        i.agendaItemId === 'a3' ? { ...i, beslutning: 'Godkendt med bemærkning om ældreområdet på Ærø.' } : i,
      ),
    });
    const d = diffMinutes(before, after);
    const a3 = d.items.find((i) => i.agendaItemId === 'a3');
    expect(a3?.change).toBe('changed');
    expect(a3?.changedFields).toEqual(['beslutning']);
    const parts = a3?.fields.beslutning.parts ?? [];
    expect(joined(parts, 'added')).toContain('ældreområdet på Ærø');
    // The parts rebuild both texts: what is there now (same + added) exactly, what was there (same + removed) up to whitespace.
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe('Godkendt.');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('Godkendt med bemærkning om ældreområdet på Ærø.');
    expect(a3?.fields.referat.changed).toBe(false);
    expect(summarizeChanges(d).items).toEqual([{ number: 3, title: 'Økonomi og årshjul', change: 'changed', fields: ['beslutning'] }]);
  });

  it('reports an added and a removed item, and a renumbering is not a move', () => {
    const before = content();
    const [a1, , a3] = itemsOf();
    const after = content({ items: [a1, item('a4', 2, { title: 'Nyt punkt' }), { ...a3, number: 3 }] });
    const d = diffMinutes(before, after);
    expect(d.items.map((i) => [i.agendaItemId, i.change])).toEqual([
      ['a1', 'unchanged'],
      ['a2', 'removed'],
      ['a4', 'added'],
      ['a3', 'unchanged'],
    ]);
    expect(d.items.find((i) => i.agendaItemId === 'a4')?.fields.title.parts).toEqual([{ kind: 'added', text: 'Nyt punkt' }]);
    expect(d.items.some((i) => i.moved)).toBe(false);
  });

  it('sees reordered items as moved, with their earlier numbers, and their text unchanged', () => {
    const before = content();
    const [a1, a2, a3] = itemsOf();
    const after = content({ items: [a1, { ...a3, number: 2 }, { ...a2, number: 3 }] });
    const d = diffMinutes(before, after);
    const moved = d.items.filter((i) => i.moved);
    expect(moved).toHaveLength(1);
    expect(d.items.find((i) => i.agendaItemId === 'a3')?.previousNumber).toBe(3);
    expect(d.items.every((i) => i.change === 'unchanged')).toBe(true);
    expect(d.changed).toBe(true);
    expect(summarizeChanges(d).items.map((l) => l.change)).toEqual(['moved']);
  });

  it('lists who changed presence, who was added and who was removed', () => {
    const before = content();
    const [jonas, lene] = before.attendance;
    if (!jonas || !lene) throw new Error('fixture');
    const after = content({
      attendance: [
        { ...jonas },
        { ...lene, presence: 'apology' },
        {
          email: 'sofie@region.example',
          name: 'Sofie Sørensen',
          organisation: 'Region',
          presence: 'substitute',
          substituteFor: 'ole@praksis.example',
        },
      ],
    });
    const d = diffMinutes(before, after);
    expect(d.attendance).toEqual([
      { email: 'lene@kommune.example', name: 'Lene Damgaard', before: 'online', after: 'apology' },
      { email: 'sofie@region.example', name: 'Sofie Sørensen', after: 'substitute' },
      { email: 'ole@praksis.example', name: 'Ole Ørsted', before: 'apology' },
    ]);
    expect(summarizeChanges(d).attendance).toBe(3);
  });

  it('diffs Indstilling lines and reports header changes', () => {
    const before = content();
    const after = content({
      location: 'Mødelokale 3',
      items: before.items.map((i) =>
        i.agendaItemId === 'a2' ? { ...i, recommendations: [...i.recommendations, 'at styregruppen godkender planen'] } : i,
      ),
    });
    const d = diffMinutes(before, after);
    expect(d.header).toEqual(['location']);
    const a2 = d.items.find((i) => i.agendaItemId === 'a2');
    expect(a2?.changedFields).toEqual(['recommendations']);
    expect(joined(a2?.fields.recommendations.parts ?? [], 'added')).toBe('at styregruppen godkender planen');
  });
});

describe('diffText', () => {
  it('gives one same part for equal text and nothing for two empty texts', () => {
    expect(diffText('Æbler og pærer', 'Æbler og pærer')).toEqual({ changed: false, parts: [{ kind: 'same', text: 'Æbler og pærer' }] });
    expect(diffText('', '')).toEqual({ changed: false, parts: [] });
  });
});
