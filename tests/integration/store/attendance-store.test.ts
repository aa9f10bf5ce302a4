import { SandboxTokenProvider } from '../../../src/auth/sandbox-token-provider';
import { attendanceRows, type AttendanceRow } from '../../../src/domain/attendance';
import type { Meeting, SignedInUser } from '../../../src/domain/types';
import { createGraph } from '../../../src/graph/client';
import { GraphError, type Graph, type RequestOptions } from '../../../src/graph/graph-types';
import { AttendanceStore } from '../../../src/store/attendance-store';
import { SubstituteNotAllowedError } from '../../../src/store/attendance-store';
import { MeetingStore } from '../../../src/store/forum-stores';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * Attendance against the sandbox over HTTP: answers from the calendar; substitutes on the event and in the
 * Substitutes list, each record its namer's own (a member for themselves, the secretariat for anyone).
 */
let sandbox: TestSandbox;
let asSecretary: AttendanceStore;
let asChair: AttendanceStore;
let secretaryGraph: Graph;

const REF = TEST_FORUMS.steering;
const graphAs = (mail: string): Graph =>
  createGraph({
    tokens: new SandboxTokenProvider(sandbox.url, mail),
    scopes: ['Sites.ReadWrite.All', 'Calendars.ReadWrite'],
    baseUrl: sandbox.graphUrl,
  });

async function meeting2(): Promise<Meeting> {
  const meetings = await new MeetingStore(secretaryGraph, REF).from('2026-01-01T00:00:00Z');
  const found = meetings.find((m) => m.title === 'Styregruppemøde 2');
  if (!found?.eventId) throw new Error('seed: meeting 2 is booked');
  return found;
}

const row = (rows: readonly AttendanceRow[], email: string): AttendanceRow | undefined => rows.find((r) => r.email === email);
const user = (p: { id: string; displayName: string; mail: string }): SignedInUser => ({ id: p.id, name: p.displayName, email: p.mail });
const itemsOf = (list: string): string => `/sites/${REF.siteId}/lists/${list}/items`;

interface RecordItem {
  id: string;
  createdBy: { user: { email: string } };
  fields: { MemberEmail?: string; SubstituteEmail?: string; SubstituteName?: string };
}

