import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { attendanceRows, type AttendanceRow } from '../../../src/domain/attendance';
import type { Meeting } from '../../../src/domain/types';
import { createGraph } from '../../../src/graph/client';
import type { Graph } from '../../../src/graph/types';
import { AttendanceStore } from '../../../src/store/attendance-store';
import { ConflictError } from '../../../src/store/errors';
import { MeetingStore } from '../../../src/store/forum-stores';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** Attendance against the sandbox over HTTP: answers from the calendar, substitutes on the event and the Meetings item. */
let sandbox: TestSandbox;
let asSecretary: AttendanceStore;
let asChair: AttendanceStore;
let secretaryGraph: Graph;

const REF = TEST_FORUMS.steering;
const graphAs = (mail: string): Graph =>
  createGraph({ tokens: new SandboxTokenProvider(sandbox.url, mail), scopes: ['Sites.ReadWrite.All', 'Calendars.ReadWrite'], baseUrl: sandbox.graphUrl });

async function meeting2(): Promise<Meeting> {
  const meetings = await new MeetingStore(secretaryGraph, REF).from('2026-01-01T00:00:00Z');
  const found = meetings.find((m) => m.title === 'Styregruppemøde 2');
  if (!found?.eventId) throw new Error('seed: meeting 2 is booked');
  return found;
}

const row = (rows: readonly AttendanceRow[], email: string): AttendanceRow | undefined => rows.find((r) => r.email === email);

interface EventBody {
  '@odata.etag': string;
  attendees: { emailAddress: { address: string }; status: { response: string } }[];
}

async function groupEvent(eventId: string): Promise<EventBody> {
  const token = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
  return (await call<EventBody>(sandbox, 'GET', `/groups/${REF.groupId}/events/${eventId}`, { token })).body;
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  secretaryGraph = graphAs(TEST_PEOPLE.secretary.mail);
  asSecretary = new AttendanceStore(secretaryGraph, REF);
  asChair = new AttendanceStore(graphAs(TEST_PEOPLE.chair.mail), REF);
});

afterAll(async () => {
  await sandbox.dispose();
});

