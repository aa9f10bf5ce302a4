import { collection, created, noContent, ok } from '../http/odata/responses';
import { GraphHttpError, type Handler, type Route } from '../http/types';
import type { SandboxState } from '../state';
import { visibleOnlineMeetings, type VisibleOnlineMeeting } from './join-url-lookup';
import type { StoredAttendanceReport, StoredOnlineMeeting } from './state';

const bad = (message: string): GraphHttpError => new GraphHttpError(400, 'BadRequest', message);
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** A dateTimeOffset from the body, as ISO UTC; `fallback` when absent. */
function instant(body: Record<string, unknown>, name: string, fallback: Date): string {
  const v = body[name];
  if (v === undefined || v === null) return fallback.toISOString();
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || !/^\d{4}-\d{2}-\d{2}T/.test(v))
    throw bad(`Invalid value for '${name}': a dateTimeOffset is expected.`);
  return new Date(v).toISOString();
}

function onlineMeetings(state: SandboxState): StoredOnlineMeeting[] {
  state.onlineMeetings ??= { meetings: [] };
  return state.onlineMeetings.meetings;
}

/** Graph's onlineMeeting: only properties v1.0 defines, with the organiser as the sole participant. */
function render(
  meeting: StoredOnlineMeeting,
  organizer: { id: string; displayName: string; upn: string },
  tenantId: string,
  baseUrl: string,
): Record<string, unknown> {
  return {
    '@odata.context': `${baseUrl}/$metadata#users('${organizer.id}')/onlineMeetings/$entity`,
    id: meeting.id,
    creationDateTime: meeting.creationDateTime,
    startDateTime: meeting.startDateTime,
    endDateTime: meeting.endDateTime,
    joinWebUrl: meeting.joinWebUrl,
    subject: meeting.subject,
    isBroadcast: false,
    externalId: null,
    videoTeleconferenceId: null,
    allowedPresenters: 'everyone',
    allowMeetingChat: 'enabled',
    allowTeamworkReactions: true,
    isEntryExitAnnounced: true,
    recordAutomatically: false,
    lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
    chatInfo: { threadId: meeting.threadId, messageId: '0', replyChainMessageId: null },
    joinInformation: {
      content: `data:text/html,${encodeURIComponent(`<a href="${meeting.joinWebUrl}">Deltag i mødet</a>`)}`,
      contentType: 'html',
    },
    participants: {
      organizer: {
        upn: organizer.upn,
        role: 'presenter',
        identity: {
          application: null,
          device: null,
          user: { '@odata.type': '#microsoft.graph.communicationsUserIdentity', id: organizer.id, displayName: null, tenantId },
        },
      },
      attendees: [],
    },
  };
}

/**
 * POST /me/onlineMeetings: a Teams meeting with a join link (teams.microsoft.com/l/meetup-join/…). Start and
 * end default to now and an hour later, as in Graph; every call makes a new meeting (Graph has no transaction id
 * here — `createOrGet` with an externalId is its idempotent sibling).
 */
