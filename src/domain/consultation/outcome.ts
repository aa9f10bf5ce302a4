import { danishDate } from './danish-date';
import { hasObjections, type Tally } from './tally';
import type { Consultation } from './consultation-types';

const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "5 godkender, 2 ingen bemærkninger, 1 med bemærkninger, 1 indsigelse" — the non-zero answers. */
export function tallySentence(tally: Tally): string {
  const c = tally.counts;
  const parts = [
    c.approve > 0 ? `${c.approve} godkender` : '',
    c.noComments > 0 ? `${c.noComments} ingen bemærkninger` : '',
    c.comments > 0 ? `${c.comments} med bemærkninger` : '',
    c.objection > 0 ? n(c.objection, 'indsigelse', 'indsigelser') : '',
    c.unclassified > 0 ? `${c.unclassified} uden klar stillingtagen` : '',
  ].filter((p) => p !== '');
  return parts.join(', ');
}

/**
 * The outcome as it goes to the members and into the next minutes: "Godkendt ved skriftlig høring med frist
 * d. 12. marts 2027." (or that it was not, with objections), the tally, and the comments by name.
 */
export function outcomeText(c: Pick<Consultation, 'deadline' | 'recipients'>, tally: Tally): string {
  const date = danishDate(c.deadline);
  const head = hasObjections(tally)
    ? `Ikke godkendt ved skriftlig høring med frist den ${date}: der er indkommet ${n(tally.counts.objection, 'indsigelse', 'indsigelser')}.`
    : `Godkendt ved skriftlig høring med frist den ${date}.`;
  const answered = tally.answered === 0 ? 'Ingen har svaret.' : `${tally.answered} har svaret: ${tallySentence(tally)}.`;
  const lines = [head, '', `Høringen blev sendt til ${n(c.recipients.length, 'medlem', 'medlemmer')}. ${answered}`];
  if (tally.counts.none > 0) lines.push(`${n(tally.counts.none, 'medlem', 'medlemmer')} har ikke svaret.`);
  if (tally.late > 0) lines.push(`${n(tally.late, 'svar', 'svar')} kom efter fristen.`);
  const remarks = tally.rows.filter(
    (r) => (r.answer === 'comments' || r.answer === 'objection') && r.reply && r.reply.comment.trim() !== '',
  );
  if (remarks.length > 0) {
    lines.push('', 'Bemærkninger:');
    for (const r of remarks) {
      const who = r.recipient.organisation ? `${r.recipient.name} (${r.recipient.organisation})` : r.recipient.name;
      const text = (r.reply?.comment ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000);
      lines.push(`- ${who}${r.answer === 'objection' ? ' – indsigelse' : ''}: ${text}`);
    }
  }
  return lines.join('\n');
}