/** The Substitutes list as the secretariat reads it: who wrote each record (the server's stamp), for whom, naming whom. */
async function records(): Promise<{ id: string; author: string; member: string; substitute: string; name: string }[]> {
  const token = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
  const res = await call<{ value: RecordItem[] }>(sandbox, 'GET', `${itemsOf('Substitutes')}?expand=fields`, { token });
  return res.body.value.map((i) => ({
    id: i.id,
    author: i.createdBy.user.email,
    member: i.fields.MemberEmail ?? '',
    substitute: i.fields.SubstituteEmail ?? '',
    name: i.fields.SubstituteName ?? '',
  }));
}

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
    const res = await call(sandbox, 'POST', '/_sandbox/respond', {
      body: { address: TEST_PEOPLE.patient.mail, eventId: meeting.eventId, response: 'declined' },
    });
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

  it('the secretariat names a substitute for a member: its own record, and the substitute is invited (their calendar gets the meeting)', async () => {
    const loaded = await asSecretary.load(await meeting2());
    const meeting = loaded.meeting;
    const mine = `/me/events?$filter=${encodeURIComponent(`iCalUId eq '${loaded.invitation?.iCalUId ?? ''}'`)}`;
    const eventBefore = await groupEvent(meeting.eventId ?? '');
    const answers = new Map(eventBefore.attendees.map((a) => [a.emailAddress.address, a.status.response]));

    expect(
      await asSecretary.nameSubstitute(
        meeting,
        TEST_PEOPLE.chair.mail,
        { name: TEST_PEOPLE.outsider.displayName, email: TEST_PEOPLE.outsider.mail },
        user(TEST_PEOPLE.secretary),
      ),
    ).toBe('added');
    expect(await records()).toMatchObject([
      {
        author: TEST_PEOPLE.secretary.mail,
        member: TEST_PEOPLE.chair.mail,
        substitute: TEST_PEOPLE.outsider.mail,
        name: TEST_PEOPLE.outsider.displayName,
      },
    ]);
    // The Meetings item is the secretariat's configuration: naming a substitute leaves it alone.
    expect((await asSecretary.load(meeting)).meeting.etag).toBe(meeting.etag);

    // Everyone else keeps their answer; the substitute is on the invitation.
    const eventAfter = await groupEvent(meeting.eventId ?? '');
    for (const a of eventAfter.attendees.filter((x) => x.emailAddress.address !== TEST_PEOPLE.outsider.mail)) {
      expect(a.status.response).toBe(answers.get(a.emailAddress.address));
    }
    expect(eventAfter.attendees.map((a) => a.emailAddress.address)).toContain(TEST_PEOPLE.outsider.mail);

    // The substitute's own calendar has the invitation, not yet answered.
    const otto = await tokenFor(sandbox, TEST_PEOPLE.outsider.mail);
    const ottoEvents = await call<{ value: { subject: string; responseStatus: { response: string } }[] }>(sandbox, 'GET', mine, {
      token: otto,
    });
    expect(ottoEvents.body.value.map((e) => [e.subject, e.responseStatus.response])).toEqual([
      ['Teststyregruppen: Styregruppemøde 2', 'notResponded'],
    ]);

    // Seen by the member too.
    const { attendance, meeting: named } = await asChair.load(meeting);
    expect(named.substitutes).toEqual({ [TEST_PEOPLE.chair.mail]: TEST_PEOPLE.outsider.mail });
    const hospital = attendance.groups.find((g) => g.organisation === 'Testhospitalet');
    expect(hospital?.rows.map((r) => [r.email, r.status, r.substituteFor?.email])).toEqual([
      [TEST_PEOPLE.chair.mail, 'apology', undefined],
      [TEST_PEOPLE.outsider.mail, 'no-answer', TEST_PEOPLE.chair.mail],
    ]);

    // Naming the same substitute again writes nothing: one record, same event version.
    expect(await asSecretary.nameSubstitute(named, TEST_PEOPLE.chair.mail, TEST_PEOPLE.outsider.mail, user(TEST_PEOPLE.secretary))).toBe(
      'unchanged',
    );
    expect(await records()).toHaveLength(1);
    expect((await groupEvent(meeting.eventId ?? ''))['@odata.etag']).toBe(eventAfter['@odata.etag']);
  });

  it('two secretaries naming substitutes for different members from the same view both count: no eTag to collide on', async () => {
    const seen = (await asSecretary.load(await meeting2())).meeting;
    const other = new AttendanceStore(graphAs(TEST_PEOPLE.secretary.mail), REF);
    await Promise.all([
      other.nameSubstitute(seen, TEST_PEOPLE.guest.mail, 'vikar@testkommune.example', user(TEST_PEOPLE.secretary)),
      asSecretary.nameSubstitute(seen, TEST_PEOPLE.patient.mail, 'paaroerende@privat.example', user(TEST_PEOPLE.secretary)),
    ]);
    const { attendance, meeting } = await asSecretary.load(seen);
    expect(meeting.substitutes).toEqual({
      [TEST_PEOPLE.chair.mail]: TEST_PEOPLE.outsider.mail,
      [TEST_PEOPLE.guest.mail]: 'vikar@testkommune.example',
      [TEST_PEOPLE.patient.mail]: 'paaroerende@privat.example',
    });
    const rows = attendanceRows(attendance);
    expect(row(rows, 'vikar@testkommune.example')?.substituteFor?.email).toBe(TEST_PEOPLE.guest.mail);
    expect(row(rows, 'paaroerende@privat.example')?.substituteFor?.email).toBe(TEST_PEOPLE.patient.mail);
    expect(attendance.guests).toEqual([]);
  });
});

