import { GraphHttpError, type Handler, type Route, type SandboxRequest } from '../http/types';
import { collectionPage, selectJson } from '../http/odata/json-collection';
import { calendarOf, checkIfMatch, eventsIn, requireEvent, writeContext } from './access';
import { parseEventInput } from './event-input';
import { cancelEvent, deleteEvent, respondToEvent, type AttendeeResponse } from './event-lifecycle';
import { createEvent, updateEvent } from './events-write';
import { renderEvent } from './render';
import { preferredZone, zonedToUtcMs } from './timezones';

const PREFIXES = ['/groups/:groupId', '/me', '/users/:userId'] as const;

const listEvents: Handler = (req, ctx) => {
  const cal = calendarOf(req, ctx.db.state);
  const tz = preferredZone(req.headers);
  const items = eventsIn(ctx.db.state, cal.owner).map((e) => renderEvent(e, tz));
  return { status: 200, body: collectionPage(items, { query: req.query, url: `${ctx.baseUrl}${req.path}`, defaultTop: 10 }) };
};

const createHandler: Handler = async (req, ctx) => {
  const input = parseEventInput(req.body, true);
  const tenantId = ctx.db.state.directory.tenantId;
  const event = await ctx.db.mutate((state) => {
    const cal = calendarOf(req, state);
    return createEvent(state, { owner: cal.owner, organizer: cal.organizer, tenantId, input }, writeContext(req, ctx)).event;
  });
  return { status: 201, body: renderEvent(event, preferredZone(req.headers)) };
};

const getEvent: Handler = (req, ctx) => {
  const cal = calendarOf(req, ctx.db.state);
  const event = requireEvent(ctx.db.state, cal.owner, req.params.eventId ?? '');
  const rendered = renderEvent(event, preferredZone(req.headers));
  return { status: 200, body: selectJson(rendered, req.query.get('$select')) };
};

const patchEvent: Handler = async (req, ctx) => {
  const input = parseEventInput(req.body, false);
  const tenantId = ctx.db.state.directory.tenantId;
  const event = await ctx.db.mutate((state) => {
    const cal = calendarOf(req, state);
    const found = requireEvent(state, cal.owner, req.params.eventId ?? '');
    checkIfMatch(req.headers, found.changeKey);
    return updateEvent(state, found, input, tenantId, writeContext(req, ctx));
  });
  return { status: 200, body: renderEvent(event, preferredZone(req.headers)) };
};

const removeEvent: Handler = async (req, ctx) => {
  await ctx.db.mutate((state) => {
    const cal = calendarOf(req, state);
    deleteEvent(state, requireEvent(state, cal.owner, req.params.eventId ?? ''), writeContext(req, ctx));
  });
  return { status: 204 };
};

const cancel: Handler = async (req, ctx) => {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const comment = typeof body.comment === 'string' ? body.comment : undefined;
  await ctx.db.mutate((state) => {
    const cal = calendarOf(req, state);
    cancelEvent(state, requireEvent(state, cal.owner, req.params.eventId ?? ''), comment, writeContext(req, ctx));
  });
  return { status: 202 };
};

function responder(response: AttendeeResponse): Handler {
  return async (req, ctx) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const opts = {
      ...(typeof body.comment === 'string' ? { comment: body.comment } : {}),
      ...(typeof body.sendResponse === 'boolean' ? { sendResponse: body.sendResponse } : {}),
    };
    await ctx.db.mutate((state) => {
      const cal = calendarOf(req, state);
      if (cal.owner.kind === 'group')
        throw new GraphHttpError(400, 'ErrorInvalidRequest', "Your request can't be completed. A group can't respond to its own meeting.");
      const copy = requireEvent(state, cal.owner, req.params.eventId ?? '');
      respondToEvent(state, copy, cal.organizer, response, opts, writeContext(req, ctx));
    });
    return { status: 202 };
  };
}

/** Parses calendarView's startDateTime/endDateTime (UTC unless they carry an offset). */
function viewWindow(req: SandboxRequest): { from: number; to: number } {
  const start = req.query.get('startDateTime') ?? req.query.get('StartDateTime');
  const end = req.query.get('endDateTime') ?? req.query.get('EndDateTime');
  if (!start || !end) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  return { from: zonedToUtcMs(start, 'UTC'), to: zonedToUtcMs(end, 'UTC') };
}

const calendarView: Handler = (req, ctx) => {
  const cal = calendarOf(req, ctx.db.state);
  const { from, to } = viewWindow(req);
  const tz = preferredZone(req.headers);
  const items = eventsIn(ctx.db.state, cal.owner)
    .filter((e) => Date.parse(e.start) < to && Date.parse(e.end) > from)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((e) => renderEvent(e, tz));
  return { status: 200, body: collectionPage(items, { query: req.query, url: `${ctx.baseUrl}${req.path}`, defaultTop: 10 }) };
};

export const eventRoutes: Route[] = PREFIXES.flatMap((p): Route[] => [
  { method: 'GET', pattern: `${p}/calendarView`, handler: calendarView },
  { method: 'GET', pattern: `${p}/calendar/calendarView`, handler: calendarView },
  { method: 'GET', pattern: `${p}/events`, handler: listEvents },
  { method: 'GET', pattern: `${p}/calendar/events`, handler: listEvents },
  { method: 'POST', pattern: `${p}/events`, handler: createHandler },
  { method: 'POST', pattern: `${p}/calendar/events`, handler: createHandler },
  { method: 'POST', pattern: `${p}/events/:eventId/cancel`, handler: cancel },
  { method: 'POST', pattern: `${p}/events/:eventId/accept`, handler: responder('accepted') },
  { method: 'POST', pattern: `${p}/events/:eventId/decline`, handler: responder('declined') },
  { method: 'POST', pattern: `${p}/events/:eventId/tentativelyAccept`, handler: responder('tentativelyAccepted') },
  { method: 'GET', pattern: `${p}/events/:eventId`, handler: getEvent },
  { method: 'PATCH', pattern: `${p}/events/:eventId`, handler: patchEvent },
  { method: 'DELETE', pattern: `${p}/events/:eventId`, handler: removeEvent },
]);
