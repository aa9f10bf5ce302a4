import { meetingOutsider } from '../../../src/domain/agenda-trust';
import type { MinutesAttendee } from '../../../src/domain/minutes/minutes-content';
import { createMinutesDraftStore } from '../../../src/store/minutes/draft-store';
import { AttendanceConflictError } from '../../../src/store/minutes/draft-types';
import { ATTACKERS, forumAs, scene, write, type Scene } from './trust-support';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * The minutes' attendance is saved on the meeting's own item (MinutesAttendance), beside its place: a member who
 * could write that item (a site without the tenant's permissions) could put people present or absent — passing or
 * failing the quorum — or give the minutes a place of his. The draft sets both aside when someone other than the
 * secretariat wrote the item last, and says who; the attendance the secretariat then saves is the one that counts.
 */

let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const FORGED_PLACE = 'Mødet er flyttet – se www.udenfor.example';

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it("sets aside an attendance and a place he wrote on the meeting's item; the secretariat's saved attendance counts again", async () => {
    t = await scene('inherited');
    const forum = await forumAs(t, TEST_PEOPLE.secretary.mail);
    const drafts = createMinutesDraftStore(t.graph);
    const before = await drafts.load(forum, t.meeting);
    expect(before.meetingChangedBy).toBeUndefined();
    expect(before.content.location).toBe(t.meeting.location);
    expect(before.content.location).toBeTruthy();
    const everyoneAbsent: MinutesAttendee[] = before.content.attendance.map((a) => ({ ...a, presence: 'absent' }));
    const forged: MinutesAttendee[] = [
      ...everyoneAbsent,
      { email: 'planted@udenfor.example', name: 'Hr. Udenfor', organisation: 'Udenfor', presence: 'room' },
    ];

    const wrote = await write(t, attacker, 'PATCH', `/lists/Meetings/items/${t.meeting.id}/fields`, {
      MinutesAttendance: JSON.stringify(forged),
      Location: FORGED_PLACE,
    });
    expect(wrote.status).toBe(200);

    const draft = await drafts.load(forum, t.meeting);
    expect(draft.meetingChangedBy).toBeTruthy();
    expect(draft.meetingChangedBy).toBe(meetingOutsider(draft.meeting, forum));
    expect(draft.attendanceSaved).toBe(false);
    expect(draft.content.attendance).toEqual(before.content.attendance);
    expect(JSON.stringify(draft.content)).not.toContain('udenfor.example');
    expect(draft.content.location).toBeUndefined();

    // "Gem fremmødet, som det er vist": the attendance shown becomes the saved one, the secretariat's.
    await drafts.saveAttendance(forum, t.meeting.id, draft.content.attendance, draft.meeting.etag);
    const after = await drafts.load(forum, t.meeting);
    expect(after.meetingChangedBy).toBeUndefined();
    expect(after.attendanceSaved).toBe(true);
    expect(after.content.attendance).toEqual(before.content.attendance);
  });

  it('an attendance he writes while the secretariat edits is not merged into hers when her save meets it', async () => {
    t = await scene('inherited');
    const forum = await forumAs(t, TEST_PEOPLE.secretary.mail);
    const drafts = createMinutesDraftStore(t.graph);
    const draft = await drafts.load(forum, t.meeting);
    expect(draft.owners?.length).toBeGreaterThan(0);
    const planted: MinutesAttendee[] = [
      { email: 'planted@udenfor.example', name: 'Hr. Udenfor', organisation: 'Udenfor', presence: 'room' },
    ];
    expect(
      (await write(t, attacker, 'PATCH', `/lists/Meetings/items/${t.meeting.id}/fields`, { MinutesAttendance: JSON.stringify(planted) }))
        .status,
    ).toBe(200);

    // The editor's save (draft-session.ts) goes with the owners the draft was read with.
    const met = await drafts
      .saveAttendance({ ...forum, owners: draft.owners }, t.meeting.id, draft.content.attendance, draft.meeting.etag)
      .catch((e: unknown) => e);
    expect(met).toBeInstanceOf(AttendanceConflictError);
    expect((met as AttendanceConflictError).current).toEqual([]);
    // The autosave goes again with the eTag it learnt: her rows stand, his are gone.
    await drafts.saveAttendance(
      { ...forum, owners: draft.owners },
      t.meeting.id,
      draft.content.attendance,
      (met as AttendanceConflictError).etag,
    );
    const after = await drafts.load(forum, t.meeting);
    expect(after.meetingChangedBy).toBeUndefined();
    expect(after.content.attendance).toEqual(draft.content.attendance);
  });
});