const createOnlineMeeting: Handler = async (req, ctx) => {
  const body = record(req.body);
  if (!body) throw bad('Empty Payload. JSON content expected.');
  const now = ctx.now();
  const startDateTime = instant(body, 'startDateTime', now);
  const endDateTime = instant(body, 'endDateTime', new Date(Date.parse(startDateTime) + 3600_000));
  if (Date.parse(endDateTime) < Date.parse(startDateTime)) throw bad('The end of the meeting is before its start.');
  if (body.subject !== undefined && body.subject !== null && typeof body.subject !== 'string') throw bad("Invalid value for 'subject'.");
  const subject = typeof body.subject === 'string' ? body.subject : '';
  const tenantId = ctx.db.state.directory.tenantId;
  const key = ctx.newId().replace(/-/g, '');
  const threadId = `19:meeting_${key}@thread.v2`;
  const context = encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: req.user.id }));
  const meeting: StoredOnlineMeeting = {
    id: `MSo${key}`,
    organizerId: req.user.id,
    creationDateTime: now.toISOString(),
    startDateTime,
    endDateTime,
    subject,
    joinWebUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${context}`,
    threadId,
  };
  await ctx.db.mutate((state) => {
    onlineMeetings(state).push(meeting);
  });
  return created(
    render(meeting, { id: req.user.id, displayName: req.user.displayName, upn: req.user.userPrincipalName }, tenantId, ctx.baseUrl),
  );
};

/** DELETE /me/onlineMeetings/{id}: only the organiser's own meeting; another's is as unknown as a missing one. */
const deleteOnlineMeeting: Handler = async (req, ctx) => {
  await ctx.db.mutate((state) => {
    const meetings = onlineMeetings(state);
    const at = meetings.findIndex((m) => m.id === req.params.id && m.organizerId === req.user.id);
    if (at < 0) throw new GraphHttpError(404, 'NotFound', 'The online meeting was not found.');
    meetings.splice(at, 1);
  });
  return noContent;
};

/** `JoinWebUrl eq '…'` (the property name in any case, '' for a quote inside the value): the one filter Graph serves here. */
function joinWebUrlFilter(filter: string | null): string {
  const m = /^\s*joinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter ?? '');
  if (!m) throw bad("Filter on 'JoinWebUrl' is required: $filter=JoinWebUrl eq '<join URL>'.");
  return (m[1] ?? '').replace(/''/g, "'");
}

const renderVisible = (v: VisibleOnlineMeeting, tenantId: string, baseUrl: string) =>
  render(v.meeting, { id: v.organizer.id, displayName: v.organizer.displayName, upn: v.organizer.userPrincipalName }, tenantId, baseUrl);

/**
 * GET /me/onlineMeetings?$filter=JoinWebUrl eq '…': the Teams meeting behind a join link — a collection of the one
 * meeting, or empty when the caller is neither its organiser nor invited (nor, for a group calendar's event, in the
 * group). Without the filter Graph refuses the request.
 */
const findByJoinWebUrl: Handler = (req, ctx) => {
  const joinWebUrl = joinWebUrlFilter(req.query.get('$filter'));
  const found = visibleOnlineMeetings(ctx.db.state, req.user).filter((v) => v.meeting.joinWebUrl === joinWebUrl);
  const tenantId = ctx.db.state.directory.tenantId;
  return collection(
    ctx.baseUrl,
    `users('${req.user.id}')/onlineMeetings`,
    found.map((v) => {
      const { '@odata.context': _context, ...body } = renderVisible(v, tenantId, ctx.baseUrl);
      return body;
    }),
  );
};

function visibleMeeting(state: SandboxState, user: Parameters<typeof visibleOnlineMeetings>[1], id: string): VisibleOnlineMeeting {
  const found = visibleOnlineMeetings(state, user).find((v) => v.meeting.id === id);
  if (!found) throw new GraphHttpError(404, 'NotFound', `The online meeting '${id}' was not found.`);
  return found;
}

const getOnlineMeeting: Handler = (req, ctx) =>
  ok(renderVisible(visibleMeeting(ctx.db.state, req.user, req.params.id ?? ''), ctx.db.state.directory.tenantId, ctx.baseUrl));

/** Attendance reports are the organiser's (and co-organisers'): anyone else is refused, as Graph does. */
function reportsOf(state: SandboxState, found: VisibleOnlineMeeting): StoredAttendanceReport[] {
  if (!found.isOrganizer) throw new GraphHttpError(403, 'Forbidden', 'Only the organizer of the meeting can read its attendance reports.');
  return (state.onlineMeetings?.reports ?? []).filter((r) => r.joinWebUrl === found.meeting.joinWebUrl);
}

/** GET /me/onlineMeetings/{id}/attendanceReports: one report per ended session, newest first, without its records. */
const listReports: Handler = (req, ctx) => {
  const found = visibleMeeting(ctx.db.state, req.user, req.params.id ?? '');
  const reports = reportsOf(ctx.db.state, found)
    .slice()
    .sort((a, b) => b.meetingStartDateTime.localeCompare(a.meetingStartDateTime))
    .map((r) => ({
      id: r.id,
      totalParticipantCount: r.records.length,
      meetingStartDateTime: r.meetingStartDateTime,
      meetingEndDateTime: r.meetingEndDateTime,
    }));
  return collection(ctx.baseUrl, `users('${req.user.id}')/onlineMeetings('${found.meeting.id}')/attendanceReports`, reports);
};

/** GET …/attendanceReports/{reportId}/attendanceRecords: who was in that session, with each join and leave. */
const listRecords: Handler = (req, ctx) => {
  const found = visibleMeeting(ctx.db.state, req.user, req.params.id ?? '');
  const report = reportsOf(ctx.db.state, found).find((r) => r.id === req.params.reportId);
  if (!report) throw new GraphHttpError(404, 'NotFound', `The attendance report '${req.params.reportId ?? ''}' was not found.`);
  const tenantId = ctx.db.state.directory.tenantId;
  const records = report.records.map((r) => {
    const intervals = r.intervals.map((i) => ({
      joinDateTime: i.joinDateTime,
      leaveDateTime: i.leaveDateTime,
      durationInSeconds: Math.max(0, Math.round((Date.parse(i.leaveDateTime) - Date.parse(i.joinDateTime)) / 1000)),
    }));
    return {
      id: r.userId ?? r.emailAddress,
      emailAddress: r.emailAddress,
      role: r.role,
      totalAttendanceInSeconds: intervals.reduce((sum, i) => sum + i.durationInSeconds, 0),
      // A person of the tenant is a communicationsUserIdentity (with the tenant); an external guest only a name.
      identity: r.userId
        ? { '@odata.type': '#microsoft.graph.communicationsUserIdentity', id: r.userId, displayName: r.displayName, tenantId }
        : { id: null, displayName: r.displayName },
      attendanceIntervals: intervals,
    };
  });
  return collection(
    ctx.baseUrl,
    `users('${req.user.id}')/onlineMeetings('${found.meeting.id}')/attendanceReports('${report.id}')/attendanceRecords`,
    records,
  );
};

export const onlineMeetingRoutes: Route[] = [
  { method: 'POST', pattern: '/me/onlineMeetings', handler: createOnlineMeeting },
  { method: 'DELETE', pattern: '/me/onlineMeetings/:id', handler: deleteOnlineMeeting },
  { method: 'GET', pattern: '/me/onlineMeetings', handler: findByJoinWebUrl },
  { method: 'GET', pattern: '/me/onlineMeetings/:id', handler: getOnlineMeeting },
  { method: 'GET', pattern: '/me/onlineMeetings/:id/attendanceReports', handler: listReports },
  { method: 'GET', pattern: '/me/onlineMeetings/:id/attendanceReports/:reportId/attendanceRecords', handler: listRecords },
];
