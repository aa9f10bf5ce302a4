/**
 * Time needed for an item, in minutes, from what people write: "15 min", "20 minutter", "½ time", "1 time",
 * "1½ time", "1,5 timer", "en halv time", "et kvarter", "1 time og 15 min", "Time needed: 10 minutes",
 * "half an hour", a time slot "kl. 08:40–09:05" (→ 25), a range "15-20 min" (→ the upper bound).
 * Null when nothing reads as a duration. Every pattern is linear (bounded, no nested quantifiers).
 */
const SLOT = /(?:^|[^\d])(\d{1,2})[:.](\d{2})\s{0,3}(?:-|–|—|til|to)\s{0,3}(?:kl\.?\s{0,3})?(\d{1,2})[:.](\d{2})(?!\d)/i;
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?\s{0,2}½?|½|en halv|an? half|half an?|en|et|one|two|to|tre|three)`;
const HOURS = new RegExp(String.raw`(?:^|[^\p{L}\d])${NUMBER}\s{0,2}(?:timer|time|t\.|hours|hour|hrs|hr|h)(?![\p{L}])`, 'iu');
const MINUTES = new RegExp(
  String.raw`(?:^|[^\p{L}\d])(?:(\d{1,3})\s{0,2}(?:-|–|til|to)\s{0,2})?(\d{1,3}|et|en|a)\s{0,2}(?:minutter|minutes|minute|minut|mins|min\.?)(?![\p{L}])`,
  'iu',
);
const QUARTER = /(?:^|[^\p{L}])(?:et|one|a)\s{1,2}(?:kvarter|quarter of an hour)(?![\p{L}])/iu;

const WORDS: Readonly<Record<string, number>> = { en: 1, et: 1, one: 1, a: 1, an: 1, to: 2, two: 2, tre: 3, three: 3 };

function amount(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (s === '½' || s === 'en halv' || s === 'a half' || s === 'an half' || s === 'half a' || s === 'half an') return 0.5;
  const word = WORDS[s];
  if (word !== undefined) return word;
  const half = s.endsWith('½');
  const n = Number((half ? s.slice(0, -1) : s).trim().replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  return n + (half ? 0.5 : 0);
}

function slotMinutes(text: string): number | null {
  const m = SLOT.exec(text);
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  if (Number(m[1]) > 23 || Number(m[3]) > 23 || Number(m[2]) > 59 || Number(m[4]) > 59) return null;
  const diff = end - start;
  return diff > 0 && diff <= 12 * 60 ? diff : null;
}

export function parseDuration(input: string): number | null {
  const text = input.length > 300 ? input.slice(0, 300) : input;
  const slot = slotMinutes(text);
  if (slot !== null) return slot;
  let total = 0;
  let found = false;
  const hours = HOURS.exec(text);
  if (hours?.[1] !== undefined) {
    const h = amount(hours[1]);
    if (h !== null) {
      total += Math.round(h * 60);
      found = true;
    }
  }
  const rest = hours ? text.slice(hours.index + hours[0].length) : text;
  const minutes = MINUTES.exec(rest);
  if (minutes?.[2] !== undefined) {
    const m = WORDS[minutes[2].toLowerCase()] ?? Number(minutes[2]);
    if (Number.isFinite(m)) {
      total += m;
      found = true;
    }
  } else if (QUARTER.test(rest)) {
    total += 15;
    found = true;
  }
  return found && total > 0 && total <= 600 ? total : null;
}

/** A time slot alone ("kl. 08:40–09:05") in a title or heading line. */
export function slotInText(text: string): number | null {
  return /kl\.?\s{0,3}\d/i.test(text) ? slotMinutes(text) : null;
}
