/** The case file's closed set, spelled out once (docs/ARCHITECTURE.md, "Closed sets"). */

/** What a document in a meeting's archive package is, in the order the package lists them. */
export const CASE_FILE_DOCUMENT_KINDS = ['agenda', 'bilag', 'minutes', 'approval', 'consultation-reply'] as const;
export type CaseFileDocumentKind = (typeof CASE_FILE_DOCUMENT_KINDS)[number];
