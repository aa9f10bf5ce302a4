/**
 * The standing items (faste punkter) every agenda has, as in the reference minutes: the welcome and approval of the
 * agenda first; items for coming meetings, written briefings and any other business last. Each has a key, stored
 * with the agenda item, so they are created once per meeting and recognised after the secretariat renames them.
 */

export type StandingKey = 'welcome' | 'actions-follow-up' | 'coming-meetings' | 'written-briefings' | 'any-other-business';

/** The key of the follow-up item: its description lists the forum's open actions when the agenda is rendered. */
export const ACTIONS_FOLLOW_UP: StandingKey = 'actions-follow-up';

export interface StandingItemDef {
  readonly key: StandingKey;
  readonly title: string;
  readonly durationMinutes: number;
  readonly recommendations: readonly string[];
  readonly description: string;
  /** Where it belongs: before every other item, or after them. */
  readonly place: 'first' | 'last';
}

export const STANDING_ITEMS: readonly StandingItemDef[] = [
  {
    key: 'welcome',
    title: 'Velkomst og godkendelse af dagsorden',
    durationMinutes: 10,
    recommendations: ['at dagsordenen godkendes'],
    description: 'Godkendelse af dagsordenen og punkter til eventuelt.',
    place: 'first',
  },
  {
    key: 'actions-follow-up',
    title: 'Opfølgning på beslutninger',
    durationMinutes: 5,
    recommendations: ['at status på opfølgningen tages til efterretning'],
    description: 'Åbne opfølgningspunkter fra tidligere møder.',
    place: 'first',
  },
  {
    key: 'coming-meetings',
    title: 'Punkter til kommende møder',
    durationMinutes: 10,
    recommendations: ['at punkter til kommende møder drøftes og prioriteres'],
    description: 'Oversigt over udsatte og foreslåede punkter.',
    place: 'last',
  },
  {
    key: 'written-briefings',
    title: 'Skriftlige orienteringspunkter',
    durationMinutes: 5,
    recommendations: ['at de skriftlige orienteringer tages til efterretning'],
    description: 'Orienteringer uden drøftelse.',
    place: 'last',
  },
  { key: 'any-other-business', title: 'Eventuelt', durationMinutes: 5, recommendations: [], description: '', place: 'last' },
];

export const STANDING_KEYS: readonly StandingKey[] = STANDING_ITEMS.map((s) => s.key);

export function isStandingKey(value: string | undefined): value is StandingKey {
  return value !== undefined && (STANDING_KEYS as readonly string[]).includes(value);
}

export function standingItem(key: StandingKey): StandingItemDef {
  const def = STANDING_ITEMS.find((s) => s.key === key);
  if (!def) throw new Error(`Unknown standing item ${key}`);
  return def;
}

/** Titles agendas made before the key existed use (Danish and English), lower-case prefixes. */
const TITLE_PREFIXES: readonly (readonly [string, StandingKey])[] = [
  ['velkomst', 'welcome'],
  ['godkendelse af dagsorden', 'welcome'],
  ['welcome', 'welcome'],
  ['opfølgning på beslutninger', 'actions-follow-up'],
  ['follow-up on decisions', 'actions-follow-up'],
  ['punkter til kommende møder', 'coming-meetings'],
  ['items for coming meetings', 'coming-meetings'],
  ['skriftlig', 'written-briefings'],
  ['written briefing', 'written-briefings'],
  ['eventuelt', 'any-other-business'],
  ['any other business', 'any-other-business'],
];

export interface StandingCandidate {
  readonly standing: boolean;
  readonly standingKey?: string;
  readonly title: string;
}

/** The standing key of an agenda item: its stored key, else (for a standing item without one) read from its title. */
export function standingKeyOf(item: StandingCandidate): StandingKey | undefined {
  if (isStandingKey(item.standingKey)) return item.standingKey;
  if (!item.standing) return undefined;
  const title = item.title.trim().toLowerCase();
  return TITLE_PREFIXES.find(([prefix]) => title.startsWith(prefix))?.[1];
}

/**
 * The standing items to add to an agenda: all of them when it has none, else none — once the secretariat has
 * edited or removed one, that choice stands.
 */
export function standingItemsToAdd(agenda: readonly StandingCandidate[]): StandingItemDef[] {
  return agenda.some((i) => i.standing || standingKeyOf(i) !== undefined) ? [] : [...STANDING_ITEMS];
}

/** Standing items missing from an agenda (for "add the standing items again"). */
export function missingStandingItems(agenda: readonly StandingCandidate[]): StandingItemDef[] {
  const present = new Set(agenda.map(standingKeyOf).filter((k) => k !== undefined));
  return STANDING_ITEMS.filter((s) => !present.has(s.key));
}
