import { GraphHttpError, type SandboxContext, type SandboxRequest } from '../http/types';
import { requireGroupMember } from '../directory/lookup';
import { targetMailboxUser } from '../mail/mailbox';
import type { SandboxState } from '../state';
import type { WriteContext } from './attendee-copies';
import type { CalendarOwner, EmailAddress, StoredEvent } from './state';

export interface CalendarRef {
  readonly owner: CalendarOwner;
  /** Who organizes meetings created in this calendar: the group, or the mailbox owner. */
  readonly organizer: EmailAddress;
}

/**
 * The calendar a request addresses: `/groups/{id}` (members only, 403 otherwise), `/me`, or
 * `/users/{id}` (the caller's own or one they are a delegate of).
 */
export function calendarOf(req: Pick<SandboxRequest, 'params' | 'user'>, state: SandboxState): CalendarRef {
  const groupId = req.params.groupId;
  if (groupId !== undefined) {
    const group = requireGroupMember(state.directory, groupId, req.user.id);
    return { owner: { kind: 'group', id: group.id }, organizer: { name: group.displayName, address: group.mail } };
  }
  const user = targetMailboxUser(state.directory, state.mail, req.user, req.params.userId);
  return { owner: { kind: 'user', id: user.id }, organizer: { name: user.displayName, address: user.mail } };
}

export function eventsIn(state: SandboxState, owner: CalendarOwner): StoredEvent[] {
  return state.calendar.events.filter((e) => e.owner.kind === owner.kind && e.owner.id === owner.id);
}

export function requireEvent(state: SandboxState, owner: CalendarOwner, eventId: string): StoredEvent {
  const event = eventsIn(state, owner).find((e) => e.id === eventId);
  if (!event) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return event;
}

export function writeContext(req: Pick<SandboxRequest, 'user'>, ctx: SandboxContext): WriteContext {
  return {
    nowIso: ctx.now().toISOString(),
    newId: () => ctx.newId(),
    domain: ctx.db.state.directory.domain,
    actor: { name: req.user.displayName, address: req.user.mail },
  };
}

/** 412 when `If-Match` names another version, as Exchange does on a stale changeKey. */
export function checkIfMatch(headers: Readonly<Record<string, string>>, changeKey: string): void {
  const ifMatch = headers['if-match'];
  if (!ifMatch || ifMatch === '*') return;
  const tag = ifMatch.replace(/^W\//, '').replace(/"/g, '');
  if (tag !== changeKey) {
    throw new GraphHttpError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  }
}
