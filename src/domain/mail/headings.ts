import { HEADING_PREFIX } from './limits';

/** What a heading introduces. 'attachments' and 'stop' end the section before them and are not fields. */
export type HeadingKey = 'title' | 'recommendations' | 'description' | 'presenter' | 'meeting' | 'duration' | 'attachments' | 'stop';

interface HeadingDef {
  readonly key: HeadingKey;
  readonly phrases: readonly string[];
  /** The value may follow after a space only ("Tidsforbrug 15 min", "It is recommended that …"). */
  readonly bareValue?: boolean;
}

/** Danish and English headings, lower case. Longest phrase wins, so "beskrivelse af sagen" beats "beskrivelse". */
const HEADINGS: readonly HeadingDef[] = [
  { key: 'title', phrases: ['titel', 'overskrift', 'punktets titel', 'title', 'item title'] },
  {
    key: 'recommendations',
    phrases: [
      'indstilling',
      'indstillinger',
      'indstilling til beslutning',
      'forslag til indstilling',
      'forslag til beslutning',
      'recommendation',
      'recommendations',
      'proposed decision',
    ],
  },
  { key: 'recommendations', phrases: ['det indstilles', 'it is recommended', 'sekretariatet indstiller', 'we recommend'], bareValue: true },
  {
    key: 'description',
    phrases: [
      'sagsfremstilling',
      'beskrivelse af sagen',
      'sagsbeskrivelse',
      'beskrivelse',
      'baggrund',
      'baggrund for sagen',
      'resumé',
      'background',
      'description',
      'case',
      'case description',
      'case presentation',
      'summary',
    ],
  },
  {
    key: 'presenter',
    phrases: ['oplægsholder', 'oplægsholdere', 'fremlægges af', 'fremlægger', 'presenter', 'presenters', 'presented by'],
  },
  { key: 'presenter', phrases: ['oplæg ved', 'oplæg v.', 'præsenteres af'], bareValue: true },
  { key: 'meeting', phrases: ['møde', 'ønsket møde', 'mødedato', 'meeting', 'requested meeting'] },
  {
    key: 'meeting',
    phrases: [
      'ønskes behandlet på',
      'ønskes behandlet',
      'ønskes behandlet ved',
      'til mødet',
      'til møde',
      'til behandling på',
      'for the meeting on',
      'for the meeting',
      'to be discussed at',
      'to be discussed on',
    ],
    bareValue: true,
  },
  {
    key: 'duration',
    phrases: [
      'tidsforbrug',
      'forventet tidsforbrug',
      'tidsramme',
      'varighed',
      'tid',
      'time needed',
      'time required',
      'duration',
      'estimated time',
      'time',
    ],
    bareValue: true,
  },
  {
    key: 'attachments',
    phrases: [
      'bilag',
      'bilag/links',
      'bilag og links',
      'links',
      'vedhæftet',
      'vedhæftede bilag',
      'attachments',
      'attachment',
      'enclosures',
      'annex',
      'annexes',
    ],
  },
  {
    key: 'stop',
    phrases: [
      'referat',
      'beslutning',
      'decision',
      'minutes',
      'sagsbehandler',
      'sagsnummer',
      'sagsnr.',
      'j.nr.',
      'kontaktperson',
      'kontakt',
      'contact',
      'case officer',
      'case number',
    ],
  },
];

const PHRASES: readonly { phrase: string; def: HeadingDef }[] = HEADINGS.flatMap((def) =>
  def.phrases.map((phrase) => ({ phrase, def })),
).sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * PHRASES grouped by first letter, each group in PHRASES' order. headingOf runs on every body line (and again on the
 * lines ahead of an Indstilling), and most lines start with a letter no heading starts with: a line is compared only
 * with the phrases that can match it, in the same order, so the longest phrase still wins.
 */
const PHRASES_BY_FIRST = new Map<string, { phrase: string; def: HeadingDef }[]>();
for (const entry of PHRASES) {
  const first = entry.phrase.charAt(0);
  const group = PHRASES_BY_FIRST.get(first);
  if (group) group.push(entry);
  else PHRASES_BY_FIRST.set(first, [entry]);
}

export interface Heading {
  readonly key: HeadingKey;
  /** The value written on the heading's own line ("Tidsforbrug: 15 min" → "15 min"), or '' for a heading alone. */
  readonly value: string;
  /** The value followed the heading after a space only, without ":" (such values are checked harder). */
  readonly bare: boolean;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Strips decoration around a heading: "**Indstilling:**", "# Baggrund", "__Sagsfremstilling__". */
function undecorate(line: string): string {
  let s = line.trim();
  // Without "#", "*" or "_" none of the patterns below can match: most lines are plain text.
  if (!s.startsWith('#') && !s.includes('*') && !s.includes('_')) return s;
  s = s.replace(/^(?:#{1,6}\s{0,3}|\*{1,2}|_{1,2})/, '');
  s = s.replace(/^(.{1,80}?)(?:\*{1,2}|_{1,2})(?=\s{0,3}(?::|$))/, '$1');
  s = s.replace(/^(.{1,80}?:)(?:\*{1,2}|_{1,2})/, '$1');
  return s;
}

/**
 * The heading a line starts with, if any: the heading alone (any case, with or without ":"), or
 * "Heading: value" / "Heading – value", or for a few phrase-like headings "Heading value".
 */
export function headingOf(line: string): Heading | null {
  const s = undecorate(line);
  const lower = s.slice(0, HEADING_PREFIX).toLowerCase();
  for (const { phrase, def } of PHRASES_BY_FIRST.get(lower.charAt(0)) ?? []) {
    if (!lower.startsWith(phrase)) continue;
    const after = s.slice(phrase.length);
    if (!phrase.endsWith('.') && isLetter(after[0])) continue;
    const trimmed = after.trim();
    if (trimmed === '' || trimmed === ':' || trimmed === '.') return { key: def.key, value: '', bare: false };
    const sep = /^\s{0,3}(?::|–|—|-\s)\s{0,3}/.exec(after);
    if (sep) return { key: def.key, value: after.slice(sep[0].length).trim(), bare: false };
    if (def.bareValue && /^[\s,]/.test(after)) return { key: def.key, value: after.replace(/^[\s,]{1,10}/, '').trim(), bare: true };
    return null;
  }
  return null;
}
