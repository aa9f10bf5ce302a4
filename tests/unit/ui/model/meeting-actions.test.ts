import type { Meeting, MinutesVersion } from '../../../../src/domain/types';
import type { MinutesOverview } from '../../../../src/store/minutes/minutes-versions-api';
import { JOIN_WINDOW_MS, meetingPrimaryAction, minutesPhase, type MeetingActionInput } from '../../../../src/ui/model/meeting-actions';

const NOW = new Date('2026-06-10T10:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();
/** A two-hour meeting starting `h` hours from now. */
const meeting = (h: number, over: Partial<Meeting> = {}): MeetingActionInput['meeting'] => ({
  kind: 'ordinary',
  status: 'booked',
  start: hours(h),
  end: hours(h + 2),
  joinUrl: 'https://teams.example/join',
  ...over,
});
const input = (over: Partial<MeetingActionInput>): MeetingActionInput => ({
  meeting: meeting(24 * 7),
  role: 'secretariat',
  now: NOW,
  canWriteMinutes: true,
  canSendAgenda: true,
  ...over,
});

describe('the meeting dialog’s primary action', () => {
  it.each<[string, Partial<MeetingActionInput>, ReturnType<typeof meetingPrimaryAction>]>([
    ['secretariat, a week ahead, agenda not sent → Send dagsorden', {}, 'send-agenda'],
    [
      'secretariat, a week ahead, agenda sent → none (Deltag stays secondary)',
      { meeting: meeting(24 * 7, { status: 'agenda-sent', agendaSentAt: hours(-1) }) },
      undefined,
    ],
    ['secretariat without the agenda actions → none', { canSendAgenda: false }, undefined],
    ['member, a week ahead → none', { role: 'member' }, undefined],
    ['member, starting in 20 minutes, Teams link → Deltag', { role: 'member', meeting: meeting(1 / 3) }, 'join'],
    ['member, starting in an hour → none yet', { role: 'member', meeting: meeting(1) }, undefined],
    ['secretariat, under way, agenda not sent → Deltag (the meeting is what matters now)', { meeting: meeting(-1) }, 'join'],
    ['chair, under way without a Teams link → none', { role: 'chair', meeting: meeting(-1, { joinUrl: undefined }) }, undefined],
    ['secretariat, held, no minutes → Skriv referat', { meeting: meeting(-48, { status: 'held' }) }, 'write-minutes'],
    ['secretariat, over but still "booked" → Skriv referat', { meeting: meeting(-48), minutes: 'none' }, 'write-minutes'],
    ['secretariat, held, a draft → Skriv referat', { meeting: meeting(-48, { status: 'held' }), minutes: 'draft' }, 'write-minutes'],
    [
      'secretariat, held, where the editor is not shipped → none',
      { meeting: meeting(-48, { status: 'held' }), canWriteMinutes: false },
      undefined,
    ],
    [
      'secretariat, held, with the co-chairs → to Referat',
      { meeting: meeting(-48, { status: 'held' }), minutes: 'awaiting' },
      'open-minutes',
    ],
    [
      'secretariat, held, approved by the co-chairs → Udsend referat',
      { meeting: meeting(-48, { status: 'held' }), minutes: 'ready' },
      'circulate',
    ],
    ['secretariat, minutes circulated → none', { meeting: meeting(-48, { status: 'minutes-approved' }) }, undefined],
    [
      'secretariat, circulated (read from the minutes before the meeting item) → none',
      { meeting: meeting(-48, { status: 'held' }), minutes: 'circulated' },
      undefined,
    ],
    ['chair, held → none', { role: 'chair', meeting: meeting(-48, { status: 'held' }) }, undefined],
    ['cancelled, starting now → none', { meeting: meeting(0, { status: 'cancelled' }) }, undefined],
    ['cancelled, a week ahead → none', { meeting: meeting(24 * 7, { status: 'cancelled' }) }, undefined],
    ['planning meeting, a week ahead → none (no agenda of its own)', { meeting: meeting(24 * 7, { kind: 'planning' }) }, undefined],
    ['planning meeting, under way → Deltag', { meeting: meeting(-1, { kind: 'planning' }) }, 'join'],
    ['planning meeting, held → none (no minutes)', { meeting: meeting(-48, { kind: 'planning', status: 'held' }) }, undefined],
  ])('%s', (_what, over, expected) => {
    expect(meetingPrimaryAction(input(over))).toBe(expected);
  });

  it('offers Deltag from the join window before the start until the end', () => {
    const m = meeting(0);
    const at = (ms: number) => meetingPrimaryAction(input({ role: 'member', meeting: m, now: new Date(Date.parse(m.start) + ms) }));
    expect(at(-JOIN_WINDOW_MS - 1)).toBeUndefined();
    expect(at(-JOIN_WINDOW_MS)).toBe('join');
    expect(at(2 * 3_600_000)).toBe('join');
    expect(at(2 * 3_600_000 + 1)).toBeUndefined();
  });
});

describe('where the minutes stand', () => {
  const version = (over: Partial<MinutesVersion> = {}): MinutesVersion => ({
    id: 'v1',
    meetingId: 'm',
    version: 1,
    contentHash: 'h1',
    status: 'awaiting-approval',
    createdAt: '2026-06-01T10:00:00Z',
    ...over,
  });
  const SENT = { id: 'v1', version: 1, contentHash: 'h1' };
  const overview = (over: Partial<MinutesOverview>): MinutesOverview => ({ versions: [], approvals: [], ...over });
  it.each<[string, MinutesOverview, ReturnType<typeof minutesPhase>]>([
    ['no version', overview({}), 'none'],
    ['with the co-chairs, approvals missing', overview({ current: version(), blocker: { kind: 'rule-not-met' } }), 'awaiting'],
    ['approved by the rule, nothing in the way', overview({ current: version() }), 'ready'],
    ['circulated (closed on the version)', overview({ current: version(), closure: { closed: true, circulated: SENT } }), 'circulated'],
    [
      'circulated (by the meeting’s hash)',
      overview({ current: version(), circulatedAt: '2026-06-05T10:00:00Z', circulatedHash: 'h1' }),
      'circulated',
    ],
    [
      'circulated, then reopened',
      overview({
        current: version(),
        closure: {
          closed: false,
          circulated: SENT,
          reopened: { version: 1, hash: 'h1', reason: 'Rettelse', by: 'Katrine Holm', at: '2026-06-06T10:00:00Z' },
        },
      }),
      'draft',
    ],
  ])('%s', (_what, o, expected) => {
    expect(minutesPhase(o)).toBe(expected);
  });
});
