import { missingStandingItems, STANDING_ITEMS, standingItemsToAdd, standingKeyOf } from '../../../src/domain/standing-items';

const item = (title: string, standing = true, standingKey?: string) => ({ title, standing, ...(standingKey ? { standingKey } : {}) });

describe('standing items', () => {
  it('are welcome and follow-up first and coming meetings, written briefings, any other business last', () => {
    expect(STANDING_ITEMS.map((s) => [s.title, s.place])).toEqual([
      ['Velkomst og godkendelse af dagsorden', 'first'],
      ['Opfølgning på beslutninger', 'first'],
      ['Punkter til kommende møder', 'last'],
      ['Skriftlige orienteringspunkter', 'last'],
      ['Eventuelt', 'last'],
    ]);
  });

  it('are all added to an agenda without any, and none to one that has some (the secretariat removed the rest)', () => {
    expect(standingItemsToAdd([]).map((s) => s.key)).toEqual([
      'welcome',
      'actions-follow-up',
      'coming-meetings',
      'written-briefings',
      'any-other-business',
    ]);
    expect(standingItemsToAdd([item('72-timers behandlingsansvar', false)])).toHaveLength(5);
    expect(standingItemsToAdd([item('Eventuelt')])).toEqual([]);
    expect(standingItemsToAdd([item('Kaffe og velkomst', false, 'welcome')])).toEqual([]);
  });

  it('are recognised by their key, or by title on agendas made before the key existed', () => {
    expect(standingKeyOf(item('Velkomst, præsentationsrunde og godkendelse af dagsorden'))).toBe('welcome');
    expect(standingKeyOf(item('Skriftlige orienteringspunkter'))).toBe('written-briefings');
    expect(standingKeyOf(item('EVENTUELT'))).toBe('any-other-business');
    expect(standingKeyOf(item('Opfølgning på beslutninger fra sidste møde'))).toBe('actions-follow-up');
    expect(standingKeyOf(item('Eventuelt', false))).toBeUndefined();
    expect(standingKeyOf(item('Omdøbt af sekretariatet', true, 'coming-meetings'))).toBe('coming-meetings');
    expect(standingKeyOf(item('Noget andet', true, 'not-a-key'))).toBeUndefined();
  });

  it('reports which are missing', () => {
    expect(missingStandingItems([item('Velkomst'), item('Eventuelt')]).map((s) => s.key)).toEqual([
      'actions-follow-up',
      'coming-meetings',
      'written-briefings',
    ]);
  });
});
