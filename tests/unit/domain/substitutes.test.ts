import { meetingSubstitutes, ownRecord, substituteCounts, type SubstituteRecord } from '../../../src/domain/substitutes';
import type { ForumOwner } from '../../../src/domain/types';

const KATRINE: ForumOwner = { id: 'u-katrine', name: 'Katrine Holm', email: 'katrine.holm@region.example' };
const owners = [KATRINE];
const PEOPLE: Readonly<Record<string, string>> = {
  'u-katrine': KATRINE.email,
  'u-jonas': 'jonas@region.example',
  'u-lene': 'lene@kommune.example',
};

let nextId = 1;
/** A record on meeting 7: `by` created it, `changedBy` (default: `by`) changed it last. */
function record(
  by: string,
  member: string,
  substitute: string,
  opts: { changedBy?: string; at?: string; meetingId?: string; id?: string } = {},
): SubstituteRecord {
  const changedBy = opts.changedBy ?? by;
  return {
    id: opts.id ?? String(nextId++),
    meetingId: opts.meetingId ?? '7',
    memberEmail: member,
    substituteEmail: substitute,
    substituteName: '',
    stamp: { createdById: by, createdByName: by, modifiedById: changedBy, modifiedByName: changedBy },
    authorEmail: PEOPLE[by] ?? '',
    changedAt: opts.at ?? '2026-10-01T10:00:00Z',
    etag: '"1"',
  };
}

describe('which substitute records count', () => {
  it.each([
    ['a member names their own substitute', true, record('u-jonas', 'jonas@region.example', 'mette@region.example')],
    ['… by an address in other letter case', true, record('u-jonas', 'Jonas@Region.example', 'mette@region.example')],
    ['the secretariat names one for a member', true, record('u-katrine', 'lene@kommune.example', 'vikar@kommune.example')],
    ['a member names one for another member', false, record('u-lene', 'jonas@region.example', 'lene.ven@kommune.example')],
    [
      "a member's own record someone else changed",
      false,
      record('u-jonas', 'jonas@region.example', 'mette@region.example', { changedBy: 'u-lene' }),
    ],
    [
      "a member's own record the secretariat changed",
      false,
      record('u-jonas', 'jonas@region.example', 'mette@region.example', { changedBy: 'u-katrine' }),
    ],
    [
      "the secretariat's record a member changed",
      false,
      record('u-katrine', 'lene@kommune.example', 'vikar@kommune.example', { changedBy: 'u-lene' }),
    ],
    ['a record naming the member themselves', false, record('u-jonas', 'jonas@region.example', 'jonas@region.example')],
    ['a record naming nobody', false, record('u-jonas', 'jonas@region.example', ' ')],
    ['a record without an author', false, record('', 'jonas@region.example', 'mette@region.example')],
  ])('%s → %s', (_what, expected, r) => {
    expect(substituteCounts(r, owners)).toBe(expected);
  });

  it('counts only members’ own records when the owners are unknown', () => {
    expect(substituteCounts(record('u-jonas', 'jonas@region.example', 'mette@region.example'), undefined)).toBe(true);
    expect(substituteCounts(record('u-katrine', 'lene@kommune.example', 'vikar@kommune.example'), undefined)).toBe(false);
  });
});

describe("a meeting's substitutes", () => {
  it.each<[string, SubstituteRecord[], Record<string, string> | undefined, Record<string, string>]>([
    ['none named', [], undefined, {}],
    [
      "the secretariat's map on the meeting",
      [],
      { 'Jonas@Region.example': 'Mette@Region.example' },
      { 'jonas@region.example': 'mette@region.example' },
    ],
    [
      'a record over the map',
      [record('u-jonas', 'jonas@region.example', 'karen@region.example')],
      { 'jonas@region.example': 'mette@region.example' },
      { 'jonas@region.example': 'karen@region.example' },
    ],
    [
      'the latest counting record per member',
      [
        record('u-jonas', 'jonas@region.example', 'mette@region.example', { at: '2026-10-02T08:00:00Z' }),
        record('u-katrine', 'jonas@region.example', 'karen@region.example', { at: '2026-10-01T08:00:00Z' }),
      ],
      undefined,
      { 'jonas@region.example': 'mette@region.example' },
    ],
    [
      'the later item within the same second',
      [
        record('u-jonas', 'jonas@region.example', 'mette@region.example', { id: '12' }),
        record('u-katrine', 'jonas@region.example', 'karen@region.example', { id: '9' }),
      ],
      undefined,
      { 'jonas@region.example': 'mette@region.example' },
    ],
    [
      'a later record that does not count changes nothing',
      [
        record('u-jonas', 'jonas@region.example', 'mette@region.example', { at: '2026-10-01T08:00:00Z' }),
        record('u-lene', 'jonas@region.example', 'lene.ven@kommune.example', { at: '2026-10-03T08:00:00Z' }),
      ],
      undefined,
      { 'jonas@region.example': 'mette@region.example' },
    ],
    [
      'a forged record leaves the map as it is',
      [record('u-lene', 'jonas@region.example', 'lene.ven@kommune.example')],
      { 'jonas@region.example': 'mette@region.example' },
      { 'jonas@region.example': 'mette@region.example' },
    ],
    ["another meeting's record", [record('u-jonas', 'jonas@region.example', 'mette@region.example', { meetingId: '8' })], undefined, {}],
    [
      'one member each',
      [
        record('u-jonas', 'jonas@region.example', 'mette@region.example'),
        record('u-katrine', 'lene@kommune.example', 'vikar@kommune.example'),
      ],
      undefined,
      { 'jonas@region.example': 'mette@region.example', 'lene@kommune.example': 'vikar@kommune.example' },
    ],
  ])('%s', (_what, records, named, expected) => {
    expect(meetingSubstitutes({ meetingId: '7', records, owners, ...(named ? { named } : {}) })).toEqual(expected);
  });
});

describe("a person's own record", () => {
  const mine = record('u-jonas', 'jonas@region.example', 'mette@region.example', { at: '2026-10-01T08:00:00Z' });
  const myLater = record('u-jonas', 'jonas@region.example', 'karen@region.example', { at: '2026-10-02T08:00:00Z' });
  const records = [
    mine,
    myLater,
    record('u-katrine', 'jonas@region.example', 'vikar@region.example'),
    record('u-jonas', 'jonas@region.example', 'x@region.example', { meetingId: '8' }),
  ];

  it.each([
    [
      'the latest of my records for this meeting and member',
      { id: 'u-jonas', email: 'jonas@region.example' },
      'JONAS@region.example',
      myLater.id,
    ],
    ["the secretariat's own", { id: 'u-katrine', email: KATRINE.email }, 'jonas@region.example', records[2]?.id],
    ['none for another member', { id: 'u-jonas', email: 'jonas@region.example' }, 'lene@kommune.example', undefined],
    ['by address when the id is unknown', { id: '', email: 'Jonas@region.example' }, 'jonas@region.example', myLater.id],
    [
      'none by someone else with my address but another id',
      { id: 'u-other', email: 'jonas@region.example' },
      'jonas@region.example',
      undefined,
    ],
  ])('%s', (_what, author, member, expected) => {
    expect(ownRecord(records, '7', member, author)?.id).toBe(expected);
  });
});
