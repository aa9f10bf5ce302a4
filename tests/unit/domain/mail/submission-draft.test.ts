import {
  draftFromParsed,
  draftProblems,
  draftValues,
  EMPTY_DRAFT,
  parseDuration,
  recommendationLines,
} from '../../../../src/domain/mail/submission-draft';
import type { ParsedMail } from '../../../../src/domain/mail/mail-types';

const PARSED: ParsedMail = {
  kind: 'submission',
  title: 'Fælles indsats for borgere med KOL',
  recommendations: ['at klyngestyregruppen tager orienteringen til efterretning', 'at en arbejdsgruppe nedsættes'],
  description: 'Skovlund har afprøvet telemedicin.',
  presenter: 'Lars Harbo',
  meetingHint: null,
  durationMinutes: 20,
  attachments: [],
  sender: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
  senderMemberId: null,
  consultationRef: null,
  verdict: null,
  replyText: null,
};

describe('the agenda-item draft', () => {
  it('starts from what the parser found, and from the subject when it found no title', () => {
    expect(draftFromParsed(PARSED, 'Sagsfremstilling: x')).toEqual({
      title: 'Fælles indsats for borgere med KOL',
      recommendations: 'at klyngestyregruppen tager orienteringen til efterretning\nat en arbejdsgruppe nedsættes',
      description: 'Skovlund har afprøvet telemedicin.',
      presenter: 'Lars Harbo',
      duration: '20',
    });
    expect(draftFromParsed({ ...PARSED, title: null, presenter: null, durationMinutes: null, description: null }, ' Emnet ')).toMatchObject(
      { title: 'Emnet', presenter: '', duration: '', description: '' },
    );
  });

  it('reads recommendations one per line, without list marks or empty lines', () => {
    expect(recommendationLines('- at a\n\n• at b\n  3. at c  \n*  at   d\na) at e\natten punkter')).toEqual([
      'at a',
      'at b',
      'at c',
      'at d',
      'at e',
      'atten punkter',
    ]);
  });

  it('takes whole minutes from 1 to 240, with or without "min"', () => {
    expect(parseDuration('')).toEqual({ ok: true });
    expect(parseDuration(' 15 ')).toEqual({ ok: true, minutes: 15 });
    expect(parseDuration('20 min')).toEqual({ ok: true, minutes: 20 });
    expect(parseDuration('25 minutter')).toEqual({ ok: true, minutes: 25 });
    for (const bad of ['0', '241', '1,5', 'en time', '-5', '15 timer']) expect(parseDuration(bad)).toEqual({ ok: false });
  });

  it('needs a title and a sensible duration; a member writing an item also needs an Indstilling and a description', () => {
    expect(draftProblems(EMPTY_DRAFT, { complete: false })).toEqual({ title: 'required' });
    expect(draftProblems(EMPTY_DRAFT, { complete: true })).toEqual({
      title: 'required',
      recommendations: 'required',
      description: 'required',
    });
    expect(draftProblems({ ...EMPTY_DRAFT, title: 'x'.repeat(201), duration: '500' }, { complete: false })).toEqual({
      title: 'tooLong',
      duration: 'duration',
    });
    expect(draftProblems({ ...EMPTY_DRAFT, title: 'T', recommendations: ' - \n', description: ' ' }, { complete: true })).toEqual({
      recommendations: 'required',
      description: 'required',
    });
    expect(
      draftProblems({ title: 'T', recommendations: 'at x', description: 'd', presenter: '', duration: '15' }, { complete: true }),
    ).toEqual({});
  });

  it('turns a valid draft into values, leaving out what was not given', () => {
    expect(
      draftValues({ title: '  Et \n punkt ', recommendations: '- at x\n\nat y', description: ' d ', presenter: ' ', duration: '' }),
    ).toEqual({ title: 'Et punkt', recommendations: ['at x', 'at y'], description: 'd' });
    expect(draftValues({ title: 'T', recommendations: '', description: '', presenter: 'P', duration: '30' })).toMatchObject({
      presenter: 'P',
      durationMinutes: 30,
    });
  });
});
