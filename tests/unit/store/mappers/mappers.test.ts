import { Fields, listItemsUrl, type GraphListItem } from '../../../../src/store/list-item';
import { toAgendaItem } from '../../../../src/store/mappers/agenda-mapper';
import { toForum, toForumMember } from '../../../../src/store/mappers/forum-mapper';
import { toForumDeadlines } from '../../../../src/store/mappers/forum-settings-mapper';
import { toMeeting, toMeetings } from '../../../../src/store/mappers/meeting-mapper';
import { toApproval, toMinutesVersion } from '../../../../src/store/mappers/minutes-mapper';
import { toSubmission } from '../../../../src/store/mappers/submission-mapper';

const item = (id: string, fields: Record<string, unknown>, extra: Partial<GraphListItem> = {}): GraphListItem => ({
  id,
  '@odata.etag': `"guid-${id},1"`,
  createdDateTime: '2026-02-01T10:00:00Z',
  createdBy: { user: { id: 'u-katrine', displayName: 'Katrine Holm', email: 'Katrine.Holm@regionfjord.example' } },
  lastModifiedBy: { user: { id: 'u-katrine', displayName: 'Katrine Holm' } },
  fields,
  ...extra,
});

describe('list item → domain', () => {
  it('maps a meeting with all fields, keeping the eTag', () => {
    const m = toMeeting(
      'g1',
      item('4', {
        Title: 'Klyngestyregruppemøde',
        Kind: 'ordinary',
        Start: '2026-03-12T08:00:00Z',
        End: '2026-03-12T10:00:00Z',
        Form: 'hybrid',
        Location: 'Fjordhospitalet, mødelokale 2',
        Status: 'booked',
        JoinUrl: 'https://teams.example/join',
        Prepares: '',
      }),
    );
    expect(m).toEqual({
      id: '4',
      forumId: 'g1',
      kind: 'ordinary',
      title: 'Klyngestyregruppemøde',
      start: '2026-03-12T08:00:00Z',
      end: '2026-03-12T10:00:00Z',
      form: 'hybrid',
      location: 'Fjordhospitalet, mødelokale 2',
      status: 'booked',
      joinUrl: 'https://teams.example/join',
      etag: '"guid-4,1"',
      // Who wrote it, as the server stamped it: the forum mails nothing about a meeting someone else changed.
      stamp: {
        createdById: 'u-katrine',
        createdByName: 'Katrine Holm',
        createdByEmail: 'katrine.holm@regionfjord.example',
        modifiedById: 'u-katrine',
        modifiedByName: 'Katrine Holm',
      },
    });
  });

  it('tolerates odd meeting fields: unknown choices fall back, missing end is the start, no start is dropped', () => {
    const m = toMeeting(
      'g1',
      item('5', { Kind: 'brunch', Status: 'whatever', Start: '2026-05-01T08:00:00.000Z' }, { '@odata.etag': undefined, eTag: '"e5"' }),
    );
    expect(m).toMatchObject({
      kind: 'ordinary',
      status: 'planned',
      form: 'physical',
      start: '2026-05-01T08:00:00Z',
      end: '2026-05-01T08:00:00Z',
      title: '',
      etag: '"e5"',
    });
    expect(m).not.toHaveProperty('location');
    expect(toMeeting('g1', item('6', { Start: 'not a date' }))).toBeUndefined();
    expect(toMeeting('g1', { id: '7' })).toBeUndefined();
    expect(
      toMeetings('g1', [item('2', { Start: '2026-06-01T08:00:00Z' }), item('1', { Start: '2026-03-01T08:00:00Z' })]).map((x) => x.id),
    ).toEqual(['1', '2']);
  });

  it('splits Recommendations into one "at …" per line and reads numbers given as text', () => {
    const s = toSubmission(
      'g1',
      item('3', {
        Title: 'Fælles forløb for KOL',
        SenderName: 'Lars Harbo',
        SenderAddress: 'Lars.Harbo@Skovlund.example',
        ReceivedAt: '2026-02-20T09:15:00Z',
        Status: 'new',
        Recommendations: 'at styregruppen godkender forløbet\r\n\n  at der afsættes ressourcer  \n',
        DurationMinutes: '20',
        MeetingId: 3,
      }),
    );
    expect(s.recommendations).toEqual(['at styregruppen godkender forløbet', 'at der afsættes ressourcer']);
    expect(s.senderAddress).toBe('lars.harbo@skovlund.example');
    expect(s.durationMinutes).toBe(20);
    expect(s.meetingId).toBe('3');
    expect(s.status).toBe('new');
  });

  it('gives a submission without fields sensible defaults', () => {
    const s = toSubmission('g1', { id: '9', createdDateTime: '2026-01-05T12:00:00Z' });
    expect(s).toMatchObject({
      title: '',
      senderName: '',
      status: 'new',
      recommendations: [],
      receivedAt: '2026-01-05T12:00:00Z',
      etag: '',
    });
    expect(s).not.toHaveProperty('durationMinutes');
  });

  it('maps members and the forum item; a missing Forum item names the forum by group id', () => {
    const member = toForumMember(
      item('1', {
        Title: 'Jonas Vestergaard',
        Email: 'Jonas.Vestergaard@regionfjord.example',
        Role: 'chair',
        OrganisationKind: 'hospital',
        Organisation: 'Fjordhospitalet',
        External: false,
        SubstituteEmail: 'Mette@x.example',
      }),
    );
    expect(member).toMatchObject({
      email: 'jonas.vestergaard@regionfjord.example',
      role: 'chair',
      substituteEmail: 'mette@x.example',
      external: false,
    });
    expect(toForumMember(item('2', { Role: 'king', External: 'true' }))).toMatchObject({
      role: 'member',
      organisationKind: 'other',
      external: true,
      name: '',
    });
    const ref = { groupId: 'g1', siteId: 's1' };
    expect(
      toForum(
        ref,
        item('1', { Title: 'Klyngestyregruppen for Fjordklyngen', ShortName: 'KSG', Kind: 'steering-group', Mailbox: 'ksg@x' }),
        [],
      ),
    ).toMatchObject({ name: 'Klyngestyregruppen for Fjordklyngen', shortName: 'KSG', groupId: 'g1' });
    expect(toForum(ref, undefined, []).name).toBe('g1');
  });

  it('maps agenda items in number order and minutes versions', () => {
    const a = toAgendaItem(item('1', { Title: 'Velkomst', MeetingId: '3', Number: 1, DurationMinutes: 5, Standing: true }));
    expect(a).toMatchObject({ number: 1, durationMinutes: 5, standing: true, recommendations: [] });
    expect(toAgendaItem(item('2', {})).number).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMinutesVersion(item('1', { MeetingId: '3', Version: 2, ContentHash: 'ABC', Status: 'awaiting-approval' }))).toEqual({
      id: '1',
      meetingId: '3',
      version: 2,
      contentHash: 'abc',
      status: 'awaiting-approval',
      createdAt: '2026-02-01T10:00:00Z',
      etag: '"guid-1,1"',
      stamp: {
        createdById: 'u-katrine',
        createdByName: 'Katrine Holm',
        modifiedById: 'u-katrine',
        modifiedByName: 'Katrine Holm',
        createdByEmail: 'katrine.holm@regionfjord.example',
      },
    });
  });

  it('stamps an app-only write as the application\'s (SharePoint\'s "SharePoint App" user beside it has no id)', () => {
    const byApp = {
      application: { id: '7d2f4a90-3c1e-4b8a-9f06-5e4d3c2b1a07', displayName: 'Sekretariat automation' },
      user: { displayName: 'SharePoint App' },
    };
    expect(toMinutesVersion(item('1', { MeetingId: '3', Version: 1 }, { lastModifiedBy: byApp })).stamp).toEqual({
      createdById: 'u-katrine',
      createdByName: 'Katrine Holm',
      modifiedById: '7d2f4a90-3c1e-4b8a-9f06-5e4d3c2b1a07',
      modifiedByName: 'Sekretariat automation',
      modifiedByApp: true,
      createdByEmail: 'katrine.holm@regionfjord.example',
    });
  });

  it('takes the approver from the server-stamped createdBy, never from a field', () => {
    const ap = toApproval(item('1', { MinutesVersionId: '1', ContentHash: 'abc', Decision: 'approved', ApprovedBy: 'someone else' }));
    expect(ap.createdBy).toEqual({ id: 'u-katrine', name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' });
    expect(ap.modifiedById).toBe('u-katrine');
    expect(toApproval(item('2', { Decision: '??' })).decision).toBe('changes-requested');
  });

  it('builds list item URLs addressed by list name with an encoded filter', () => {
    expect(listItemsUrl('site1', 'Meetings', { filter: "fields/MeetingId eq '12'", top: 50 })).toBe(
      "/sites/site1/lists/Meetings/items?expand=fields&$filter=fields%2FMeetingId%20eq%20'12'&$top=50",
    );
    expect(new Fields({ n: 'x' }).number('n')).toBeUndefined();
  });
});

describe('forum settings', () => {
  it('reads deadlines from SettingsJson and shrugs at junk', () => {
    expect(
      toForumDeadlines(
        item('1', { SettingsJson: JSON.stringify({ deadlines: { submissionsCloseDaysBefore: 21, agendaSentDaysBefore: 7 } }) }),
      ),
    ).toEqual({ submissionsCloseDaysBefore: 21, agendaSentDaysBefore: 7 });
    expect(toForumDeadlines(item('1', { SettingsJson: '{not json' }))).toEqual({});
    expect(toForumDeadlines(item('1', { SettingsJson: JSON.stringify({ deadlines: { submissionsCloseDaysBefore: -3 } }) }))).toEqual({});
    expect(toForumDeadlines(undefined)).toEqual({});
  });
});