describe("a member's substitute is the member's own record", () => {
  const asGuest = (): AttendanceStore => new AttendanceStore(graphAs(TEST_PEOPLE.guest.mail), REF);
  const gustav = () => user(TEST_PEOPLE.guest);
  const mineFor = async (member: string) => (await records()).filter((r) => r.author === TEST_PEOPLE.guest.mail && r.member === member);

  it('a member names their own substitute, and a retried or repeated naming writes one record', async () => {
    const meeting = (await asGuest().load(await meeting2())).meeting;
    expect(
      await asGuest().nameSubstitute(
        meeting,
        TEST_PEOPLE.guest.mail,
        { name: 'Vera Vikar', email: 'vera.vikar@testkommune.example' },
        gustav(),
      ),
    ).toBe('added');
    // The same press again (a retry after a lost answer, a double click): nothing more is written.
    expect(
      await asGuest().nameSubstitute(
        meeting,
        TEST_PEOPLE.guest.mail,
        { name: 'Vera Vikar', email: 'vera.vikar@testkommune.example' },
        gustav(),
      ),
    ).toBe('unchanged');
    expect(await mineFor(TEST_PEOPLE.guest.mail)).toMatchObject([
      { author: TEST_PEOPLE.guest.mail, member: TEST_PEOPLE.guest.mail, substitute: 'vera.vikar@testkommune.example', name: 'Vera Vikar' },
    ]);

    // The member's own record is newer than the secretariat's: it wins, for everyone who looks.
    for (const store of [asSecretary, asGuest()]) {
      const rows = attendanceRows((await store.load(meeting)).attendance);
      expect(row(rows, TEST_PEOPLE.guest.mail)?.substitute?.email).toBe('vera.vikar@testkommune.example');
      expect(row(rows, 'vera.vikar@testkommune.example')?.substituteFor?.email).toBe(TEST_PEOPLE.guest.mail);
    }
    expect((await groupEvent(meeting.eventId ?? '')).attendees.map((a) => a.emailAddress.address)).toContain(
      'vera.vikar@testkommune.example',
    );

    // Another substitute changes the member's record (If-Match), it does not add a second one.
    expect(await asGuest().nameSubstitute(meeting, TEST_PEOPLE.guest.mail, 'villy.vikar@testkommune.example', gustav())).toBe('updated');
    expect((await mineFor(TEST_PEOPLE.guest.mail)).map((r) => r.substitute)).toEqual(['villy.vikar@testkommune.example']);
    expect((await asSecretary.load(meeting)).meeting.substitutes?.[TEST_PEOPLE.guest.mail]).toBe('villy.vikar@testkommune.example');
  });

  it('a naming whose answer was lost is settled by looking: the retry finds the record and writes no second one', async () => {
    const chairGraph = graphAs(TEST_PEOPLE.chair.mail);
    // The record is created, but the answer never comes back (a dropped connection after the server acted).
    const losing = Object.assign(Object.create(chairGraph) as Graph, {
      post: async <T>(url: string, body: unknown, options?: RequestOptions): Promise<T> => {
        await chairGraph.post<T>(url, body, options);
        throw new GraphError(0, 'networkError', 'the answer was lost');
      },
    });
    const meeting = (await asChair.load(await meeting2())).meeting;
    await expect(
      new AttendanceStore(losing, REF).nameSubstitute(
        meeting,
        TEST_PEOPLE.chair.mail,
        'karl.kollega@testregion.example',
        user(TEST_PEOPLE.chair),
      ),
    ).rejects.toThrow('the answer was lost');
    expect(await asChair.nameSubstitute(meeting, TEST_PEOPLE.chair.mail, 'karl.kollega@testregion.example', user(TEST_PEOPLE.chair))).toBe(
      'unchanged',
    );
    expect((await records()).filter((r) => r.author === TEST_PEOPLE.chair.mail)).toMatchObject([
      { member: TEST_PEOPLE.chair.mail, substitute: 'karl.kollega@testregion.example' },
    ]);
    // The chair's own record is newer than the one the secretariat wrote for her: it wins.
    expect((await asSecretary.load(meeting)).meeting.substitutes?.[TEST_PEOPLE.chair.mail]).toBe('karl.kollega@testregion.example');
  });

  it('a member cannot name a substitute for another member: the app refuses, and a record written past it does not count', async () => {
    const meeting = (await asGuest().load(await meeting2())).meeting;
    const before = await records();
    await expect(asGuest().nameSubstitute(meeting, TEST_PEOPLE.patient.mail, 'ven@testkommune.example', gustav())).rejects.toBeInstanceOf(
      SubstituteNotAllowedError,
    );
    expect(await records()).toEqual(before);

    // Through Graph directly: the tenant lets a member add records (their own), but this one names someone else's substitute.
    const token = await tokenFor(sandbox, TEST_PEOPLE.guest.mail);
    const forged = await call(sandbox, 'POST', itemsOf('Substitutes'), {
      token,
      body: { fields: { MeetingId: meeting.id, MemberEmail: TEST_PEOPLE.patient.mail, SubstituteEmail: 'ven@testkommune.example' } },
    });
    expect(forged.status).toBe(201);
    const { meeting: seen, attendance } = await asSecretary.load(meeting);
    expect(seen.substitutes?.[TEST_PEOPLE.patient.mail]).toBe('paaroerende@privat.example');
    expect(row(attendanceRows(attendance), 'ven@testkommune.example')).toBeUndefined();
  });

  it("a member's record that someone else changed does not count, until its author names the substitute again", async () => {
    const meeting = (await asGuest().load(await meeting2())).meeting;
    const [record] = await mineFor(TEST_PEOPLE.guest.mail);
    if (!record) throw new Error("the guest's record from the first test");
    // Another member may not touch it (item-level write security) …
    const chair = await tokenFor(sandbox, TEST_PEOPLE.chair.mail);
    expect(
      (
        await call(sandbox, 'PATCH', `${itemsOf('Substitutes')}/${record.id}/fields`, {
          token: chair,
          body: { SubstituteEmail: 'cecilies.ven@testregion.example' },
        })
      ).status,
    ).toBe(403);
    // … the secretariat (Full Control) can, and then it is no longer the member's answer.
    const secretary = await tokenFor(sandbox, TEST_PEOPLE.secretary.mail);
    expect(
      (
        await call(sandbox, 'PATCH', `${itemsOf('Substitutes')}/${record.id}/fields`, {
          token: secretary,
          body: { SubstituteEmail: 'sofies.valg@testkommune.example' },
        })
      ).status,
    ).toBe(200);
    const changed = await asSecretary.load(meeting);
    // The secretariat's own earlier record for the member counts again; the changed one does not.
    expect(changed.meeting.substitutes?.[TEST_PEOPLE.guest.mail]).toBe('vikar@testkommune.example');
    expect(row(attendanceRows(changed.attendance), 'sofies.valg@testkommune.example')).toBeUndefined();

    expect(await asGuest().nameSubstitute(meeting, TEST_PEOPLE.guest.mail, 'villy.vikar@testkommune.example', gustav())).toBe('updated');
    expect((await asSecretary.load(meeting)).meeting.substitutes?.[TEST_PEOPLE.guest.mail]).toBe('villy.vikar@testkommune.example');
    expect(await mineFor(TEST_PEOPLE.guest.mail)).toHaveLength(1);
  });
});

