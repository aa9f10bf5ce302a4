import { checkQuorum, type QuorumCheck } from '../quorum';
import type { ForumKind } from '../types';
import { QUORUM_DA } from '../vocabulary/quorum-labels';
import type { ItemAbsenceReason } from '../vocabulary/forum';
import { ITEM_ABSENCE_NOTE_MAX, type ItemAbsence, type MinutesAttendee, type MinutesContent } from './minutes-content';

/**
 * Who took part in each item of the minutes, and whether the forum could decide. A person at the meeting (in the
 * room, online, or standing in for a member) may still not take part in one item: away for it, or inhabil — the
 * minutes say "Anna Berg deltog ikke i sagens behandling" under that item, as the regions' decision records do. The
 * quorum (minutes-content.ts's MinutesQuorum) is counted for the meeting from the attendance, and per item without
 * those who did not take part in it. Pure.
 */

const key = (email: string): string => email.trim().toLowerCase();

/** Only someone who was there can step out of one item. */
export const canStepOut = (row: Pick<MinutesAttendee, 'presence'>): boolean =>
  row.presence === 'room' || row.presence === 'online' || row.presence === 'substitute';

export interface ItemNonParticipant {
  readonly email: string;
  readonly name: string;
  readonly reason: ItemAbsenceReason;
  readonly note?: string;
}

/** Those at the meeting who did not take part in the item, in the attendance's order. */
export function notParticipating(content: Pick<MinutesContent, 'attendance'>, agendaItemId: string): ItemNonParticipant[] {
  return content.attendance.flatMap((row) => {
    if (!canStepOut(row)) return [];
    const absence = row.notIn?.find((a) => a.agendaItemId === agendaItemId);
    if (!absence) return [];
    const note = absence.note?.trim();
    return [{ email: row.email, name: row.name.trim() || row.email, reason: absence.reason, ...(note ? { note } : {}) }];
  });
}

/** "Anna Berg deltog ikke i sagens behandling" — with "(inhabil: <reason>)" or "(inhabil)" when inhabil. */
export function notParticipatingLine(p: ItemNonParticipant): string {
  const base = `${p.name} deltog ikke i sagens behandling`;
  if (p.reason !== 'inhabil') return base;
  return `${base} (${QUORUM_DA.itemAbsence.inhabil.toLowerCase()}${p.note ? `: ${p.note}` : ''})`;
}

/** The voting members present, themselves or by a substitute; for an item, without those who did not take part in it. */
function presentVoters(content: Pick<MinutesContent, 'attendance'>, agendaItemId?: string): Set<string> {
  const out = new Set<string>();
  for (const row of content.attendance) {
    if (!canStepOut(row)) continue;
    if (agendaItemId !== undefined && row.notIn?.some((a) => a.agendaItemId === agendaItemId)) continue;
    out.add(row.presence === 'substitute' && row.substituteFor ? key(row.substituteFor) : key(row.email));
  }
  return out;
}

/** The meeting's quorum from the attendance; undefined when the forum has no rule. */
export function meetingQuorum(content: Pick<MinutesContent, 'attendance' | 'quorum'>): QuorumCheck | undefined {
  return content.quorum ? checkQuorum(content.quorum, content.quorum.voters, presentVoters(content)) : undefined;
}

/** The quorum for one item: the meeting's, less those who did not take part in it. */
export function itemQuorum(content: Pick<MinutesContent, 'attendance' | 'quorum'>, agendaItemId: string): QuorumCheck | undefined {
  return content.quorum ? checkQuorum(content.quorum, content.quorum.voters, presentVoters(content, agendaItemId)) : undefined;
}

/** "Rådet var beslutningsdygtigt" / "Styregruppen var ikke beslutningsdygtig". */
export function quorumSentence(kind: ForumKind, met: boolean): string {
  const body = QUORUM_DA.body[kind];
  return `${body.noun} var ${met ? '' : 'ikke '}beslutningsdygtig${body.neuter ? 't' : ''}`;
}

/**
 * The rows with one person's part in one item set (an absence) or cleared (undefined). Only someone who was there
 * can be marked; a note is kept only for inhabil, trimmed and capped.
 */
export function withItemAbsence(
  rows: readonly MinutesAttendee[],
  email: string,
  agendaItemId: string,
  absence: Omit<ItemAbsence, 'agendaItemId'> | undefined,
): MinutesAttendee[] {
  return rows.map((row) => {
    if (row.email !== key(email)) return row;
    const others = (row.notIn ?? []).filter((a) => a.agendaItemId !== agendaItemId);
    const note = absence?.reason === 'inhabil' ? absence.note?.trim().slice(0, ITEM_ABSENCE_NOTE_MAX) : undefined;
    const next = absence && canStepOut(row) ? [...others, { agendaItemId, reason: absence.reason, ...(note ? { note } : {}) }] : others;
    const { notIn: _dropped, ...rest } = row;
    return next.length > 0 ? { ...rest, notIn: next } : rest;
  });
}
