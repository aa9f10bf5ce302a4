/**
 * The case number (sagsnummer) a submission's subject carries, as the regions' and municipalities' case systems write
 * it: "Sagsnr. 24/12345", "Sagsnummer: 1-30-72-3-24", "J.nr. 2024-012345", "jr.nr 24/1234". Only a number after one
 * of those labels counts (a date or a meeting number in the subject is not a case number); the first one wins.
 */

/** Case systems' numbers are short; anything longer is not one (and is not worth a column). */
export const MAX_CASE_NUMBER_LENGTH = 40;

const LABELLED =
  /(?:^|[^\p{L}])(?:sags?\s*-?\s*nr|sagsnummer|j(?:ou)?r?\s*\.?\s*-?\s*nr|journal\s*-?\s*nr|journalnummer)\s*[.:]?\s*[:#]?\s*([\p{L}\p{N}][\p{L}\p{N}./-]*\p{N}[\p{L}\p{N}./-]*)/iu;

export function caseNumberFromSubject(subject: string): string | undefined {
  const match = LABELLED.exec(subject.slice(0, 1000));
  const found = match?.[1]?.replace(/[./-]+$/, '');
  return found && found.length <= MAX_CASE_NUMBER_LENGTH ? found : undefined;
}

/** The case number the subject carries, else one in the title the sender typed: as a submission's optional field. */
export function withCaseNumber(subject: string, title?: string | null): { caseNumber?: string } {
  const found = caseNumberFromSubject(subject) ?? (title ? caseNumberFromSubject(title) : undefined);
  return found ? { caseNumber: found } : {};
}

/** What the secretariat types, as stored: trimmed, inner spaces kept single, capped. */
export function normaliseCaseNumber(input: string): string {
  return input.replace(/\s+/g, ' ').trim().slice(0, MAX_CASE_NUMBER_LENGTH);
}
