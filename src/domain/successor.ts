import type { ActionItem, ForumMember, Submission } from './types';

/**
 * A forum's end and its successor (issue 20 pt 5; DOMAIN.md "2027: from health clusters to sundhedsråd"): the
 * secretariat ends a forum (the steering group) and names the forum that carries on (the sundhedsråd). The open
 * actions, the backlog of deferred items and the members who continue are copied to the successor under keys made
 * from the old forum's ids, so a handover run twice — or again after an answer was lost — copies each exactly once;
 * the old forum keeps everything and records on its Forum item where its work went. Pure.
 */

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
