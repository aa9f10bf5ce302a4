import { GraphHttpError } from '../http/types';
import type { MailAddress } from '../mail/state';
import type { SandboxState } from '../state';
import { copiesOf, newChangeKey, sendMeetingMail, type WriteContext } from './attendee-copies';
import type { StoredEvent } from './state';

export type AttendeeResponse = 'accepted' | 'declined' | 'tentativelyAccepted';

const MESSAGE_TYPE = {
  accepted: 'meetingAccepted',
  declined: 'meetingDeclined',
  tentativelyAccepted: 'meetingTenativelyAccepted',
} as const;

export function organizerEventOf(state: SandboxState, event: StoredEvent): StoredEvent | undefined {
  return event.organizerEventId ? state.calendar.events.find((e) => e.id === event.organizerEventId) : event;
}

/** Sets an attendee's response on the organizer's event (and on the copies' attendee lists). */
export function recordResponse(
  state: SandboxState,
  organizerEvent: StoredEvent,
  address: string,
  response: AttendeeResponse,
  nowIso: string,
): void {
  const key = address.toLowerCase();
  const attendee = organizerEvent.attendees.find((a) => a.emailAddress.address.toLowerCase() === key);
  if (!attendee) throw new GraphHttpError(404, 'ErrorItemNotFound', `'${address}' is not an attendee of this meeting.`);
  attendee.status = { response, time: nowIso };
  for (const copy of copiesOf(state, organizerEvent)) {
    const mirror = copy.attendees.find((a) => a.emailAddress.address.toLowerCase() === key);
    if (mirror) mirror.status = { response, time: nowIso };
  }
}

/**
 * accept / tentativelyAccept / decline on an attendee's copy. The organizer's event records the
 * response; a declined meeting leaves the attendee's calendar, as Exchange does. A user
 * organizer gets the response by mail unless sendResponse is false.
 */
export function respondToEvent(
  state: SandboxState,
  copy: StoredEvent,
  attendee: MailAddress,
  response: AttendeeResponse,
  opts: { comment?: string; sendResponse?: boolean },
  ctx: WriteContext,
): void {
  if (copy.isOrganizer) {
    throw new GraphHttpError(400, 'ErrorInvalidRequest', "Your request can't be completed. You can't respond to a meeting you organized.");
  }
  if (copy.isCancelled)
    throw new GraphHttpError(400, 'ErrorInvalidRequest', "Your request can't be completed. The meeting has been canceled.");
  const organizerEvent = organizerEventOf(state, copy);
  copy.responseStatus = { response, time: ctx.nowIso };
  copy.showAs = response === 'accepted' ? 'busy' : response === 'tentativelyAccepted' ? 'tentative' : 'free';
  copy.lastModifiedDateTime = ctx.nowIso;
  copy.changeKey = newChangeKey(ctx);
  if (organizerEvent) {
    recordResponse(state, organizerEvent, attendee.address, response, ctx.nowIso);
    organizerEvent.lastModifiedDateTime = ctx.nowIso;
    organizerEvent.changeKey = newChangeKey(ctx);
    if (opts.sendResponse !== false && organizerEvent.owner.kind === 'user') {
      sendMeetingMail(state, organizerEvent, MESSAGE_TYPE[response], ctx, {
        recipients: [organizerEvent.organizer],
        from: attendee,
        ...(opts.comment ? { comment: opts.comment } : {}),
      });
    }
  }
  if (response === 'declined') state.calendar.events = state.calendar.events.filter((e) => e !== copy);
}

/**
 * cancel (and DELETE of a meeting by its organizer): attendees' copies are marked cancelled and
 * everyone is told; the organizer's event leaves the calendar.
 */
export function cancelEvent(state: SandboxState, event: StoredEvent, comment: string | undefined, ctx: WriteContext): void {
  if (!event.isOrganizer) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    );
  }
  for (const copy of copiesOf(state, event)) {
    copy.isCancelled = true;
    if (!copy.subject.startsWith('Canceled: ')) copy.subject = `Canceled: ${copy.subject}`;
    copy.showAs = 'free';
    copy.lastModifiedDateTime = ctx.nowIso;
    copy.changeKey = newChangeKey(ctx);
  }
  sendMeetingMail(state, { ...event, isCancelled: true }, 'meetingCancelled', ctx, comment ? { comment } : {});
  state.calendar.events = state.calendar.events.filter((e) => e !== event);
}

/** DELETE: an organizer's meeting with attendees is cancelled; anything else just goes. */
export function deleteEvent(state: SandboxState, event: StoredEvent, ctx: WriteContext): void {
  if (event.isOrganizer && event.attendees.length > 0 && !event.isCancelled) {
    cancelEvent(state, event, undefined, ctx);
    return;
  }
  state.calendar.events = state.calendar.events.filter((e) => e !== event);
}
