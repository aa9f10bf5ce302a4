import { extractFields } from '../../../../src/domain/mail/fields';
import { headingOf } from '../../../../src/domain/mail/headings';
import { recommendationsFrom } from '../../../../src/domain/mail/recommendations';

const lines = (text: string) => text.split('\n');

describe('headings', () => {
  it.each([
    ['Indstilling', 'recommendations', ''],
    ['INDSTILLING:', 'recommendations', ''],
    ['**Indstilling:**', 'recommendations', ''],
    ['Indstilling: Orientering.', 'recommendations', 'Orientering.'],
    ['Det indstilles, at gruppen godkender', 'recommendations', 'at gruppen godkender'],
    ['It is recommended that the group approves', 'recommendations', 'that the group approves'],
    ['Beskrivelse af sagen', 'description', ''],
    ['Sagsfremstilling: Kommunerne modtager …', 'description', 'Kommunerne modtager …'],
    ['baggrund', 'description', ''],
    ['Tidsforbrug 15 min', 'duration', '15 min'],
    ['Oplægsholder – Mette Andreassen', 'presenter', 'Mette Andreassen'],
    ['Bilag/links', 'attachments', ''],
  ])('%s', (line, key, value) => {
    expect(headingOf(line)).toMatchObject({ key, value });
  });

  it.each(['Indstillingen blev godkendt', 'Baggrunden er, at …', 'Tidligere har vi …', 'Case study results'])(
    '"%s" is prose, not a heading',
    (line) => {
      expect(headingOf(line)).toBeNull();
    },
  );
});

describe('recommendations', () => {
  it('strips bullet marks (-, •, *, 1.) and joins wrapped bullets, re-joining hyphenated words', () => {
    const { items } = recommendationsFrom(
      '',
      lines(
        'Det indstilles,\n• at A godkender\n  budgettet\n* at B giver input til patient-\nperspektivet\n1. at C drøfter\n- that D approves',
      ),
    );
    expect(items).toEqual(['at A godkender budgettet', 'at B giver input til patientperspektivet', 'at C drøfter', 'that D approves']);
  });

  it('takes "Det indstilles til X, at …" inline and stops at prose after a blank line', () => {
    const { items, consumed } = recommendationsFrom(
      'til klyngestyregruppen, at den godkender planen',
      lines('\nVi har i kommunen oplevet …'),
    );
    expect(items).toEqual(['at den godkender planen']);
    expect(consumed).toBe(1);
  });

  it('ignores the template placeholders', () => {
    expect(recommendationsFrom('', lines('- at …\n- [skriv her]')).items).toEqual([]);
  });
});

describe('extractFields', () => {
  it('reads the template fields, heading on its own line or inline, Danish or English', () => {
    const f = extractFields(
      lines(
        'Ønskes behandlet på mødet d. 4. marts 2027\nOplægsholder\nMette Andreassen\nTime needed: 10 minutes\n\nINDSTILLING\n- at X\n\nBaggrund:\nFørste afsnit.\n\nAndet afsnit.\n\nBilag\n- budget.pdf\n\nReferat\nIkke med',
      ),
    );
    expect(f).toMatchObject({
      meetingHint: 'mødet d. 4. marts 2027',
      presenter: 'Mette Andreassen',
      durationMinutes: 10,
      recommendations: ['at X'],
      description: 'Første afsnit.\n\nAndet afsnit.',
      itemSections: 2,
    });
  });

  it('reads "v. Name (kl. 08:40–09:05)" lines and a Titel heading', () => {
    const f = extractFields(lines('Titel: Status på initiativerne\nv. Mette Andreassen (kl. 08:40–09:05)\nIndstilling\nat A'));
    expect(f).toMatchObject({
      title: 'Status på initiativerne',
      presenter: 'Mette Andreassen',
      durationMinutes: 25,
      recommendations: ['at A'],
    });
  });

  it('does not mistake prose for a heading inside the description', () => {
    const f = extractFields(lines('Sagsfremstilling\nTil mødet i marts vil vi gerne høre jeres erfaringer.\nTid til at handle.'));
    expect(f.meetingHint).toBeNull();
    expect(f.durationMinutes).toBeNull();
    expect(f.description).toBe('Til mødet i marts vil vi gerne høre jeres erfaringer.\nTid til at handle.');
  });
});
