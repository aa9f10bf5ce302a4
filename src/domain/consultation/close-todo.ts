import { copenhagenDate } from '../copenhagen-time';
import { tallySentence } from './outcome';
import { hasObjections, type Tally } from './tally';
import type { Consultation } from './consultation-types';

/**
 * A written consultation whose deadline has passed (or that everyone answered) is closed by the secretariat, not by
 * the unattended run: closing sends the outcome to every recipient and writes it as the next meeting's decision —
 * the secretariat's words, weighed against what a program cannot weigh (a reply the classifier could not read, a
 * reply from someone not asked, a late one, objections that call for an extraordinary meeting). So the run makes
 * the secretariat a to-do instead: one follow-up action per consultation, created once (its correlation id is the
 * Actions list's unique key), due on the deadline day — the actions reminder then mails it once — and done by the
 * run itself when it sees the consultation closed.
 */

/** The follow-up's correlation id: one per consultation, whoever makes it and however often. */
export const closeTodoCorrelation = (c: Pick<Consultation, 'id'>): string => `consultation:${c.id}:close`;

export interface CloseTodo {
  readonly title: string;
  /** The Copenhagen day it became due: the deadline's, or today's when everyone answered before it. */
  readonly due: string;
  readonly notes: string;
}

/** "Afslut høringen TSG-2026-3: …" with the tally and what to do, in Danish (the secretariat's language). */
export function closeTodo(c: Pick<Consultation, 'reference' | 'title' | 'deadline'>, tally: Tally, now: Date): CloseTodo {
  const deadlinePassed = now.getTime() >= Date.parse(c.deadline);
  const answered =
    tally.answered === 0 ? 'Ingen har svaret.' : `${tally.answered} af ${tally.rows.length} har svaret: ${tallySentence(tally)}.`;
  const lines = [
    deadlinePassed ? 'Fristen for den skriftlige høring er udløbet.' : 'Alle har svaret på den skriftlige høring.',
    answered,
    ...(hasObjections(tally) ? ['Der er indsigelser: overvej et ekstraordinært møde.'] : []),
    ...(tally.counts.unclassified > 0 ? ['Nogle svar kunne ikke tolkes: ret dem i høringens oversigt, før du afslutter.'] : []),
    ...(tally.flagged.length > 0 ? [`${tally.flagged.length} svar kom fra nogen, der ikke var spurgt.`] : []),
    'Åbn Sekretariat → Skriftlige høringer, gennemse forslaget til resultat og vælg "Afslut høringen". Opgaven lukkes, når høringen er afsluttet.',
  ];
  return {
    title: `Afslut høringen ${c.reference}: ${c.title}`.slice(0, 255),
    due: copenhagenDate(deadlinePassed ? new Date(c.deadline) : now),
    notes: lines.join('\n'),
  };
}
