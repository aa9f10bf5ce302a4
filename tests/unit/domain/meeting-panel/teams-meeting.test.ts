import type { MinutesAttendee } from '../../../../src/domain/minutes/minutes-content';
import { markJoined, meetingOfChat, threadOfJoinUrl } from '../../../../src/domain/meeting-panel/teams-meeting';

const THREAD = '19:meeting_NjhiOGI2ZDYtZDg3MS00@thread.v2';
const JOIN = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0?context=%7b%22Tid%22%3a%22t%22%7d`;

describe('a Teams meeting and its forum meeting', () => {
  it('reads the chat thread out of a join link, as Teams writes it (lower-case escapes too)', () => {
    expect(threadOfJoinUrl(JOIN)).toBe(THREAD);
    expect(threadOfJoinUrl('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0')).toBe('19:meeting_abc@thread.v2');
  });

  it.each([undefined, '', 'not a url', 'https://teams.microsoft.com/l/channel/19%3aabc%40thread.tacv2/General', 'https://example.org/x'])(
    'finds no thread in %p',
    (url) => expect(threadOfJoinUrl(url)).toBeUndefined(),
  );

  it("finds the forum meeting whose join link opens the panel's chat, and none for another chat", () => {
    const meetings = [
      { id: 'physical' },
      { id: 'other', joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0' },
      { id: 'ours', joinUrl: JOIN },
    ];
    expect(meetingOfChat(meetings, THREAD)?.id).toBe('ours');
    expect(meetingOfChat(meetings, '19:meeting_unknown@thread.v2')).toBeUndefined();
    expect(meetingOfChat(meetings, undefined)).toBeUndefined();
  });
});

describe('marking who joined in Teams', () => {
  const row = (email: string, presence: MinutesAttendee['presence']): MinutesAttendee => ({
    email,
    name: email.split('@')[0] ?? email,
    organisation: 'Kommune',
    presence,
  });
  const rows = [
    row('a@x.dk', 'absent'),
    row('b@x.dk', 'apology'),
    row('c@x.dk', 'room'),
    row('d@x.dk', 'substitute'),
    row('e@x.dk', 'absent'),
  ];

  it('marks those listed absent or with apologies as online, keeps the room, substitutes and the ones who did not come', () => {
    const joined = ['a@x.dk', 'B@X.dk', 'c@x.dk', 'd@x.dk'].map((email) => ({ email, name: email }));
    const result = markJoined(rows, joined);
    expect(result.rows.map((r) => `${r.email}:${r.presence}`)).toEqual([
      'a@x.dk:online',
      'b@x.dk:online',
      'c@x.dk:room',
      'd@x.dk:substitute',
      'e@x.dk:absent',
    ]);
    expect(result.marked).toEqual(['a@x.dk', 'b@x.dk']);
  });

  it('adds someone not on the list as a guest, once', () => {
    const first = markJoined(rows, [{ email: 'Ny.Gaest@firma.dk', name: 'Ny Gæst' }]);
    expect(first.rows.at(-1)).toEqual({ email: 'ny.gaest@firma.dk', name: 'Ny Gæst', organisation: '', presence: 'guest' });
    const again = markJoined(first.rows, [{ email: 'ny.gaest@firma.dk', name: 'Ny Gæst' }]);
    expect(again).toEqual({ rows: first.rows, marked: [] });
  });
});
