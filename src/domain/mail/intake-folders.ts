/**
 * Which folders of the forum mailbox the intake reads, and in what order. A mail can leave the Inbox before the
 * intake records it — a colleague files it to Archive or a folder of their own, Outlook's junk filter moves it — so
 * the intake reads those folders too, each with its own delta link. What it has recorded it moves to "Behandlet",
 * which it never reads; nor Sent Items, Drafts, Deleted Items and Exchange's own system folders.
 */

/** A folder of the forum mailbox, as the intake needs it. */
export interface MailboxFolder {
  readonly id: string;
  readonly displayName: string;
  readonly childFolderCount: number;
}

/** Well-known folders whose mail the intake reads besides the configured folder. */
export const READ_WELL_KNOWN = ['junkemail', 'archive'] as const;
/** Well-known folders whose mail is never a submission to record: the mailbox's own mail and Exchange's. */
export const SKIPPED_WELL_KNOWN = [
  'sentitems',
  'drafts',
  'deleteditems',
  'outbox',
  'conversationhistory',
  'syncissues',
  'scheduled',
] as const;

export type WellKnownName = (typeof READ_WELL_KNOWN)[number] | (typeof SKIPPED_WELL_KNOWN)[number];

/** The well-known folders resolved to their ids in this mailbox (absent when the mailbox has none). */
export type WellKnownIds = Partial<Readonly<Record<WellKnownName, string>>>;

/** The top-level folder the intake moves what it has recorded to. */
export const PROCESSED_FOLDER = 'Behandlet';

/** At most this many folders are read per sync (each costs a request even when nothing is new). */
export const MAX_INTAKE_FOLDERS = 40;
/** Folders are looked for this deep below the mailbox root. */
export const MAX_FOLDER_DEPTH = 4;

export type IntakeFolderKind = 'intake' | 'junk' | 'archive' | 'filed';

export interface IntakeFolder {
  readonly id: string;
  /** What its delta link is stored under: the configured folder's name as set, 'junkemail', 'archive', or the id. */
  readonly key: string;
  readonly kind: IntakeFolderKind;
  readonly name: string;
}

/** The "Behandlet" folder among the mailbox's top-level folders (by name, as Outlook shows it), if it exists. */
export function processedFolder(topLevel: readonly MailboxFolder[]): MailboxFolder | undefined {
  const name = PROCESSED_FOLDER.toLowerCase();
  return topLevel.find((f) => f.displayName.trim().toLowerCase() === name);
}

function skippedIds(wellKnown: WellKnownIds, processedId: string | undefined): Set<string> {
  const ids = SKIPPED_WELL_KNOWN.map((name) => wellKnown[name]).filter((id): id is string => id !== undefined);
  return new Set(processedId ? [...ids, processedId] : ids);
}

/** The folders whose child folders still need listing: those that have some, outside the skipped subtrees. */
export function foldersToDescend(
  folders: readonly MailboxFolder[],
  wellKnown: WellKnownIds,
  processedId: string | undefined,
  listed: ReadonlySet<string>,
): MailboxFolder[] {
  const skipped = skippedIds(wellKnown, processedId);
  return folders.filter((f) => f.childFolderCount > 0 && !skipped.has(f.id) && !listed.has(f.id));
}

export interface FolderChoice {
  /** The forum's intake folder as set ("inbox", or a folder id). */
  readonly configured: string;
  /** Its id in the mailbox (absent: the folder no longer exists). */
  readonly configuredId?: string;
  readonly wellKnown: WellKnownIds;
  /** Every folder found below the root (top-level and descendants, the skipped subtrees not descended into). */
  readonly folders: readonly MailboxFolder[];
  readonly processedId?: string;
}

/**
 * The folders to read, filed ones first and the configured folder last: a filed mail is usually the older one,
 * so the original a reply in the Inbox answers is recorded first and the reply joins it as a follow-up.
 */
export function intakeFolders(choice: FolderChoice): IntakeFolder[] {
  const skipped = skippedIds(choice.wellKnown, choice.processedId);
  const taken = new Set<string>();
  const out: IntakeFolder[] = [];
  const add = (folder: IntakeFolder): void => {
    if (skipped.has(folder.id) || taken.has(folder.id)) return;
    taken.add(folder.id);
    out.push(folder);
  };
  const nameOf = (id: string, fallback: string): string => choice.folders.find((f) => f.id === id)?.displayName ?? fallback;
  const configured = choice.configuredId
    ? { id: choice.configuredId, key: choice.configured, kind: 'intake' as const, name: nameOf(choice.configuredId, choice.configured) }
    : undefined;
  if (configured) taken.add(configured.id);
  const archive = choice.wellKnown.archive;
  if (archive) add({ id: archive, key: 'archive', kind: 'archive', name: nameOf(archive, 'Archive') });
  const junk = choice.wellKnown.junkemail;
  const junkTaken = junk !== undefined && taken.has(junk);
  for (const f of choice.folders) if (f.id !== junk) add({ id: f.id, key: `folder:${f.id}`, kind: 'filed', name: f.displayName });
  if (junk && !junkTaken) add({ id: junk, key: 'junkemail', kind: 'junk', name: nameOf(junk, 'Junk Email') });
  const chosen = out.slice(0, configured ? MAX_INTAKE_FOLDERS - 1 : MAX_INTAKE_FOLDERS);
  return configured ? [...chosen, configured] : chosen;
}

/** The first read's lower bound for `receivedDateTime ge …`: `days` before `now`, to the second, in UTC. */
export function intakeWindowStart(now: Date, days: number): string {
  const start = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  return `${start.toISOString().slice(0, 19)}Z`;
}
