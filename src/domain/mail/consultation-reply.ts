import type { ConsultationVerdict } from './mail-types';

const TAG = /\[(?:høring|hearing|consultation)\s{1,3}([A-ZÆØÅ]{2,10}-\d{4}-\d{2,3})\]/iu;

/** The consultation a reply belongs to: a "[Høring KSG-2027-03]" tag in the subject, or a known reference in it. */
export function consultationRefOf(subject: string, knownRefs: readonly string[] = []): string | null {
  const s = subject.slice(0, 500);
  const tag = TAG.exec(s);
  if (tag?.[1]) return tag[1].toUpperCase();
  const upper = s.toUpperCase();
  for (const ref of knownRefs) {
    const r = ref.trim().toUpperCase();
    if (r === '') continue;
    const at = upper.indexOf(r);
    if (at < 0) continue;
    const before = upper[at - 1];
    const after = upper[at + r.length];
    const edge = (c: string | undefined) => c === undefined || !/[\p{L}\d-]/u.test(c);
    if (edge(before) && edge(after)) return ref.trim();
  }
  return null;
}

const word = (alternatives: string): RegExp => new RegExp(String.raw`(?<![\p{L}])(?:${alternatives})(?![\p{L}])`, 'iu');

const OBJECTION = word(
  [
    String.raw`(?:kan|kunne|vil)\s{1,3}(?:desværre\s{1,3})?ikke\s{1,3}(?:godkende|tilslutte|anbefale|støtte|bakke op)`,
    String.raw`godkender\s{1,3}(?:desværre\s{1,3})?ikke`,
    String.raw`(?:støtter|anbefaler|tilslutter\s{1,3}(?:os|mig))\s{1,3}(?:desværre\s{1,3})?ikke`,
    String.raw`(?:jeg|vi)\s{1,3}er\s{1,3}(?:imod|uenig|uenige|ikke enig|ikke enige)`,
    String.raw`ikke\s{1,3}enig(?:e)?`,
    String.raw`uenig(?:e)?`,
    String.raw`gør\s{1,3}indsigelse`,
    String.raw`indsigelse`,
    String.raw`afviser`,
    String.raw`modsætter`,
    String.raw`(?:cannot|can't|can not|could not|won't|will not|do not|don't|does not)\s{1,3}(?:approve|support|agree|endorse)`,
    String.raw`(?:i|we)\s{1,3}(?:object|disagree|oppose)`,
    String.raw`object\s{1,3}to`,
    String.raw`objection`,
    String.raw`disagree`,
    String.raw`not\s{1,3}approved?`,
  ].join('|'),
);
/** Negated objections ("ikke imod", "no objections") count as approval. */
const NOT_AGAINST = word(
  String.raw`(?:ikke|ingen)\s{1,3}(?:imod|indvendinger|indsigelser)|no\s{1,3}objections?|not\s{1,3}against|(?:har|have)\s{1,3}(?:ingen|no)\s{1,3}(?:indvendinger|objections?)`,
);
const NO_COMMENTS = word(
  String.raw`ingen\s{1,3}(?:bemærkninger|kommentarer|tilføjelser)|ikke\s{1,3}(?:nogen|nogle)\s{1,3}(?:bemærkninger|kommentarer)|intet\s{1,3}at\s{1,3}(?:tilføje|bemærke)|no\s{1,3}(?:further\s{1,3})?(?:comments|remarks)|nothing\s{1,3}to\s{1,3}add`,
);
const APPROVE = word(
  String.raw`godkendt|godkender|godkendes|kan\s{1,3}godkende|støtter|(?:vi|jeg)\s{1,3}støtte|stemmer\s{1,3}for|siger\s{1,3}god\s{1,3}for|(?:i|we)\s{1,3}support|support\s{1,3}the|agree|ok\s{1,3}(?:fra|herfra)|ok\s{1,3}for\s{1,3}mig|fint\s{1,3}(?:med|for)\s{1,3}(?:mig|os)|enig|enige|tilslutter|bakker\s{1,3}op|approved?|i\s{1,3}agree|we\s{1,3}agree|agreed|fine\s{1,3}(?:by|with)\s{1,3}me|ok`,
);
/** An approval that goes on with a proposal or a reservation is a comment. */
const RESERVATION = word(
  String.raw`men|dog|forudsat|bemærkning|bemærkninger|forslag|foreslår|foreslå|ønsker\s{1,3}at|kommentar|kommentarer|but|however|provided|suggest|suggestion|comment|comments|propose`,
);

/** A one-word answer: "Ja." approves, "Nej." objects. */
const SHORT_YES = /^\s{0,4}(?:ja|ja tak|yes|ok|okay)\s{0,4}[.!]{0,3}\s{0,4}$/iu;
const SHORT_NO = /^\s{0,4}(?:nej|nej tak|no)\s{0,4}[.!]{0,3}\s{0,4}$/iu;
/** "Ingen bemærkninger …, men …": a contrast after "no comments" carries a comment after all. */
const CONTRAST_AFTER = word(String.raw`men|dog|but|however`);

/** The verdict of a consultation reply's own text. Negation first: "kan ikke godkende" is an objection. */
export function verdictOf(replyText: string | null): ConsultationVerdict | null {
  if (replyText === null || replyText.trim() === '') return null;
  const text = replyText.slice(0, 5_000);
  if (SHORT_YES.test(text)) return 'approve';
  if (SHORT_NO.test(text)) return 'objection';
  const notAgainst = NOT_AGAINST.test(text);
  if (!notAgainst && OBJECTION.test(text)) return 'objection';
  const noComments = NO_COMMENTS.exec(text);
  if (noComments) return CONTRAST_AFTER.test(text.slice(noComments.index + noComments[0].length)) ? 'comments' : 'noComments';
  if (APPROVE.test(text) || notAgainst) return RESERVATION.test(text) ? 'comments' : 'approve';
  return 'comments';
}
