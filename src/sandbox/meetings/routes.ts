import { created, noContent } from '../http/odata/responses';
import { GraphHttpError, type Handler, type Route } from '../http/types';
import type { SandboxState } from '../state';
import type { StoredOnlineMeeting } from './state';

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
    const at = meetings.findIndex((m) => m.id === req.params.meetingId && m.organizerId === req.user.id);
    if (at < 0) throw new GraphHttpError(404, 'NotFound', 'The online meeting was not found.');
    meetings.splice(at, 1);
  });
  return noContent;
};

export const onlineMeetingRoutes: Route[] = [
  { method: 'POST', pattern: '/me/onlineMeetings', handler: createOnlineMeeting },
  { method: 'DELETE', pattern: '/me/onlineMeetings/:meetingId', handler: deleteOnlineMeeting },
];
