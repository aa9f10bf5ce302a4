// What a --write run made, and how each is taken away again: every answer of the walk that created something (an
// event, a list, a list item, a mail folder, a draft, an online meeting, a file, an upload session) becomes an undo,
// run newest first after the walk — also when a check failed or the walk stopped. Mail the walk sent and the attendee
// copies of its meetings are found by the run id in their subject and deleted from every mailbox and calendar the
// run holds a token for; a mail the walk moved goes back to the inbox.
import { isJsonObject } from '../../../support/csdl/check';
import type { CallResult } from '../../support/sandbox';
import type { Exchange, Send } from '../runner';
import type { Role } from './live-tokens';

export interface Undo {
  readonly what: string;
  readonly method: 'DELETE' | 'POST';
  /** Below the Graph root, or a full URL (an upload session). */
  readonly path: string;
  /** Whose token; none for an upload URL, which carries its own authorisation. */
  readonly as?: Role;
  readonly body?: unknown;
}

export interface CleanupOutcome {
  readonly undone: string[];
  /** Already gone (404): the walk deleted it itself, or Graph's delete of a parent took it. */
  readonly alreadyGone: string[];
  readonly failed: { readonly what: string; readonly status: number; readonly detail: string }[];
}

const bare = (path: string): string => path.split('?')[0] ?? path;
const idOf = (body: unknown): string | undefined => (isJsonObject(body) && typeof body['id'] === 'string' ? body['id'] : undefined);
const mailboxOf = (path: string): string | undefined => /^(\/me|\/users\/[^/]+)(?=\/)/.exec(path)?.[1];

/** The undo for one answer of the walk, or none when it created nothing. */
export function undoFor(ex: Exchange): Undo | undefined {
  if (ex.response.status >= 300 || (ex.method !== 'POST' && ex.method !== 'PUT')) return undefined;
  const as = ex.as === 'anonymous' ? undefined : ex.as;
  if (as === undefined) return undefined;
  const path = bare(ex.path);
  const body = ex.response.body;
  if (ex.pattern.endsWith('/createUploadSession')) {
    const url = isJsonObject(body) ? body['uploadUrl'] : undefined;
    return typeof url === 'string' ? { what: `upload session ${path}`, method: 'DELETE', path: url } : undefined;
  }
  const id = idOf(body);
  if (id === undefined) return undefined;
  const at = (p: string): Undo => ({ what: `${ex.pattern} → ${id}`, method: 'DELETE', path: `${p}/${encodeURIComponent(id)}`, as });
  if (ex.method === 'PUT' && ex.pattern.endsWith(':/content')) {
    const parent = isJsonObject(body) ? body['parentReference'] : undefined;
    const driveId = isJsonObject(parent) && typeof parent['driveId'] === 'string' ? parent['driveId'] : undefined;
    return driveId === undefined ? undefined : at(`/drives/${encodeURIComponent(driveId)}/items`);
  }
  if (/\/(calendar\/)?events$/.test(ex.pattern)) return at(path.replace(/\/calendar\/events$|\/events$/, '/events'));
  if (ex.pattern === '/sites/:siteId/lists' || ex.pattern === '/sites/:siteId/lists/:listId/items') return at(path);
  if (ex.pattern === '/drives/:driveId/items/:itemId/children') return at(path.replace(/\/items\/[^/]+\/children$/, '/items'));
  if (ex.pattern === '/me/onlineMeetings') return at('/me/onlineMeetings');
  const mailbox = mailboxOf(path);
  if (mailbox === undefined) return undefined;
  if (/\/(mailFolders|childFolders)$/.test(ex.pattern)) return at(`${mailbox}/mailFolders`);
  if (/\/messages$|\/createReply$|\/createReplyAll$/.test(ex.pattern)) return at(`${mailbox}/messages`);
  return undefined;
}

/** Messages the walk moved out of a mailbox's inbox, by their id now, with the last folder they were sent to. */
export class MovedMail {
  private readonly moved = new Map<string, { mailbox: string; as: Role; destination: string }>();

  record(ex: Exchange, destination: unknown): void {
    if (!ex.pattern.endsWith('/move') || ex.response.status >= 300 || ex.as === 'anonymous') return;
    const mailbox = mailboxOf(ex.path);
    const to = idOf(ex.response.body);
    const from = /\/messages\/([^/]+)\/move$/.exec(bare(ex.path))?.[1];
    if (mailbox === undefined || to === undefined || from === undefined || typeof destination !== 'string') return;
    this.moved.delete(decodeURIComponent(from));
    this.moved.set(to, { mailbox, as: ex.as, destination });
  }

