import { stuckStepLines } from '../../../src/cli/status-report';
import type { StuckStep } from '../../../src/store/stuck-steps';

const step = (s: Partial<StuckStep> & Pick<StuckStep, 'step'>): StuckStep => ({
  since: '2026-10-20T08:00:00Z',
  list: 'Meetings',
  itemId: '7',
  title: 'Styregruppemøde 2',
  resumable: true,
  ...s,
});

describe('sekretariat status: the lines for one forum', () => {
  it('says plainly when nothing is stuck', () => {
    expect(stuckStepLines('Teststyregruppen (TSG)', [])).toEqual([
      'Driftsstatus / operations status – Teststyregruppen (TSG)',
      '  Ingen hængende trin / no stuck steps',
    ]);
  });

  it('lists each stuck step: what, which item, since when (Copenhagen time), what to do', () => {
    const lines = stuckStepLines('Teststyregruppen (TSG)', [
      step({ step: 'agenda-send' }),
      step({ step: 'action-reminder', list: 'Actions', itemId: '31', title: 'Send budgettet rundt', since: '2026-07-01T22:30:00Z' }),
      step({ step: 'call-for-items', resumable: false, title: '' }),
    ]);
    expect(lines).toEqual([
      'Driftsstatus / operations status – Teststyregruppen (TSG)',
      '  Hængende trin / stuck steps: 3',
      '  - Udsendelse af dagsorden / agenda send: Styregruppemøde 2 (Meetings #7), påbegyndt / started 20. oktober 2026 kl. 10.00 (dansk tid / Copenhagen time)',
      '    Start den igen med samme knap; den genoptages og sender intet to gange / start it again with the same button; it resumes and sends nothing twice',
      '  - Påmindelse om opfølgning / action reminder: Send budgettet rundt (Actions #31), påbegyndt / started 2. juli 2026 kl. 00.30 (dansk tid / Copenhagen time)',
      '    Næste sekretariat run afslutter den og sender intet to gange / the next sekretariat run finishes it and sends nothing twice',
      '  - Indkaldelse af punkter / call for items: (uden titel / untitled) (Meetings #7), påbegyndt / started 20. oktober 2026 kl. 10.00 (dansk tid / Copenhagen time)',
      '    Se i Sendt post i forummets postkasse, om den gik ud, før den sendes igen / check the forum mailbox’s Sent Items for it before sending it again',
    ]);
  });

  it('a decision mail left half-done is finished by the next sekretariat run', () => {
    expect(
      stuckStepLines('X', [step({ step: 'decision-mail', list: 'Submissions', itemId: '12', title: 'Fælles kørselsordning' })]).slice(2),
    ).toEqual([
      '  - Besked til indsender om formandskabets beslutning / decision mail to the submitter: Fælles kørselsordning (Submissions #12), påbegyndt / started 20. oktober 2026 kl. 10.00 (dansk tid / Copenhagen time)',
      '    Næste sekretariat run afslutter den og sender intet to gange / the next sekretariat run finishes it and sends nothing twice',
    ]);
  });

  it('an older version’s claim without a time says so', () => {
    expect(stuckStepLines('X', [step({ step: 'approval-request', since: '' })])[2]).toContain(
      'påbegyndt / started ukendt tidspunkt / unknown time',
    );
  });
});
