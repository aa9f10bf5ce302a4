import { parseDuration, slotInText } from './duration';
import { headingOf, type Heading, type HeadingKey } from './headings';
import { MAX_DESCRIPTION_CHARS, MAX_FIELD_CHARS } from './limits';
import { recommendationsFrom } from './recommendations';
import { joinLines } from './text-lines';

/** The fields an item's text gives, and how many recognised sections it had. */
export interface ItemFields {
  readonly title: string | null;
  readonly recommendations: readonly string[];
  readonly description: string | null;
  readonly presenter: string | null;
  readonly meetingHint: string | null;
  readonly durationMinutes: number | null;
  /** Sections that make a mail a submission: Indstilling, Sagsfremstilling/Beskrivelse/Baggrund … */
  readonly itemSections: number;
  /** Any recognised heading, item or not (Oplægsholder, Tidsforbrug, Titel …). */
  readonly headings: number;
  /** Prose outside every section, after the first one (a description written without its heading). */
  readonly loose: string | null;
}

const PRESENTER_LINE = /^\s{0,4}v\.\s{1,3}(\p{L}.{0,120})$/iu;
const TRAILING_SLOT =
  /\s{0,3}\(?\s{0,3}kl\.?\s{0,3}(?:kl\.?\s{0,3})?\d{1,2}[:.]\d{2}\s{0,3}(?:-|–|—)\s{0,3}\d{1,2}[:.]\d{2}\s{0,3}\)?\s{0,3}$/i;
const TITLE_PRESENTER = /\sv\.\s{1,3}(\p{L}[^()]{0,100}?)\s{0,3}$/u;
const MEETING_WORD = /(?:^|\s)((?:the\s{1,3})?(?:mødet|møde|meeting)(?![\p{L}]).*)$/iu;
const MONTH_OR_DIGIT =
  /\d|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|næste|kommende|next|planlægning/iu;

const isPlaceholder = (text: string): boolean => /^\[[^\]]{0,200}\]\.?$/.test(text.trim());
const clip = (text: string): string => (text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text);

function cleanValue(text: string): string | null {
  const t = clip(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.,;:]$/, '')
      .trim(),
  );
  return t === '' || isPlaceholder(t) ? null : t;
}

/** "Status på initiativerne v. Mette Andreassen (kl. 08:40-09:05)" → title, presenter, minutes. */
export function splitTitleLine(line: string): { title: string | null; presenter: string | null; minutes: number | null } {
  let text = clip(line.replace(/\s+/g, ' ').trim());
  const minutes = slotInText(text);
  if (minutes !== null) text = text.replace(TRAILING_SLOT, '').trim();
  let presenter: string | null = null;
  const p = TITLE_PRESENTER.exec(text);
  if (p?.[1]) {
    presenter = cleanValue(p[1]);
    text = text.slice(0, p.index).trim();
  }
  if (minutes !== null) text = text.replace(TRAILING_SLOT, '').trim();
  return { title: cleanValue(text.replace(/^\d{1,2}\.\s{1,3}/, '')), presenter, minutes };
}

/** "Ønskes behandlet på mødet d. 4. marts" → "mødet d. 4. marts"; "Møde: 4. marts" → "4. marts". */
function meetingHintFrom(value: string, line: string | null): string | null {
  const v = cleanValue(value);
  if (v === null) return null;
  const m = line === null ? null : MEETING_WORD.exec(line.trim().slice(0, 300));
  return m?.[1] ? cleanValue(m[1]) : v;
}

/**
 * A heading written without ":" must carry a value that reads as one ("Tidsforbrug 15 min", not "Tid til at …");
 * inside a case description only a duration may be written so ("Til mødet i marts vil vi …" is prose there).
 */
function acceptable(h: Heading, line: string, inDescription = false): boolean {
  if (!h.bare) return true;
  if (line.length > 160) return false;
  if (inDescription && h.key !== 'duration') return false;
  switch (h.key) {
    case 'duration':
      return parseDuration(h.value) !== null;
    case 'meeting':
      return MONTH_OR_DIGIT.test(h.value) && h.value.length <= 100;
    case 'presenter':
      return h.value.length <= 100;
    default:
      return true;
  }
}

