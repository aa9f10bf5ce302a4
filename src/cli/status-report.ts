import { FINISHED_BY_RUN, type ClaimStep } from '../domain/claims';
import { dateTimeText } from '../domain/date-format';
import type { StuckStep } from '../store/stuck-steps';

/** What each claimed step is, Danish / English. */
const STEP: Readonly<Record<ClaimStep, string>> = {
  'agenda-send': 'Udsendelse af dagsorden / agenda send',
  'minutes-circulation': 'Udsendelse af godkendt referat / circulation of the approved minutes',
  'call-for-items': 'Indkaldelse af punkter / call for items',
  'consultation-send': 'Udsendelse af skriftlig høring / consultation send',
  'consultation-remind': 'Påmindelse om skriftlig høring / consultation reminder',
  'consultation-close': 'Afslutning af skriftlig høring / consultation close',
  'approval-request': 'Anmodning om godkendelse af referat / minutes approval request',
  'approval-reminder': 'Påmindelse om godkendelse af referat / minutes approval reminder',
  'action-reminder': 'Påmindelse om opfølgning / action reminder',
  'decision-mail': 'Besked til indsender om formandskabets beslutning / decision mail to the submitter',
};

function whatToDo(step: StuckStep): string {
  if (!step.resumable) {
    return 'Se i Sendt post i forummets postkasse, om den gik ud, før den sendes igen / check the forum mailbox’s Sent Items for it before sending it again';
  }
  return FINISHED_BY_RUN.has(step.step)
    ? 'Næste sekretariat run afslutter den og sender intet to gange / the next sekretariat run finishes it and sends nothing twice'
    : 'Start den igen med samme knap; den genoptages og sender intet to gange / start it again with the same button; it resumes and sends nothing twice';
}

const since = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 'ukendt tidspunkt / unknown time' : `${dateTimeText(iso)} (dansk tid / Copenhagen time)`;
};

/** `sekretariat status` for one forum: its stuck steps — what, which item, since when, what to do — or that there are none. */
export function stuckStepLines(forumTitle: string, steps: readonly StuckStep[]): string[] {
  const head = `Driftsstatus / operations status – ${forumTitle}`;
  if (steps.length === 0) return [head, '  Ingen hængende trin / no stuck steps'];
  return [
    head,
    `  Hængende trin / stuck steps: ${steps.length}`,
    ...steps.flatMap((s) => [
      `  - ${STEP[s.step]}: ${s.title || '(uden titel / untitled)'} (${s.list} #${s.itemId}), påbegyndt / started ${since(s.since)}`,
      `    ${whatToDo(s)}`,
    ]),
  ];
}
