/**
 * Where the signature starts in the sender's own text: the "-- " delimiter, a closing ("Med venlig hilsen",
 * "Venlig hilsen", "Mvh", "Best regards", "Kind regards" …) on its own line or followed by a name, or a
 * mobile footer ("Sendt fra min iPhone"). Everything from there on is name/title/phone lines.
 */
const DELIMITER = /^\s{0,2}(?:--|—|__)\s?$/;
const CLOSING = new RegExp(
  String.raw`^\s{0,4}(?:med (?:venlig|venligst|de bedste|mange) hilsen(?:er)?|venlig(?:st)? hilsen|de bedste hilsner|bedste hilsner|bedste hilsen|mange hilsner|kærlig hilsen|hilsen|mvh\.?|vh\.?|best regards|kind regards|warm regards|with kind regards|with best regards|regards|best wishes|sincerely|yours sincerely|cheers|tak og hilsen)(?![\p{L}])`,
  'iu',
);
/** After the closing: nothing, or a capitalised name ("Mvh Lene", "Best regards, Claus Graversen"); not prose. Case-sensitive. */
const AFTER_CLOSING = /^(?:[\s,.!]{0,4}|[\s,.]{1,3}\p{Lu}[\p{L}.'-]{0,20}(?:\s\p{Lu}[\p{L}.'-]{0,20}){0,3}[\s.]{0,2})$/u;
const isClosing = (line: string): boolean => {
  const m = CLOSING.exec(line);
  return m !== null && AFTER_CLOSING.test(line.slice(m[0].length));
};
const MOBILE = /^\s{0,4}(?:sendt fra (?:min|mit|outlook)|sent from (?:my|outlook)|hent outlook til|get outlook for)(?![\p{L}])/iu;

export function signatureStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 100) continue;
    if (DELIMITER.test(line) || isClosing(line) || MOBILE.test(line)) return i;
  }
  return -1;
}

/** The lines without the signature (and without trailing separators). */
export function stripSignature(lines: readonly string[]): readonly string[] {
  const at = signatureStart(lines);
  const kept = at < 0 ? lines : lines.slice(0, at);
  let end = kept.length;
  while (end > 0 && /^\s{0,4}(?:_{2,}|-{2,})?\s{0,4}$/.test(kept[end - 1] ?? '')) end--;
  return kept.slice(0, end);
}
