import { caseNumberFromSubject, normaliseCaseNumber, withCaseNumber } from '../../../../src/domain/mail/case-number';

describe('caseNumberFromSubject', () => {
  it.each([
    ['Sagsnr. 24/12345 Budget 2027', '24/12345'],
    ['Indstilling om akutfunktion (j.nr. 2024-012345)', '2024-012345'],
    ['Sagsnummer: 1-30-72-3-24.', '1-30-72-3-24'],
    ['SV: jr.nr 24/1234 – høring', '24/1234'],
    ['J.nr.: 1-01-2-24 om kapacitet', '1-01-2-24'],
    ['Journalnr. 2024/55', '2024/55'],
    ['Sags nr 99 til mødet', '99'],
  ])('finds the case number in %j', (subject, expected) => {
    expect(caseNumberFromSubject(subject)).toBe(expected);
  });

  it.each(['Møde 4/2026 budget', 'Punkt til mødet 29.10.2026', 'sagsnr.abc', 'Vedr. sag nr. 5', ''])('finds none in %j', (subject) => {
    expect(caseNumberFromSubject(subject)).toBeUndefined();
  });

  it('refuses a "case number" longer than a case system writes one', () => {
    expect(caseNumberFromSubject(`Sagsnr. ${'1'.repeat(41)}`)).toBeUndefined();
  });

  it('takes the subject first, then the title the sender typed', () => {
    expect(withCaseNumber('Sagsnr. 24/1 x', 'Sagsnr. 24/2')).toEqual({ caseNumber: '24/1' });
    expect(withCaseNumber('Nyt punkt', 'Budget (sagsnr. 24/2)')).toEqual({ caseNumber: '24/2' });
    expect(withCaseNumber('Nyt punkt', null)).toEqual({});
  });

  it('stores what the secretariat types trimmed and capped', () => {
    expect(normaliseCaseNumber('  24/ 12345  ')).toBe('24/ 12345');
    expect(normaliseCaseNumber('x'.repeat(60))).toHaveLength(40);
  });
});
