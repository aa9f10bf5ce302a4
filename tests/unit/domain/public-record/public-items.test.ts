import { hasClosed, isClosed, publicEntries, titleWithheld } from '../../../../src/domain/public-record/public-items';
import { CLOSED_REASONS } from '../../../../src/domain/vocabulary/agenda-access';
import { ITEMS } from './fixtures';

describe('publicEntries: what of an item may leave the forum', () => {
  it('passes an open item whole, and an item with no access as open (written before the choice existed)', () => {
    const [open] = publicEntries(ITEMS);
    expect(open).toEqual({ open: true, item: ITEMS[0] });
    const legacy = { number: 4, title: 'Gammelt punkt', description: 'tekst' };
    expect(publicEntries([legacy])).toEqual([{ open: true, item: legacy }]);
  });

  it('keeps only number, case number and reason of an item closed for personal data — not its title', () => {
    const closed = publicEntries(ITEMS)[1];
    expect(closed).toEqual({ open: false, number: 2, caseNumber: '24/12345', reason: 'personal-data' });
  });

  it('shows the title of an item closed for negotiations, and nothing else of it', () => {
    expect(publicEntries(ITEMS)[2]).toEqual({ open: false, number: 3, reason: 'negotiations', title: 'Udbud af patienttransport' });
  });

  it('withholds the title where the reason protects a person, a firm or a confidence, and when the reason is unknown', () => {
    const withheld = CLOSED_REASONS.filter((r) => titleWithheld(r));
    expect(withheld).toEqual(['personal-data', 'business-secrets', 'confidentiality']);
    expect(titleWithheld(undefined)).toBe(true);
    expect(publicEntries([{ number: 1, title: 'Hemmelig titel', access: 'closed' as const }])).toEqual([{ open: false, number: 1 }]);
  });

  it('tells closed items apart', () => {
    expect(ITEMS.map(isClosed)).toEqual([false, true, true]);
    expect(hasClosed(ITEMS)).toBe(true);
    expect(hasClosed(ITEMS.slice(0, 1))).toBe(false);
  });
});
