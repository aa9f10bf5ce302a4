import {
  canMove,
  inAgendaOrder,
  insertionIndex,
  moveDown,
  moveItem,
  moveUp,
  renumber,
  withStandingItems,
} from '../../../src/domain/agenda-order';
import { STANDING_ITEMS, standingItem } from '../../../src/domain/standing-items';

const it_ = (id: string, title: string, standing = false, standingKey?: string) => ({
  id,
  number: Number(id),
  title,
  standing,
  ...(standingKey ? { standingKey } : {}),
});
const agenda = [
  it_('1', 'Velkomst', true),
  it_('2', 'KOL'),
  it_('3', 'Natordning'),
  it_('4', 'Punkter til kommende møder', true),
  it_('5', 'Eventuelt', true),
];
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('moving items', () => {
  it('moves up, down and to an index, clamped to the list, without changing the input', () => {
    expect(ids(moveUp(agenda, 2))).toEqual(['1', '3', '2', '4', '5']);
    expect(ids(moveDown(agenda, 1))).toEqual(['1', '3', '2', '4', '5']);
    expect(ids(moveItem(agenda, 4, 0))).toEqual(['5', '1', '2', '3', '4']);
    expect(ids(moveItem(agenda, 0, 99))).toEqual(['2', '3', '4', '5', '1']);
    expect(ids(moveUp(agenda, 0))).toEqual(ids(agenda));
    expect(ids(moveItem(agenda, 7, 0))).toEqual(ids(agenda));
    expect(ids(agenda)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('knows when a move is possible', () => {
    expect([canMove(5, 0, 'up'), canMove(5, 1, 'up'), canMove(5, 4, 'down'), canMove(5, 3, 'down')]).toEqual([false, true, false, true]);
  });

  it('renumbers only what changed', () => {
    expect(renumber(moveUp(agenda, 2))).toEqual([
      { id: '3', number: 2 },
      { id: '2', number: 3 },
    ]);
    expect(renumber(agenda)).toEqual([]);
  });

  it('sorts by number, stably', () => {
    expect(
      ids(
        inAgendaOrder([
          { id: 'b', number: 2 },
          { id: 'a', number: 1 },
          { id: 'c', number: 2 },
        ]),
      ),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('where new items go', () => {
  it('before the closing standing items', () => {
    expect(insertionIndex(agenda)).toBe(3);
    expect(insertionIndex(agenda.slice(0, 3))).toBe(3);
    expect(insertionIndex([])).toBe(0);
  });

  it('a closing item the secretariat moved up front does not pull new items with it', () => {
    expect(insertionIndex([it_('5', 'Eventuelt', true), it_('2', 'KOL')])).toBe(2);
  });

  it('standing items wrap an agenda that had none', () => {
    const placed = withStandingItems([it_('2', 'KOL'), it_('3', 'Natordning')], STANDING_ITEMS);
    expect(placed.map((e) => (e.kind === 'standing' ? e.def.key : e.item.id))).toEqual([
      'welcome',
      'actions-follow-up',
      '2',
      '3',
      'coming-meetings',
      'written-briefings',
      'any-other-business',
    ]);
  });

  it('a missing follow-up item goes after the existing welcome, before the other items', () => {
    const placed = withStandingItems(agenda, [standingItem('actions-follow-up')]);
    expect(placed.map((e) => (e.kind === 'standing' ? e.def.key : e.item.id))).toEqual(['1', 'actions-follow-up', '2', '3', '4', '5']);
  });

  it('a missing closing item is put in its standard place among the closing items', () => {
    const placed = withStandingItems(agenda, [standingItem('written-briefings')]);
    expect(placed.map((e) => (e.kind === 'standing' ? e.def.key : e.item.id))).toEqual(['1', '2', '3', '4', 'written-briefings', '5']);
  });
});
