import { copenhagenDate } from '../copenhagen-time';
import type { Digest } from '../content-hash';
import { publicEntry, type AccessMarked } from '../public-record/public-items';
import { AGENDA_ACCESS_DA } from '../vocabulary/agenda-access-labels';
import { CASE_FILE_DOCUMENT_KINDS, type CaseFileDocumentKind } from '../vocabulary/case-file';
import { CASE_FILE_DA } from '../vocabulary/case-file-labels';

/**
 * A meeting's archive package for the forum's case system (ESDH), as data: the documents it holds — each with what
 * offentlighedsloven §15 asks a journal to say of a document (the date it was sent or received and a short
 * description of its content), the case numbers and agenda items it concerns, its size and SHA-256 — and the
 * manifest that lists them, as JSON and as CSV for Excel. Pure: the bytes come from the store, the digest is given.
 *
 * Everything a member or a mail wrote (titles, names, reply texts) is hostile here: descriptions are one line and
 * capped, file names lose path and control characters, and a CSV cell that Excel would read as a formula is quoted
 * as text.
 */

export const CASE_FILE_FORMAT = 'sekretariat-arkivpakke/1';
/** The folder of the documents inside the zip; the two manifests sit beside it. */
export const CASE_FILE_DOCUMENTS_FOLDER = 'Dokumenter';
export const MANIFEST_JSON = 'manifest.json';
export const MANIFEST_CSV = 'manifest.csv';

/** A short description (kort angivelse af indholdet) is one line of at most this many characters. */
export const DESCRIPTION_MAX = 250;
const FILE_NAME_MAX = 100;

/** What the journal says of a document, the same before it is hashed and in the manifest. */
interface CaseFileDocumentFacts {
  readonly kind: CaseFileDocumentKind;
  readonly description: string;
  readonly caseNumbers: readonly string[];
  /** The agenda items it concerns, by number. */
  readonly items: readonly number[];
  /** Who sent it, for a document the forum received (a consultation reply). */
  readonly sender?: string;
  readonly contentType: string;
}

/** A document before it is hashed: what the store read or wrote, and what the journal should say of it. */
export interface CaseFileSource extends CaseFileDocumentFacts {
  /** The name it is known by (the file's name in the meeting's folder); cleaned and numbered in the zip. */
  readonly fileName: string;
  /** When it was sent or received: an ISO instant, or a Copenhagen date (YYYY-MM-DD). */
  readonly date: string;
  readonly bytes: Uint8Array;
}

/** A document as the manifest lists it. */
export interface CaseFileDocument extends CaseFileDocumentFacts {
  /** 1, 2, …: the order of the package. */
  readonly number: number;
  /** Its path inside the zip ("Dokumenter/01 Dagsorden 2026-06-11.pdf"). */
  readonly file: string;
  /** The Copenhagen date it was sent or received (YYYY-MM-DD). */
  readonly date: string;
  readonly size: number;
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
}

/**
 * An agenda item as the package names it. A closed item's title is withheld in the manifest where its reason requires
 * (public-items.ts, the one rule): the journal's metadata is open to access requests; the documents are the case's.
 */
export interface CaseFileItem extends AccessMarked {
  readonly number: number;
  readonly title: string;
  readonly caseNumber?: string;
}

/** The manifest's line for an item: an open item whole; a closed one marked, with its reason, its title only where allowed. */
function manifestItem(item: CaseFileItem): Record<string, unknown> {
  const entry = publicEntry(item);
  if (entry.open) return { nummer: item.number, titel: item.title, ...(item.caseNumber ? { sagsnummer: item.caseNumber } : {}) };
  return {
    nummer: entry.number,
    titel: entry.title ?? LUKKET_PUNKT,
    lukket: true,
    ...(entry.reason ? { begrundelse: AGENDA_ACCESS_DA.reason[entry.reason] } : {}),
    ...(entry.caseNumber ? { sagsnummer: entry.caseNumber } : {}),
  };
}

/** What stands in place of a withheld title. */
export const LUKKET_PUNKT = 'Lukket punkt';

/** What the package is of: the meeting, its circulated minutes and its items. */
export interface CaseFileMeeting {
  readonly forumName: string;
  readonly forumShortName: string;
  readonly meetingTitle: string;
  /** ISO UTC. */
  readonly start: string;
  readonly end: string;
  readonly minutesVersion: number;
  /** The SHA-256 of the approved minutes' content: what every co-chair's approval names. */
  readonly minutesHash: string;
  /** When the minutes were circulated (ISO UTC). */
  readonly circulatedAt: string;
  readonly items: readonly CaseFileItem[];
}

export interface CaseFileManifest extends CaseFileMeeting {
  readonly format: typeof CASE_FILE_FORMAT;
  /** When the package was made (ISO UTC). */
  readonly createdAt: string;
  readonly documents: readonly CaseFileDocument[];
}

/** The package: its manifest and every file of the zip by its path (the documents, then the manifests). */
export interface CaseFilePackage {
  readonly manifest: CaseFileManifest;
  readonly files: readonly { readonly path: string; readonly bytes: Uint8Array }[];
}

/** One line: control characters and runs of white space become one space; capped with "…". */
export function oneLine(text: string, max = DESCRIPTION_MAX): string {
  const line = [...text]
    .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...line];
  return chars.length <= max
    ? line
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A file name safe in a zip on every system: no folders, no characters Windows refuses, capped with its extension kept. */
export function safeEntryName(name: string): string {
  const cleaned = oneLine(name, 1000)
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 8 ? cleaned.slice(dot) : '';
  const stem = ext ? cleaned.slice(0, dot) : cleaned;
  return `${
    [...stem]
      .slice(0, FILE_NAME_MAX - ext.length)
      .join('')
      .trimEnd() || 'dokument'
  }${ext}`;
}