describe('attendance against the sandbox', () => {
  it('a declined invitation shows as an apology, grouped by organisation', async () => {
    const meeting = await meeting2();
    const before = await asSecretary.load(meeting);
    expect(row(attendanceRows(before.attendance), TEST_PEOPLE.patient.mail)?.status).not.toBe('apology');

    // The patient representative (e-mail only) answers by mail: the control API records it.
    const res = await call(sandbox, 'POST', '/_sandbox/respond', { body: { address: TEST_PEOPLE.patient.mail, eventId: meeting.eventId, response: 'declined' } });
    expect(res.status).toBe(200);

    const { attendance } = await asSecretary.load(meeting);
    const patient = row(attendanceRows(attendance), TEST_PEOPLE.patient.mail);
    expect(patient).toMatchObject({ status: 'apology', organisation: 'Patientrepræsentant', role: 'member' });
    expect(attendance.apologies.map((r) => r.email)).toContain(TEST_PEOPLE.patient.mail);
    expect(attendance.groups.map((g) => g.organisation)).toEqual(['Testhospitalet', 'Test Kommune', 'Patientrepræsentant']);
    expect(attendance.secretariat.map((r) => r.email)).toEqual([TEST_PEOPLE.secretary.mail]);
    expect(attendance.counts.apology).toBe(attendance.apologies.length);
  });

  it('a member declines their own invitation from the app and becomes an apology; others keep their answers', async () => {
    const meeting = await meeting2();
    const before = await asChair.load(meeting);
    const answersBefore = new Map(attendanceRows(before.attendance).map((r) => [r.email, r.status]));
    expect(answersBefore.get(TEST_PEOPLE.chair.mail)).toBe('attending');
    const iCalUId = before.invitation?.iCalUId;
    if (!iCalUId) throw new Error('the event has an iCalUId');

    expect(await asChair.decline(iCalUId, 'Jeg er på ferie')).toBe('declined');
    // Exchange removes a declined copy: a second press finds nothing to decline.
    expect(await asChair.decline(iCalUId)).toBe('no-invitation');

    const after = await asSecretary.load(meeting);
    const rows = attendanceRows(after.attendance);
    expect(row(rows, TEST_PEOPLE.chair.mail)).toMatchObject({ status: 'apology', isChair: true });
    for (const r of rows.filter((x) => x.email !== TEST_PEOPLE.chair.mail)) expect(r.status).toBe(answersBefore.get(r.email));
  });

  it('naming a substitute invites them (their calendar gets the meeting) and lists them for the member', async () => {
    const loaded = await asSecretary.load(await meeting2());
    const meeting = loaded.meeting;
    const mine = `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${loaded.invitation?.iCalUId ?? ''}'`)}`;
    const eventBefore = await groupEvent(meeting.eventId ?? '');
    const answers = new Map(eventBefore.attendees.map((a) => [a.emailAddress.address, a.status.response]));

    const named = await asSecretary.nameSubstitute(meeting, TEST_PEOPLE.chair.mail, { name: TEST_PEOPLE.outsider.displayName, email: TEST_PEOPLE.outsider.mail });
    expect(named.substitutes).toEqual({ [TEST_PEOPLE.chair.mail]: TEST_PEOPLE.outsider.mail });
    expect(named.etag).not.toBe(meeting.etag);

    // Everyone else keeps their answer; the substitute is on the invitation.
    const eventAfter = await groupEvent(meeting.eventId ?? '');
    for (const a of eventAfter.attendees.filter((x) => x.emailAddress.address !== TEST_PEOPLE.outsider.mail)) {
      expect(a.status.response).toBe(answers.get(a.emailAddress.address));
    }
    expect(eventAfter.attendees.map((a) => a.emailAddress.address)).toContain(TEST_PEOPLE.outsider.mail);

    // The substitute's own calendar has the invitation, not yet answered.
    const otto = await tokenFor(sandbox, TEST_PEOPLE.outsider.mail);
    const ottoEvents = await call<{ value: { subject: string; responseStatus: { response: string } }[] }>(sandbox, 'GET', mine, { token: otto });
    expect(ottoEvents.body.value.map((e) => [e.subject, e.responseStatus.response])).toEqual([['TSG: Styregruppemøde 2', 'notResponded']]);

    const { attendance } = await asSecretary.load(named);
    const hospital = attendance.groups.find((g) => g.organisation === 'Testhospitalet');
    expect(hospital?.rows.map((r) => [r.email, r.status, r.substituteFor?.email])).toEqual([
      [TEST_PEOPLE.chair.mail, 'apology', undefined],
      [TEST_PEOPLE.outsider.mail, 'no-answer', TEST_PEOPLE.chair.mail],
    ]);

    // Naming the same substitute again changes nothing: same item eTag, same event version.
    const again = await asSecretary.nameSubstitute(named, TEST_PEOPLE.chair.mail, TEST_PEOPLE.outsider.mail);
    expect(again.etag).toBe(named.etag);
    expect((await groupEvent(meeting.eventId ?? ''))['@odata.etag']).toBe(eventAfter['@odata.etag']);
  });

  it('a stale eTag on Substitutes is a ConflictError, and after a re-read no substitute is lost', async () => {
    const stale = (await asSecretary.load(await meeting2())).meeting;
    // Someone else names a substitute for the guest meanwhile.
    const other = new AttendanceStore(graphAs(TEST_PEOPLE.secretary.mail), REF);
    await other.nameSubstitute(stale, TEST_PEOPLE.guest.mail, 'vikar@testkommune.example');

    await expect(asSecretary.nameSubstitute(stale, TEST_PEOPLE.patient.mail, 'paaroerende@privat.example')).rejects.toBeInstanceOf(ConflictError);
    const event = await groupEvent(stale.eventId ?? '');
    expect(event.attendees.map((a) => a.emailAddress.address)).not.toContain('paaroerende@privat.example');

    const fresh = (await asSecretary.load(stale)).meeting;
    const saved = await asSecretary.nameSubstitute(fresh, TEST_PEOPLE.patient.mail, 'paaroerende@privat.example');
    expect(saved.substitutes).toEqual({
      [TEST_PEOPLE.chair.mail]: TEST_PEOPLE.outsider.mail,
      [TEST_PEOPLE.guest.mail]: 'vikar@testkommune.example',
      [TEST_PEOPLE.patient.mail]: 'paaroerende@privat.example',
    });
    const { attendance } = await asSecretary.load(saved);
    const rows = attendanceRows(attendance);
    expect(row(rows, 'vikar@testkommune.example')?.substituteFor?.email).toBe(TEST_PEOPLE.guest.mail);
    expect(row(rows, 'paaroerende@privat.example')?.substituteFor?.email).toBe(TEST_PEOPLE.patient.mail);
    expect(attendance.guests).toEqual([]);
  });
});
