import { MAX_FIELD_CHARS, MAX_RECOMMENDATIONS } from './limits';

/** Bullet marks people type or Word/Outlook produce: -, •, *, ▪, ◦, o, –, 1., 1), a). */
const BULLET = /^\s{0,12}(?:[-•*▪◦·–—►➢✓§]|o(?=\s)|\d{1,2}[.)]|[a-h][.)](?=\s))\s{0,6}/u;
const STARTS_AT = /^(?:at|that)(?![\p{L}])/iu;

export const bulletless = (line: string): { text: string; bullet: boolean } => {
  const m = BULLET.exec(line);
  return m && m[0].length < line.length ? { text: line.slice(m[0].length).trim(), bullet: true } : { text: line.trim(), bullet: false };
};

/** "… til klyngestyregruppen, at X godkender" → "at X godkender" (an inline "Det indstilles …, at …"). */
function fromInlineAt(value: string): string {
  if (STARTS_AT.test(value)) return value;
  const m = /,\s{0,3}(?=(?:at|that)\s)/iu.exec(value.slice(0, 300));
  return m ? value.slice(m.index + m[0].length) : value;
}

const isPlaceholder = (text: string): boolean =>
  /^\[[^\]]{0,200}\]\.?$/.test(text) || /^(?:at|that)\s{0,3}(?:…|\.\.\.)\s{0,3}$/iu.test(text);

/** Joins a line to the bullet it continues; a word hyphenated across the break ("per-" + "spektivet") is rejoined. */
function join(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

/**
 * The recommendation bullets of an "Indstilling" section: each bullet (or line starting "at"/"that") starts a
 * recommendation, lines after it continue it, a blank line followed by plain prose ends the section.
 * Intro lines like "Det indstilles," or "It is recommended:" are dropped; a single line without bullets
 * ("Indstilling: Orientering.") is the recommendation.
 */
export function recommendationsFrom(inline: string, lines: readonly string[]): { items: string[]; consumed: number } {
  const items: string[] = [];
  let current: string | null = null;
  let afterBlank = false;
  let consumed = 0;
  const push = () => {
    if (current !== null) {
      const text = current.replace(/\s+/g, ' ').trim().replace(/[;,]$/, '');
      if (text !== '' && !isPlaceholder(text) && items.length < MAX_RECOMMENDATIONS) items.push(text.slice(0, MAX_FIELD_CHARS * 4));
    }
    current = null;
  };
  if (inline !== '') current = fromInlineAt(inline);
  for (const line of lines) {
    if (line.trim() === '') {
      afterBlank = true;
      consumed++;
      continue;
    }
    const { text, bullet } = bulletless(line);
    if (bullet || STARTS_AT.test(text)) {
      push();
      current = text;
    } else if (current !== null && !afterBlank) {
      current = join(current, text);
    } else if (current === null && items.length === 0 && !afterBlank && /[,:]$/.test(text)) {
      // "Det indstilles overfor klyngestyregruppen," – an intro to the bullets.
    } else if (current === null && items.length === 0 && /^(?:det indstilles|it is recommended|sekretariatet indstiller)/iu.test(text)) {
      current = /(?:^|,\s{0,3})(?:at|that)\s/iu.test(text) ? fromInlineAt(text) : null;
    } else if (items.length === 0 && current === null) {
      current = text;
    } else {
      break;
    }
    afterBlank = false;
    consumed++;
  }
  push();
  return { items, consumed };
}