const dayOf = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : copenhagenDate(new Date(date)));
const hex = (bytes: ArrayBuffer | Uint8Array): string => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const kindOrder = (kind: CaseFileDocumentKind): number => CASE_FILE_DOCUMENT_KINDS.indexOf(kind);

/**
 * The package of `sources`: numbered in kind order (agenda, bilag, minutes, approval, replies; each kind in the order
 * given), hashed, listed in a manifest, with both manifests as UTF-8 files.
 */
export async function caseFilePackage(
  meeting: CaseFileMeeting,
  sources: readonly CaseFileSource[],
  createdAt: string,
  digest: Digest,
): Promise<CaseFilePackage> {
  const ordered = sources.map((s, i) => ({ s, i })).sort((a, b) => kindOrder(a.s.kind) - kindOrder(b.s.kind) || a.i - b.i);
  const width = Math.max(2, String(ordered.length).length);
  const documents: CaseFileDocument[] = [];
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const [index, { s }] of ordered.entries()) {
    const number = index + 1;
    const file = `${CASE_FILE_DOCUMENTS_FOLDER}/${String(number).padStart(width, '0')} ${safeEntryName(s.fileName)}`;
    const sender = s.sender ? oneLine(s.sender) : '';
    documents.push({
      number,
      file,
      kind: s.kind,
      date: dayOf(s.date),
      description: oneLine(s.description),
      caseNumbers: [...new Set(s.caseNumbers.map((c) => oneLine(c, 60)).filter((c) => c !== ''))],
      items: [...new Set(s.items)].sort((a, b) => a - b),
      ...(sender ? { sender } : {}),
      contentType: s.contentType,
      size: s.bytes.length,
      sha256: hex(await digest(s.bytes)),
    });
    files.push({ path: file, bytes: s.bytes });
  }
  const manifest: CaseFileManifest = { format: CASE_FILE_FORMAT, ...meeting, createdAt, documents };
  const encoder = new TextEncoder();
  files.push({ path: MANIFEST_JSON, bytes: encoder.encode(manifestJson(manifest)) });
  files.push({ path: MANIFEST_CSV, bytes: encoder.encode(manifestCsv(manifest)) });
  return { manifest, files };
}

/** The manifest as the case system reads it: Danish keys, as the CSV's columns. */
export function manifestJson(m: CaseFileManifest): string {
  return `${JSON.stringify(
    {
      format: m.format,
      dannet: m.createdAt,
      forum: { navn: m.forumName, kortnavn: m.forumShortName },
      møde: { titel: m.meetingTitle, dato: dayOf(m.start), start: m.start, slut: m.end },
      referat: { version: m.minutesVersion, indholdSha256: m.minutesHash, udsendt: m.circulatedAt },
      punkter: m.items.map(manifestItem),
      dokumenter: m.documents.map((d) => ({
        nr: d.number,
        fil: d.file,
        dokumenttype: CASE_FILE_DA.kind[d.kind],
        dokumentdato: d.date,
        kortBeskrivelse: d.description,
        sagsnumre: d.caseNumbers,
        punkter: d.items,
        ...(d.sender ? { afsender: d.sender } : {}),
        filtype: d.contentType,
        bytes: d.size,
        sha256: d.sha256,
      })),
    },
    null,
    2,
  )}\n`;
}

export const CSV_COLUMNS = [
  'Nr',
  'Fil',
  'Dokumenttype',
  'Dokumentdato',
  'Kort beskrivelse',
  'Sagsnumre',
  'Punkter',
  'Afsender',
  'Filtype',
  'Bytes',
  'SHA-256',
] as const;

/**
 * One CSV cell. A cell Excel would run as a formula (=, +, -, @, tab, CR first) starts with an apostrophe; a cell
 * with the separator, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The manifest as CSV for Danish Excel: UTF-8 with a byte-order mark (else Excel reads æøå as Latin-1), semicolons
 * (Danish Excel's list separator: a comma is the decimal sign), CRLF line ends as RFC 4180 has them.
 */
export function manifestCsv(m: CaseFileManifest): string {
  const rows = m.documents.map((d) => [
    d.number,
    d.file,
    CASE_FILE_DA.kind[d.kind],
    d.date,
    d.description,
    d.caseNumbers.join(', '),
    d.items.join(', '),
    d.sender ?? '',
    d.contentType,
    d.size,
    d.sha256,
  ]);
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A document as a package already made lists it (manifest.json read back), enough to show and check it. */
export interface ListedDocument {
  readonly file: string;
  readonly kind: string;
  readonly date: string;
  readonly description: string;
  readonly size: number;
  readonly sha256: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The documents a manifest.json lists; undefined when the text is not one of ours. */
export function listedDocuments(json: string): ListedDocument[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.format !== CASE_FILE_FORMAT || !Array.isArray(value.dokumenter)) return undefined;
  return value.dokumenter.filter(isRecord).map((d) => ({
    file: str(d.fil),
    kind: str(d.dokumenttype),
    date: str(d.dokumentdato),
    description: oneLine(str(d.kortBeskrivelse)),
    size: typeof d.bytes === 'number' ? d.bytes : 0,
    sha256: str(d.sha256),
  }));
}