const SINGLE: ReadonlySet<HeadingKey> = new Set(['title', 'presenter', 'meeting', 'duration']);

/** Walks the lines: headings open sections; single-value headings take their inline value or the next line. */
export function extractFields(lines: readonly string[]): ItemFields {
  let title: string | null = null;
  let recommendations: string[] = [];
  const description: string[] = [];
  let presenter: string | null = null;
  let meetingHint: string | null = null;
  let durationMinutes: number | null = null;
  let itemSections = 0;
  let headings = 0;
  const loose: string[] = [];
  let inDescription = false;
  let pendingSingle: HeadingKey | null = null;

  const setSingle = (key: HeadingKey, value: string, line: string | null = null): boolean => {
    switch (key) {
      case 'title': {
        const t = splitTitleLine(value);
        if (t.title === null) return false;
        title ??= t.title;
        presenter ??= t.presenter;
        durationMinutes ??= t.minutes;
        return true;
      }
      case 'presenter': {
        const v = cleanValue(value.replace(/^v\.\s{1,3}/i, ''));
        if (v === null) return false;
        presenter ??= v;
        return true;
      }
      case 'meeting': {
        const v = meetingHintFrom(value, line);
        if (v === null) return false;
        meetingHint ??= v;
        return true;
      }
      case 'duration': {
        const d = parseDuration(value);
        if (d === null) return false;
        durationMinutes ??= d;
        return true;
      }
      default:
        return false;
    }
  };

  let i = 0;
  let seenSection = false;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    i++;
    if (line.trim() === '') {
      if (inDescription) description.push('');
      else if (seenSection) loose.push('');
      continue;
    }
    const heading = headingOf(line);
    const presenterLine = heading === null ? PRESENTER_LINE.exec(line) : null;
    if (heading && acceptable(heading, line, inDescription) && !(inDescription && heading.key === 'description')) {
      headings++;
      pendingSingle = null;
      inDescription = false;
      seenSection = true;
      if (SINGLE.has(heading.key)) {
        if (heading.value === '' || !setSingle(heading.key, heading.value, heading.bare ? line : null))
          pendingSingle = heading.value === '' ? heading.key : null;
        continue;
      }
      if (heading.key === 'recommendations') {
        itemSections++;
        const { items, consumed } = recommendationsFrom(heading.value, lines.slice(i, nextHeadingIndex(lines, i)));
        if (recommendations.length === 0) recommendations = items;
        i += consumed;
        continue;
      }
      if (heading.key === 'description') {
        itemSections++;
        inDescription = true;
        if (description.length > 0) description.push('');
        if (heading.value !== '') description.push(heading.value);
        continue;
      }
      continue; // attachments / stop: the lines after them are not fields
    }
    if (presenterLine?.[1] && line.length <= 130) {
      presenter ??= cleanValue(presenterLine[1].replace(TRAILING_SLOT, ''));
      durationMinutes ??= slotInText(line);
      continue;
    }
    if (pendingSingle !== null) {
      const key = pendingSingle;
      pendingSingle = null;
      if (setSingle(key, line)) continue;
    }
    if (inDescription) description.push(line);
    else if (seenSection) loose.push(line);
  }

  const descriptionText = joinLines(description);
  const looseText = joinLines(loose);
  return {
    title,
    recommendations,
    description: descriptionText === '' || isPlaceholder(descriptionText) ? null : descriptionText.slice(0, MAX_DESCRIPTION_CHARS),
    presenter,
    meetingHint,
    durationMinutes,
    itemSections,
    headings,
    loose: looseText === '' ? null : looseText.slice(0, MAX_DESCRIPTION_CHARS),
  };
}

/** The index of the next line that is a heading (so the recommendations stop there); looks 300 lines ahead at most. */
function nextHeadingIndex(lines: readonly string[], from: number): number {
  const end = Math.min(lines.length, from + 300);
  for (let j = from; j < end; j++) {
    const line = lines[j] ?? '';
    if (line.trim() === '') continue;
    const h = headingOf(line);
    if (h && acceptable(h, line)) return j;
    if (PRESENTER_LINE.test(line) && line.length <= 130) return j;
  }
  return end;
}