describe('substitutes on a site that was never provisioned', () => {
  let open: TestSandbox;
  beforeAll(async () => {
    open = await startTestSandbox({ ...testSeed, forums: testSeed.forums.map((f) => ({ ...f, sitePermissions: 'inherited' as const })) });
  });
  afterAll(() => open.dispose());

  it("a member who edits another member's record (SharePoint lets them) only voids it: the forged substitute never counts", async () => {
    const as = (mail: string): AttendanceStore =>
      new AttendanceStore(
        createGraph({
          tokens: new SandboxTokenProvider(open.url, mail),
          scopes: ['Sites.ReadWrite.All', 'Calendars.ReadWrite'],
          baseUrl: open.graphUrl,
        }),
        REF,
      );
    const meeting = (
      await new MeetingStore(
        createGraph({
          tokens: new SandboxTokenProvider(open.url, TEST_PEOPLE.chair.mail),
          scopes: ['Sites.ReadWrite.All'],
          baseUrl: open.graphUrl,
        }),
        REF,
      ).from('2026-01-01T00:00:00Z')
    ).find((m) => m.title === 'Styregruppemøde 2');
    if (!meeting) throw new Error('seed: meeting 2');
    expect(
      await as(TEST_PEOPLE.chair.mail).nameSubstitute(meeting, TEST_PEOPLE.chair.mail, TEST_PEOPLE.outsider.mail, user(TEST_PEOPLE.chair)),
    ).toBe('added');

    const token = await tokenFor(open, TEST_PEOPLE.guest.mail);
    const list = await call<{ value: { id: string }[] }>(open, 'GET', `${itemsOf('Substitutes')}?expand=fields`, { token });
    const id = list.body.value[0]?.id ?? '';
    const forged = await call(open, 'PATCH', `${itemsOf('Substitutes')}/${id}/fields`, {
      token,
      body: { SubstituteEmail: 'gustavs.ven@testkommune.example' },
    });
    expect(forged.status).toBe(200);

    const { meeting: seen, attendance } = await as(TEST_PEOPLE.secretary.mail).load(meeting);
    expect(seen.substitutes).toBeUndefined();
    expect(row(attendanceRows(attendance), 'gustavs.ven@testkommune.example')).toBeUndefined();
  });
});
