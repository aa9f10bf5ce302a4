import type { MailFolder } from '@microsoft/microsoft-graph-types';
import {
  foldersToDescend,
  intakeFolders,
  MAX_FOLDER_DEPTH,
  PROCESSED_FOLDER,
  processedFolder,
  READ_WELL_KNOWN,
  SKIPPED_WELL_KNOWN,
  type IntakeFolder,
  type MailboxFolder,
  type WellKnownIds,
  type WellKnownName,
} from '../../domain/mail/intake-folders';
import { batchResults, type BatchResult } from '../../graph/batch-results';
import { isAlreadyExists, isNotFound } from '../../graph/errors';
import { GraphError, type Graph, type GraphPage, type GraphRequest } from '../../graph/graph-types';
import { odataString } from '../list-item';
import { mailboxPath, messagesUrl } from '../mail/mailbox-paths';
import { throwIfTransient } from './batch-status';

/**
 * The forum mailbox's folders through Graph: which to read (one `$batch`: the top-level folders and the well-known
 * ones by name — Outlook names folders in the mailbox's language, so "Sent Items" is only known by its well-known
 * name), the "Behandlet" folder (made when missing), and moving recorded mail there.
 */

const FOLDER_SELECT = 'id,displayName,childFolderCount';
const FOLDERS_PER_LIST = 100;

type GraphFolder = Pick<MailFolder, 'id' | 'displayName' | 'childFolderCount'>;

function toFolder(f: GraphFolder): MailboxFolder[] {
  return f.id ? [{ id: f.id, displayName: f.displayName ?? '', childFolderCount: f.childFolderCount ?? 0 }] : [];
}

function foldersIn(result: BatchResult | undefined): MailboxFolder[] {
  if (!result?.ok) return [];
  return ((result.value as GraphPage<GraphFolder> | undefined)?.value ?? []).flatMap(toFolder);
}

export interface MailboxFolders {
  /** What to read, in order. */
  readonly read: readonly IntakeFolder[];
  /** The "Behandlet" folder's id, when it exists. */
  readonly processedId?: string;
}

/**
 * The folders the intake reads in the forum mailbox: one `$batch` for the top-level folders, the configured folder
 * and the well-known ones (a well-known folder the mailbox lacks answers 404 and is simply absent), then one
 * `$batch` per level for folders that have child folders, down to `MAX_FOLDER_DEPTH`.
 */
export async function mailboxFolders(graph: Graph, mailbox: string, configured: string): Promise<MailboxFolders> {
  const box = mailboxPath(mailbox);
  const names: readonly WellKnownName[] = [...READ_WELL_KNOWN, ...SKIPPED_WELL_KNOWN];
  const requests: GraphRequest[] = [
    { id: 'top', method: 'GET', url: `${box}/mailFolders?$top=${FOLDERS_PER_LIST}&$select=${FOLDER_SELECT}` },
    { id: 'configured', method: 'GET', url: `${box}/mailFolders/${encodeURIComponent(configured)}?$select=${FOLDER_SELECT}` },
    ...names.map((name): GraphRequest => ({ id: name, method: 'GET', url: `${box}/mailFolders/${name}?$select=id` })),
  ];
  const [top, own, ...known] = await batchResults(graph, requests);
  for (const result of [top, own, ...known]) if (result) throwIfTransient(result, 'Reading the mailbox folders');
  if (!top?.ok) {
    const status = top?.error.status;
    throw new GraphError(status ?? 502, 'mailFoldersUnavailable', `Listing the folders of ${mailbox} failed (${status ?? 'no answer'})`);
  }
  const wellKnown: Partial<Record<WellKnownName, string>> = {};
  names.forEach((name, i) => {
    const result = known[i];
    const id = result?.ok ? (result.value as GraphFolder | undefined)?.id : undefined;
    if (id) wellKnown[name] = id;
  });
  const configuredFolder = own?.ok ? toFolder(own.value as GraphFolder)[0] : undefined;
  const topLevel = foldersIn(top);
  const processedId = processedFolder(topLevel)?.id;
  const folders = [...topLevel, ...(await descendants(graph, box, topLevel, wellKnown, processedId))];
  if (configuredFolder && !folders.some((f) => f.id === configuredFolder.id)) folders.push(configuredFolder);
  const read = intakeFolders({
    configured,
    ...(configuredFolder ? { configuredId: configuredFolder.id } : {}),
    wellKnown,
    folders,
    ...(processedId ? { processedId } : {}),
  });
  return { read, ...(processedId ? { processedId } : {}) };
}

