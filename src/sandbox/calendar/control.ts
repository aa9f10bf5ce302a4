import { GraphHttpError, type ControlHandler, type ControlRoute } from '../http/types';
import { newChangeKey } from './attendee-copies';
import { recordResponse, type AttendeeResponse } from './event-lifecycle';

const RESPONSES: readonly AttendeeResponse[] = ['accepted', 'declined', 'tentativelyAccepted'];

/**
 * POST /_sandbox/respond `{ address, eventId, response }`: an attendee outside the tenant answers
 * a meeting invitation (their reply would come back by mail; the organizer's event records it).
 */
const respond: ControlHandler = async (req, ctx) => {
  const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
  const { address, eventId, response } = body;
  if (
    typeof address !== 'string' ||
    typeof eventId !== 'string' ||
    typeof response !== 'string' ||
    !RESPONSES.includes(response as AttendeeResponse)
  ) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      "Expected { address, eventId, response: 'accepted' | 'declined' | 'tentativelyAccepted' }.",
    );
  }
  const event = await ctx.db.mutate((state) => {
    const found = state.calendar.events.find((e) => e.id === eventId && e.isOrganizer);
    if (!found) throw new GraphHttpError(404, 'ErrorItemNotFound', `No organizer's event with id '${eventId}'.`);
    const now = ctx.now().toISOString();
    recordResponse(state, found, address, response as AttendeeResponse, now);
    found.lastModifiedDateTime = now;
    found.changeKey = newChangeKey({ nowIso: now, newId: () => ctx.newId(), domain: state.directory.domain });
    return { id: found.id, attendees: found.attendees };
  });
  return { status: 200, body: event };
};

export const calendarControlRoutes: ControlRoute[] = [{ method: 'POST', pattern: '/respond', handler: respond }];