  /** A move back to the inbox for each that the walk left elsewhere. */
  undos(): Undo[] {
    return [...this.moved]
      .filter(([, m]) => m.destination.toLowerCase() !== 'inbox')
      .map(([id, m]) => ({
        what: `moved mail ${id} back to the inbox`,
        method: 'POST',
        path: `${m.mailbox}/messages/${encodeURIComponent(id)}/move`,
        as: m.as,
        body: { destinationId: 'inbox' },
      }));
  }
}

function errorText(res: CallResult): string {
  const error = isJsonObject(res.body) ? res.body['error'] : undefined;
  return isJsonObject(error) ? `${String(error['code'])}: ${String(error['message'])}` : '';
}

/** Runs the undos in the order given; a 404 is already gone, anything else but 2xx is a failure to report. */
export async function runUndos(
  send: Send,
  tokens: Partial<Record<Role, string>>,
  undos: readonly Undo[],
  outcome: CleanupOutcome,
): Promise<void> {
  for (const undo of undos) {
    const token = undo.as === undefined ? undefined : tokens[undo.as];
    try {
      const res = await send(undo.method, undo.path, {
        ...(token !== undefined ? { token } : {}),
        ...(undo.body !== undefined ? { body: undo.body } : {}),
      });
      if (res.status < 300) outcome.undone.push(undo.what);
      else if (res.status === 404) outcome.alreadyGone.push(undo.what);
      else outcome.failed.push({ what: undo.what, status: res.status, detail: errorText(res) });
    } catch (e) {
      outcome.failed.push({ what: undo.what, status: 0, detail: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** Where the run's mail and meeting copies can be: each role's own mailbox and calendar, the forum's mailbox and calendar. */
export interface SweepPlaces {
  readonly runId: string;
  readonly groupId: string;
  readonly sharedMailboxId: string;
  /** The days (UTC, yyyy-mm-dd) the walk puts its events on. */
  readonly eventDays: readonly string[];
}

function subjectHasRun(item: unknown, runId: string): item is { id: string; subject: string } {
  return isJsonObject(item) && typeof item['id'] === 'string' && typeof item['subject'] === 'string' && item['subject'].includes(runId);
}

async function listed(send: Send, path: string, token: string): Promise<unknown[]> {
  const res = await send('GET', path, { token });
  return res.status === 200 && isJsonObject(res.body) && Array.isArray(res.body['value']) ? res.body['value'] : [];
}

/**
 * Finds what carries the run id in its subject and was not in the ledger: mail the walk sent (in Sent Items and the
 * recipients' inboxes we can read), the deleted drafts now in Deleted Items, and attendee copies of its meetings.
 * Twice for mail: a first delete moves a message into Deleted Items, the second removes it for good.
 */
export async function sweepUndos(send: Send, tokens: Partial<Record<Role, string>>, places: SweepPlaces): Promise<Undo[]> {
  const out: Undo[] = [];
  const first = [...places.eventDays].sort()[0];
  const last = [...places.eventDays].sort().at(-1);
  const window = `startDateTime=${first ?? ''}T00:00:00Z&endDateTime=${last ?? ''}T23:59:59Z&$top=100&$select=id,subject`;
  const people: readonly Role[] = ['secretary', 'chair', 'member'];
  for (const role of people) {
    const token = tokens[role];
    if (token === undefined) continue;
    for (const m of (await listed(send, '/me/messages?$top=100&$select=id,subject', token)).filter((x) => subjectHasRun(x, places.runId)))
      out.push({ what: `${role}'s mail "${m.subject}"`, method: 'DELETE', path: `/me/messages/${encodeURIComponent(m.id)}`, as: role });
    for (const e of (await listed(send, `/me/calendarView?${window}`, token)).filter((x) => subjectHasRun(x, places.runId)))
      out.push({ what: `${role}'s event "${e.subject}"`, method: 'DELETE', path: `/me/events/${encodeURIComponent(e.id)}`, as: role });
  }
  const secretary = tokens.secretary;
  if (secretary !== undefined) {
    const shared = `/users/${encodeURIComponent(places.sharedMailboxId)}`;
    for (const m of (await listed(send, `${shared}/messages?$top=100&$select=id,subject`, secretary)).filter((x) =>
      subjectHasRun(x, places.runId),
    ))
      out.push({
        what: `forum mailbox's mail "${m.subject}"`,
        method: 'DELETE',
        path: `${shared}/messages/${encodeURIComponent(m.id)}`,
        as: 'secretary',
      });
    const group = `/groups/${encodeURIComponent(places.groupId)}`;
    for (const e of (await listed(send, `${group}/calendarView?${window}`, secretary)).filter((x) => subjectHasRun(x, places.runId)))
      out.push({
        what: `forum calendar's event "${e.subject}"`,
        method: 'DELETE',
        path: `${group}/events/${encodeURIComponent(e.id)}`,
        as: 'secretary',
      });
  }
  return out;
}

export function emptyOutcome(): CleanupOutcome {
  return { undone: [], alreadyGone: [], failed: [] };
}
