import { parseDuration } from '../../../../src/domain/mail/duration';
import { isForwardSubject, isItemSubject, titleFromSubject } from '../../../../src/domain/mail/subject';

describe('parseDuration', () => {
  it.each([
    ['15 min', 15],
    ['15 min.', 15],
    ['20 minutter', 20],
    ['½ time', 30],
    ['en halv time', 30],
    ['1 time', 60],
    ['1½ time', 90],
    ['1,5 timer', 90],
    ['2 timer', 120],
    ['1 time og 15 min', 75],
    ['et kvarter', 15],
    ['10 minutes', 10],
    ['half an hour', 30],
    ['1 hour', 60],
    ['15-20 min', 20],
    ['kl. 08:40–09:05', 25],
    ['kl. 8.40-9.05', 25],
    ['(kl. 09:20 - 09:35)', 15],
  ])('%s → %d minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', 'hurtigt', 'til at drøfte sagen', 'kl. 11:00–09:00', '9999 min'])('"%s" is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('subjects', () => {
  it.each([
    ['Sagsfremstilling: Kost og ernæring', 'Kost og ernæring'],
    ['SV: VS: Fwd: Sagsfremstilling: Kost og ernæring', 'Kost og ernæring'],
    ['RE: AW: Dagsordenspunkt – Tele-KOL', 'Tele-KOL'],
    ['Punkt til dagsorden: Datapakker', 'Datapakker'],
    ['Agenda item: Telehealth', 'Telehealth'],
    ['[EKSTERN] Sagsfremstilling: Baggrund for sagen', 'Baggrund for sagen'],
    ['SV: [Høring KSG-2027-03] Opdateret kommissorium', 'Opdateret kommissorium'],
    ['Fwd:', null],
  ])('title of "%s" is %j', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });

  it('knows forwards and item subjects', () => {
    expect(isForwardSubject('VS: Punkt')).toBe(true);
    expect(isForwardSubject('SV: Fwd: Punkt')).toBe(true);
    expect(isForwardSubject('SV: Punkt')).toBe(false);
    expect(isItemSubject('SV: Dagsordenspunkt: X')).toBe(true);
    expect(isItemSubject('Agenda item – X')).toBe(true);
    expect(isItemSubject('Sagsfremstillingen er sendt')).toBe(false);
  });
});
