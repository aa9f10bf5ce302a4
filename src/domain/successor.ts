import type { ActionItem, ForumMember, Submission } from './types';

/**
 * A forum's end and its successor (issue 20 pt 5; DOMAIN.md "2027: from health clusters to sundhedsråd"): the
 * secretariat ends a forum (the steering group) and names the forum that carries on (the sundhedsråd). The open
 * actions, the backlog of deferred items and the members who continue are copied to the successor under keys made
 * from the old forum's ids, so a handover run twice — or again after an answer was lost — copies each exactly once;
 * the old forum keeps everything and records on its Forum item where its work went. Pure.
 */

export interface ForumEnding {
  /** ISO UTC: when the handover was started. */
  readonly at: string;
  /** Who ended it, as the secretariat's app named them. */
  readonly by: string;
  readonly successor: { readonly groupId: string; readonly name: string };
  /** 'carrying' while the copies are being made (or were left by an attempt that died); 'done' when all were made. */
  readonly state: 'carrying' | 'done';
  /** What was handed over (when done). */
  readonly carried?: { readonly actions: number; readonly backlog: number; readonly members: number };
}

const MAX_JSON = 4_000;

const str = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined;
const count = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 100_000 ? v : 0);
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The Forum item's Successor column, read leniently and within caps; undefined when absent or not one. */
export function parseForumEnding(json: string | undefined): ForumEnding | undefined {
  if (!json || json.length > MAX_JSON) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  const r = record(raw);
  const successor = record(r?.successor);
  const at = str(r?.at, 40);
  const groupId = str(successor?.groupId, 200);
  if (!r || !at || !groupId || Number.isNaN(Date.parse(at))) return undefined;
  const carried = record(r.carried);
  return {
    at,
    by: str(r.by, 255) ?? '',
    successor: { groupId, name: str(successor?.name, 255) ?? groupId },
    state: r.state === 'done' ? 'done' : 'carrying',
    ...(carried ? { carried: { actions: count(carried.actions), backlog: count(carried.backlog), members: count(carried.members) } } : {}),
  };
}

/** The copy of an open action in the successor: its CorrelationId (unique on Actions). */
export const carriedActionKey = (fromGroupId: string, actionId: string): string => `carried:${fromGroupId}:action:${actionId}`;

/** The copy of a backlog item in the successor: its InternetMessageId (unique on Submissions). */
export const carriedSubmissionKey = (fromGroupId: string, submissionId: string): string =>
  `carried:${fromGroupId}:submission:${submissionId}`;

/** The successor's agenda item that lists what came over (AgendaItems.CarriedFrom). */
export const handoverKey = (fromGroupId: string): string => `handover:${fromGroupId}`;

/** What an ended forum hands over: the open actions and the deferred items. */
export function openActions(actions: readonly ActionItem[]): ActionItem[] {
  return actions.filter((a) => a.status === 'open');
}

export function backlogOf(submissions: readonly Submission[]): Submission[] {
  return submissions.filter((s) => s.status === 'deferred');
}

/**
 * The members who may continue, as the secretariat is offered them: every member, co-chair and observer of the old
 * forum (not its secretariat, which the successor's group owners are), once each by address, by name.
 */
export function continuingCandidates(members: readonly ForumMember[]): ForumMember[] {
  const seen = new Set<string>();
  return members
    .filter((m) => m.role !== 'secretariat')
    .filter((m) => {
      const key = m.email.trim().toLowerCase();
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** "Overført fra Klyngestyregruppen for Fjordklyngen (afsluttet)": the note each copy carries. */
export const carriedNote = (fromName: string): string => `Overført fra ${fromName}`;

export interface HandoverItemText {
  readonly title: string;
  readonly recommendations: readonly string[];
  readonly description: string;
}

/**
 * The successor's first agenda's item that lists what carried over: the open actions (with owner and due day) and
 * the deferred items, so the new body sees at its first meeting what it has inherited.
 */
export function handoverItem(
  fromName: string,
  actions: readonly Pick<ActionItem, 'title' | 'ownerName' | 'ownerEmail' | 'due'>[],
  backlog: readonly Pick<Submission, 'title' | 'senderName'>[],
  dayOf: (iso: string) => string,
): HandoverItemText {
  const actionLines = actions.map((a) => `• ${a.title} (${a.ownerName || a.ownerEmail}${a.due ? `, frist ${dayOf(a.due)}` : ''})`);
  const backlogLines = backlog.map((s) => `• ${s.title}${s.senderName ? ` (indsendt af ${s.senderName})` : ''}`);
  const parts = [
    `${fromName} er afsluttet, og dens arbejde fortsætter her.`,
    actionLines.length > 0
      ? `Åbne opfølgningspunkter (${actionLines.length}):\n${actionLines.join('\n')}`
      : 'Ingen åbne opfølgningspunkter.',
    backlogLines.length > 0
      ? `Punkter til kommende møder (${backlogLines.length}):\n${backlogLines.join('\n')}`
      : 'Ingen udsatte punkter til kommende møder.',
  ];
  return {
    title: `Overdragelse fra ${fromName}`.slice(0, 255),
    recommendations: ['at overdragelsen af åbne opfølgningspunkter og punkter til kommende møder tages til efterretning'],
    description: parts.join('\n\n').slice(0, 60_000),
  };
}