async function descendants(
  graph: Graph,
  box: string,
  topLevel: readonly MailboxFolder[],
  wellKnown: WellKnownIds,
  processedId: string | undefined,
): Promise<MailboxFolder[]> {
  const found: MailboxFolder[] = [];
  const listed = new Set<string>();
  let level = topLevel;
  for (let depth = 2; depth <= MAX_FOLDER_DEPTH; depth += 1) {
    const parents = foldersToDescend(level, wellKnown, processedId, listed);
    if (parents.length === 0) break;
    parents.forEach((p) => listed.add(p.id));
    const results = await batchResults(
      graph,
      parents.map((p, i): GraphRequest => ({
        id: `c${i}`,
        method: 'GET',
        url: `${box}/mailFolders/${encodeURIComponent(p.id)}/childFolders?$top=${FOLDERS_PER_LIST}&$select=${FOLDER_SELECT}`,
      })),
    );
    results.forEach((r) => throwIfTransient(r, 'Reading the mailbox folders'));
    level = results.flatMap(foldersIn);
    found.push(...level);
  }
  return found;
}

/**
 * The id of "Behandlet" in the forum mailbox, made when missing. The create is safe to repeat and to race (the
 * intake of another secretary, `sekretariat provision`): Exchange refuses a second folder of the same name with
 * 409, and the one that exists is then looked up.
 */
export async function ensureProcessedFolder(graph: Graph, mailbox: string): Promise<{ readonly id: string; readonly created: boolean }> {
  const box = mailboxPath(mailbox);
  const existing = await findTopFolder(graph, box, PROCESSED_FOLDER);
  if (existing) return { id: existing, created: false };
  try {
    const made = await graph.post<GraphFolder>(`${box}/mailFolders`, { displayName: PROCESSED_FOLDER });
    if (made.id) return { id: made.id, created: true };
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  const after = await findTopFolder(graph, box, PROCESSED_FOLDER);
  if (!after)
    throw new GraphError(404, 'processedFolderMissing', `The folder ${PROCESSED_FOLDER} of ${box} could neither be made nor found`);
  return { id: after, created: false };
}

async function findTopFolder(graph: Graph, box: string, name: string): Promise<string | undefined> {
  const page = await graph.get<GraphPage<GraphFolder>>(
    `${box}/mailFolders?$filter=${encodeURIComponent(`displayName eq ${odataString(name)}`)}&$select=${FOLDER_SELECT}`,
  );
  return processedFolder(page.value.flatMap(toFolder))?.id;
}

export interface MoveOutcome {
  readonly moved: number;
  /** Mails Graph refused to move (they stay where they are; recorded all the same). */
  readonly refused: number;
}

/**
 * Moves the recorded mails to the folder, in `$batch`es. A mail already gone (404: moved by someone, or its id
 * changed with an earlier move whose answer was lost) counts as moved. A move still throttled or failing after the
 * retries throws: the page is read again by the next sync, which finds the mails recorded and moves them then.
 */
export async function moveMails(graph: Graph, mailbox: string, ids: readonly string[], destinationId: string): Promise<MoveOutcome> {
  if (ids.length === 0) return { moved: 0, refused: 0 };
  const results = await batchResults(
    graph,
    ids.map((id, i): GraphRequest => ({ id: `v${i}`, method: 'POST', url: `${messagesUrl(mailbox, id)}/move`, body: { destinationId } })),
  );
  let moved = 0;
  let refused = 0;
  for (const result of results) {
    throwIfTransient(result, 'Moving a recorded mail');
    if (result.ok || isNotFound(result.error)) moved += 1;
    else refused += 1;
  }
  return { moved, refused };
}
