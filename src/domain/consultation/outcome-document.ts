import { danishDate, danishDeadline } from './danish-date';
import type { Consultation } from './consultation-types';

/**
 * The outcome of a written consultation as a document — what the secretariat files beside the consultation's own
 * files and links from the outcome mail: the matter as the members got it (question, Indstilling, Sagsfremstilling,
 * Bilag) and then the outcome as the secretariat closed it (decision, tally, remarks by name). The Word file is made
 * from this model through the meeting documents' parts (src/store/docx-parts.ts), so it has their language,
 * headings, running header and page numbers.
 */

export interface OutcomeDocument {
  readonly forumName: string;
  readonly forumShortName: string;
  /** "Resultat af skriftlig høring KSG-2027-03". */
  readonly heading: string;
  readonly title: string;
  /** "Afsluttet 14. marts 2027". */
  readonly issueLine: string;
  readonly headerLines: readonly { readonly label: string; readonly value: string }[];
  readonly question: string;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly attachments: readonly { readonly label: string; readonly url?: string }[];
  /** The outcome text as closed (outcome.ts's words, or the secretariat's own). */
  readonly outcome: string;
  /** The running header: "KSG · Skriftlig høring KSG-2027-03 · 14. marts 2027". */
  readonly runningHeader: string;
}

export const OUTCOME_LABELS = {
  heading: 'Resultat af skriftlig høring',
  forum: 'Forum',
  reference: 'Reference',
  deadline: 'Høringsfrist',
  recipients: 'Sendt til',
  matter: 'Sagen',
  question: 'Spørgsmål',
  recommendation: 'Indstilling',
  description: 'Sagsfremstilling',
  attachments: 'Bilag',
  outcome: 'Resultat',
  closed: 'Afsluttet',
} as const;

export type OutcomeConsultation = Pick<
  Consultation,
  'reference' | 'title' | 'question' | 'recommendations' | 'description' | 'deadline' | 'recipients' | 'attachments'
>;

export function buildOutcomeDocument(
  forum: { readonly name: string; readonly shortName: string },
  c: OutcomeConsultation,
  outcome: string,
  closedAt: string,
): OutcomeDocument {
  const closed = danishDate(closedAt);
  const count = c.recipients.length;
  return {
    forumName: forum.name,
    forumShortName: forum.shortName,
    heading: `${OUTCOME_LABELS.heading} ${c.reference}`,
    title: c.title.trim(),
    issueLine: `${OUTCOME_LABELS.closed} ${closed}`,
    headerLines: [
      { label: OUTCOME_LABELS.forum, value: forum.name },
      { label: OUTCOME_LABELS.reference, value: c.reference },
      { label: OUTCOME_LABELS.deadline, value: danishDeadline(c.deadline) },
      { label: OUTCOME_LABELS.recipients, value: `${count} ${count === 1 ? 'medlem' : 'medlemmer'}` },
    ],
    question: c.question.trim(),
    recommendations: c.recommendations.map((r) => r.trim()).filter((r) => r !== ''),
    description: c.description.trim(),
    attachments: c.attachments.map((a, i) => ({
      label: `${OUTCOME_LABELS.attachments} ${i + 1} – ${a.name}`,
      ...(a.url ? { url: a.url } : {}),
    })),
    outcome: outcome.trim(),
    runningHeader: `${forum.shortName || forum.name} · Skriftlig høring ${c.reference} · ${closed}`,
  };
}

/** "Resultat af skriftlig høring KSG-2027-03" (without extension), in the consultation's folder beside its files. */
export const outcomeFileBase = (c: Pick<Consultation, 'reference'>): string => `${OUTCOME_LABELS.heading} ${c.reference}`;
